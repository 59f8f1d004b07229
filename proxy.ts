import { NextResponse, type NextRequest } from "next/server";
import { getDatabase } from "@/lib/store/db";

/**
 * Unknown ids are answered here with the 404 page, rendered whole on the server:
 * - an id segment with broken percent-encoding ("/events/%E0%A4%A") would make Next's router fail
 *   with a 500 before any page runs;
 * - `notFound()` thrown by a dynamic page gives the right status but leaves the page body to client
 *   JavaScript, so a reader without it would see a blank page.
 * The page keeps its own notFound() for anything that slips past (a report removed in between).
 */
const ROUTES: Record<string, string> = {
  events: "SELECT 1 FROM events WHERE id = ?",
  reports: "SELECT 1 FROM reports WHERE id = ?",
};

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL("/not-found-page", request.url), { status: 404 });
}

export function proxy(request: NextRequest) {
  let segments: string[];
  try {
    segments = decodeURIComponent(request.nextUrl.pathname).split("/").filter(Boolean);
  } catch {
    return notFound(request);
  }
  const [route, id, ...rest] = segments;
  const sql = ROUTES[route];
  if (!sql || id === undefined) return NextResponse.next();
  if (rest.length > 0 || id.length > 200) return notFound(request);
  try {
    if (!getDatabase().prepare(sql).pluck().get(id)) return notFound(request);
  } catch {
    // The page itself reports a database problem; the proxy only short-cuts the known case.
  }
  return NextResponse.next();
}

export const config = { matcher: ["/events/:path*", "/reports/:path+"] };
