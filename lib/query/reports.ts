import type { Database } from "better-sqlite3";

/** The report index (`/reports`). */

export interface ReportListItem {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  published: { start: string; end: string };
  events: number;
}

export const REPORTS_PER_PAGE = 200;

export function countAllReports(db: Database): number {
  return db.prepare("SELECT COUNT(*) FROM reports").pluck().get() as number;
}

/** One page of the report index, oldest first (a corpus of 50,000 reports must not become one page). */
export function listReports(db: Database, page = 1): ReportListItem[] {
  const rows = db
    .prepare(
      `SELECT r.id, r.title, r.outlet, r.url, r.published_start AS start, r.published_end AS end,
              (SELECT COUNT(*) FROM events e WHERE e.report_id = r.id) AS events
       FROM reports r ORDER BY r.published_start, r.id LIMIT ? OFFSET ?`,
    )
    .all(REPORTS_PER_PAGE, (page - 1) * REPORTS_PER_PAGE) as { id: string; title: string; outlet: string; url: string | null; start: string; end: string; events: number }[];
  return rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, url: r.url, published: { start: r.start, end: r.end }, events: r.events }));
}

/** Whether an event / a report with this id is stored (proxy.ts answers unknown ids with a 404). */
export function eventExists(db: Database, id: string): boolean {
  return db.prepare("SELECT 1 FROM events WHERE id = ?").pluck().get(id) !== undefined;
}

export function reportExists(db: Database, id: string): boolean {
  return db.prepare("SELECT 1 FROM reports WHERE id = ?").pluck().get(id) !== undefined;
}

/** The group keys among `keys` that no stored event names. */
export function unknownGroups(db: Database, keys: readonly string[]): string[] {
  const exists = db.prepare("SELECT 1 FROM event_groups WHERE group_key = ? LIMIT 1").pluck();
  return keys.filter((g) => exists.get(g) === undefined);
}
