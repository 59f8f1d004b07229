import type { Database } from "better-sqlite3";
import type { DefectionEvent } from "../extract/types";
import { readStoredReport, type StoredReport } from "../store/reports";
import { indexFor, type EventIndex, type Match } from "./event-index";
import { matchEvents } from "./event-index-match";
import { INCIDENT_JOIN, reachingThePage } from "./incident-rows";
import { orderBySql, ROW_COLUMNS, rowColumns, rowJoin, sortTerms, toRow, type RowRecord } from "./event-rows";
import { isoDay } from "./bins";
import { DEFAULT_LANG, type Lang } from "../i18n/messages";
import { sortLanguage } from "./url";

export { sortLanguage };
import type { EventFilter, EventPage, EventPageQuery, EventRow, SortColumn, SortDir } from "./types";

/**
 * The event queries shared by the pages and the API. Which events match a filter comes from the
 * in-memory event index (its meaning: filter.ts); rows, order and pages come from SQL. Every SQL
 * string is assembled from fixed fragments; every value from a user is a bound parameter.
 * The row, its columns and its order: event-rows.ts. The SQL-only reference the tests compare with is
 * testing/sql-reference.ts.
 */

export { INCIDENT_JOIN };

/** Number of events matching a filter. */
export function countEvents(db: Database, filter: EventFilter): number {
  return matchEvents(db, indexFor(db, filter), filter).count;
}

/** Totals of the filtered events, for the page header. */
export interface Totals {
  events: number;
  /** Events with a count (the others add to incidents, never to people). */
  withCount: number;
  people: { low: number; best: number; high: number };
}

export function queryTotals(db: Database, filter: EventFilter): Totals {
  const index = indexFor(db, filter);
  const { mask, count } = matchEvents(db, index, filter);
  let withCount = 0;
  let low = 0;
  let best = 0;
  let high = 0;
  for (let i = 0; i < index.n; i++) {
    if (mask[i] === 0 || index.counted[i] === 0) continue;
    withCount += 1;
    low += index.low[i];
    best += index.best[i];
    high += index.high[i];
  }
  return { events: count, withCount, people: { low, best, high } };
}

/** The index that serves each sort (its columns are exactly the ORDER BY's). */
function sortIndex(sort: SortColumn, lang: Lang): string {
  return sort === "groups" && lang === "ar" ? "events_groups_ar_sort" : (SORT_INDEX[sort] ?? "events_date");
}

const SORT_INDEX: Record<SortColumn, string> = {
  date: "events_date",
  groups: "events_groups_sort",
  count: "events_count",
  kind: "events_kind",
  place: "events_place_sort",
  destination: "events_dest_sort",
  report: "events_report_sort",
  confidence: "events_conf_sort",
};

/**
 * Up to this many matches SQL always gets their rids and sorts them. Above, it walks the sort index
 * unless the walk would read more than twice as many rows as there are matches (a deep page of a
 * narrow filter): a walk reads about (offset + page size) × events / matches rows.
 */
const LIST_MAX = 300;

/** The mask the SQL function `inshiqaq_match(rid)` answers from, set for the duration of one statement. */
let active: { index: EventIndex; mask: Uint8Array; scanned: number; budget: number } | null = null;
const withMatchFunction = new WeakSet<Database>();

/** Thrown by `inshiqaq_match` to stop a walk that reads too many rows. */
class WalkTooLong extends Error {}

function registerMatchFunction(db: Database): void {
  if (withMatchFunction.has(db)) return;
  db.function("inshiqaq_match", { deterministic: false, directOnly: true }, (rid: unknown) => {
    if (!active || typeof rid !== "number" || rid >= active.index.entryOfRid.length) return 0;
    if (++active.scanned > active.budget) throw new WalkTooLong("walk budget exceeded");
    const entry = active.index.entryOfRid[rid];
    return entry >= 0 ? active.mask[entry] : 0;
  });
  withMatchFunction.add(db);
}

/**
 * One page of the filtered events, sorted and paged by SQL over the whole filtered set.
 * The page is clamped to [1, pageCount] (an empty result has one empty page).
 *
 * The in-memory index says which events match and how many. SQL then either sorts just those
 * (few matches: their rids are passed as a JSON array) or walks the sort column's index and keeps
 * the matching rows until the page is full (many matches: it stops after a few hundred rows).
 * Pages past the middle are read from the other end of the order, then reversed.
 */
export function queryEventPage(db: Database, query: EventPageQuery, tuning: { listMax?: number; walkBudget?: number } = {}): EventPage {
  const pageSize = Math.max(1, Math.floor(query.pageSize) || 1);
  const unit = query.filter.unit;
  const index = indexFor(db, query.filter);
  const match = matchEvents(db, index, query.filter);
  const { mask, count: total } = match;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(query.page) || 1), pageCount);
  if (total === 0) return { rows: [], total, page, pageSize, pageCount };

  const offset = (page - 1) * pageSize;
  const onPage = Math.min(pageSize, total - offset);
  const fromEnd = offset > total - offset - onPage;
  const dir: SortDir = fromEnd ? (query.dir === "asc" ? "desc" : "asc") : query.dir;
  const skip = fromEnd ? total - offset - onPage : offset;
  const lang = query.lang ?? DEFAULT_LANG;
  const order = orderBySql(query.sort, dir, unit, lang);

  const byList = () => {
    const rids = matchingRids(index, match);
    return db
      // CROSS JOIN keeps json_each as the outer loop (SQLite never reorders it): one rowid lookup per match.
      .prepare(`SELECT ${rowColumns(unit)} FROM json_each(?) AS m CROSS JOIN events e ON e.rid = m.value ${rowJoin(unit)} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(JSON.stringify(rids), onPage, skip) as RowRecord[];
  };
  let rows: RowRecord[];
  /** Runs a walk along a sort index over the entries of `walkMask`; null when it gave up (read too many rows). */
  const walk = <T,>(sql: string, params: unknown[], walkMask: Uint8Array): T[] | null => {
    // The walk gives up (and the list takes over) once it has read twice as many rows as the list would:
    // matches are not spread evenly along every order (a date window sorted by date, a place sorted by place).
    registerMatchFunction(db);
    active = { index, mask: walkMask, scanned: 0, budget: tuning.walkBudget ?? 2 * total + 1000 };
    try {
      return db.prepare(sql).all(...params) as T[];
    } catch (e) {
      if (!(e instanceof WalkTooLong)) throw e;
      return null;
    } finally {
      active = null;
    }
  };
  // The matches' first and last days bound date_start: the date order seeks straight to them.
  const bounds = [isoDay(match.lo ?? 0), isoDay(match.hi ?? 0)];
  if (total === index.n && unit !== "incidents") {
    rows = db.prepare(`SELECT ${ROW_COLUMNS} FROM events e ORDER BY ${order} LIMIT ? OFFSET ?`).all(onPage, skip) as RowRecord[];
  } else if (total <= (tuning.listMax ?? LIST_MAX) || ((skip + onPage) * index.n) / total > 2 * total) {
    rows = byList();
  } else if (unit === "incidents" && index.incidents) {
    // An incident of several tellings sorts by its combined values, which no index of events holds: those
    // few are sorted from a list, every other match (its own values) is walked along the sort index, and
    // the two ordered parts are merged.
    const { combined } = index.incidents;
    const walked = new Uint8Array(index.n);
    const entries: number[] = [];
    for (let i = 0; i < index.n; i++) {
      if (mask[i] === 0) continue;
      if (combined[i] === 1) entries.push(i);
      else walked[i] = 1;
    }
    // By date, the rows of days wholly before the page's first day are counted here, not walked.
    let [lo, hi, before] = [match.lo ?? 0, match.hi ?? 0, 0];
    let candidates = entries;
    if (query.sort === "date" && skip > 0) {
      const cut = firstDayOfPosition(index, mask, dir, skip, lo, hi);
      if (cut) {
        before = cut.before;
        if (dir === "asc") lo = cut.day;
        else hi = cut.day;
        candidates = entries.filter((i) => index.dayStart[i] >= lo && index.dayStart[i] <= hi);
      }
    }
    const need = skip - before + onPage;
    const listed = reachingThePage(index, candidates, query.sort, dir, need);
    // Rids first (cheap columns), then the page's rows: a deep page walks thousands of rows.
    const d = dir === "desc" ? "DESC" : "ASC";
    const keys = (terms: string[]) => terms.slice(0, -1).map((t, k) => `${t} AS sort_key_${k}`).join(", ");
    const outer = [...sortTerms(query.sort, undefined, lang).slice(0, -1).map((_, k) => `sort_key_${k} ${d}`), `id ${d}`].join(", ");
    const found = walk<{ rid: number }>(
      // A compound SELECT ordered as a whole: SQLite merges its two ordered parts.
      `SELECT * FROM (SELECT e.rid AS rid, e.id AS id, ${keys(sortTerms(query.sort, undefined, lang))} FROM events e INDEXED BY ${sortIndex(query.sort, lang)}
           WHERE e.date_start >= ? AND e.date_start <= ? AND inshiqaq_match(e.rid) ORDER BY ${orderBySql(query.sort, dir, undefined, lang)} LIMIT ?)
       UNION ALL SELECT * FROM (SELECT e.rid AS rid, e.id AS id, ${keys(sortTerms(query.sort, unit, lang))} FROM json_each(?) AS m CROSS JOIN events e ON e.rid = m.value ${INCIDENT_JOIN}
           ORDER BY ${order} LIMIT ?)
       ORDER BY ${outer} LIMIT ? OFFSET ?`,
      [isoDay(lo), isoDay(hi), need, JSON.stringify(listed), need, onPage, skip - before],
      walked,
    );
    rows =
      found === null
        ? byList()
        : (db
            .prepare(`SELECT ${rowColumns(unit)} FROM json_each(?) AS m CROSS JOIN events e ON e.rid = m.value ${INCIDENT_JOIN} ORDER BY ${order}`)
            .all(JSON.stringify(found.map((r) => r.rid))) as RowRecord[]);
  } else {
    rows =
      walk<RowRecord>(
        `SELECT ${ROW_COLUMNS} FROM events e INDEXED BY ${sortIndex(query.sort, lang)}
       WHERE e.date_start >= ? AND e.date_start <= ? AND inshiqaq_match(e.rid) ORDER BY ${order} LIMIT ? OFFSET ?`,
        [...bounds, onPage, skip],
        mask,
      ) ?? byList();
  }
  if (fromEnd) rows.reverse();
  return { rows: rows.map((r) => toRow(r)), total, page, pageSize, pageCount };
}

/**
 * Every filtered event, in the table's order (date ascending by default), for the JSON and CSV
 * exports. The order is read once, then the rows in chunks: no statement stays open between two
 * rows handed out, so a caller may stream the export while the connection serves other requests.
 */
export function* iterateEvents(db: Database, filter: EventFilter, sort: SortColumn = "date", dir: SortDir = "asc", chunk = 1000, lang: Lang = DEFAULT_LANG): Generator<EventRow> {
  const unit = filter.unit;
  const order = orderBySql(sort, dir, unit, lang);
  const index = indexFor(db, filter);
  const match = matchEvents(db, index, filter);
  const rids =
    match.count === index.n && unit !== "incidents"
      ? (db.prepare(`SELECT e.rid FROM events e ORDER BY ${order}`).pluck().all() as number[])
      : (db.prepare(`SELECT e.rid FROM json_each(?) AS m CROSS JOIN events e ON e.rid = m.value ${rowJoin(unit)} ORDER BY ${order}`).pluck().all(JSON.stringify(matchingRids(index, match))) as number[]);
  const read = db.prepare(`SELECT e.rid AS rid, ${rowColumns(unit)} FROM json_each(?) AS m CROSS JOIN events e ON e.rid = m.value ${rowJoin(unit)}`);
  for (let at = 0; at < rids.length; at += chunk) {
    const part = rids.slice(at, at + chunk);
    const byRid = new Map((read.all(JSON.stringify(part)) as (RowRecord & { rid: number })[]).map((r) => [r.rid, r]));
    for (const rid of part) {
      const r = byRid.get(rid);
      if (r) yield toRow(r); // a row deleted between the two reads is skipped
    }
  }
}

/**
 * The first day (date_start) of the row at position `skip` of the date order over the matches, and how
 * many matches start strictly before it (after it, descending): those are wholly before the page.
 * Null when the days span too much for a histogram.
 */
function firstDayOfPosition(index: EventIndex, mask: Uint8Array, dir: SortDir, skip: number, lo: number, hi: number): { day: number; before: number } | null {
  if (hi - lo > 1_000_000) return null;
  const perDay = new Int32Array(hi - lo + 1);
  for (let i = 0; i < index.n; i++) if (mask[i] === 1) perDay[index.dayStart[i] - lo] += 1;
  let seen = 0;
  for (let k = 0; k < perDay.length; k++) {
    const at = dir === "asc" ? k : perDay.length - 1 - k;
    if (seen + perDay[at] > skip) return { day: lo + at, before: seen };
    seen += perDay[at];
  }
  return null;
}

/** events.rid of every matching entry, ascending. */
function matchingRids(index: EventIndex, match: Match): number[] {
  const rids: number[] = [];
  for (let i = 0; i < index.n; i++) if (match.mask[i] === 1) rids.push(index.rid[i]);
  return rids;
}

/** Every filtered event as an array (see `iterateEvents` to stream). */
export function queryAllEvents(db: Database, filter: EventFilter, sort: SortColumn = "date", dir: SortDir = "asc"): EventRow[] {
  return Array.from(iterateEvents(db, filter, sort, dir));
}

export type { StoredReport } from "../store/reports";

/** An event with its exact extractor output (offsets into `report.body`). */
export interface EventDetail {
  row: EventRow;
  event: DefectionEvent;
}

/** `/events/[id]`: the event, its full extractor output and its report (with the body the offsets point into). */
export function getEvent(db: Database, id: string): (EventDetail & { report: StoredReport }) | null {
  const r = db.prepare(`SELECT ${ROW_COLUMNS} FROM events e WHERE e.id = ?`).get(id) as RowRecord | undefined;
  if (!r) return null;
  const report = readStoredReport(db, r.report_id) as StoredReport; // events.report_id references reports(id)
  const event = JSON.parse(r.json) as DefectionEvent;
  return { row: toRow(r, event), event, report };
}

/** `/reports/[id]`: the report and its events in extraction order. */
export function getReport(db: Database, id: string): { report: StoredReport; events: EventDetail[] } | null {
  const report = readStoredReport(db, id);
  if (!report) return null;
  const rows = db.prepare(`SELECT ${ROW_COLUMNS} FROM events e WHERE e.report_id = ? ORDER BY e.idx`).all(id) as RowRecord[];
  return {
    report,
    events: rows.map((r) => {
      const event = JSON.parse(r.json) as DefectionEvent;
      return { row: toRow(r, event), event };
    }),
  };
}

/** Number of stored reports (for the page header and the ingest summary). */
export function countReports(db: Database): number {
  return (db.prepare("SELECT COUNT(*) AS n FROM reports").get() as { n: number }).n;
}