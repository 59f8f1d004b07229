import { getDatabase } from "@/lib/store/db";
import { queryTotals as queryStoreTotals, type Totals } from "@/lib/query/events";
import type { EventFilter } from "@/lib/query/types";

/** Page-level reads that the query module does not cover: totals and the report index. */

export type { Totals };

/** Sums over the filtered events, from the store's in-memory event index (the filter the chart uses). */
export function queryTotals(filter: EventFilter): Totals {
  return queryStoreTotals(getDatabase(), filter);
}

export interface ReportListItem {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  published: { start: string; end: string };
  events: number;
}

export const REPORTS_PER_PAGE = 200;

export function countAllReports(): number {
  return getDatabase().prepare("SELECT COUNT(*) FROM reports").pluck().get() as number;
}

/** One page of the report index, oldest first (a corpus of 50,000 reports must not become one page). */
export function listReports(page = 1): ReportListItem[] {
  const rows = getDatabase()
    .prepare(
      `SELECT r.id, r.title, r.outlet, r.url, r.published_start AS start, r.published_end AS end,
              (SELECT COUNT(*) FROM events e WHERE e.report_id = r.id) AS events
       FROM reports r ORDER BY r.published_start, r.id LIMIT ? OFFSET ?`,
    )
    .all(REPORTS_PER_PAGE, (page - 1) * REPORTS_PER_PAGE) as { id: string; title: string; outlet: string; url: string | null; start: string; end: string; events: number }[];
  return rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, url: r.url, published: { start: r.start, end: r.end }, events: r.events }));
}
