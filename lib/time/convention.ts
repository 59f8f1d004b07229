/**
 * THE resolution convention of inshiqaq (issue 3 and /work/shared/dev-reports/README.md).
 * Every rule resolves through a function in this file, so this is the one place to read or change
 * what an expression means. P is one publication day; a publication window is resolved at both of
 * its ends and the hull is taken (engine.ts). All ranges are inclusive calendar days.
 *
 * | expression                                                      | range                                   | grain   |
 * |-----------------------------------------------------------------|-----------------------------------------|---------|
 * | اليوم، الليلة، صباح/مساء اليوم، اليوم السبت                        | [P, P]                                  | day     |
 * | أمس، البارحة، الليلة الماضية، ليلة أمس، مساء أمس الأربعاء            | [P-1, P-1]                              | day     |
 * | أول أمس، أمس الأول                                                | [P-2, P-2]                              | day     |
 * | غداً (future)                                                    | [P+1, P+1]                              | day     |
 * | منذ/قبل يوم، يومين، N أيام                                         | [P-N, P-N]                              | day     |
 * | منذ/قبل أسبوع، أسبوعين، N أسابيع                                    | [P-7N-(N+1), P-7N+(N+1)] (1 → P-9..P-5, 2 → P-17..P-11) | week |
 * | منذ/قبل N أشهر/شهر/شهرين                                           | the calendar month N months before P's  | month   |
 * | منذ/قبل N سنوات/عام/سنتين                                          | the calendar year N years before P's    | year    |
 * | منذ/قبل ساعات، N ساعة                                              | [P-ceil(N/24), P]                       | span    |
 * | قبل/منذ أيام (عدة/بضعة)                                             | [P-7, P-1]                              | span    |
 * | قبل/منذ أسابيع                                                     | [P-42, P-14]                            | span    |
 * | قبل/منذ أشهر                                                       | [P-12 months, P-2 months]               | span    |
 * | قبل/منذ سنوات                                                      | [P-10 years, P-2 years]                 | span    |
 * | خلال الساعات الماضية، الـ24 ساعة الماضية، الأربع والعشرين ساعة         | [P-1, P]                                | span    |
 * | خلال الـN ساعة الماضية                                              | [P-ceil(N/24), P] (72 → P-3..P)         | span    |
 * | خلال اليومين الماضيين                                               | [P-2, P]                                | span    |
 * | خلال N أيام الماضية / الأيام العشرة الماضية                          | [P-N, P]                                | span    |
 * | خلال الأيام (القليلة) الماضية                                        | [P-7, P]                                | span    |
 * | خلال الأسبوعين الماضيين                                             | [P-14, P]                               | span    |
 * | خلال الأسابيع الماضية                                               | [P-42, P]                               | span    |
 * | خلال الأشهر الماضية، في الأشهر الأخيرة                               | [P-6 months, P]                         | span    |
 * | خلال السنوات/الأعوام الماضية                                        | [P-5 years, P]                          | span    |
 * | مؤخراً، في الآونة الأخيرة، خلال الفترة الأخيرة/الماضية، حديثاً          | [P-30, P]                               | span    |
 * | الأسبوع الماضي، خلال الأسبوع الماضي                                  | [P-7, P-1]                              | week    |
 * | الأسبوع الجاري، هذا الأسبوع                                          | [P-6, P]                                | week    |
 * | الشهر الجاري/الحالي، هذا الشهر                                        | [1st of P's month, P]                   | month   |
 * | الشهر الماضي/الفائت/المنصرم                                          | the whole previous month                | month   |
 * | الشهر المقبل                                                       | the whole next month                    | month   |
 * | العام/السنة الجاري/الحالي، هذا العام                                   | [1 Jan of P's year, P]                  | year    |
 * | العام/السنة الماضي/الفائت/المنصرم                                    | the whole previous year                 | year    |
 * | عام 2014، سنة 2014                                                 | the whole year                          | year    |
 * | weekday + الماضي/الفائت                                            | latest such weekday strictly before P   | day     |
 * | bare weekday (past-tense reports)                                 | latest such weekday on or before P      | day     |
 * | weekday + المقبل/القادم                                            | next such weekday strictly after P      | day     |
 * | أمس/اليوم + weekday ("أمس الأحد")                                   | the relative day wins; a disagreeing weekday is noted | day |
 * | month name, bare or + الماضي/الفائت                                 | latest such month not after P's month; with الماضي/الفائت and equal to P's month → a year earlier | month |
 * | month name + الجاري/الحالي                                          | that month of P's year                  | month   |
 * | month name + المقبل/القادم                                          | the next such month after P's month     | month   |
 * | month name + year ("أيار 2021", "كانون الأول من العام الماضي")         | that month of that year                 | month   |
 * | مطلع/بداية/أوائل + month                                            | days 1–10                               | span    |
 * | منتصف/أواسط + month                                                | days 11–20                              | span    |
 * | أواخر/نهاية/آخر + month                                            | day 21 – last day                       | span    |
 * | مطلع/بداية/أوائل + year                                             | 1 Jan – 31 Mar                          | quarter |
 * | منتصف/أواسط + year                                                 | 1 Apr – 30 Sep                          | span    |
 * | أواخر/نهاية/آخر + year                                             | 1 Oct – 31 Dec                          | quarter |
 * | day + month (+ year) ("13 حزيران/يونيو 2021", "2021/6/13")          | that day; without a year, the latest such date not after P | day |
 * | day + الشهر الجاري/الماضي ("19 من الشهر الجاري")                      | that day of P's / the previous month    | day     |
 * | منذ + any dated start ("منذ بداية عام 2014", "منذ سقوط … في 8 كانون الأول 2024") | [the start's first day, P] | span |
 * | "قبل يوم/يومين/أسبوع من <event>" after a calendar date in the text    | that date − N days, rule "relative-to-event" (else as "قبل N أيام") | day |
 * | Hijri month (شهر رمضان، رمضان الماضي، محرم 1445)                       | that Umm al-Qura month, chosen like a Gregorian month name | month |
 * | Hijri date ("20-02-1434", "20 صفر 1434 هـ")                          | that day                                | day     |
 * | حتى اليوم، إلى اليوم، حتى الآن                                        | [P, P], rule "today-until" (an end bound) | day   |
 * | a full date on a header/dateline line                             | that day, rule "dateline-…" (a publication date, never an event date) | day |
 *
 * Round 3 (issue 14): one line per class; each class is a rule module beside its examples.
 * | أول أمس، أول من أمس، أمس الأول، قبل البارحة، اليوم الذي سبق أمس        | [P-2, P-2]; "قبل قليل/منذ لحظات"، "هذا الصباح" → [P, P] | day |
 * | اليوم السابق / في اليوم التالي / في اليوم نفسه، بعد يومين، بعد ذلك بأسبوع | the last day named before it in the text −1 / +1 / 0 / +N; with none, P−1 / P+1 / P / P+N | day |
 * | فجر/صباح/ظهر/عصر/مساء/ليل + a day; a day + صباحاً/"عند الساعة 3"          | that day                                | day     |
 * | a time alone ("الساعة الثالثة عصراً"، "عند 3:15"، "بعد منتصف الليل"، "فجراً") | the day named before it in the text, else [P, P] | day |
 * | ليلة الخميس على الجمعة (ليلة الخميس-الجمعة، ليل الخميس الجمعة)         | BOTH days [Thu, Fri]; Thu = latest on or before P | span |
 * | weekday + من الأسبوع الماضي/الجاري/المقبل، أحد الأسبوع الماضي، اثنين هذا الأسبوع | that day of the calendar week; WEEKS START ON SUNDAY | day |
 * | مطلع / منتصف / نهاية الأسبوع (الماضي…)، عطلة نهاية الأسبوع                | Sun–Tue / Tue–Thu / Thu–Sat; Fri–Sat of that week | span |
 * | الأسبوع قبل الماضي؛ الجمعة قبل الماضية                                  | [P-14, P-8]; the weekday 7 days before "الجمعة الماضية" | week/day |
 * | الثلاثاء الثالث من أيلول 2014، ثاني أربعاء من تشرين الأول، آخر اثنين من الشهر | the n-th (last) such weekday of that month | day |
 * | اليوم الأخير من شهر تشرين الأول، آخر يوم من الشهر، أول أيام آذار          | the month's last / first day            | day     |
 * | "أول" + month ("في أول شباط") ≠ "أوائل شباط"                             | day 1 (أوائل/مطلع = days 1–10)          | day     |
 * | الأيام الأولى/الأخيرة من، العشر الأوائل/الأواخر من + month                | days 1–10 / 21–end                      | span    |
 * | من 23 وحتى 26 تشرين الأول، بين 3 و5 آذار، من الثالث والعشرين حتى السادس والعشرين | [first day, second day] of that month (first > second: the month before) | span |
 * | من/بين <dated> حتى/إلى/و <dated> ("من 3 آذار حتى 10 نيسان 2014"، "بين آذار وحزيران") | [first's start, second's end]; a first end without a year is the latest not after the second | span |
 * | 21/09، السبت 21/09، 21/9/14                                            | that day (without a year: the latest not after P) | day |
 * | 9/2014؛ شهر عشرة، شهر 10، الشهر العاشر، بشهر تسعة الماضي                 | that month, chosen like a month name    | month   |
 * | في 2014، خلال 2015؛ من 2012 حتى 2014، بين 2011 و2013                     | the whole year(s) (not before a counted noun: "2014 عنصراً") | year/span |
 * | صيف 2014، شتاء العام الماضي، خلال الصيف الماضي، في الربيع                 | meteorological season (winter of Y = Dec Y-1–Feb Y); الماضي = the latest ended before P; bare = latest begun | span |
 * | الربع الأول / النصف الثاني من العام (الماضي، 2014)                        | that quarter / half                     | quarter/span |
 * | العام/السنة قبل الماضي(ة)، الشهر قبل الماضي                              | the year / month two before P's         | year/month |
 * | منذ عقد، قبل عام ونصف                                                    | the year 10 years before; the month 18 months before P's | year/month |
 * | منذ/قبل فترة، منذ مدة، قبل فترة قصيرة                                    | [P-30, P] like مؤخراً ("في وقت سابق" is not a date) | span |
 * | عيد الفطر، عيد الأضحى، وقفة عرفة، ليلة القدر، عاشوراء، المولد النبوي     | 1–3 Shawwal, 10–13 Dhu al-Hijja, 9 Dhu al-Hijja, 27 Ramadan, 10 Muharram, 12 Rabi' I (Umm al-Qura); bare = latest begun by P, الماضي = latest ended before P | span/day |
 * | أول/ثاني أيام عيد …، أول أيام رمضان، العشر الأواخر من رمضان، رمضان 2014  | that day; days 21–end; the Ramadan that begins in 2014 | day/span/month |
 * | عيد الميلاد، رأس السنة، ليلة رأس السنة                                    | 25 Dec, 1 Jan, 31 Dec: the latest on or before P | day |
 * Round 5 (whole-report conventions, lib/extract/conventions/dates):
 * | أثناء الليل، خلال الليل (in a statement made on P)                         | [P-1, P-1]                              | day     |
 * | بين 08 كانون الأول لغاية 20، من 3 آذار حتى 10 منه (month after the first day) | [first day, second day] of that month   | span    |
 * | a day range without a year                                          | the latest whose last day is not after P (a December report's "…لغاية 20" after P → previous year) | span |
 * | بعد يومين من ذلك (اليوم)                                             | the day named before it + N, like "بعد ذلك بيومين" | day |
 * | منذ بدء/بداية/انطلاق/اندلاع X, the text having dated X's beginning before | [that day, P], rule "since-event" | span |
 * | a wire dateline opening the story ("دمشق - 15 آذار 2022 (رويترز) - …") | that day, rule "dateline-…"          | day     |
 * | FUTURE: غداً، بعد غد، الأسبوع/الشهر/العام المقبل، خلال الأيام المقبلة، قريباً، بعد شهرين | forward ([P+1, P+7] for الأيام المقبلة, [P+1, P+30] for قريباً); DateMatch.future = true — also for ANY expression wholly after P | as read |
 */
import * as calendar from "./calendar";
import type { Day } from "./calendar";
import type { Grain } from "./types";
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { day, dayOfMonth, daysInMonth, month, monthEnd, monthStart, plusDays, plusMonths, plusYears, weekdayOf, year } = calendar;

/** A resolved range for ONE publication day. */
export interface Span {
  start: Day;
  end: Day;
}

/** What kind of time an expression names; the extractor uses it to tell a day from a period. */
export type DateKind = "day" | "period" | "vague";

const span = (start: Day, end: Day): Span => ({ start, end });
const oneDay = (d: Day): Span => ({ start: d, end: d });

// ---- days ---------------------------------------------------------------------------------

export const today = (P: Day): Span => oneDay(P);
export const daysAgo = (P: Day, n: number): Span => oneDay(plusDays(P, -n));
export const daysAhead = (P: Day, n: number): Span => oneDay(plusDays(P, n));

/** "منذ أسبوع" → P-9..P-5; "منذ أسبوعين" → P-17..P-11: ±(N+1) days around P-7N. */
export function weeksAgo(P: Day, n: number): Span {
  const centre = plusDays(P, -7 * n);
  return span(plusDays(centre, -(n + 1)), plusDays(centre, n + 1));
}

export function monthsAgo(P: Day, n: number): Span {
  const m = plusMonths(monthStart(year(P), month(P)), -n);
  return span(m, monthEnd(year(m), month(m)));
}

export function yearsAgo(P: Day, n: number): Span {
  return wholeYear(year(P) - n);
}

/**
 * "قبل 48 ساعة": the moment that many hours before P, whose hour is unknown, so the days it may fall on: whole days
 * of hours name one day, as the days counted back do ("قبل 48 ساعة" = "قبل يومين" = P-2); "قبل 36 ساعة" = [P-2, P-1];
 * "قبل 10 ساعات" = [P-1, P].
 */
export function hoursAgo(P: Day, hours: number): Span {
  return span(plusDays(P, -Math.ceil(hours / 24)), plusDays(P, -Math.floor(hours / 24)));
}

/** "خلال الـ48 ساعة الماضية": the span of those hours up to P, [P-2, P] (at least [P-1, P]). */
function pastHours(P: Day, hours: number): Span {
  return span(plusDays(P, -Math.max(1, Math.ceil(hours / 24))), P);
}

// ---- vague relative spans ----------------------------------------------------------------

export type VagueAgo = "days" | "weeks" | "months" | "years" | "hours";

export function vagueAgo(P: Day, unit: VagueAgo): Span {
  switch (unit) {
    case "hours":
      return span(plusDays(P, -1), P);
    case "days":
      return span(plusDays(P, -7), plusDays(P, -1));
    case "weeks":
      return span(plusDays(P, -42), plusDays(P, -14));
    case "months":
      return span(plusMonths(P, -12), plusMonths(P, -2));
    case "years":
      return span(plusYears(P, -10), plusYears(P, -2));
  }
}

/** "خلال <the last …>": from P back by the span's size, up to P. */
export type PastWindow =
  | { unit: "hours"; n: number }
  | { unit: "days"; n: number | null }
  | { unit: "weeks"; n: number | null }
  | { unit: "months"; n: number | null }
  | { unit: "years"; n: number | null };

export function pastWindow(P: Day, w: PastWindow): Span {
  switch (w.unit) {
    case "hours":
      return pastHours(P, w.n);
    case "days":
      return span(plusDays(P, -(w.n ?? 7)), P);
    case "weeks":
      return span(plusDays(P, -(w.n === null ? 42 : 7 * w.n)), P);
    case "months":
      return span(plusMonths(P, -(w.n ?? 6)), P);
    case "years":
      return span(plusYears(P, -(w.n ?? 5)), P);
  }
}

/** مؤخراً، في الآونة الأخيرة، خلال الفترة الأخيرة. */
export const recently = (P: Day): Span => span(plusDays(P, -30), P);

// ---- named periods -----------------------------------------------------------------------

export type Relation = "past" | "current" | "next";

export function thisOrLastWeek(P: Day, rel: Relation): Span {
  if (rel === "past") return span(plusDays(P, -7), plusDays(P, -1));
  if (rel === "next") return span(plusDays(P, 1), plusDays(P, 7));
  return span(plusDays(P, -6), P);
}

export function relativeMonth(P: Day, rel: Relation): Span {
  if (rel === "current") return span(monthStart(year(P), month(P)), P);
  const m = plusMonths(monthStart(year(P), month(P)), rel === "past" ? -1 : 1);
  return span(m, monthEnd(year(m), month(m)));
}

export function relativeYear(P: Day, rel: Relation): Span {
  if (rel === "current") return span(day(year(P), 1, 1), P);
  return wholeYear(year(P) + (rel === "past" ? -1 : 1));
}

/**
 * A current period (الجاري/الحالي/هذا, or the period word alone: "مطلع العام") or a part of it, as far as P: a
 * report cannot tell what has not happened yet, so a range that runs past P ends at P. A range wholly after P
 * ("نهاية العام الجاري" told in June) is the future, and stays whole (the engine marks it future).
 */
export function soFar(r: Span, P: Day): Span;
export function soFar(r: Span | null, P: Day): Span | null;
export function soFar(r: Span | null, P: Day): Span | null {
  return r && r.start <= P && P < r.end ? span(r.start, P) : r;
}

export const wholeYear = (y: number): Span => span(day(y, 1, 1), day(y, 12, 31));
export const wholeMonth = (y: number, m: number): Span => span(monthStart(y, m), monthEnd(y, m));

/**
 * The year of a month name with no year: the latest such month not after P's month
 * ("strictPast": with الماضي/الفائت, P's own month means a year earlier); الجاري → P's year;
 * المقبل → the next such month after P's.
 */
export function yearForMonth(P: Day, m: number, rel: "bare" | "strictPast" | "current" | "next"): number {
  const py = year(P);
  const pm = month(P);
  if (rel === "current") return py;
  if (rel === "next") return m > pm ? py : py + 1;
  if (rel === "strictPast") return m < pm ? py : py - 1;
  return m <= pm ? py : py - 1;
}

/** A day and month with no year: the latest such date not after P. */
export function yearForDayMonth(P: Day, m: number, d: number): number {
  const py = year(P);
  const pm = month(P);
  if (m < pm || (m === pm && d <= dayOfMonth(P))) return py;
  return py - 1;
}

// ---- parts of a month or a year ----------------------------------------------------------

export type Part = "early" | "mid" | "late";

export function partOfMonth(y: number, m: number, part: Part): Span {
  if (part === "early") return span(day(y, m, 1), day(y, m, 10));
  if (part === "mid") return span(day(y, m, 11), day(y, m, 20));
  return span(day(y, m, 21), day(y, m, daysInMonth(y, m)));
}

export function partOfYear(y: number, part: Part): Span {
  if (part === "early") return span(day(y, 1, 1), day(y, 3, 31));
  // The middle half of the year (dev-reports-2 convention: "منتصف عام 2021" = 1 April – 30 September).
  if (part === "mid") return span(day(y, 4, 1), day(y, 9, 30));
  return span(day(y, 10, 1), day(y, 12, 31));
}

export const partGrain = (part: Part, of: "month" | "year"): Grain => (of === "month" ? "span" : part === "mid" ? "span" : "quarter");

// ---- weekdays ----------------------------------------------------------------------------

/**
 * `wd` 0 = Sunday … 6 = Saturday. "bare": latest on or before P; "past": strictly before P;
 * "next": strictly after P.
 */
export function weekday(P: Day, wd: number, rel: "bare" | "past" | "next"): Span {
  const pw = weekdayOf(P);
  if (rel === "next") {
    const ahead = (wd - pw + 7) % 7 || 7;
    return oneDay(plusDays(P, ahead));
  }
  let back = (pw - wd + 7) % 7;
  if (rel === "past" && back === 0) back = 7;
  return oneDay(plusDays(P, -back));
}

/** "منذ <dated start>": from the start's first day up to P (never reversed). */
export function since(P: Day, start: Day): Span {
  return start <= P ? span(start, P) : span(P, start);
}

// ---- round 3 (issue 14) -------------------------------------------------------------------

/**
 * Calendar weeks start on SUNDAY (الأحد, "the first", is day one of the Arabic week and of the Syrian
 * working week). `weekOffset` 0 = P's week, -1 = the week before, +1 = the next. `wd` 0 = Sunday.
 */
export function weekdayOfWeek(P: Day, wd: number, weekOffset: number): Span {
  return oneDay(plusDays(P, -weekdayOf(P) + 7 * weekOffset + wd));
}

/** Early (Sun–Tue), middle (Tue–Thu) or late (Thu–Sat) part of a calendar week; "weekend" = Fri–Sat. */
export function partOfWeek(P: Day, weekOffset: number, part: Part | "weekend"): Span {
  const sunday = plusDays(P, -weekdayOf(P) + 7 * weekOffset);
  const [a, b] = part === "early" ? [0, 2] : part === "mid" ? [2, 4] : part === "late" ? [4, 6] : [5, 6];
  return span(plusDays(sunday, a), plusDays(sunday, b));
}

/** "الثلاثاء الثالث من أيلول": the n-th (1–5, or -1 = last) weekday `wd` of month m; null if none. */
export function nthWeekdayOfMonth(y: number, m: number, wd: number, n: number): Span | null {
  if (n === -1) {
    const last = monthEnd(y, m);
    return oneDay(plusDays(last, -((weekdayOf(last) - wd + 7) % 7)));
  }
  const first = monthStart(y, m);
  const d = plusDays(first, ((wd - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
  return month(d) === m ? oneDay(d) : null;
}

/** "في أول شباط" → day 1; "آخر يوم من الشهر" → the last day. */
export const firstDayOfMonth = (y: number, m: number): Span => oneDay(monthStart(y, m));
export const lastDayOfMonth = (y: number, m: number): Span => oneDay(monthEnd(y, m));

export type Season = "winter" | "spring" | "summer" | "autumn";

/** Meteorological seasons; the winter of year Y is 1 Dec Y-1 – end of Feb Y (the winter that ends in Y). */
export function seasonOf(y: number, s: Season): Span {
  if (s === "winter") return span(day(y - 1, 12, 1), monthEnd(y, 2));
  const first = s === "spring" ? 3 : s === "summer" ? 6 : 9;
  return span(monthStart(y, first), monthEnd(y, first + 2));
}

/**
 * A season relative to P: "bare" = the latest one begun by P; "past" (الماضي) = the latest one ended
 * before P; "current" (هذا/الحالي) = the one of P's year; "next" = the first one begun after P.
 */
export function seasonFor(P: Day, s: Season, rel: "bare" | "past" | "current" | "next"): Span {
  const py = year(P);
  if (rel === "current") return seasonOf(s === "winter" && month(P) === 12 ? py + 1 : py, s);
  for (let y = py + 1; y >= py - 2; y--) {
    const r = seasonOf(y, s);
    if (rel === "bare" && r.start <= P) return r;
    if (rel === "past" && r.end < P) return r;
  }
  for (let y = py - 1; y <= py + 2; y++) {
    const r = seasonOf(y, s);
    if (r.start > P) return r;
  }
  return seasonOf(py, s);
}

/** "الشهر قبل الماضي": the calendar month two before P's. */
export function monthBeforeLast(P: Day): Span {
  const m = plusMonths(monthStart(year(P), month(P)), -2);
  return span(m, monthEnd(year(m), month(m)));
}

/** "الأسبوع قبل الماضي": [P-14, P-8], the week before "الأسبوع الماضي" [P-7, P-1]. */
export const weekBeforeLast = (P: Day): Span => span(plusDays(P, -14), plusDays(P, -8));

/** "خلال الأيام المقبلة" and kin: from P+1 forward by the span's size (always future). */
export function nextWindow(P: Day, unit: "days" | "weeks" | "months" | "hours"): Span {
  if (unit === "hours") return span(plusDays(P, 1), plusDays(P, 1));
  if (unit === "days") return span(plusDays(P, 1), plusDays(P, 7));
  if (unit === "weeks") return span(plusDays(P, 1), plusDays(P, 42));
  return span(plusDays(P, 1), plusMonths(P, 6));
}

/** "بعد N أشهر/سنوات" from P: the calendar month or year N after P's (future). */
export function monthsAhead(P: Day, n: number): Span {
  return monthsAgo(P, -n);
}
export const yearsAhead = (P: Day, n: number): Span => wholeYear(year(P) + n);

/** "قريباً", "في القريب العاجل": [P+1, P+30] (future). */
export const soon = (P: Day): Span => span(plusDays(P, 1), plusDays(P, 30));
