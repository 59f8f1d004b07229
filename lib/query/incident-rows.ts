import type { IncidentValues } from "../incidents/types";
import type { EventIndex } from "./event-index";
import type { EventRow, SortColumn, SortDir } from "./types";

/**
 * The table's rows when counting incidents (issue 12): how a row meets its incident, shows the
 * incident's combined values, and which combined rows can reach a page (lib/query/events.ts pages).
 */

/** Joins an event row to its incident (aliases `im`, `ii`): the rows of the incidents mode. */
export const INCIDENT_JOIN = "LEFT JOIN incident_events im ON im.event_rid = e.rid LEFT JOIN incidents ii ON ii.rid = im.incident_rid";

/**
 * A representative telling's row showing its incident's combined values (lib/incidents/combine.ts):
 * kind, groups, date range, count, place and destination, and what its tellings disagree on. The date phrase and the links stay the
 * telling's; the explanation says the range is the incident's. A count that is not the telling's own
 * has no phrase of its own.
 */
export function withCombinedValues(row: EventRow, v: IncidentValues): EventRow {
  const own = row.count;
  const count = v.count === null ? null : { low: v.count.low, best: v.count.best, high: v.count.high, text: own && own.low === v.count.low && own.best === v.count.best && own.high === v.count.high ? own.text : "" };
  const sameRange = row.start === v.date.start && row.end === v.date.end;
  const dateExplanation =
    row.tellings > 1
      ? `${v.date.basis === "hull" ? `The ${row.tellings} tellings' date ranges do not meet (a date conflict): their hull.` : `Where the ${row.tellings} tellings' date ranges meet.`} This telling: ${row.dateExplanation}`
      : row.dateExplanation;
  return {
    ...row,
    kind: v.kind,
    groups: v.groups.map((g) => ({ key: g.id ?? `x:${g.name_ar}`, id: g.id, name_ar: g.name_ar, name_en: g.name_en, known: g.known })),
    start: v.date.start,
    end: v.date.end,
    grain: sameRange ? row.grain : v.date.start === v.date.end ? "day" : "span",
    dateExplanation,
    count,
    place: v.place === null ? null : { text: v.place.text, id: v.place.id, name_ar: v.place.name_ar, governorate: v.place.governorate },
    destination: v.destination === null ? null : { text: v.destination.text, group_id: v.destination.group_id, area: v.destination.area },
    conflicts: v.conflicts.map((c) => c.type),
  };
}

/**
 * The rids of the combined entries that can be among the first `need` rows of the order: those whose
 * primary sort key (the incident's date range or best count, as the index holds them) is at most the
 * `need`-th smallest (largest, descending), ties included; SQL orders them exactly. Other sorts: all.
 */
export function reachingThePage(index: EventIndex, entries: number[], sort: SortColumn, dir: SortDir, need: number): number[] {
  const rids = (list: number[]) => list.map((i) => index.rid[i]);
  if (entries.length <= need || (sort !== "date" && sort !== "count")) return rids(entries);
  // ISO days order as day numbers; (start, end) as one number (|end − end'| < 4,000,000 days); NULL counts first.
  const key = sort === "date" ? (i: number) => index.dayStart[i] * 4e6 + index.dayEnd[i] : (i: number) => (index.counted[i] === 1 ? index.best[i] : -Infinity);
  const keys = Float64Array.from(entries, key).sort();
  const threshold = dir === "asc" ? keys[need - 1] : keys[keys.length - need];
  return rids(entries.filter((i) => (dir === "asc" ? key(i) <= threshold : key(i) >= threshold)));
}
