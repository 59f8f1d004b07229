/**
 * Modality: the words of leaving as the complement of a call, an incentive, a promise, a warning, a fear, a plan,
 * a wish, an expectation or a threat — what someone wants, fears or expects, not what anyone did. Arabic marks the
 * complement in two ways, and a rule reads both:
 * - a verbal noun after the preposition its governor takes: "دعا … إلى الانشقاق", "لتشجيع … على الفرار",
 *   "حذّرت … من انشقاق", "رغبتهم في ترك صفوف", "يخططون للانشقاق", "تعهّد بتأمين انشقاق" (through a noun of
 *   helping: تأمين، تسهيل، مساعدة);
 * - an imperfect after "أن": "ناشد … أن ينشقوا", "من المتوقع أن يفرّ".
 * The governor stands within GOVERNOR_REACH words before. A perfect verb is never such a complement ("كشفت مصادر
 * أن 15 عنصراً انشقوا" tells an incident), nor a verbal noun after "عن" ("أعلن عن انشقاق", "أنباء عن …": reported).
 * Also: anyone who tries or thinks of it ("كل عنصر يحاول الفرار"), a question ("هل ينشق …؟", "ما أسباب الانشقاق"),
 * an imperfect that may be or is not ("قد ينشق", "لا ينشق"), and a case supposed ("في حال انشقاق").
 * Examples and negatives: MODALITY_EXAMPLES (modality.test.ts).
 */
import * as $normalize from "../../arabic/normalize";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
import type { Trigger } from "../triggers";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { stems, wordListTests } = tokenModule;


/**
 * Calls, incentives, promises, warnings, fears, plans, wishes, expectations, threats. (Not "حملة", which may also
 * bring a defection about, "أسهمت حملة في انشقاق …"; nor "يعدّ", is counted as.)
 */
const GOVERNORS = foldedWords(`دعا دعت دعوا يدعو تدعو دعوه دعوات دعوتهم ناشد ناشدت ناشدوا يناشد تناشد مناشده مناشدات
  حث حثت حثوا يحث تحث شجع شجعت يشجع تشجع تشجيع حض حضت طالب طالبت يطالب تطالب مطالبه مطالبات
  مكافاه مكافات حوافز اغراءات اغراء تعهد تعهدت تعهدوا يتعهد تتعهد وعد وعدت وعدوا وعود
  حذر حذرت حذروا يحذر تحذر تحذير تحذيرات تخشي يخشي يخشون خشيه مخاوف تخوف تخوفات
  يخطط يخططون تخطط خطه خطط يعتزم يعتزمون تعتزم ينوي ينوون تنوي نيه نيتهم رغبه رغبتهم رغبته يرغب يرغبون يريد يريدون تريد
  المتوقع متوقع يتوقع تتوقع توقعات توقع يرجح المرجح ترجيحات
  هدد هددت هددوا يهدد تهدد تهديد تهديدات يود يودون`);
/** Words of helping between a promise and the verbal noun: "تعهّد بتأمين انشقاق", "وعد بتسهيل فرار". */
const HELPING = foldedWords("تامين تسهيل مساعده");
/** The prepositions the governors take (not "عن": "أعلن عن انشقاق" reports an incident). */
const PREPOSITIONS = foldedWords("الي علي من في");
/** Proclitic prepositions on the verbal noun itself: "بالانشقاق", "للانشقاق", "لترك". */
const PROCLITIC_PREPOSITION = /^(ب|ل|وب|ول|فب|فل)/;
const AN = /^(ان|وان|بان)$/;
/** Imperfects of will or attempt after "anyone": "كل عنصر يحاول الفرار", "أي مقاتل يفكر في الانشقاق". */
const WILL = foldedWords("يحاول تحاول يحاولون يفكر تفكر يفكرون يقرر تقرر يريد يرغب ينوي يسعي");
const ANYONE = /^(كل|لكل|بكل|اي|لاي|باي)$/;
/** How far before the complement its governor may stand (a subject and an object between: "دعا ناشطون معارضون أمس المقاتلين المحليين إلى …"). */
const GOVERNOR_REACH = 10;

export const MODALITY_EXAMPLES: Array<[text: string, modal: boolean]> = [
  ["دعا ناشطون معارضون أمس المقاتلين المحليين إلى الانشقاق عن قوات النظام", true],
  ["أطلق ناشطون حملة إعلامية لتشجيع 15 عنصراً من قوات النظام على الانشقاق", true],
  ["حذرت مصادر مطلعة من انشقاق 15 عنصراً عن قسد", true],
  ["كشفت مصادر أن 40 مقاتلاً يخططون للانشقاق عن الفرقة الرابعة", true],
  ["أبدى 15 عنصراً رغبتهم في ترك صفوف قسد", true],
  ["تعهد ناشطون بتأمين انشقاق 15 عنصراً عن قوات النظام", true],
  ["ناشد وجهاء العشائر أبناءهم المقاتلين أن ينشقوا عن قوات النظام", true],
  ["من المتوقع أن ينشق 15 عنصراً عن قوات النظام في الأسابيع المقبلة", true],
  ["هددت قيادة قسد بإعدام كل عنصر يحاول الفرار", true],
  ["هل ينشق مزيد من العناصر عن قوات النظام؟", true],
  ["ما أسباب الفرار من صفوف قوات النظام في الآونة الأخيرة؟", true],
  ["قد ينشق 15 عنصراً عن قوات النظام إذا استمر تأخر الرواتب", true],
  ["لا ينشق عناصر عن قوات النظام رغم تأخر الرواتب", true],
  ["في حال انشقاق 15 عنصراً عن قوات النظام ستفقد القيادة السيطرة على المنطقة", true],
  // "قد" before a perfect is the past; "حال" alone is "upon"; "ما" that is no question
  ["وقد انشق 15 عنصراً عن قوات النظام أمس", false],
  ["أكد ناشطون ما نشرته الوكالة عن انشقاق 15 عنصراً عن قوات النظام", false],
  ["يعتزم 23 جندياً من قوات سوريا الديمقراطية ترك صفوفهم خلال الأيام المقبلة", true],
  ["حذرت مصادر مطلعة من ترك 40 مقاتلاً صفوف الفيلق الخامس", true],
  // (round 14) a verb of fear or expectation takes a bare «ترك» as its object; «وترك», «قد ترك» open a clause of their own
  ["وتخشى قيادة الفصيل ترك 15 من عناصر الفرقة 17 صفوفها في ريف دير الزور الغربي", true],
  ["تتوقع مصادر محلية ترك 40 مقاتلاً صفوف الفيلق الخامس", true],
  ["يخشى الأهالي تجدد القصف، وترك 30 عنصراً من الفرقة الرابعة صفوفهم أمس", false],
  ["يتوقع مراقبون أن تتسع الانشقاقات، وقد ترك 30 عنصراً من الفرقة الرابعة صفوفهم أمس", false],
  // told as done: a perfect after أن, a verbal noun reported or confirmed, a helping noun with no governor
  ["كشفت مصادر أن 15 عنصراً انشقوا عن قوات النظام أمس", false],
  ["أعلن ناشطون عن انشقاق 15 عنصراً عن قوات النظام", false],
  ["أفاد ناشطون بانشقاق 15 عنصراً عن قوات النظام أمس", false],
  ["أمّن ناشطون انشقاق 15 عنصراً عن قوات النظام أمس", false],
  ["نفت القيادة الأنباء، لكن مصادر محلية أكدت انشقاق 15 عنصراً عن قسد", false],
  ["تمكن 15 عنصراً من الفرار من صفوف قسد أمس", false],
  // a governor far away, or after the words of leaving
  ["انشق 15 عنصراً عن قسد أمس رغم تهديدات القيادة بمعاقبة كل من يحاول ذلك", false],
  ["شنت قسد حملة اعتقالات في ريف دير الزور بعد فرار 15 عنصراً من صفوفها", false],
  ["أسهمت حملة إعلامية في انشقاق 15 عنصراً عن قوات النظام أمس", false],
  ["قالت مصادر إن عناصر يريدون العودة إلى قراهم، وقد انشق 15 منهم عن قسد أمس", false],
];

/** Verbs of intention that take the verbal noun as their object, with no preposition. */
const INTENDING = foldedWords("يعتزم يعتزمون تعتزم ينوي ينوون تنوي يريد يريدون تريد يود يودون");
/**
 * (round 14) Verbs of fear and expectation take it the same way ("تخشى قيادة الفصيل ترك 15 من عناصرها صفوفها",
 * "تتوقع مصادر ترك …"), as they take «انشقاق» ("تخشى القيادة انشقاق 15 …", refused in cues.ts). Only a bare «ترك»
 * is their object: «وترك»/«قد ترك» opens a clause of its own ("يخشى الأهالي تجدد القصف، وترك 30 عنصراً صفوفهم أمس").
 */
const FEARING = foldedWords("يخشى تخشى يخشون يتوقع تتوقع يتوقعون");

/** The lists above, asked of the words before every trigger: one memo of bits. */
const [inGovernors, inHelping, inPrepositions, inWill, inIntending, inFearing] = wordListTests(GOVERNORS, HELPING, PREPOSITIONS, WILL, INTENDING, FEARING);

/** A verb of intention within GOVERNOR_REACH words before token `k`. */
function intendedBefore(tokens: readonly Token[], k: number, sentenceFirst: number): boolean {
  const bare = !tokens[k].text.startsWith("و") && !(k - 1 >= sentenceFirst && tokens[k - 1].text === "قد");
  for (let j = k - 1; j >= Math.max(sentenceFirst, k - GOVERNOR_REACH); j--) if (inIntending(tokens[j]) || (bare && inFearing(tokens[j]))) return true;
  return false;
}

/** A governor within GOVERNOR_REACH words before token `k` (inside the sentence). */
function governedBefore(tokens: readonly Token[], k: number, sentenceFirst: number): boolean {
  for (let j = k - 1; j >= Math.max(sentenceFirst, k - GOVERNOR_REACH); j--) if (inGovernors(tokens[j])) return true;
  return false;
}

/** A verb trigger in the imperfect. (The perfects of leaving begin with ت: "ترك", "تسرّب", "تخلّف"; their imperfects with ي.) */
function isImperfect(t: Token, trigger: Trigger): boolean {
  if (trigger.form !== "verb") return false;
  const reading = stems(t).at(-1) ?? "";
  return reading.startsWith("ي") || (reading.startsWith("ت") && trigger.cls !== "leave");
}

/** A verbal noun, or a perfect that may be read as one after a preposition or "حال" ("في ترك صفوف", "في حال ترك …"). */
function readAsNoun(t: Token, trigger: Trigger): boolean {
  return trigger.form === "masdar" || (trigger.form === "verb" && !isImperfect(t, trigger));
}

/** A perfect verb read as a verb (not as its verbal noun after a preposition): told as done, never a governor's complement. */
export function toldAsDone(tokens: readonly Token[], trigger: Trigger, sentenceFirst: number): boolean {
  return trigger.form === "verb" && !isImperfect(tokens[trigger.first], trigger) && complementStart(tokens, trigger, sentenceFirst) < 0;
}

/** Where the complement of a governor would start: the preposition, the helping noun, or "أن"; -1 when the trigger is none. */
function complementStart(tokens: readonly Token[], trigger: Trigger, sentenceFirst: number): number {
  const first = trigger.first;
  const word = tokens[first].text;
  const prev = first - 1 >= sentenceFirst ? tokens[first - 1] : undefined;
  if (readAsNoun(tokens[first], trigger)) {
    if (PROCLITIC_PREPOSITION.test(word) && stems(tokens[first]).length > 1) return first;
    // ("حذّرت من ترك 40 مقاتلاً صفوف …"; a relative "من انشق", whoever defected, after a governor is no incident either)
    if (inPrepositions(prev)) return first - 1;
    // the verbal noun as the object of a verb of intention: "يعتزم 23 جندياً من قسد ترك صفوفهم" (a perfect such as
    // "انشقوا" is no object; "ترك" is both)
    if ((trigger.form === "masdar" || stems(tokens[first]).includes("ترك")) && intendedBefore(tokens, first, sentenceFirst)) return first;
    // "بتأمين انشقاق", "على تسهيل فرار"
    if (prev && inHelping(prev)) {
      if (PROCLITIC_PREPOSITION.test(prev.text)) return first - 1;
      if (first - 2 >= sentenceFirst && inPrepositions(tokens[first - 2])) return first - 2;
    }
    return -1;
  }
  // an imperfect after "أن" ("أن ينشقوا", "أن ينشق 15 عنصراً")
  if (isImperfect(tokens[first], trigger) && prev && AN.test(prev.text)) return first - 1;
  return -1;
}

/** "كل عنصر يحاول الفرار", "أي مقاتل يفكر في الانشقاق": anyone who would; no one did. */
function anyoneWho(tokens: readonly Token[], trigger: Trigger, sentenceFirst: number): boolean {
  let k = trigger.first - 1;
  if (k >= sentenceFirst && inPrepositions(tokens[k])) k--;
  if (k < sentenceFirst || !inWill(tokens[k])) return false;
  for (let j = k - 1; j >= Math.max(sentenceFirst, k - 3); j--) if (ANYONE.test(tokens[j].text) || tokens[j].text === "من") return true;
  return false;
}

/** Words that open a question: "هل ينشق …؟", "لماذا يفرّ …", "ما أسباب الانشقاق …؟". */
const INTERROGATIVE = new Set(["هل", "وهل", "فهل", "لماذا", "ولماذا", "ماذا", "كيف", "وكيف", "متي"]);
const WHAT_ABOUT = /^(اسباب|سبب|دوافع|حقيقه|مصير|تداعيات)$/;
/** Before an imperfect: "قد ينشق" (may), "لا ينشق" (does not); before a perfect "قد" is the past ("وقد انشق"). */
const MAY_OR_NOT = /^(قد|وقد|لا|ولا)$/;
/** "في حال انشقاق …": in case of. */
const IN_CASE = /^(حال|حاله)$/;

/** A question about it: an interrogative within eight words before the trigger. */
function asked(tokens: readonly Token[], trigger: Trigger, sentenceFirst: number): boolean {
  for (let j = trigger.first - 1; j >= Math.max(sentenceFirst, trigger.first - 8); j--) {
    if (INTERROGATIVE.has(tokens[j].text)) return true;
    if (tokens[j].text === "ما" && WHAT_ABOUT.test(tokens[j + 1]?.text ?? "")) return true;
  }
  return false;
}

/** The trigger tells what is wanted, feared, expected, possible, denied or asked, not what happened. */
export function isModal(tokens: readonly Token[], trigger: Trigger, sentenceFirst: number): boolean {
  if (asked(tokens, trigger, sentenceFirst) || anyoneWho(tokens, trigger, sentenceFirst)) return true;
  const prev = trigger.first - 1 >= sentenceFirst ? tokens[trigger.first - 1] : undefined;
  if (prev && isImperfect(tokens[trigger.first], trigger) && MAY_OR_NOT.test(prev.text)) return true;
  if (prev && readAsNoun(tokens[trigger.first], trigger) && IN_CASE.test(prev.text) && /^و?في$/.test(tokens[trigger.first - 2]?.text ?? "")) return true;
  const start = complementStart(tokens, trigger, sentenceFirst);
  return start >= 0 && governedBefore(tokens, start, sentenceFirst);
}
