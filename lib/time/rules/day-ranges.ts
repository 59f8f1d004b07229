/**
 * Explicit day ranges inside one month (round 3): "من 23 وحتى 26 تشرين الأول"، "بين 3 و5 آذار"، "يومي 23 و24
 * تشرين الأول"، "23-26 تشرين الأول 2014"، "من الثالث والعشرين حتى السادس والعشرين من شهر أكتوبر" (ordinal
 * day words), "خلال الفترة من 3 إلى 10 آذار" → [first day, second day] of that month. A first day larger
 * than the second is in the month before ("من 28 حتى 3 آذار"). Ranges between two full expressions ("من 3
 * آذار حتى 10 نيسان 2014"، "بين آذار وحزيران") are joined by the refiner `mergeRange`.
 * The month may follow the first day instead ("بين 08 كانون الأول لغاية 20"، "من 3 آذار حتى 10 منه"): the second
 * day is in the same month. Without a year, a range is the latest whose last day is not after P (in a
 * December report, "بين 08 كانون الأول لغاية 20" after P is the previous year's).
 */
import * as $calendar from "../calendar";
import * as $convention from "../convention";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import * as $months from "./months";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { day, isRealDay, plusMonths, year: yearOf, month: monthOf } = $calendar;
const { yearForDayMonth } = $convention;
const { alt, LD, MONTH, MONTH_FIRST_WORDS, MONTH_NUMBER, ORDINAL, ORDINAL_FIRST_WORDS, ORDINAL_WORDS, R } = $lexicon;
const { anchors, DIGIT, resolver, rule } = $make;
const { monthTail, monthYearResolver, tailRelation, tailYear } = $months;

const TO = `(?:${alt("و")} ?(?:${alt("حتى|إلى|لغاية")} )?|(?:${alt("حتى|إلى|لغاية|ولغاية|وحتى|وإلى")}) |[-–] ?)`;
const DAY = (p: string) => `(?:(?<${p}d>[0-3]?\\d)|(?<${p}o>${ORDINAL_WORDS}))`;
/** Words before the first day that belong to the range ("من", "بين", "يومي", "خلال الفترة من"). */
const OPENER = new RegExp(`(?:${alt("خلال الفترة|في الفترة|الفترة")} (?:${alt("الممتدة")} )?)?(?:${alt("من|بين|ما بين|يومي|أيام|الأيام")}) $`);

/** After a bare second day: "منه"/"من الشهر نفسه", then a stop, the end or a preposition (not a counted noun: "حتى 20 عنصراً"). */
const SAME_MONTH_END = `(?: ${alt("منه|من الشهر نفسه|من الشهر ذاته|من نفس الشهر")})?(?=\\s*(?:[.,،؛;:!?()\\[\\]"«»\\n-]|$)|\\s+${alt("من|في|على|عند|خلال")}${R})`;

/** The year of a range's month: a stated year or relation, else the latest range that has ended by P. */
function rangeYear(g: Record<string, string | undefined>, p: string, month: number, lastDay: number): (P: number) => number {
  const stated = tailYear(g, p);
  if (stated) return (P) => stated(P, month);
  if (tailRelation(g, p) !== "bare") return (P) => monthYearResolver(g, p)(P, month);
  return (P) => yearForDayMonth(P, month, lastDay);
}

/** [d1, d2] of a month, or with d1 > d2 from d1 of the month before. */
function monthRange(y: number, month: number, d1: number, d2: number) {
  if (!isRealDay(y, month, d2)) return null;
  const end = day(y, month, d2);
  if (d1 < d2) return { start: day(y, month, d1), end };
  const before = plusMonths(day(y, month, 1), -1);
  if (!isRealDay(yearOf(before), monthOf(before), d1)) return null;
  return { start: day(yearOf(before), monthOf(before), d1), end };
}

function dayOf(g: Record<string, string | undefined>, p: string): number {
  const d = g[`${p}d`];
  return d !== undefined ? Number(d) : (ORDINAL.get(g[`${p}o`] ?? "") ?? 0);
}

/** "من / بين / ما بين / خلال الفترة …" just before a range belongs to it (its span starts there). */
function openerBefore(m: RegExpExecArray, text: string): RegExpExecArray | null {
  return OPENER.exec(text.slice(Math.max(0, m.index - 32), m.index));
}

/** Days d1..d2 of one month, in the year `yearFor` gives for the publication day. */
function rangeReading(m: RegExpExecArray, opener: RegExpExecArray | null, yearFor: (P: number) => number, month: number, d1: number, d2: number): Reading {
  return {
    start: m.index - (opener ? opener[0].length : 0),
    end: m.index + m[0].length,
    grain: "span",
    kind: "period",
    absolute: true,
    resolve: resolver((P) => monthRange(yearFor(P), month, d1, d2)),
  };
}

export const dayRanges: RuleModule = {
  name: "day ranges",
  rules: [
    rule(
      "day-range",
      `${LD}(?<x>${DAY("a1")} ?(?<to>${TO})(?:${alt("يوم")} )?${DAY("a2")} (?:${alt("من")} )?${MONTH}${monthTail("a")})${R}`,
      (m, text): Reading | null => {
        const g = m.groups!;
        const d1 = dayOf(g, "a1");
        const d2 = dayOf(g, "a2");
        const month = MONTH_NUMBER.get(g.m1);
        if (!month || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || d1 === d2) return null;
        // "الحادي والعشرين" is one ordinal (21), not a range; two ordinals joined by a bare "و" are two days, with
        // or without "بين" ("في الثالث والخامس من آذار"): their hull, as for two digits ("في 3 و5 آذار").
        const opener = openerBefore(m, text);
        if (g.a1o && /^ ?و ?$/.test(g.to) && ORDINAL.has(`${g.a1o} و${g.a2o ?? ""}`)) return null;
        return rangeReading(m, opener, rangeYear(g, "a", month, d2), month, d1, d2);
      },
      [DIGIT, ...ORDINAL_FIRST_WORDS],
      // the month after both days, each a number or a two-word ordinal ("الحادي والعشرين")
      anchors(MONTH_FIRST_WORDS.join("|"), 10),
    ),
    rule(
      "day-range-month-first",
      `${LD}(?<x>${DAY("a1")} (?:${alt("من")} )?${MONTH}${monthTail("a")} ?(?<to>${TO})(?:${alt("يوم")} )?${DAY("a2")}${SAME_MONTH_END})`,
      (m, text): Reading | null => {
        const g = m.groups!;
        const d1 = dayOf(g, "a1");
        const d2 = dayOf(g, "a2");
        const month = MONTH_NUMBER.get(g.m1);
        if (!month || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || d1 >= d2) return null;
        const opener = openerBefore(m, text);
        // A bare "و" joins two days only after "بين" ("في 3 آذار و20 في …" may be "and 20 [people]").
        if (/^ ?و ?$/.test(g.to) && !(opener && opener[0].includes("بين"))) return null;
        return rangeReading(m, opener, rangeYear(g, "a", month, d2), month, d1, d2);
      },
      [DIGIT, ...ORDINAL_FIRST_WORDS],
      // the month after the first day (a number or a two-word ordinal, "الحادي والعشرين", then "من شهر")
      anchors(MONTH_FIRST_WORDS.join("|"), 4),
    ),
  ],
  examples: [
    // round 6: two ordinal days joined by "و" after "بين"; "الحادي والعشرين" stays one day
    ["بين الثالث والخامس من آذار", "2022-03-16", "2022-03-03", "2022-03-05", "span"],
    ["بين العاشر والخامس عشر من شباط الماضي", "2022-03-16", "2022-02-10", "2022-02-15", "span"],
    ["في الحادي والعشرين من آذار", "2022-03-26", "2022-03-21", "2022-03-21", "day"],
    // round 6 (loose ends): without "بين" too, two ordinal days joined by "و" before one month are those days (their
    // hull), as two digits are ("في 3 و5 آذار"), never the whole month; a compound ordinal stays one day
    ["في الثالث والخامس من آذار", "2022-03-16", "2022-03-03", "2022-03-05", "span"],
    ["انشقوا في الأول والثاني من تشرين الأول الماضي", "2022-03-16", "2021-10-01", "2021-10-02", "span"],
    ["يومي الرابع والسادس من شباط", "2022-03-16", "2022-02-04", "2022-02-06", "span"],
    ["في الثالث والعشرين من آذار", "2022-03-26", "2022-03-23", "2022-03-23", "day"],
    ["في 3 و5 آذار", "2022-03-16", "2022-03-03", "2022-03-05", "span"],
    ["من 23 وحتى 26 تشرين الأول", "2021-12-01", "2021-10-23", "2021-10-26", "span"],
    ["بين 3 و5 آذار", "2021-06-20", "2021-03-03", "2021-03-05", "span"],
    ["من الثالث والعشرين حتى السادس والعشرين من شهر أكتوبر", "2021-12-01", "2021-10-23", "2021-10-26", "span"],
    ["خلال الفترة من 3 إلى 10 آذار 2014", "2021-06-20", "2014-03-03", "2014-03-10", "span"],
    ["يومي 23 و24 تشرين الأول الماضي", "2021-12-01", "2021-10-23", "2021-10-24", "span"],
    ["23-26 أيلول 2014", "2021-06-20", "2014-09-23", "2014-09-26", "span"],
    ["من 28 حتى 3 آذار", "2021-06-20", "2021-02-28", "2021-03-03", "span"],
    // Between two full expressions: the refiner mergeRange.
    ["من 3 آذار حتى 10 نيسان 2014", "2021-06-20", "2014-03-03", "2014-04-10", "span"],
    ["خلال الفترة من 25 كانون الأول 2013 إلى 5 كانون الثاني 2014", "2021-06-20", "2013-12-25", "2014-01-05", "span"],
    ["بين 28 شباط و3 آذار", "2021-06-20", "2021-02-28", "2021-03-03", "span"],
    ["بين آذار وحزيران 2014", "2021-06-20", "2014-03-01", "2014-06-30", "span"],
    ["منذ مطلع آذار وحتى منتصف نيسان", "2021-06-20", "2021-03-01", "2021-04-20", "span"],
    // The month after the first day; a range without a year has ended by P.
    ["بين 08 كانون الأول لغاية 20", "2022-01-05", "2021-12-08", "2021-12-20", "span"],
    ["بين 08 كانون الأول لغاية 20", "2021-12-10", "2020-12-08", "2020-12-20", "span"],
    ["من 3 آذار حتى 10 منه", "2021-06-20", "2021-03-03", "2021-03-10", "span"],
    ["بين 3 حزيران و9 من الشهر نفسه", "2021-06-20", "2021-06-03", "2021-06-09", "span"],
    ["من 3 آذار 2014 إلى 10 منه", "2021-06-20", "2014-03-03", "2014-03-10", "span"],
    ["من 23 وحتى 26 كانون الأول", "2021-12-24", "2020-12-23", "2020-12-26", "span"],
    // … but not before a counted noun: the first day alone.
    ["في 3 آذار و20 عنصراً", "2021-06-20", "2021-03-03", "2021-03-03", "day"],
    ["من 3 آذار حتى 20 عنصراً", "2021-06-20", "2021-03-03", "2021-03-03", "day"],
  ],
  negatives: ["انشق 3 و5 عناصر", "من 3 إلى 5 مقاتلين", "بين 20 و30 عنصراً"],
};
