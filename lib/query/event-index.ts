import type { Database } from "better-sqlite3";
import { localWriteCount } from "../store/changes";
import * as $build from "./event-index-build";
import { buildIncidentView } from "./incident-view";
import type { EventFilter } from "./types";
const { applyRids, buildIndex, readInOneSnapshot } = $build;

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

export type GroupName = { name_ar: string; name_en: string | null };

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
