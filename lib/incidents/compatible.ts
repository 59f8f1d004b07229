import { GAZETTEER, type IncidentGazetteer } from "./gazetteer";
import { countsCompatible } from "./rules/counts";
import { datesCompatible, tooVague } from "./rules/dates";
import { sameGroup } from "./rules/groups";
import { placesCompatible } from "./rules/places";
import { perhapsRetold, publishedTogether, retoldWithSameStory, type Retelling } from "./rules/retold";
import { corroborated, datedClosely, type Witness } from "./rules/evidence";
import { rolesCrossed } from "./rules/roles";
import { toldLookingBack } from "./rules/retrospective";
import type { Telling } from "./types";

/** From different reports (a report never tells one incident twice), of one group, in compatible places. */
function sameGroupAndPlace(a: Telling, b: Telling, gaz: IncidentGazetteer): boolean {
  return a.report !== b.report && sameGroup(a.event.groups, b.event.groups, gaz) && placesCompatible(a.event.place, b.event.place, gaz);
}

/** What `storiesMeet` reads of a telling: its publication, date, figure and place. */
export interface Story extends Retelling {
  event: Retelling["event"] & Witness;
}

/**
 * How two tellings of one group in compatible places meet: "compatible" — dates that meet with figures
 * not orders apart, when both are dated to within a week or something else agrees (rules/evidence.ts),
 * or, whatever their dates, one story retold within a week with the same distinctive figure or in the
 * same town (rules/retold.ts); "perhaps" — dates that meet only loosely with nothing else agreeing, or a story
 * retold within a week whose figures merely agree (a proposed merge, never a link); or not at all.
 * The store decides it from indexed columns.
 */
export function storiesMeet(a: Story, b: Story, gaz: IncidentGazetteer = GAZETTEER): "compatible" | "perhaps" | null {
  if (retoldWithSameStory(a, b, gaz)) return "compatible";
  const byDates = datesMeet(a.event, b.event, gaz);
  if (byDates !== null) return byDates;
  return perhapsRetold(a, b, gaz) ? "perhaps" : null;
}

/**
 * Dates that meet and figures not orders apart: "compatible" when the dates are close or something else agrees —
 * or one telling recalls the other's incident looking back, its date vaguer than a quarter (rules/retrospective.ts).
 */
export function datesMeet(a: Story["event"], b: Story["event"], gaz: IncidentGazetteer = GAZETTEER): "compatible" | "perhaps" | null {
  if (!datesCompatible(a.date, b.date)) return toldLookingBack(a, b);
  if (!countsCompatible(a.count, b.count)) return null;
  return datedClosely(a.date, b.date) || corroborated(a, b, gaz) ? "compatible" : "perhaps";
}

/**
 * How two tellings meet: of one group in compatible places, as their stories meet; of two groups, only as one
 * incident read in crossed roles (rules/roles.ts: one telling's group is where the other's men went) — linked
 * when the misreading left its mark, proposed when it did not.
 */
function meeting(a: Telling, b: Telling, gaz: IncidentGazetteer): "compatible" | "perhaps" | null {
  if (sameGroupAndPlace(a, b, gaz)) return storiesMeet(a, b, gaz);
  const crossed = rolesCrossed(a, b, gaz);
  return crossed === "echo" ? "compatible" : crossed === "bare" ? "perhaps" : null;
}

/**
 * Whether two tellings may describe the same incident: from different reports, the same group,
 * compatible places, and stories that meet — or one incident read in crossed roles. Kinds never keep
 * tellings apart (rules/kinds.ts).
 */
export function compatible(a: Telling, b: Telling, gaz: IncidentGazetteer = GAZETTEER): boolean {
  return meeting(a, b, gaz) === "compatible";
}

/**
 * Whether two tellings that are not compatible may still be one incident: dates that meet loosely
 * with nothing else agreeing, or one story retold within a week whose date one of them got wrong:
 * never merged; a proposed merge for an analyst (cluster.ts).
 */
export function perhapsCompatible(a: Telling, b: Telling, gaz: IncidentGazetteer = GAZETTEER): boolean {
  return meeting(a, b, gaz) === "perhaps";
}

/**
 * Perhaps compatible by dates that meet only loosely (rules/evidence.ts), not as a story retold: never
 * linked, but such a telling may be the other's incident (cluster.ts counts it in the neighbourhood).
 */
export function looselyCompatible(a: Telling, b: Telling, gaz: IncidentGazetteer = GAZETTEER): boolean {
  return perhapsCompatible(a, b, gaz) && !linkedAcrossDates(a, b);
}

/**
 * A compatible pair whose dates do not meet: linked only as a story retold (rules/retold.ts), so one
 * of its two dates is wrong.
 */
export function linkedAcrossDates(a: Telling, b: Telling): boolean {
  return !datesCompatible(a.event.date, b.event.date);
}

/**
 * Whether two tellings whose dates need not meet may be one story told together: of one group in
 * compatible places, figures not orders apart (or one unknown), published within a week of each
 * other, neither dated only by years. Dates are not read: the clustering asks this only of two
 * tellings that a third one links both to, one of those links across dates (cluster.ts) — a date
 * already shown wrong is no evidence against the third telling.
 */
export function toldTogether(a: Telling, b: Telling, gaz: IncidentGazetteer = GAZETTEER): boolean {
  return (
    sameGroupAndPlace(a, b, gaz) &&
    countsCompatible(a.event.count, b.event.count) &&
    publishedTogether(a.published, b.published) &&
    !tooVague(a.event.date) &&
    !tooVague(b.event.date)
  );
}
