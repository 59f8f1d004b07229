import type { EventCount, EventPlace } from "../../extract/types";
import type { IncidentGazetteer } from "../gazetteer";
import { closeDate, type TellingDate } from "./dates";
export { CLOSE_DATE_MAX_DAYS } from "./dates";
import { countsCompatible, countsOverlap } from "./counts";
import { DISTINCTIVE_FIGURE_MIN, distinctiveFigure } from "./retold";
import { placesCompatible, sameTown } from "./places";

/**
 * Rule: how much dates that meet prove. Two tellings that each date the incident to within a week by
 * an expression ("مساء أمس", "قبل أيام", "أعلن أمس": the announcement's week) and meet are one
 * incident on their dates. Dates that meet only loosely — one telling undated (its report's week, or
 * the month it reaches back), or one range longer than a week ("الشهر الماضي", "أواخر العام") — are
 * met by another incident of a big group as often as not: a busy month of the regime army holds
 * dozens. They merge only when something else agrees (`corroborated`); otherwise the pair is a
 * proposed merge, for an analyst.
 *
 * Measured on real-tune (`eval:incidents -- … --perturb`): of 315 pairs of different incidents of one
 * group, re-dated so that their reports are 1–21 days apart, 21 % were merged before this rule, two
 * thirds of them through an undated telling's reach or a month-long range, with no place and no figure
 * in common; 4.6 % after it, with the same gold pairs found.
 */

/** Both dated by an expression to within a week: dates that meet then say it is one incident. */
export function datedClosely(a: TellingDate, b: TellingDate): boolean {
  return closeDate(a) && closeDate(b);
}

/** What the rule reads of a telling besides its date. */
export interface Witness {
  place: EventPlace | null;
  count: Pick<EventCount, "low" | "best" | "high"> | null;
}

/**
 * Something besides the dates agrees: both name a known place and the places are compatible (the
 * same, or a town inside the other's governorate), or both give a figure and they share one of 10 or
 * more (850 and «المئات», 2000 and «ما يزيد على ألفي»; not «1» and «1»: a named officer is told too
 * often to agree). One side unknown is no agreement.
 */
export function corroborated(a: Witness, b: Witness, gaz: IncidentGazetteer): boolean {
  const samePlace = a.place !== null && b.place !== null && a.place.id !== null && b.place.id !== null && placesCompatible(a.place, b.place, gaz);
  return samePlace || (a.count !== null && b.count !== null && (figuresShared(a.count, b.count) || bothMass(a.count, b.count)));
}

/** A figure of this many people or more is a mass defection: a group has few of them in a season. */
export const MASS_FIGURE_MIN = 100;

/**
 * Both tell a mass defection — figures of a hundred or more that are not orders apart (countsCompatible): «أكثر من
 * 700» and «نحو 2000» are how two outlets size one split (the issue's own example), and a group sees few such splits
 * in the weeks that loosely met dates span. The count conflict stays flagged on the incident.
 */
export function bothMass(a: Pick<EventCount, "low" | "high">, b: Pick<EventCount, "low" | "high">): boolean {
  return a.low >= MASS_FIGURE_MIN && b.low >= MASS_FIGURE_MIN && countsCompatible(a, b);
}

/** Two figures share a figure of DISTINCTIVE_FIGURE_MIN or more: their ranges overlap at or above it. */
export function figuresShared(a: Pick<EventCount, "low" | "high">, b: Pick<EventCount, "low" | "high">): boolean {
  return countsOverlap([a, b]) && Math.min(a.high, b.high) >= DISTINCTIVE_FIGURE_MIN;
}

/**
 * The same story's details: the same figure of 10 or more, exact or approximate in both («15» and «15»,
 * «نحو 40» and «40»), or the same town (a gazetteer town, not a governorate nor a region). Stronger than
 * `corroborated`: a vague quantity («عشرات») or a governorate agrees with too much to single a telling out.
 */
export function tellSameStory(a: Witness, b: Witness, gaz: IncidentGazetteer): boolean {
  return sameTown(a.place, b.place, gaz) || sameDistinctiveFigure(a.count, b.count);
}

/** The same figure of 10 or more, exact or approximate in both («15» and «نحو 15»; not «عشرات»). */
export function sameDistinctiveFigure(a: Witness["count"], b: Witness["count"]): boolean {
  return distinctiveFigure(a) && distinctiveFigure(b) && a?.best === b?.best;
}
