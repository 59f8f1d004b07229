/**
 * Ordinal days of a month (round 3): "الثلاثاء الثالث من أيلول 2014"، "ثاني أربعاء من تشرين الأول"، "آخر
 * اثنين من الشهر الماضي"، "اليوم الأخير من شهر تشرين الأول"، "آخر يوم من الشهر"، "أول أيام آذار"; and
 * "أول" + a month is its FIRST DAY ("في أول شباط" = 1 February), unlike "أوائل شباط" (days 1–10, the
 * "part-of" rule of months.ts). The month is a name (with a year or a relation, as months.ts reads it),
 * or "الشهر" + الماضي/الجاري/المقبل ("الشهر" alone and "هذا الشهر" = P's month).
 */
import * as $calendar from "../calendar";
import type { Day } from "../calendar";
import * as $convention from "../convention";
import type { Span } from "../convention";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import * as $months from "./months";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { month: monthOf, year: yearOf } = $calendar;
const { firstDayOfMonth, lastDayOfMonth, nthWeekdayOfMonth, relativeMonth } = $convention;
const { alt, BARE_WEEKDAY, BARE_WEEKDAY_WORDS, CURRENT, f, LP, MONTH, MONTH_NUMBER, NEXT, PAST, R, relationOf, WEEKDAY, WEEKDAY_NUMBER, WEEKDAY_WORDS } = $lexicon;
const { anchors, firstWords, resolver, rule, spanEnd, spanStart } = $make;
const { monthTail, monthYearResolver } = $months;

/** The month after "من/في": a name with its tail (groups m1, a…) or a relative month (group rm/rq). */
const MONTH_REF = `(?:${MONTH}${monthTail("a")}|(?<rm>${alt("الشهر|هذا الشهر")})(?: (?<rq>${PAST}|${CURRENT}|${NEXT}))?)`;

/** y and m of the referenced month for one P, or null. */
function monthOfRef(g: Record<string, string | undefined>): ((P: Day) => { y: number; m: number }) | null {
  if (g.m1) {
    const month = MONTH_NUMBER.get(g.m1);
    if (!month) return null;
    const yearFor = monthYearResolver(g, "a");
    return (P) => ({ y: yearFor(P, month), m: month });
  }
  const rel = g.rq ? relationOf(g.rq) : "current";
  if (!rel) return null;
  return (P) => {
    const start = relativeMonth(P, rel).start;
    return { y: yearOf(start), m: monthOf(start) };
  };
}

const ORDINAL_AFTER = new Map<string, number>([["الاول", 1], ["الثاني", 2], ["الثالث", 3], ["الرابع", 4], ["الخامس", 5], ["الاخير", -1]]);
const ORDINAL_BEFORE = new Map<string, number>([["اول", 1], ["ثاني", 2], ["ثالث", 3], ["رابع", 4], ["خامس", 5], ["اخر", -1]]);
const AFTER = alt("الأول|الثاني|الثالث|الرابع|الخامس|الأخير");
const BEFORE = alt("أول|ثاني|ثالث|رابع|خامس|آخر|أخر");
const OF = alt("من|في");

function dayReading(m: RegExpExecArray, id: string, of: (P: Day) => { y: number; m: number }, pick: (y: number, mo: number) => Span | null): Reading {
  return {
    start: spanStart(m), end: spanEnd(m),
    id,
    grain: "day",
    kind: "day",
    absolute: true,
    resolve: resolver((P) => {
      const { y, m: mo } = of(P);
      return pick(y, mo);
    }),
  };
}

export const monthOrdinals: RuleModule = {
  name: "ordinals in a month",
  rules: [
    // "الثلاثاء الثالث من أيلول 2014", "يوم الجمعة الأخير من الشهر الماضي"
    rule(
      "nth-weekday",
      `${LP}(?<x>(?:${alt("يوم")} )?(?<wd>${WEEKDAY}) (?<oa>${AFTER}) ${OF} ${MONTH_REF})${R}`,
      (m): Reading | null => {
        const g = m.groups!;
        const wd = WEEKDAY_NUMBER.get(g.wd);
        const n = ORDINAL_AFTER.get(g.oa);
        const of = monthOfRef(g);
        if (wd === undefined || !n || !of) return null;
        return dayReading(m, "nth-weekday", of, (y, mo) => nthWeekdayOfMonth(y, mo, wd, n));
      },
      [...WEEKDAY_WORDS, f("يوم")],
      anchors("الأول|الثاني|الثالث|الرابع|الخامس|الأخير", 2, true),
    ),
    // "ثاني أربعاء من تشرين الأول", "آخر اثنين من الشهر الماضي", "أول جمعة في آذار"
    rule(
      "nth-weekday",
      `${LP}(?<x>(?<ob>${BEFORE}) (?:${alt("يوم")} )?(?<wd>${BARE_WEEKDAY}|${WEEKDAY}) ${OF} ${MONTH_REF})${R}`,
      (m): Reading | null => {
        const g = m.groups!;
        const wd = WEEKDAY_NUMBER.get(g.wd);
        const n = ORDINAL_BEFORE.get(g.ob);
        const of = monthOfRef(g);
        if (wd === undefined || !n || !of) return null;
        return dayReading(m, "nth-weekday", of, (y, mo) => nthWeekdayOfMonth(y, mo, wd, n));
      },
      firstWords("أول|ثاني|ثالث|رابع|خامس|آخر|أخر"),
      anchors("من|في", 3, true),
    ),
    // "اليوم الأخير من شهر تشرين الأول", "آخر يوم من الشهر", "أول أيام آذار", "اليوم الأول من الشهر الجاري"
    rule(
      "edge-day-of-month",
      `${LP}(?<x>(?:(?<e1>${alt("اليوم الأول|اليوم الأخير")}) ${OF}|(?<e2>${alt("أول|آخر|أخر")}) (?:${alt("يوم")} ${OF}|${alt("أيام")})) ${MONTH_REF})${R}`,
      (m): Reading | null => {
        const g = m.groups!;
        const of = monthOfRef(g);
        if (!of) return null;
        const last = (g.e1 ?? g.e2).endsWith(f("الأخير")) || /^[اآأ]خر$/.test(g.e2 ?? "");
        return dayReading(m, "edge-day-of-month", of, last ? lastDayOfMonth : firstDayOfMonth);
      },
      firstWords("اليوم|أول|آخر|أخر"),
      anchors("من|في|أيام", 2, true),
    ),
    // "في أول شباط" = 1 February; "أول الشهر الجاري" = its 1st.
    rule(
      "first-of-month",
      `${LP}(?<x>${alt("أول")} ${MONTH_REF})${R}`,
      (m): Reading | null => {
        const of = monthOfRef(m.groups!);
        return of ? dayReading(m, "first-of-month", of, firstDayOfMonth) : null;
      },
      [f("أول")],
    ),
  ],
  examples: [
    ["الثلاثاء الثالث من أيلول 2014", "2021-06-20", "2014-09-16", "2014-09-16", "day"],
    ["ثاني أربعاء من تشرين الأول", "2021-12-01", "2021-10-13", "2021-10-13", "day"],
    ["آخر اثنين من الشهر الماضي", "2021-06-20", "2021-05-31", "2021-05-31", "day"],
    ["يوم الجمعة الأخير من الشهر الماضي", "2021-06-20", "2021-05-28", "2021-05-28", "day"],
    ["أول جمعة في آذار", "2021-06-20", "2021-03-05", "2021-03-05", "day"],
    ["اليوم الأخير من شهر تشرين الأول", "2021-12-01", "2021-10-31", "2021-10-31", "day"],
    ["آخر يوم من الشهر الماضي", "2024-03-10", "2024-02-29", "2024-02-29", "day"],
    ["في آخر يوم من الشهر", "2021-06-20", "2021-06-30", "2021-06-30", "day", "future"],
    ["أول أيام شهر آذار", "2021-06-20", "2021-03-01", "2021-03-01", "day"],
    ["اليوم الأول من الشهر الجاري", "2021-06-20", "2021-06-01", "2021-06-01", "day"],
    ["في أول شباط", "2021-06-20", "2021-02-01", "2021-02-01", "day"],
    ["أول كانون الثاني 2015", "2021-06-20", "2015-01-01", "2015-01-01", "day"],
    ["أوائل شباط", "2021-06-20", "2021-02-01", "2021-02-10", "span"],
  ],
  negatives: ["أول يوم في المعسكر", "آخر أيام الحرب", "أول مرة"],
};
