/**
 * "خلال <the last …>": a span ending at P. "خلال الساعات الماضية", "الـ24 ساعة الماضية",
 * "الأربع والعشرين ساعة الماضية", "خلال الـ72 ساعة الماضية", "خلال اليومين الماضيين",
 * "خلال الأيام (القليلة) الماضية", "الأيام العشرة الماضية", "في الأشهر الأخيرة", "خلال الأسابيع الماضية".
 * The number, when there is one, comes before the unit ("الـ 72 ساعة") or after it ("الأيام العشرة").
 */
import * as $numbers from "../../arabic/numbers";
import * as $convention from "../convention";
import type { PastWindow } from "../convention";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { parseNumberAt } = $numbers;
const { pastWindow } = $convention;
const { alt, f, L, LP, R, RECENT } = $lexicon;
const { firstWords, rule, resolver, spanStart } = $make;

type Unit = PastWindow["unit"];

/** After "آخر": a dual alone ("آخر أسبوعين") or a number and a plural ("آخر 3 أيام"). */
const LAST_DUALS = new Map<string, Unit>();
for (const [forms, unit] of [["يومين", "days"], ["أسبوعين", "weeks"], ["شهرين", "months"], ["سنتين|عامين", "years"], ["ساعتين", "hours"]] as Array<[string, Unit]>) {
  for (const w of forms.split("|")) LAST_DUALS.set(f(w), unit);
}
const LAST_UNITS = new Map<string, Unit>();
for (const [forms, unit] of [["أيام|يوما|يوماً|يوم", "days"], ["أسابيع|أسبوعا", "weeks"], ["أشهر|شهور|شهرا", "months"], ["سنوات|أعوام|عاما|سنة", "years"], ["ساعات|ساعة", "hours"]] as Array<[string, Unit]>) {
  for (const w of forms.split("|")) LAST_UNITS.set(f(w), unit);
}

/** Unit word → [unit, implied count (dual) or null, needs a number]. */
const UNITS = new Map<string, [Unit, number | null, boolean]>();
for (const [forms, unit, n, needsNumber] of [
  ["الساعات", "hours", 24, false],
  ["ساعة|ساعه|ساعات", "hours", null, true],
  ["الأيام|الايام", "days", null, false],
  ["أيام|يوما|يوماً", "days", null, true],
  ["اليومين|اليومان", "days", 2, false],
  ["الأسبوعين", "weeks", 2, false],
  ["الأسابيع", "weeks", null, false],
  ["أسابيع", "weeks", null, true],
  ["الأشهر|الشهور", "months", null, false],
  ["أشهر|شهرا|شهور", "months", null, true],
  ["الشهرين", "months", 2, false],
  ["السنوات|الأعوام|السنين", "years", null, false],
  ["سنوات|أعوام|عاما", "years", null, true],
  ["السنتين|العامين", "years", 2, false],
] as Array<[string, Unit, number | null, boolean]>) {
  for (const w of forms.split("|")) UNITS.set(f(w), [unit, n, needsNumber]);
}
const UNIT_WORD = alt([...UNITS.keys()].join("|"));
const FEW = alt("القليلة|الفائتة");
const DUAL_RECENT = alt("الماضيين|الأخيرين|المنصرمين|الفائتين|السابقين|الماضيتين|الأخيرتين");

/** A number that ends right before `end` (one space before the unit): digits, "ال 24", or up to 3 words. */
function numberBefore(text: string, end: number): { value: number; start: number } | null {
  // Candidate starts: each of the (up to) 4 word starts before `end`.
  let i = end - 1; // the space before the unit
  if (text[i] !== " ") return null;
  const starts: number[] = [];
  let j = i;
  for (let words = 0; words < 4 && j > 0; words++) {
    let k = j;
    while (k > 0 && text[k - 1] !== " " && text[k - 1] !== "\n") k--;
    starts.push(k);
    j = k - 1;
    if (j < 0 || text[j] !== " ") break;
  }
  for (let s = starts.length - 1; s >= 0; s--) {
    const num = parseNumberAt(text, starts[s]);
    if (num && num.end === i) return { value: num.value, start: starts[s] };
  }
  return null;
}

export const pastSpans: RuleModule = {
  name: "past spans",
  rules: [
    rule(
      "past-span",
      `${L}(?<unit>${UNIT_WORD})(?: ${FEW})?(?: (?<after>${alt("ال")}[\\u0621-\\u064A]+|(?:${alt("ال")} ?)?\\d{1,3}))?(?: ${FEW})? (?:${RECENT}|${DUAL_RECENT})${R}`,
      (m, text): Reading | null => {
        const info = UNITS.get(m.groups!.unit);
        if (!info) return null;
        const [unit, dual, needsNumber] = info;
        let start = m.index;
        let n: number | null = dual;
        const after = m.groups!.after;
        if (after) {
          // "الساعات الـ24 الماضية": the article before a number in digits is no part of it.
          const digits = /^ال ?(\d+)$/.exec(after);
          const num = digits ? { value: Number(digits[1]), end: after.length } : parseNumberAt(after, 0);
          if (!num || num.end !== after.length) return null;
          n = num.value;
        } else {
          const before = numberBefore(text, m.index);
          if (before) {
            n = before.value;
            start = before.start;
          } else if (needsNumber) {
            return null;
          }
        }
        if (unit === "hours" && n === null) return null;
        const w = { unit, n } as PastWindow;
        const vague = n === null;
        return { start, end: m.index + m[0].length, id: `past-${unit}`, grain: "span", kind: vague ? "vague" : "period", resolve: resolver((P) => pastWindow(P, w)) };
      },
      [...UNITS.keys()],
    ),
    // "آخر ثلاثة أيام", "خلال آخر 7 أيام", "آخر أسبوعين", "آخر شهرين": the same window ending at P.
    rule(
      "last-n",
      `${LP}(?<x>${alt("آخر|أخر|اخر")} (?<rest>[^ ]+(?: [^ ]+){0,3}))`,
      (m): Reading | null => {
        const words = m.groups!.rest.split(" ");
        const dual = LAST_DUALS.get(words[0]);
        let n: number | null = null;
        let unit: Unit | undefined;
        let used = 0;
        if (dual) [unit, n, used] = [dual, 2, 1];
        else {
          const num = parseNumberAt(m.groups!.rest, 0);
          if (!num) return null;
          const after = m.groups!.rest.slice(num.end).trimStart().split(" ")[0];
          unit = LAST_UNITS.get(after);
          if (!unit || num.value < 2 || num.value > 100) return null;
          n = num.value;
          used = m.groups!.rest.slice(0, num.end).trim().split(" ").length + 1;
        }
        const text = words.slice(0, used).join(" ");
        const start = spanStart(m);
        const end = m.index + m[0].length - m.groups!.rest.length + text.length;
        const w = { unit, n } as PastWindow;
        return { start, end, id: `past-${unit}`, grain: "span", kind: "period", resolve: resolver((P) => pastWindow(P, w)) };
      },
      firstWords("آخر|أخر|اخر"),
    ),
  ],
  examples: [
    ["وصلت خلال الساعات الماضية تعزيزات", "2019-06-23", "2019-06-22", "2019-06-23", "span"],
    ["خلال الساعات الأخيرة", "2021-03-01", "2021-02-28", "2021-03-01", "span"],
    ["خلال الـ24 ساعة الماضية", "2021-06-20", "2021-06-19", "2021-06-20", "span"],
    ["خلال الساعات الـ24 الماضية", "2021-06-20", "2021-06-19", "2021-06-20", "span"],
    ["خلال الساعات الـ 48 الماضية", "2021-06-20", "2021-06-18", "2021-06-20", "span"],
    ["خلال الـ 24 ساعة الماضية", "2021-06-20", "2021-06-19", "2021-06-20", "span"],
    ["الأربع والعشرين ساعة الماضية", "2021-06-20", "2021-06-19", "2021-06-20", "span"],
    ["أعلنت 12 من الألوية خلال الـ 72 ساعة الماضية انشقاقها", "2017-07-22", "2017-07-19", "2017-07-22", "span"],
    ["خلال 48 ساعة الماضية", "2021-06-20", "2021-06-18", "2021-06-20", "span"],
    ["خلال الـ72 ساعة الماضية", "2021-03-01", "2021-02-26", "2021-03-01", "span"],
    ["في الميادين خلال اليومين الماضيين", "2021-03-27", "2021-03-25", "2021-03-27", "span"],
    ["خلال الأيام الماضية", "2021-06-20", "2021-06-13", "2021-06-20", "span"],
    ["خلال الأيام القليلة الماضية", "2023-09-02", "2023-08-26", "2023-09-02", "span"],
    ["خلال الايام القليلة الماضية", "2015-11-22", "2015-11-15", "2015-11-22", "span"],
    ["خلال الأيام العشرة الماضية", "2021-06-20", "2021-06-10", "2021-06-20", "span"],
    ["خلال الأسبوعين الماضيين", "2021-06-20", "2021-06-06", "2021-06-20", "span"],
    ["في الأشهر الأخيرة", "2021-06-14..2021-06-30", "2020-12-14", "2021-06-30", "span"],
    ["خلال الأشهر الماضية", "2024-08-31", "2024-02-29", "2024-08-31", "span"],
    ["خلال الأشهر الستة الماضية", "2021-06-20", "2020-12-20", "2021-06-20", "span"],
    ["خلال الأسابيع الماضية", "2021-06-20", "2021-05-09", "2021-06-20", "span"],
    ["آخر ثلاثة أيام", "2021-06-20", "2021-06-17", "2021-06-20", "span"],
    ["خلال آخر 7 أيام", "2021-06-20", "2021-06-13", "2021-06-20", "span"],
    ["آخر أسبوعين", "2021-06-20", "2021-06-06", "2021-06-20", "span"],
    ["آخر شهرين", "2021-06-20", "2021-04-20", "2021-06-20", "span"],
  ],
  negatives: ["ساعات العمل", "أيام الأسبوع", "آخر ثلاثة عناصر", "آخر مرة"],
};
