import type { DateBasis } from "../../extract/types";
import { dayNumber, type DayNumber } from "../../time/day";
import type { DayRange } from "../../time/types";

/** A telling's date as the rules read it: its range, and whether an expression gave it. */
export interface TellingDate extends DayRange {
  /** "default": no expression dates the telling, its range is the week before the report ([P-7, P]). */
  basis?: DateBasis;
}

/** Two outlets dating one incident to (nearly) single days may disagree by this much (xSub offers 1 or 2 days). */
export const POINT_DATE_TOLERANCE_DAYS = 2;
/** A range this short is still a point in time: "أمس أو اليوم", a night across two days. */
export const NEAR_POINT_MAX_DAYS = 3;

/** The week before an announcement that bounds the incident it announces (lib/extract/dates.ts: [day − 7, day]). */
export const ANNOUNCEMENT_WEEK_DAYS = 7;
/** The longest quarter: "الربع الأخير", "أواخر العام" (1 October – 31 December). */
export const QUARTER_DAYS = 92;
/** A range this long is still "within a week": an announcement's week [day − 7, day] has 8 days. */
export const CLOSE_DATE_MAX_DAYS = ANNOUNCEMENT_WEEK_DAYS + 1;

/** Dated by an expression to within a week ("مساء أمس", "قبل أيام", an announcement's week). */
export function closeDate(d: TellingDate): boolean {
  return d.basis !== "default" && dayNumber(d.end) - dayNumber(d.start) + 1 <= CLOSE_DATE_MAX_DAYS;
}

/**
 * A telling dated by a longer range ("منذ سنوات", "عام 2016", "قبل أشهر") is never merged. The
 * vaguest range merged is a quarter, also when an announcement dates it ("أعلنت أواخر العام
 * المنصرم انشقاق …": the quarter widened by the week before it, 99 days): the widening says when
 * the announced incident may have happened, it does not make the expression vaguer.
 */
export const MAX_MERGEABLE_DAYS = QUARTER_DAYS + ANNOUNCEMENT_WEEK_DAYS;

/** Whether a range is too long to bound an incident: over a quarter of a year (and its announcement week). */
export function tooVague(r: DayRange): boolean {
  return dayNumber(r.end) - dayNumber(r.start) + 1 > MAX_MERGEABLE_DAYS;
}

/**
 * How long before its report an undated telling's incident may lie: a month, as "مؤخراً" is read
 * ([P-30, P]). An outlet that repeats an incident without dating it usually does so within weeks.
 */
export const UNDATED_REACH_DAYS = 30;

/**
 * The days a telling lets its incident lie in: its range; for an undated telling, every day of the
 * month before its report up to the report's last day. The default week [P-7, P] is a convention
 * for showing the telling; what the report really says is only that the incident happened on or
 * before it, most likely not long before.
 */
export function reach(d: TellingDate): { start: DayNumber; end: DayNumber } {
  const [start, end] = [dayNumber(d.start), dayNumber(d.end)];
  return d.basis === "default" ? { start: Math.min(start, end - UNDATED_REACH_DAYS), end } : { start, end };
}

/**
 * Rule: each telling's date range bounds the incident, so two tellings of one incident have ranges
 * that intersect. Two (nearly) single days — ranges of at most three days — may be up to two days
 * apart: one outlet dates the report, another the night it happened. A range longer than a quarter
 * (`tooVague`) bounds nothing useful: it meets every telling of its group for months, and in a large
 * corpus it would chain unrelated incidents together, so it is never merged.
 *
 * An undated telling meets a dated one anywhere in its reach, the month before its report (and never
 * after it): the dated telling places the incident, the undated one only confirms it was told. Two
 * undated tellings meet only by their default weeks: two guesses do not confirm each other.
 */
export function datesCompatible(a: TellingDate, b: TellingDate): boolean {
  if (tooVague(a) || tooVague(b)) return false;
  const [as, ae, bs, be] = [dayNumber(a.start), dayNumber(a.end), dayNumber(b.start), dayNumber(b.end)];
  if (as <= be && bs <= ae) return true;
  const nearPoints = ae - as < NEAR_POINT_MAX_DAYS && be - bs < NEAR_POINT_MAX_DAYS;
  const gap = as > be ? as - be : bs - ae;
  if (nearPoints && gap <= POINT_DATE_TOLERANCE_DAYS) return true;
  if ((a.basis === "default") === (b.basis === "default")) return false;
  const [ra, rb] = [reach(a), reach(b)];
  return ra.start <= rb.end && rb.start <= ra.end;
}
