/**
 * "منذ/قبل N <unit>": N in digits, number words or a dual ("منذ يومين", "قبل ثلاثة أيام",
 * "منذ 3 سنوات", "منذ قرابة الأسبوعين", "قبل شهرين") and the vague plurals ("قبل أيام",
 * "منذ أشهر", "قبل عدة أسابيع"). "قبل يومين من <event>" is relative to that event, not to P, and
 * is left alone.
 */
import * as $explanation from "../../i18n/explanation";
import * as $numbers from "../../arabic/numbers";
import * as $convention from "../convention";
import type { VagueAgo } from "../convention";
import * as $lexicon from "../lexicon";
import type { Grain } from "../types";
import * as $make from "./make";
import * as $years from "./years";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { ref } = $explanation;
const { parseNumberAt } = $numbers;
const { daysAgo, hoursAgo, monthsAgo, vagueAgo, weeksAgo, yearsAgo } = $convention;
const { alt, f, L, MONTH_NAME, R, WEEKDAY } = $lexicon;
const { firstWords, rule, resolver } = $make;
const { COUNTED_NOUN } = $years;

type Unit = "days" | "weeks" | "months" | "years" | "hours" | "decades";

/** Singular/accusative unit words (one unit, or the counted noun after a number). */
const SINGULAR = new Map<string, Unit>();
/** Plural unit words (after 3–10, or alone as the vague "some days"). */
const PLURAL = new Map<string, Unit>();
/** Dual unit words ("يومين" = two days). */
const DUAL = new Map<string, Unit>();
for (const [unit, singular, plural, dual] of [
  ["days", "يوم|يوما|يوماً", "أيام|ايام", "يومين|يومان"],
  ["weeks", "أسبوع|أسبوعا|أسبوعاً", "أسابيع", "أسبوعين|أسبوعان"],
  ["months", "شهر|شهرا|شهراً", "أشهر|شهور", "شهرين|شهران"],
  ["years", "سنة|سنه|عام|عاما|عاماً", "سنوات|سنين|أعوام", "سنتين|سنتان|عامين|عامان"],
  ["hours", "ساعة|ساعه", "ساعات", "ساعتين|ساعتان"],
  ["decades", "عقد|عقدا|عقداً", "", "عقدين|عقدان"],
] as Array<[Unit, string, string, string]>) {
  for (const w of singular.split("|")) SINGULAR.set(f(w), unit);
  for (const w of plural.split("|").filter(Boolean)) PLURAL.set(f(w), unit);
  for (const w of dual.split("|")) DUAL.set(f(w), unit);
}

const APPROX = alt("حوالي|حوالى|نحو|قرابة|زهاء|ما يقارب|ما يزيد عن|ما يزيد على|أكثر من|اكثر من|أقل من|ما لا يقل عن|أزيد من|ما يربو على|مدة|فترة");
const FEW = alt("عدة|بضعة|بضع|بعض|عده|كم|كام|شي");
// (not a number that counts people: "فرّ قبل شهر 3 عناصر")
const NAMED_START = new RegExp(`^ (?:\\d+(?! ${COUNTED_NOUN}${R})|${WEEKDAY}|${MONTH_NAME}${R}|${alt("أمس|الأمس|اليوم")}${R})`);
const FEW_AT = new RegExp(`^${FEW} `);
const APPROX_AFTER = new RegExp(`^ ${alt("تقريبا|تقريباً|على الأقل|أو أكثر")}${R}`);
const RELATIVE_TO_EVENT = new RegExp(`^ ${alt("من|على")}${R}`);
const GRAIN: Record<Unit, Grain> = { days: "day", weeks: "week", months: "month", years: "year", hours: "span", decades: "year" };
/** "قبل عقد الاجتماع" (before the meeting was held): a decade needs nothing but an adverb after it. */
const DECADE_END = new RegExp(`^(?: ${alt("من الزمن|تقريبا|تقريباً|ونيف|ونصف")})?(?! ?[\u0621-\u064A])`);
/** "منذ عام ونصف": eighteen months. */
const AND_A_HALF = new RegExp(`^ ${alt("ونصف|ونص")}${R}`);

const ARABIC_LETTER = /[\u0621-\u064A]/;

function wordAt(text: string, i: number): { word: string; end: number } {
  let j = i;
  while (j < text.length && ARABIC_LETTER.test(text[j])) j++;
  return { word: text.slice(i, j), end: j };
}

function countedReading(start: number, end: number, id: string, unit: Unit, n: number): Reading {
  const resolve = resolver((P) => {
    switch (unit) {
      case "days":
        return daysAgo(P, n);
      case "weeks":
        return weeksAgo(P, n);
      case "months":
        return monthsAgo(P, n);
      case "years":
        return yearsAgo(P, n);
      case "hours":
        return hoursAgo(P, n);
      case "decades":
        return yearsAgo(P, 10 * n);
    }
  });
  // One literal, not a spread into the caller's (object spread is slow on Node 20: see make.ts).
  // Hours in whole days name one day (convention.ts hoursAgo); fewer than a day, P or the day before.
  const oneDay = unit === "hours" && n % 24 === 0;
  return { start, end, id, grain: oneDay ? "day" : unit === "weeks" && n > 1 ? "span" : GRAIN[unit], kind: unit === "days" || (unit === "hours" && (n < 24 || oneDay)) ? "day" : "period", resolve };
}

export const countedAgo: RuleModule = {
  name: "counted ago",
  rules: [
    rule("ago", `${L}[وف]?(?<w>${alt("منذ|قبل|مضى عليه")}) (?:(?:${APPROX}) )?`, (m, text): Reading | null => {
      const start = m.index + m[0].indexOf(m.groups!.w); // after an optional proclitic
      let i = m.index + m[0].length;
      let unit: Unit | undefined;
      let n: number | null = null;
      let few = false;
      // "بضعة أيام", "عدة أشهر"
      const fewMatch = FEW_AT.exec(text.slice(i, i + 8));
      if (fewMatch) {
        few = true;
        i += fewMatch[0].length;
      }
      let first = wordAt(text, i);
      // "قرابة الأسبوعين", "حوالي الستة أشهر"
      let bare = first.word.startsWith("ال") ? first.word.slice(2) : first.word;
      if (!few && DUAL.has(bare)) {
        unit = DUAL.get(bare);
        n = 2;
      } else if (!few && SINGULAR.has(bare) && !PLURAL.has(bare)) {
        // "منذ عام 2011", "منذ يوم الجمعة", "منذ شهر آذار": the noun names a dated start, not one unit.
        if (NAMED_START.test(text.slice(first.end, first.end + 16))) return null;
        unit = SINGULAR.get(bare);
        n = 1;
      } else if (PLURAL.has(bare) && (few || bare === first.word)) {
        unit = PLURAL.get(bare);
      } else if (few && SINGULAR.has(bare)) {
        // "قبل كم يوم", "من شي أسبوع" (colloquial: a few days, a week or so)
        unit = SINGULAR.get(bare);
      } else if (!few) {
        const num = parseNumberAt(text, i);
        if (!num || num.value <= 0 || num.value > 1000) return null;
        if (text[num.end] !== " ") return null;
        const next = wordAt(text, num.end + 1);
        bare = next.word;
        unit = SINGULAR.get(bare) ?? PLURAL.get(bare);
        if (!unit) return null;
        n = num.value;
        first = next;
      }
      if (!unit) return null;
      if (unit === "decades" && !DECADE_END.test(text.slice(first.end, first.end + 12))) return null;
      let end = first.end;
      // "منذ عام ونصف", "قبل سنتين ونصف": the calendar month 12N+6 months before P's.
      const half = n !== null && unit === "years" ? AND_A_HALF.exec(text.slice(end, end + 8)) : null;
      if (half && n !== null) {
        const months = 12 * n + 6;
        return { start, end: end + half[0].length, id: "months-ago", grain: "month", kind: "period", resolve: resolver((P) => monthsAgo(P, months)) };
      }
      // "منذ أسبوع تقريبًا"
      const approx = APPROX_AFTER.exec(text.slice(end, end + 14));
      if (approx) end += approx[0].length;
      // "قبل يومين من بيان …" may count back from another event rather than from P (or "from" a
      // place: "قبل أسابيع من معسكر …"); the refiner decides, given a calendar date before it.
      const beforeEvent = m.groups!.w === f("قبل") && RELATIVE_TO_EVENT.test(text.slice(end, end + 4));
      if (n === null) {
        return { start, end, id: `some-${unit}-ago`, grain: "span", kind: "vague", resolve: resolver((P) => vagueAgo(P, unit as VagueAgo)) };
      }
      const reading: Reading = countedReading(start, end, `${unit}-ago`, unit, n);
      if (beforeEvent && (unit === "days" || unit === "weeks")) {
        reading.offsetDays = -(unit === "days" ? n : 7 * n);
        reading.note = ref("explain.note.mayCountFromEvent");
      }
      return reading;
    }, firstWords("منذ|قبل|مضى")),
  ],
  examples: [
    // round 6: a number after the unit that counts people is no start date
    ["وفرّ قبل شهر 3 عناصر من الدفاع الوطني", "2022-03-16", "2022-02-01", "2022-02-28", "month"],
    ["منذ يومين", "2019-07-10", "2019-07-08", "2019-07-08", "day"],
    ["قبل يومين", "2021-03-01", "2021-02-27", "2021-02-27", "day"],
    ["منذ يوم", "2021-06-20", "2021-06-19", "2021-06-19", "day"],
    ["منذ ثلاثة أيام", "2021-06-20", "2021-06-17", "2021-06-17", "day"],
    ["قبل عشرة أيام", "2021-06-20", "2021-06-10", "2021-06-10", "day"],
    ["منذ 5 أيام", "2024-03-01", "2024-02-25", "2024-02-25", "day"],
    ["منذ أسبوع", "2021-06-20", "2021-06-11", "2021-06-15", "week"],
    ["منذ أسبوع تقريبًا", "2021-06-20", "2021-06-11", "2021-06-15", "week"],
    ["منذ أسبوعين", "2021-06-20", "2021-06-03", "2021-06-09", "span"],
    ["منذ قرابة الأسبوعين", "2021-06-20", "2021-06-03", "2021-06-09", "span"],
    ["منذ شهرين", "2021-06-20", "2021-04-01", "2021-04-30", "month"],
    ["قبل ثلاثة أشهر", "2021-01-15", "2020-10-01", "2020-10-31", "month"],
    ["عقيد انشق منذ 3 سنوات", "2015-12-02", "2012-01-01", "2012-12-31", "year"],
    ["منذ عامين", "2021-06-20", "2019-01-01", "2019-12-31", "year"],
    ["منذ نحو 5 سنوات", "2018-01-07", "2013-01-01", "2013-12-31", "year"],
    ["قبل أيام", "2021-06-20", "2021-06-13", "2021-06-19", "span"],
    ["منذ ايام", "2015-12-02", "2015-11-25", "2015-12-01", "span"],
    ["قبل عدة أيام", "2021-06-20", "2021-06-13", "2021-06-19", "span"],
    ["قبل أسابيع", "2021-06-20", "2021-05-09", "2021-06-06", "span"],
    ["منذ أشهر", "2021-06-20", "2020-06-20", "2021-04-20", "span"],
    ["قبل أشهر", "2021-06-14..2021-06-30", "2020-06-14", "2021-04-30", "span"],
    // No calendar date before it to count from: stays relative to P (see refiners: relative-to-event).
    ["قبل يومين من البيان", "2021-06-20", "2021-06-18", "2021-06-18", "day"],
    ["منذ يوم الجمعة", "2021-06-20", "2021-06-18", "2021-06-20", "span"],
    ["منذ شهر آذار", "2021-06-20", "2021-03-01", "2021-06-20", "span"],
    ["منذ ساعات", "2021-06-20", "2021-06-19", "2021-06-20", "span"],
    // round 6 (loose ends): hours counted back are the moment that long before P, whose hour is unknown: whole days
    // of hours name one day, as the days do ("قبل 48 ساعة" = "قبل يومين" = P-2); the span "خلال الـ48 ساعة
    // الماضية" is past-spans' [P-2, P].
    ["قبل 48 ساعة", "2021-03-01", "2021-02-27", "2021-02-27", "day"],
    ["منذ 24 ساعة", "2021-06-20", "2021-06-19", "2021-06-19", "day"],
    ["قبل اثنتين وسبعين ساعة", "2021-06-20", "2021-06-17", "2021-06-17", "day"],
    ["قبل 36 ساعة", "2021-06-20", "2021-06-18", "2021-06-19", "span"],
    ["قبل 10 ساعات", "2021-06-20", "2021-06-19", "2021-06-20", "span"],
    ["قبل ساعتين", "2021-06-20", "2021-06-19", "2021-06-20", "span"],
    ["منذ سبعة ايام", "2015-12-02", "2015-11-25", "2015-11-25", "day"],
    ["منذ يومين", "2021-06", "2021-05-30", "2021-06-28", "day"],
    ["قبل كم يوم", "2021-06-20", "2021-06-13", "2021-06-19", "span"],
    ["قبل عقد من الزمن", "2021-06-20", "2011-01-01", "2011-12-31", "year"],
    ["منذ عام ونصف", "2021-06-20", "2019-12-01", "2019-12-31", "month"],
  ],
  negatives: ["قبل الظهر", "منذ البداية", "منذ سقوط النظام", "قبل عقد الاجتماع"],
};
