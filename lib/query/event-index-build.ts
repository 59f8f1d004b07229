/**
 * Building an event index (event-index.ts) from the database: every event from scratch, or a new snapshot from
 * an old one and the rids that changed, read in one snapshot. The columns are filled by event-index-builder.ts.
 */
import type { Database } from "better-sqlite3";
import { binOrdinal } from "./bins";
import type { EventIndex, GroupName } from "./event-index";
import * as $builder from "./event-index-builder";
import type { RawEvent } from "./event-index-builder";
import type { BinGrain } from "./types";
const { IndexBuilder } = $builder;

const EVENT_COLUMNS = `e.rid, e.day_start, e.day_end, e.count_low, e.count_best, e.count_high, e.kind, e.place_id, e.place_governorate, e.place_text,
  e.destination_group_id, e.destination_area, e.destination_text, r.rid AS report_rid, e.review_status != 'unreviewed' AS reviewed`;

/** Runs `read` in one read transaction, so the log and the rows it reads come from the same snapshot. */
export function readInOneSnapshot<T>(db: Database, read: () => T): T {
  const own = !db.inTransaction;
  if (own) db.exec("BEGIN");
  try {
    return read();
  } finally {
    if (own) db.exec("COMMIT");
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
