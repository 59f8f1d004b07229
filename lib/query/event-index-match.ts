/**
 * Matching a filter over an event index (event-index.ts): the entries that pass it, as a mask, with their count and
 * first and last day. The filter's meaning is lib/query/filter.ts's; the tests check that both agree.
 */
import type { Database } from "better-sqlite3";
import { monthWindowDays } from "./bins";
import { incidentView, type EventIndex, type IncidentColumns, type Match } from "./event-index";
import { KIND_CODES } from "./event-index-builder";
import { governorateOfPlace, searchReports, searchTerms } from "./filter";
import type { EventFilter } from "./types";

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
