/**
 * The one day module of inshiqaq. A calendar day is an ISO string `YYYY-MM-DD` (`IsoDay`) at the edges
 * (files, database, URLs) and a **day number** — whole days since 1970-01-01, the proleptic Gregorian
 * calendar, no time zone — wherever days are counted. Integer arithmetic only (no `Date`): there is no
 * local midnight, no UTC offset and no DST that could shift a day. Every other module does its day
 * arithmetic here.
 */
import type { IsoDay } from "./types";

/** Whole days since 1970-01-01 (day 0). */
export type DayNumber = number;

/** Howard Hinnant's days_from_civil (m is 1..12). */
export function dayNumberOf(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Howard Hinnant's civil_from_days (m is 1..12). */
export function civilFromDays(z: DayNumber): { y: number; m: number; d: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** The day number of an ISO day (the string is trusted: validate input with `parseIsoDay` in publication.ts). */
export function dayNumber(day: IsoDay): DayNumber {
  return dayNumberOf(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/** The ISO string of y-m-d. */
export function isoOf(y: number, m: number, d: number): IsoDay {
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** The ISO day of a day number. */
export function isoDay(n: DayNumber): IsoDay {
  const { y, m, d } = civilFromDays(n);
  return isoOf(y, m, d);
}

/** The ISO day `n` days after `day` (before it when `n` is negative). */
export function addDaysIso(day: IsoDay, n: number): IsoDay {
  return isoDay(dayNumber(day) + n);
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return dayNumber(b) - dayNumber(a);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** 28–31. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** Number of days in the inclusive range. */
export function rangeLength(range: { start: IsoDay; end: IsoDay }): number {
  return dayNumber(range.end) - dayNumber(range.start) + 1;
}

const MS_PER_DAY = 86_400_000;

/** The UTC-midnight `Date` of a day number, for APIs that only take a Date (Intl calendars). */
export function utcDateOf(n: DayNumber): Date {
  return new Date(n * MS_PER_DAY);
}
