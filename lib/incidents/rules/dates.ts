import { dayNumber } from "../../time/day";
import type { DayRange } from "../../time/types";

/** Two outlets dating one incident to (nearly) single days may disagree by this much (xSub offers 1 or 2 days). */
export const POINT_DATE_TOLERANCE_DAYS = 2;
/** A range this short is still a point in time: "أمس أو اليوم", a night across two days. */
export const NEAR_POINT_MAX_DAYS = 3;

/**
 * Rule: each telling's date range bounds the incident, so two tellings of one incident have ranges
 * that intersect. Two (nearly) single days — ranges of at most three days — may be up to two days
 * apart: one outlet dates the report, another the night it happened.
 */
export function datesCompatible(a: DayRange, b: DayRange): boolean {
  const [as, ae, bs, be] = [dayNumber(a.start), dayNumber(a.end), dayNumber(b.start), dayNumber(b.end)];
  if (as <= be && bs <= ae) return true;
  const nearPoints = ae - as < NEAR_POINT_MAX_DAYS && be - bs < NEAR_POINT_MAX_DAYS;
  const gap = as > be ? as - be : bs - ae;
  return nearPoints && gap <= POINT_DATE_TOLERANCE_DAYS;
}
