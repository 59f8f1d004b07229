/**
 * What a figure counts (counts.ts): the person nouns after it — military (the lexicon's MILITARY_NOUNS, with the
 * article or a possessive) or generic (شخص، مدني) —, the singular person nouns, the duals of person nouns
 * ("عنصرين"، "قياديان"), the unit nouns a figure of units counts ("7 مجموعات": no figure of people), crews, ranks and
 * titles, and the names of units a number belongs to ("اللواء 47"). Examples: counts-nouns.test.ts.
 */
import * as $normalize from "../arabic/normalize";
import * as $numbers from "../arabic/numbers";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import * as $lexicon from "./lexicon";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters, foldedWords } = $normalize;
const { isDualOf } = $numbers;
const { MILITARY_NOUNS } = $lexicon;
const { stemIn } = tokenModule;

// (the regime's register counts fighters as "إرهابيين": "فرّ 12 إرهابياً من تنظيم داعش وسلّموا أنفسهم")
// (women fighters: "6 مجندات", "ثلاث مقاتلات من وحدات حماية المرأة"; not the singular "مقاتلة", as often a fighter jet)
const GENERIC_NOUNS = foldedWords("شخص شخصا اشخاص رجل رجلا رجال شاب شابا شبان شباب مدني مدنيا مدنيين مدنيون");
export const SINGULAR_PERSON = foldedWords("عنصر عنصرا مقاتل مقاتلا جندي جنديا شبيح شبيحا ضابط ضابطا عقيد عقيدا عميد عميدا رائد رائدا نقيب نقيبا ملازم ملازما مقدم مقدما قيادي قياديا قائد قائدا امير اميرا طيار طيارا مجند مجندا مجنده");
// Only nouns whose plural is not -ين: "مقاتلين", "منشقين", "طيارين" are plurals as often as duals.
// (and feminine nouns, whose plural is -ات: "مجندتين", "مقاتلتان")
const DUAL_STEMS = ["عنصر", "جندي", "ضابط", "شخص", "نقيب", "عقيد", "عميد", "رائد", "مجنده", "مقاتله"].map(foldLetters);
// The nominative dual in -ان is never a plural, so it is read for every person noun ("قياديان", "مقاتلان").
const NOMINATIVE_DUAL_STEMS = [...DUAL_STEMS, ...["قيادي", "مقاتل", "مسلح", "طيار", "مجند", "منشق", "عسكري", "قائد", "امير", "ملازم", "مقدم", "مرتزق"].map(foldLetters)];
const DUAL_CACHE = new Map<string, boolean>();
export function isPersonDual(word: string): boolean {
  if (!(word.endsWith("ين") || word.endsWith("ان"))) return false;
  let v = DUAL_CACHE.get(word);
  if (v === undefined) {
    v = DUAL_STEMS.some((stem) => isDualOf(word, stem)) || (word.endsWith("ان") && NOMINATIVE_DUAL_STEMS.some((stem) => isDualOf(word, stem)));
    if (DUAL_CACHE.size > 20_000) DUAL_CACHE.clear();
    DUAL_CACHE.set(word, v);
  }
  return v;
}
export const TWO = foldedWords("اثنين اثنان اثنتين اثنتان");
const UNIT_NOUNS = foldedWords("مجموعه مجموعات كتيبه كتائب لواء الويه فصيل فصائل سريه سرايا فوج افواج تشكيل تشكيلات الالويه الكتائب");
/** A unit named without a figure ("طاقم دبابة"): people, but no number. */
const CREW_NOUNS = foldedWords("طاقم طواقم");
const TITLES = foldedWords("النقيب العقيد المقدم الرائد الملازم العميد المساعد الرقيب القيادي الامير الطيار المجند الجندي العنصر الضابط الجنرال");

export const IS_CREW = 1;
export const IS_TITLE = 2;
export const IS_SINGULAR = 4;
/** CREW_NOUNS, TITLES and SINGULAR_PERSON as one map word → bits (findCounts asks all three of every word). */
export const PASS2_CLASS = new Map<string, number>();
for (const [set, bit] of [[CREW_NOUNS, IS_CREW], [TITLES, IS_TITLE], [SINGULAR_PERSON, IS_SINGULAR]] as const) {
  for (const w of set) PASS2_CLASS.set(w, (PASS2_CLASS.get(w) ?? 0) | bit);
}

/** The person noun starting at token `i` (skipping "من" and the article): generic/military, or null. */
export function personNounAt(tokens: readonly Token[], i: number): { index: number; generic: boolean } | null {
  for (let k = i; k < Math.min(tokens.length, i + 2); k++) {
    const t = tokens[k];
    if (t.digits) return null;
    if (stemIn(t, MILITARY_NOUNS) || stemIn(withoutAl(t.text), MILITARY_NOUNS)) return { index: k, generic: false };
    // "ستة من عناصره": the noun with a possessive.
    const bare = t.text.length > 5 ? t.text.replace(/(هم|ها|ه)$/, "") : t.text;
    if (bare !== t.text && stemIn(bare, MILITARY_NOUNS)) return { index: k, generic: false };
    if (stemIn(t, GENERIC_NOUNS) || stemIn(withoutAl(t.text), GENERIC_NOUNS)) return { index: k, generic: true };
    if (t.text !== "من") return null;
  }
  return null;
}

export function unitNounAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.digits) return -1;
  if (stemIn(t, UNIT_NOUNS)) return i;
  if (t.text === "من" && tokens[i + 1] && stemIn(tokens[i + 1], UNIT_NOUNS)) return i + 1;
  return -1;
}

export function withoutAl(w: string): string {
  return w.startsWith("ال") && w.length > 3 ? w.slice(2) : w;
}

const UNIT_NAME_WORDS = foldedWords("اللواء الفرقه الفوج الفرع فرع الكتيبه لواء فرقه فوج كتيبه رقم الفيلق فيلق المجموعه السريه القطاع الميغ m الطريق طريق");

export function isUnitName(word: string): boolean {
  return stemIn(word, UNIT_NAME_WORDS);
}
