/**
 * Calendar-day helpers (date-fns for month and year arithmetic, which clamps to month ends). A day is a local-midnight `Date`; only its
 * year/month/day are ever read, so time zones and DST cannot shift a result.
 */
import { addDays, addMonths, addYears, isValid } from "date-fns";
import type { IsoDay } from "./types";

export type Day = Date;

export function day(y: number, m: number, d: number): Day {
  return new Date(y, m - 1, d);
}

/** Parses `YYYY-MM-DD` (already validated by publication.ts) to a day. */
export function parseDay(iso: IsoDay): Day {
  return day(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export function iso(d: Day): IsoDay {
  const y = d.getFullYear();
  const m = d.getMonth() + 1;
  const dd = d.getDate();
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${dd < 10 ? "0" : ""}${dd}`;
}

/**
 * Day arithmetic through the Date constructor, which rolls day overflow into months and years:
 * half the cost of date-fns `addDays` (a clone and a setDate), and this runs for nearly every
 * expression. Years below 100 (which the constructor reads as 19xx) go through date-fns.
 */
export const plusDays = (d: Day, n: number): Day => {
  const y = d.getFullYear();
  return y >= 100 ? new Date(y, d.getMonth(), d.getDate() + n) : addDays(d, n);
};
export const plusMonths = (d: Day, n: number): Day => addMonths(d, n);
export const plusYears = (d: Day, n: number): Day => addYears(d, n);

export function monthStart(y: number, m: number): Day {
  return day(y, m, 1);
}

/** Day 0 of the next month is the last day of month `m` (the constructor rolls it back). */
export function monthEnd(y: number, m: number): Day {
  return new Date(y, m, 0);
}

export function daysInMonth(y: number, m: number): number {
  return monthEnd(y, m).getDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return d.getDay();
}

/** True if y-m-d is a real calendar day. */
export function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1 || y > 9999) return false;
  const date = day(y, m, d);
  return isValid(date) && date.getDate() === d && date.getMonth() === m - 1;
}

export function year(d: Day): number {
  return d.getFullYear();
}

/** Month 1–12. */
export function month(d: Day): number {
  return d.getMonth() + 1;
}

export function minDay(a: Day, b: Day): Day {
  return a.getTime() <= b.getTime() ? a : b;
}

export function maxDay(a: Day, b: Day): Day {
  return a.getTime() >= b.getTime() ? a : b;
}
