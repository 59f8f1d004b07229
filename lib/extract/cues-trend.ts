/**
 * Trend and reference cues: words around a trigger that make it a phenomenon ("حالات الانشقاق", "تزايد الانشقاقات",
 * a habit, a superlative: "trend") or point back at people or an incident already told ("العناصر الذين فروا",
 * "أسباب الانشقاق", "وفرارهم": "reference"). A trend is an event only with a figure and a short, specific date, a
 * reference only with a count of its own (candidates.ts). Examples and negatives: TREND_CUE_EXAMPLES (rules.test.ts).
 */
import * as $normalize from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import type { Trigger } from "./triggers";
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, inClass, stems, wordClass } = tokenModule;
import type { CueVerdict } from "./cues";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;

/** Words in the two before the trigger that make it a phenomenon rather than an incident. */
const TREND_BEFORE = foldedWords(`حالات حاله عمليات عمليه ظاهره وتيره ملف موجه تزايد تزايدت يتزايد تصاعد تصاعدت ازدياد ازدادت تزداد تكرار تتكرر تكررت
  تسارع تسارعت تتواصل تواصل استمرار تستمر مستمره سلسله كثره انتشار تنامي`);
const RELATIVE = foldedWords("الذين الذي التي اللذين اللواتي ممن");
/** Adverbs of habit: the imperfect tells what keeps happening, not an incident ("ينشق العشرات كل شهر"). */
const HABIT = foldedWords("يوميا اسبوعيا شهريا باستمرار دائما دوما تباعا");
const HABIT_PAIR: Array<[string, RegExp]> = [
  ["بشكل", /^(يومي|دوري|مستمر|متواصل|متكرر|شبه)$/],
  ["كل", /^(يوم|اسبوع|شهر|ليله|فتره|حين)$/],
  ["بصوره", /^(يوميه|دوريه|مستمره|متواصله|متكرره)$/],
];
/** Words that talk about an incident already told: its causes, its course. */
const DECLARE = foldedWords("اعلن اعلنت اعلنوا معلنا معلنين يعلن تعلن اعلان اعلانه اعلانهم");
const ABOUT_BEFORE = foldedWords("سبب اسباب بسبب دوافع نتيجه اثر عقب اعقاب تفاصيل");
/**
 * A superlative before a verbal noun with no people of its own ranks an incident among others ("ويُعد هذا أكبر
 * انشقاق يشهده الجيش منذ شهور"): like a trend, an incident only with its own figure and a short date. Not an
 * ordinal, nor a verbal noun whose people follow it: "شهدت أول انشقاق لعدد كبير من مقاتليها" tells the incident.
 */
const RANKING_BEFORE = foldedWords("اكبر اضخم اوسع اخطر ابرز اهم");
const C_TREND_BEFORE = wordClass(TREND_BEFORE);
const C_DECLARE = wordClass(DECLARE);
const C_ABOUT_BEFORE = wordClass(ABOUT_BEFORE);
const IMPERFECT = /^[يت]/;
/** A pronoun suffix: "وفرارهم", "انشقاقه". */
const THEIR = /(هم|ها|هما|ه)$/;

/** Examples: a text and the verdict on its (first) trigger. */
export const TREND_CUE_EXAMPLES: Array<[string, CueVerdict]> = [
  ["شهدت المنطقة عشرات الحالات من الانشقاقات الفردية", "trend"],
  ["وتتكرر حالات الانشقاق والفرار في صفوف الدفاع الوطني", "trend"],
  ["تسارعت وتيرة الانشقاقات عن قوات النظام", "trend"],
  ["التي تشهد أكبر حالات الانشقاق فر 21 عنصراً", "trend"],
  // (round 14) one case whose people are counted after it with «لـ» is one incident; «حالات» and a bare «حالة» are not
  ["سُجّلت حالة انشقاق جماعية لـ12 عنصراً من قوات النظام", null],
  ["سُجّلت حالة فرار جماعية لنحو 40 عنصراً من قسد", null],
  ["سُجّلت حالة انشقاق لخمسة عناصر من الفرقة الرابعة", null],
  ["سُجّلت حالات انشقاق لـ12 عنصراً من قوات النظام", "trend"],
  ["تسود حالة الانشقاق بين صفوف الفصائل", "trend"],
  ["قادة مجموعتين الذين غادروا مواقعهم", "reference"],
  ["وأرجعت أسباب الانشقاق بسبب زجهم على الجبهات", "reference"],
  ["ويعد هذا أكبر انشقاق يشهده جيش النظام منذ شهور", "trend"],
  ["شهدت المعركة أول انشقاق لعدد كبير من مقاتلي قادش", null],
  ["شهدت المعركة أكبر انشقاق لعدد كبير من مقاتلي قادش", null],
  ["انشق 21 عنصراً من ميليشيا الدفاع الوطني", null],
  ["وفروا باتجاه مناطق سيطرة قسد", null],
  ["عشرات الحالات لعناصر الميليشيات وفرارهم باتجاه مناطق قسد", "reference"],
  ["أعلن علي العرجاني انشقاقه عن الجبهة", null],
  // a habit, not an incident
  ["ينشق العشرات من عناصر الفرقة كل شهر", "trend"],
  ["يتسرّب عناصر الفرقة من مواقعهم بشكل يومي", "trend"],
  ["يفرّ الجنود تباعاً من قطعهم", "trend"],
  ["انشق 20 عنصراً من الفرقة يوم الأحد", null],
];

/** "أعلن … انشقاقه", "أعلنت … تأمين انشقاق": the defection is declared or announced in this sentence. */
export function isDeclared(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): boolean {
  for (let k = Math.max(sentenceFirstToken, trigger.first - 14); k < trigger.first; k++) if (inClass(tokens[k], C_DECLARE)) return true;
  return false;
}

/**
 * (round 14, r14-structure) One case, «حالة» in the singular, whose people are counted right after the verbal noun with
 * «لـ» («سُجّلت حالة انشقاق جماعية لـ12 عنصراً / لنحو 40 مقاتلاً»): one incident, not a phenomenon. «حالات» stays a
 * trend, and so does «حالة الانشقاق» with no figure of its people.
 */
function oneCaseCounted(tokens: readonly Token[], trigger: Trigger): boolean {
  if (tokens[trigger.first - 1]?.text !== "حاله") return false;
  let k = trigger.last + 1;
  if (tokens[k] && CASE_ADJECTIVES.has(tokens[k].text)) k++;
  const t = tokens[k]?.text ?? "";
  return (t === "ل" && !!tokens[k + 1]?.digits) || COUNTED_AFTER_LAM.test(t);
}
const CASE_ADJECTIVES = foldedWords("جماعيه فرديه جديده");
/** «لنحو/لقرابة/لأكثر/لخمسة…»: a hedge or a number word glued to «لـ». */
const COUNTED_AFTER_LAM = /^ل(نحو|قرابه|حوالي|زهاء|اكثر|ما|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائ|الف)/;

/** Token k (within the sentence) is a word such as "حالات" that makes the trigger after it a trend. */
function isTrendWord(tokens: readonly Token[], k: number, sentenceFirstToken: number): boolean {
  return k >= sentenceFirstToken && inClass(tokens[k], C_TREND_BEFORE);
}

/** An imperfect with an adverb of habit in its clause: "ينشق العشرات … كل شهر", "يتسرّبون بشكل يومي". */
export function isHabit(tokens: readonly Token[], trigger: Trigger): boolean {
  if (trigger.form !== "verb" || !IMPERFECT.test(stems(tokens[trigger.first]).at(-1) ?? "")) return false;
  for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 10); k++) {
    if (HABIT.has(tokens[k].text)) return true;
    for (const [head, tail] of HABIT_PAIR) if (tokens[k].text === head && tokens[k + 1] && tail.test(tokens[k + 1].text)) return true;
  }
  return false;
}

/**
 * What is left of judgeTrigger's verdict once nothing rejects the trigger: a plural or a phenomenon ("trend"), people
 * already named or an incident already told ("reference"), or null (an incident).
 */
export function trendOrReference(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): CueVerdict {
  if (trigger.form === "plural") return "trend";
  // "حالات الانشقاق", and a trigger joined to it by و inherits it: "حالات الانشقاق والفرار".
  if (isTrendWord(tokens, trigger.first - 1, sentenceFirstToken) && !oneCaseCounted(tokens, trigger)) return "trend";
  if (tokens[trigger.first].text.startsWith("و") && isTrendWord(tokens, trigger.first - 2, sentenceFirstToken)) return "trend";
  const prev = tokens[trigger.first - 1];
  if (prev && trigger.first - 1 >= sentenceFirstToken && RELATIVE.has(prev.text)) return "reference";
  if (prev && trigger.first - 1 >= sentenceFirstToken && inClass(prev, C_ABOUT_BEFORE)) return "reference";
  const after = tokens[trigger.last + 1];
  if (prev && trigger.first - 1 >= sentenceFirstToken && trigger.form === "masdar" && anyIn(stems(prev), RANKING_BEFORE) && !(after && (after.digits || after.text.startsWith("ل")))) return "trend";
  // "وفرارهم", "وهروبهم": a verbal noun with "their" refers back to people already in the text —
  // except when they declare it themselves ("أعلنوا انشقاقهم", "معلناً انشقاقه").
  const word = tokens[trigger.first].text;
  if (trigger.form === "masdar" && THEIR.test(word) && !isDeclared(tokens, trigger, sentenceFirstToken)) return "reference";
  return null;
}
