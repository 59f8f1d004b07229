/**
 * The date rule of the real digests (lib/eval/perturb/digest.ts): which gold dates of a part move with the digest's
 * publication day, which stay, and which phrases are rewritten so that they stay.
 *
 * - A phrase told relative to the day of publication (none, «أمس», «اليوم», a weekday, «الأسبوع الماضي», …:
 *   `dayRelative`) moves with the day: the part joins only a whole number of weeks away, its gold shifted.
 * - An absolute phrase (a year, with a month, a day, a season word, a weekday at most: «مطلع عام 2014»،
 *   «الثلاثاء 6 تشرين الثاني 2012») stays: its gold is kept on any day.
 * - A phrase that names a month or a year relative to the publication («في نيسان الفائت»، «الثلاثاء 6 نونبر»،
 *   «في نهاية العام الماضي») is rewritten into the absolute one its gold says («في نيسان 2014»، «الثلاثاء 6 نونبر 2012»،
 *   «في نهاية عام 2018») wherever the passage writes it, and then stays. The gold's range lies in one year.
 * - Anything else («منذ …», «في 19 من الشهر الجاري», «قبل يوم من بيان …», «اليوم الأربعاء 4/10/2017») keeps the part
 *   on its own day.
 */
import type { GoldEvent } from "../gold";
import { folded, wordsOf } from "./words";

// words a date phrase may use and stay relative to the day of publication
const DAY_RELATIVE = folded(
  "أمس امس اليوم يوم يومه الليلة ليلة ليل الماضية الماضي صباح مساء فجر ظهر خلال الأسبوع الأيام ايام أيام القليلة الساعات ساعات ساعة قبل اليومين يومين الماضيين منذ الـ مؤخراً مؤخرا الأحد الاثنين الإثنين الثلاثاء الأربعاء الإربعاء الخميس الجمعة السبت",
);

const bare = (plain: string): string => plain.replace(/^[وفب]/, "");

/** A gold date phrase told relative to the day of publication (none at all included). */
export function dayRelative(dateText: string | null): boolean {
  if (dateText === null) return true;
  return wordsOf(dateText).every((w) => /^[0-9]+$/.test(w.text) || DAY_RELATIVE.has(w.plain) || DAY_RELATIVE.has(bare(w.plain)));
}

// the months as the outlets name them (Levantine and Western), the longest first so «تشرين الثاني» wins over «تشرين»
const MONTH_NAMES = [
  "كانون الثاني", "كانون الأول", "تشرين الثاني", "تشرين الأول", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
  "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "نونبر", "ديسمبر",
];
const MONTH = new RegExp(`(?<![\\u0621-\\u064a])(${MONTH_NAMES.join("|")})(?![\\u0621-\\u064a])`, "g");
// the words an absolute phrase may hold beside its numbers and month names
const ABSOLUTE_WORDS = folded(
  "في من شهر خلال مطلع أوائل أواسط منتصف أواخر نهاية بداية عام العام سنة الأول الثاني كانون تشرين الأحد الاثنين الإثنين الثلاثاء الأربعاء الإربعاء الخميس الجمعة السبت",
);
const MONTH_WORDS = folded(MONTH_NAMES.join(" "));
const YEAR_IN = /(?<![0-9])(19|20)[0-9]{2}(?![0-9])/;
// «الماضي» and its kin after a month: the last one before the publication
const PAST = "(?:الماضي|الفائت|المنصرم|السابق)";

/** The phrase is absolute: a year, and only words of a calendar date beside it. */
export function absolute(dateText: string): boolean {
  return YEAR_IN.test(dateText) && wordsOf(dateText).every((w) => /^[0-9]+$/.test(w.text) || ABSOLUTE_WORDS.has(w.plain) || ABSOLUTE_WORDS.has(bare(w.plain)) || MONTH_WORDS.has(w.plain) || MONTH_WORDS.has(bare(w.plain)));
}

/**
 * The absolute phrase the gold says for a phrase naming a month or a year relative to the publication, or null:
 * the year after the last month name («أكتوبر الماضي» → «أكتوبر 2020»), «العام الماضي» → «عام 2018».
 */
export function absolutePhrase(dateText: string, range: { start: string; end: string } | null): string | null {
  if (range === null || YEAR_IN.test(dateText) || range.start.slice(0, 4) !== range.end.slice(0, 4)) return null;
  const year = range.start.slice(0, 4);
  let out = dateText.replace(new RegExp(`ال(?:عام|سنة) ${PAST}`), `عام ${year}`);
  if (out === dateText) {
    const months = [...dateText.matchAll(MONTH)];
    const last = months[months.length - 1];
    if (!last) return null;
    const at = last.index + last[0].length;
    out = `${dateText.slice(0, at)} ${year}${dateText.slice(at).replace(new RegExp(`^\\s*${PAST}`), "")}`;
  }
  return absolute(out) ? out : null;
}

export type DateFate = "moves" | "stays";

/** What a gold date does on another day: moves (shifted, whole weeks), stays (absolute), or null (the part stays home). */
export function dateFate(e: GoldEvent, passage: string): { fate: DateFate; rewrite?: [string, string] } | null {
  if (dayRelative(e.dateText)) return { fate: "moves" };
  const text = e.dateText!;
  if (absolute(text)) return { fate: "stays" };
  const phrase = passage.includes(text) ? absolutePhrase(text, e.date) : null;
  return phrase === null ? null : { fate: "stays", rewrite: [text, phrase] };
}
