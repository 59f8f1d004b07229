import type { NextRequest } from "next/server";
import { getDatabase } from "@/lib/store/db";
import { iterateEvents } from "@/lib/query/events";
import { BOM, csvRow } from "@/lib/csv/csv";
import { resolveQuery } from "../../_lib/resolve";
import { CSV_HEADER, csvValues } from "../../_lib/export";

export const dynamic = "force-dynamic";

/** The whole filtered set as CSV (UTF-8 with BOM, spreadsheet-safe cells). Notices go in a header, URI-encoded. */
export function GET(request: NextRequest) {
  const { query, notices } = resolveQuery(request.nextUrl.searchParams);
  const headers: Record<string, string> = {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="inshiqaq-events.csv"`,
    "Cache-Control": "no-store",
  };
  // Header values must be Latin-1: the notices (quotes, Arabic) travel percent-encoded.
  if (notices.length > 0) headers["X-Inshiqaq-Notices"] = encodeURIComponent(notices.join(" | "));
  try {
    const parts: string[] = [BOM, csvRow(CSV_HEADER)];
    for (const e of iterateEvents(getDatabase(), query.filter, query.sort, query.dir)) parts.push(csvRow(csvValues(e)));
    return new Response(parts.join(""), { headers });
  } catch (error) {
    console.error("GET /api/events.csv failed", error);
    return new Response("This query could not be run.\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
