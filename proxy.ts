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
 *    people open the same few links. The data version (PRAGMA data_version plus this process's own
 *    writes) is checked on every hit; another process's commits are picked up within STALE_MS,
 *    like the store's in-memory event index. Client navigations (RSC requests) are never cached.
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

function cacheable(request: NextRequest): boolean {
  const h = request.headers;
  return (
    request.method === "GET" &&
    !h.has(RENDER_HEADER) &&
    !h.has("rsc") &&
    !h.has("next-router-prefetch") &&
    !h.has("next-router-state-tree") &&
    !request.nextUrl.searchParams.has("_rsc")
  );
}

async function cachedPage(request: NextRequest): Promise<Response | NextResponse> {
  const key = request.nextUrl.search;
  const version = dataVersion();
  const now = Date.now();
  const hit = pages.get(key);
  if (hit && (hit.version === version || now - hit.at < STALE_MS)) {
    pages.delete(key); // most recently used last
    pages.set(key, hit);
    return new Response(hit.body, { status: 200, headers: [...hit.headers, ["x-inshiqaq-cache", "hit"]] });
  }
  const response = await fetch(new URL(`/${key}`, request.nextUrl.origin), { headers: { [RENDER_HEADER]: "1", accept: "text/html" }, redirect: "manual" });
  const body = await response.text();
  // Redirects (to the canonical address) and errors are left to Next, as if there were no cache.
  if (response.status !== 200) return NextResponse.next();
  const headers = [...response.headers].filter(([name]) => !DROP_HEADERS.has(name.toLowerCase()));
  if (body.length <= MAX_BODY) {
    pages.set(key, { body, headers, version, at: now });
    if (pages.size > MAX_ENTRIES) pages.delete(pages.keys().next().value as string);
  }
  return new Response(body, { status: 200, headers: [...headers, ["x-inshiqaq-cache", "miss"]] });
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

export const config = { matcher: ["/", "/events/:path*", "/reports/:path+"] };
