import { GAZETTEER, type IncidentGazetteer } from "./gazetteer";
import { countsCompatible } from "./rules/counts";
import { datesCompatible } from "./rules/dates";
import { sameGroup } from "./rules/groups";
import { placesCompatible } from "./rules/places";
import type { Telling } from "./types";

/**
 * Whether two tellings may describe the same incident: from different reports (a report never tells
 * one incident twice), the same group, intersecting dates, compatible places, figures not orders
 * apart. Kinds never keep tellings apart (lib/incidents/rules/kinds.ts).
 */
export function compatible(a: Telling, b: Telling, gaz: IncidentGazetteer = GAZETTEER): boolean {
  return (
    a.report !== b.report &&
    datesCompatible(a.event.date, b.event.date) &&
    sameGroup(a.event.groups, b.event.groups, gaz) &&
    placesCompatible(a.event.place, b.event.place, gaz) &&
    countsCompatible(a.event.count, b.event.count)
  );
}
