import { dayNumber } from "../../time/day";
import type { DayRange } from "../../time/types";

/** Two outlets dating one incident to (nearly) single days may disagree by this much (xSub offers 1 or 2 days). */
export const POINT_DATE_TOLERANCE_DAYS = 2;
/** A range this short is still a point in time: "أمس أو اليوم", a night across two days. */
export const NEAR_POINT_MAX_DAYS = 3;

/** A telling dated by a longer range ("منذ سنوات", "عام 2016", "قبل أشهر") is never merged. */
export const MAX_MERGEABLE_DAYS = 92;

/** Whether a range is too long to bound an incident: over a quarter of a year. */
export function tooVague(r: DayRange): boolean {
  return dayNumber(r.end) - dayNumber(r.start) + 1 > MAX_MERGEABLE_DAYS;
}

/**
 * Rule: each telling's date range bounds the incident, so two tellings of one incident have ranges
 * that intersect. Two (nearly) single days — ranges of at most three days — may be up to two days
 * apart: one outlet dates the report, another the night it happened. A range longer than a quarter
 * (`tooVague`) bounds nothing useful: it meets every telling of its group for months, and in a large
 * corpus it would chain unrelated incidents together, so it is never merged.
 */
export function datesCompatible(a: DayRange, b: DayRange): boolean {
  if (tooVague(a) || tooVague(b)) return false;
  const [as, ae, bs, be] = [dayNumber(a.start), dayNumber(a.end), dayNumber(b.start), dayNumber(b.end)];
  if (as <= be && bs <= ae) return true;
  const nearPoints = ae - as < NEAR_POINT_MAX_DAYS && be - bs < NEAR_POINT_MAX_DAYS;
  const gap = as > be ? as - be : bs - ae;
  return nearPoints && gap <= POINT_DATE_TOLERANCE_DAYS;
}
