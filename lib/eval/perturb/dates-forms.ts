/**
 * Rewrites of a date phrase into forms that mean the same day range (CheckList "invariance"): each
 * perturbation takes the phrase as written and returns every equivalent variant it knows (none when it
 * does not apply). Pure. The whole text around the phrase is left alone (lib/eval/perturb/dates.ts puts
 * the variant back). Orthographic variants are here too: a date read in one spelling must be read in all.
 */
import {
  anyOf,
  findMonth,
  loose,
  MONTH_EXPRESSION,
  MONTH_SERIES,
  monthNumber,
  ORDINAL_DAY_WORD,
  ordinalDay,
  ordinalNumber,
  spelledYear,
  WB,
  WE,
  WEEKDAY_WORD,
  westernDigits,
  YEAR_DIGITS,
} from "./dates-words";

export interface PhraseVariant {
  /** What changed, for a person reading the failures ("نيسان → أبريل"). */
  label: string;
  phrase: string;
}

export interface PhrasePerturbation {
  name: string;
  family: "expression" | "orthography";
  rewrite(phrase: string): PhraseVariant[];
}

/** Every replacement of the first match of `pattern` by each of `forms` that changes the phrase. */
function swapFirst(phrase: string, pattern: string, forms: readonly string[]): PhraseVariant[] {
  const m = new RegExp(pattern).exec(phrase);
  if (!m) return [];
  const out: PhraseVariant[] = [];
  for (const form of forms) {
    const phraseOut = phrase.slice(0, m.index) + form + phrase.slice(m.index + m[0].length);
    if (phraseOut !== phrase && !out.some((v) => v.phrase === phraseOut)) out.push({ label: `${m[0]} → ${form}`, phrase: phraseOut });
  }
  return out;
}

/** Each month in its Levantine, Egyptian/Gulf and paired forms. */
const monthForms: PhrasePerturbation = {
  name: "month-forms",
  family: "expression",
  rewrite(phrase) {
    const found = findMonth(phrase);
    if (!found) return [];
    const [lev, egy] = MONTH_SERIES[found.month - 1];
    const written = phrase.slice(found.start, found.end);
    const out: PhraseVariant[] = [];
    for (const form of [lev, egy, `${lev}/${egy}`, `${egy} (${lev})`]) {
      const phraseOut = phrase.slice(0, found.start) + form + phrase.slice(found.end);
      if (form !== written) out.push({ label: `${written} → ${form}`, phrase: phraseOut });
    }
    return out;
  },
};

const DAY_DIGITS = "(?<![0-9٠-٩])(?:ال(?:ـ)?)?(?<d>[0-9٠-٩]{1,2})(?![0-9٠-٩])";
const BEFORE_MONTH = `(?=\\s+(?:${loose("من")}\\s+)?(?:${loose("شهر")}\\s+)?${MONTH_EXPRESSION})`;

/** A day of the month in digits and as an ordinal word ("5 نيسان" ↔ "الخامس من نيسان"). */
const ordinalDays: PhrasePerturbation = {
  name: "ordinal-days",
  family: "expression",
  rewrite(phrase) {
    const digits = new RegExp(`${DAY_DIGITS}${BEFORE_MONTH}`).exec(phrase);
    if (digits) {
      const n = Number(westernDigits(digits.groups!.d));
      if (n < 1 || n > 31) return [];
      const rest = phrase.slice(digits.index + digits[0].length);
      const of = new RegExp(`^\\s+${loose("من")}\\s`).test(rest) ? "" : " من";
      const word = ordinalDay(n) + of;
      return [{ label: `${digits[0]} → ${word}`, phrase: phrase.slice(0, digits.index) + word + rest }];
    }
    const word = new RegExp(`${ORDINAL_DAY_WORD}(?<of>\\s+${loose("من")})?${BEFORE_MONTH}`).exec(phrase);
    if (!word) return [];
    const n = ordinalNumber(word[0].replace(new RegExp(`\\s+${loose("من")}$`), ""));
    if (n === null) return [];
    return [{ label: `${word[0]} → ${n}`, phrase: phrase.slice(0, word.index) + String(n) + phrase.slice(word.index + word[0].length) }];
  },
};

const PAST_MASCULINE = ["الماضي", "الفائت", "المنصرم", "السابق", "المنقضي"];
const PAST_FEMININE = ["الماضية", "الفائتة", "المنصرمة", "السابقة", "المنقضية"];
/** "اليوم السابق"، "الليلة الماضية": the day before another, or last night; not a past-qualified period. */
const NOT_PERIOD_BEFORE = `(?<!${loose("اليوم")}\\s+|${loose("الليلة")}\\s+|${loose("الليلة قبل")}\\s+|${loose("قبل")}\\s+)`;

/** الماضي/الفائت/المنصرم/السابق/المنقضي (and the feminine) after a month, a week, a weekday, a year. */
const pastWords: PhrasePerturbation = {
  name: "past-words",
  family: "expression",
  rewrite(phrase) {
    const fem = swapFirst(phrase, `${NOT_PERIOD_BEFORE}${WB}${anyOf(PAST_FEMININE)}${WE}`, PAST_FEMININE);
    if (fem.length > 0) return fem;
    return swapFirst(phrase, `${NOT_PERIOD_BEFORE}${WB}${anyOf(PAST_MASCULINE)}${WE}`, PAST_MASCULINE);
  },
};

/** أمس ↔ البارحة (not inside "أول أمس"، "أمس الأول"، "قبل البارحة"). */
const yesterday: PhrasePerturbation = {
  name: "yesterday",
  family: "expression",
  rewrite(phrase) {
    const notBefore = `(?<!${loose("أول")}\\s+|${loose("أول من")}\\s+|${loose("قبل")}\\s+)`;
    const notAfter = `(?!\\s+${anyOf(["الأول", "الأولى"])}${WE})`;
    return swapFirst(phrase, `${notBefore}${WB}${anyOf(["أمس", "البارحة"])}${WE}${notAfter}`, ["أمس", "البارحة"]);
  },
};

const BEFORE_YESTERDAY = ["أول أمس", "أمس الأول", "قبل أمس", "أول من أمس"];
/** أول أمس / أمس الأول / قبل أمس / أول من أمس. */
const dayBeforeYesterday: PhrasePerturbation = {
  name: "day-before-yesterday",
  family: "expression",
  rewrite: (phrase) => swapFirst(phrase, `${WB}${anyOf(BEFORE_YESTERDAY)}${WE}`, BEFORE_YESTERDAY),
};

/** A weekday with and without "يوم". */
const weekdayYawm: PhrasePerturbation = {
  name: "weekday-yawm",
  family: "expression",
  rewrite(phrase) {
    const withYawm = new RegExp(`${WB}${loose("يوم")}\\s+(?<wd>${WEEKDAY_WORD})`).exec(phrase);
    if (withYawm) return [{ label: `${withYawm[0]} → ${withYawm.groups!.wd}`, phrase: phrase.slice(0, withYawm.index) + withYawm.groups!.wd + phrase.slice(withYawm.index + withYawm[0].length) }];
    const bare = new RegExp(WEEKDAY_WORD).exec(phrase);
    if (!bare) return [];
    return [{ label: `${bare[0]} → يوم ${bare[0]}`, phrase: `${phrase.slice(0, bare.index)}يوم ${phrase.slice(bare.index)}` }];
  },
};

/** A year with "م" (Gregorian) and without: "2019" ↔ "2019م". */
const yearMim: PhrasePerturbation = {
  name: "year-mim",
  family: "expression",
  rewrite(phrase) {
    const m = new RegExp(`${YEAR_DIGITS}(?<mim>\\s?م${WE})?`).exec(phrase);
    if (!m) return [];
    const year = m[0].slice(0, 4);
    const form = m.groups!.mim ? year : `${year}م`;
    return [{ label: `${m[0]} → ${form}`, phrase: phrase.slice(0, m.index) + form + phrase.slice(m.index + m[0].length) }];
  },
};

/** A year in words: "عام 2019" → "عام ألفين وتسعة عشر"; a month's year gets its "عام". */
const spelledYears: PhrasePerturbation = {
  name: "spelled-year",
  family: "expression",
  rewrite(phrase) {
    // (not the year of a numeric date: "4/10/2017")
    const m = new RegExp(`(?<yw>${WB}${anyOf(["عام", "العام", "سنة", "لعام"])}\\s+)?(?<![/\\-.]\\s*)(?<y>${YEAR_DIGITS})(?![/\\-.]\\s*[0-9٠-٩])(?:\\s?م${WE})?`).exec(phrase);
    if (!m) return [];
    const words = spelledYear(Number(westernDigits(m.groups!.y)));
    if (!words) return [];
    const form = `${m.groups!.yw ?? "عام "}${words}`;
    return [{ label: `${m[0]} → ${form}`, phrase: phrase.slice(0, m.index) + form + phrase.slice(m.index + m[0].length) }];
  },
};

/** A full calendar date as 12/4/2019 and 2019-04-12. */
const numericDates: PhrasePerturbation = {
  name: "numeric-date",
  family: "expression",
  rewrite(phrase) {
    const day = `(?:${DAY_DIGITS}|(?<od>${ORDINAL_DAY_WORD}))`;
    const year = `(?:\\s*[،,]?\\s*(?:${anyOf(["عام", "العام", "سنة"])}\\s+)?(?<y>${YEAR_DIGITS})(?:\\s?م${WE})?)`;
    const m = new RegExp(`${day}\\s+(?:${loose("من")}\\s+)?(?:${loose("شهر")}\\s+)?${MONTH_EXPRESSION}${year}`).exec(phrase);
    if (!m) return [];
    const d = m.groups!.d ? Number(westernDigits(m.groups!.d)) : ordinalNumber(m.groups!.od ?? "");
    const month = monthNumber(m.groups!.mA);
    if (!d || !month) return [];
    const y = westernDigits(m.groups!.y);
    const pad = (n: number) => String(n).padStart(2, "0");
    return [`${d}/${month}/${y}`, `${y}-${pad(month)}-${pad(d)}`].map((form) => ({ label: `${m[0]} → ${form}`, phrase: phrase.slice(0, m.index) + form + phrase.slice(m.index + m[0].length) }));
  },
};

const SPAN_WORDS = ["خلال", "في غضون", "على مدى", "على مدار"];
/** "خلال" / "في غضون" / "على مدى" before a period ("خلال الأيام الماضية"). */
const spanWords: PhrasePerturbation = {
  name: "span-words",
  family: "expression",
  rewrite: (phrase) => swapFirst(phrase, `${WB}${anyOf(SPAN_WORDS)}${WE}`, SPAN_WORDS),
};

const TIMES_OF_DAY = ["فجر", "صباح", "ظهر", "مساء", "ليل"];
const DAY_WORD = `(?:${WB}${anyOf(["يوم"])}\\s+)?(?:${WB}${anyOf([...BEFORE_YESTERDAY, "أمس", "البارحة"])}${WE}|${WB}${loose("اليوم")}${WE}(?!\\s+${anyOf(["التالي", "السابق", "نفسه", "ذاته", "الذي"])})|${WEEKDAY_WORD})`;

/** A time of day (فجر، صباح، ظهر، مساء، ليل) before every day word; one time of day for another. */
const timesOfDay: PhrasePerturbation = {
  name: "time-of-day",
  family: "expression",
  rewrite(phrase) {
    const withTime = new RegExp(`${WB}(?<t>${anyOf(TIMES_OF_DAY)})\\s+(?=${DAY_WORD})`).exec(phrase);
    if (withTime) {
      const at = withTime.index;
      const len = withTime.groups!.t.length;
      return TIMES_OF_DAY.filter((t) => t !== withTime.groups!.t).map((t) => ({ label: `${withTime.groups!.t} → ${t}`, phrase: phrase.slice(0, at) + t + phrase.slice(at + len) }));
    }
    const day = new RegExp(DAY_WORD).exec(phrase);
    if (!day) return [];
    // Not after a time word the phrase already has ("ليلة الأحد"، "عصر أمس").
    if (new RegExp(`${anyOf(["ليلة", "عصر", "ظهيرة", "صبيحة", "عشية", "منتصف ليل", "نهار", "ساعات"])}\\s+$`).test(phrase.slice(0, day.index))) return [];
    return TIMES_OF_DAY.map((t) => ({ label: `+ ${t}`, phrase: `${phrase.slice(0, day.index)}${t} ${phrase.slice(day.index)}` }));
  },
};

/** One orthographic change applied to every word of the phrase. */
function orthography(name: string, change: (phrase: string) => string): PhrasePerturbation {
  return {
    name,
    family: "orthography",
    rewrite(phrase) {
      const out = change(phrase);
      return out === phrase ? [] : [{ label: name, phrase: out }];
    },
  };
}

/** Letters that join the next one (tatweel may follow them). */
const JOINING = /[بتثجحخسشصضطظعغفقكلمنهيئ]/;

export const PHRASE_PERTURBATIONS: readonly PhrasePerturbation[] = [
  monthForms,
  ordinalDays,
  pastWords,
  yesterday,
  dayBeforeYesterday,
  weekdayYawm,
  yearMim,
  spelledYears,
  numericDates,
  spanWords,
  timesOfDay,
  orthography("hamza", (p) => p.replace(/[أإآ]/g, "ا")),
  orthography("ta-marbuta", (p) => p.replace(/ة(?=$|[^\u0621-\u064A])/g, "ه")),
  // Final ى written ي, or (Egyptian usage) final ي written ى.
  orthography("alif-maqsura", (p) => (/ى(?=$|[^\u0621-\u064A])/.test(p) ? p.replace(/ى(?=$|[^\u0621-\u064A])/g, "ي") : p.replace(/ي(?=$|[^\u0621-\u064A])/g, "ى"))),
  orthography("tatweel", (p) => p.replace(/[\u0621-\u064A]{4,}/g, (w) => (JOINING.test(w[1]) ? `${w.slice(0, 2)}ـ${w.slice(2)}` : w))),
  orthography("eastern-digits", (p) => p.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))),
];
