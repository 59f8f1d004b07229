import type { NextRequest } from "next/server";
import { getDatabase } from "@/lib/store/db";
import { iterateEvents } from "@/lib/query/events";
import { resolveQuery } from "../../_lib/resolve";
import { jsonEvent } from "../../_lib/export";

export const dynamic = "force-dynamic";

/** The whole filtered set as JSON, in the table's order; the dashboard's parameters, page and size ignored. */
export function GET(request: NextRequest) {
  const { query, notices } = resolveQuery(request.nextUrl.searchParams);
  try {
    // Read the whole result synchronously: the shared connection must not be left mid-iteration.
    const events = Array.from(iterateEvents(getDatabase(), query.filter, query.sort, query.dir), jsonEvent);
    // "<" escaped as \u003c: the JSON stays the same, and no echoed value can read as markup if mis-sniffed.
    const body = JSON.stringify({ total: events.length, filter: query.filter, sort: query.sort, dir: query.dir, notices, events }).replace(/</g, "\\u003c");
    return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("GET /api/events failed", error);
    return Response.json({ error: "This query could not be run.", notices }, { status: 400 });
  }
}
