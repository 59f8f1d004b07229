/**
 * Word lists and regex fragments for the date rules, written in natural Arabic and folded with
 * `foldLetters` so they match the normalised text (أ→ا, ة→ه, ى→ي, ئ→ي, ؤ→و).
 *
 * Arabic letters are not `\w` in JS regexes, so word boundaries are explicit: `L` is the
 * "no letter or digit here" lookbehind and `R` the matching lookahead.
 */
import * as $normalize from "../arabic/normalize";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters } = $normalize;

const LETTER = "\\u0621-\\u064A\\u066E-\\u06D3";
/** Start of a word: not preceded by a letter or digit. */
export const L = `(?<![${LETTER}0-9])`;
/** End of a word: not followed by a letter or digit. */
export const R = `(?![${LETTER}0-9])`;
/** Start of a number that may carry one proclitic letter ("و3 آذار", "ب21 أيلول"), which is not part of the match. */
export const LD = `(?:(?<![${LETTER}0-9])|(?<=(?<![${LETTER}0-9])(?:[وفبل]|[وفبل]?ال)))`;
/** Start of a word that may carry one proclitic (و ف ب ل ك), which is not part of the match. */
export const LP = `(?<![${LETTER}0-9])(?:[وفبلك](?=[${LETTER}]))?`;

/** Folds each "|"-separated natural form and joins them longest first (so alternation prefers the longest). */
export function alt(forms: string): string {
  const list = [...new Set(forms.split("|").map((f) => foldLetters(f.trim())).filter(Boolean))];
  list.sort((a, b) => b.length - a.length);
  return `(?:${list.join("|")})`;
}

export const f = foldLetters;

// ---- qualifiers (both genders) ----------------------------------------------------------
export const PAST = alt("الماضي|الماضية|الفائت|الفائتة|المنصرم|المنصرمة|السابق|السابقة|المنقضي|المنقضية|المنتهي|المنتهية|اللي فات|اللي فاتت|الي فات|يلي فات|اللي راح|اللي مضى");
export const CURRENT = alt("الجاري|الجارية|الحالي|الحالية");
export const NEXT = alt("المقبل|المقبلة|القادم|القادمة|التالي|التالية");
export const RECENT = alt("الأخيرة|الأخير|الماضية|الماضي|المنصرمة|الفائتة|السابقة|المنقضية");

const RELATION = new Map<string, "past" | "current" | "next">();
for (const [rel, source] of [["past", PAST], ["current", CURRENT], ["next", NEXT]] as const) {
  for (const w of source.slice(3, -1).split("|")) RELATION.set(w, rel);
}

export function relationOf(word: string): "past" | "current" | "next" | null {
  return RELATION.get(word) ?? null;
}

// ---- months --------------------------------------------------------------------------------
/** [month number, natural forms]. Levantine and Egyptian/Maghrebi series, with common misspellings. */
const MONTH_FORMS: Array<[number, string]> = [
  [1, "كانون الثاني|كانون ثاني|كانون التاني|كانون تاني|يناير|جانفي|ينابر"],
  [2, "شباط|فبراير|فبرابر|فيفري|فبرير"],
  [3, "آذار|أذار|اذار|مارس"],
  [4, "نيسان|أبريل|ابريل|إبريل|أفريل|ابريل"],
  [5, "أيار|آيار|ايار|مايو|ماي"],
  [6, "حزيران|يونيو|يونيه|جوان"],
  [7, "تموز|يوليو|يوليه|جويلية|جويليه|يوليوز"],
  [8, "آب|أب|اب|أغسطس|اغسطس|آغسطس|أوت|اوت|غشت"],
  [9, "أيلول|ايلول|سبتمبر|شتنبر"],
  [10, "تشرين الأول|تشرين اول|أكتوبر|اكتوبر|أكتوير"],
  [11, "تشرين الثاني|تشرين ثاني|تشرين التاني|تشرين تاني|نوفمبر|نونبر"],
  [12, "كانون الأول|كانون اول|ديسمبر|دجنبر|دیسمبر"],
];

export const MONTH_NUMBER = new Map<string, number>();
for (const [n, forms] of MONTH_FORMS) for (const form of forms.split("|")) MONTH_NUMBER.set(f(form), n);

/** Month names that are also common words ("أب" father, "مارس" practised, "ماي"): need date context. */
export const AMBIGUOUS_MONTHS = new Set([f("اب"), f("مارس"), f("ماي"), f("أوت")]);

export const MONTH_FIRST_WORDS = [...new Set([...MONTH_NUMBER.keys()].map((k) => k.split(" ")[0]))];

export const MONTH_NAME = alt(MONTH_FORMS.map(([, forms]) => forms).join("|"));

/**
 * A month, optionally paired with its other-series name: "حزيران/يونيو", "نيسان أبريل",
 * "آب-أغسطس", "حزيران (يونيو)", "ديسمبر/كانون الأول". Group `m1` is the first name.
 */
export const MONTH = `(?:${alt("شهر")} )?(?<m1>${MONTH_NAME})${R}(?: ?(?:/|-|\\(|,)? ?${MONTH_NAME}${R}(?: ?\\))?)?`;

// ---- weekdays ------------------------------------------------------------------------------
const WEEKDAY_FORMS: Array<[number, string]> = [
  [0, "الأحد"],
  [1, "الاثنين|الإثنين|الأثنين|الاتنين"],
  [2, "الثلاثاء|الثلاثا"],
  [3, "الأربعاء|الاربعاء|الإربعاء|الأربعا"],
  [4, "الخميس"],
  [5, "الجمعة"],
  [6, "السبت"],
];
export const WEEKDAY_NUMBER = new Map<string, number>();
for (const [n, forms] of WEEKDAY_FORMS) for (const form of forms.split("|")) WEEKDAY_NUMBER.set(f(form), n);
export const WEEKDAY_WORDS = [...WEEKDAY_NUMBER.keys()];
export const WEEKDAY = alt(WEEKDAY_FORMS.map(([, forms]) => forms).join("|"));

/** Times of day that may precede a day: "فجر اليوم", "مساء أمس", "ليلة الجمعة", "ظهر الخميس". */
const TIME_OF_DAY_FORMS =
  "فجر|صباح|ظهر|ظهيرة|عصر|مساء|ليل|ليلة|منتصف ليل|منتصف ليلة|ساعات فجر|ساعات صباح|ساعات مساء|ساعات ليل|صبيحة|عشية|نهار|ضحى|سحر";
export const TIME_OF_DAY = alt(TIME_OF_DAY_FORMS);
export const TIME_OF_DAY_FIRST_WORDS = [...new Set(TIME_OF_DAY_FORMS.split("|").map((x) => f(x).split(" ")[0]))];

/** Beginning / middle / end of a month or year. */
const PART_FORMS =
  "مطلع|بداية|بدايات|أوائل|اوائل|مستهل|منتصف|أواسط|اواسط|أواخر|اواخر|نهاية|نهايات|آخر|اخر|أخر" +
  // round 3: "الأيام الأولى من الشهر الجاري", "العشر الأواخر من أيار", "الأسبوع الأخير من آذار"
  "|الأيام الأولى من|الأيام الأخيرة من|العشر الأوائل من|العشر الأول من|العشر الأواخر من|العشر الأخيرة من|الأسبوع الأول من|الأسبوع الأخير من|أول أسبوع من|آخر أسبوع من|اخر أسبوع من|أول أيام|آخر أيام|الأيام الأخيرة في|الأيام الأولى في";
export const PART_WORD = alt(PART_FORMS);
export const PART_FIRST_WORDS = [...new Set(PART_FORMS.split("|").map((x) => f(x).split(" ")[0]))];

const EARLY = new RegExp(`^${alt("مطلع|بداية|بدايات|أوائل|مستهل|الأيام الأولى من|العشر الأوائل من|العشر الأول من|الأسبوع الأول من|أول أسبوع من|أول أيام|الأيام الأولى في")}$`);
const MID = new RegExp(`^${alt("منتصف|أواسط")}$`);

export function partOf(word: string): "early" | "mid" | "late" {
  if (EARLY.test(word)) return "early";
  if (MID.test(word)) return "mid";
  return "late";
}

// ---- ordinal day words (round 3: shared by explicit dates and day ranges) --------------------
/** Ordinal day words ("الحادي والعشرين", "الأول", "الخامس عشر"), normalised → day number. */
const ORDINAL_UNITS: Array<[string, number]> = [
  ["الأول|الحادي", 1], ["الثاني", 2], ["الثالث", 3], ["الرابع", 4], ["الخامس", 5], ["السادس", 6], ["السابع", 7], ["الثامن", 8], ["التاسع", 9],
];
export const ORDINAL = new Map<string, number>();
for (const [forms, n] of ORDINAL_UNITS) {
  for (const form of forms.split("|")) {
    const w = f(form);
    ORDINAL.set(w, n);
    ORDINAL.set(`${w} ${f("عشر")}`, n + 10);
    ORDINAL.set(`${w} ${f("والعشرين")}`, n + 20);
    if (n === 1) ORDINAL.set(`${w} ${f("والثلاثين")}`, 31);
  }
}
ORDINAL.set(f("العاشر"), 10);
ORDINAL.set(f("العشرين"), 20);
ORDINAL.set(f("الثلاثين"), 30);
export const ORDINAL_FIRST_WORDS = [...new Set([...ORDINAL.keys()].map((k) => k.split(" ")[0]))];
export const ORDINAL_WORDS = `(?:${[...ORDINAL.keys()].sort((a, b) => b.length - a.length).join("|")})`;


// ---- round 3: words for the new classes ---------------------------------------------------
/** Weekday names without the article, as in "أحد الأسبوع الماضي", "ثاني أربعاء من تشرين الأول". */
const BARE_WEEKDAY_FORMS: Array<[number, string]> = [
  [0, "أحد"],
  [1, "اثنين|إثنين|أثنين"],
  [2, "ثلاثاء|ثلاثا"],
  [3, "أربعاء|اربعاء|أربعا"],
  [4, "خميس"],
  [5, "جمعة"],
  [6, "سبت"],
];
for (const [n, forms] of BARE_WEEKDAY_FORMS) for (const form of forms.split("|")) WEEKDAY_NUMBER.set(f(form), n);
export const BARE_WEEKDAY = alt(BARE_WEEKDAY_FORMS.map(([, forms]) => forms).join("|"));
export const BARE_WEEKDAY_WORDS = BARE_WEEKDAY_FORMS.flatMap(([, forms]) => forms.split("|").map(f));

/** "الماضي" with "قبل" before it: "العام قبل الماضي", "الجمعة قبل الماضية", "السنة ما قبل الماضية". */
export const BEFORE_LAST = `(?:${alt("ما")} )?${alt("قبل")} ${alt("الماضي|الماضية|الفائت|الفائتة|المنصرم|المنصرمة|الأخير|الأخيرة")}`;

/** Clock hours as feminine ordinals ("الساعة الثالثة", "الثانية عشرة ظهراً"). */
export const HOUR_WORD = alt(
  "الواحدة|الثانية|الثالثة|الرابعة|الخامسة|السادسة|السابعة|الثامنة|التاسعة|العاشرة|الحادية عشرة|الحادية عشر|الثانية عشرة|الثانية عشر",
);
export const HOUR_FIRST_WORDS = [...new Set("الواحدة|الثانية|الثالثة|الرابعة|الخامسة|السادسة|السابعة|الثامنة|التاسعة|العاشرة|الحادية".split("|").map(f))];
/**
 * Unit nouns whose name ends with an ordinal or a number ("الفرقة الرابعة"، "الكتيبة الثالثة"، "اللواء 8"): that ordinal
 * is the unit's, not an hour, when a part of day follows it ("عن الفرقة الرابعة مساء الاثنين"). With a proclitic and
 * the article, folded; tested on the text that ends right before the would-be hour.
 */
export const UNIT_BEFORE_ORDINAL = new RegExp(
  `(?<![${LETTER}0-9])[وفبل]?(?:ال|لل)?${alt("فرقة|كتيبة|سرية|مجموعة|لواء|فيلق|فوج")} $`,
);

/** Time-of-day adverbs after a clock time or a day ("صباحاً", "بعد الظهر", "بتوقيت دمشق"). */
export const TOD_ADVERB_FORMS =
  "صباحا|صباحاً|ظهرا|ظهراً|عصرا|عصراً|مساء|مساءً|مساءا|ليلا|ليلاً|فجرا|فجراً|بعد الظهر|بعد الظهيرة|قبل الظهر|من صباح|من مساء|من فجر|من ليل|صباحاً بالتوقيت المحلي|بالتوقيت المحلي|بتوقيت دمشق|بتوقيت غرينتش|بتوقيت مكة";
export const TOD_ADVERB = alt(TOD_ADVERB_FORMS);

// ---- round 6: years in words, and the Gregorian "م" ---------------------------------------------
/** Units as they appear in years written out ("ألفين وستة عشر", "ألفين وواحد وعشرين"), both genders. */
const YEAR_UNIT_FORMS: Array<[number, string]> = [
  [1, "واحد|أحد|إحدى"], [2, "اثنين|اثني|اثنا|اثنتين|اثنتي"], [3, "ثلاثة|ثلاث"], [4, "أربعة|أربع"], [5, "خمسة|خمس"],
  [6, "ستة|ست"], [7, "سبعة|سبع"], [8, "ثمانية|ثماني|ثمان"], [9, "تسعة|تسع"],
];
const YEAR_UNIT = new Map<string, number>();
for (const [n, forms] of YEAR_UNIT_FORMS) for (const form of forms.split("|")) YEAR_UNIT.set(f(form), n);
const YEAR_UNITS = alt(YEAR_UNIT_FORMS.map(([, forms]) => forms).join("|"));
/** 2000–2029 written out: "ألفين", "ألفين وعشرة", "ألفين وستة عشر", "ألفين وعشرين", "ألفين وواحد وعشرين". */
const SPELLED_YEAR = `${alt("ألفين|الفين")}(?: ${alt("و")}(?:${alt("عشرين|عشرة|عشر")}|${YEAR_UNITS}(?: ${alt("عشر|عشرة")}| ${alt("وعشرين")})?))?${R}`;

/**
 * A year named by number: four digits of this era, or 2000–2029 in words, with an optional Gregorian "م"
 * ("2019م"، "2019 م"), as group `name`; `yearValue` reads the group.
 */
export function yearGroup(name: string): string {
  return `(?<${name}>(?:19|20)\\d\\d(?![0-9])|${SPELLED_YEAR})(?: ?${alt("م")}${R})?`;
}
/** A year named by number right here (digits or words), for negative lookaheads. */
export const YEAR_AHEAD = `(?:(?:19|20)\\d\\d|${alt("ألفين|الفين")}${R})`;

/** The year of a `yearGroup` match. */
export function yearValue(written: string): number {
  if (/^\d{4}$/.test(written)) return Number(written);
  const words = written.split(" ").slice(1).map((w) => w.replace(/^و/, ""));
  let n = 0;
  for (const w of words) {
    if (w === f("عشرين")) n += 20;
    else if (w === f("عشرة") || w === f("عشر")) n += 10;
    else n += YEAR_UNIT.get(w) ?? 0;
  }
  return 2000 + n;
}
