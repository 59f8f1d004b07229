import { NextResponse, type NextRequest } from "next/server";

/**
 * An id segment with broken percent-encoding ("/events/%E0%A4%A") makes Next's router fail with a
 * 500 before any page runs. Such an address names nothing: answer with the 404 page instead.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/not-found-page", request.url), { status: 404 });
  }
}

export const config = { matcher: ["/events/:path*", "/reports/:path*"] };
