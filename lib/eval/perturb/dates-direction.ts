/**
 * Moving the publication date (CheckList "direction"): what each event's range must then do, from the
 * kind of phrase that dated it. Pure.
 *
 * - shifting P by d days shifts every range read relative to the day (أمس، الخميس الماضي، منذ يومين،
 *   الأسبوع الماضي, the [P-7, P] default) by d, and leaves a range with a year of its own where it was;
 *   a weekday or "هذا الأسبوع" moves by d only when d is a whole number of weeks; month-relative phrases are left to:
 * - the month flip: a month named without a year ("نيسان"، "أواخر نيسان"، "نيسان الماضي") read a year
 *   later, at the end of that month (the bare month is then the current one, "الماضي" still last year's)
 *   and on the first day of the next month (both are then this year's);
 * - a publication known only as a month or a window: every range widens or stays, never narrows.
 */
import { addDaysIso, civilFromDays, daysBetween, daysInMonth, dayNumber, isoOf } from "../../time/day";
import type { DayRange, PublicationWindow } from "../../time/types";
import { anyOf, findMonth, loose, WB, WE, WEEKDAY_WORD, YEAR_DIGITS } from "./dates-words";

export type SiteClass = "absolute" | "month" | "day";

export type Expectation =
  | { kind: "same" }
  | { kind: "shift"; days: number }
  /** "منذ 8 كانون الأول 2024": [that day, P]: the start stays, the end moves with P. */
  | { kind: "end-shift"; days: number }
  | { kind: "years"; years: number }
  | { kind: "contains" };

const SPELLED_YEAR = new RegExp(`${WB}${loose("ألفين")}${WE}`);
const NUMERIC_DATE = /[0-9٠-٩]{1,4}\s*[/\-.]\s*[0-9٠-٩]{1,2}\s*[/\-.]\s*[0-9٠-٩]{2,4}/;
/** Words of phrases read relative to a month, a year or a season (not to the day). */
const MONTHLY = new RegExp(
  `${WB}${anyOf(["الشهر", "شهر", "أشهر", "شهور", "الأشهر", "الشهور", "شهرين", "العام", "عام", "عامين", "أعوام", "السنة", "سنة", "سنتين", "سنوات", "الصيف", "الشتاء", "الربيع", "الخريف", "رمضان", "عيد", "الفطر", "الأضحى"])}${WE}`,
);

const SINCE = new RegExp(`^\\s*${WB}${loose("منذ")}${WE}`);

export function classifySite(phrase: string): SiteClass {
  if (new RegExp(YEAR_DIGITS).test(phrase) || SPELLED_YEAR.test(phrase) || NUMERIC_DATE.test(phrase)) return "absolute";
  if (findMonth(phrase) || MONTHLY.test(phrase)) return "month";
  return "day";
}

/** "هذا الأسبوع"، "الأسبوع الجاري": a calendar week (weeks start on Sunday), like a weekday. */
const THIS_WEEK = new RegExp(`${WB}${anyOf(["هذا الأسبوع", "الأسبوع الجاري", "الأسبوع الحالي"])}${WE}`);

/** A phrase read on the calendar's weeks (a weekday, this week): it moves with P only by whole weeks. */
export function weekBound(phrase: string): boolean {
  return new RegExp(WEEKDAY_WORD).test(phrase) || THIS_WEEK.test(phrase);
}

/** What a range read from `phrase` (null: the default) must do when P moves by `days`; null: nothing to say. */
export function shiftExpectation(phrase: string | null, days: number): Expectation | null {
  if (phrase === null) return { kind: "shift", days };
  const cls = classifySite(phrase);
  if (cls === "absolute") return SINCE.test(phrase) ? { kind: "end-shift", days } : { kind: "same" };
  if (cls === "month") return null;
  if (weekBound(phrase) && days % 7 !== 0) return null;
  return { kind: "shift", days };
}

export function shiftWindow(p: PublicationWindow, days: number): PublicationWindow {
  return { start: addDaysIso(p.start, days), end: addDaysIso(p.end, days) };
}

/** The first day of the month after P's start, and of the year after it. */
export function nextMonthStart(p: PublicationWindow): string {
  const { y, m } = civilFromDays(dayNumber(p.start));
  return m === 12 ? isoOf(y + 1, 1, 1) : isoOf(y, m + 1, 1);
}
export function nextYearStart(p: PublicationWindow): string {
  return isoOf(civilFromDays(dayNumber(p.start)).y + 1, 1, 1);
}

/** The P shifts: a week, to the next month's first day, to the next year's first day. */
export function publicationShifts(p: PublicationWindow): Array<{ name: string; days: number }> {
  return [
    { name: "P + 7 days", days: 7 },
    { name: "P → first of next month", days: daysBetween(p.start, nextMonthStart(p)) },
    { name: "P → first of next year", days: daysBetween(p.start, nextYearStart(p)) },
  ];
}

const NOT_FLIPPED = new RegExp(`${WB}${anyOf(["الجاري", "الجارية", "الحالي", "الحالية", "المقبل", "المقبلة", "القادم", "القادمة", "هذا", "هذه"])}${WE}`);
const PAST = new RegExp(`${WB}${anyOf(["الماضي", "الفائت", "المنصرم", "السابق", "المنقضي"])}${WE}`);

/**
 * The month flip for a phrase naming a month without a year whose range lies in one month: P a year on,
 * at the month's end and on the next month's first day, and the expectation at each.
 */
export function monthFlips(phrase: string, range: DayRange): Array<{ name: string; published: PublicationWindow; expect: Expectation }> {
  if (classifySite(phrase) !== "month" || !findMonth(phrase) || /[0-9٠-٩]/.test(phrase) || NOT_FLIPPED.test(phrase)) return [];
  const a = civilFromDays(dayNumber(range.start));
  const b = civilFromDays(dayNumber(range.end));
  if (a.y !== b.y || a.m !== b.m) return [];
  const y = a.y + 1;
  const monthEnd = isoOf(y, a.m, daysInMonth(y, a.m));
  const after = a.m === 12 ? isoOf(y + 1, 1, 1) : isoOf(y, a.m + 1, 1);
  return [
    { name: "P → the named month's last day, a year on", published: { start: monthEnd, end: monthEnd }, expect: PAST.test(phrase) ? { kind: "same" } : { kind: "years", years: 1 } },
    { name: "P → the next month's first day, a year on", published: { start: after, end: after }, expect: { kind: "years", years: 1 } },
  ];
}

/** P known only as its month, or as a week around it (for a P known to the day). */
export function widenedWindows(p: PublicationWindow): Array<{ name: string; published: PublicationWindow }> {
  if (p.start !== p.end) return [];
  const { y, m } = civilFromDays(dayNumber(p.start));
  return [
    { name: "P known only as its month", published: { start: isoOf(y, m, 1), end: isoOf(y, m, daysInMonth(y, m)) } },
    { name: "P known only within ±3 days", published: { start: addDaysIso(p.start, -3), end: addDaysIso(p.start, 3) } },
  ];
}

/** A day moved by whole years, a month's last day staying its last day. */
function plusYears(day: string, years: number): string {
  const { y, m, d } = civilFromDays(dayNumber(day));
  const last = d === daysInMonth(y, m);
  return isoOf(y + years, m, last ? daysInMonth(y + years, m) : Math.min(d, daysInMonth(y + years, m)));
}

/** The range an expectation asks for (null for "contains", which is checked by `meets`). */
export function expectedRange(original: DayRange, e: Expectation): DayRange | null {
  if (e.kind === "same") return original;
  if (e.kind === "shift") return { start: addDaysIso(original.start, e.days), end: addDaysIso(original.end, e.days) };
  if (e.kind === "end-shift") return { start: original.start, end: addDaysIso(original.end, e.days) };
  if (e.kind === "years") return { start: plusYears(original.start, e.years), end: plusYears(original.end, e.years) };
  return null;
}

export function meets(original: DayRange, e: Expectation, got: DayRange): boolean {
  if (e.kind === "contains") return got.start <= original.start && got.end >= original.end;
  const want = expectedRange(original, e)!;
  return got.start === want.start && got.end === want.end;
}
