/**
 * Times of day with no day of their own (round 3): a clock time ("الساعة الثالثة عصراً"، "عند الساعة
 * 3:15"، "في تمام الثانية عشرة ظهراً"، "عند الثالثة فجراً"), midnight ("بعد منتصف الليل") and parts of
 * a day ("في ساعات الصباح الأولى"، "فجراً"). Alone they are the day of the last day named before them in
 * the text, else P's day (refiner `anchorDays`); right after a day ("أمس مساءً"، "يوم الجمعة عند
 * الساعة الثالثة") or before one ("الساعة الثالثة من فجر الجمعة") they join it (refiner `mergeDayTime`).
 * A time of day before a day ("فجر الجمعة"، "مساء أمس") is the marker merge of refiners.ts.
 *
 * "ليلة الخميس على الجمعة" (also "ليلة الخميس-الجمعة"، "ليل الخميس الجمعة"): a night that spans two
 * days resolves to BOTH days, [Thursday, Friday] (grain span): the incident is in that night, on either
 * side of midnight. The first day is chosen like a weekday ("bare": the latest one on or before P).
 */
import * as $convention from "../convention";
import * as $lexicon from "../lexicon";
import * as $calendar from "../calendar";
import * as $make from "./make";
import type { Reading, RuleModule } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { today, weekday } = $convention;
const { alt, f, HOUR_FIRST_WORDS, HOUR_WORD, LP, PAST, R, TOD_ADVERB, TOD_ADVERB_FORMS, WEEKDAY, WEEKDAY_NUMBER, UNIT_BEFORE_ORDINAL } = $lexicon;
const { plusDays } = $calendar;
const { anchors, DIGIT, firstWords, resolver, rule, spanEnd, spanStart } = $make;

function timeOnly(m: RegExpExecArray, id: string): Reading {
  return { start: spanStart(m), end: spanEnd(m), id, grain: "day", kind: "day", timeOnly: true, anchorShift: 0, resolve: resolver((P) => today(P)) };
}

const MINUTES = `(?: ${alt("و")}(?:${alt("النصف|الربع|نصف|ربع|ثلث|الثلث")}|(?:${alt("و")})? ?\\d{1,2} ${alt("دقيقة|دقائق")})| ${alt("إلا ربعا|إلا ربعاً|الا ربع|إلا ربع|إلا ثلثا|إلا ثلث")})?`;
const DAY_PARTS = "ساعات الليل|ساعات الصباح|ساعات المساء|الصباح الباكر|ساعات الصباح الأولى|الساعات الأولى من الصباح|ساعات الفجر الأولى|الساعات الأولى من الفجر|ساعة متأخرة من الليل|ساعات متأخرة من الليل|وقت متأخر من الليل|ساعات الليل المتأخرة|فجرا|فجراً|صباحا|صباحاً|ظهرا|ظهراً|عصرا|عصراً|ليلا|ليلاً";

/**
 * What every clock time holds (the reader wants "تمام", "الساعة" or an adverb): those words, and the words of
 * every adverb but the prepositions that begin some ("من صباح" holds "صباح"). Each adverb keeps a word.
 */
const CLOCK_ANCHORS = (() => {
  const prepositions = new Set(["من", "بعد", "قبل"]);
  const words = TOD_ADVERB_FORMS.split("|").map((form) => form.split(" ").filter((w) => !prepositions.has(w)));
  if (words.some((w) => w.length === 0)) throw new Error("times-of-day: an adverb made only of prepositions needs its own anchor");
  return anchors(["تمام", "الساعة", "ساعة", ...words.flat()].join("|"), 6);
})();

export const timesOfDay: RuleModule = {
  name: "times of day",
  rules: [
    rule(
      "clock-time",
      `${LP}(?<x>(?<t>${alt("تمام")} )?(?<s>${alt("الساعة|ساعة")} )?(?:(?<h>${HOUR_WORD})|(?<hd>[012]?\\d)(?:[:.](?<mm>[0-5]\\d))?)${MINUTES}(?: (?<adv>${TOD_ADVERB}))?)${R}`,
      (m, text): Reading | null => {
        const g = m.groups!;
        if (g.hd !== undefined && Number(g.hd) > 24) return null;
        // "الثالثة" alone is an ordinal: a clock needs "الساعة"/"تمام" or a time-of-day word after it.
        if (!g.s && !g.t && !g.adv) return null;
        if (g.s && !g.t && g.s.startsWith(f("ساعة")) && !g.adv) return null;
        // "الفرقة الرابعة مساء الاثنين": an ordinal (or a number) that ends a unit's name is no hour.
        if (!g.s && !g.t && UNIT_BEFORE_ORDINAL.test(text.slice(Math.max(0, spanStart(m) - 16), spanStart(m)))) return null;
        return timeOnly(m, "clock-time");
      },
      [...firstWords("تمام|الساعة|ساعة"), ...HOUR_FIRST_WORDS, DIGIT],
      // the adverb after the hour and its minutes ("الحادية عشرة و 15 دقيقة صباحاً")
      CLOCK_ANCHORS,
    ),
    rule("midnight", `${LP}(?<x>(?:${alt("بعد|قبيل|قبل|قرابة|حوالي|عند")} )?${alt("منتصف الليل|منتصف الليلة")})${R}`, (m) => timeOnly(m, "midnight"), firstWords("بعد|قبيل|قبل|قرابة|حوالي|عند|منتصف"), anchors("منتصف", 1)),
    rule("part-of-day", `${LP}(?<x>${alt(DAY_PARTS)})${R}`, (m) => timeOnly(m, "part-of-day"), firstWords(DAY_PARTS)),
    rule(
      "night-between",
      `${LP}(?<x>${alt("ليلة|ليل|ليلتي")} (?:${alt("يوم")} )?(?<a>${WEEKDAY}) ?(?:(?:${alt("على|إلى|و")}) ?|[-–/] ?)?(?:${alt("يوم")} )?(?<b>${WEEKDAY})(?: (?<q>${PAST}))?)${R}`,
      (m): Reading | null => {
        const a = WEEKDAY_NUMBER.get(m.groups!.a);
        const b = WEEKDAY_NUMBER.get(m.groups!.b);
        if (a === undefined || b !== (a + 1) % 7) return null;
        const rel = m.groups!.q ? "past" : "bare";
        return {
          start: spanStart(m), end: spanEnd(m),
          grain: "span",
          kind: "day",
          resolve: resolver((P) => {
            const first = weekday(P, a, rel).start;
            return { start: first, end: plusDays(first, 1) };
          }),
        };
      },
      firstWords("ليلة|ليل|ليلتي"),
    ),
  ],
  examples: [
    // A time alone is P's day.
    ["الساعة الثالثة عصراً", "2021-06-20", "2021-06-20", "2021-06-20", "day"],
    ["عند الساعة 3:15", "2021-06-20", "2021-06-20", "2021-06-20", "day"],
    ["في تمام الثانية عشرة ظهراً", "2021-06-20", "2021-06-20", "2021-06-20", "day"],
    ["عند الثالثة فجراً", "2021-06-20", "2021-06-20", "2021-06-20", "day"],
    ["نحو الساعة العاشرة والنصف ليلاً", "2021-06-20", "2021-06-20", "2021-06-20", "day"],
    ["بعد منتصف الليل", "2021-06-20", "2021-06-20", "2021-06-20", "day"],
    ["في ساعات الصباح الأولى", "2021-06-20", "2021-06-20", "2021-06-20", "day"],
    ["الساعة 11 مساءً بالتوقيت المحلي", "2021-06-20", "2021-06-20", "2021-06-20", "day"],
    // With a day: that day.
    ["فجر الجمعة", "2021-06-20", "2021-06-18", "2021-06-18", "day"],
    ["ظهر الخميس", "2021-06-20", "2021-06-17", "2021-06-17", "day"],
    ["ليل السبت", "2021-06-20", "2021-06-19", "2021-06-19", "day"],
    ["مساء يوم الأحد الماضي", "2021-06-23", "2021-06-20", "2021-06-20", "day"],
    ["أمس مساءً", "2021-06-20", "2021-06-19", "2021-06-19", "day"],
    ["يوم الجمعة عند الساعة الثالثة عصراً", "2021-06-20", "2021-06-18", "2021-06-18", "day"],
    ["عند الساعة الثانية من فجر الخميس", "2021-06-20", "2021-06-17", "2021-06-17", "day"],
    ["انشق أمس، وفي الساعة الرابعة عصراً وصل إلى إدلب", "2021-06-20", "2021-06-19", "2021-06-19", "day"],
    ["في الساعات الأولى من صباح اليوم", "2021-06-20", "2021-06-20", "2021-06-20", "day"],
    // A night across two days: both days.
    ["ليلة الخميس على الجمعة", "2021-06-20", "2021-06-17", "2021-06-18", "span"],
    ["ليلة الخميس-الجمعة", "2021-06-20", "2021-06-17", "2021-06-18", "span"],
    ["ليل السبت الأحد", "2021-06-22", "2021-06-19", "2021-06-20", "span"],
    // An ordinal that ends a unit name is no hour: the day after it is read alone (r9-leftovers).
    ["انشق عناصر عن الفرقة الرابعة مساء الاثنين", "2021-06-20", "2021-06-14", "2021-06-14", "day"],
    ["عند الساعة الرابعة مساء الاثنين", "2021-06-20", "2021-06-14", "2021-06-14", "day"],
    ["في الرابعة من فجر الاثنين", "2021-06-20", "2021-06-14", "2021-06-14", "day"],
  ],
  negatives: [
    "في المرتبة الثالثة", "الساعة الحرجة", "ساعة الصفر", "للمرة الثانية", "ليلة القبض على فاطمة",
    // a unit's ordinal or number, then "مساء" with no day (r9-leftovers)
    "انشق 5 عناصر عن الفرقة الرابعة مساء", "انشق عنصران من الفرقة 17 مساءً", "من الكتيبة الثالثة مساءً",
    "عناصر بالفرقة الحادية عشرة مساء",
  ],
};
