import { civilFromDays, dayNumber, dayNumberOf, isoDay } from "../time/day";
import type { IsoDay } from "../time/types";

export { civilFromDays, dayNumber, isoDay };

/** The first day of the month with ordinal year × 12 + (month − 1). */
function monthStart(monthOrdinal: number): number {
  const y = Math.floor(monthOrdinal / 12);
  return dayNumberOf(y, monthOrdinal - y * 12 + 1, 1);
}
import type { BinGrain, Metric, SeriesPoint } from "./types";

/**
 * Binning for the trend chart (pure). Event dates are ranges of days, so each bin gets three values:
 * - expected: every event spread evenly over the days of its range (best count × share of days in the bin);
 * - certain:  events whose whole range lies in the bin, at their low count;
 * - possible: events whose range touches the bin, at their high count;
 * and `uncounted`, the events touching the bin that have no count (they add to incidents, never to people).
 * Days are numbered from 1970-01-01 (day 0) so the arithmetic is on integers.
 */


/** The first day of the bin that holds `day`. Weeks start on Monday (ISO weeks). */
export function binStart(day: number, grain: BinGrain): number {
  if (grain === "week") {
    const sinceMonday = (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    return day - sinceMonday;
  }
  const { y, m } = civilFromDays(day);
  const month = grain === "month" ? m : grain === "quarter" ? m - ((m - 1) % 3) : 1;
  return dayNumberOf(y, month, 1);
}

/** The first day of the bin after the one starting at `start`. */
export function nextBinStart(start: number, grain: BinGrain): number {
  if (grain === "week") return start + 7;
  const { y, m } = civilFromDays(start);
  const months = grain === "month" ? 1 : grain === "quarter" ? 3 : 12;
  return monthStart(y * 12 + (m - 1) + months);
}

/** The start days of the bins covering [from, to], plus one more: the end sentinel (first day after the last bin). */
export function binEdges(grain: BinGrain, from: number, to: number): number[] {
  const edges: number[] = [];
  let b = binStart(from, grain);
  while (b <= to) {
    edges.push(b);
    b = nextBinStart(b, grain);
  }
  edges.push(b);
  return edges;
}

/** How many bins [from, to] spans at a grain. */
export function binCount(grain: BinGrain, from: number, to: number): number {
  const start = binStart(from, grain);
  const end = binStart(to, grain);
  if (grain === "week") return (end - start) / 7 + 1;
  const a = civilFromDays(start);
  const b = civilFromDays(end);
  const months = (b.y - a.y) * 12 + (b.m - a.m);
  return Math.floor(months / (grain === "month" ? 1 : grain === "quarter" ? 3 : 12)) + 1;
}

const COARSER: Record<BinGrain, BinGrain | null> = { week: "month", month: "quarter", quarter: "year", year: null };

/** The most bins a chart gets; a finer grain over a long window is coarsened until it fits. */
export const MAX_BINS = 400;

/** The requested grain, or the first coarser one that gives at most `maxBins` bins over [from, to]. */
export function fitGrain(grain: BinGrain, from: number, to: number, maxBins: number = MAX_BINS): BinGrain {
  let g: BinGrain = grain;
  while (binCount(g, from, to) > maxBins) {
    const coarser = COARSER[g];
    if (!coarser) break;
    g = coarser;
  }
  return g;
}

/**
 * Events that share a date range, summed (what the database's GROUP BY returns). Because each value
 * is linear in the counts for a fixed range, summing first gives the same answer as spreading each event.
 */
export interface RangeAggregate {
  start: number;
  end: number;
  /** Number of events. */
  events: number;
  /** Number of events with a count. */
  counted: number;
  low: number;
  best: number;
  high: number;
}

/** One event in day numbers, as a RangeAggregate of one (count null → uncounted). */
export function eventAggregate(start: IsoDay, end: IsoDay, count: { low: number; best: number; high: number } | null): RangeAggregate {
  return {
    start: dayNumber(start),
    end: dayNumber(end),
    events: 1,
    counted: count ? 1 : 0,
    low: count?.low ?? 0,
    best: count?.best ?? 0,
    high: count?.high ?? 0,
  };
}

/** Index of the last edge <= day (binary search); -1 when day is before the first edge. */
function edgeIndex(edges: number[], day: number): number {
  let lo = 0;
  let hi = edges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid] <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Spreads range aggregates over bins. `edges` comes from `binEdges` (n bins + the end sentinel).
 * Parts of a range outside the bins are dropped (the chart shows only its window).
 */
export function spreadOverBins(aggregates: Iterable<RangeAggregate>, edges: number[], metric: Metric): SeriesPoint[] {
  const n = edges.length - 1;
  const points: SeriesPoint[] = [];
  for (let i = 0; i < n; i++) points.push({ bin: isoDay(edges[i]), expected: 0, certain: 0, possible: 0, uncounted: 0 });
  if (n <= 0) return points;
  for (const a of aggregates) {
    if (a.end < edges[0] || a.start >= edges[n]) continue;
    const days = a.end - a.start + 1;
    const expectedTotal = metric === "people" ? a.best : a.events;
    const certainTotal = metric === "people" ? a.low : a.events;
    const possibleTotal = metric === "people" ? a.high : a.events;
    const uncounted = a.events - a.counted;
    for (let i = Math.max(0, edgeIndex(edges, a.start)); i < n && edges[i] <= a.end; i++) {
      const binFirst = edges[i];
      const binLast = edges[i + 1] - 1;
      const inside = Math.min(a.end, binLast) - Math.max(a.start, binFirst) + 1;
      const p = points[i];
      p.expected += (expectedTotal * inside) / days;
      if (a.start >= binFirst && a.end <= binLast) p.certain += certainTotal;
      p.possible += possibleTotal;
      p.uncounted += uncounted;
    }
  }
  for (const p of points) p.expected = Math.round(p.expected * 1e6) / 1e6;
  return points;
}

/** The day range of the bins for a filter window of months (`YYYY-MM`), or null bounds when open. */
export function monthWindowDays(from: string | null, to: string | null): { from: number | null; to: number | null } {
  const fromDay = from ? dayNumber(`${from}-01`) : null;
  let toDay: number | null = null;
  if (to) {
    const y = Number(to.slice(0, 4));
    const m = Number(to.slice(5, 7));
    toDay = monthStart(y * 12 + m) - 1; // the last day of month `to`
  }
  return { from: fromDay, to: toDay };
}

/**
 * Bin ordinals: every bin of a grain numbered on one line (weeks since the Monday 1969-12-29,
 * months as year × 12 + month, …), so an event's first and last bins are two integers and
 * most events, which sit in one bin, are added without any date arithmetic.
 */

export function binOrdinal(day: number, grain: BinGrain): number {
  if (grain === "week") return Math.floor((day + 3) / 7);
  const { y, m } = civilFromDays(day);
  if (grain === "month") return y * 12 + (m - 1);
  if (grain === "quarter") return y * 4 + Math.floor((m - 1) / 3);
  return y;
}

/** The first day of the bin with this ordinal. */
export function ordinalStart(ordinal: number, grain: BinGrain): number {
  if (grain === "week") return ordinal * 7 - 3;
  if (grain === "month") return monthStart(ordinal);
  if (grain === "quarter") return monthStart(ordinal * 3);
  return dayNumberOf(ordinal, 1, 1);
}
