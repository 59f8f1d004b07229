/**
 * Calendar-day helpers on top of date-fns. A day is a local-midnight `Date`; only its
 * year/month/day are ever read, so time zones and DST cannot shift a result.
 */
import { addDays, addMonths, addYears, endOfMonth, getDay, isValid } from "date-fns";
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

export const plusDays = (d: Day, n: number): Day => addDays(d, n);
export const plusMonths = (d: Day, n: number): Day => addMonths(d, n);
export const plusYears = (d: Day, n: number): Day => addYears(d, n);

export function monthStart(y: number, m: number): Day {
  return day(y, m, 1);
}

export function monthEnd(y: number, m: number): Day {
  return endOfDayless(endOfMonth(day(y, m, 1)));
}

function endOfDayless(d: Date): Day {
  return day(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export function daysInMonth(y: number, m: number): number {
  return monthEnd(y, m).getDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return getDay(d);
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
