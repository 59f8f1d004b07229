import { getDatabase } from "@/lib/store/db";
import { filterSql } from "@/lib/query/events";
import type { EventFilter } from "@/lib/query/types";

/** Page-level reads that the query module does not cover: totals and the report index. */

export interface Totals {
  events: number;
  withCount: number;
  people: { low: number; best: number; high: number };
}

export function queryTotals(filter: EventFilter): Totals {
  const f = filterSql(filter);
  const r = getDatabase()
    .prepare(
      `SELECT COUNT(*) AS events, COUNT(e.count_best) AS withCount,
              COALESCE(SUM(e.count_low), 0) AS low, COALESCE(SUM(e.count_best), 0) AS best, COALESCE(SUM(e.count_high), 0) AS high
       FROM events e WHERE ${f.where}`,
    )
    .get(...f.params) as { events: number; withCount: number; low: number; best: number; high: number };
  return { events: r.events, withCount: r.withCount, people: { low: r.low, best: r.best, high: r.high } };
}

export interface ReportListItem {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  published: { start: string; end: string };
  events: number;
}

export function listReports(): ReportListItem[] {
  const rows = getDatabase()
    .prepare(
      `SELECT r.id, r.title, r.outlet, r.url, r.published_start AS start, r.published_end AS end,
              (SELECT COUNT(*) FROM events e WHERE e.report_id = r.id) AS events
       FROM reports r ORDER BY r.published_start, r.id`,
    )
    .all() as { id: string; title: string; outlet: string; url: string | null; start: string; end: string; events: number }[];
  return rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, url: r.url, published: { start: r.start, end: r.end }, events: r.events }));
}
