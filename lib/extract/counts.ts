/**
 * Count phrases: how many people a phrase names, as {low, best, high}. The conventions are the
 * development set's (shared/dev-reports/README.md):
 * - exact numbers in digits or words, duals ("عنصرين" = 2, "ألفي ضابط" = 2000): low = best = high;
 * - approximations (نحو، قرابة، حوالي، ما يقارب، زهاء): {floor(0.8N), N, ceil(1.2N)};
 * - lower bounds (أكثر من، ما يزيد عن، ما لا يقل عن، فاقت، تجاوز): {N, N, ceil(1.5N)};
 * - vague quantities: عدة/بضعة/عدد من null, عشرات {20, 30, 99}, مئات {200, 300, 999}, آلاف {2000, 3000, 9999};
 *   "عدد من", "عدد كبير", "مجموعة", "أعداد كبيرة" give no figure (`value` null);
 * - one person: "أحد عناصر", "عقيداً من", "قيادي في" → 1; with companions
 *   ("برفقة خمسة عشر شخصاً", "ومعه أربعة آخرون") the companions are added;
 * - numbers that count units ("7 مجموعات", "12 لواء وكتيبة") give no figure.
 * A count is only a count of people when a person noun follows the number (or the number
 * refers back to one: "وعددها 300 عنصر"); everything else (vehicles, money, distances, unit
 * numbers "اللواء 47") is never read as a count here.
 */
import * as $normalize from "../arabic/normalize";
import * as $numbers from "../arabic/numbers";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import * as $lexicon from "./lexicon";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters, foldedWords } = $normalize;
const { findNumbers, isDualOf } = $numbers;
const { CONSTRUCT_PLURALS, DEFINITE_PEOPLE_WORDS, LEAVING_NOUNS, MILITARY_NOUNS, SINGULAR_VERBS, TOLD_PEOPLE_WORDS } = $lexicon;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { firstIn, stems, stemIn, tokenAt, wordMemo } = tokenModule;

export type CountKind = "exact" | "approx" | "bound" | "vague" | "none" | "unit" | "single";

export interface CountMention {
  /** Null when the phrase names people but no usable figure ("عدد كبير", "7 مجموعات"). */
  value: { low: number; best: number; high: number } | null;
  kind: CountKind;
  /** Token range of the phrase (inclusive). */
  first: number;
  last: number;
  /** Normalised offsets of the phrase. */
  start: number;
  end: number;
  /** The person noun is generic (شخص، مدني) rather than military (عنصر، جندي). */
  generic: boolean;
  /** Introduced by بينهم/منهم: a part of a larger figure. */
  subset: boolean;
  /** A definite noun then its number ("العناصر الخمسة"): people already told, referred back to. */
  anaphoric?: true;
  /** A part of people already told ("ثلاثة من العناصر الفارين"، "اثنان من المنشقين"): see partOfTold. */
  partOfTold?: true;
}


// (the regime's register counts fighters as "إرهابيين": "فرّ 12 إرهابياً من تنظيم داعش وسلّموا أنفسهم")
// (women fighters: "6 مجندات", "ثلاث مقاتلات من وحدات حماية المرأة"; not the singular "مقاتلة", as often a fighter jet)
const GENERIC_NOUNS = foldedWords("شخص شخصا اشخاص رجل رجلا رجال شاب شابا شبان شباب مدني مدنيا مدنيين مدنيون");
const SINGULAR_PERSON = foldedWords("عنصر عنصرا مقاتل مقاتلا جندي جنديا شبيح شبيحا ضابط ضابطا عقيد عقيدا عميد عميدا رائد رائدا نقيب نقيبا ملازم ملازما مقدم مقدما قيادي قياديا قائد قائدا امير اميرا طيار طيارا مجند مجندا مجنده");
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
const TWO = foldedWords("اثنين اثنان اثنتين اثنتان");
/** A line break or a full stop: what ends a sentence between two figures. */
const SENTENCE_END = /[\n.!?؟]/;
const UNIT_NOUNS = foldedWords("مجموعه مجموعات كتيبه كتائب لواء الويه فصيل فصائل سريه سرايا فوج افواج تشكيل تشكيلات الالويه الكتائب");
/** A unit named without a figure ("طاقم دبابة"): people, but no number. */
const CREW_NOUNS = foldedWords("طاقم طواقم");
/** Words that make the people something other than a figure to read: vehicles, money, time… */
const APPROX = foldedWords("نحو قرابه حوالي زهاء تقريبا قرابة");
const BOUND_VERBS = foldedWords("فاقت فاق تجاوز تجاوزت تخطي تخطت يتجاوز يفوق");
/**
 * Vague quantities: words of a quantity with no figure of their own. Their keys are also the words a hedge («نحو»،
 * «قرابة») may precede as it precedes a numeral («نحو عشرات العناصر»: roles.ts `hedgeAt`, QUANTITY_WORDS below).
 */
const VAGUE_QUANTITIES = new Map<string, { low: number; best: number; high: number } | null>([
  // "عدة / بضعة" (several, a few) are vague quantities like "عدد من": no figure (the conventions' count null).
  ["عده", null],
  ["بضعه", null],
  ["بضع", null],
  ["عشرات", { low: 20, best: 30, high: 99 }],
  ["العشرات", { low: 20, best: 30, high: 99 }],
  ["مئات", { low: 200, best: 300, high: 999 }],
  ["المئات", { low: 200, best: 300, high: 999 }],
  ["ميات", { low: 200, best: 300, high: 999 }],
  ["الميات", { low: 200, best: 300, high: 999 }],
  ["الاف", { low: 2000, best: 3000, high: 9999 }],
  ["عدد", null],
  ["عددا", null],
  ["اعداد", null],
  ["اعدادا", null],
]);
/** Collectives read as vague quantities ("مجموعة من العناصر"): no figure, and no quantity a hedge precedes («نحو فصائل X»). */
const VAGUE_COLLECTIVES = new Map<string, null>([
  ["مجموعه", null],
  ["مجموعات", null],
  ["فصايل", null],
]);
const VAGUE = new Map<string, { low: number; best: number; high: number } | null>([...VAGUE_QUANTITIES, ...VAGUE_COLLECTIVES]);
/**
 * (round 15: one list) The words of a quantity with no figure of their own, as VAGUE_QUANTITIES reads them: a hedge
 * before one is "about" (roles.ts `hedgeAt`); a number word after «نحو» («نحو مئة») is read by parseNumberAt there.
 */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set(VAGUE_QUANTITIES.keys());
const TITLES = foldedWords("النقيب العقيد المقدم الرائد الملازم العميد المساعد الرقيب القيادي الامير الطيار المجند الجندي العنصر الضابط");
export const NAME_STOPS = foldedWords("في من عن الي علي مع بعد قبل و او ثم الذي التي الذين قد كان وكان ان انه بان");
const COMPANION = foldedWords("برفقه رفقه ومعه معه بصحبه مع برفقته وبرفقته بصحبته وبصحبته رفقته ومعهما معهما برفقتهما وبرفقتهما بصحبتهما");
const SUBSET = foldedWords("بينهم منهم");
const TOLD_PEOPLE = foldedWords(TOLD_PEOPLE_WORDS);
const DEFINITE_PEOPLE = foldedWords(DEFINITE_PEOPLE_WORDS);

const IS_CREW = 1;
const IS_TITLE = 2;
const IS_SINGULAR = 4;
/** CREW_NOUNS, TITLES and SINGULAR_PERSON as one map word → bits (findCounts asks all three of every word). */
const PASS2_CLASS = new Map<string, number>();
for (const [set, bit] of [[CREW_NOUNS, IS_CREW], [TITLES, IS_TITLE], [SINGULAR_PERSON, IS_SINGULAR]] as const) {
  for (const w of set) PASS2_CLASS.set(w, (PASS2_CLASS.get(w) ?? 0) | bit);
}

/**
 * "ثلاثة من العناصر الفارين"، "اثنان من المنشقين"، "3 عناصر من الفارين": a figure taken out of people the report
 * already told ("من" then the participle of their leaving with the article), not a head count of its own.
 * ("خمسة من الجنود المتمركزين على الحاجز" is no such part: the participle must be one of leaving.)
 */
function partOfTold(tokens: readonly Token[], m: { first: number; last: number }): boolean {
  // "من" inside the phrase ("ثلاثة من العناصر | الفارين") or right after it ("3 عناصر | من الفارين")
  const from = tokens[m.last - 1]?.text === "من" && m.last - 1 > m.first ? m.last : tokens[m.last + 1]?.text === "من" ? m.last + 2 : -1;
  if (from < 0) return false;
  return toldAt(tokens, from) || (DEFINITE_PEOPLE.has(tokens[from]?.text ?? "") && toldAt(tokens, from + 1));
}

/** Word k is the participle of people already told ("الفارين"). (A module function: tsx names every closure a call creates.) */
function toldAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k] !== undefined && TOLD_PEOPLE.has(tokens[k].text);
}

function hasReading(readings: readonly string[], word: string): boolean {
  for (let i = 0; i < readings.length; i++) if (readings[i] === word) return true;
  return false;
}

/** Punctuation that closes a phrase (in the normalised text the Arabic comma and semicolon read "," and ";"). */
const PHRASE_BREAK = /[,;:.!?()،؛؟]/;

/** Examples: a phrase and the figure read from it (null = no figure, undefined = not a count of people). */
export const COUNT_EXAMPLES: Array<[string, [number, number, number] | null | undefined]> = [
  ["فر 21 عنصراً", [21, 21, 21]],
  ["ثمانية عناصر من ميليشيا", [8, 8, 8]],
  ["انشق قرابة 25 مقاتلاً", [20, 25, 30]],
  ["نحو مئتي عسكري", [160, 200, 240]],
  ["مئة وسبعين عسكرياً", [170, 170, 170]],
  ["أكثر من مئة عنصر", [100, 100, 150]],
  ["ما يزيد عن 40 عنصراً", [40, 40, 60]],
  ["فاقت الخمسين عنصراً", [50, 50, 75]],
  ["ألفي ضابط وجندي", [2000, 2000, 2000]],
  ["انشقاق عنصرين", [2, 2, 2]],
  ["عدة عناصر", null],
  // (round 11) a vague word closed by a comma counts no one after it: the man after it is his own phrase
  ["انتشرت قوات النظام في مناطق عدة، عنصر من الفرقة الرابعة انشق أمس", [1, 1, 1]],
  ["انتشرت قوات النظام في مناطق عدة، عناصر من الفرقة الرابعة انشقوا أمس", undefined],
  ["بضعة جنود", null],
  ["عشرات العناصر", [20, 30, 99]],
  ["مئات الجنود", [200, 300, 999]],
  ["فرّ المئات منهم", [200, 300, 999]],
  ["أحصت 65 حالة انشقاق بين مقاتليها", [65, 65, 65]],
  ["سجلت 7 حالات فرار", [7, 7, 7]],
  ["في 3 حالات مماثلة", undefined],
  ["انشق قياديان ومعهما ثلاثة عناصر", [5, 5, 5]],
  ["انشق العشرات منهم", [20, 30, 99]],
  ["ما يزيد على 300 مقاتل", [300, 300, 450]],
  ["المئات من الناس", undefined],
  ["عدد كبير من المقاتلين", null],
  ["مجموعة من المقاتلين", null],
  ["انشقاق مجموعات من الجبهة", null],
  ["7 مجموعات من القوات الخاصة", null],
  ["أحد عناصر ميليشيا لواء القدس الذي تمكن من الفرار برفقة خمسة عشر شخصاً", [16, 16, 16]],
  ["أبرزهم بلال الشواش ومعه أربعة آخرون", [5, 5, 5]],
  ["عقيداً من القوى الجوية", [1, 1, 1]],
  ["انشق عنصر يتبع للفرقة الرابعة", [1, 1, 1]],
  ["انشقت 6 مجندات من وحدات حماية المرأة", [6, 6, 6]],
  ["فرّت ثلاث مقاتلات من وحدات حماية المرأة", [3, 3, 3]],
  ["انشقت مجندتان من وحدات حماية المرأة", [2, 2, 2]],
  ["انشقت مجندة من وحدات حماية المرأة", [1, 1, 1]],
  ["طائرة مقاتلة من طراز ميغ", undefined],
  // ranges, and qualifiers after the noun
  ["انشق ما بين 15 و20 عنصراً", [15, 18, 20]],
  ["انشق بين خمسة عشر وعشرين عنصراً", [15, 18, 20]],
  ["انشق 15 إلى 20 عنصراً", [15, 18, 20]],
  ["انشق 15-20 عنصراً", [15, 18, 20]],
  ["انشق 50 عنصراً تقريباً", [40, 50, 60]],
  ["انشق ما يقرب من 50 عنصراً", [40, 50, 60]],
  ["انشق عشرة عناصر على الأقل", [10, 10, 15]],
  ["انشق عشرون ونيف عنصراً", [20, 20, 30]],
  ["انشق 20 ونيف من عناصر الفرقة", [20, 20, 30]],
  // a breakdown by rank with no total: the sum of its parts
  ["انشق ضابطان و5 صف ضباط و10 مجندين", [17, 17, 17]],
  ["انشق ضابط و3 مجندين", [4, 4, 4]],
  ["انشق 3 ضباط و12 عنصراً", [15, 15, 15]],
  ["انشق نحو 10 ضباط و20 عنصراً", [28, 30, 32]],
  // … but parts of a total are not added to it, and two crowds are not soldiers
  ["انشق 15 عنصراً بينهم ضابطان و3 صف ضباط", [15, 15, 15]],
  ["وصل 20 شخصاً و5 عائلات", [20, 20, 20]],
  // a part out of a whole: the part
  ["انشق 30 من أصل 200 عنصر", [30, 30, 30]],
  ["انشق 30 عنصراً من أصل 200 عنصر في الكتيبة", [30, 30, 30]],
  // a definite noun, then its number
  ["وصل المنشقون الخمسة إلى إدلب", [5, 5, 5]],
  ["انشق الضباط الثلاثة عن قوات النظام", [3, 3, 3]],
  ["وصل العناصر الـ12 إلى الشمال", [12, 12, 12]],
  ["الفرقة الرابعة", undefined],
  // a man's name with no title, told by its frame: the relative "الذي" + a verb of leaving, or right after that verb
  ["اعتقلت الدورية أحمد العلي الذي انشق عن قسد", [1, 1, 1]],
  ["أبو محمد الحلبي الذي فر من صفوف التنظيم", [1, 1, 1]],
  ["انشق محمد الخالد عن قوات النظام", [1, 1, 1]],
  ["فر خالد الأحمد من صفوف قسد", [1, 1, 1]],
  // (round 12) "علي" opening the name is Ali, not "على" folded: a verb of leaving takes "على" only in an adverbial
  ["انشق علي الحسن عن قوات النظام أمس", [1, 1, 1]],
  ["فرّ علي المصطفى من صفوف قسد", [1, 1, 1]],
  ["فرّ على الفور من صفوف قسد", undefined],
  ["انشق على الأرجح عن قوات النظام", undefined],
  ["فرّ على الأقدام من الحاجز", undefined],
  ["انشق لواء الحسن عن قوات النظام", undefined],
  ["جيش الإسلام الذي انشق عنه", undefined],
  ["يوم الأحد الذي انشق فيه", undefined],
  ["انشق جنود النظام عن قطعهم", undefined],
  ["انشق أبناء العشائر عن قسد", undefined],
  ["انشق بعض العناصر عن الفرقة", undefined],
  ["فر سكان القرية من القصف", undefined],
  ["انشق لواء التوحيد عن الجبهة", undefined],
  ["فر صباح الاثنين من موقعه", undefined],
  ["المسلح الذي فر من السجن", undefined],
  ["خلال السنوات الخمس الماضية", undefined],
  // not ranges: two figures of two kinds, a year then a figure
  ["انشق 15 عنصراً و20 ضابطاً", [35, 35, 35]],
  ["في عام 2012 و40 عنصراً", [40, 40, 40]],
  ["من الفرقة 17 و25 عنصراً من اللواء", [25, 25, 25]],
  ["وكان شقيقه النقيب خالد العلي قد انشق", [1, 1, 1]],
  // "كل من" then named men, each with his rank, joined by و: each one counts (round 6)
  ["انشق كل من النقيب خالد العلي والملازم سعيد الحسن عن قوات النظام", [2, 2, 2]],
  ["أعلن كل من العقيد ماهر السالم والرائد وليد السعدي والنقيب عمر الخطيب انشقاقهم", [3, 3, 3]],
  ["انشقاق كل من الملازم أحمد و الملازم محمد الخالد", [2, 2, 2]],
  ["وفر كل من المجند سامر حسن والمجند محمود الأحمد، وهما من ريف حماة", [2, 2, 2]],
  // … not a conditional ("whoever"), nor a list of groups, nor the men after the list's end
  ["وهدد الفصيل كل من ينشق عن صفوفه", undefined],
  ["انشق عناصر من كل من الجيش والأمن", undefined],
  ["انشق كل من النقيب خالد العلي والملازم سعيد الحسن، والتقى العقيد ماهر السالم بهما", [2, 2, 2]],
  ["أعلن المقدم انشقاقه برفقة ستة من عناصره", [7, 7, 7]],
  ["30 عربة عسكرية", undefined],
  ["115 ألف ليرة", undefined],
  ["على بعد نحو 30 كم", undefined],
  ["اللواء 47", undefined],
  ["وعددها 300 عنصر", [300, 300, 300]],
  ["فيما انشق 4 آخرون", [4, 4, 4]],
  ["٢١ عنصراً", [21, 21, 21]],
  ["أعلن قياديان في الفصيل انشقاقهما", [2, 2, 2]],
  ["فر مقاتلان من الكتيبة", [2, 2, 2]],
  ["سلّم تسعة مرتزقة أنفسهم", [9, 9, 9]],
  ["فرّ النقيب عمر الخطيب من قطعته العسكرية في ريف اللاذقية ليلة أمس، وبرفقته خمسة آخرون", [6, 6, 6]],
  ["أعلن الرائد وليد السعدي انشقاقه وبصحبته جنديان", [3, 3, 3]],
  ["انشق الملازم سعيد الحسن ومعه اثنان آخران", [3, 3, 3]],
  // the companions' qualifier applies to the whole; vague companions make the whole vague
  ["انشق النقيب سعيد الحسن ومعه 20 عنصراً تقريباً", [16, 21, 26]],
  ["انشق النقيب سعيد الحسن ومعه أكثر من 10 عناصر", [11, 11, 17]],
  ["انشق النقيب سعيد الحسن ومعه عدد من عناصره", null],
  ["وصل العقيد ماهر السالم وأربعة من عناصره إلى إدلب", [5, 5, 5]],
  ["انشق عنصر واحد من الفرقة الرابعة", [1, 1, 1]],
  ["انشقاق قياديين اثنين من الميليشيا", [2, 2, 2]],
  ["فرّ 12 إرهابياً من تنظيم داعش", [12, 12, 12]],
  ["انشق 15عنصراً من قوات النظام", [15, 15, 15]],
  ["انشق مقاتلان اثنان من الفصيل يوم الاثنين", [2, 2, 2]],
  // a bare "مع": his own men are his companions; anyone else's are not
  ["انشق أبو محمد الحسن مع 30 من عناصره", [31, 31, 31]],
  ["اشتبكت الفرقة الرابعة مع 25 عنصراً من الفيلق الخامس", [25, 25, 25]],
  // … and after one man's verb of leaving, with or without his rank between: in digits as in words
  ["قالت مصادر إن ضابطاً انشق مع 3 عناصر", [4, 4, 4]],
  ["قالت مصادر إن ضابطاً انشق مع ثلاثة عناصر", [4, 4, 4]],
  ["انشق ضابط مع 3 عناصر من الفرقة", [4, 4, 4]],
  ["اشتبكت الفرقة الرابعة مع ثلاثة عناصر من الفيلق الخامس", [3, 3, 3]],
  ["تفاوضت الهيئة مع 40 مقاتلاً من الفصيل", [40, 40, 40]],
  // one man right after a verb or verbal noun of leaving, whatever follows him; not a man who speaks "about" something
  ["انشق جندي عن الفرقة الرابعة", [1, 1, 1]],
  ["وفي صفوف الفرقة، فرّ جندي فجر اليوم", [1, 1, 1]],
  ["شهدت صفوف الفيلق انشقاق صف ضابط أمس", [1, 1, 1]],
  ["تسرّب جندي أمس", [1, 1, 1]],
  ["انشقاق ضابط وعناصر من الفرقة", undefined],
  ["تحدث جندي عن الأوضاع في الفرقة", undefined],
  ["قال جندي إن الأوضاع سيئة", undefined],
  ["وصل إلى إدلب جندي منشق عن قوات النظام", [1, 1, 1]],
  ["وصل جندي مصاب إلى المستشفى", undefined],
  // the opposition's "شبيحة" are fighters too
  ["فرّ خمسة عشر شبيحاً من قوات الأسد", [15, 15, 15]],
  // (round 11, counts) "علي" (the name Ali) folds as the preposition "على": after a rank it is a name when the word
  // after it cannot follow the preposition, or the rank is the subject of a verb of leaving
  ["انشق المجند علي الحسن عن قوات النظام", [1, 1, 1]],
  ["انشقاق الملازم علي حسين عن الفرقة الرابعة", [1, 1, 1]],
  ["فرّ العنصر علي من الفرقة الرابعة", [1, 1, 1]],
  ["وكان النقيب علي قد انشق عن قوات النظام", [1, 1, 1]],
  ["وصل المجند علي، وهو من ريف حماة، إلى إدلب", [1, 1, 1]],
  ["حصل المجند على إجازة لمدة أسبوع", undefined],
  ["شدد العميد على أن الانضباط واجب", undefined],
  ["وافق القيادي على الهدنة", undefined],
  // an accusative singular person noun: with the participle of leaving, or after a verb of arriving or joining
  ["وصل عنصراً منشقاً إلى إدلب", [1, 1, 1]],
  ["وصل إلى الشمال ضابطاً فاراً من الفرقة", [1, 1, 1]],
  ["انضم ضابطاً إلى الجيش الحر", [1, 1, 1]],
  ["التحق مجنداً بصفوف الفصيل", [1, 1, 1]],
  ["وصل جندي مصاب إلى المستشفى", undefined],
  ["وصل الضابط إلى المقر", undefined],
  ["وصلت عناصر من الفرقة إلى الحاجز", undefined],
  // "منتسبي/منتسبو" (members of) a force are its people, as "أفراد" and "أعضاء"
  ["انشق 5 من منتسبي الفرقة الرابعة", [5, 5, 5]],
  ["انشق خمسة من منتسبي الأمن العسكري", [5, 5, 5]],
  ["فرّ عشرات من منتسبي الحرس الجمهوري", [20, 30, 99]],
  ["انشق ثلاثة منتسبين إلى الفيلق الخامس", [3, 3, 3]],
  ["انشق منتسبو الفرقة الرابعة", undefined],
  // every sound plural of fighters governs its force with the ن dropped, as "منتسبي" does
  ["انشق العشرات من عسكريي قسد", [20, 30, 99]],
  ["فرّ 7 من مسلحي الفصيل", [7, 7, 7]],
  ["انشق خمسة من مجندي الفرقة الرابعة", [5, 5, 5]],
  ["انشق عسكريو الفرقة الرابعة", undefined],
  ["منتسبي الجامعة 12 كلية", undefined],
  // a named leader with figureless companions ("برفقة" as "ومعه"): the whole has no figure
  ["انشق النقيب خالد العلي برفقة عناصر من مجموعته", null],
  ["انشق النقيب خالد العلي برفقة عدد من عناصره", null],
  ["أعلن القيادي أبو محمد انشقاقه وبرفقته مقاتلون من مجموعته", null],
  ["انشق الملازم سعيد الحسن ومعه عناصره", null],
  // … or his men joined to his name by و (round 15): "the leader and his men" has no figure; not a name's own و-word
  ["أعلن القيادي أبو بكر وعناصره انشقاقهم عن الهيئة", null],
  ["أعلن القيادي أبو عمر الحموي ومقاتلوه انشقاقهم", null],
  ["انشق النقيب خالد العلي ومجموعته عن الفرقة", null],
  ["أعلن القيادي أبو بكر انشقاقه وعناصره في المعركة", [1, 1, 1]],
  ["انشق النقيب خالد العلي برفقة أربعة من عناصره", [5, 5, 5]],
  // … not a bare "مع" (fighting with), nor companions with no lead, nor a lead in another sentence
  ["اشتبك النقيب خالد العلي مع عناصر من الفرقة", [1, 1, 1]],
  ["وصل عناصر برفقة عناصر آخرين", undefined],
  ["انشق النقيب خالد العلي. وبرفقة عناصر من الفرقة وصلت الآليات", [1, 1, 1]],
];

function approxRange(n: number) {
  return { low: Math.floor(0.8 * n), best: n, high: Math.ceil(1.2 * n) };
}
function boundRange(n: number) {
  return { low: n, best: n, high: Math.ceil(1.5 * n) };
}

/** The person noun starting at token `i` (skipping "من" and the article): generic/military, or null. */
function personNounAt(tokens: readonly Token[], i: number): { index: number; generic: boolean } | null {
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

function unitNounAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.digits) return -1;
  if (stemIn(t, UNIT_NOUNS)) return i;
  if (t.text === "من" && tokens[i + 1] && stemIn(tokens[i + 1], UNIT_NOUNS)) return i + 1;
  return -1;
}

function withoutAl(w: string): string {
  return w.startsWith("ال") && w.length > 3 ? w.slice(2) : w;
}

/** What pass 2 of `findCounts` asks of a word, kept per distinct word; null for a word it has nothing to do with (most). */
interface CountWord {
  /** A person noun ending in -ين/-ان, which "اثنين/اثنان" after it makes two people. */
  nounOfTwo: boolean;
  /** A dual of a person noun ("عنصران"). */
  dual: boolean;
  /** Its reading that is a vague quantity (VAGUE), if any. */
  vague: string | undefined;
  /** IS_CREW, IS_TITLE, IS_SINGULAR bits of the word as written. */
  cls: number;
  /** A reading is "احد" (one of). */
  ahad: boolean;
}
const countWordOf = wordMemo((word): CountWord | null => {
  const t = word.text;
  const dual = isPersonDual(t);
  const facts: CountWord = {
    nounOfTwo: /(ين|ان)$/.test(t) && (stemIn(t, MILITARY_NOUNS) || dual),
    dual,
    vague: firstIn(word.stems, VAGUE),
    cls: PASS2_CLASS.get(t) ?? 0,
    ahad: hasReading(word.stems, "احد"),
  };
  return facts.nounOfTwo || facts.dual || facts.vague !== undefined || facts.cls !== 0 || facts.ahad ? facts : null;
});

/** Every count phrase of the text (normalised text and its tokens), left to right. */
export function findCounts(text: string, tokens: readonly Token[]): CountMention[] {
  const out: CountMention[] = [];
  /** Figureless companions ("برفقة عناصر"): kept only when they join a lead, never a phrase of their own. */
  const uncountedCompanions = new Set<CountMention>();
  const used = new Uint8Array(tokens.length);
  // 1. Numbers followed by a person noun (or a unit noun).
  // The number just before, when no noun followed it: the low end of a range ("بين 15 و20 عنصراً").
  let bare: { value: number; first: number; end: number } | null = null;
  for (const num of findNumbers(text)) {
    const first = tokenAt(tokens, num.start);
    let after = tokenAt(tokens, num.end);
    if (first >= tokens.length) continue;
    const low = bare && bare.value < num.value && num.start - bare.end <= 6 && rangeBetween(text, bare.end, num.start, num.prefix) ? bare : null;
    bare = { value: num.value, first, end: num.end };
    // "عشرون ونيف عنصراً", "20 ونيف من عناصر": a few more than the figure.
    let nayyif = false;
    if (tokens[after]?.text === "ونيف" || tokens[after]?.text === "نيف") {
      nayyif = true;
      after++;
    }
    // A number right after a unit word is the unit's name ("اللواء 47", "الفرقة 17", "الفرع 227").
    const before = tokens[first - 1];
    if (before && isUnitName(before.text)) {
      bare = null;
      continue;
    }
    // "30 (عنصراً) من أصل 200 عنصر": the whole the people were part of, never their number.
    if (before && /^(اصل|مجموع)$/.test(before.text) && tokens[first - 2]?.text === "من") {
      bare = null;
      continue;
    }
    let kind: CountKind = "exact";
    let phraseFirst = first;
    const b1 = tokens[first - 1];
    const b2 = tokens[first - 2];
    if (b1 && (APPROX.has(b1.text) || stemIn(b1.text, APPROX))) {
      kind = "approx";
      phraseFirst = first - 1;
    } else if (b1 && b2 && b2.text === "ما" && /^(يقارب|يناهز)$/.test(b1.text)) {
      kind = "approx";
      phraseFirst = first - 2;
    } else if (b1 && b2 && (b1.text === "من" || b1.text === "عن" || b1.text === "علي") && (/^(اكثر|ازيد)$/.test(stems(b2.text).at(-1) ?? "") || b2.text === "يزيد" || b2.text === "يقل")) {
      kind = "bound";
      phraseFirst = first - 2;
      if (tokens[first - 3]?.text === "ما") phraseFirst = first - 3;
      if (tokens[first - 3]?.text === "لا" || tokens[first - 4]?.text === "لا") phraseFirst = Math.max(0, first - 4);
    } else if (b1 && stemIn(b1.text, BOUND_VERBS)) {
      kind = "bound";
      phraseFirst = first - 1;
    } else if (b1?.text === "من" && b2?.text === "يقرب" && tokens[first - 3]?.text === "ما") {
      // "ما يقرب من 50"
      kind = "approx";
      phraseFirst = first - 3;
    }
    if (nayyif && kind === "exact") kind = "bound";
    // "عددهم/وعددها 300" refers the number back to people named before it.
    const refersBack = b1 && /^(و?عدده[ما]?|و?عددها|و?عددهم)$/.test(b1.text);
    const person = personNounAt(tokens, after);
    const unit = person ? -1 : unitNounAt(tokens, after);
    if (person) {
      bare = null;
      let last = person.index;
      // "ضابط وجندي": a second noun joined by و belongs to the phrase.
      const nx = tokens[last + 1];
      if (nx && nx.text.startsWith("و") && stemIn(nx.text.slice(1), MILITARY_NOUNS)) last++;
      // "50 عنصراً تقريباً" (about), "عشرة عناصر على الأقل" (at least): the qualifier after the noun.
      if (kind === "exact" && tokens[last + 1]?.text === "تقريبا") {
        kind = "approx";
        last++;
      } else if (kind === "exact" && tokens[last + 1]?.text === "علي" && tokens[last + 2]?.text === "الاقل") {
        kind = "bound";
        last += 2;
      }
      const m = mention(num.value, kind, phraseFirst, last, tokens, person.generic);
      if (low) {
        // "(ما) بين 15 و20 عنصراً", "15 إلى 20 عنصراً": from the low figure to the high one.
        const from = /^(بين|ما)$/.test(tokens[low.first - 1]?.text ?? "") ? (tokens[low.first - 2]?.text === "ما" ? low.first - 2 : low.first - 1) : low.first;
        m.value = { low: low.value, best: Math.round((low.value + num.value) / 2), high: num.value };
        m.kind = "approx";
        m.first = from;
        m.start = tokens[from].start;
        phraseFirst = from;
      }
      out.push(m);
      for (let k = phraseFirst; k <= last; k++) used[k] = 1;
    } else if (tokens[after]?.text === "من" && /^(اصل|مجموع)$/.test(tokens[after + 1]?.text ?? "")) {
      // "انشق 30 من أصل 200 عنصر": the figure counts the noun of the whole after it.
      out.push(mention(num.value, kind, phraseFirst, after + 1, tokens, false));
      for (let k = phraseFirst; k <= after + 1; k++) used[k] = 1;
    } else if (num.prefix.endsWith("ال") && first > 0 && !used[first - 1] && theMen(tokens[first - 1])) {
      // "الضباط الثلاثة", "المنشقون الخمسة", "العناصر الـ12": a definite noun, then its number.
      const last = Math.max(first, tokenAt(tokens, num.end) - 1);
      // (the mark set on the mention, not spread into a copy: V8 gave the copies new maps round after round, so the
      // readers of count mentions met a map they had not seen — buildEvent deoptimized and compiled again; round 15)
      const m = mention(num.value, kind, first - 1, last, tokens, false);
      m.anaphoric = true;
      out.push(m);
      for (let k = first - 1; k <= last; k++) used[k] = 1;
    } else if (unit >= 0) {
      out.push({ value: null, kind: "unit", first: phraseFirst, last: unit, start: tokens[phraseFirst].start, end: tokens[unit].end, generic: false, subset: false });
      for (let k = phraseFirst; k <= unit; k++) used[k] = 1;
    } else if (b1 && COMPANION.has(b1.text) && tokens[after] && /^(اخرين|اخرون|اخران|اخر|اخري|غيره)$/.test(tokens[after].text)) {
      // "ومعه أربعة آخرون": companions of someone named before.
      out.push(mention(num.value, kind, phraseFirst, after, tokens, false));
      for (let k = phraseFirst; k <= after; k++) used[k] = 1;
    } else if (tokens[after] && /^(اخرين|اخرون|اخران)$/.test(tokens[after].text)) {
      // "فيما انشق 4 آخرون": the others are people like those before them.
      out.push(mention(num.value, kind, phraseFirst, after, tokens, false));
      for (let k = phraseFirst; k <= after; k++) used[k] = 1;
    } else if (tokens[after] && /^(حاله|حالات)$/.test(tokens[after].text) && /^(ال)?(انشقاق|فرار|هروب)$/.test(tokens[after + 1]?.text ?? "")) {
      // "65 حالة انشقاق": so many cases, so many people.
      out.push(mention(num.value, kind, phraseFirst, after, tokens, false));
      for (let k = phraseFirst; k <= after; k++) used[k] = 1;
    } else if (refersBack) {
      after = Math.max(after - 1, first);
      out.push(mention(num.value, kind, phraseFirst, after, tokens, false));
    }
  }
  // 2. Duals, vague quantities and single people.
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i];
    if (t.digits) {
      // "15عنصراً": digits glued to their noun (the number reader wants a word boundary after a figure).
      const person = tokens[i + 1]?.start === t.end ? personNounAt(tokens, i + 1) : null;
      if (person && person.index === i + 1) {
        out.push(mention(Number(t.text), "exact", i, person.index, tokens, person.generic));
        i = person.index;
      }
      continue;
    }
    // "برفقة عناصر من مجموعته", "ومعه عناصره": companions with no figure, a phrase with none (the lead's count is null).
    if (i > 0 && COMPANION.has(tokens[i - 1].text) && !BARE_WITH.has(tokens[i - 1].text) && stemIn(t.text.replace(/(هم|ها|ه)$/, ""), PLURAL_FIGHTERS)) {
      const companions: CountMention = { value: null, kind: "none", first: i, last: i, start: t.start, end: t.end, generic: false, subset: false };
      uncountedCompanions.add(companions);
      out.push(companions);
      continue;
    }
    const facts = countWordOf(t);
    // "، وعنصر من X في B"، "، ومجند آخر": one man opening the next conjunct of a list, "و" glued to him.
    if (facts === null && listedSingleMan(text, tokens, i)) {
      out.push({ value: { low: 1, best: 1, high: 1 }, kind: "single", first: i, last: i, start: t.start, end: t.end, generic: false, subset: false });
      continue;
    }
    if (facts === null) {
      // "أحمد العلي الذي انشق", "انشق محمد الخالد عن": a man's name with no title, one person.
      const last = untitledNameEnd(tokens, i);
      if (last >= 0) {
        out.push({ value: { low: 1, best: 1, high: 1 }, kind: "single", first: i, last, start: t.start, end: tokens[last].end, generic: false, subset: false });
        i = last;
      }
      continue;
    }
    // "قياديين اثنين", "عنصران اثنان": a person noun with "two" after it as its adjective (the dual of any noun,
    // even one whose plural is -ين; "اثنين" alone is a weekday).
    if (facts.nounOfTwo && TWO.has(tokens[i + 1]?.text ?? "")) {
      out.push({ value: { low: 2, best: 2, high: 2 }, kind: "exact", first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, generic: false, subset: false });
      i++;
      continue;
    }
    if (facts.dual) {
      out.push({ value: { low: 2, best: 2, high: 2 }, kind: "exact", first: i, last: i, start: t.start, end: t.end, generic: false, subset: false });
      continue;
    }
    const vagueKey = facts.vague;
    if (vagueKey !== undefined) {
      // (round 11) a mark of punctuation after the word closes its phrase: "في مناطق عدة، عنصر من الفرقة" is "several
      // areas", then one man — no vague phrase reads across it.
      if (PHRASE_BREAK.test(text.slice(t.end, tokens[i + 1]?.start ?? t.end))) continue;
      const person = personNounAt(tokens, i + 1) ?? (vagueKey === "عدد" && tokens[i + 1]?.text === "كبير" ? personNounAt(tokens, i + 2) : null);
      const value = VAGUE.get(vagueKey) ?? null;
      if (person) {
        out.push({ value, kind: value ? "vague" : "none", first: i, last: person.index, start: t.start, end: tokens[person.index].end, generic: person.generic, subset: false });
        i = person.index;
      } else if (value && /^(منهم|منها|منه)$/.test(tokens[i + 1]?.text ?? "")) {
        // "فرّ المئات منهم": so many of the people named before.
        out.push({ value, kind: "vague", first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, generic: false, subset: false });
      } else if (value && (tokens[i + 1]?.text === "حالات" || /^(ال)?حالات$/.test(tokens[i + 1]?.text ?? ""))) {
        // "عشرات حالات الانشقاق": so many cases, so many people.
        out.push({ value, kind: "vague", first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, generic: false, subset: false });
      } else if (value === null && /^(عدد|اعداد)/.test(vagueKey) && tokens[i + 1] && /^(كبير|كبيره|من)$/.test(tokens[i + 1].text)) {
        out.push({ value: null, kind: "none", first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, generic: false, subset: false });
      } else if ((vagueKey === "مجموعه" || vagueKey === "مجموعات" || vagueKey === "فصايل") && tokens[i + 1] && /^(من|مؤلفه|مولفه)$/.test(tokens[i + 1].text)) {
        out.push({ value: null, kind: "none", first: i, last: i, start: t.start, end: t.end, generic: false, subset: false });
      }
      continue;
    }
    const cls = facts.cls;
    if (cls & IS_CREW && tokens[i + 1] && !tokens[i + 1].digits) {
      out.push({ value: null, kind: "unit", first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, generic: false, subset: false });
      i++;
      continue;
    }
    // "النقيب خالد العلي": a rank or title, then a name: one person.
    if (cls & IS_TITLE && tokens[i + 1] && !tokens[i + 1].digits && !tokens[i + 1].text.startsWith("ال") && (!NAME_STOPS.has(tokens[i + 1].text) || aliAfterTitle(text, tokens, i)) && tokens[i + 1].start - t.end <= 2) {
      // (round 15) "القيادي أبو بكر وعناصره": a leader and his men, no figure for them ("ومعه عدد من عناصره": null)
      const withMen = hisMenAfterName(tokens, i + 1);
      out.push({ value: withMen ? null : { low: 1, best: 1, high: 1 }, kind: withMen ? "none" : "single", first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, generic: false, subset: false });
      i++;
      continue;
    }
    // "أحد عناصر", "عنصر في", "عقيداً من": one person, maybe with companions.
    const ahad = facts.ahad;
    if ((ahad && personNounAt(tokens, i + 1)) || (cls & IS_SINGULAR && isIndefiniteSingular(tokens, i))) {
      const last = ahad ? personNounAt(tokens, i + 1)!.index : i;
      out.push({ value: { low: 1, best: 1, high: 1 }, kind: "single", first: i, last, start: t.start, end: tokens[last].end, generic: false, subset: false });
      i = last;
    }
  }
  out.sort((a, b) => a.first - b.first);
  countEachOfList(out, tokens);
  sumRankBreakdowns(out, tokens);
  // Companions add to a single person; "بينهم" marks a subset.
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    const prev = tokens[m.first - 1];
    if (prev && SUBSET.has(prev.text)) m.subset = true;
    if (tokens[m.first - 2] && (tokens[m.first - 1]?.text === "بينهم") && tokens[m.first - 2].text === "من") m.subset = true;
    if (m.value && partOfTold(tokens, m)) m.partOfTold = true;
    // "العقيد فلان (الفلاني) وأربعة من عناصره": his own men joined to him by و, right after his name, are his companions too.
    const joinedOwnMen = tokens[m.first].text.startsWith("و") && !!m.value && ownMen(tokens, m);
    if (prev && (COMPANION.has(prev.text) || joinedOwnMen) && (m.value || m.kind === "none")) {
      // (the lead's own sentence can run long: "أعلن النقيب فلان انشقاقه عن … فجر اليوم، وبرفقته ثلاثة آخرون")
      // (in the same sentence: a headline's "انشقاق ضابط" is no lead of the body's "انشق مع ثلاثة عناصر")
      const lead = [...out.slice(0, k)].reverse().find((x) => (x.kind === "single" || (x.kind === "exact" && x.first === x.last && x.value?.best === 2)) && m.first - x.last <= (joinedOwnMen ? 3 : 20) && !SENTENCE_END.test(text.slice(x.end, m.start)));
      if (lead && lead.value) {
        // "ومعه عدد من عناصره": the whole is as vague as the companions (null, or عشرات).
        if (!m.value || m.kind === "vague") [lead.value, lead.kind] = [m.value, m.kind];
        else [lead.value, lead.kind] = withCompanions(lead.value.best, m);
        lead.last = m.last;
        lead.end = m.end;
        out.splice(k, 1);
        k--;
      } else if (m.value && !joinedOwnMen && (!BARE_WITH.has(prev.text) || ownMen(tokens, m) || oneManLeftWith(tokens, m.first - 1))) {
        // The companions of a person named before the phrase (not a counted "أحد"): add that person.
        // A bare "مع" only with "his" men ("مع 30 من عناصره") or after one man's flight ("انشق مع 3 عناصر"):
        // "اشتبكت الفرقة مع 25 عنصراً" adds no one.
        [m.value, m.kind] = m.kind === "vague" ? [m.value, m.kind] : withCompanions(1, m);
      }
    }
  }
  if (uncountedCompanions.size > 0) return out.filter((m) => !uncountedCompanions.has(m));
  return out;
}

/**
 * Words that head a phrase "X الـY" without being a man's name: a group, a time, a part or a collective of people
 * (a name is told apart by not being any word these modules know, not by a list of names).
 */
const NOT_A_NAME = foldedWords(`جيش قوات حركه جبهه تنظيم تجمع فصيل ميليشيا مليشيا فيلق حزب هيئه غرفه
  يوم صباح مساء فجر ليله ليل ظهر عصر منتصف مطلع اواخر اوائل بدايه نهايه شهر عام امس
  بعض معظم اغلب غالبيه كافه جميع كل نصف ثلث بقيه باقي عدد مجموعه قسم
  ابناء سكان اهالي شباب افراد عائلات عائله`);

/**
 * The last word of a man's name with no title at `i` ("أحمد العلي", "أبو محمد الحلبي": one or two words without
 * the article, then the family name with it), or -1. Only where the frame makes it one man who left: the relative
 * "الذي" + a verb of leaving after it, or right after a singular verb of leaving with its "عن/من" after it.
 * Each word is a name's word as after a rank (nameAt: no figure, no stop word), and none is a word of the count,
 * fighter, unit or NOT_A_NAME lists.
 */
function untitledNameEnd(tokens: readonly Token[], i: number): number {
  // (asked of nearly every word: first the word the frame needs two or three words on, by its length before its letters)
  if (!framingWord(tokens[i + 2], true) && !framingWord(tokens[i + 3], false)) return -1;
  const last = tokens[i + 1]?.text.startsWith("ال") ? i + 1 : tokens[i + 2]?.text.startsWith("ال") ? i + 2 : -1;
  if (last < 0) return -1;
  const after = tokens[last + 1]?.text;
  const relative = after === "الذي" && !!tokens[last + 2] && stemIn(tokens[last + 2], SINGULAR_VERBS);
  const afterVerb = last === i + 1 && i > 0 && (after === "عن" || after === "من") && stemIn(tokens[i - 1], SINGULAR_VERBS);
  if (!relative && !afterVerb) return -1;
  for (let k = i; k <= last; k++) {
    const w = tokens[k];
    if (k === i && aliBeforeFamily(tokens, k, last)) continue;
    if ((k < last && w.text.startsWith("ال")) || (k > i && w.start - tokens[k - 1].end > 1) || !nameWord(w)) return -1;
  }
  return last;
}

/**
 * A word that may be a word of a man's name with no title (untitledNameEnd; named-person.ts, a plain name announcing):
 * no figure, no stop word, and no word of the count, fighter, unit or NOT_A_NAME lists.
 */
export function nameWord(w: Token): boolean {
  if (w.digits || NAME_STOPS.has(w.text)) return false;
  return !(PASS2_CLASS.has(w.text) || stemIn(w, MILITARY_NOUNS) || stemIn(withoutAl(w.text), MILITARY_NOUNS) || isUnitName(w.text) || stemIn(w, NOT_A_NAME));
}

/** "الذي", or with `orPreposition` "عن"/"من": the word after a name that untitledNameEnd's frames need. */
function framingWord(t: Token | undefined, orPreposition: boolean): boolean {
  if (t === undefined) return false;
  const w = t.text;
  return (w.length === 4 && w === "الذي") || (orPreposition && w.length === 2 && (w === "عن" || w === "من"));
}

/**
 * (round 12) What the preposition "على" heads between a verb of leaving and its "عن/من": only an adverbial phrase
 * ("فرّ على الفور من"، "انشق على الأرجح عن"، "فرّ على الأقدام من") — a verb of leaving takes no complement with "على".
 */
const ALA_ADVERBIALS = foldedWords("الفور الارجح الاغلب الاقل الاكثر الرغم التوالي الاثر الاطلاق الخصوص الاقدام الدوام السواء العموم");

/**
 * "انشق علي الحسن عن …": "علي" at `k` opening a name of two words whose family name (`last`, with the article) is no
 * word of an adverbial "على" phrase is the name Ali, not the preposition "على" (folded to the same letters).
 */
function aliBeforeFamily(tokens: readonly Token[], k: number, last: number): boolean {
  return tokens[k].text === "علي" && last === k + 1 && !ALA_ADVERBIALS.has(tokens[last].text);
}

/** A rank or title, written apart ("و الملازم") or with و glued to it ("والملازم"), at token `j`: the token after it. */
function titleAfterAnd(tokens: readonly Token[], j: number): number | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.text === "و") return (PASS2_CLASS.get(tokens[j + 1]?.text ?? "") ?? 0) & IS_TITLE ? j + 2 : null;
  return t.text.startsWith("و") && (PASS2_CLASS.get(t.text.slice(1)) ?? 0) & IS_TITLE ? j + 1 : null;
}

/** A name's first word right after its rank (as the one-man rule above reads it: no article, no stop word). */
function nameAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && !t.digits && !t.text.startsWith("ال") && !NAME_STOPS.has(t.text) && t.start - tokens[k - 1].end <= 1;
}

/** The rest of a name ("خالد العلي", "أبو محمد"): a word, with no و, no stop word, no rank. */
function nameGoesOn(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !t.digits && !t.text.startsWith("و") && !NAME_STOPS.has(t.text) && !(PASS2_CLASS.get(t.text) ?? 0);
}

/**
 * "كل من" (each of) then named men, each with his rank ("انشق كل من النقيب فلان والملازم فلان"): every man of the
 * list counts, so the first man's "single" mention becomes the list's. The list runs over "و" + a rank + a name of
 * up to three words, up to punctuation. "كل من ينشق" (whoever) and "كل من الجيش والأمن" (groups) have no rank after
 * "كل من" and are left alone; so is a name without a rank after و ("و" + a word may be a verb).
 */
function countEachOfList(out: CountMention[], tokens: readonly Token[]): void {
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (m.kind !== "single" || m.last !== m.first + 1 || tokens[m.first - 1]?.text !== "من" || !/^و?كل$/.test(tokens[m.first - 2]?.text ?? "")) continue;
    let men = 1;
    let last = m.last;
    for (;;) {
      // the rest of this man's name, then "و" + a rank + the next man's name
      let j = last + 1;
      for (let words = 1; words < 3 && j < tokens.length && tokens[j].start - tokens[j - 1].end <= 1 && nameGoesOn(tokens, j); words++) j++;
      const name = j < tokens.length && tokens[j].start - tokens[j - 1].end <= 1 ? titleAfterAnd(tokens, j) : null;
      if (name === null || !nameAt(tokens, name)) break;
      men++;
      last = name;
    }
    if (men === 1) continue;
    m.value = { low: men, best: men, high: men };
    m.kind = "exact";
    m.last = last;
    m.end = tokens[last].end;
    // (a rank written apart, "و الملازم محمد", made its own mention: it is in the list now)
    for (let x = k + 1; x < out.length && out[x].first <= last; ) out.splice(x, 1);
  }
}

/**
 * A man (or `lead` men) and his counted companions: the sum, then the companions' qualifier on the whole
 * ("فلان ومعه 20 عنصراً تقريباً" → about 21: {16, 21, 26}; "ومعه أكثر من 10" → {11, 11, 17}).
 */
function withCompanions(lead: number, m: CountMention): [CountMention["value"], CountKind] {
  const n = lead + (m.value?.best ?? 0);
  if (m.kind === "approx") return [approxRange(n), "approx"];
  if (m.kind === "bound") return [boundRange(n), "bound"];
  return [{ low: n, best: n, high: n }, "exact"];
}

/** Plural fighter nouns (possessive stripped: "عناصره" → "عناصر"): companions of a lead, how many not said. */
const PLURAL_FIGHTERS = foldedWords(`عناصر مقاتلين مقاتلون مقاتلي جنود عسكريين عسكريون مسلحين مسلحون مسلحي مجندين مجندون مجندي افراد اعضاء
  متطوعين متطوعون مرافقين مرافقون مرافقي رفاق حراس ضباط منتسبين منتسبون منتسبي ${[...CONSTRUCT_PLURALS].join(" ")}`);

/** "مع" with no pronoun: a companion only of a man whose men these are; also "fighting with", "together with". */
const BARE_WITH = foldedWords("مع ومع");

/**
 * The counted noun, or the word after it, is "his" ("عناصره", "رفاقه", "مرافقيه"): a man's own companions.
 * (Not the number word itself: "ثلاثة" folds to "ثلاثه", which is no possessive.)
 */
function ownMen(tokens: readonly Token[], m: CountMention): boolean {
  for (let k = Math.max(m.first + 1, m.last); k <= Math.min(tokens.length - 1, m.last + 1); k++) if (/[^ه]ه$/.test(tokens[k].text) && !/(هم|ها)$/.test(tokens[k].text)) return true;
  return false;
}

/** His men, joined to him by و ("وعناصره", "ومقاتلوه", "ومجموعته"): a leader's companions with no figure. */
const AND_HIS_MEN = foldedWords("وعناصره ومقاتلوه ومقاتليه ورجاله وجنوده ومجموعته واتباعه ومرافقوه ومرافقيه وحرسه");
/** How many words of a name may stand between a title and "وعناصره" ("القيادي أبو بكر الحموي وعناصره"). */
const NAME_BEFORE_MEN = 4;

/**
 * (round 15) A title's name starting at token `k` runs, one space apart and with no stop word or figure, to "وعناصره"
 * and the like: the leader and his men, as "ومعه عناصره" (dev-reports-2 README: "a named leader «ومعه عدد من عناصره»
 * → count null"). The masdar after them carries their pronoun («انشقاقهم»), so no one man is told.
 */
function hisMenAfterName(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + NAME_BEFORE_MEN); j++) {
    const w = tokens[j];
    if (j > k && w.start - tokens[j - 1].end > 1) return false;
    if (AND_HIS_MEN.has(w.text)) return j > k;
    if (w.digits || NAME_STOPS.has(w.text) || LEAVING_NOUNS.has(w.text.endsWith("ه") ? w.text.slice(0, -1) : w.text)) return false;
  }
  return false;
}

/**
 * A bare "مع" right after a one man's verb of leaving, or after that verb and its one-man subject ("انشق مع 3
 * عناصر", "انشق ضابط مع 3 عناصر", "وفرّ مع عشرة من رفاقه"): he went with them.
 */
function oneManLeftWith(tokens: readonly Token[], withAt: number): boolean {
  const before = tokens[withAt - 1];
  if (!before) return false;
  if (stemIn(before, SINGULAR_VERBS)) return true;
  return SINGULAR_PERSON.has(before.text) && !!tokens[withAt - 2] && stemIn(tokens[withAt - 2], SINGULAR_VERBS);
}

/** Does mention `b` follow `a` as the next part of one list ("3 ضباط و12 عنصراً", "ضابطان و5 صف ضباط و10 مجندين")? */
function nextPart(a: CountMention, b: CountMention, tokens: readonly Token[]): boolean {
  if (!tokens[b.first].text.startsWith("و")) return false;
  if (b.first === a.last + 1) return true;
  // "5 صف ضباط": the rank's second word after the counted one
  return b.first === a.last + 2 && stemIn(tokens[a.last + 1], MILITARY_NOUNS);
}

/**
 * A breakdown by rank with no total ("انشق ضابطان و5 صف ضباط و10 مجندين", "ضابط و3 مجندين") counts its parts
 * together; a lone rank noun before the first part ("ضابط و…") is one man. Parts of a crowd ("شخصاً") are not summed.
 */
function sumRankBreakdowns(out: CountMention[], tokens: readonly Token[]): void {
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (!m.value || m.generic || m.anaphoric) continue;
    // "ضابط و3 مجندين": one man before the first part
    const before = tokens[m.first - 1];
    if (tokens[m.first].text.startsWith("و") && before && SINGULAR_PERSON.has(before.text) && (k === 0 || out[k - 1].last < m.first - 1)) {
      m.value = { low: m.value.low + 1, best: m.value.best + 1, high: m.value.high + 1 };
      m.first--;
      m.start = before.start;
    }
    while (k + 1 < out.length) {
      const n = out[k + 1];
      if (!n.value || n.generic || n.subset || !nextPart(m, n, tokens)) break;
      m.value = { low: m.value.low + n.value.low, best: m.value.best + n.value.best, high: m.value.high + n.value.high };
      if (n.kind !== "exact" && n.kind !== "single") m.kind = n.kind;
      m.last = n.last;
      m.end = n.end;
      out.splice(k + 1, 1);
    }
  }
}

/** A definite plural noun of fighters ("الضباط", "المنشقون", "والعناصر"). */
function theMen(t: Token): boolean {
  for (const st of stems(t)) if (st.startsWith("ال") && st.length > 4 && MILITARY_NOUNS.has(st.slice(2))) return true;
  return false;
}

/** What joins the two ends of a range: "و" glued to the second number, "إلى", "حتى", "أو", or a dash. */
function rangeBetween(text: string, lowEnd: number, highStart: number, highPrefix: string): boolean {
  const between = text.slice(lowEnd, highStart).trim();
  if (between === "") return highPrefix === "و";
  return /^(-|–|الي|حتي|او)$/.test(between);
}

function mention(n: number, kind: CountKind, first: number, last: number, tokens: readonly Token[], generic: boolean): CountMention {
  const value = kind === "approx" ? approxRange(n) : kind === "bound" ? boundRange(n) : { low: n, best: n, high: n };
  return { value, kind, first, last, start: tokens[first].start, end: tokens[last].end, generic, subset: false };
}

const UNIT_NAME_WORDS = foldedWords("اللواء الفرقه الفوج الفرع فرع الكتيبه لواء فرقه فوج كتيبه رقم الفيلق فيلق المجموعه السريه القطاع الميغ m الطريق طريق");

function isUnitName(word: string): boolean {
  return stemIn(word, UNIT_NAME_WORDS);
}

/** After a comma, "و" + a singular soldier noun + "من" / "آخر" / an ordinal: one man, the next item of a list. */
const NEXT_MAN = /^(من|اخر|ثان|ثاني|ثالث|رابع|خامس)$/;
function listedSingleMan(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.text.startsWith("و") || i === 0 || !/[،,]/.test(text.slice(tokens[i - 1].end, t.start))) return false;
  return ((PASS2_CLASS.get(t.text.slice(1)) ?? 0) & IS_SINGULAR) !== 0 && NEXT_MAN.test(tokens[i + 1]?.text ?? "");
}

/** A singular person noun that stands for one person: "عقيداً من", "عنصر في", "قيادي في"… */
function isIndefiniteSingular(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text.startsWith("ال")) return false;
  const next = tokens[i + 1];
  // "عنصر تابع للفرقة", "جندي يتبع للواء": one man of a unit.
  // "عنصر واحد": one, said outright.
  // "فرّ جندي أمس", "انشق جندي عن الفرقة", "بانشقاق صف ضابط": right after a verb or verbal noun of leaving, the
  // noun is its subject, one man, whatever follows ("تحدث جندي عن…" is no one's count).
  // (not the first of a list of people: "انشقاق ضابط وعناصر" is an officer and men, how many is not said)
  const head = tokens[i - 1]?.text === "صف" ? i - 2 : i - 1;
  const listGoesOn = !!next && next.text.startsWith("و") && stemIn(next.text.slice(1), MILITARY_NOUNS);
  if (head >= 0 && !listGoesOn && (stemIn(tokens[head], SINGULAR_VERBS) || stemIn(tokens[head], LEAVING_NOUNS))) return true;
  if (!next) return false;
  // "جندي منشق عن X", "صف ضابط فارّ من X": one man described by a participle of leaving.
  // "وصل عنصراً منشقاً", "انشق ضابطاً منشقاً": the participle of leaving in the accusative too.
  if (/^(من|في|برتبه|تابع|يتبع|ينتمي|منتم|واحد|واحدا|منشق|فار|هارب|متسرب|منشقا|فارا|هاربا|متسربا)$/.test(next.text)) return true;
  // "انضم ضابطاً إلى…", "وصل عنصراً إلى…": an accusative singular right after a verb of arriving or joining is one man
  // (the nominative "وصل جندي مصاب" is not: any man arrives somewhere).
  return t.text.endsWith("ا") && head >= 0 && stemIn(tokens[head], ARRIVING_VERBS);
}

/** Verbs of arriving or joining, after which an accusative singular person noun is one man ("انضم ضابطاً"). */
const ARRIVING_VERBS = foldedWords("وصل انضم التحق لجا");

/** After a rank ("علي" folds as the preposition "على" does), what never follows the preposition: its name goes on. */
const AFTER_NAME_ALI = foldedWords("عن من في الذي قد كان وكان ثم");

/**
 * "المجند علي الحسن", "العنصر علي من ريف حماة": "علي" (the name Ali) right after a rank is the man's name, not the
 * preposition "على" folded to the same form — when the word after it cannot follow the preposition, or the rank
 * is the subject of a verb (or verbal noun) of leaving, none of which takes "على" ("حصل المجند على إجازة" does).
 */
function aliAfterTitle(text: string, tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1].text !== "علي") return false;
  const after = tokens[i + 2];
  if (!after || PHRASE_BREAK.test(text.slice(tokens[i + 1].end, after.start)) || AFTER_NAME_ALI.has(after.text)) return true;
  const head = tokens[i - 1];
  return !!head && (stemIn(head, SINGULAR_VERBS) || stemIn(head, LEAVING_NOUNS));
}
