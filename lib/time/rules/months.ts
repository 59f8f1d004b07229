/**
 * Month names (Levantine and Egyptian series, spelling variants, paired forms "حزيران/يونيو",
 * "نيسان أبريل", "آب-أغسطس", "حزيران (يونيو)"), bare or with الماضي/الفائت/الجاري/المقبل or a year,
 * and the parts of a month or a year: مطلع/بداية/أوائل (1–10), منتصف/أواسط (11–20),
 * أواخر/نهاية/آخر (21–end); of a year: Jan–Mar, May–Aug, Oct–Dec.
 */
import * as $calendar from "../calendar";
import * as $convention from "../convention";
import type { Span } from "../convention";
import * as $lexicon from "../lexicon";
import type { Day } from "../calendar";
import * as $make from "./make";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { month: monthOf, year: yearOf } = $calendar;
const { partGrain, partOfMonth, partOfYear, relativeMonth, relativeYear, soFar, wholeMonth, yearForMonth } = $convention;
const { alt, AMBIGUOUS_MONTHS, CURRENT, f, LP, MONTH, MONTH_FIRST_WORDS, MONTH_NAME, MONTH_NUMBER, NEXT, PART_FIRST_WORDS, PART_WORD, partOf, PAST, R, relationOf, YEAR_AHEAD, yearGroup, yearValue } = $lexicon;
const { anchors, firstWords, resolver, rule, spanStart, spanEnd } = $make;

/**
 * What may follow a month (or a day and month): a year ("2021", "عام 2021", "، 2018", "من العام
 * الماضي") or a relation word ("الفائت"). Group names carry a prefix so one regex can hold two.
 */
export function monthTail(p: string): string {
  return (
    `(?: ?,? ?(?:${alt("من")} )?(?:${alt("عام|العام|سنة|السنة|لعام|للعام")} )?${yearGroup(`${p}y`)}` +
    `| (?:${alt("من")} )?(?<${p}yr>${alt("العام|السنة")}) (?<${p}yq>${PAST}|${CURRENT}|${NEXT})` +
    `| (?<${p}q>${PAST}|${CURRENT}|${NEXT}))?`
  );
}

export type MonthRelation = "bare" | "strictPast" | "current" | "next";

/** The year of a month for one P, from the tail groups of `monthTail(p)`. */
export function tailYear(groups: Record<string, string | undefined>, p: string): ((P: Day, m: number) => number) | null {
  const y = groups[`${p}y`];
  if (y) {
    const n = yearValue(y);
    return () => n;
  }
  const yq = groups[`${p}yq`];
  if (yq) {
    const rel = relationOf(yq);
    if (!rel) return null;
    return (P) => yearOf(relativeYear(P, rel).start);
  }
  return null;
}

export function tailRelation(groups: Record<string, string | undefined>, p: string): MonthRelation {
  const q = groups[`${p}q`];
  if (!q) return "bare";
  const rel = relationOf(q);
  return rel === "past" ? "strictPast" : rel === "current" ? "current" : rel === "next" ? "next" : "bare";
}

/** Resolver for "the year of month m" given the tail groups. */
export function monthYearResolver(groups: Record<string, string | undefined>, p: string): (P: Day, m: number) => number {
  const fixed = tailYear(groups, p);
  if (fixed) return fixed;
  const rel = tailRelation(groups, p);
  return (P, m) => yearForMonth(P, m, rel);
}

/** Two months joined by "و" without "شهري" are one span after one of these ("في كانون الثاني وشباط"). */
const PAIR_PREPOSITION = new RegExp(`(?:^|[^\u0621-\u064A])[وف]?${alt("في|خلال|بين|طوال|طيلة")} ?$`);

const MONTH_PREFIX_BEFORE = new RegExp(`${alt("في|خلال|منذ|شهر|حتى|إلى|مطلع|أواخر|منتصف|نهاية|بداية")} $`);

/** A part of a month or year read by `m`; a part not fixed by a stated year runs only as far as P. (A module function: tsx names every closure a call creates.) */
function partReading(m: RegExpExecArray, fixed: boolean, id: string, grain: Reading["grain"], of: (P: Day) => Span): Reading {
  return { start: spanStart(m), end: spanEnd(m), id, grain, kind: "period", resolve: resolver((P) => (fixed ? of(P) : soFar(of(P), P))) };
}

export const months: RuleModule = {
  name: "months",
  rules: [
    rule("month-name", `${LP}(?<x>${MONTH}${monthTail("a")})${R}`, (m, text): Reading | null => {
      const g = m.groups!;
      const month = MONTH_NUMBER.get(g.m1);
      if (!month) return null;
      const hasTail = Boolean(g.ay || g.ayq || g.aq);
      // "أب" (father), "مارس" (practised), "ماي": only with a year, a relation, a paired name or "في/شهر" before.
      if (AMBIGUOUS_MONTHS.has(g.m1) && !hasTail && !/[/\-(]| \S/.test(m[0].slice(m[0].indexOf(g.m1) + g.m1.length))) {
        const before = text.slice(Math.max(0, m.index - 6), m.index);
        if (!MONTH_PREFIX_BEFORE.test(before) && !m[0].startsWith(f("شهر"))) return null;
      }
      const yearFor = monthYearResolver(g, "a");
      // "آذار الجاري" is the month so far, as "الشهر الجاري" is: [its first day, P].
      const current = !g.ay && !g.ayq && tailRelation(g, "a") === "current";
      return {
        start: spanStart(m), end: spanEnd(m),
        grain: "month",
        kind: "period",
        resolve: resolver((P): Span => {
          const whole = wholeMonth(yearFor(P, month), month);
          return current ? soFar(whole, P) : whole;
        }),
      };
    }, [...MONTH_FIRST_WORDS, f("شهر")]),
    rule(
      "part-of",
      `${LP}(?<x>(?<part>${PART_WORD}) (?:${MONTH}${monthTail("a")}` +
        `|(?<rm>${alt("الشهر|هذا الشهر")})(?: (?<rmq>${PAST}|${CURRENT}|${NEXT}))?` +
        `|(?<yw>${alt("العام|السنة|هذا العام|هذه السنة")})(?! ?${YEAR_AHEAD})(?: (?<yq>${PAST}|${CURRENT}|${NEXT}))?` +
        `|(?:${alt("عام|العام|سنة|السنة")} )?${yearGroup("y")}))${R}`,
      (m): Reading | null => {
        const g = m.groups!;
        const part = partOf(g.part);
        // A part of a period named from P ("مطلع العام الجاري", "منتصف الشهر", "أواخر آذار الجاري", "مطلع آذار" told in
        // March) still running at P is the current period's, as far as P (convention.ts soFar); one already over, or
        // wholly ahead, is whole. A stated year ("مطلع 2022") names a fixed range and stays whole.
        const fixed = Boolean(g.y || g.ay || g.ayq);
        if (g.m1) {
          const month = MONTH_NUMBER.get(g.m1);
          if (!month) return null;
          const yearFor = monthYearResolver(g, "a");
          return partReading(m, fixed, "part-of-month", "span", (P) => partOfMonth(yearFor(P, month), month, part));
        }
        if (g.rm) {
          const rel = g.rmq ? relationOf(g.rmq) : "current";
          if (!rel) return null;
          return partReading(m, fixed, "part-of-month", "span", (P) => {
            const mon = relativeMonth(P, rel).start;
            return partOfMonth(yearOf(mon), monthOf(mon), part);
          });
        }
        if (g.yw) {
          const rel = g.yq ? relationOf(g.yq) : "current";
          if (!rel) return null;
          return partReading(m, fixed, "part-of-year", partGrain(part, "year"), (P) => partOfYear(yearOf(relativeYear(P, rel).start), part));
        }
        const y = yearValue(g.y);
        return partReading(m, fixed, "part-of-year", partGrain(part, "year"), () => partOfYear(y, part));
      },
      PART_FIRST_WORDS,
    ),
    // "خلال شهري آذار ونيسان", "شهري كانون الأول وكانون الثاني الماضيين": the two months as one span; without
    // "شهري" after a preposition ("في كانون الثاني وشباط", "خلال يناير وفبراير").
    rule(
      "month-pair",
      `${LP}(?<x>(?:(?<two>${alt("شهري")}) )?(?<ma>${MONTH_NAME}) ?${alt("و")} ?(?<mb>${MONTH_NAME})(?: (?<pq>${alt("الماضيين|الفائتين|المنصرمين|السابقين")}|${PAST})| (?:${alt("من")} )?(?:${alt("عام|العام")} )?(?<py>(?:19|20)\\d\\d)(?![0-9]))?)${R}`,
      (m, text): Reading | null => {
        const g = m.groups!;
        const a = MONTH_NUMBER.get(g.ma);
        const b = MONTH_NUMBER.get(g.mb);
        if (!a || !b || a === b) return null;
        if (!g.two && !PAIR_PREPOSITION.test(text.slice(Math.max(0, m.index - 8), spanStart(m)))) return null;
        const fixed = g.py ? Number(g.py) : null;
        const rel = g.pq ? "strictPast" : "bare";
        return {
          start: spanStart(m), end: spanEnd(m),
          grain: "span",
          kind: "period",
          resolve: resolver((P) => {
            const yb = fixed ?? yearForMonth(P, b, rel);
            const ya = a <= b ? yb : yb - 1;
            return { start: wholeMonth(ya, a).start, end: wholeMonth(yb, b).end };
          }),
        };
      },
      [f("شهري"), ...MONTH_FIRST_WORDS],
      // the second month ("… وكانون الثاني"), at most four words on
      anchors(MONTH_FIRST_WORDS.join("|"), 4, true),
    ),
    // "عامي 2013 و2014", "بين عامي 2012 و2014"
    rule(
      "year-pair",
      `${LP}(?<x>${alt("عامي|سنتي|العامين")} (?<ya>(?:19|20)\\d\\d) ?${alt("و")} ?(?<yb>(?:19|20)\\d\\d))(?![0-9])`,
      (m): Reading | null => {
        const ya = Number(m.groups!.ya);
        const yb = Number(m.groups!.yb);
        if (yb < ya) return null;
        return { start: spanStart(m), end: spanEnd(m), grain: "span", kind: "period", resolve: resolver(() => ({ start: partOfYear(ya, "early").start, end: partOfYear(yb, "late").end })) };
      },
      firstWords("عامي|سنتي|العامين"),
    ),
  ],
  examples: [
    ["خلال شهري آذار ونيسان", "2021-06-20", "2021-03-01", "2021-04-30", "span"],
    ["شهري كانون الأول وكانون الثاني الماضيين", "2021-06-20", "2020-12-01", "2021-01-31", "span"],
    ["بين عامي 2012 و2014", "2021-06-20", "2012-01-01", "2014-12-31", "span"],
    ["وفي نيسان الفائت انشق قرابة 25 مقاتلاً", "2021-06-14..2021-06-30", "2021-04-01", "2021-04-30", "month"],
    ["نيسان الفائت", "2021-04-20", "2020-04-01", "2020-04-30", "month"],
    ["نيسان", "2021-04-20", "2021-04-01", "2021-04-30", "month"],
    ["في حزيران", "2021-04-20", "2020-06-01", "2020-06-30", "month"],
    ["في يونيو الماضي", "2021-12-01", "2021-06-01", "2021-06-30", "month"],
    ["تشرين الثاني/نوفمبر الماضي", "2021-01-31", "2020-11-01", "2020-11-30", "month"],
    ["كانون الأول 2018", "2021-01-31", "2018-12-01", "2018-12-31", "month"],
    ["شهر آب 2015", "2021-01-31", "2015-08-01", "2015-08-31", "month"],
    ["في آب", "2021-01-31", "2020-08-01", "2020-08-31", "month"],
    ["في شباط", "2024-03-01", "2024-02-01", "2024-02-29", "month"],
    ["آذار المقبل", "2021-03-15", "2022-03-01", "2022-03-31", "month", "future"],
    ["كانون الثاني الجاري", "2021-01-31", "2021-01-01", "2021-01-31", "month"],
    ["حزيران (يونيو) الماضي", "2021-08-01", "2021-06-01", "2021-06-30", "month"],
    ["في مطلع الشهر الجاري", "2021-06-14..2021-06-30", "2021-06-01", "2021-06-10", "span"],
    ["وفي نهاية آيار الفائت سُجل انشقاق 5 عناصر", "2021-06-14..2021-06-30", "2021-05-21", "2021-05-31", "span"],
    ["في مطلع آذار", "2021-06-14..2021-06-30", "2021-03-01", "2021-03-10", "span"],
    ["مطلع العام الجاري", "2021-06-14..2021-06-30", "2021-01-01", "2021-03-31", "quarter"],
    ["أواخر الشهر الماضي", "2019-07-10", "2019-06-21", "2019-06-30", "span"],
    ["أواخر شباط", "2024-03-01", "2024-02-21", "2024-02-29", "span"],
    ["نهاية الشهر الماضي", "2023-03-31", "2023-02-21", "2023-02-28", "span"],
    ["منتصف أيار", "2021-06-20", "2021-05-11", "2021-05-20", "span"],
    ["أواسط كانون الثاني", "2021-01-01", "2021-01-11", "2021-01-20", "span", "future"],
    ["أواسط كانون الأول", "2021-01-01", "2020-12-11", "2020-12-20", "span"],
    ["مطلع عام 2014", "2016-12-06", "2014-01-01", "2014-03-31", "quarter"],
    ["منتصف العام الماضي", "2021-06-20", "2020-04-01", "2020-09-30", "span"],
    ["نهاية العام", "2021-06-20", "2021-10-01", "2021-12-31", "quarter", "future"],
    ["أواخر نيسان أبريل الماضي", "2019-07-10", "2019-04-21", "2019-04-30", "span"],
    ["مطلع شهر تشرين الثاني الفائت", "2021-01-31", "2020-11-01", "2020-11-10", "span"],
    ["أوائل يناير", "2021-06-20", "2021-01-01", "2021-01-10", "span"],
    ["مطلع العام 2014", "2021-06-20", "2014-01-01", "2014-03-31", "quarter"],
    ["في الأيام الأولى من الشهر الجاري", "2021-06-20", "2021-06-01", "2021-06-10", "span"],
    ["في الأيام الأخيرة من الشهر الماضي", "2021-06-20", "2021-05-21", "2021-05-31", "span"],
    ["العشر الأوائل من شهر أيار", "2021-06-20", "2021-05-01", "2021-05-10", "span"],
    ["في الـ15 من آذار", "2021-06-20", "2021-03-15", "2021-03-15", "day"],
    ["يوليوز الماضي", "2021-08-20", "2021-07-01", "2021-07-31", "month"],
    ["في آذار الجاري", "2022-03-16", "2022-03-01", "2022-03-16", "month"],
    ["خلال حزيران الحالي", "2021-06-20", "2021-06-01", "2021-06-20", "month"],
    // round 6: the Gregorian "م" and years in words after a month or a part of a year
    ["في مطلع عام 2014م", "2016-12-06", "2014-01-01", "2014-03-31", "quarter"],
    ["أواخر 2015 م", "2016-12-06", "2015-10-01", "2015-12-31", "quarter"],
    ["في مطلع عام ألفين وأربعة عشر", "2016-12-06", "2014-01-01", "2014-03-31", "quarter"],
    ["منتصف العام ألفين وستة عشر", "2021-06-20", "2016-04-01", "2016-09-30", "span"],
    ["في آب عام ألفين وستة عشر", "2021-06-20", "2016-08-01", "2016-08-31", "month"],
    ["نيسان 2019 م", "2021-06-20", "2019-04-01", "2019-04-30", "month"],
    ["مطلع هذا العام", "2022-06-16", "2022-01-01", "2022-03-31", "quarter"],
    ["في كانون الثاني وشباط", "2022-03-16", "2022-01-01", "2022-02-28", "span"],
    ["خلال يناير وفبراير الماضيين", "2022-03-16", "2022-01-01", "2022-02-28", "span"],
    ["بين تشرين الثاني وكانون الأول الماضي", "2022-03-16", "2021-11-01", "2021-12-31", "span"],
    // round 6 (loose ends): a part of the current period runs as far as P, never past it (convention.ts soFar);
    // wholly after P it is the future; a past period is not cut.
    ["أواخر هذه السنة", "2022-12-20", "2022-10-01", "2022-12-20", "quarter"],
    ["مطلع العام الجاري", "2021-02-10", "2021-01-01", "2021-02-10", "quarter"],
    ["في بداية العام الحالي", "2024-01-05", "2024-01-01", "2024-01-05", "quarter"],
    ["مطلع العام الجاري", "2021-02-01..2021-02-28", "2021-01-01", "2021-02-28", "quarter"],
    ["منتصف الشهر الجاري", "2021-06-14", "2021-06-11", "2021-06-14", "span"],
    ["أواخر آذار الجاري", "2022-03-25", "2022-03-21", "2022-03-25", "span"],
    ["نهاية العام الجاري", "2021-06-20", "2021-10-01", "2021-12-31", "quarter", "future"],
    ["مطلع العام الماضي", "2021-02-10", "2020-01-01", "2020-03-31", "quarter"],
    ["مطلع 2022", "2022-02-10", "2022-01-01", "2022-03-31", "quarter"],
    ["في مطلع آذار", "2021-03-05", "2021-03-01", "2021-03-05", "span"],
    ["أواخر الشهر الماضي", "2021-03-02", "2021-02-21", "2021-02-28", "span"],
  ],
  negatives: ["مارس ضغوطاً على العناصر", "أب لثلاثة أطفال", "نهاية المطاف", "بداية المعركة", "مارس وأب لثلاثة أطفال"],
};
