/**
 * Weeks, months and years named relative to P: الأسبوع/الشهر/العام/السنة + الماضي/الفائت/المنصرم,
 * الجاري/الحالي, المقبل/القادم, and "هذا الشهر"/"هذا العام"/"هذه السنة"/"هذا الأسبوع".
 */
import * as $convention from "../convention";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import type { Reading, RuleModule } from "./types";
import type { Grain } from "../types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { relativeMonth, relativeYear, thisOrLastWeek } = $convention;
const { alt, CURRENT, LP, NEXT, PAST, R, relationOf } = $lexicon;
const { anchors, firstWords, resolver, rule, spanStart, spanEnd } = $make;

const UNIT = alt("الأسبوع|الشهر|العام|السنة");
const THIS = alt("هذا|هذه");

function reading(m: RegExpExecArray, unitWord: string, rel: "past" | "current" | "next"): Reading {
  const unit = unitWord === "الاسبوع" ? "week" : unitWord === "الشهر" ? "month" : "year";
  const grain: Grain = unit;
  const resolve = resolver(unit === "week" ? (P) => thisOrLastWeek(P, rel) : unit === "month" ? (P) => relativeMonth(P, rel) : (P) => relativeYear(P, rel));
  const id = `${rel === "past" ? "last" : rel === "current" ? "this" : "next"}-${unit}`;
  return { start: spanStart(m), end: spanEnd(m), id, grain, kind: "period", resolve };
}

export const namedPeriods: RuleModule = {
  name: "named periods",
  rules: [
    rule("relative-period", `${LP}(?<x>(?<unit>${UNIT})(?: ${alt("الميلادي|الميلادية")})? (?<q>${PAST}|${CURRENT}|${NEXT}))${R}`, (m) => {
      const rel = relationOf(m.groups!.q);
      return rel ? reading(m, m.groups!.unit, rel) : null;
    }, firstWords("الأسبوع|الشهر|العام|السنة")),
    rule("this-period", `${LP}(?<x>${THIS} (?<unit>${UNIT}))${R}`, (m) => reading(m, m.groups!.unit, "current"), firstWords("هذا|هذه"), anchors("الأسبوع|الشهر|العام|السنة", 1, true)),
    // Levantine "هالأسبوع", "هالشهر", "هالسنة" (= هذا الأسبوع …)
    rule("this-period", `${LP}(?<x>ه(?<unit>${UNIT}))${R}`, (m) => reading(m, m.groups!.unit, "current"), firstWords("هالأسبوع|هالشهر|هالعام|هالسنة")),
  ],
  examples: [
    ["خلال الأسبوع الماضي", "2015-11-22", "2015-11-15", "2015-11-21", "week"],
    ["خلال الأسبوع الماضي", "2024-01-25..2024-02-12", "2024-01-18", "2024-02-11", "week"],
    ["الأسبوع الفائت", "2021-01-01", "2020-12-25", "2020-12-31", "week"],
    ["الشهر الجاري", "2021-06-20", "2021-06-01", "2021-06-20", "month"],
    ["هذا الشهر", "2021-06-20", "2021-06-01", "2021-06-20", "month"],
    ["الشهر الماضي", "2021-01-01", "2020-12-01", "2020-12-31", "month"],
    ["الشهر الفائت", "2024-03-31", "2024-02-01", "2024-02-29", "month"],
    ["الشهر المقبل", "2021-12-10", "2022-01-01", "2022-01-31", "month", "future"],
    ["العام الماضي", "2021-06-20", "2020-01-01", "2020-12-31", "year"],
    ["السنة الماضية", "2021-01-01", "2020-01-01", "2020-12-31", "year"],
    ["العام الجاري", "2024-02-29", "2024-01-01", "2024-02-29", "year"],
    ["هذا العام", "2021-06-20", "2021-01-01", "2021-06-20", "year"],
    ["العام الحالي", "2021-06", "2021-01-01", "2021-06-30", "year"],
    ["هالشهر", "2021-06-20", "2021-06-01", "2021-06-20", "month"],
    ["الأسبوع اللي فات", "2021-06-20", "2021-06-13", "2021-06-19", "week"],
    ["الشهر اللي فات", "2021-06-20", "2021-05-01", "2021-05-31", "month"],
  ],
  negatives: ["العام الدراسي", "الشهر الفضيل"],
};
