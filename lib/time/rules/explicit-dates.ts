/**
 * Calendar days: "13 حزيران/يونيو 2021", "في 14 يونيو/حزيران الفائت", "9 ديسمبر/كانون الأول العام
 * الماضي", "السبت، 03 آذار، 2018", "2021/6/13", "13-6-2021", "20.05.2013", "في 19 من الشهر الجاري",
 * "الحادي والعشرين من آب". Without a year: the latest such date not after P.
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
const { day, dayOfMonth, isRealDay, month: monthOf, year: yearOf } = $calendar;
const { relativeMonth, yearForDayMonth } = $convention;
const { alt, CURRENT, L, LD, MONTH, MONTH_FIRST_WORDS, MONTH_NUMBER, NEXT, ORDINAL, ORDINAL_FIRST_WORDS, ORDINAL_WORDS, PAST, R, relationOf } = $lexicon;
const { anchors, DIGIT, rule, resolver, spanStart, spanEnd } = $make;
const { monthTail, tailRelation, tailYear } = $months;

/** One calendar day, the date `resolveDay` gives against P (none when it is not a real day). */
export function dayReading(m: RegExpExecArray, resolveDay: (P: Day) => { y: number; m: number; d: number } | null): Reading {
  return {
    start: spanStart(m), end: spanEnd(m),
    grain: "day",
    kind: "day",
    absolute: true,
    resolve: resolver((P): Span | null => {
      const r = resolveDay(P);
      if (!r || !isRealDay(r.y, r.m, r.d)) return null;
      const d = day(r.y, r.m, r.d);
      return { start: d, end: d };
    }),
  };
}

function dayMonthResolver(g: Record<string, string | undefined>, d: number, month: number) {
  const fixed = tailYear(g, "a");
  const rel = tailRelation(g, "a");
  return (P: Day) => {
    if (fixed) return { y: fixed(P, month), m: month, d };
    if (rel === "current") return { y: yearOf(P), m: month, d };
    if (rel === "next") return { y: month > monthOf(P) || (month === monthOf(P) && d > dayOfMonth(P)) ? yearOf(P) : yearOf(P) + 1, m: month, d };
    return { y: yearForDayMonth(P, month, d), m: month, d };
  };
}

export const explicitDates: RuleModule = {
  name: "explicit dates",
  rules: [
    rule("date", `${LD}(?<x>(?<d>[0-3]?\\d) ?(?:${alt("من")} )?${MONTH}${monthTail("a")})${R}`, (m) => {
      const g = m.groups!;
      const d = Number(g.d);
      const month = MONTH_NUMBER.get(g.m1);
      if (!month || d < 1 || d > 31) return null;
      return dayReading(m, dayMonthResolver(g, d, month));
    }, [DIGIT], anchors(MONTH_FIRST_WORDS.join("|"), 3)),
    rule("date-ordinal", `${L}(?<x>(?<o>${ORDINAL_WORDS}) (?:${alt("من")} )?${MONTH}${monthTail("a")})${R}`, (m) => {
      const g = m.groups!;
      const d = ORDINAL.get(g.o);
      const month = MONTH_NUMBER.get(g.m1);
      if (!d || !month) return null;
      return dayReading(m, dayMonthResolver(g, d, month));
    }, ORDINAL_FIRST_WORDS),
    rule(
      "date-of-relative-month",
      // (LD: "في الـ5 من الشهر الجاري", the article before the number is no part of the date)
      `${LD}(?<x>(?:(?<d>[0-3]?\\d)|(?<o>${ORDINAL_WORDS})) (?:${alt("من")} )?(?:(?:${alt("الشهر|شهر")}) (?<q>${PAST}|${CURRENT}|${NEXT})|(?<q2>${CURRENT})))${R}`,
      (m) => {
        const g = m.groups!;
        const d = g.d ? Number(g.d) : (ORDINAL.get(g.o) ?? 0);
        const rel = relationOf(g.q ?? g.q2 ?? "");
        if (!rel || d < 1 || d > 31) return null;
        return dayReading(m, (P) => {
          const mon = relativeMonth(P, rel).start;
          return { y: yearOf(mon), m: monthOf(mon), d };
        });
      },
      [DIGIT, ...ORDINAL_FIRST_WORDS],
      anchors("الشهر|شهر|الجاري|الجارية|الحالي|الحالية", 4),
    ),
    rule("date-numeric", `${L}(?<x>(?<y>(?:19|20)\\d\\d)(?<s>[/.\\-])(?<m>[01]?\\d)\\k<s>(?<d>[0-3]?\\d))(?![0-9]|[/.\\-]\\d)`, (m) => {
      const g = m.groups!;
      return dayReading(m, () => ({ y: Number(g.y), m: Number(g.m), d: Number(g.d) }));
    }, [DIGIT], anchors(DIGIT, 1, true)),
    rule("date-numeric", `${L}(?<x>(?<d>[0-3]?\\d)(?<s>[/.\\-])(?<m>[01]?\\d)\\k<s>(?<y>(?:19|20)\\d\\d))(?![0-9]|[/.\\-]\\d)`, (m) => {
      const g = m.groups!;
      let d = Number(g.d);
      let mo = Number(g.m);
      if (mo > 12 && d <= 12) [d, mo] = [mo, d]; // 6/13/2021
      return dayReading(m, () => ({ y: Number(g.y), m: mo, d }));
    }, [DIGIT], anchors(DIGIT, 1, true)),
  ],
  examples: [
    ["13 حزيران/يونيو 2021", "2021-06-20", "2021-06-13", "2021-06-13", "day"],
    // round 6: "م" after the year, the year in words, the day as an ordinal word; "الـ5 من الشهر الجاري"
    ["في الـ5 من الشهر الجاري", "2022-03-16", "2022-03-05", "2022-03-05", "day"],
    ["بالـ12 من الشهر الماضي", "2022-03-16", "2022-02-12", "2022-02-12", "day"],
    ["في 12 نيسان 2019م", "2021-06-20", "2019-04-12", "2019-04-12", "day"],
    ["في 3 آب/أغسطس عام ألفين وستة عشر", "2021-06-20", "2016-08-03", "2016-08-03", "day"],
    ["الخامس من أيار 2015م", "2021-06-20", "2015-05-05", "2015-05-05", "day"],
    ["في 14 يونيو/حزيران الفائت", "2021-06-20", "2021-06-14", "2021-06-14", "day"],
    ["في 14 يونيو/حزيران الفائت", "2021-06-10", "2020-06-14", "2020-06-14", "day"],
    ["في 9 ديسمبر/كانون الأول العام الماضي", "2024-02-22", "2023-12-09", "2023-12-09", "day"],
    ["منذ سقوط نظام الأسد في 8 كانون الأول 2024", "2025-04-13", "2024-12-08", "2025-04-13", "span"],
    ["20 كانون الأول/ديسمبر", "2021-01-05", "2020-12-20", "2020-12-20", "day"],
    ["في 19 من الشهر الجاري", "2021-01-31", "2021-01-19", "2021-01-19", "day"],
    ["في 3 من الشهر الماضي", "2021-01-31", "2020-12-03", "2020-12-03", "day"],
    ["في الثالث من الشهر الجاري", "2021-06-20", "2021-06-03", "2021-06-03", "day"],
    ["في الخامس عشر من آذار الماضي", "2021-06-20", "2021-03-15", "2021-03-15", "day"],
    ["في العاشر من تموز", "2021-06-20", "2020-07-10", "2020-07-10", "day"],
    ["2021/6/13", "2021-06-20", "2021-06-13", "2021-06-13", "day"],
    ["13-6-2021", "2021-06-20", "2021-06-13", "2021-06-13", "day"],
    ["29 شباط 2024", "2024-03-31", "2024-02-29", "2024-02-29", "day"],
    ["31 آذار", "2024-03-31", "2024-03-31", "2024-03-31", "day"],
    ["1 كانون الثاني", "2021-01-01", "2021-01-01", "2021-01-01", "day"],
    ["2 كانون الثاني", "2021-01-01", "2020-01-02", "2020-01-02", "day"],
    ["مساء أمس/ الجمعة، الحادي والعشرين من آب-أغسطس", "2015-08-22", "2015-08-21", "2015-08-21", "day"],
    ["الأحد 8 ديسمبر 2024", "2024-12-08", "2024-12-08", "2024-12-08", "day"],
  ],
  negatives: ["31 شباط 2021", "قتل 12 عنصراً", "الفوج 46", "2021/13/45"],
};
