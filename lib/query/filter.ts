import type { Database } from "better-sqlite3";
import { normalizeArabic } from "../arabic/normalize";

/**
 * What each part of an EventFilter means, in one place. The dashboard answers filters from the
 * in-memory event index (event-index.ts, `computeMatch`); the SQL reference that the tests compare
 * it with (testing/sql-reference.ts) builds its WHERE clause from the same pieces:
 *
 * - groups: the event names at least one of the groups (event_groups.group_key);
 * - from/to: months, inclusive; the event's date range overlaps the window (bins.ts monthWindowDays);
 * - place: the value is the event's place id, its governorate or its place words, or the id of a
 *   gazetteer governorate whose name is the event's governorate (GOVERNORATE_OF_PLACE);
 * - destination: the value is the event's destination group id, area or words (DESTINATION_FIELDS);
 * - kind: equal;
 * - reviewed: when true, only events whose review_status is not 'unreviewed' (rejected events are never stored as events);
 * - q: every search term occurs in the report's normalised text (searchClause);
 * - unit: "tellings" or absent: every event, by its own values. "incidents": one row per incident (its
 *   representative telling, incident-view.ts) and every event without an incident, each filtered by
 *   the incident's COMBINED values (lib/incidents/combine.ts): its date range, count, kind, place,
 *   destination; its groups are every group any telling names; `reviewed` wants every telling
 *   reviewed; `q` wants one of its tellings' reports to hold every term.
 */

/** The event columns a place value is compared with (any may match). */
export const PLACE_FIELDS = ["place_id", "place_governorate", "place_text"] as const;

/** The event columns a destination value is compared with (any may match). */
export const DESTINATION_FIELDS = ["destination_group_id", "destination_area", "destination_text"] as const;

/** The governorate a place value names when it is the id of a gazetteer governorate entry. */
export const GOVERNORATE_OF_PLACE = "SELECT governorate FROM places WHERE id = ? AND kind = 'governorate'";

export function governorateOfPlace(db: Database, place: string): string | null {
  return (db.prepare(GOVERNORATE_OF_PLACE).pluck().get(place) as string | null | undefined) ?? null;
}

/** The terms of a search: normalised like the report text, split on spaces (at most 16). */
export function searchTerms(q: string | null): string[] {
  if (!q) return [];
  return normalizeArabic(q)
    .text.split(/\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .slice(0, 16);
}

/** The trigram index needs 3 characters; shorter terms are checked by a scan of the normalised text. */
const TRIGRAM = 3;

/**
 * The condition on `report_text` (rowid = reports.rid) that a report holds every term: longer terms
 * through the trigram index (each a quoted FTS5 string, quotes doubled), shorter ones by `instr`.
 */
export function searchClause(terms: string[]): { sql: string; params: string[] } {
  const conds: string[] = [];
  const params: string[] = [];
  const long = terms.filter((t) => t.length >= TRIGRAM);
  if (long.length > 0) {
    conds.push("report_text MATCH ?");
    params.push(long.map((t) => `"${t.replace(/"/g, '""')}"`).join(" "));
  }
  for (const t of terms.filter((t) => t.length < TRIGRAM)) {
    conds.push("instr(norm, ?) > 0");
    params.push(t);
  }
  return { sql: conds.join(" AND "), params };
}

/** reports.rid of every report whose text holds every term of `q` (null: no search). */
export function searchReports(db: Database, q: string | null): Int32Array | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  const { sql, params } = searchClause(terms);
  return Int32Array.from(db.prepare(`SELECT rowid FROM report_text WHERE ${sql}`).pluck().all(...params) as number[]);
}
