import { NextResponse, type NextRequest } from "next/server";
import { routeTargetExists } from "@/lib/query/dal";
import { isPageRoute } from "@/lib/routes";
import { isLang, splitLangPath, withLang } from "@/lib/i18n/messages";

/**
 * Cheap checks before a page renders; no page is cached here (the framework's caching does that).
 *
 * 1. The language is the first path segment: Arabic at `/ar/…`, English at the bare paths (which
 *    next.config.ts rewrites to `app/[lang]` with lang "en"; `/en/…` serves the same pages). The old
 *    addresses with `?lang=ar|en` redirect to their path form; another `lang` value reaches the page,
 *    which names it in a notice.
 * 2. Unknown ids are answered here with the 404 page, rendered whole on the server:
 *    - an id segment with broken percent-encoding ("/events/%E0%A4%A") would make Next's router fail
 *      with a 500 before any page runs;
 *    - `notFound()` thrown by a dynamic page gives the right status but leaves the page body to client
 *      JavaScript, so a reader without it would see a blank page.
 *    The pages keep their own notFound() for anything that slips past (a report removed in between).
 */
/** Routes whose second segment is an id that must exist. */
const ID_ROUTES = new Set(["events", "reports", "incidents"] as const);

/**
 * The 404 page for an unknown id: a rewrite to an address no route serves, which Next answers with
 * app/global-not-found.tsx (a whole document, status 404). On a server bound to a loopback address
 * Next routes this rewrite through a second HTTP request (it sees 127.0.0.1 as "localhost"), so
 * NOT_FOUND_PATH is left out of the matcher below: that request does not come back here.
 */
const NOT_FOUND_PATH = "/_/not-found";
function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), { status: 404 });
}

/** better-auth's session cookie (with the __Secure- prefix over https). */
function hasSession(request: NextRequest): boolean {
  return request.cookies.has("better-auth.session_token") || request.cookies.has("__Secure-better-auth.session_token");
}

function isRoute(route: string): route is "events" | "reports" | "incidents" {
  return (ID_ROUTES as Set<string>).has(route);
}

function redirectTo(request: NextRequest, pathname: string, search: URLSearchParams) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = search.toString();
  return NextResponse.redirect(url, 308);
}

export function proxy(request: NextRequest) {
  const { path } = splitLangPath(request.nextUrl.pathname);
  const legacy = request.nextUrl.searchParams.getAll("lang");
  if (legacy.length > 0 && legacy.every((v) => v === legacy[0]) && isLang(legacy[0])) {
    const search = new URLSearchParams(request.nextUrl.searchParams);
    search.delete("lang");
    return redirectTo(request, withLang(path, legacy[0]), search);
  }

  let segments: string[];
  try {
    segments = decodeURIComponent(path).split("/").filter(Boolean);
  } catch {
    return notFound(request);
  }
  const [route, id, ...rest] = segments;
  if (route === undefined) return NextResponse.next();
  // "/zz" would be read as app/[lang] with lang "zz": a first segment that is no page is a 404.
  if (!isPageRoute(route)) return notFound(request);
  // Review and corrections (issue 11). Editor pages without any session cookie go to sign-in at once;
  // the pages check the session and the role themselves (lib/auth/viewer.ts): this is only the quick path.
  const editorPage = (route === "review" && id === undefined) || (route === "reports" && id === "new" && rest.length === 0);
  if (editorPage && !hasSession(request)) {
    const to = request.nextUrl.clone();
    to.pathname = withLang("/sign-in", splitLangPath(request.nextUrl.pathname).lang);
    to.search = new URLSearchParams({ next: request.nextUrl.pathname + request.nextUrl.search }).toString();
    return NextResponse.redirect(to, 303);
  }
  if (editorPage) return NextResponse.next();
  if (!isRoute(route)) return NextResponse.next(); // a page of lib/routes.ts without an id check here
  if (route === "reports" && id === undefined) return NextResponse.next();
  if (id === undefined || rest.length > 0 || id.length > 200) return notFound(request);
  try {
    if (!routeTargetExists(route, id)) return notFound(request);
  } catch {
    // The page itself reports a database problem; the proxy only short-cuts the known case.
  }
  return NextResponse.next();
}

// Every page address; not the API, Next's own files, the icon or the 404 address.
export const config = { matcher: ["/((?!api/|_next/|_/|icon\\.svg|favicon\\.ico).*)"] };
