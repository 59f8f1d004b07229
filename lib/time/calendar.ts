/**
 * The date engine's calendar vocabulary, a thin layer over `./day` (the one day module): a `Day` IS a
 * day number (whole days since 1970-01-01, no time zone), so adding days is integer addition and
 * comparing days is comparing numbers. Only month and year arithmetic (which clamps to month ends,
 * like date-fns `addMonths`) needs the civil y-m-d, and it gets it from `./day`.
 */
import * as dayModule from "./day";
import type { DayNumber } from "./day";
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { civilFromDays, dayNumber, dayNumberOf, daysInMonth: dim, isoDay, weekdayOfDayNumber } = dayModule;
import type { IsoDay } from "./types";

export type Day = DayNumber;

/** y-m-d as a day; `d` may overflow or be 0 (day 0 of a month is the last day of the one before). */
export function day(y: number, m: number, d: number): Day {
  return dayNumberOf(y, m, d);
}

/** Parses `YYYY-MM-DD` (already validated by publication.ts) to a day. */
export const parseDay = (isoString: IsoDay): Day => dayNumber(isoString);

export const iso = (d: Day): IsoDay => isoDay(d);

export const plusDays = (d: Day, n: number): Day => d + n;

/** `n` months later (earlier when negative), the day of month clamped to the target month's end. */
export function plusMonths(d: Day, n: number): Day {
  const c = civilFromDays(d);
  const total = c.y * 12 + (c.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return dayNumberOf(y, m, Math.min(c.d, dim(y, m)));
}

export const plusYears = (d: Day, n: number): Day => plusMonths(d, 12 * n);

export const monthStart = (y: number, m: number): Day => dayNumberOf(y, m, 1);

export const monthEnd = (y: number, m: number): Day => dayNumberOf(y, m, dim(y, m));

export const daysInMonth = dim;

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = weekdayOfDayNumber;

/** True if y-m-d is a real calendar day (years 1–9999). */
export function isRealDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
}

export const year = (d: Day): number => civilFromDays(d).y;

/** Month 1–12. */
export const month = (d: Day): number => civilFromDays(d).m;

/** Day of the month 1–31. */
export const dayOfMonth = (d: Day): number => civilFromDays(d).d;

export const minDay = (a: Day, b: Day): Day => (a <= b ? a : b);

export const maxDay = (a: Day, b: Day): Day => (a >= b ? a : b);
