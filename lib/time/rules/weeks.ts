/**
 * A weekday inside a named week and the parts of a week (round 3): "الأحد من الأسبوع الماضي"، "أحد
 * الأسبوع الماضي"، "اثنين هذا الأسبوع"، "يوم الخميس من الأسبوع المقبل"، "مطلع الأسبوع الجاري"، "نهاية
 * الأسبوع الماضي"، "عطلة نهاية الأسبوع"; and "before last": "الأسبوع قبل الماضي" [P-14, P-8], "الجمعة
 * قبل الماضية" (the weekday a week before "الجمعة الماضية").
 * Calendar weeks start on Sunday (convention.ts `weekdayOfWeek`).
 */
import * as $convention from "../convention";
import * as $calendar from "../calendar";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { partOfWeek, soFar, weekBeforeLast, weekday, weekdayOfWeek } = $convention;
const { plusDays } = $calendar;
const { alt, BARE_WEEKDAY, BARE_WEEKDAY_WORDS, BEFORE_LAST, CURRENT, f, LP, NEXT, PART_FIRST_WORDS, PART_WORD, partOf, PAST, R, relationOf, WEEKDAY, WEEKDAY_NUMBER, WEEKDAY_WORDS } = $lexicon;
const { anchors, firstWords, resolver, rule, spanEnd, spanStart } = $make;

/** The named week: group wq (relation word), wb (before last), wt (هذا الأسبوع), or none (الأسبوع alone = this week). */
const WEEK = `(?:${alt("الأسبوع")}(?: (?:(?<wb>${BEFORE_LAST})|(?<wq>${PAST}|${CURRENT}|${NEXT})))?|(?<wt>${alt("هذا الأسبوع")}))`;

function weekOffset(g: Record<string, string | undefined>): number | null {
  if (g.wb) return -2;
  if (g.wt || !g.wq) return 0;
  const rel = relationOf(g.wq);
  return rel === "past" ? -1 : rel === "next" ? 1 : rel === "current" ? 0 : null;
}

export const weeks: RuleModule = {
  name: "weeks",
  rules: [
    rule(
      "weekday-of-week",
      `${LP}(?<x>(?:${alt("يوم")} )?(?<wd>${WEEKDAY}|${BARE_WEEKDAY}) (?:${alt("من|في")} )?${WEEK})${R}`,
      (m): Reading | null => {
        const g = m.groups!;
        const wd = WEEKDAY_NUMBER.get(g.wd);
        const offset = weekOffset(g);
        if (wd === undefined || offset === null) return null;
        // "أحد الأسبوع": "one of the week" is not a day; bare names need a qualified week.
        if (!g.wd.startsWith("ال") && !g.wq && !g.wt && !g.wb) return null;
        return { start: spanStart(m), end: spanEnd(m), grain: "day", kind: "day", weekday: wd, resolve: resolver((P) => weekdayOfWeek(P, wd, offset)) };
      },
      [...WEEKDAY_WORDS, ...BARE_WEEKDAY_WORDS, f("يوم")],
      anchors("الأسبوع", 3),
    ),
    rule(
      "part-of-week",
      `${LP}(?<x>(?:(?<we>${alt("عطلة نهاية|عطلة")})|(?<part>${PART_WORD})) ${WEEK})${R}`,
      (m): Reading | null => {
        const g = m.groups!;
        const offset = weekOffset(g);
        if (offset === null) return null;
        const part = g.we ? "weekend" : partOf(g.part);
        return { start: spanStart(m), end: spanEnd(m), grain: "span", kind: "period", resolve: resolver((P) => (offset === 0 ? soFar(partOfWeek(P, offset, part), P) : partOfWeek(P, offset, part))) };
      },
      [...PART_FIRST_WORDS, f("عطلة")],
      anchors("الأسبوع", 3, true),
    ),
    rule("week-before-last", `${LP}(?<x>${alt("الأسبوع")} ${BEFORE_LAST})${R}`, (m) => ({ start: spanStart(m), end: spanEnd(m), grain: "week", kind: "period", resolve: resolver(weekBeforeLast) }), [f("الأسبوع")]),
    rule(
      "weekday-before-last",
      `${LP}(?<x>(?:${alt("يوم")} )?(?<wd>${WEEKDAY}) ${BEFORE_LAST})${R}`,
      (m): Reading | null => {
        const wd = WEEKDAY_NUMBER.get(m.groups!.wd);
        if (wd === undefined) return null;
        return { start: spanStart(m), end: spanEnd(m), grain: "day", kind: "day", weekday: wd, resolve: resolver((P) => { const d = weekday(P, wd, "past").start; return { start: plusDays(d, -7), end: plusDays(d, -7) }; }) };
      },
      [...WEEKDAY_WORDS, f("يوم")],
      anchors("قبل", 3, true),
    ),
  ],
  examples: [
    // round 6: a part of the current week as far as P (convention.ts soFar)
    ["مطلع الأسبوع الجاري", "2021-06-21", "2021-06-20", "2021-06-21", "span"],
    // P = Wednesday 2021-06-23: its week is Sunday 20 – Saturday 26 June.
    ["الأحد من الأسبوع الماضي", "2021-06-23", "2021-06-13", "2021-06-13", "day"],
    ["أحد الأسبوع الماضي", "2021-06-23", "2021-06-13", "2021-06-13", "day"],
    ["اثنين هذا الأسبوع", "2021-06-23", "2021-06-21", "2021-06-21", "day"],
    ["يوم الخميس من الأسبوع الفائت", "2021-06-23", "2021-06-17", "2021-06-17", "day"],
    ["السبت من الأسبوع الجاري", "2021-06-23", "2021-06-26", "2021-06-26", "day", "future"],
    ["الثلاثاء من الأسبوع المقبل", "2021-06-23", "2021-06-29", "2021-06-29", "day", "future"],
    ["الجمعة من الأسبوع قبل الماضي", "2021-06-23", "2021-06-11", "2021-06-11", "day"],
    ["مطلع الأسبوع الجاري", "2021-06-23", "2021-06-20", "2021-06-22", "span"],
    ["نهاية الأسبوع الماضي", "2021-06-23", "2021-06-17", "2021-06-19", "span"],
    ["عطلة نهاية الأسبوع الماضي", "2021-06-23", "2021-06-18", "2021-06-19", "span"],
    ["منتصف الأسبوع الماضي", "2021-06-23", "2021-06-15", "2021-06-17", "span"],
    ["الأسبوع قبل الماضي", "2021-06-23", "2021-06-09", "2021-06-15", "week"],
    ["الجمعة قبل الماضية", "2021-06-23", "2021-06-11", "2021-06-11", "day"],
  ],
  negatives: ["أحد الأسبوعين", "أحد العناصر", "في أحد الأسابيع", "سبت النور"],
};
