/**
 * Numeric and colloquial dates (round 3): "21/09"، "السبت 21/9" (day/month, the latest such day not after P),
 * "21/9/14" (two-digit year), "9/2014" (a month), and months said by number as Syrians say them: "شهر
 * عشرة"، "شهر 10"، "الشهر العاشر"، "بشهر تسعة الماضي"، "في 5 شهر 10". ("21/9/2014" and "2014-09-21" are
 * the "date-numeric" rules of explicit-dates.ts.) "الشهر الثالث على التوالي" and "للشهر الثاني" count
 * months of something else and are not dates.
 */
import * as $calendar from "../calendar";
import * as $convention from "../convention";
import type { Span } from "../convention";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import * as $explicit_dates from "./explicit-dates";
import * as $months from "./months";
import * as $years from "./years";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { day, isRealDay, month: monthOf, plusMonths, weekdayOf, year: yearOf } = $calendar;
const { wholeMonth, yearForDayMonth } = $convention;
const { alt, f, L, LP, MONTH_FIRST_WORDS, MONTH_NAME, MONTH_NUMBER, R, WEEKDAY, WEEKDAY_NUMBER, WEEKDAY_WORDS } = $lexicon;
const { anchors, DIGIT, resolver, rule, spanEnd, spanStart } = $make;
const { dayReading } = $explicit_dates;
const { monthTail, monthYearResolver } = $months;
const { COUNTED_NOUN } = $years;

function oneDay(m: RegExpExecArray, y: (P: number) => number, mo: number, d: number): Reading | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return dayReading(m, (P) => ({ y: y(P), m: mo, d }));
}

/** Month numbers as words: cardinals (both genders, Levantine spellings) and ordinals. */
const MONTH_WORD = new Map<string, number>();
for (const [forms, n] of [
  ["اثنين|اتنين|تنين", 2], ["ثلاثة|تلاتة|ثلاث|تلات", 3], ["أربعة|اربعة|أربع|اربع", 4], ["خمسة|خمس", 5], ["ستة|ست", 6], ["سبعة|سبع", 7],
  ["ثمانية|تمانية|ثمانيه|تمنية|ثمان|تمن", 8], ["تسعة|تسع", 9], ["عشرة|عشر", 10], ["أحد عشر|احدعش|حداش|إحدى عشر|احدى عشر", 11], ["اثنا عشر|اثني عشر|اتناعش|طناش", 12],
  ["الثاني", 2], ["الثالث", 3], ["الرابع", 4], ["الخامس", 5], ["السادس", 6], ["السابع", 7], ["الثامن", 8], ["التاسع", 9], ["العاشر", 10], ["الحادي عشر", 11], ["الثاني عشر", 12],
] as Array<[string, number]>) {
  for (const w of forms.split("|")) MONTH_WORD.set(f(w), n);
}
const CARDINALS = alt([...MONTH_WORD.keys()].filter((k) => !k.startsWith("ال")).join("|"));
const ORDINALS = alt([...MONTH_WORD.keys()].filter((k) => k.startsWith("ال")).join("|"));
const FRACTION_BEFORE = new RegExp(`${alt("نسبة|بنسبة|بمعدل|بواقع|أصل|مقابل")} $`);
const COUNTING_AFTER = new RegExp(`^ ${alt("على التوالي|على التوالى|من|على|علي")}${R}`);
/** A counted noun right after the number: "3 عناصر" counts people. */
const COUNTED_AFTER = new RegExp(`^ ${COUNTED_NOUN}${R}`);

export const numericDates: RuleModule = {
  name: "numeric and colloquial dates",
  rules: [
    // "21/09", "21/9/14"
    rule("date-day-month", `${L}(?<![/.\\-])(?<x>(?<d>[0-3]?\\d)/(?<m>[01]?\\d)(?:/(?<yy>\\d\\d))?)(?![0-9]|/ ?\\d|\\.\\d)`, (m, text) => {
      const g = m.groups!;
      // "3/4", "نسبة 2/3": a fraction (two single digits, the first smaller), not a date.
      if (!g.yy && g.d.length === 1 && g.m.length === 1 && Number(g.d) < Number(g.m)) return null;
      if (FRACTION_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const d = Number(g.d);
      const mo = Number(g.m);
      if (g.yy) {
        const y = Number(g.yy) <= 50 ? 2000 + Number(g.yy) : 1900 + Number(g.yy);
        return oneDay(m, () => y, mo, d);
      }
      return oneDay(m, (P) => yearForDayMonth(P, mo, d), mo, d);
    }, [DIGIT], anchors(DIGIT, 1, true)),
    // "فبراير 15", "مارس 3، 2015" (month before day, as in Egyptian and Gulf copy); not before a counted noun.
    rule(
      "date-month-day",
      `${LP}(?<x>(?<m1>${MONTH_NAME}) (?<d>[0-3]?\\d)(?![0-9/.\\-])(?: ?,? ?(?<y>(?:19|20)\\d\\d)(?![0-9]))?)(?! ?[\u0621-\u064A])`,
      (m): Reading | null => {
        const g = m.groups!;
        const mo = MONTH_NUMBER.get(g.m1);
        if (!mo) return null;
        const d = Number(g.d);
        const y = g.y ? Number(g.y) : null;
        return oneDay(m, (P) => y ?? yearForDayMonth(P, mo, d), mo, d);
      },
      MONTH_FIRST_WORDS,
      anchors(DIGIT, 2, true),
    ),
    // "يوم 17", "الخميس 17", "يوم الـ17": a day of the month with no month, the latest such day not after P.
    rule(
      "day-of-month",
      `${LP}(?<x>(?:${alt("يوم")} (?:${alt("ال")} ?)?|(?:${alt("يوم")} )?(?<wd>${WEEKDAY}) ?,? ?)(?<d>[0-3]?\\d))(?![0-9]|[/.\\-]\\d)(?! ?(?:${alt("من")} )?(?:${MONTH_NAME}|${alt("الشهر|شهر")})${R})(?! ?[\u0621-\u064A]{3,})`,
      (m): Reading | null => {
        const g = m.groups!;
        const d = Number(g.d);
        if (d < 1 || d > 31) return null;
        const reading = oneDay(m, () => 0, 1, d);
        if (!reading) return null;
        reading.absolute = false;
        const wd = g.wd ? WEEKDAY_NUMBER.get(g.wd) : undefined;
        if (wd !== undefined) reading.checkWeekday = wd;
        reading.resolve = resolver((P): Span | null => {
          // The latest month that has day d on or before P and, when a weekday is named, on that weekday
          // ("الخميس 17": the latest 17th that was a Thursday, within a year); else the latest such day.
          let latest: Span | null = null;
          for (let back = 0; back < 13; back++) {
            const first = plusMonths(day(yearOf(P), monthOf(P), 1), -back);
            const [y, mo] = [yearOf(first), monthOf(first)];
            if (!isRealDay(y, mo, d)) continue;
            const dd = day(y, mo, d);
            if (dd > P) continue;
            latest ??= { start: dd, end: dd };
            if (wd === undefined || weekdayOf(dd) === wd) return { start: dd, end: dd };
          }
          return latest;
        });
        return reading;
      },
      [f("يوم"), ...WEEKDAY_WORDS],
      anchors(DIGIT, 2, true),
    ),
    // "9/2014", "09-2014"
    rule("month-numeric", `${L}(?<![/.\\-])(?<x>(?<m>[01]?\\d)[/\\-](?<y>(?:19|20)\\d\\d))(?![0-9]|[/\\-]\\d)`, (m): Reading | null => {
      const mo = Number(m.groups!.m);
      const y = Number(m.groups!.y);
      if (mo < 1 || mo > 12) return null;
      return { start: spanStart(m), end: spanEnd(m), grain: "month", kind: "period", resolve: resolver(() => wholeMonth(y, mo)) };
    }, [DIGIT], anchors(DIGIT, 1, true)),
    // "شهر عشرة", "شهر 10", "الشهر العاشر", "في 5 شهر 10", "21 من الشهر التاسع 2014"
    rule(
      "month-number",
      `${LP}(?<x>(?:(?<d>[0-3]?\\d) (?:${alt("من")} )?)?(?:${alt("شهر")} (?:(?<n>[01]?\\d)(?![0-9])|(?<c>${CARDINALS}))|${alt("الشهر")} (?<o>${ORDINALS}))${monthTail("a")})${R}`,
      (m, text): Reading | null => {
        const g = m.groups!;
        const mo = g.n ? Number(g.n) : MONTH_WORD.get(g.c ?? g.o ?? "");
        if (!mo || mo < 1 || mo > 12) return null;
        const hasTail = Boolean(g.ay || g.ayq || g.aq);
        // "فرّ قبل شهر 3 عناصر": the number counts people, the month is a span back.
        if (!hasTail && !g.o && COUNTED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
        if (g.o && !hasTail) {
          // "الشهر الثالث على التوالي", "للشهر الثاني", "الشهر الثاني من الحملة": a count of months.
          if (COUNTING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
          if (/ل$/.test(text.slice(m.index, m.index + m[0].length - (g.x ?? "").length))) return null;
          if (!g.d && !/(?:^|[ ,])(?:في|خلال|منذ|حتى|الى|مطلع|اواخر|منتصف|بدايه|نهايه|اوائل) $/.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
        }
        const yearFor = monthYearResolver(g, "a");
        if (g.d) {
          const d = Number(g.d);
          const fixed = hasTail;
          return oneDay(m, (P) => (fixed ? yearFor(P, mo) : yearForDayMonth(P, mo, d)), mo, d);
        }
        return { start: spanStart(m), end: spanEnd(m), grain: "month", kind: "period", resolve: resolver((P) => wholeMonth(yearFor(P, mo), mo)) };
      },
      [DIGIT, f("شهر"), f("الشهر")],
      anchors("شهر|الشهر", 2),
    ),
  ],
  examples: [
    ["21/09", "2021-06-20", "2020-09-21", "2020-09-21", "day"],
    ["السبت 21/09", "2014-10-01", "2014-09-21", "2014-09-21", "day"],
    ["في 15/6", "2021-06-20", "2021-06-15", "2021-06-15", "day"],
    ["يوم 09/05", "2021-06-20", "2021-05-09", "2021-05-09", "day"],
    ["21/9/2014", "2021-06-20", "2014-09-21", "2014-09-21", "day"],
    ["2014-09-21", "2021-06-20", "2014-09-21", "2014-09-21", "day"],
    ["21/9/14", "2021-06-20", "2014-09-21", "2014-09-21", "day"],
    ["في ٢١/٩/٢٠١٤", "2021-06-20", "2014-09-21", "2014-09-21", "day"],
    ["9/2014", "2021-06-20", "2014-09-01", "2014-09-30", "month"],
    ["شهر عشرة", "2021-12-01", "2021-10-01", "2021-10-31", "month"],
    ["بشهر تسعة الماضي", "2021-12-01", "2021-09-01", "2021-09-30", "month"],
    ["في الشهر العاشر", "2021-12-01", "2021-10-01", "2021-10-31", "month"],
    ["شهر 10", "2021-06-20", "2020-10-01", "2020-10-31", "month"],
    ["شهر 10 من عام 2014", "2021-06-20", "2014-10-01", "2014-10-31", "month"],
    ["في 5 شهر 10", "2021-06-20", "2020-10-05", "2020-10-05", "day"],
    ["الشهر التاسع 2014", "2021-06-20", "2014-09-01", "2014-09-30", "month"],
    ["فبراير 15", "2021-06-20", "2021-02-15", "2021-02-15", "day"],
    ["مارس 3، 2015", "2021-06-20", "2015-03-03", "2015-03-03", "day"],
    ["يوم 17", "2021-06-20", "2021-06-17", "2021-06-17", "day"],
    ["الخميس 17", "2021-06-20", "2021-06-17", "2021-06-17", "day"],
    ["الجمعة 14", "2021-06-20", "2021-05-14", "2021-05-14", "day"],
    ["يوم 25", "2021-06-20", "2021-05-25", "2021-05-25", "day"],
    ["انشق في آذار 15 مقاتلاً", "2021-06-20", "2021-03-01", "2021-03-31", "month"],
  ],
  negatives: ["يوم 17 عنصراً", "للشهر الثالث على التوالي", "الشهر الثاني من الحملة", "نسبة 3/4", "لمدة شهر", "الفوج 46", "شهر واحد", "شهر 3 عناصر", "شهر ثلاثة مقاتلين"],
};
