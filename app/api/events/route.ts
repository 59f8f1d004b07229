import type { NextRequest } from "next/server";
import { loadExport, resolveDashboardQuery } from "@/lib/query/dal";
import { noticeText } from "@/lib/query/url";
import { jsonEvent } from "../../_lib/export";
import { streamRows } from "../../_lib/stream";

export const dynamic = "force-dynamic";

/** JSON with "<" escaped as \u003c: the same data, and no echoed value can read as markup if mis-sniffed. */
function json(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The whole filtered set as JSON, in the table's order, streamed; the dashboard's page and size are ignored. */
export function GET(request: NextRequest) {
  const resolved = resolveDashboardQuery(request.nextUrl.searchParams);
  const { query } = resolved;
  const notices = resolved.notices.map((n) => noticeText(n)); // the API speaks English
  try {
    const { total, rows } = loadExport(query);
    const head = `{"total":${total},"filter":${json(query.filter)},"sort":${json(query.sort)},"dir":${json(query.dir)},"notices":${json(notices)},"events":[`;
    return new Response(streamRows(head, rows, (e, first) => (first ? "" : ",") + json(jsonEvent(e)), "]}"), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
    });
  } catch (error) {
    console.error("GET /api/events failed", error);
    return Response.json({ error: "This query could not be run.", notices }, { status: 400 });
  }
}
