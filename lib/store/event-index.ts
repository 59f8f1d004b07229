import type { Database } from "better-sqlite3";
import { monthWindowDays } from "../query/bins";
import { normalizeArabic } from "../arabic/normalize";
import type { EventFilter } from "../query/types";

/**
 * An in-memory, column-wise copy of the fields the dashboard filters and charts on, one entry per
 * event, built from the database in one pass and rebuilt when the data changes.
 *
 * Why: with 100,000 events, SQLite needs 100+ ms to scan and group the events for the chart or the
 * facets on this machine; typed arrays answer the same filter in about a millisecond. The database
 * stays the source of truth: rows, sorting and paging are read from SQL (lib/query/events.ts), and
 * the tests check that this index and the SQL filter agree on random stores.
 *
 * Freshness: writes through lib/store/write.ts on the same connection mark the index stale at once;
 * commits by another process (an ingest while the server runs) are seen through `PRAGMA data_version`
 * and picked up at most every `FOREIGN_REFRESH_MS` (3 s), so a running ingest does not force a rebuild per request.
 */

export const FOREIGN_REFRESH_MS = 3000;
let foreignRefreshMs = FOREIGN_REFRESH_MS;

/** How long the index may lag behind another process's commits (tests set 0). */
export function setForeignRefresh(ms: number): void {
  foreignRefreshMs = ms;
}

const KIND_CODES: Record<string, number> = { defection: 0, desertion: 1, attempted: 2 };

/** A filter reduced to what decides a match (the cache key). */
interface IndexedFilter {
  groups: string[];
  from: string | null;
  to: string | null;
  place: string | null;
  destination: string | null;
  kind: string | null;
  q: string | null;
}

export interface EventIndex {
  n: number;
  /** events.rid of entry i, ascending. */
  rid: Int32Array;
  /** Entry of a rid (-1 when unknown), dense over 0..max rid. */
  entryOfRid: Int32Array;
  dayStart: Int32Array;
  dayEnd: Int32Array;
  counted: Uint8Array;
  low: Float64Array;
  best: Float64Array;
  high: Float64Array;
  kind: Uint8Array;
  /** Codes into `strings` (-1 = none). */
  placeId: Int32Array;
  placeGov: Int32Array;
  placeText: Int32Array;
  destGroup: Int32Array;
  destArea: Int32Array;
  destText: Int32Array;
  /** reports.rid of each event. */
  reportRid: Int32Array;
  maxReportRid: number;
  /** Groups of entry i: groupCodes[groupOffsets[i] .. groupOffsets[i+1]). */
  groupOffsets: Int32Array;
  groupCodes: Int32Array;
  /** Entries of each group code, ascending. */
  groupEntries: Int32Array[];
  groupKeys: string[];
  groupCode: Map<string, number>;
  /** Name of each group code as the events wrote it (the gazetteer's may be newer: see facets). */
  groupNames: { name_ar: string; name_en: string | null }[];
  strings: string[];
  stringCode: Map<string, number>;
  /** Bin ordinals per grain, computed on first use. */
  ordinals: Map<string, { start: Int32Array; end: Int32Array }>;
  /** Recent filter results (see `matchEvents`). */
  matches: Map<string, Match>;
}

export interface Match {
  /** mask[i] = 1 when entry i passes the filter. */
  mask: Uint8Array;
  count: number;
  /** First and last day of the matching events (null when none). */
  lo: number | null;
  hi: number | null;
}

interface Cached {
  index: EventIndex;
  dataVersion: number;
  localVersion: number;
  builtAt: number;
}

const cache = new WeakMap<Database, Cached>();
const localWrites = new WeakMap<Database, number>();

/** Called by every write on a connection: the next query rebuilds the index. */
export function markWritten(db: Database): void {
  localWrites.set(db, (localWrites.get(db) ?? 0) + 1);
}

/** Drops the index of a connection (tests, benchmarks). */
export function forgetIndex(db: Database): void {
  cache.delete(db);
}

/** Drops the remembered filter results (benchmarks measure cold filters). */
export function clearMatches(db: Database): void {
  cache.get(db)?.index.matches.clear();
}

/** The index of a connection, built or rebuilt as needed. */
export function eventIndex(db: Database): EventIndex {
  const dataVersion = db.pragma("data_version", { simple: true }) as number;
  const localVersion = localWrites.get(db) ?? 0;
  const now = Date.now();
  const c = cache.get(db);
  if (c && c.localVersion === localVersion && (c.dataVersion === dataVersion || now - c.builtAt < foreignRefreshMs)) return c.index;
  const index = buildIndex(db);
  cache.set(db, { index, dataVersion, localVersion, builtAt: now });
  return index;
}

/** rid, day_start, day_end, count_low, count_best, count_high, kind, place_id, place_governorate, place_text,
 * destination_group_id, destination_area, destination_text, report rid. */
type RawEvent = [number, number, number, number | null, number | null, number | null, string, string | null, string | null, string | null, string | null, string | null, string | null, number];

export function buildIndex(db: Database): EventIndex {
  const strings: string[] = [];
  const stringCode = new Map<string, number>();
  const code = (s: string | null): number => {
    if (s === null) return -1;
    let c = stringCode.get(s);
    if (c === undefined) {
      c = strings.length;
      strings.push(s);
      stringCode.set(s, c);
    }
    return c;
  };
  // One read transaction: the events and their group links come from the same snapshot.
  const own = !db.inTransaction;
  if (own) db.exec("BEGIN");
  try {
    const n = (db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n;
    // Raw rows (arrays, not objects) are read about twice as fast.
    const events = db
      .prepare(
        `SELECT e.rid, e.day_start, e.day_end, e.count_low, e.count_best, e.count_high, e.kind, e.place_id, e.place_governorate, e.place_text,
           e.destination_group_id, e.destination_area, e.destination_text, r.rid AS report_rid
         FROM events e JOIN reports r ON r.id = e.report_id ORDER BY e.rid`,
      )
      .raw()
      .iterate() as IterableIterator<RawEvent>;
    const rid = new Int32Array(n);
    const dayStart = new Int32Array(n);
    const dayEnd = new Int32Array(n);
    const counted = new Uint8Array(n);
    const low = new Float64Array(n);
    const best = new Float64Array(n);
    const high = new Float64Array(n);
    const kind = new Uint8Array(n);
    const placeId = new Int32Array(n);
    const placeGov = new Int32Array(n);
    const placeText = new Int32Array(n);
    const destGroup = new Int32Array(n);
    const destArea = new Int32Array(n);
    const destText = new Int32Array(n);
    const reportRid = new Int32Array(n);
    let i = 0;
    let maxRid = 0;
    let maxReportRid = 0;
    for (const e of events) {
      if (i >= n) break;
      rid[i] = e[0];
      if (e[0] > maxRid) maxRid = e[0];
      dayStart[i] = e[1];
      dayEnd[i] = e[2];
      counted[i] = e[4] === null ? 0 : 1;
      low[i] = e[3] ?? 0;
      best[i] = e[4] ?? 0;
      high[i] = e[5] ?? 0;
      kind[i] = KIND_CODES[e[6]] ?? 255;
      placeId[i] = code(e[7]);
      placeGov[i] = code(e[8]);
      placeText[i] = code(e[9]);
      destGroup[i] = code(e[10]);
      destArea[i] = code(e[11]);
      destText[i] = code(e[12]);
      reportRid[i] = e[13];
      if (e[13] > maxReportRid) maxReportRid = e[13];
      i += 1;
    }
    const size = i;
    const entryOfRid = new Int32Array(maxRid + 1).fill(-1);
    for (let k = 0; k < size; k++) entryOfRid[rid[k]] = k;

    const groupKeys: string[] = [];
    const groupCode = new Map<string, number>();
    const groupNames: { name_ar: string; name_en: string | null }[] = [];
    const linkEntry: number[] = [];
    const linkGroup: number[] = [];
    const names = new Map(
      (db.prepare("SELECT group_key, MIN(name_ar) AS name_ar, MIN(name_en) AS name_en FROM event_groups GROUP BY group_key").all() as { group_key: string; name_ar: string; name_en: string | null }[]).map(
        (g) => [g.group_key, { name_ar: g.name_ar, name_en: g.name_en }],
      ),
    );
    const links = db.prepare("SELECT event_rid, group_key FROM event_groups ORDER BY event_rid, position").raw().iterate() as IterableIterator<[number, string]>;
    for (const [eventRid, key] of links) {
      const entry = eventRid <= maxRid ? entryOfRid[eventRid] : -1;
      if (entry < 0) continue;
      let g = groupCode.get(key);
      if (g === undefined) {
        g = groupKeys.length;
        groupKeys.push(key);
        groupCode.set(key, g);
        groupNames.push(names.get(key) ?? { name_ar: key, name_en: null });
      }
      linkEntry.push(entry);
      linkGroup.push(g);
    }
    // Links arrive ordered by event rid = entry order, so offsets are a running count.
    const groupOffsets = new Int32Array(size + 1);
    for (const e of linkEntry) groupOffsets[e + 1] += 1;
    for (let k = 0; k < size; k++) groupOffsets[k + 1] += groupOffsets[k];
    const groupCodesArr = Int32Array.from(linkGroup);
    const perGroup = new Int32Array(groupKeys.length);
    for (const g of linkGroup) perGroup[g] += 1;
    const groupEntries = Array.from(perGroup, (count) => new Int32Array(count));
    const fill = new Int32Array(groupKeys.length);
    linkEntry.forEach((e, k) => {
      const g = linkGroup[k];
      groupEntries[g][fill[g]++] = e;
    });
    return {
      n: size,
      rid: rid.subarray(0, size),
      entryOfRid,
      dayStart: dayStart.subarray(0, size),
      dayEnd: dayEnd.subarray(0, size),
      counted: counted.subarray(0, size),
      low: low.subarray(0, size),
      best: best.subarray(0, size),
      high: high.subarray(0, size),
      kind: kind.subarray(0, size),
      placeId: placeId.subarray(0, size),
      placeGov: placeGov.subarray(0, size),
      placeText: placeText.subarray(0, size),
      destGroup: destGroup.subarray(0, size),
      destArea: destArea.subarray(0, size),
      destText: destText.subarray(0, size),
      reportRid: reportRid.subarray(0, size),
      maxReportRid,
      groupOffsets,
      groupCodes: groupCodesArr,
      groupEntries,
      groupKeys,
      groupCode,
      groupNames,
      strings,
      stringCode,
      ordinals: new Map(),
      matches: new Map(),
    };
  } finally {
    if (own) db.exec("COMMIT");
  }
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

/** reports.rid of every report whose text holds every term (null: no search). */
export function searchReports(db: Database, q: string | null): Int32Array | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
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
  return Int32Array.from(db.prepare(`SELECT rowid FROM report_text WHERE ${conds.join(" AND ")}`).pluck().all(...params) as number[]);
}

/** Which filter dimensions to ignore (a facet ignores its own). */
export interface MatchSkip {
  skipGroups?: boolean;
  skipPlace?: boolean;
  skipDestination?: boolean;
}

const NO_MATCH = -2;

/** The entries that pass a filter. Results are remembered per index (a page asks for the same filter several times). */
export function matchEvents(db: Database, index: EventIndex, filter: EventFilter, skip: MatchSkip = {}): Match {
  const f: IndexedFilter = {
    groups: skip.skipGroups ? [] : [...filter.groups].sort(),
    from: filter.from,
    to: filter.to,
    place: skip.skipPlace ? null : filter.place,
    destination: skip.skipDestination ? null : filter.destination,
    kind: filter.kind,
    q: searchTerms(filter.q).join(" ") || null,
  };
  const key = JSON.stringify(f);
  const hit = index.matches.get(key);
  if (hit) {
    index.matches.delete(key);
    index.matches.set(key, hit); // most recent last
    return hit;
  }
  const result = computeMatch(db, index, f);
  index.matches.set(key, result);
  if (index.matches.size > 32) index.matches.delete(index.matches.keys().next().value as string);
  return result;
}

function computeMatch(db: Database, index: EventIndex, f: IndexedFilter): Match {
  const n = index.n;
  const mask = new Uint8Array(n);
  const codeOf = (s: string | null) => (s === null ? -1 : (index.stringCode.get(s) ?? NO_MATCH));

  // Candidates: the union of the selected groups' entries, or every entry.
  let candidates: Uint8Array | null = null;
  if (f.groups.length > 0) {
    candidates = new Uint8Array(n);
    for (const key of f.groups) {
      const g = index.groupCode.get(key);
      if (g === undefined) continue;
      for (const e of index.groupEntries[g]) candidates[e] = 1;
    }
  }
  const window = monthWindowDays(f.from, f.to);
  const from = window.from ?? -Infinity;
  const to = window.to ?? Infinity;
  const kind = f.kind === null ? -1 : (KIND_CODES[f.kind] ?? NO_MATCH);
  const place = codeOf(f.place);
  let governorate = -1;
  if (f.place !== null) {
    const gov = db.prepare("SELECT governorate FROM places WHERE id = ? AND kind = 'governorate'").pluck().get(f.place) as string | null | undefined;
    if (gov) governorate = codeOf(gov);
  }
  const dest = codeOf(f.destination);
  let reports: Uint8Array | null = null;
  const found = searchReports(db, f.q);
  if (found) {
    reports = new Uint8Array(index.maxReportRid + 1);
    for (const r of found) if (r <= index.maxReportRid) reports[r] = 1;
  }
  if (kind === NO_MATCH || (f.place !== null && place === NO_MATCH && governorate < 0) || dest === NO_MATCH) return { mask, count: 0, lo: null, hi: null };

  const { dayStart, dayEnd, placeId, placeGov, placeText, destGroup, destArea, destText, reportRid } = index;
  let count = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    if (candidates !== null && candidates[i] === 0) continue;
    if (dayEnd[i] < from || dayStart[i] > to) continue;
    if (kind >= 0 && index.kind[i] !== kind) continue;
    if (f.place !== null) {
      const ok =
        (place >= 0 && (placeId[i] === place || placeGov[i] === place || placeText[i] === place)) || (governorate >= 0 && placeGov[i] === governorate);
      if (!ok) continue;
    }
    if (dest >= 0 && destGroup[i] !== dest && destArea[i] !== dest && destText[i] !== dest) continue;
    if (reports !== null && reports[reportRid[i]] === 0) continue;
    mask[i] = 1;
    count += 1;
    if (dayStart[i] < lo) lo = dayStart[i];
    if (dayEnd[i] > hi) hi = dayEnd[i];
  }
  return { mask, count, lo: count > 0 ? lo : null, hi: count > 0 ? hi : null };
}
