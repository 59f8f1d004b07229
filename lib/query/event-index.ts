import type { Database } from "better-sqlite3";
import { localWriteCount } from "../store/changes";
import { binOrdinal, monthWindowDays } from "./bins";
import { governorateOfPlace, searchReports, searchTerms } from "./filter";
import { buildIncidentView } from "./incident-view";
import type { BinGrain, EventFilter } from "./types";

/**
 * An in-memory, column-wise copy of the fields the dashboard filters and charts on, one entry per
 * event, built from the database in one pass and then kept up to date change by change.
 *
 * Why: with 100,000 events, SQLite needs 100+ ms to scan and group the events for the chart or the
 * facets on this machine; typed arrays answer the same filter in about a millisecond. The database
 * stays the source of truth: rows, sorting and paging are read from SQL (lib/query/events.ts), and
 * the tests check that this index and the SQL filter agree on random stores.
 *
 * Freshness: every insert and delete of an event appends its rid to `event_changes` (a trigger,
 * migration 4). Writes through lib/store/write.ts on the same connection mark the index stale at
 * once (lib/store/changes.ts); another process's commits (an ingest while the server runs) are seen through
 * `PRAGMA data_version`, checked at most every `FOREIGN_REFRESH_MS`. A refresh re-reads only the
 * logged rids (at most `CHANGES_PER_STEP` per step, a few milliseconds) and builds a new snapshot from
 * the old one; a longer backlog is worked off in further steps between requests (setImmediate) while
 * the current snapshot keeps serving. A full build (about a second at 100,000 events) happens only at
 * the first use (warmed at server start by instrumentation.ts) or when the log was pruned past us.
 */

export const FOREIGN_REFRESH_MS = 1000;
let foreignRefreshMs = FOREIGN_REFRESH_MS;

/** How long the index may lag behind another process's commits (tests set 0). */
export function setForeignRefresh(ms: number): void {
  foreignRefreshMs = ms;
}

/** Changed rids applied per step: bounds one step to a few milliseconds of reading. */
export const CHANGES_PER_STEP = 2000;
let changesPerStep = CHANGES_PER_STEP;

/** Tests use small steps to exercise a backlog worked off in several steps. */
export function setChangesPerStep(n: number): void {
  changesPerStep = n;
}

export const KIND_CODES: Record<string, number> = { defection: 0, desertion: 1, attempted: 2 };

/** A filter reduced to what decides a match (the cache key). */
interface IndexedFilter {
  groups: string[];
  from: string | null;
  to: string | null;
  place: string | null;
  destination: string | null;
  kind: string | null;
  q: string | null;
  /** Incidents: one entry per incident, with its combined values (issue 12, incident-view.ts). */
  incidents: boolean;
  reviewed: boolean;
}

type GroupName = { name_ar: string; name_en: string | null };

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
  /** 1 when a person reviewed the event (accepted, edited or added it). */
  reviewed: Uint8Array;
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
  groupNames: GroupName[];
  /** Codes are only ever added (a snapshot after deletions may hold strings no entry uses). */
  strings: string[];
  stringCode: Map<string, number>;
  /** Bin ordinals per grain, computed on first use. */
  ordinals: Map<string, { start: Int32Array; end: Int32Array }>;
  /** Recent filter results (see `matchEvents`). */
  matches: Map<string, Match>;
  /** Set on an incident view (incident-view.ts): the entries it counts and each entry's tellings' reports. */
  incidents?: IncidentColumns;
}

/**
 * What an incident view adds to the columns: the entries it counts (each incident's representative
 * telling, and events without an incident), each entry's tellings' reports (a search matches an
 * incident when one of its reports holds every term), and the names of the combined places.
 */
export interface IncidentColumns {
  /** The event index the view was made from. */
  base: EventIndex;
  counts: Uint8Array;
  /** 1 on the representative of an incident of several tellings: its values are not its own event's. */
  combined: Uint8Array;
  /** reports.rid of the tellings of entry i: reportRids[reportOffsets[i] .. reportOffsets[i+1]). */
  reportOffsets: Int32Array;
  reportRids: Int32Array;
  /** The Arabic name and governorate of each entry's combined place (for places the gazetteer lacks). */
  placeName: (entry: number) => { name_ar: string | null; governorate: string | null } | null;
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
  /** Last event_changes.seq applied. */
  seq: number;
  /** A backlog step is scheduled. */
  catchingUp: boolean;
}

/** What a connection saw at its last check. */
interface Seen {
  localVersion: number;
  dataVersion: number;
  checkedAt: number;
}

/**
 * One index per database FILE for the whole process, kept on globalThis: Next bundles this module
 * separately for pages, route handlers and instrumentation, each with its own connection, and three
 * copies of a 100,000-event index would be built, held and updated three times. Any connection to the
 * file can bring the shared index up to date, since the change log is in the file.
 */
const REGISTRY = Symbol.for("inshiqaq.eventIndex");
const registry: Map<unknown, Cached> = ((globalThis as Record<symbol, unknown>)[REGISTRY] as Map<unknown, Cached> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[REGISTRY] = new Map<unknown, Cached>());
const seenBy = new WeakMap<Database, Seen>();

/** In-memory databases are one per connection; files are shared by name. */
function fileKey(db: Database): unknown {
  return db.memory ? db : db.name;
}

/**
 * A number that changes whenever the index of a database is replaced by a newer snapshot (built or
 * updated from the change log): results computed from one snapshot can be cached under it.
 */
const generations = new WeakMap<EventIndex, number>();
let lastGeneration = 0;
export function indexGeneration(index: EventIndex): number {
  let g = generations.get(index);
  if (g === undefined) {
    g = ++lastGeneration;
    generations.set(index, g);
  }
  return g;
}

/** Drops the index of a database (tests, benchmarks). */
export function forgetIndex(db: Database): void {
  registry.delete(fileKey(db));
}

/** Drops the remembered filter results (benchmarks measure cold filters). */
export function clearMatches(db: Database): void {
  registry.get(fileKey(db))?.index.matches.clear();
}

/** The index of a database: built on first use, then brought up to date with the logged changes. */
export function eventIndex(db: Database): EventIndex {
  const key = fileKey(db);
  const localVersion = localWriteCount(db);
  const now = Date.now();
  let c = registry.get(key);
  if (!c) {
    const dataVersion = db.pragma("data_version", { simple: true }) as number;
    const built = readInOneSnapshot(db, () => ({ index: buildIndex(db), seq: lastChange(db) }));
    c = { ...built, catchingUp: false };
    registry.set(key, c);
    seenBy.set(db, { localVersion, dataVersion, checkedAt: now });
    return c.index;
  }
  const seen = seenBy.get(db);
  if (seen && seen.localVersion === localVersion && (c.catchingUp || now - seen.checkedAt < foreignRefreshMs)) return c.index;
  const dataVersion = db.pragma("data_version", { simple: true }) as number;
  // A connection new to this index checks the log once (the file may have changed since it was built).
  if (seen && seen.localVersion === localVersion && seen.dataVersion === dataVersion) {
    seen.checkedAt = now;
    return c.index;
  }
  seenBy.set(db, { localVersion, dataVersion, checkedAt: now });
  // A remembered match may depend on more than the events (the places table decides a governorate).
  c.index.matches.clear();
  views.get(c.index)?.matches.clear();
  catchUp(db, key, c);
  return c.index;
}

/** Applies one step of logged changes; schedules the next step when more remain. */
function catchUp(db: Database, key: unknown, c: Cached): void {
  const more = readInOneSnapshot(db, () => applyChanges(db, c));
  if (more && !c.catchingUp) {
    c.catchingUp = true;
    const step = () => {
      if (!db.open || registry.get(key) !== c) {
        c.catchingUp = false;
        return;
      }
      try {
        if (readInOneSnapshot(db, () => applyChanges(db, c))) {
          setImmediate(step);
          return;
        }
      } catch (error) {
        console.error("event index: catching up failed; next check retries", error);
      }
      c.catchingUp = false;
    };
    setImmediate(step);
  }
}

/** Runs `read` in one read transaction, so the log and the rows it reads come from the same snapshot. */
function readInOneSnapshot<T>(db: Database, read: () => T): T {
  const own = !db.inTransaction;
  if (own) db.exec("BEGIN");
  try {
    return read();
  } finally {
    if (own) db.exec("COMMIT");
  }
}

function lastChange(db: Database): number {
  return (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'event_changes'").pluck().get() as number | undefined) ?? 0;
}

/** One step: re-reads the rids logged after `c.seq` (at most `changesPerStep` log rows). Returns whether more remain. */
function applyChanges(db: Database, c: Cached): boolean {
  const first = db.prepare("SELECT MIN(seq) FROM event_changes").pluck().get() as number | null;
  if ((first !== null && first > c.seq + 1) || lastChange(db) < c.seq) {
    // Pruned past us (the log no longer holds every change since our snapshot), or another file now.
    c.index = buildIndex(db);
    c.seq = lastChange(db);
    return false;
  }
  const log = db.prepare("SELECT seq, rid FROM event_changes WHERE seq > ? ORDER BY seq LIMIT ?").raw().all(c.seq, changesPerStep + 1) as [number, number][];
  if (log.length === 0) return false;
  const more = log.length > changesPerStep;
  if (more) log.length = changesPerStep;
  const changed = [...new Set(log.map(([, rid]) => rid))].sort((a, b) => a - b);
  c.index = applyRids(db, c.index, changed);
  c.seq = log[log.length - 1][0];
  return more;
}

/** rid, day_start, day_end, count_low, count_best, count_high, kind, place_id, place_governorate, place_text,
 * destination_group_id, destination_area, destination_text, report rid, reviewed (0/1). */
type RawEvent = [number, number, number, number | null, number | null, number | null, string, string | null, string | null, string | null, string | null, string | null, string | null, number, number];

const EVENT_COLUMNS = `e.rid, e.day_start, e.day_end, e.count_low, e.count_best, e.count_high, e.kind, e.place_id, e.place_governorate, e.place_text,
  e.destination_group_id, e.destination_area, e.destination_text, r.rid AS report_rid, e.review_status != 'unreviewed' AS reviewed`;

/**
 * Fills the columns of a new snapshot, entry by entry in ascending rid order, then adds the group
 * links in the same order. The dictionaries (strings, group keys) start as copies of a base snapshot's,
 * so codes stay valid and a snapshot still in use is never changed.
 */
class IndexBuilder {
  n = 0;
  maxRid = 0;
  maxReportRid = 0;
  readonly rid: Int32Array;
  readonly dayStart: Int32Array;
  readonly dayEnd: Int32Array;
  readonly counted: Uint8Array;
  readonly low: Float64Array;
  readonly best: Float64Array;
  readonly high: Float64Array;
  readonly kind: Uint8Array;
  readonly reviewed: Uint8Array;
  readonly placeId: Int32Array;
  readonly placeGov: Int32Array;
  readonly placeText: Int32Array;
  readonly destGroup: Int32Array;
  readonly destArea: Int32Array;
  readonly destText: Int32Array;
  readonly reportRid: Int32Array;
  strings: string[];
  stringCode: Map<string, number>;
  groupKeys: string[];
  groupCode: Map<string, number>;
  groupNames: GroupName[];
  readonly linkEntry: number[] = [];
  readonly linkGroup: number[] = [];
  /** Where the rid→entry merge of `addLink` stands. */
  private linkCursor = 0;

  constructor(capacity: number, base: EventIndex | null) {
    this.rid = new Int32Array(capacity);
    this.dayStart = new Int32Array(capacity);
    this.dayEnd = new Int32Array(capacity);
    this.counted = new Uint8Array(capacity);
    this.low = new Float64Array(capacity);
    this.best = new Float64Array(capacity);
    this.high = new Float64Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.reviewed = new Uint8Array(capacity);
    this.placeId = new Int32Array(capacity);
    this.placeGov = new Int32Array(capacity);
    this.placeText = new Int32Array(capacity);
    this.destGroup = new Int32Array(capacity);
    this.destArea = new Int32Array(capacity);
    this.destText = new Int32Array(capacity);
    this.reportRid = new Int32Array(capacity);
    this.strings = base ? base.strings : [];
    this.stringCode = base ? base.stringCode : new Map();
    this.groupKeys = base ? base.groupKeys : [];
    this.groupCode = base ? base.groupCode : new Map();
    this.groupNames = base ? base.groupNames : [];
    this.sharedStrings = this.sharedGroups = base !== null;
  }

  /** The dictionaries are the base snapshot's until something is added (copy on write). */
  private sharedStrings: boolean;
  private sharedGroups: boolean;

  code(s: string | null): number {
    if (s === null) return -1;
    let c = this.stringCode.get(s);
    if (c === undefined) {
      if (this.sharedStrings) {
        this.strings = this.strings.slice();
        this.stringCode = new Map(this.stringCode);
        this.sharedStrings = false;
      }
      c = this.strings.length;
      this.strings.push(s);
      this.stringCode.set(s, c);
    }
    return c;
  }

  private ownGroups(): void {
    if (!this.sharedGroups) return;
    this.groupKeys = this.groupKeys.slice();
    this.groupCode = new Map(this.groupCode);
    this.groupNames = this.groupNames.slice();
    this.sharedGroups = false;
  }

  /**
   * The code of a group, added when new. With `merge` (an update), a known group keeps the smallest
   * names seen, like the full build's MIN(); a name whose only events were deleted may linger until
   * the next full build (facets prefer the gazetteer's names anyway).
   */
  groupOf(key: string, name: GroupName, merge: boolean): number {
    let g = this.groupCode.get(key);
    if (g === undefined) {
      this.ownGroups();
      g = this.groupKeys.length;
      this.groupKeys.push(key);
      this.groupCode.set(key, g);
      this.groupNames.push(name);
    } else if (merge) {
      const known = this.groupNames[g];
      const name_ar = name.name_ar < known.name_ar ? name.name_ar : known.name_ar;
      const name_en = known.name_en === null || (name.name_en !== null && name.name_en < known.name_en) ? name.name_en : known.name_en;
      if (name_ar !== known.name_ar || name_en !== known.name_en) {
        this.ownGroups();
        this.groupNames[g] = { name_ar, name_en };
      }
    }
    return g;
  }

  addRow(e: RawEvent): void {
    const i = this.n++;
    this.rid[i] = e[0];
    if (e[0] > this.maxRid) this.maxRid = e[0];
    this.dayStart[i] = e[1];
    this.dayEnd[i] = e[2];
    this.counted[i] = e[4] === null ? 0 : 1;
    this.low[i] = e[3] ?? 0;
    this.best[i] = e[4] ?? 0;
    this.high[i] = e[5] ?? 0;
    this.kind[i] = KIND_CODES[e[6]] ?? 255;
    this.placeId[i] = this.code(e[7]);
    this.placeGov[i] = this.code(e[8]);
    this.placeText[i] = this.code(e[9]);
    this.destGroup[i] = this.code(e[10]);
    this.destArea[i] = this.code(e[11]);
    this.destText[i] = this.code(e[12]);
    this.reportRid[i] = e[13];
    this.reviewed[i] = e[14];
    if (e[13] > this.maxReportRid) this.maxReportRid = e[13];
  }

  /** A link of the full build, in ascending (rid, position) order. */
  addLink(eventRid: number, key: string, name: () => GroupName): void {
    while (this.linkCursor < this.n && this.rid[this.linkCursor] < eventRid) this.linkCursor++;
    if (this.linkCursor >= this.n || this.rid[this.linkCursor] !== eventRid) return;
    const g = this.groupCode.get(key) ?? this.groupOf(key, name(), false);
    this.linkEntry.push(this.linkCursor);
    this.linkGroup.push(g);
  }

  finish(): EventIndex {
    // Links were added in entry order, so offsets are a running count.
    const groupOffsets = new Int32Array(this.n + 1);
    for (const e of this.linkEntry) groupOffsets[e + 1] += 1;
    for (let k = 0; k < this.n; k++) groupOffsets[k + 1] += groupOffsets[k];
    return this.finishWith(groupOffsets, Int32Array.from(this.linkGroup));
  }

  /** The snapshot, given the group links of every entry (CSR: offsets per entry into codes). */
  finishWith(groupOffsets: Int32Array, groupCodes: Int32Array): EventIndex {
    const size = this.n;
    const entryOfRid = new Int32Array(this.maxRid + 1).fill(-1);
    for (let k = 0; k < size; k++) entryOfRid[this.rid[k]] = k;
    const perGroup = new Int32Array(this.groupKeys.length);
    for (const g of groupCodes) perGroup[g] += 1;
    const groupEntries = Array.from(perGroup, (count) => new Int32Array(count));
    const fill = new Int32Array(this.groupKeys.length);
    for (let i = 0; i < size; i++) {
      for (let k = groupOffsets[i]; k < groupOffsets[i + 1]; k++) {
        const g = groupCodes[k];
        groupEntries[g][fill[g]++] = i;
      }
    }
    return {
      n: size,
      rid: this.rid.subarray(0, size),
      entryOfRid,
      dayStart: this.dayStart.subarray(0, size),
      dayEnd: this.dayEnd.subarray(0, size),
      counted: this.counted.subarray(0, size),
      low: this.low.subarray(0, size),
      best: this.best.subarray(0, size),
      high: this.high.subarray(0, size),
      kind: this.kind.subarray(0, size),
      reviewed: this.reviewed.subarray(0, size),
      placeId: this.placeId.subarray(0, size),
      placeGov: this.placeGov.subarray(0, size),
      placeText: this.placeText.subarray(0, size),
      destGroup: this.destGroup.subarray(0, size),
      destArea: this.destArea.subarray(0, size),
      destText: this.destText.subarray(0, size),
      reportRid: this.reportRid.subarray(0, size),
      maxReportRid: this.maxReportRid,
      groupOffsets,
      groupCodes,
      groupEntries,
      groupKeys: this.groupKeys,
      groupCode: this.groupCode,
      groupNames: this.groupNames,
      strings: this.strings,
      stringCode: this.stringCode,
      ordinals: new Map(),
      matches: new Map(),
    };
  }
}

/** Builds the index of every event from scratch. */
export function buildIndex(db: Database): EventIndex {
  return readInOneSnapshot(db, () => {
    const n = db.prepare("SELECT COUNT(*) FROM events").pluck().get() as number;
    const b = new IndexBuilder(n, null);
    // Raw rows (arrays, not objects) are read about twice as fast.
    const events = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e JOIN reports r ON r.id = e.report_id ORDER BY e.rid`).raw().iterate() as IterableIterator<RawEvent>;
    for (const e of events) {
      if (b.n >= n) break;
      b.addRow(e);
    }
    const names = new Map(
      (db.prepare("SELECT group_key, MIN(name_ar) AS name_ar, MIN(name_en) AS name_en FROM event_groups GROUP BY group_key").all() as ({ group_key: string } & GroupName)[]).map(
        (g) => [g.group_key, { name_ar: g.name_ar, name_en: g.name_en }],
      ),
    );
    const links = db.prepare("SELECT event_rid, group_key FROM event_groups ORDER BY event_rid, position").raw().iterate() as IterableIterator<[number, string]>;
    for (const [eventRid, key] of links) b.addLink(eventRid, key, () => names.get(key) ?? { name_ar: key, name_en: null });
    return b.finish();
  });
}

/** The per-entry columns, copied run by run when a snapshot is updated. */
const COLUMNS = ["rid", "dayStart", "dayEnd", "counted", "low", "best", "high", "kind", "reviewed", "placeId", "placeGov", "placeText", "destGroup", "destArea", "destText", "reportRid"] as const;
type ColumnName = (typeof COLUMNS)[number];

/**
 * A new snapshot: `old` without the entries of `changed` rids, plus those rids' current rows.
 * SQLite gives a new event a rid above every live one, so the re-read rows come after the kept
 * entries. Kept entries are copied in runs (typed-array block copies): a step costs a few
 * milliseconds at 100,000 events whatever the number of changes.
 */
export function applyRids(db: Database, old: EventIndex, changed: number[]): EventIndex {
  if (changed.length === 0) return old;
  const json = JSON.stringify(changed);
  const rows = db
    .prepare(`SELECT ${EVENT_COLUMNS} FROM events e JOIN reports r ON r.id = e.report_id WHERE e.rid IN (SELECT value FROM json_each(?)) ORDER BY e.rid`)
    .raw()
    .all(json) as RawEvent[];
  const links = db
    .prepare("SELECT event_rid, group_key, name_ar, name_en FROM event_groups WHERE event_rid IN (SELECT value FROM json_each(?)) ORDER BY event_rid, position")
    .raw()
    .all(json) as [number, string, string, string | null][];

  // Runs of kept entries [start, end).
  const dropped: number[] = [];
  for (const rid of changed) {
    const entry = rid < old.entryOfRid.length ? old.entryOfRid[rid] : -1;
    if (entry >= 0) dropped.push(entry);
  }
  dropped.sort((a, b) => a - b);
  const runs: [number, number][] = [];
  let from = 0;
  for (const d of dropped) {
    if (d > from) runs.push([from, d]);
    from = d + 1;
  }
  if (old.n > from) runs.push([from, old.n]);
  const kept = runs.reduce((sum, [a, b]) => sum + b - a, 0);
  const lastKept = runs.length > 0 ? old.rid[runs[runs.length - 1][1] - 1] : -1;
  // Not expected with SQLite's rowids; the order the arrays rely on would break, so start over.
  if (rows.length > 0 && rows[0][0] <= lastKept) return buildIndex(db);

  const size = kept + rows.length;
  const b = new IndexBuilder(size, old);
  const keptLinks = runs.reduce((sum, [a, e]) => sum + old.groupOffsets[e] - old.groupOffsets[a], 0);
  const groupCodes = new Int32Array(keptLinks + links.length);
  const groupOffsets = new Int32Array(size + 1);
  let at = 0;
  let linkAt = 0;
  for (const [a, e] of runs) {
    for (const name of COLUMNS) (b[name] as Int32Array).set((old[name] as Int32Array).subarray(a, e), at);
    const la = old.groupOffsets[a];
    const le = old.groupOffsets[e];
    groupCodes.set(old.groupCodes.subarray(la, le), linkAt);
    for (let i = a; i < e; i++) groupOffsets[at + i - a + 1] = old.groupOffsets[i + 1] - la + linkAt;
    at += e - a;
    linkAt += le - la;
  }
  b.n = kept;
  for (const row of rows) b.addRow(row);
  // The new rows' links, merged by rid (both in ascending order).
  let entry = kept;
  for (const [eventRid, key, name_ar, name_en] of links) {
    while (entry < size && b.rid[entry] < eventRid) groupOffsets[++entry] = linkAt;
    if (entry >= size || b.rid[entry] !== eventRid) continue;
    groupCodes[linkAt++] = b.groupOf(key, { name_ar, name_en }, true);
    groupOffsets[entry + 1] = linkAt;
  }
  while (entry < size) groupOffsets[++entry] = linkAt;
  let maxRid = 0;
  let maxReportRid = 0;
  for (let i = 0; i < size; i++) {
    if (b.rid[i] > maxRid) maxRid = b.rid[i];
    if (b.reportRid[i] > maxReportRid) maxReportRid = b.reportRid[i];
  }
  b.maxRid = maxRid;
  b.maxReportRid = maxReportRid;
  const index = b.finishWith(groupOffsets, groupCodes.subarray(0, linkAt));
  // The chart's bin ordinals carry over too (computing them for every entry costs ~20 ms per grain).
  for (const [grain, o] of old.ordinals) {
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    let to = 0;
    for (const [a, e] of runs) {
      start.set(o.start.subarray(a, e), to);
      end.set(o.end.subarray(a, e), to);
      to += e - a;
    }
    for (let i = kept; i < size; i++) {
      start[i] = binOrdinal(index.dayStart[i], grain as BinGrain);
      end[i] = binOrdinal(index.dayEnd[i], grain as BinGrain);
    }
    index.ordinals.set(grain, { start, end });
  }
  return index;
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
  // The view and its base number their entries alike: a mask of one serves the other.
  const base = index.incidents?.base ?? index;
  if (filter.unit === "incidents") index = incidentView(db, base);
  else index = base;
  const f: IndexedFilter = {
    groups: skip.skipGroups ? [] : [...filter.groups].sort(),
    from: filter.from,
    to: filter.to,
    place: skip.skipPlace ? null : filter.place,
    destination: skip.skipDestination ? null : filter.destination,
    kind: filter.kind,
    q: searchTerms(filter.q).join(" ") || null,
    incidents: filter.unit === "incidents",
    reviewed: filter.reviewed === true,
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

/** The filter's meaning (lib/query/filter.ts) over the index's columns. */
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
    const gov = governorateOfPlace(db, f.place);
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
  const counts = index.incidents?.counts ?? null;
  const tellingReports = index.incidents ?? null;
  let count = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    if (candidates !== null && candidates[i] === 0) continue;
    if (counts !== null && counts[i] === 0) continue;
    if (dayEnd[i] < from || dayStart[i] > to) continue;
    if (kind >= 0 && index.kind[i] !== kind) continue;
    if (f.reviewed && index.reviewed[i] === 0) continue;
    if (f.place !== null) {
      const ok =
        (place >= 0 && (placeId[i] === place || placeGov[i] === place || placeText[i] === place)) || (governorate >= 0 && placeGov[i] === governorate);
      if (!ok) continue;
    }
    if (dest >= 0 && destGroup[i] !== dest && destArea[i] !== dest && destText[i] !== dest) continue;
    if (reports !== null) {
      if (tellingReports === null) {
        if (reports[reportRid[i]] === 0) continue;
      } else if (!anyReport(tellingReports, i, reports)) continue;
    }
    mask[i] = 1;
    count += 1;
    if (dayStart[i] < lo) lo = dayStart[i];
    if (dayEnd[i] > hi) hi = dayEnd[i];
  }
  return { mask, count, lo: count > 0 ? lo : null, hi: count > 0 ? hi : null };
}

/** Whether one of entry i's tellings was told by a report of `reports`. */
function anyReport(c: IncidentColumns, i: number, reports: Uint8Array): boolean {
  for (let k = c.reportOffsets[i]; k < c.reportOffsets[i + 1]; k++) if (reports[c.reportRids[k]] === 1) return true;
  return false;
}

const views = new WeakMap<EventIndex, EventIndex>();

/**
 * The incident view of a snapshot (incident-view.ts): the same entries, each incident's
 * representative telling carrying the incident's combined values. Made once per snapshot: incidents
 * change only in a transaction that changes events (or logs them, lib/store/incident-decisions.ts),
 * and that makes a new snapshot.
 */
export function incidentView(db: Database, index: EventIndex): EventIndex {
  const base = index.incidents?.base ?? index;
  let view = views.get(base);
  if (!view) {
    view = readInOneSnapshot(db, () => buildIncidentView(db, base));
    views.set(base, view);
  }
  return view;
}

/** The index whose columns a filter reads: the incident view when it counts incidents. */
export function indexFor(db: Database, filter: Pick<EventFilter, "unit">): EventIndex {
  const index = eventIndex(db);
  return filter.unit === "incidents" ? incidentView(db, index) : index;
}

/** For incident-view.ts: a new snapshot's columns filled from a base snapshot's dictionaries. */
export function newBuilder(capacity: number, base: EventIndex): IndexBuilder {
  return new IndexBuilder(capacity, base);
}
export type { IndexBuilder };
