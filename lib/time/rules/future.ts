/**
 * Expressions of the future (round 3), resolved forward and marked `future` on the DateMatch (they date
 * plans and announcements, never a past incident; the extractor skips them): "خلال الأيام المقبلة" [P+1,
 * P+7]، "الأسابيع القادمة" [P+1, P+42]، "الأشهر المقبلة" [P+1, P+6 months]، "الساعات المقبلة" [P+1, P+1]،
 * "قريباً"، "في القريب العاجل"، "الفترة المقبلة" [P+1, P+30]، "بعد شهرين" (the calendar month two after
 * P's), "بعد عامين" (the year). "غداً"، "الأسبوع المقبل"، "آذار المقبل" are read by their own modules and
 * marked future because they resolve wholly after P. ("بعد يومين" counts from a day named before it:
 * anchored-days.ts.)
 */
import * as $numbers from "../../arabic/numbers";
import * as $convention from "../convention";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { parseNumberAt } = $numbers;
const { monthsAhead, nextWindow, soon, yearsAhead } = $convention;
const { alt, f, L, LP, NEXT, R, YEAR_AHEAD } = $lexicon;
const { anchors, firstWords, resolver, rule, spanEnd, spanStart } = $make;

const UNITS = new Map<string, "days" | "weeks" | "months" | "hours">();
for (const [forms, u] of [
  ["الأيام|الايام", "days"],
  ["الأسابيع", "weeks"],
  ["الأشهر|الشهور", "months"],
  ["الساعات", "hours"],
] as Array<[string, "days" | "weeks" | "months" | "hours"]>) {
  for (const w of forms.split("|")) UNITS.set(f(w), u);
}
const COMING = `(?:${NEXT}|${alt("المقبلة|القادمة|القليلة المقبلة|القليلة القادمة|الأخيرة القادمة")})`;
const AHEAD_UNIT = new Map<string, ["months" | "years", number | null]>();
for (const [forms, u, n] of [
  ["شهر|شهرا|شهراً", "months", 1],
  ["شهرين", "months", 2],
  ["أشهر|شهور", "months", null],
  ["عام|عاما|عاماً|سنة", "years", 1],
  ["عامين|سنتين", "years", 2],
  ["أعوام|سنوات", "years", null],
] as Array<[string, "months" | "years", number | null]>) {
  for (const w of forms.split("|")) AHEAD_UNIT.set(f(w), [u, n]);
}
const COUNTED_FROM = new RegExp(`^ ${alt("من|على")}${R}`);
const YEAR_AFTER = new RegExp(`^ ?${YEAR_AHEAD}`);

export const future: RuleModule = {
  name: "future",
  rules: [
    rule(
      "coming-span",
      `${LP}(?<x>(?<u>${alt([...UNITS.keys()].join("|"))}) ${COMING})${R}`,
      (m): Reading | null => {
        const unit = UNITS.get(m.groups!.u);
        if (!unit) return null;
        return { start: spanStart(m), end: spanEnd(m), grain: "span", kind: "vague", future: true, resolve: resolver((P) => nextWindow(P, unit)) };
      },
      [...UNITS.keys()],
    ),
    rule(
      "soon",
      `${LP}(?<x>${alt("قريبا|قريباً|في القريب العاجل|القريب العاجل|الفترة المقبلة|الفترة القادمة|المرحلة المقبلة|المستقبل القريب")})${R}`,
      (m): Reading => ({ start: spanStart(m), end: spanEnd(m), grain: "span", kind: "vague", future: true, resolve: resolver(soon) }),
      firstWords("قريبا|في|القريب|الفترة|المرحلة|المستقبل"),
      anchors("قريبا|قريباً|العاجل|المقبلة|القادمة|القريب", 2),
    ),
    rule(
      "months-ahead",
      `${L}[وف]?(?<x>${alt("بعد|خلال|في غضون")} (?<n>[^ ]+)(?: (?<u>[^ ]+))?)`,
      (m, text): Reading | null => {
        const g = m.groups!;
        let unit = AHEAD_UNIT.get(g.n);
        let n: number | null = null;
        let end = spanEnd(m);
        if (unit && unit[1] !== null) {
          n = unit[1];
          if (g.u) end -= g.u.length + 1;
        } else if (g.u) {
          const num = parseNumberAt(g.n, 0);
          unit = AHEAD_UNIT.get(g.u);
          if (num && num.end === g.n.length && unit && unit[1] === null && num.value >= 3 && num.value <= 24) n = num.value;
        }
        // "خلال عامين" may look back as well as ahead: only "بعد" and "في غضون" are read.
        if (!unit || n === null || m[0].includes(f("خلال"))) return null;
        if (COUNTED_FROM.test(text.slice(end, end + 4))) return null;
        // "في غضون عام 2019"، "بعد عام 2011": the unit names a year, not a span ahead.
        if (YEAR_AFTER.test(text.slice(end, end + 8))) return null;
        const [u, count] = [unit[0], n];
        return { start: spanStart(m), end, grain: u === "months" ? "month" : "year", kind: "period", future: true, resolve: resolver((P) => (u === "months" ? monthsAhead(P, count) : yearsAhead(P, count))) };
      },
      firstWords("بعد|في"),
      // the unit: "بعد شهرين", "في غضون 3 أشهر"
      anchors([...AHEAD_UNIT.keys()].join("|"), 3),
    ),
  ],
  examples: [
    ["خلال الأيام المقبلة", "2021-06-20", "2021-06-21", "2021-06-27", "span", "future"],
    ["في الأيام القليلة القادمة", "2021-06-20", "2021-06-21", "2021-06-27", "span", "future"],
    ["خلال الأسابيع القادمة", "2021-06-20", "2021-06-21", "2021-08-01", "span", "future"],
    ["الأشهر المقبلة", "2021-06-20", "2021-06-21", "2021-12-20", "span", "future"],
    ["خلال الساعات المقبلة", "2021-06-20", "2021-06-21", "2021-06-21", "span", "future"],
    ["قريباً", "2021-06-20", "2021-06-21", "2021-07-20", "span", "future"],
    ["بعد شهرين", "2021-06-20", "2021-08-01", "2021-08-31", "month", "future"],
    ["في غضون عام", "2021-06-20", "2022-01-01", "2022-12-31", "year", "future"],
    // round 6: a unit followed by a year names that year
    ["في غضون عام 2019", "2021-06-20", "2019-01-01", "2019-12-31", "year"],
    ["على مدى عام 2019", "2021-06-20", "2019-01-01", "2019-12-31", "year"],
    ["بعد 3 أشهر", "2021-06-20", "2021-09-01", "2021-09-30", "month", "future"],
    ["الأسبوع المقبل", "2021-06-20", "2021-06-21", "2021-06-27", "week", "future"],
    ["العام القادم", "2021-06-20", "2022-01-01", "2022-12-31", "year", "future"],
  ],
  negatives: ["بعد عامين من القتال", "خلال عامين", "بعد شهر من انشقاقه", "قريب من الحدود"],
};
