/**
 * Non-event cues: words around a trigger that say no one actually left a group here — judgeTrigger, the verdict, and
 * the cues that govern the trigger (an intention, a call, a fear, a charge, a negation, an inability, a denial, news
 * called untrue). Each rule has its own examples (a text whose trigger is rejected or weakened); the cues of one job
 * each sit in their own module with theirs: cues-flight.ts (fled something other than a group), cues-past.ts
 * (defectors of the past), cues-trend.ts (a phenomenon, a reference).
 *
 * - `reject`: the trigger is not an incident (an intention, a call, an inability, a pursuit, civilians
 *   fleeing conscription, prisoners escaping, a hypothetical).
 * - `trend`: the trigger names a phenomenon ("حالات الانشقاق", "تزايد الانشقاقات") — an event only
 *   with a figure and a short, specific date (see index.ts).
 * - `reference`: the trigger sits in a relative clause about people already named ("العناصر الذين
 *   فروا") — it adds detail but does not open an incident without its own count.
 */
import * as $normalize from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, classesOf, inClass, stems, wordClass, wordMemo } = tokenModule;
import type { Trigger } from "./triggers";
import * as $modality from "./refiners/modality";
import * as $war_total from "./refiners/war-total";
import * as $battle from "./refiners/battle";
import * as $flight from "./cues-flight";
import * as $past from "./cues-past";
import * as $trend from "./cues-trend";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { isModal, toldAsDone } = $modality;
const { isWholeWarTotal } = $war_total;
const { isRoutInFight } = $battle;
const { FLIGHT_CUE_EXAMPLES, notLeavingAGroup } = $flight;
const { PAST_CUE_EXAMPLES, pastDefectors } = $past;
const { isDeclared, isHabit, TREND_CUE_EXAMPLES, trendOrReference } = $trend;
// (isDeclared is asked by candidates.ts through this module)
export { isDeclared };

export type CueVerdict = "reject" | "trend" | "reference" | null;

/** Words in the four before the trigger that make it an intention, a call, a failure or a pursuit. */
const NEGATORS = foldedWords("لم لن عدم لو اذا ربما اي كل");
const NOT_AN_INCIDENT_BEFORE = foldedWords(`عجز عجزوا يعجز منع لمنع يمنع منعا نيه بنيه ينوون يعتزم يعتزمون
  ملاحقه لملاحقه بملاحقه بحثا تعقب ترويج الترويج للترويج تشجيع يشجع
  يفكر يفكرون التفكير تفكير ينوي تنوي عازم عازمون محاسبه بمحاسبه معاقبه بمعاقبه احباط لاحباط لدفعهم لدفع يدفعهم لدفعه قرر قرروا يقرر تقرر قررت تهديد تهدد يهدد هدد هددوا هددت هددا شائعات اشاعات اذا لو ربما محتمل احتمال تسهيل يرفض رفض
  راغب راغبين الراغبين راغبون الراغبون رغبه يرغب يرغبون
  عفو عفوا العفو بالعفو مرسوم مهله بمهله`);
/**
 * Calls, demands and fears govern a verbal noun or an imperfect a few words on ("تخشى قيادة الميليشيا من فرار…"), never
 * a perfect: "طالبت عائلات 12 عنصراً انشقوا أمس بضمان سلامتهم", "استجاب 30 عنصراً لدعوات الانشقاق وانشقوا" tell an incident.
 */
const CALL_OR_FEAR = foldedWords("خشيه تخوف خوفا يخشي تخشي دعا دعت دعوه يدعو تدعو دعوات حث حض طالب طالبت يطالب تطالب مطالبه");
/** A charge ("بتهمة الانشقاق"): no incident, unless the charge is the attempt itself ("بتهمة محاولة الفرار": caught trying). */
const CHARGE = foldedWords("بتهمه تهمه اتهام باتهام");
/** CALL_OR_FEAR and CHARGE, asked of the six words before every trigger: looked up once per distinct word (a memo). */
const W_CALL_OR_FEAR = 1;
const W_CHARGE = 2;
const windowWordsOf = wordMemo((w) => (anyIn(w.stems, CALL_OR_FEAR) ? W_CALL_OR_FEAR : 0) | (anyIn(w.stems, CHARGE) ? W_CHARGE : 0));
const ATTEMPT_NOUN = foldedWords("محاوله محاولتهم محاولته محاولتها محاولتهما");
/**
 * Foiling as what happened ("أفادت مصادر بإحباط محاولة انشقاق 7 عناصر"): the verbal noun over one attempt right
 * before the trigger tells a caught attempt, as the verb "أحبطت … محاولة انشقاق" does. Foiling as a purpose
 * ("لإحباط محاولة انشقاق") or over attempts at large ("إحباط محاولات الانشقاق") stays no incident.
 */
const FOILING = foldedWords("احباط باحباط واحباط");
/** Denials and claims called false govern their whole complement, however long the subject before it ("نفت مصادر في الفرقة صحة الأنباء عن فرار…"). */
// (with the verbs of claiming by which news disowns what it reports: "زعمت صفحات موالية انشقاق …")
const DENIAL = foldedWords("نفي نفيه نفيها نفت ينفي تنفي نافيا نافيه كذبت كذب تكذيب يكذب تكذب فندت دحضت مزاعم بمزاعم ادعاءات ادعاء مفبركه فبركه زعم زعمت زعموا يزعم تزعم");
/** … unless the sentence goes on to confirm something ("نفت الاتهامات وأكدت انشقاق…"). */
const CONFIRM = foldedWords("اكد اكدت اكدوا مؤكدا مؤكده وثق وثقت ثبت اعلن اعلنت");
/** After the trigger in its sentence: the report says the news is untrue ("وتبيّن أنه غير صحيح"). */
const UNTRUE = [/^غير$/, /^(صحيح|صحيحه|دقيق|دقيقه)$/] as const;
const UNTRUE_WORDS = foldedWords("عار عاريه كاذب كاذبه مفبرك مفبركه ملفق ملفقه شائعه اشاعه");
/** What a word is to saidUntrueAfter, once per word: UNTRUE_WORD (a reading in UNTRUE_WORDS), NOT ("غير"), TRUE (its second word); 0 for most. */
const UNTRUE_WORD = 1;
const NOT = 2;
const TRUE = 4;
const untrueOf = wordMemo((w) => (anyIn(w.stems, UNTRUE_WORDS) ? UNTRUE_WORD : 0) | (UNTRUE[0].test(w.text) ? NOT : 0) | (UNTRUE[1].test(w.text) ? TRUE : 0));

/** The lists above as word classes (tokens.ts): one look-up per word for all of them. */
const C_NOT_AN_INCIDENT_BEFORE = wordClass(NOT_AN_INCIDENT_BEFORE);
const C_DENIAL = wordClass(DENIAL);
const C_CONFIRM = wordClass(CONFIRM);

/** Examples: a text and the verdict on its (first) trigger; the other cue modules' examples follow. */
const GOVERNED_CUE_EXAMPLES: Array<[string, CueVerdict]> = [
  ["ولجأ بعض العناصر الذين عجزوا عن الفرار", "reject"],
  ["بعد انباء عن نية عناصر آخرين الفرار نحو مناطق قسد", "reject"],
  ["وتخوف قوات النظام من هروب عناصر آخرين", "reject"],
  ["الذي دعا عناصر التنظيم إلى الانشقاق", "reject"],
  // a perfect is no complement of a call, a demand or a fear
  ["طالبت عائلات 12 عنصراً انشقوا عن قسد أمس بضمان سلامتهم", null],
  ["خوفاً من العقاب فرّ 20 عنصراً من صفوف الفرقة الرابعة أمس", null],
  ["بدء ملاحقة جميع العناصر الذين فروا من المعارك", "reject"],
  ["اتهامهم بالترويج لعملية الانشقاق", "reject"],
  // a charge rejects, unless it is the attempt itself (then the candidate is an attempt)
  ["اعتقلت الفرقة عشرة عناصر بتهمة الانشقاق", "reject"],
  ["أعدم التنظيم خمسة من عناصره بتهمة محاولة الفرار من صفوفه", null],
  ["أفادت مصادر بإحباط محاولة انشقاق 7 عناصر من قوات النظام", null],
  ["تحدثت مصادر عن إحباط محاولة فرار عنصرين من قسد", null],
  ["شكّلت الفرقة لجنة لإحباط محاولة انشقاق عناصرها", "reject"],
  ["تعمل الأجهزة الأمنية على إحباط محاولات الانشقاق", "reject"],
  // (round 14) a negated verb of ability governs the verbal noun after it; not negated, the men left
  ["وأفادت مصادر محلية بأن 25 عنصراً من تنظيم داعش الإرهابي لم يتمكنوا من الفرار", "reject"],
  ["قال مصدر إن ثمانية ضباط من جيش الأسد لن يستطيعوا الانشقاق", "reject"],
  ["وأفاد مصدر بأن 12 عنصراً من قسد تمكنوا من الفرار أمس", null],
  ["لم يتمكن الحاجز من منع 12 عنصراً من قسد من الفرار أمس", "reject"],
  ["لم يسجل أي انشقاق في صفوف الفصيل", "reject"],
  ["هددت القيادة بمحاسبة كل عنصر يفكر في الانشقاق", "reject"],
  ["إذ إن كل انشقاق جديد يفتح الباب أمام غيره", "reject"],
  ["نفى الفيلق الأنباء عن انشقاق 50 عنصراً من صفوفه", "reject"],
  ["وكان الجيش التركي عوناً للراغبين في الانشقاق", "reject"],
  ["فتحت الفصائل الباب أمام من يرغب بالانشقاق", "reject"],
  ["أصدرت قسد عفواً عن 200 عنصر فروا من صفوفها", "reject"],
  ["يشمل مرسوم العفو العسكريين الفارين من الخدمة", "reject"],
  ["ويمنحهم مهلة 3 أشهر لتسليم أنفسهم", "reject"],
  ["هدد 300 عنصر بالانشقاق إذا لم تصرف رواتبهم", "reject"],
  ["أعلنت الهيئة أنها ستقبل انشقاق أي عنصر من قوات النظام", "reject"],
  // a denial governs its whole complement; a confirmation after it does not
  ["نفت مصادر في الفرقة الرابعة صحة الأنباء التي تحدثت عن فرار 12 عنصراً من مواقعها", "reject"],
  ["كذّبت قيادة الفيلق الخامس ما تداولته صفحات عن انشقاق 40 من عناصرها", "reject"],
  ["نفت الفصائل مزاعم النظام وأكدت انشقاق 40 عنصراً من قواته", null],
  ["تداولت صفحات مزاعم عن انشقاق 40 عنصراً", "reject"],
  ["زعمت صفحات موالية أمس انشقاق 15 عنصراً عن قوات النظام", "reject"],
  // (round 14) a perfect under «أن يكون … قد» is the complement of what governs «أن», however long its subject
  ["ونفى مصدر عسكري أن يكون أكثر من 5 آلاف عنصر من قسد وأجهزتها الأمنية المنتشرة في ريف الحسكة الشمالي منذ مطلع العام الجاري قد انشقوا", "reject"],
  ["ونفى مصدر عسكري أن يكون الاجتماع قد عُقد في المدينة، وأكد أن 12 عنصراً من قسد انشقوا أمس", null],
  ["رجّحت مصادر أن يكون 15 عنصراً من قسد قد انشقوا أمس", null],
];
export const CUE_EXAMPLES: Array<[string, CueVerdict]> = [...GOVERNED_CUE_EXAMPLES, ...FLIGHT_CUE_EXAMPLES, ...TREND_CUE_EXAMPLES, ...PAST_CUE_EXAMPLES];

/** A denial earlier in the sentence, within twenty words, with no confirmation between it and the trigger. */
function deniedBefore(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): boolean {
  // (round 14) under «أن يكون … قد» the perfect is the complement of what governs «أن», however long its subject
  // ("نفى مصدر أن يكون أكثر من 5 آلاف عنصر من قسد وأجهزتها الأمنية منذ … قد انشقوا"): the governor is sought before «أن»
  const from = beenClauseAt(tokens, trigger, sentenceFirstToken) ?? trigger.first;
  for (let k = from - 1; k >= Math.max(sentenceFirstToken, from - 20); k--) {
    const cls = classesOf(tokens[k]);
    if (cls & C_CONFIRM) return false;
    if (cls & C_DENIAL) return true;
  }
  return false;
}

/** «يكون/تكون/يكونوا» after «أن»: the subjunctive of كان, whose «قد» + perfect is a supposed, denied or possible past. */
const BEEN = /^(يكون|تكون|يكونوا|تكونا|يكونا)$/;
const THAT_AN = /^(ان|بان|وان)$/;
/** How far back from the trigger «أن يكون» may stand (its subject between: a figure, a group, its affiliation, a place, a time). */
const BEEN_REACH = 40;

/** "… أن يكون N … قد انشقوا": the index of «أن» when the trigger is the perfect after «قد» of such a clause. */
function beenClauseAt(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): number | null {
  if (trigger.form !== "verb" || trigger.first - 1 < sentenceFirstToken || tokens[trigger.first - 1].text !== "قد") return null;
  for (let k = trigger.first - 2; k > Math.max(sentenceFirstToken, trigger.first - BEEN_REACH); k--) {
    if (BEEN.test(tokens[k].text) && THAT_AN.test(tokens[k - 1].text)) return k - 1;
  }
  return null;
}

/** (round 14) «لم/لن» and a verb of ability in the jussive or subjunctive: "لم يتمكنوا من الفرار", "لن يستطيعوا الانشقاق". */
const NOT_ABLE = foldedWords("لم لن ولم ولن");
const ABLE = foldedWords("يتمكن يتمكنوا يتمكنا تتمكن يستطع يستطيعوا يستطيعا تستطع ينجح ينجحوا ينجحا تنجح");
/** The preposition a verb of ability takes before the verbal noun (or none: "لم يستطيعوا الفرار"). */
const ABLE_PREPOSITION = /^(من|في)$/;

/**
 * "أن 25 عنصراً من تنظيم داعش لم يتمكنوا من الفرار": a negated verb of ability governs the verbal noun right after it
 * (its preposition between), however far the figure stands: no one left. «تمكنوا من الفرار» (not negated) is an incident.
 */
function unableBefore(tokens: readonly Token[], k: number, trigger: Trigger): boolean {
  if (!NOT_ABLE.has(tokens[k].text) || k + 1 >= trigger.first || !ABLE.has(tokens[k + 1].text)) return false;
  return k + 2 === trigger.first || (k + 3 === trigger.first && ABLE_PREPOSITION.test(tokens[k + 2].text));
}

/** "تداولت صفحات خبراً عن انشقاق 30 عنصراً، وتبيّن أنه غير صحيح": the rest of the clause calls the news untrue. */
function saidUntrueAfter(tokens: readonly Token[], trigger: Trigger, sentenceLastToken: number): boolean {
  // (within twenty-five words: a bound on the work in a sentence with no end)
  for (let k = trigger.last + 1; k <= Math.min(sentenceLastToken, trigger.last + 25); k++) {
    const u = untrueOf(tokens[k]);
    if (u === 0) continue;
    if (u & UNTRUE_WORD) return true;
    if (u & NOT && k + 1 <= sentenceLastToken && untrueOf(tokens[k + 1]) & TRUE) return true;
  }
  return false;
}

/** The verdict of the context on one trigger. */
export function judgeTrigger(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number, sentenceLastToken?: number): CueVerdict {
  // Intentions, fears, calls and pursuits govern a trigger a few words on ("تخشى قيادة الميليشيا من فرار…");
  // a bare negation only right before it ("لم ينشق").
  const from = Math.max(sentenceFirstToken, trigger.first - 6);
  const done = toldAsDone(tokens, trigger, sentenceFirstToken);
  for (let k = from; k < trigger.first; k++) {
    if (inClass(tokens[k], C_NOT_AN_INCIDENT_BEFORE) && !foiledAttempt(tokens, k, trigger)) return "reject";
    const bits = windowWordsOf(tokens[k]);
    if (!done && bits & W_CALL_OR_FEAR) return "reject";
    if (bits & W_CHARGE && !anyIn(stems(tokens[trigger.first - 1]), ATTEMPT_NOUN)) return "reject";
    if (k >= trigger.first - 2 && NEGATORS.has(tokens[k].text)) return "reject";
    if (k >= trigger.first - 4 && unableBefore(tokens, k, trigger)) return "reject";
  }
  if (deniedBefore(tokens, trigger, sentenceFirstToken)) return "reject";
  if (isModal(tokens, trigger, sentenceFirstToken)) return "reject";
  if (sentenceLastToken !== undefined && isWholeWarTotal(tokens, trigger, sentenceFirstToken, sentenceLastToken)) return "reject";
  if (sentenceLastToken !== undefined && isRoutInFight(tokens, trigger, sentenceFirstToken, sentenceLastToken)) return "reject";
  if (notLeavingAGroup(tokens, trigger, sentenceFirstToken, sentenceLastToken)) return "reject";
  if (sentenceLastToken !== undefined && saidUntrueAfter(tokens, trigger, sentenceLastToken)) return "reject";
  if (isHabit(tokens, trigger)) return "trend";
  if (trigger.form === "participle" && pastDefectors(tokens, trigger, sentenceFirstToken)) return "reject";
  // "انشقاق أي عنصر", "فرار أي مجند": anyone at all, no incident.
  if (tokens[trigger.last + 1]?.text === "اي") return "reject";
  return trendOrReference(tokens, trigger, sentenceFirstToken);
}

/** "إحباط محاولة" + the trigger (FOILING): the word at `k` foils the one attempt the trigger tells. */
function foiledAttempt(tokens: readonly Token[], k: number, trigger: Trigger): boolean {
  return k + 2 === trigger.first && FOILING.has(tokens[k].text) && tokens[k + 1].text === "محاوله";
}
