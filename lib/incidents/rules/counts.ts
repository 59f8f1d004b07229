import type { EventCount } from "../../extract/types";

type Range = Pick<EventCount, "low" | "high">;

/**
 * Rule: counts that disagree are allowed but flagged — "أكثر من 700" and "نحو 2000" can be one split
 * told twice — and are a count conflict on the incident. Ranges of several tellings overlap all
 * together exactly when the highest low ≤ the lowest high.
 */
export function countsOverlap(counts: ReadonlyArray<Range | null>): boolean {
  const known = counts.filter((c): c is Range => c !== null);
  if (known.length < 2) return true;
  return Math.max(...known.map((c) => c.low)) <= Math.min(...known.map((c) => c.high));
}

/** Beyond this factor between the nearest bounds, two figures are not one incident told twice… */
export const COUNT_APART_FACTOR = 4;
/** …unless they are this close in people: "a colonel" and "eight soldiers with their colonel" can be one. */
export const COUNT_APART_MIN_GAP = 10;

/**
 * Rule: two tellings whose figures are orders apart (25 soldiers and 2,000) are different incidents:
 * the nearest bounds differ by more than a factor of four and by more than ten people. One unknown
 * count never separates.
 */
export function countsCompatible(a: Range | null, b: Range | null): boolean {
  if (a === null || b === null) return true;
  const [lower, upper] = a.high < b.low ? [a.high, b.low] : b.high < a.low ? [b.high, a.low] : [0, 0];
  if (upper === 0) return true;
  return !(upper > COUNT_APART_FACTOR * lower && upper - lower > COUNT_APART_MIN_GAP);
}

/** 0 exact ("15 عنصراً"), 1 an approximation or a bound ("نحو 2000", "أكثر من 700": high ≤ 2 × low), 2 vague ("عشرات"). */
export type CountPrecision = 0 | 1 | 2;

export function countPrecision(c: Range): CountPrecision {
  if (c.low === c.high) return 0;
  return c.high <= 2 * Math.max(c.low, 1) ? 1 : 2;
}

/** Both give the same figure, exact or approximate («5» and «5», «نحو 40» and «40»; not «عشرات»). */
export function sameFigure(a: Pick<EventCount, "low" | "best" | "high"> | null, b: Pick<EventCount, "low" | "best" | "high"> | null): boolean {
  return a !== null && b !== null && a.best === b.best && countPrecision(a) <= 1 && countPrecision(b) <= 1;
}
