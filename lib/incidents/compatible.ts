import { GAZETTEER, type IncidentGazetteer } from "./gazetteer";
import { countsCompatible } from "./rules/counts";
import { datesCompatible } from "./rules/dates";
import { sameGroup } from "./rules/groups";
import { placesCompatible } from "./rules/places";
import { perhapsRetold, retoldWithSameFigure, type Retelling } from "./rules/retold";
import type { Telling } from "./types";

/** From different reports (a report never tells one incident twice), of one group, in compatible places. */
function sameGroupAndPlace(a: Telling, b: Telling, gaz: IncidentGazetteer): boolean {
  return a.report !== b.report && sameGroup(a.event.groups, b.event.groups, gaz) && placesCompatible(a.event.place, b.event.place, gaz);
}

/**
 * How two tellings of one group in compatible places meet: "compatible" — intersecting dates with
 * figures not orders apart, or, whatever their dates, one story retold within a week with the same
 * distinctive figure (rules/retold.ts); "perhaps" — a story retold within a week whose figures merely
 * agree (a proposed merge, never a link); or not at all. The store decides it from indexed columns.
 */
export function storiesMeet(a: Retelling, b: Retelling): "compatible" | "perhaps" | null {
  if ((datesCompatible(a.event.date, b.event.date) && countsCompatible(a.event.count, b.event.count)) || retoldWithSameFigure(a, b)) return "compatible";
  return perhapsRetold(a, b) ? "perhaps" : null;
}

/**
 * Whether two tellings may describe the same incident: from different reports, the same group,
 * compatible places, and stories that meet. Kinds never keep tellings apart (rules/kinds.ts).
 */
export function compatible(a: Telling, b: Telling, gaz: IncidentGazetteer = GAZETTEER): boolean {
  return sameGroupAndPlace(a, b, gaz) && storiesMeet(a, b) === "compatible";
}

/**
 * Whether two tellings that are not compatible may still be one story retold within a week whose
 * date one of them got wrong: never merged; a proposed merge for an analyst (cluster.ts).
 */
export function perhapsCompatible(a: Telling, b: Telling, gaz: IncidentGazetteer = GAZETTEER): boolean {
  return perhapsRetold(a, b) && sameGroupAndPlace(a, b, gaz) && storiesMeet(a, b) === "perhaps";
}
