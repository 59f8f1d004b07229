import { getDatabase } from "@/lib/store/db";
import { eventIndex, matchEvents } from "@/lib/store/event-index";
import type { EventFilter } from "@/lib/query/types";

/** Page-level reads that the query module does not cover: totals and the report index. */

export interface Totals {
  events: number;
  withCount: number;
  people: { low: number; best: number; high: number };
}

/**
 * Sums over the filtered events, from the store's in-memory event index (the same filter the chart
 * uses; a SQL scan of 100,000 rows costs tens of milliseconds per page view).
 */
export function queryTotals(filter: EventFilter): Totals {
  const db = getDatabase();
  const index = eventIndex(db);
  const { mask } = matchEvents(db, index, filter);
  let events = 0;
  let withCount = 0;
  let low = 0;
  let best = 0;
  let high = 0;
  for (let i = 0; i < index.n; i++) {
    if (!mask[i]) continue;
    events++;
    if (!index.counted[i]) continue;
    withCount++;
    low += index.low[i];
    best += index.best[i];
    high += index.high[i];
  }
  return { events, withCount, people: { low, best, high } };
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
