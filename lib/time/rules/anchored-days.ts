/**
 * Days counted from another day named before them in the text (round 3): "في اليوم التالي" (+1),
 * "اليوم السابق" (-1), "في اليوم نفسه" (0), "بعد يومين" / "بعد ذلك بأسبوع" (+N); round 7: "قبل ذلك بيومين" /
 * "قبلها بأسبوع" / "قبل يومين من ذلك" (-N), and "وفي العاشر منه" (that day of the named day's month). The refiner
 * `anchorDays` resolves them from the last day-grain expression before them (within one paragraph's
 * reach); with none, they count from P ("في اليوم التالي" alone is P+1, and so future).
 * "بعد يومين من اعتقاله" counts from an event the engine cannot date and is left alone; "بعد يومين من ذلك"
 * counts from what was named before it, like "بعد ذلك بيومين".
 */
import * as $numbers from "../../arabic/numbers";
import * as $convention from "../convention";
import * as $calendar from "../calendar";
import * as $lexicon from "../lexicon";
import * as $make from "./make";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { parseNumberAt } = $numbers;
const { daysAgo, today } = $convention;
const { day, daysInMonth, month, year } = $calendar;
const { alt, f, L, LP, ORDINAL, ORDINAL_WORDS, R } = $lexicon;
const { anchors, firstWords, resolver, rule, spanEnd, spanStart } = $make;

function anchored(m: RegExpExecArray, shift: number, id: string): Reading {
  return {
    start: spanStart(m), end: spanEnd(m),
    id,
    grain: "day",
    kind: "day",
    anchorShift: shift,
    resolve: resolver((P) => (shift === 0 ? today(P) : daysAgo(P, -shift))),
  };
}

const NEXT_DAY = "اليوم التالي|اليوم اللاحق|اليوم الموالي|اليوم الذي تلاه|اليوم الذي يليه|غداة ذلك|غداة ذلك اليوم|بعد ذلك بيوم|بعدها بيوم|في الغداة";
const PREVIOUS_DAY = "اليوم السابق|اليوم الذي سبقه|اليوم الذي قبله|قبل ذلك بيوم|قبلها بيوم|عشية ذلك اليوم|عشية ذلك";
const SAME_DAY = "اليوم نفسه|نفس اليوم|ذات اليوم|اليوم ذاته|اليوم عينه|نفس اليوم ذاته";
/** "بعد يومين"، "بعد ذلك بثلاثة أيام"، "بعد أسبوع": the count and its unit. */
const AFTER_UNIT = new Map<string, [number | null, number]>();
for (const [forms, n, per] of [
  ["يوم|يوما|يوماً", 1, 1],
  ["يومين|يومان", 2, 1],
  ["أيام", null, 1],
  ["أسبوع|أسبوعا|أسبوعاً", 1, 7],
  ["أسبوعين|أسبوعان", 2, 7],
  ["أسابيع", null, 7],
] as Array<[string, number | null, number]>) {
  for (const w of forms.split("|")) AFTER_UNIT.set(f(w), [n, per]);
}
const COUNTED_FROM = new RegExp(`^ ${alt("من|على")}${R}`);
/** "بعد يومين من ذلك (اليوم)": counted from what was named before, like "بعد ذلك بيومين". */
const FROM_THAT = new RegExp(`^ ${alt("من ذلك اليوم|من ذلك التاريخ|من ذلك|من ذاك|من تلك الحادثة")}${R}`);

/** A word of the count phrase: punctuation ends it ("… بعد أسبوع."). */
const WORD = "[^\\s.,،؛:؟!?]+";

/**
 * A counted span of days at the start of `words` (folded): "يومين" (2), "ثلاثة أيام" (3), "4 أيام", "أسبوع" (7),
 * "أسبوعين" (14), and how many words it took; null for an uncounted one ("أيام", "أسابيع") or none. Also read by
 * the extractor for "بعد يومين من انشقاق …" (lib/extract/refiners/counted-from.ts).
 */
export function spanOfDays(words: readonly string[]): { days: number; words: 1 | 2 } | null {
  const one = AFTER_UNIT.get(words[0]);
  if (one && one[0] !== null) return { days: one[0] * one[1], words: 1 };
  if (words.length < 2) return null;
  const num = parseNumberAt(words[0], 0);
  const unit = AFTER_UNIT.get(words[1]);
  if (num && num.end === words[0].length && unit && num.value >= 2 && num.value <= 60) return { days: num.value * unit[1], words: 2 };
  return null;
}

/**
 * "بعد يومين", "بعد ذلك بثلاثة أيام", "بعد 4 أيام", "قبل ذلك بيومين": N days (or weeks) after (`sign` 1) or
 * before (-1) the day named before; the unit is the last word read. Null when it counts from an event the
 * engine cannot date ("بعد يومين من اعتقاله").
 */
function countedFromThat(m: RegExpExecArray, text: string, sign: 1 | -1): Reading | null {
  const words = m.groups!.n.split(" ");
  const span = spanOfDays(words);
  if (!span) return null;
  let end = spanEnd(m) - (span.words === 1 && words.length === 2 ? words[1].length + 1 : 0);
  if (sign === 1) {
    const fromThat = FROM_THAT.exec(text.slice(end, end + 24));
    if (fromThat) end += fromThat[0].length;
    else if (COUNTED_FROM.test(text.slice(end, end + 4))) return null;
  }
  const shift = sign * span.days;
  const id = sign === 1 ? "days-after" : "days-before-that";
  return { start: spanStart(m), end, id, grain: "day", kind: "day", anchorShift: shift, resolve: resolver((P) => daysAgo(P, -shift)) };
}

export const anchoredDays: RuleModule = {
  name: "anchored days",
  rules: [
    rule("next-day", `${LP}(?<x>(?:${alt("صبيحة")} )?${alt(NEXT_DAY)})${R}`, (m) => anchored(m, 1, "next-day"), firstWords(`صبيحة|${NEXT_DAY}`), anchors("التالي|اللاحق|الموالي|تلاه|يليه|ذلك|بيوم|الغداة", 3)),
    rule("previous-day", `${LP}(?<x>${alt(PREVIOUS_DAY)})${R}`, (m) => anchored(m, -1, "previous-day"), firstWords(PREVIOUS_DAY), anchors("السابق|سبقه|قبله|بيوم|ذلك", 2, true)),
    rule("same-day", `${LP}(?<x>${alt(SAME_DAY)})${R}`, (m) => anchored(m, 0, "same-day"), firstWords(SAME_DAY), anchors("نفسه|اليوم|ذاته|عينه", 1, true)),
    rule("days-after", `${L}[وف]?(?<x>${alt("بعد")} (?:${alt("ذلك|ذاك|ها")} )?(?:${alt("ب")})?(?<n>${WORD}(?: ${WORD})?))`, (m, text) => countedFromThat(m, text, 1), firstWords("بعد")),
    // "قبل ذلك بيومين"، "قبلها بأسبوع": counted back from the day named before ("قبل يومين" alone is P-2: counted-ago).
    rule("days-before-that", `${L}[وف]?(?<x>(?:${alt("قبل")} ${alt("ذلك|ذاك")} |${alt("قبلها")} )${alt("ب")}(?<n>${WORD}(?: ${WORD})?))`, (m, text) => countedFromThat(m, text, -1), firstWords("قبل|قبلها")),
    // "وفي العاشر منه"، "في 10 منه": that day of the month named before ("منه": of it); "في" is asked for, since
    // "الجزء الأول منه" is no day.
    rule("day-of-that-month", `${L}[وف]?(?<x>${alt("في")} (?:(?<d>[1-3]?\\d)|(?<o>${ORDINAL_WORDS})) ${alt("منه")})${R}`, (m) => {
      const g = m.groups!;
      const n = g.d ? Number(g.d) : ORDINAL.get(g.o!)!;
      if (!n || n > 31) return null;
      return {
        start: spanStart(m), end: spanEnd(m), id: "day-of-that-month", grain: "day", kind: "day", anchorDayOfMonth: n,
        resolve: resolver((P) => {
          const [y, mo] = [year(P), month(P)];
          return n > daysInMonth(y, mo) ? null : { start: day(y, mo, n), end: day(y, mo, n) };
        }),
      };
    }, firstWords("في"), anchors("منه", 4, true)),
    // "قبل يومين من ذلك": the same, the span before "من ذلك" ("قبل يومين" alone is P-2: counted-ago).
    rule("days-before-that-from", `${L}[وف]?(?<x>${alt("قبل")} (?<n>${WORD}(?: ${WORD})?) ${alt("من ذلك اليوم|من ذلك التاريخ|من ذلك|من ذاك|من تلك الحادثة")})${R}`, (m) => {
      const words = m.groups!.n.split(" ");
      const span = spanOfDays(words);
      if (!span || span.words !== words.length) return null;
      return { start: spanStart(m), end: spanEnd(m), id: "days-before-that", grain: "day", kind: "day", anchorShift: -span.days, resolve: resolver((P) => daysAgo(P, span.days)) };
    }, firstWords("قبل")),
  ],
  examples: [
    // With nothing named before it, the next day counts from P (and is future).
    ["في اليوم التالي", "2021-06-20", "2021-06-21", "2021-06-21", "day", "future"],
    ["اليوم السابق", "2021-06-20", "2021-06-19", "2021-06-19", "day"],
    // Named before it: counted from that day (the anchored phrase is the longest match here).
    ["انشق الضابط في 3 آذار، وفي اليوم التالي لحق به عشرة عناصر", "2021-06-20", "2021-03-04", "2021-03-04", "day"],
    ["فر خمسة عناصر أمس، وكان قائدهم قد انشق في اليوم السابق", "2021-06-20", "2021-06-18", "2021-06-18", "day"],
    ["وصلوا أمس إلى إدلب، وفي اليوم نفسه", "2021-06-20", "2021-06-19", "2021-06-19", "day"],
    ["صباح اليوم التالي", "2021-06-20", "2021-06-21", "2021-06-21", "day", "future"],
    ["في نفس اليوم", "2021-06-20", "2021-06-20", "2021-06-20", "day"],
    ["بعد يومين", "2021-06-20", "2021-06-22", "2021-06-22", "day", "future"],
    ["بعد ذلك بثلاثة أيام", "2021-06-20", "2021-06-23", "2021-06-23", "day", "future"],
    ["غداة ذلك", "2021-06-20", "2021-06-21", "2021-06-21", "day", "future"],
    ["سيطرت الفصائل على البلدة في 5 آذار، وبعد يومين من ذلك انشق 6 عناصر", "2021-06-20", "2021-03-07", "2021-03-07", "day"],
    ["انشق الضابط في 3 آذار، وبعد أسبوع من ذلك التاريخ لحق به عشرة عناصر", "2021-06-20", "2021-03-10", "2021-03-10", "day"],
    // Round 7 (discourse): the count at the end of a sentence, and counted back from the day named before.
    ["انشق الضابط في 3 آذار. ثم لحق به عشرة عناصر بعد أسبوع.", "2021-06-20", "2021-03-10", "2021-03-10", "day"],
    ["انشق خمسة عناصر أمس. وقبل ذلك بيومين انشق ثلاثة", "2021-06-20", "2021-06-17", "2021-06-17", "day"],
    ["انشق خمسة عناصر في 10 آذار، وكان قائدهم قد انشق قبلها بأسبوع", "2021-06-20", "2021-03-03", "2021-03-03", "day"],
    ["وصلوا أمس، وكانوا قد فروا قبل ذلك بثلاثة أيام", "2021-06-20", "2021-06-16", "2021-06-16", "day"],
    ["انشق خمسة عناصر أمس. وقبل يومين من ذلك، انشق ثلاثة", "2021-06-20", "2021-06-17", "2021-06-17", "day"],
    ["انشق الضابط في 5 آذار، وفي العاشر منه لحق به عشرة عناصر", "2021-06-20", "2021-03-10", "2021-03-10", "day"],
    ["فر عنصران في 3 شباط، ثم فر خمسة آخرون في 20 منه", "2021-06-20", "2021-02-20", "2021-02-20", "day"],
    ["انشق الضابط في 10 آذار، وقبل أسبوع من ذلك التاريخ فر عشرة عناصر", "2021-06-20", "2021-03-03", "2021-03-03", "day"],
  ],
  negatives: ["بعد يومين من اعتقاله", "بعد ذلك", "بعد أيام من المعارك", "اليوم الوطني", "بعد مقتل قائده", "قبل ذلك", "قبل ذلك بقليل", "قبلها بساعات", "الجزء الأول منه", "العاشر منهم"],
};
