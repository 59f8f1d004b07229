import { NextResponse, type NextRequest } from "next/server";
import { getDatabase } from "@/lib/store/db";

/**
 * 1. Unknown ids are answered here with the 404 page, rendered whole on the server:
 *    - an id segment with broken percent-encoding ("/events/%E0%A4%A") would make Next's router fail
 *      with a 500 before any page runs;
 *    - `notFound()` thrown by a dynamic page gives the right status but leaves the page body to client
 *      JavaScript, so a reader without it would see a blank page.
 *    The pages keep their own notFound() for anything that slips past (a report removed in between).
 * 2. The dashboard's HTML for a given address is kept for a few seconds while the data has not
 *    changed: rendering the page costs tens of milliseconds of CPU, and when a story breaks many
 *    people open the same few links. The data version (PRAGMA data_version: another connection's
 *    commits) is checked on every hit; after a change the old page is served for at most STALE_MS
 *    plus one render (stale-while-revalidate, one render per address at a time), like the store's
 *    in-memory event index. Client navigations (RSC requests) are never cached.
 */
const ROUTES: Record<string, string> = {
  events: "SELECT 1 FROM events WHERE id = ?",
  reports: "SELECT 1 FROM reports WHERE id = ?",
};

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL("/not-found-page", request.url), { status: 404 });
}

const RENDER_HEADER = "x-inshiqaq-render";
const STALE_MS = 3000;
const MAX_ENTRIES = 300;
const MAX_BODY = 2_000_000;
const DROP_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);

interface Entry {
  body: string;
  headers: [string, string][];
  version: number;
  at: number;
}
const pages = new Map<string, Entry>();

function dataVersion(): number {
  return getDatabase().pragma("data_version", { simple: true }) as number;
}

/** better-auth's session cookie (with the __Secure- prefix over https). */
function hasSession(request: NextRequest): boolean {
  return request.cookies.has("better-auth.session_token") || request.cookies.has("__Secure-better-auth.session_token");
}

function cacheable(request: NextRequest): boolean {
  const h = request.headers;
  return (
    request.method === "GET" &&
    // A signed-in editor sees their own header (Review, Sign out): never a page cached for readers.
    !hasSession(request) &&
    !h.has(RENDER_HEADER) &&
    !h.has("rsc") &&
    !h.has("next-router-prefetch") &&
    !h.has("next-router-state-tree") &&
    !request.nextUrl.searchParams.has("_rsc")
  );
}

/** Renders the page through Next (the proxy lets a request with RENDER_HEADER through); null when not a 200. */
async function render(request: NextRequest, key: string, version: number): Promise<Entry | null> {
  const response = await fetch(new URL(`/${key}`, request.nextUrl.origin), { headers: { [RENDER_HEADER]: "1" }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200 || body.length > MAX_BODY) return null;
  const headers = [...response.headers].filter(([name]) => !DROP_HEADERS.has(name.toLowerCase()));
  const entry = { body, headers, version, at: Date.now() };
  pages.set(key, entry);
  if (pages.size > MAX_ENTRIES) pages.delete(pages.keys().next().value as string);
  return entry;
}

/** One render per address at a time: readers arriving meanwhile share it. */
const inFlight = new Map<string, Promise<Entry | null>>();
function renderOnce(request: NextRequest, key: string, version: number): Promise<Entry | null> {
  let pending = inFlight.get(key);
  if (!pending) {
    pending = render(request, key, version).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}

function send(entry: Entry, state: string): Response {
  return new Response(entry.body, { status: 200, headers: [...entry.headers, ["x-inshiqaq-cache", state]] });
}

async function cachedPage(request: NextRequest): Promise<Response | NextResponse> {
  const key = request.nextUrl.search;
  const version = dataVersion();
  const hit = pages.get(key);
  if (hit) {
    pages.delete(key); // most recently used last
    pages.set(key, hit);
    if (hit.version === version) return send(hit, "hit");
    // The data changed: within STALE_MS the old page is still served; after it, it is served once
    // more while a fresh render runs, so a busy ingest never makes readers wait for renders.
    if (Date.now() - hit.at >= STALE_MS) void renderOnce(request, key, version).catch(() => pages.delete(key));
    return send(hit, "stale");
  }
  const entry = await renderOnce(request, key, version);
  // Redirects (to the canonical address) and errors are left to Next, as if there were no cache.
  return entry ? send(entry, "miss") : NextResponse.next();
}

export async function proxy(request: NextRequest) {
  let segments: string[];
  try {
    segments = decodeURIComponent(request.nextUrl.pathname).split("/").filter(Boolean);
  } catch {
    return notFound(request);
  }
  if (segments.length === 0) {
    if (!cacheable(request)) return NextResponse.next();
    try {
      return await cachedPage(request);
    } catch (error) {
      console.error("page cache: rendering directly", error);
      return NextResponse.next();
    }
  }
  const [route, id, ...rest] = segments;
  // Editor pages: an early redirect when there is no session cookie at all. The pages check the
  // session and the role themselves (lib/auth/viewer.ts); this is only the quick, optimistic path.
  if ((route === "review" || (route === "reports" && id === "new" && rest.length === 0)) && !hasSession(request)) {
    const to = new URL("/sign-in", request.url);
    to.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(to, 303);
  }
  if (route === "reports" && id === "new") return NextResponse.next();
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

export const config = { matcher: ["/", "/events/:path*", "/reports/:path+", "/review/:path*"] };
