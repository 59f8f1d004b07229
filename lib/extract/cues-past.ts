/**
 * Defectors of the past: a participle ("المنشق", "الفارين") naming people who left some time ago, whose news is
 * something else now: settled or pardoned, organising or living somewhere, arrested, killed, interviewed, or one of
 * defectors already told speaking ("وقال أحد المنشقين"). judgeTrigger (cues.ts) rejects such a participle when
 * `pastDefectors` holds. Examples and negatives: PAST_CUE_EXAMPLES (run by rules.test.ts with the others).
 */
import * as $normalize from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import type { Trigger } from "./triggers";
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, inClass, stems, wordClass } = tokenModule;
import * as $lexicon from "./lexicon";
import type { CueVerdict } from "./cues";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { PERSON_TITLES } = $lexicon;

const DEFINITE = /^و?ال/;

/** Examples: a text and the verdict on its (first) trigger. */
export const PAST_CUE_EXAMPLES: Array<[string, CueVerdict]> = [
  ["سوّت الحكومة أوضاع المئات من العسكريين الفارين في درعا", "reject"],
  ["عاد 40 جندياً فارين من الخدمة ممن شملهم مرسوم العفو", "reject"],
  ["وصل 40 جندياً فارين من قوات النظام إلى إدلب", null],
  // defectors of the past doing something else now; anyone at all
  ["نظم 200 منشق عن قوات النظام وقفة احتجاجية في إدلب", "reject"],
  ["أسس 40 ضابطاً منشقاً عن جيش النظام تجمعاً جديداً", "reject"],
  ["عقد الضباط المنشقون، وعددهم 70 ضابطاً، اجتماعاً", "reject"],
  ["أطلقت الهيئة سراح 20 منشقاً كانوا محتجزين لديها", "reject"],
  // … and what befell a defector of the past named by a definite participle; not a place or an outlet named "عين"
  ["اعتقلت دورية أمنية أمس العقيد خالد الحسن المنشق عن قوات النظام في أحد أحياء المدينة", "reject"],
  ["أجرت قناة تلفزيونية مقابلة مع الملازم محمد الصالح الفار من صفوف قسد", "reject"],
  ["وذكرت شبكة عين الفرات أن الجنود الخمسة المنشقين عن قوات النظام وصلوا إلى ريف إدلب", null],
  ["عُيّن العقيد خالد الحسن المنشق عن قوات النظام قائداً لغرفة العمليات", "reject"],
  ["أعلنت الهيئة قبول توبة 30 منشقاً عن صفوفها", "reject"],
  ["وصل 17 جندياً منشقاً إلى الحدود التركية", null],
  // (round 16) «أحد المنشقين»: one of the defectors told already (a partitive of a definite plural), not a man of his own
  ["وقال أحد المنشقين لعنب بلدي إنهم لم يتقاضوا رواتبهم منذ أشهر", "reject"],
  ["وروى أحد الفارين تفاصيل خروجهم من الحاجز", "reject"],
  ["وقال أحد العناصر المنشقين في حديث لتلفزيون سوريا إن الخوف رافقهم", "reject"],
  ["وقالت إحدى المجندات المنشقات إنها خرجت ليلاً", "reject"],
  ["وصل أحد عشر منشقاً إلى إدلب", null],
  ["وصل أحد عشر عنصراً منشقاً عن قوات النظام إلى إدلب", null],
];

/** A participle naming defectors of the past whose news is something else now. */
export function pastDefectors(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): boolean {
  return settledOrPardoned(tokens, trigger, sentenceFirstToken) || doingSomethingElse(tokens, trigger, sentenceFirstToken) || oneOfThem(tokens, trigger, sentenceFirstToken);
}

/** Settling the status of, or pardoning, people: deserters and defectors of the past coming back. */
const SETTLEMENT = foldedWords("اوضاع تسويه بتسويه لتسويه سوت سوي يسوي تسوي");
const C_SETTLEMENT = wordClass(SETTLEMENT);
const AMNESTY = foldedWords("عفو العفو مرسوم المرسوم");
const C_AMNESTY = wordClass(AMNESTY);

/**
 * "سوّت أوضاع المئات من العسكريين الفارين … ممن شملهم مرسوم العفو": a participle names people who left
 * some time ago; their settlement or pardon is an administrative act, not an incident. (Armed men who
 * settle and hand themselves over — a verb — remain a defection.)
 */
function settledOrPardoned(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): boolean {
  for (let k = Math.max(sentenceFirstToken, trigger.first - 6); k < trigger.first; k++) if (inClass(tokens[k], C_SETTLEMENT)) return true;
  for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 10); k++) if (inClass(tokens[k], C_AMNESTY)) return true;
  return false;
}

/** What defectors do once they have left: found, meet, protest, sign, live, get paid (not a defection now). */
const ACTIVITY = foldedWords(`نظم نظموا ينظم ينظمون اسس اسسوا يؤسس يؤسسون شكلوا يشكلون عقد عقدوا يعقد يعقدون شارك شاركوا يشارك
  يشاركون تظاهر تظاهروا يتظاهرون اعتصم اعتصموا اطلق اطلقوا اصدر اصدروا وقع وقعوا ناشد ناشدوا التقي التقوا يلتقي انتخب انتخبوا
  يتقاضي يتقاضون يقيم يقيمون يعيش يعيشون يعاني يعانون شكل
  سراح الافراج افرجت افرج محاكمه حاكمت ترحيل رحلت توبه`);
const C_ACTIVITY = wordClass(ACTIVITY);

/**
 * "نظم 200 منشق عن قوات النظام وقفة احتجاجية", "عقد الضباط المنشقون … اجتماعاً": a participle describing people
 * who left earlier and now do something else: the sentence's verb, up to five words before it, says what.
 */
function doingSomethingElse(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): boolean {
  if (befellThem(tokens, trigger, sentenceFirstToken)) return true;
  for (let k = trigger.first - 1; k >= Math.max(sentenceFirstToken, trigger.first - 5); k--) if (inClass(tokens[k], C_ACTIVITY)) return true;
  return false;
}

/** «أحد»، «إحدى» (one of), folded. */
const ONE_OF = foldedWords("احد احدي");

/**
 * (round 16) "وقال أحد المنشقين لـX: «…»", "أحد العناصر المنشقين": a definite participle after «أحد/إحدى» (a noun of
 * the men between, definite too) picks one of people known already, the men the report told, or defectors of the
 * past; its «one» counts no new man. Not «أحد عشر منشقاً» (eleven) nor «أحد عناصر X» (no participle).
 */
function oneOfThem(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): boolean {
  if (!DEFINITE.test(tokens[trigger.first].text)) return false;
  const prev = trigger.first - 1;
  if (prev >= sentenceFirstToken && anyIn(stems(tokens[prev]), ONE_OF)) return true;
  return prev - 1 >= sentenceFirstToken && DEFINITE.test(tokens[prev].text) && anyIn(stems(tokens[prev - 1]), ONE_OF);
}

/** What befalls a defector of the past in other news: arrested, killed, executed, returned, appointed, interviewed, dead. */
// ("عُيّن", appointed, only before a title: the same letters open "عين الفرات", "عين العرب", "عين عيسى")
const FATE = foldedWords(`اعتقل اعتقلت اعتقلوا اعتقال اعتقاله قتل مقتل اغتيل اغتيال اغتالت اعدم اعدمت اعدام عينت تعيين عاد عوده
  مقابله لقاء حوار استضاف استضافت توفي وفاه تشييع`);

/**
 * "اعتقلت دورية أمس العقيد خالد الحسن المنشق عن قوات النظام": a definite participle describes the man the
 * sentence's verb, up to ten words before it, is about; what befell him is the news, not a defection now.
 */
function befellThem(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): boolean {
  if (!DEFINITE.test(tokens[trigger.first].text)) return false;
  for (let k = trigger.first - 1; k >= Math.max(sentenceFirstToken, trigger.first - 10); k--) {
    if (anyIn(stems(tokens[k]), FATE)) return true;
    if (stems(tokens[k]).at(-1) === "عين" && PERSON_TITLES.has(tokens[k + 1].text)) return true;
  }
  return false;
}
