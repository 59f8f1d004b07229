/**
 * Arabic word patterns for the date perturbations (lib/eval/perturb/dates*.ts), written independently of the
 * date engine's lexicon on purpose: a perturbation that reused the engine's own word lists could only produce
 * what the engine already reads. They match the ORIGINAL text (hamza, ة/ه, ى/ي, diacritics and tatweel tolerated).
 */

const LETTER = "\\u0621-\\u064A";
/** Diacritics and tatweel that may sit between letters. */
const MARKS = "[\\u064B-\\u0652\\u0640]*";

/** A word as a pattern that tolerates hamza forms, ة/ه, ى/ي, diacritics and tatweel. */
export function loose(word: string): string {
  return [...word]
    .map((ch) => {
      if ("اأإآ".includes(ch)) return "[اأإآ]";
      if (ch === "ة" || ch === "ه") return "[ةه]";
      if (ch === "ى" || ch === "ي") return "[ىي]";
      if (ch === " ") return "\\s+";
      return ch;
    })
    .join(MARKS);
}

/** Start of a word, after nothing or one proclitic (و ف ب ل), which stays outside the match. */
export const WB = `(?:(?<![${LETTER}])|(?<=(?<![${LETTER}])[وفبل]))`;
/** End of a word. */
export const WE = `(?![${LETTER}])`;

/** The forms as one alternation, longest first. */
export function anyOf(forms: readonly string[]): string {
  return `(?:${[...forms].sort((a, b) => b.length - a.length).map(loose).join("|")})`;
}

/** Folds a word for lookup: hamza forms, ة, ى, marks, spaces. */
export function foldWord(s: string): string {
  return s
    .replace(/[\u064B-\u0652\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/\s+/g, " ")
    .trim();
}

/** [Levantine, Egyptian/Gulf] month names, January first. */
export const MONTH_SERIES: ReadonlyArray<readonly [string, string]> = [
  ["كانون الثاني", "يناير"],
  ["شباط", "فبراير"],
  ["آذار", "مارس"],
  ["نيسان", "أبريل"],
  ["أيار", "مايو"],
  ["حزيران", "يونيو"],
  ["تموز", "يوليو"],
  ["آب", "أغسطس"],
  ["أيلول", "سبتمبر"],
  ["تشرين الأول", "أكتوبر"],
  ["تشرين الثاني", "نوفمبر"],
  ["كانون الأول", "ديسمبر"],
];
/** Other spellings met in news, by month number. */
const MONTH_VARIANTS: Record<number, string[]> = {
  1: ["كانون ثاني", "جانفي"], 2: ["فيفري"], 4: ["أفريل"], 5: ["ماي"], 6: ["يونيه", "جوان"], 7: ["يوليه", "يوليوز", "جويلية"], 8: ["أوت", "غشت"],
  9: ["شتنبر"], 10: ["تشرين أول"], 11: ["تشرين ثاني", "نونبر"], 12: ["كانون أول", "دجنبر"],
};

const MONTH_BY_FOLD = new Map<string, number>();
MONTH_SERIES.forEach(([lev, egy], i) => {
  for (const form of [lev, egy, ...(MONTH_VARIANTS[i + 1] ?? [])]) MONTH_BY_FOLD.set(foldWord(form), i + 1);
});
const MONTH_FORMS = [...MONTH_SERIES.flat(), ...Object.values(MONTH_VARIANTS).flat()];
/** Any month name (one series). */
export const MONTH_WORD = `${WB}${anyOf(MONTH_FORMS)}${WE}`;
/** A month, alone or paired with its other-series name ("نيسان/أبريل"، "أبريل (نيسان)"، "نيسان - أبريل"). */
export const MONTH_EXPRESSION = `(?<mA>${MONTH_WORD})(?:\\s*(?:/|-|–|\\(|،|,)?\\s*(?<mB>${MONTH_WORD})(?:\\s*\\))?)?`;

/** The month number of a month name as written, or null. */
export function monthNumber(written: string): number | null {
  return MONTH_BY_FOLD.get(foldWord(written)) ?? null;
}

/** The first month in a phrase (with its paired name if the pair names the same month). */
export function findMonth(phrase: string): { start: number; end: number; month: number } | null {
  const m = new RegExp(MONTH_EXPRESSION).exec(phrase);
  if (!m) return null;
  const month = monthNumber(m.groups!.mA);
  if (month === null) return null;
  if (m.groups!.mB && monthNumber(m.groups!.mB) === month) return { start: m.index, end: m.index + m[0].length, month };
  return { start: m.index, end: m.index + m.groups!.mA.length, month };
}

export const WEEKDAY_FORMS = ["الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
export const WEEKDAY_WORD = `${WB}${anyOf(WEEKDAY_FORMS)}${WE}`;

/** Ordinal day of the month as written before "من <month>", 1–31. */
const UNITS = ["", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
export function ordinalDay(n: number): string {
  if (n < 1 || n > 31) throw new RangeError(`no day ${n}`);
  if (n < 10) return UNITS[n];
  if (n === 10) return "العاشر";
  if (n === 11) return "الحادي عشر";
  if (n < 20) return `${UNITS[n - 10]} عشر`;
  if (n === 20) return "العشرين";
  if (n === 21) return "الحادي والعشرين";
  if (n < 30) return `${UNITS[n - 20]} والعشرين`;
  if (n === 30) return "الثلاثين";
  return "الحادي والثلاثين";
}
const ORDINAL_BY_FOLD = new Map<string, number>();
for (let n = 1; n <= 31; n++) ORDINAL_BY_FOLD.set(foldWord(ordinalDay(n)), n);
export const ORDINAL_DAY_WORD = `${WB}${anyOf([...Array(31)].map((_, i) => ordinalDay(i + 1)))}${WE}`;
export function ordinalNumber(written: string): number | null {
  return ORDINAL_BY_FOLD.get(foldWord(written)) ?? null;
}

/** Eastern (Arabic-Indic) digits → Western. */
export function westernDigits(s: string): string {
  return s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** A four-digit year of this era, in either digits. */
export const YEAR_DIGITS = "(?<![0-9٠-٩])(?:19|20|١٩|٢٠)[0-9٠-٩]{2}(?![0-9٠-٩])";

/** Years 2000–2029 in words ("ألفين وتسعة عشر"), as Syrian and Gulf outlets sometimes write them. */
const YEAR_UNITS = ["", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"];
export function spelledYear(y: number): string | null {
  if (y < 2000 || y > 2029) return null;
  const n = y - 2000;
  if (n === 0) return "ألفين";
  if (n === 10) return "ألفين وعشرة";
  if (n === 11) return "ألفين وأحد عشر";
  if (n === 12) return "ألفين واثني عشر";
  if (n < 10) return `ألفين و${YEAR_UNITS[n]}`;
  if (n < 20) return `ألفين و${YEAR_UNITS[n - 10]} عشر`;
  if (n === 20) return "ألفين وعشرين";
  return `ألفين و${YEAR_UNITS[n - 20]} وعشرين`;
}
