import type { Database } from "better-sqlite3";
import type { EventDestination, EventGroup, EventPlace } from "../extract/types";
import type { IncidentValues } from "../incidents/types";
import { dayNumber } from "../time/day";
import { binOrdinal } from "./bins";
import type { EventIndex, IncidentColumns } from "./event-index";
import { KIND_CODES, newBuilder } from "./event-index-builder";
import type { BinGrain } from "./types";

/**
 * Counting incidents (issue 12): the incident view of an event-index snapshot. It has the same
 * entries as the snapshot, so that masks, rids and the table's SQL work unchanged, but
 * - only one entry per incident counts: its representative telling (REPRESENTATIVE below), plus every
 *   event that has no incident yet (it is its own);
 * - the representative carries the incident's COMBINED values (lib/incidents/combine.ts, stored in
 *   `incidents.json` by lib/store/incidents.ts): date range, count (none stays none), kind, place,
 *   destination, and the incident's groups (every group any telling names);
 * - it is "reviewed" only when every telling is reviewed (its count draws on all of them);
 * - a search matches it when one of its tellings' reports holds every term.
 * The SQL reference (testing/sql-reference.ts) states the same meaning in SQL; the equivalence test
 * compares the two on random stores.
 *
 * An incident told once IS its telling (combine.ts of one telling gives its own values), so only the
 * incidents of two or more tellings are read: per snapshot, one pass over the incident_events index
 * and the members and JSON of those few incidents (the first-telling mask before it read every
 * membership).
 */

/**
 * The members of every incident told by two or more tellings, with its combined values. Each
 * incident's representative: the telling whose event id names it ("inc~" + event id; every incident
 * is named by one of its tellings, lib/incidents/types.ts tellingKey).
 */
export const MEMBERS_SQL = `SELECT m.event_rid, m.incident_rid, (i.id = 'inc~' || e.id) AS named, i.json
  FROM (SELECT incident_rid FROM incident_events GROUP BY incident_rid HAVING COUNT(*) > 1) AS x
  CROSS JOIN incident_events m ON m.incident_rid = x.incident_rid JOIN incidents i ON i.rid = m.incident_rid JOIN events e ON e.rid = m.event_rid`;

/** An incident's combined values as the view stores them. */
interface Combined {
  dayStart: number;
  dayEnd: number;
  count: { low: number; best: number; high: number } | null;
  kind: number;
  place: EventPlace | null;
  destination: EventDestination | null;
  groups: Array<{ key: string; name: { name_ar: string; name_en: string | null } }>;
}

/** The filter key of a group (lib/store/write.ts groupKey). */
function keyOf(g: Pick<EventGroup, "id" | "name_ar">): string {
  return g.id ?? `x:${g.name_ar}`;
}

function parseCombined(json: string): Combined {
  const v = JSON.parse(json) as IncidentValues;
  const seen = new Set<string>();
  const groups: Combined["groups"] = [];
  for (const g of v.groups) {
    const key = keyOf(g);
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push({ key, name: { name_ar: g.name_ar, name_en: g.name_en } });
  }
  return {
    dayStart: dayNumber(v.date.start),
    dayEnd: dayNumber(v.date.end),
    count: v.count === null ? null : { low: v.count.low, best: v.count.best, high: v.count.high },
    kind: KIND_CODES[v.kind] ?? 255,
    place: v.place,
    destination: v.destination,
    groups,
  };
}

const COLUMNS = ["rid", "dayStart", "dayEnd", "counted", "low", "best", "high", "kind", "reviewed", "placeId", "placeGov", "placeText", "destGroup", "destArea", "destText", "reportRid"] as const;

export function buildIncidentView(db: Database, base: EventIndex): EventIndex {
  const n = base.n;
  // Members of each incident of several tellings, by entry.
  const incidentOf = new Int32Array(n).fill(-1);
  const repOf = new Map<number, number>(); // incident rid → representative entry
  const values = new Map<number, Combined>();
  for (const [eventRid, incidentRid, isNamed, json] of db.prepare(MEMBERS_SQL).raw().iterate() as IterableIterator<[number, number, number, string]>) {
    const entry = eventRid < base.entryOfRid.length ? base.entryOfRid[eventRid] : -1;
    if (entry < 0) continue;
    incidentOf[entry] = incidentRid;
    if (!values.has(incidentRid)) values.set(incidentRid, parseCombined(json));
    if (isNamed === 1) repOf.set(incidentRid, entry);
  }

  const b = newBuilder(n, base);
  for (const name of COLUMNS) (b[name] as Int32Array).set(base[name] as Int32Array);
  b.n = n;
  const counts = new Uint8Array(n);
  // 1 on the representative of an incident of several tellings (its values are not its event's own).
  const combined = new Uint8Array(n);
  const placeNames = new Map<number, { name_ar: string | null; governorate: string | null }>();
  // Every member reviewed → the representative is; the tellings' reports, per entry.
  const allReviewed = new Map<number, boolean>();
  const reportsOf = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const inc = incidentOf[i];
    if (inc < 0) continue;
    allReviewed.set(inc, (allReviewed.get(inc) ?? true) && base.reviewed[i] === 1);
    const list = reportsOf.get(inc);
    if (list) list.push(base.reportRid[i]);
    else reportsOf.set(inc, [base.reportRid[i]]);
  }
  // The representatives: their combined values, groups and tellings' reports.
  const groupsOf = new Map<number, Int32Array>(); // representative entry → its incident's group codes
  const reportsOfRep = new Map<number, number[]>();
  let extraGroups = 0;
  let extraReports = 0;
  for (const [inc, i] of repOf) {
    counts[i] = 1;
    const v = values.get(inc);
    if (v === undefined) continue; // not readable (gone between two reads): the telling counts as itself
    combined[i] = 1;
    b.dayStart[i] = v.dayStart;
    b.dayEnd[i] = v.dayEnd;
    b.counted[i] = v.count === null ? 0 : 1;
    b.low[i] = v.count?.low ?? 0;
    b.best[i] = v.count?.best ?? 0;
    b.high[i] = v.count?.high ?? 0;
    b.kind[i] = v.kind;
    b.reviewed[i] = allReviewed.get(inc) ? 1 : 0;
    b.placeId[i] = b.code(v.place?.id ?? null);
    b.placeGov[i] = b.code(v.place?.governorate ?? null);
    b.placeText[i] = b.code(v.place?.text ?? null);
    if (v.place) placeNames.set(i, { name_ar: v.place.name_ar ?? v.place.text, governorate: v.place.governorate });
    b.destGroup[i] = b.code(v.destination?.group_id ?? null);
    b.destArea[i] = b.code(v.destination?.area ?? null);
    b.destText[i] = b.code(v.destination?.text ?? null);
    const codes = Int32Array.from(v.groups, (g) => b.groupOf(g.key, g.name, false));
    groupsOf.set(i, codes);
    extraGroups += codes.length;
    const reports = reportsOf.get(inc) ?? [];
    reportsOfRep.set(i, reports);
    extraReports += reports.length;
  }
  for (let i = 0; i < n; i++) if (incidentOf[i] < 0) counts[i] = 1;
  // Group links and tellings' reports per entry (CSR); an entry that is not a combined one keeps its own.
  const reportOffsets = new Int32Array(n + 1);
  const reportRids = new Int32Array(n + extraReports);
  const groupOffsets = new Int32Array(n + 1);
  const groupCodes = new Int32Array(base.groupCodes.length + extraGroups);
  let g = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    if (combined[i] === 1) {
      const codes = groupsOf.get(i) as Int32Array;
      groupCodes.set(codes, g);
      g += codes.length;
      for (const rid of reportsOfRep.get(i) as number[]) reportRids[r++] = rid;
    } else {
      const from = base.groupOffsets[i];
      const to = base.groupOffsets[i + 1];
      groupCodes.set(base.groupCodes.subarray(from, to), g);
      g += to - from;
      reportRids[r++] = base.reportRid[i];
    }
    groupOffsets[i + 1] = g;
    reportOffsets[i + 1] = r;
  }
  b.maxRid = n > 0 ? base.rid[n - 1] : 0;
  b.maxReportRid = base.maxReportRid;
  const view = b.finishWith(groupOffsets, groupCodes.subarray(0, g));
  // Bin ordinals the base has computed carry over; only the representatives' ranges are recomputed.
  for (const [grain, o] of base.ordinals) {
    const start = o.start.slice();
    const end = o.end.slice();
    for (const entry of repOf.values()) {
      start[entry] = binOrdinal(view.dayStart[entry], grain as BinGrain);
      end[entry] = binOrdinal(view.dayEnd[entry], grain as BinGrain);
    }
    view.ordinals.set(grain, { start, end });
  }
  const incidents: IncidentColumns = {
    base,
    counts,
    combined,
    reportOffsets,
    reportRids: reportRids.subarray(0, r),
    placeName: (entry) => (counts[entry] === 1 && placeNames.has(entry) ? (placeNames.get(entry) ?? null) : null),
  };
  view.incidents = incidents;
  return view;
}
