import type { NextRequest } from "next/server";
import { loadExport, resolveDashboardQuery } from "@/lib/query/dal";
import { noticeText } from "@/lib/query/url";
import { BOM, csvRow } from "@/lib/csv/csv";
import { CSV_HEADER, csvValues } from "../../_lib/export";
import { streamRows } from "../../_lib/stream";

export const dynamic = "force-dynamic";

/** The whole filtered set as CSV (UTF-8 with BOM, spreadsheet-safe cells), streamed. Notices go in a header, URI-encoded. */
export function GET(request: NextRequest) {
  const { query, notices } = resolveDashboardQuery(request.nextUrl.searchParams);
  const headers: Record<string, string> = {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="inshiqaq-events.csv"`,
    "Cache-Control": "no-store",
  };
  // Header values must be Latin-1: the notices (quotes, Arabic) travel percent-encoded.
  if (notices.length > 0) headers["X-Inshiqaq-Notices"] = encodeURIComponent(notices.map((n) => noticeText(n)).join(" | "));
  try {
    const { total, rows } = loadExport(query);
    headers["X-Total-Count"] = String(total);
    return new Response(streamRows(BOM + csvRow(CSV_HEADER), rows, (e) => csvRow(csvValues(e)), ""), { headers });
  } catch (error) {
    console.error("GET /api/events.csv failed", error);
    return new Response("This query could not be run.\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
