import type { EventCount } from "../../extract/types";
import { dayNumber } from "../../time/day";
import { countsCompatible } from "./counts";
import { reach, tooVague, type TellingDate } from "./dates";
import { sameDistinctiveFigure, type Witness } from "./evidence";

/**
 * Rule (round 10): an incident told looking back. Weeks or months after the news, an outlet recalls it with a
 * vague date — «العام الماضي», «قبل أشهر», «خلال الأشهر الماضية»: a range longer than a quarter, which the date rule
 * never merges (rules/dates.ts, tooVague: it meets every telling of its group for months). Such a telling may still
 * be the incident of a telling of its group dated within that range, when
 *  - its range is at most a year (RETROSPECTIVE_MAX_DAYS; «منذ سنوات» says nothing of which incident),
 *  - the other telling's days (an undated one's reach) lie inside it,
 *  - both give figures of several people (a single one, a named officer, is told too often in a year) not orders
 *    apart,
 * and the two give the same figure of 10 or more (exact or approximate, as rules/retold.ts counts a distinctive
 * figure) — a link; otherwise only a proposed merge: a group has other incidents in a year, with figures not
 * orders apart, and in the same town (a town was measured as the witness too: another incident of the group in
 * the town, recalled with another figure, merged in 105 of 210 template pairs).
 * Such a pair is never "loose" (its dates do not meet), so it never unsettles another link (cluster.ts), and the
 * clustering keeps a telling looking back from linking when it could be either of two incidents.
 */

/** The longest range a telling looking back may have: a year («العام الماضي», «قبل أشهر» read as ten months). */
export const RETROSPECTIVE_MAX_DAYS = 366;

/** Dated by an expression vaguer than a quarter and at most a year. */
export function lookingBackDate(d: TellingDate): boolean {
  return d.basis !== "default" && tooVague(d) && dayNumber(d.end) - dayNumber(d.start) + 1 <= RETROSPECTIVE_MAX_DAYS;
}

/** What the rule reads of a telling. */
export interface Recalled extends Witness {
  date: TellingDate;
  count: Pick<EventCount, "low" | "best" | "high"> | null;
}

/** One person (a named officer, «ضابط») is told too often across a year to single out an incident: several, at least. */
export const SEVERAL = 2;

/** `back` may recall `told`'s incident: "compatible" with the same story's details, "perhaps" without, or null. */
export function recalls(back: Recalled, told: Recalled): "compatible" | "perhaps" | null {
  if (!lookingBackDate(back.date) || tooVague(told.date)) return null;
  const r = reach(told.date);
  if (r.start < dayNumber(back.date.start) || r.end > dayNumber(back.date.end)) return null;
  if (back.count === null || told.count === null || !countsCompatible(back.count, told.count)) return null;
  if (back.count.best < SEVERAL || told.count.best < SEVERAL) return null;
  return sameDistinctiveFigure(back.count, told.count) ? "compatible" : "perhaps";
}

/** Either telling recalls the other (at most one can: the other's date is not vaguer than a quarter). */
export function toldLookingBack(a: Recalled, b: Recalled): "compatible" | "perhaps" | null {
  return recalls(a, b) ?? recalls(b, a);
}
