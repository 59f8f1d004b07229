/**
 * The values of an incident, combined field by field from its tellings (after the eventreport
 * package's presets, but with ranges):
 *  - date: the intersection of the tellings' ranges — each one bounds the incident (an undated one,
 *    beside a dated one, by the month before its report); when they do not meet, the hull, and a
 *    date conflict;
 *  - count: low = the lowest low, high = the highest high, best = the best figure of the most precise
 *    telling (exact over approximation over vague; then the latest report); ranges that do not
 *    overlap are a count conflict;
 *  - kind: the most specific; place and destination: the most specific (then the latest report),
 *    with the others listed as a conflict when they are not the same or contained.
 */
import { foldLetters } from "../arabic/normalize";
import type { EventDestination, EventGroup, EventPlace } from "../extract/types";
import { dayNumber, isoDay } from "../time/day";
import { GAZETTEER, type IncidentGazetteer } from "./gazetteer";
import { countPrecision, countsOverlap } from "./rules/counts";
import { reach } from "./rules/dates";
import { groupMatchKey } from "./rules/groups";
import { kindsBySpecificity } from "./rules/kinds";
import { joinersOf } from "./rules/roles";
import { contains, placeIdentity, placeSpecificity } from "./rules/places";
import { tellingKey, type CombinedCount, type CombinedDate, type Conflict, type IncidentValues, type Telling } from "./types";

export function combine(tellings: readonly Telling[], gaz: IncidentGazetteer = GAZETTEER): IncidentValues {
  if (tellings.length === 0) throw new Error("an incident has at least one telling");
  // Latest report first; the key settles ties so that the order of arrival never matters.
  const byRecency = [...tellings].sort(
    (a, b) =>
      dayNumber(b.published.end) - dayNumber(a.published.end) ||
      dayNumber(b.published.start) - dayNumber(a.published.start) ||
      (tellingKey(a) < tellingKey(b) ? -1 : 1),
  );
  const conflicts: Conflict[] = [];
  const kindsTold = kindsBySpecificity(byRecency.map((t) => t.event.kind));
  const date = combineDate(byRecency, conflicts);
  const count = combineCount(byRecency, conflicts);
  const place = combinePlace(byRecency, gaz, conflicts);
  const destination = combineDestination(byRecency, conflicts);
  return { kind: kindsTold[0], kindsTold, groups: combineGroups(tellings, gaz), count, date, place, destination, conflicts };
}

function combineDate(tellings: readonly Telling[], conflicts: Conflict[]): CombinedDate {
  // Beside a dated telling, an undated one bounds the incident by its reach (rules/dates.ts), not by
  // the default week it is shown with.
  const dated = tellings.some((t) => t.event.date.basis !== "default");
  const bounds = tellings.map((t) => (dated ? reach(t.event.date) : { start: dayNumber(t.event.date.start), end: dayNumber(t.event.date.end) }));
  const [lo, hi] = [Math.max(...bounds.map((b) => b.start)), Math.min(...bounds.map((b) => b.end))];
  if (lo <= hi) return { start: isoDay(lo), end: isoDay(hi), basis: "intersection" };
  const starts = tellings.map((t) => dayNumber(t.event.date.start));
  const ends = tellings.map((t) => dayNumber(t.event.date.end));
  conflicts.push({
    type: "date",
    ranges: sortedByKey(tellings).map((t) => ({ telling: tellingKey(t), start: t.event.date.start, end: t.event.date.end })),
  });
  return { start: isoDay(Math.min(...starts)), end: isoDay(Math.max(...ends)), basis: "hull" };
}

function combineCount(tellings: readonly Telling[], conflicts: Conflict[]): CombinedCount | null {
  const told = tellings.filter((t) => t.event.count !== null);
  if (told.length === 0) return null;
  const count = (t: Telling) => t.event.count as NonNullable<Telling["event"]["count"]>;
  // Stable sort: among equally precise figures the latest report (first in `tellings`) stays first.
  const mostPrecise = [...told].sort((a, b) => countPrecision(count(a)) - countPrecision(count(b)))[0];
  if (!countsOverlap(told.map(count))) {
    conflicts.push({
      type: "count",
      counts: sortedByKey(told).map((t) => ({ telling: tellingKey(t), low: count(t).low, best: count(t).best, high: count(t).high, text: count(t).text })),
    });
  }
  return {
    low: Math.min(...told.map((t) => count(t).low)),
    best: count(mostPrecise).best,
    high: Math.max(...told.map((t) => count(t).high)),
    bestFrom: tellingKey(mostPrecise),
  };
}

function combinePlace(tellings: readonly Telling[], gaz: IncidentGazetteer, conflicts: Conflict[]): EventPlace | null {
  const told = tellings.filter((t) => t.event.place !== null);
  if (told.length === 0) return null;
  const place = (t: Telling) => t.event.place as EventPlace;
  const chosen = [...told].sort((a, b) => placeSpecificity(place(b), gaz) - placeSpecificity(place(a), gaz))[0];
  // A conflict: two places that are neither the same nor one inside the other.
  const distinct = uniqueBy(told, (t) => placeIdentity(place(t)));
  const clash = distinct.some((a) =>
    distinct.some((b) => a !== b && !contains(place(a), place(b), gaz) && !contains(place(b), place(a), gaz)),
  );
  if (clash) {
    conflicts.push({ type: "place", places: sortedByKey(told).map((t) => ({ telling: tellingKey(t), text: place(t).text, id: place(t).id })) });
  }
  return place(chosen);
}

/** A gazetteer group (3) over an area (2) over words only (1). */
function destinationSpecificity(d: EventDestination): number {
  return d.group_id !== null ? 3 : d.area !== null ? 2 : 1;
}

function combineDestination(tellings: readonly Telling[], conflicts: Conflict[]): EventDestination | null {
  const told = tellings.filter((t) => t.event.destination !== null);
  if (told.length === 0) return null;
  const dest = (t: Telling) => t.event.destination as EventDestination;
  const chosen = [...told].sort((a, b) => destinationSpecificity(dest(b)) - destinationSpecificity(dest(a)))[0];
  const identity = (d: EventDestination) => d.group_id ?? d.area ?? `text:${foldLetters(d.text).replace(/\s+/g, " ").trim()}`;
  if (uniqueBy(told, (t) => identity(dest(t))).length > 1) {
    conflicts.push({ type: "destination", destinations: sortedByKey(told).map((t) => ({ telling: tellingKey(t), text: dest(t).text })) });
  }
  return dest(chosen);
}

/**
 * Every group named by any telling, once each (by gazetteer id or folded name), sorted by that key — but not the
 * group of a telling read in crossed roles (rules/roles.ts): that is where another telling's men went.
 */
function combineGroups(tellings: readonly Telling[], gaz: IncidentGazetteer): EventGroup[] {
  const misread = joinersOf(tellings, gaz);
  // (Never every telling: a telling whose men went back to the other's group is no misreading.)
  const joiners = misread.size < tellings.length ? misread : new Set<Telling>();
  const byKeyMap = new Map<string, EventGroup>();
  for (const t of sortedByKey(tellings)) {
    if (joiners.has(t)) continue;
    for (const g of t.event.groups) if (!byKeyMap.has(groupMatchKey(g))) byKeyMap.set(groupMatchKey(g), g);
  }
  return [...byKeyMap.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

function sortedByKey(tellings: readonly Telling[]): Telling[] {
  return [...tellings].sort((a, b) => (tellingKey(a) < tellingKey(b) ? -1 : 1));
}

function uniqueBy<T>(items: readonly T[], key: (x: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const x of items) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()];
}
