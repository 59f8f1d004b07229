/**
 * Weekdays: bare ("الجمعة" = latest Friday on or before P), with الماضي/الفائت (strictly before P)
 * and with المقبل/القادم (strictly after P), with or without "يوم". "أمس الأحد" is merged by a refiner.
 */
import * as $convention from "../convention";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import type { RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { weekday } = $convention;
const { alt, f, LP, NEXT, PAST, R, relationOf, WEEKDAY, WEEKDAY_NUMBER, WEEKDAY_WORDS } = $lexicon;
const { rule, resolver, spanStart, spanEnd } = $make;

export const weekdays: RuleModule = {
  name: "weekdays",
  rules: [
    rule("weekday", `${LP}(?<x>(?:${alt("يوم")} )?(?<wd>${WEEKDAY})(?: (?<q>${PAST}|${NEXT}))?)${R}`, (m) => {
      const wd = WEEKDAY_NUMBER.get(m.groups!.wd);
      if (wd === undefined) return null;
      const q = m.groups!.q;
      const rel = !q ? "bare" : relationOf(q) === "past" ? "past" : "next";
      return { start: spanStart(m), end: spanEnd(m), grain: "day", kind: "day", weekday: wd, resolve: resolver((P) => weekday(P, wd, rel)) };
    }, [...WEEKDAY_WORDS, f("يوم")]),
  ],
  examples: [
    // P = Wednesday 2019-07-10
    ["فروا يوم الاثنين الماضي باتجاه مناطق سيطرة قسد", "2019-07-10", "2019-07-08", "2019-07-08", "day"],
    ["الأربعاء الماضي", "2019-07-10", "2019-07-03", "2019-07-03", "day"],
    ["الأربعاء", "2019-07-10", "2019-07-10", "2019-07-10", "day"],
    ["الخميس", "2019-07-10", "2019-07-04", "2019-07-04", "day"],
    ["الجمعة الفائتة", "2019-07-10", "2019-07-05", "2019-07-05", "day"],
    ["يوم السبت المقبل", "2019-07-10", "2019-07-13", "2019-07-13", "day", "future"],
    ["صباح الخميس", "2012-06-24", "2012-06-21", "2012-06-21", "day"],
    ["الإثنين", "2024-03-01", "2024-02-26", "2024-02-26", "day"],
    ["الاربعاء الماضي", "2021-01-01", "2020-12-30", "2020-12-30", "day"],
    ["فجر الاثنين", "2021-06-20", "2021-06-14", "2021-06-14", "day"],
    ["ليلة الجمعة", "2021-06-20", "2021-06-18", "2021-06-18", "day"],
  ],
  negatives: ["لا أحد يعرف", "الأحدث", "الخميسية", "الجمعية", "اثنين من العناصر"],
};
