/**
 * The trigger lexicon: words that say members left an armed group. Each entry is a word form
 * in natural Arabic (folded at load) with its class and grammatical form; proclitics (و ف ب ل)
 * and the article are stripped before lookup, so "وانشقوا", "بالانشقاق", "للفرار" are found.
 *
 * - `verb`: a finite verb, the strongest evidence of an incident ("انشق 5 عناصر").
 * - `masdar`: a verbal noun ("انشقاق 5 عناصر", "فرار مجموعة").
 * - `plural`: the plural noun "انشقاقات" — often a trend ("تزايد الانشقاقات"), so it needs more
 *   support before it becomes an event (see cues.ts).
 * - `participle`: "منشق", "الفارين" — usually refers to people already mentioned; an event only
 *   right after a count ("17 جندياً منشقاً").
 * Multi-word triggers ("سلموا أنفسهم", "تركوا مواقعهم", "أنهى اندماجه") need their second word.
 */
import * as $normalize from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import * as $lexicon from "./lexicon";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters } = $normalize;
const { MILITARY_DUALS, OWN_POSTS, possessed } = $lexicon;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, stems, wordMemo } = tokenModule;

export type TriggerClass = "defect" | "flee" | "leave" | "surrender" | "split";
export type TriggerForm = "verb" | "masdar" | "plural" | "participle";

export interface Trigger {
  first: number;
  last: number;
  /** Normalised offsets of the trigger words. */
  start: number;
  end: number;
  cls: TriggerClass;
  form: TriggerForm;
  /** A verb of joining ("انضم", "التحق"): an incident only with the group the people came from (candidates.ts). */
  join?: true;
}

interface Entry {
  cls: TriggerClass;
  form: TriggerForm;
  /** The next word must be one of these (folded), for two-word triggers. */
  next?: Set<string>;
  /** A trigger only when its context says so ("تسرّب" with soldiers after it); checked at token `i`. */
  when?: (tokens: readonly Token[], i: number) => boolean;
  /** The trigger takes in the word before it ("لم يعودوا"). */
  withPrevious?: true;
  /** A word of joining (Trigger.join). */
  join?: true;
}

const LEXICON = new Map<string, Entry[]>();
/** Kept by `add` with the lexicon: every proper prefix of its words (the first half of a split word). */
const FIRST_HALVES = new Set<string>();

/** Words that are triggers only when `when` holds at them (`join`: a verb of joining, see Trigger.join). */
function addWhen(words: string, cls: TriggerClass, form: TriggerForm, when: (tokens: readonly Token[], i: number) => boolean, withPrevious = false, join = false): void {
  for (const w of words.split(/\s+/)) {
    const key = foldLetters(w);
    const list = LEXICON.get(key) ?? [];
    list.push({ cls, form, when, ...(withPrevious ? { withPrevious: true as const } : {}), ...(join ? { join: true as const } : {}) });
    LEXICON.set(key, list);
  }
}

function add(words: string, cls: TriggerClass, form: TriggerForm, next?: string): void {
  const nextSet = next ? new Set(next.split(/\s+/).map((w) => foldLetters(w))) : undefined;
  for (const w of words.split(/\s+/)) {
    const key = foldLetters(w);
    for (let k = 1; k < key.length; k++) FIRST_HALVES.add(key.slice(0, k));
    const list = LEXICON.get(key) ?? [];
    list.push({ cls, form, next: nextSet });
    LEXICON.set(key, list);
  }
}

// انشق: verbs in the persons a report uses, the verbal noun with possessives, the plural, participles.
add("انشق انشقوا انشقت انشقا انشقتا ينشق ينشقون ينشقوا تنشق انشققت انشققنا ينشقان تنشقان انشققن ينشققن", "defect", "verb");
add("انشقاق الانشقاق إنشقاق الإنشقاق انشقاقه انشقاقها انشقاقهم انشقاقهما انشقاقهن انشقاقا", "defect", "masdar");
add("انشقاقات الانشقاقات إنشقاقات الإنشقاقات", "defect", "plural");
add("منشق منشقا منشقون منشقين المنشق المنشقون المنشقين منشقة المنشقة منشقان منشقين المنشقان منشقات المنشقات", "defect", "participle");
// فر / هرب: flight from the unit or the front.
add("فر فروا فرت فرا فرتا يفر يفرون يفروا تفر يفران تفران", "flee", "verb");
// (the accusative "فراراً", "هروباً", "انشقاقاً" is the object of a verb: "شهدت الفرقة هروباً جماعياً لعشرين عنصراً")
add("فرار الفرار فرارهم فراره فرارها فرارهما فرارا", "flee", "masdar");
// (not "هربا": mostly the adverb "هرباً من …", fleeing something, not the dual verb)
add("هرب هربوا هربت هربتا يهرب يهربون يهربوا يهربان", "flee", "verb");
add("هروب الهروب هروبهم هروبه هروبها هروبهما الهرب هروبا", "flee", "masdar");
// Participles in every number and case ("عنصران فارّان", "جنود هاربون"); still an incident only beside a figure (candidates.ts).
add("الفارين الفارون فارين فارون الفار فاران الفاران الهاربين الهاربون هاربين هاربون هاربان الهاربان", "flee", "participle");
// تسرّب: slipping away from service, one by one ("تسرّب 15 عنصراً من الفرقة"). The same verb says water, news or
// pupils leak ("تسرّبت معلومات", "تسرّب الطلاب"), so it is a trigger only with soldiers right after it (peopleRightAfter).
addWhen("تسرب تسربوا تسربت تسربا يتسرب يتسربون يتسربوا تتسرب", "leave", "verb", peopleRightAfter);
// لجأ: taking refuge abroad or with the other side — soldiers only ("لجأ 5 جنود إلى الأردن"); refugees take refuge too.
addWhen("لجأ لجأوا لجؤوا لجئوا يلجأ يلجؤون", "flee", "verb", soldiersAsSubject);
addWhen("لجوء لجوئهم", "flee", "masdar", soldiersAsSubject);
// Going over: "انضم 20 عنصراً من قسد إلى الجيش الوطني" is a defection when the people come "من/عن" a
// group of their own (candidates.ts drops a join with none: "انضم 200 شاب إلى الميليشيا" is recruitment).
add("انضم انضموا انضمت انضما التحق التحقوا التحقت التحقا انتقل انتقلوا انتقلت", "defect", "verb", "__join__");
// … and their verbal nouns, as the side that received them tells it ("أعلن X انضمام 12 عنصراً من Y إلى صفوفه",
// "أفادت مصادر بالتحاق 12 من عناصر Y بصفوف X"): the same conditions (candidates.ts). Not with the article: "الالتحاق"
// and "الانضمام" are most often one's own service or a call to join ("تخلّف عن الالتحاق بقطعهم", "دعا إلى الانضمام").
// ("بعد عامين من انضمامهم لداعش" tells no one leaving: a verbal noun is a trigger only with its people and the group
// they came from after it, cameFromAfter.)
// (So not with a possessive either, "انضمامهم": its people are the pronoun, told before.)
addWhen("انضمام التحاق", "defect", "masdar", cameFromAfter, false, true);
// Crossing the border: "عبروا الحدود"; the singular "عبر" is mostly the preposition "via" ("فرّوا عبر
// البادية"), so it is a verb only with a counted subject before its object ("عبر نحو 300 جندي الحدود").
add("عبروا يعبرون يعبروا", "flee", "verb", "الحدود");
add("عبر", "flee", "verb", "__never__");
// Leaving posts or the group: the object says what was left.
const POSTS = `${[...OWN_POSTS].join(" ")} صفوف صفوفه صفوفها صفوفهم الحركه الفصيل التنظيم الجبهه الفيلق اللواء الجيش الخدمه الميليشيا المليشيا`;
add("غادروا غادر غادرت غادرا", "leave", "verb", POSTS);
add("تركوا ترك تركت تركا", "leave", "verb", POSTS);
add("تركها تركهم تركه تركهما", "leave", "masdar", POSTS);
add("مغادره", "leave", "masdar", "مواقعهم نقاطهم صفوف");
add("تخلفوا تخلف تخلفا", "leave", "verb", "عن");
// تخلّى عن: abandoning one's posts or weapons ("تخلّى 14 عنصراً من قسد عن مواقعهم"), not a cause or an ally.
addWhen("تخلي تخلوا تخلت تخليا يتخلي يتخلون", "leave", "verb", (tokens, i) => abandonedPostsAfter(tokens, i));
// انسحب: withdrawing from the ranks of a group ("انسحب 20 عنصراً من صفوف X"); a withdrawal from positions or a
// region is a unit moving on orders, no one leaving it ("انسحب المقاتلون من مواقعهم").
addWhen("انسحب انسحبوا انسحبت ينسحب ينسحبون", "leave", "verb", (tokens, i) => fromTheRanksAfter(tokens, i));
addWhen("انسحاب انسحابهم انسحابه", "leave", "masdar", (tokens, i) => fromTheRanksAfter(tokens, i));
// "لم يعودوا إلى قطعهم", "لم يلتحقوا بوحداتهم بعد انتهاء إجازاتهم": soldiers who never came back (the trigger
// takes in its "لم"). Not "لم يلتحقوا بالخدمة" (young men who never joined: draft evasion), not any "لم يعد".
addWhen("يعد يعودوا يعود يعودا يلتحق يلتحقوا يلتحقا", "leave", "verb", notBackToTheirUnit, true);
// تغيّب عن: staying away, a desertion only from service or a unit ("تغيّب 15 عنصراً عن قطعهم"), not from school or a meeting.
addWhen("تغيب تغيبوا تغيبا يتغيب يتغيبون", "leave", "verb", (tokens, i) => returnsAfter(tokens, i + 1, i + 13));
/** What one fails to return to ("تخلّف عشرة عناصر من الفوج عن الالتحاق بقطعهم"): the "عن" may follow the subject. */
const RETURN_TO_SERVICE = new Set("الالتحاق الالتحاق العوده الرجوع الدوام الخدمه قطعهم قطعاتهم".split(" ").map((w) => foldLetters(w)));
add("خرج خرجوا خرجت", "leave", "verb", "من عن");
// Handing oneself over to the other side.
add("سلموا سلم سلمت سلمه سلموه سلمها سلموها يسلمون يسلم تسلم سلما سلمتا يسلمان", "surrender", "verb", "انفسهم نفسه نفسها انفسهما نفسيهما");
add("تسليم", "surrender", "masdar", "انفسهم نفسه نفسيهما");
// "عادوا إلى حضن الوطن": the regime's idiom for armed men going over to it (the subject may come between).
addWhen("عاد عادوا عادت عادا يعود يعودون", "surrender", "verb", toTheHomeland);
// رفض العودة: refusing to come back to one's service or unit ("رفض 30 عنصراً العودة إلى الخدمة بعد انتهاء إجازاتهم");
// not refusing orders while staying ("رفض تنفيذ الأوامر"), nor residents refusing to go home ("العودة إلى منازلهم").
addWhen("رفض رفضوا رفضا رفضت يرفض يرفضون", "leave", "verb", refusesToReturn);
// توارى عن الأنظار: soldiers gone into hiding ("توارى 7 عناصر من الفرقة عن الأنظار"), not any wanted man or attacker.
addWhen("توارى تواري تواروا توارت تواريا يتوارى يتواري يتوارون", "leave", "verb", (tokens, i) => peopleRightAfter(tokens, i) && outOfSightAfter(tokens, i));
// خلع البزة العسكرية: taking off the uniform, the idiom for leaving the army (not "خلع الرئيس", a deposition).
add("خلع خلعوا خلعت خلعا يخلع يخلعون", "leave", "verb", possessed("بزت بزات زي", "ه هم هما").join(" ") + " البزه الزي");
// ألقى سلاحه … وعاد إلى بيته: laying down arms to go home; laying them down to an enemy ("ألقوا سلاحهم واستسلموا") is a capture.
addWhen("القي القى القوا القيا يلقي يلقون", "leave", "verb", laidDownArmsAndWentHome);
// The participle of تسرّب: "عاد 7 عناصر متسربون من الفرقة إلى قراهم" (an incident only beside a figure, as every participle).
add("متسرب متسربا متسربون متسربين المتسرب المتسربون المتسربين متسربان المتسربان", "leave", "participle");
// "هربا" is mostly the adverb "هرباً من …"; after a dual subject, not before "من", it is the dual verb ("عنصرين من الفرقة هربا أمس").
addWhen("هربا", "flee", "verb", dualSubjectBefore);
// A unit splitting from its formation; people splitting off ("انفصل 60 مقاتلاً عن الهيئة وشكلوا فصيلاً"), the subject between.
add("انفصل انفصلت انفصلوا ينفصل", "split", "verb", "عن");
add("انفصال انفصاله انفصالها انفصالهم", "split", "masdar", "عن");
add("انهاء انهي انهت فك", "split", "masdar", "اندماجه اندماجها اندماجهم ارتباطه ارتباطها ارتباطهم الاندماج الارتباط");

/** Examples: each text and the trigger classes found in it (test corpus). */
export const TRIGGER_EXAMPLES: Array<[string, Array<`${TriggerClass}:${TriggerForm}`>]> = [
  ["انشق 21 عنصراً", ["defect:verb"]],
  ["وانشقوا عن النظام", ["defect:verb"]],
  ["أعلن انشقاقه عن الجبهة", ["defect:masdar"]],
  ["تأمين انشقاق مئة عسكري", ["defect:masdar"]],
  ["بالإنشقاق", ["defect:masdar"]],
  ["تزايد الانشقاقات", ["defect:plural"]],
  ["17 جندياً منشقاً", ["defect:participle"]],
  ["فرّ 4 عناصر", ["flee:verb"]],
  // the plural without its silent alif, as web text writes it (tokens.ts reads "انشقو" also as "انشقوا")
  ["5 عناصر انشقو أمس", ["defect:verb"]],
  ["فرو 5 عناصر ووصلو إلى إدلب", ["flee:verb"]],
  ["وفروا باتجاه", ["flee:verb"]],
  ["هـروب عدة عناصر", ["flee:masdar"]],
  ["للفرار من المدينة", ["flee:masdar"]],
  ["غادروا مواقعهم", ["leave:verb"]],
  ["تركوا نقاطهم", ["leave:verb"]],
  ["تركت الحركة", ["leave:verb"]],
  ["خرج من صفوف الجبهة", ["leave:verb"]],
  ["سلّموا أنفسهم للجيش", ["surrender:verb"]],
  ["سلّم 60 عنصراً من التنظيم أنفسهم", ["surrender:verb"]],
  ["ترك آلاف الجنود ثكناتهم", ["leave:verb"]],
  // the subject, with its figure and group, between the verb and its object
  ["ترك قرابة ثلاثين مقاتلاً من لواء الفتح التابع للجبهة مواقعهم", ["leave:verb"]],
  ["غادر 12 جندياً من الفوج 46 في ريف حلب نقاطهم", ["leave:verb"]],
  ["تركت العنصرة صفوفها", ["leave:verb"]],
  ["تخلّف خمسة عشر مجنداً من أبناء البلدة في الفرقة عن الالتحاق بوحداتهم", ["leave:verb"]],
  ["تخلفوا عن العودة إلى قطعهم", ["leave:verb"]],
  ["سلّم خمسة مسلحين من كتيبة الفاروق التابعة لحركة أحرار الشام في ريف حمص أنفسهم", ["surrender:verb"]],
  ["سلّما نفسيهما للجيش", ["surrender:verb"]],
  ["أنهى اندماجه", ["split:masdar"]],
  ["إنهاء اندماجه مع الفيلق", ["split:masdar"]],
  ["انفصل عن الفيلق", ["split:verb"]],
  ["أعلن اللواء انفصاله عن الجيش الوطني", ["split:masdar"]],
  // the verbal nouns of joining, as the side that received them tells it; not with the article (one's own service)
  // nor with a possessive ("بعد عامين من انضمامهم لداعش")
  ["أعلن الجيش الوطني انضمام 12 عنصراً من قسد إلى صفوفه", ["defect:masdar"]],
  ["أفادت مصادر بالتحاق سبعة من عناصر قسد بصفوف الجيش الحر", ["defect:masdar"]],
  ["دعت الجهات الشبان إلى الالتحاق بالخدمة الإلزامية", []],
  ["دعا القيادي إلى الانضمام إلى صفوف الفصيل", []],
  ["استسلموا بعد عامين من انضمامهم لداعش. قياديان من الوعر", []],
  // not triggers: other words with similar letters, and leaving without an object that names a post
  ["تهريب النفط", []],
  ["ترك أثراً", []],
  ["غادر المدينة", []],
  ["الهرم", []],
  ["فرّوا عبر البادية باتجاه الحدود", ["flee:verb"]],
  ["انشـ ـق 7 عناصر", ["defect:verb"]],
  ["وفـ ـروا باتجاه الشمال", ["flee:verb"]],
  ["أن شقّ الطريق", []],
  ["عبر الحدود إلى تركيا", []],
  ["وعبروا الحدود إلى الأردن", ["flee:verb"]],
  ["عبر نحو 300 جندي من جيش النظام الحدود اللبنانية", ["flee:verb"]],
  ["ترك الطيران أثراً واضحاً على مواقعهم", []],
  ["ترك النظام خلفه في الريف الشرقي مواقعهم", []],
  ["ترك 30 عنصراً صفوف الفصيل", ["leave:verb"]],
  ["انسحب 20 عنصراً من صفوف الدفاع الوطني", ["leave:verb"]],
  ["تخلّى 14 عنصراً من قسد عن مواقعهم", ["leave:verb"]],
  ["تخلت الدول عن دعم المعارضة", []],
  ["أعلن انسحابه من صفوف الحركة", ["leave:masdar"]],
  ["انسحب المقاتلون من مواقعهم في الريف", []],
  ["انسحاب القوات من المدينة", []],
  ["تخلّف الطالب عن الامتحان", []],
  ["تخلف المشروع عن موعده بسبب غياب التمويل عن الالتحاق", []],
  // the persons and numbers of the verbs, the duals of the participles
  ["ينشقّان عن الفرقة", ["defect:verb"]],
  ["يفرّان من الفرقة", ["flee:verb"]],
  ["أعلنتا انشقاقهن", ["defect:masdar"]],
  ["عنصران فارّان", ["flee:participle"]],
  ["جنود هاربون", ["flee:participle"]],
  ["نزح المدنيون هرباً من القصف", []],
  ["الضابطان المنشقّان", ["defect:participle"]],
  // تسرّب: soldiers slipping away, not water, news or pupils leaking
  ["تسرّب 15 عنصراً من الفرقة الرابعة", ["leave:verb"]],
  ["تسرّب العشرات من عناصر الفيلق", ["leave:verb"]],
  ["يتسرّب عناصر الفرقة من مواقعهم", ["leave:verb"]],
  ["وتسرّبوا من قطعهم العسكرية", ["leave:verb"]],
  ["تسرّب نحو ثلاثين مجنداً من الخدمة", ["leave:verb"]],
  ["تسرّبت معلومات عن 40 عنصراً من الفرقة", []],
  ["تسرّب المياه إلى مواقع الفرقة", []],
  ["نسبة تسرّب الطلاب من المدارس", []],
  ["تسرّبت وثائق من الفرقة", []],
  // (the verbal noun is spelt as the verb, and read as it)
  ["حالات تسرّب جديدة في صفوف الفرقة الرابعة:", ["leave:verb"]],
  ["تسرّب في صفوف القوات شعور بالإحباط", []],
  // an adverb of addition between the verb and its subject; not before what leaks
  ["وفي البلدة، تسرّب كذلك ثلاثة عناصر من الفرقة الرابعة", ["leave:verb"]],
  ["وتسرّب أيضاً عنصران من الفيلق", ["leave:verb"]],
  ["وتسرّبت كذلك معلومات عن 40 عنصراً من الفرقة", []],
  // لجأ: soldiers taking refuge, not refugees
  ["لجأ 5 جنود من جيش النظام إلى الأردن", ["flee:verb"]],
  ["لجوء ضابطين سوريين إلى تركيا", ["flee:masdar"]],
  ["وقال إن الضابط لجأ إلى تركيا", ["flee:verb"]],
  ["لجؤوا الجنود إلى الأردن", ["flee:verb"]],
  ["لجأ آلاف المدنيين إلى المخيمات", []],
  ["لجأت الفصائل إلى حفر الخنادق", []],
  // the accusative verbal noun
  ["شهدت الفرقة هروباً جماعياً لعشرين عنصراً", ["flee:masdar"]],
  ["سجلت المنطقة انشقاقاً جديداً في صفوف الفيلق", ["defect:masdar"]],
  // not coming back to one's unit or from leave
  ["لم يعد 15 عنصراً من الفرقة الرابعة إلى قطعهم بعد انتهاء إجازاتهم", ["leave:verb"]],
  ["ولم يلتحقوا بوحداتهم العسكرية", ["leave:verb"]],
  ["لم يلتحق 500 شاب بالخدمة الإلزامية", []],
  ["لم يعد النازحون إلى قراهم", []],
  ["لم يعد هناك عناصر للفرقة في المنطقة", []],
  ["لم يعد عناصر الفرقة قادرين على حماية مواقعهم", []],
  // تغيّب: absent from service, not from school
  ["تغيّب 15 عنصراً من الفرقة الرابعة عن الخدمة", ["leave:verb"]],
  ["وتغيّبوا عن قطعهم العسكرية منذ أسبوعين", ["leave:verb"]],
  ["تغيّب الطلاب عن المدارس", []],
  ["تغيب ممثل الفصيل عن الاجتماع", []],
  // the regime's "returned to the homeland's embrace", not any return
  ["عاد 30 مسلحاً من جبهة النصرة إلى حضن الوطن", ["surrender:verb"]],
  ["وعادوا إلى حضن الدولة بعد تسوية أوضاعهم", ["surrender:verb"]],
  ["عاد النازحون إلى قراهم في ريف حماة", []],
  ["عاد 30 عنصراً من الفرقة إلى مواقعهم", []],
  // one's own unit, post or service in every person and number (round 7: how outlets say it)
  ["ترك 7 مجندين من جيش النظام قطعتهم العسكرية", ["leave:verb"]],
  ["ترك جندي من الفرقة خدمته العسكرية", ["leave:verb"]],
  ["ترك عنصران من قسد موقعهما", ["leave:verb"]],
  ["ترك عنصران قطعتهما العسكرية", ["leave:verb"]],
  // a short counted subject between the verb and the ranks it left
  ["ترك 40 مقاتلاً صفوف قوات النظام", ["leave:verb"]],
  ["ترك ثمانية عناصر صفوف قسد", ["leave:verb"]],
  ["ترك الطلاب صفوف الدراسة", []],
  ["غادر 7 عناصر من الفرقة ثكنتهم دون إذن", ["leave:verb"]],
  ["لم يعد عنصران من الفرقة من إجازتهما", ["leave:verb"]],
  ["ترك 7 عناصر من الفرقة رسالة في قطعتهم العسكرية", []],
  ["ترك 11 عنصراً من ميليشيا الدفاع الوطني في مدينة السلمية بريف حماة الشرقي مواقعهم", ["leave:verb"]],
  // refusing to come back to service, not refusing orders nor residents refusing to go home
  ["رفض 30 عنصراً من الفرقة العودة إلى الخدمة بعد انتهاء إجازاتهم", ["leave:verb"]],
  ["رفض 7 عناصر من قسد الالتحاق بقطعهم العسكرية", ["leave:verb"]],
  ["رفض 30 عنصراً من الفرقة تنفيذ الأوامر", []],
  ["رفض الأهالي العودة إلى منازلهم", []],
  // hiding: soldiers out of sight, not a wanted man
  ["توارى 7 عناصر من قوات النظام عن الأنظار", ["leave:verb"]],
  ["توارى المطلوب عن الأنظار بعد الحادثة", []],
  // the uniform taken off, not a ruler deposed
  ["خلع 7 عناصر من قوات النظام البزة العسكرية", ["leave:verb"]],
  ["خلع الضابط بزته العسكرية", ["leave:verb"]],
  ["خلع المحتجون الرئيس", []],
  // arms laid down to go home, not to surrender in a fight
  ["ألقى 7 عناصر من الفرقة سلاحهم وعادوا إلى بيوتهم", ["leave:verb"]],
  ["ألقى عناصر التنظيم سلاحهم واستسلموا للقوات المهاجمة", []],
  ["ألقى الوزير كلمة في الحفل", []],
  // the participle of تسرّب
  ["عاد 7 عناصر متسربون من الفرقة إلى قراهم", ["leave:participle"]],
  // the dual verb هربا after a dual subject, not the adverb
  ["عنصرين من الجيش السوري هربا أمس", ["flee:verb"]],
  ["فرّ المدنيان هرباً من القصف", ["flee:verb"]],
  ["قياديين اثنين من الفرقة هربا أمس", ["flee:verb"]],
  ["هربا من القصف نزح الأهالي", []],
  // a non-commissioned officer, not a row or a page
  ["تسرّب صف ضابط من الفرقة الرابعة", ["leave:verb"]],
  ["تسرّبت صفحات من التقرير", []],
  // people splitting off, the subject between the verb and its "عن"
  ["انفصل 60 مقاتلاً عن هيئة تحرير الشام", ["split:verb"]],
  ["انفصل الوفد عن الاجتماع", []],
];

/** Words that are words on their own, so never the first half of a split trigger ("أن شقّ"). */
const WHOLE_WORDS = new Set("ان من في عن الي علي و ف ب ل ما لا لم قد او ثم مع".split(" "));

/** The first piece of a split trigger: a short word, not a word of its own, that begins a lexicon word (after و/ف, which the join may strip). */
const mayBeFirstHalf = wordMemo((word): boolean => {
  const w = word.text;
  const c0 = w.charCodeAt(0);
  if (w.length > 5 || (c0 >= 48 && c0 <= 57) || WHOLE_WORDS.has(w)) return false;
  return FIRST_HALVES.has(w) || ((c0 === 0x0648 || c0 === 0x0641) && FIRST_HALVES.has(w.slice(1)));
});

/** A trigger written in two pieces ("انش" + "ق", "فرا" + "رهم"): joined, it is a one-word lexicon entry. */
function splitWordTrigger(tokens: readonly Token[], i: number): Trigger | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  // (cheap checks first: this runs on every word that is no trigger)
  if (!b || !mayBeFirstHalf(a) || b.text.length > 5 || b.digits || b.start - a.end !== 1 || LEXICON.has(b.text)) return null;
  const joined = a.text + b.text;
  for (const s of [joined, joined.replace(/^[وف]/, "")]) {
    const entry = LEXICON.get(s)?.find((e) => !e.next);
    if (entry && s.length >= 4) return { first: i, last: i + 1, start: a.start, end: b.end, cls: entry.cls, form: entry.form };
  }
  return null;
}

// The words the trigger checks test, made once (a regex literal makes a new RegExp object each time it is evaluated).
const POSSESSIVE_END = /(هم|هما|ه|ها)$/;
const OFFICERS = new Set(["ضابط", "ضباط"]);
const NUMBER_WORD_FROM_THREE = /^(ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مي|الف|الفي)/;
const NOT_PAST = new Set(["لم", "ولم"]);
const BA_LAM_FIRST = /^[بل]/;
const RETURN_GOVERNORS = new Set(["الي", "من", "عن", "انتهاء"]);
const HOMELAND = new Set(["الوطن", "الدوله"]);
const RANKS_FIRST = /^صفوف/;
const WENT_BACK = /^و?(عاد|عادوا|عادا|توجه|توجهوا|توجها)$/;
const TWO = new Set(["اثنين", "اثنان"]);
const STAYED_BEHIND = /^تخلف/;

/** Some reading matches `re` (a loop, not a closure per word). */
function anyMatches(readings: readonly string[], re: RegExp): boolean {
  for (let i = 0; i < readings.length; i++) if (re.test(readings[i])) return true;
  return false;
}

/** People as the subject of leaving: a figure, a quantity word or a fighter noun. */
const PEOPLE = /^(ال)?(عنصر|عناصر|مقاتل|جنود|جندي|عسكري|ضابط|ضباط|مجند|مسلح|افراد|فرد|باقون|باقين|اخرون|اخرين|مرتزق|قيادي|قاده|امير|امراء|متطوع|شبيح)/;

/**
 * "ترك آلاف الجنود ثكناتهم" (the object two or three words on), or a longer subject that names people
 * ("ترك نحو 40 عنصراً من اللواء التابع للفيلق مواقعهم"), also with where they served ("ترك 11 عنصراً من ميليشيا
 * الدفاع الوطني في مدينة السلمية بريف حماة الشرقي مواقعهم"); the post is the verb's object, not a preposition's.
 */
function leftPostsAfterSubject(tokens: readonly Token[], i: number, posts: ReadonlySet<string>): boolean {
  for (let k = i + 2; k < Math.min(tokens.length, i + 17); k++) {
    const x = tokens[k];
    if (!posts.has(x.text) || PREPOSITIONS.has(tokens[k - 1].text)) continue;
    const possessive = POSSESSIVE_END.test(x.text);
    if (k <= i + 3 && possessive) return true;
    // "ترك 40 مقاتلاً صفوف X", "غادر 12 مجنداً من أبناء البلدة الخدمة": with a people subject (short or long) the
    // object may be any post.
    if (namesPeople(tokens, i + 1, k)) return true;
  }
  return false;
}

/** A subject naming people in tokens [from, to): a figure, a quantity word or a fighter noun. */
export function namesPeople(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = tokens[j];
    if (w.digits || QUANTITY_START.has(w.text) || anyMatches(stems(w), PEOPLE)) return true;
  }
  return false;
}

const QUANTITY_START = new Set("ما نحو قرابه حوالي زهاء اكثر عشرات مئات الاف عدد".split(" "));
/** Quantity words with the article, which open a subject as well ("العشرات من عناصر"). */
const QUANTITY_DEFINITE = /^(ال)?(عشرات|مئات|ميات|الاف|عشرين|ثلاثين|اربعين|خمسين)$/;
/** Number words that open a counted subject ("ثلاثون", "خمسة عشر", "مئتا"). */
const NUMBER_WORD_START = /^(اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مي|الف|الفي)/;
/** Where soldiers slip away from: their units, posts or service ("تسرّبوا من قطعهم"). */
const SERVICE_PLACES = new Set([...OWN_POSTS, "الخدمه", "صفوف", "صفوفهم"]);

/**
 * "تسرّب 15 عنصراً", "تسرّب العشرات من عناصر", "يتسرّب عناصر الفرقة", "تسرّبوا من قطعهم": the word after the
 * verb opens a counted or soldier subject, or (after "من") names a unit, post or service.
 */
function peopleRightAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  // An adverb of addition may stand between the verb and its subject ("وفي البلدة، تسرّب كذلك ثلاثة عناصر").
  if (ADDITIVE.has(next.text)) return peopleRightAfter(tokens, i + 1);
  if (next.digits || QUANTITY_START.has(next.text) || QUANTITY_DEFINITE.test(next.text) || NUMBER_WORD_START.test(next.text)) return true;
  if (anyMatches(stems(next), PEOPLE)) return true;
  // "صف ضابط", "صف ضباط": a non-commissioned officer (not "صف" alone, a row)
  if (next.text === "صف" && OFFICERS.has(tokens[i + 2]?.text ?? "")) return true;
  if (next.text === "من" && !!tokens[i + 2] && SERVICE_PLACES.has(tokens[i + 2].text)) return true;
  // Cases of it in the ranks: "حالات تسرّب (جديدة) في صفوف الفرقة" (a heading over a series; not "تسرّب في صفوفهم
  // الإحباط", what seeped into the ranks)
  const at = NEW.has(next.text) ? i + 2 : i + 1;
  return i > 0 && CASES_OF.has(tokens[i - 1].text) && tokens[at]?.text === "في" && tokens[at + 1]?.text === "صفوف";
}

/** "جديدة": an adjective between a verbal noun and what it governs. */
const NEW = new Set(["جديده", "جديد"]);
/** "حالات"، "موجة": the nouns that count cases of a verbal noun. */
const CASES_OF = new Set(["حالات", "حاله", "موجه", "عمليات"]);

/** Adverbs of addition ("also", "likewise", "in turn"), as the normalised text spells them. */
const ADDITIVE = new Set("كذلك ايضا بدوره بدورهم بدورها".split(" ").map((w) => foldLetters(w)));

/** "عبر" + a subject opened by a number or a quantity word + "الحدود" within a dozen words. */
function crossesWithCountedSubject(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i + 1];
  if (!first || !(first.digits || QUANTITY_START.has(first.text) || NUMBER_WORD_FROM_THREE.test(first.text))) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 13); k++) if (tokens[k].text === "الحدود") return true;
  return false;
}

const PREPOSITIONS = new Set("علي في من الي عن قرب حول نحو باتجاه".split(" "));

/** Soldier nouns (not people at large). */
const SOLDIERS = /^(ال)?(عنصر|عناصر|جندي|جنود|عسكري|ضابط|ضباط|مجند|مقاتل|طيار|صف)/;

/**
 * "لجأ 5 جنود إلى الأردن", "لجوء ضابطين إلى تركيا", "ضابط لجأ إلى تركيا": a soldier noun right after the verb
 * (after its figure or quantity word), or right before it.
 */
function soldiersAsSubject(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 3); k++) {
    const w = tokens[k];
    if (anyMatches(stems(w), SOLDIERS)) return true;
    if (!(w.digits || QUANTITY_START.has(w.text) || QUANTITY_DEFINITE.test(w.text) || NUMBER_WORD_START.test(w.text) || w.text === "من")) break;
  }
  const prev = tokens[i - 1];
  return !!prev && anyMatches(stems(prev), SOLDIERS);
}

/** Units, posts and leave one comes back to ("قطعهم", "إجازاتهم"): not "الخدمة", which the draft-evader never joined. */
const OWN_UNIT = new Set([...OWN_POSTS, ...possessed("اجازت اجازات كتايب فرق")]);

/** "لم" right before the verb, and within the next twelve words the unit, post or leave it governs. */
function notBackToTheirUnit(tokens: readonly Token[], i: number): boolean {
  if (!NOT_PAST.has(tokens[i - 1]?.text ?? "")) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 13); k++) {
    if (!anyIn(stems(tokens[k]), OWN_UNIT)) continue;
    // the object of the return ("إلى قطعهم", "بوحداتهم", "من إجازاتهم", "انتهاء إجازاتهم"), not any mention of posts
    if (BA_LAM_FIRST.test(tokens[k].text) || RETURN_GOVERNORS.has(tokens[k - 1].text)) return true;
  }
  return false;
}

/** "إلى حضن الوطن/الدولة" within the fourteen words after the verb (its subject may come first). */
function toTheHomeland(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 2; k < Math.min(tokens.length - 1, i + 15); k++) {
    if (tokens[k].text === "حضن" && tokens[k - 1].text === "الي" && HOMELAND.has(tokens[k + 1].text)) return true;
  }
  return false;
}

/** The first "عن" in [from, to) introduces a return to service ("عن الالتحاق", "عن العودة"). */
/** What one abandons that makes a desertion: "عن مواقعهم / سلاحهم / صفوف …" within the ten words after token `i`. */
const ABANDONED = new Set([...OWN_POSTS, ...possessed("سلاح اسلحت بزت بزات"), "صفوف", "الخدمه"].map((w) => foldLetters(w)));
function abandonedPostsAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 11); k++) if (tokens[k].text === "عن" && ABANDONED.has(tokens[k + 1].text)) return true;
  return false;
}

/**
 * "انضمام 12 عنصراً من X", "التحاق ثلاثة من عناصر X", "انضمام ضابط برتبة نقيب من X": the people right after a verbal
 * noun of joining (its subject), then "من/عن" within its six words (the tokens know no sentence end: a longer window
 * reaches the next sentence), before any "إلى" (what they joined; not "نحو", mostly "about" before a figure).
 */
function cameFromAfter(tokens: readonly Token[], i: number): boolean {
  if (!peopleRightAfter(tokens, i)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const w = tokens[k].text;
    if (w === "من" || w === "عن") return true;
    if (w === "الي") return false;
  }
  return false;
}

/** "من صفوف" within the eight words after token `i` (its subject between). */
function fromTheRanksAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 9); k++) if (tokens[k].text === "من" && RANKS_FIRST.test(tokens[k + 1].text)) return true;
  return false;
}

function returnsAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, tokens.length); k++) {
    if (tokens[k].text === "عن") return !!tokens[k + 1] && RETURN_TO_SERVICE.has(tokens[k + 1].text);
  }
  return false;
}

/** What one refuses to come back to, or fails to: one's service, unit or post ("العودة إلى الخدمة", "الالتحاق بقطعهم"). */
const RETURN_NOUNS = new Set("العوده الرجوع الالتحاق".split(" "));
const OWN_SERVICE = new Set([...OWN_POSTS, "الخدمه"]);
/** "رفض (subject) العودة/الالتحاق … الخدمة/قطعهم": the return noun within the eleven words after the verb, its object within three. */
function refusesToReturn(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 12); k++) {
    if (!RETURN_NOUNS.has(tokens[k].text)) continue;
    for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 3); j++) if (anyIn(stems(tokens[j]), OWN_SERVICE)) return true;
    return false;
  }
  return false;
}

/** "عن الأنظار" within the eleven words after the verb (its subject between). */
function outOfSightAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 12); k++) if (tokens[k].text === "عن" && tokens[k + 1].text === "الانظار") return true;
  return false;
}

const ARMS = new Set(possessed("سلاح اسلحت", "ه هم هما"));
const HOME_AFTER_RETURN = /^(منازل|منزل|بيوت|بيت|قري|قرا|قريت|بلدات|بلدت|ديار|اهال|عايلات)/;
/**
 * "ألقى 7 عناصر من الفرقة سلاحهم وعادوا إلى بيوتهم": a people subject, their arms as the object, then a return
 * home within eight words (not "ألقى عناصر التنظيم سلاحهم واستسلموا", a capture in a fight).
 */
function laidDownArmsAndWentHome(tokens: readonly Token[], i: number): boolean {
  if (!peopleRightAfter(tokens, i)) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 12); k++) {
    if (!ARMS.has(tokens[k].text)) continue;
    for (let j = k + 1; j < Math.min(tokens.length - 2, k + 8); j++) {
      if (WENT_BACK.test(tokens[j].text) && tokens[j + 1].text === "الي" && HOME_AFTER_RETURN.test(tokens[j + 2].text)) return true;
    }
    return false;
  }
  return false;
}

/** A dual fighter noun within the six words before ("عنصرين من الجيش السوري هربا"), and no "من" right after (the adverb "هرباً من"). */
function dualSubjectBefore(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.text === "من") return false;
  // (or any fighter noun with "اثنين/اثنان" after it: "قياديين اثنين")
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (anyIn(stems(tokens[k]), MILITARY_DUALS) || TWO.has(tokens[k].text)) return true;
  return false;
}

/** A people subject, then the preposition the verb governs ("انفصل 60 مقاتلاً من الهيئة عن …" or "انفصل 60 مقاتلاً عن الهيئة"). */
function peopleThenAfter(tokens: readonly Token[], i: number, prep: string): boolean {
  if (!peopleRightAfter(tokens, i) || tokens[i + 1].text === "من") return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 12); k++) if (tokens[k].text === prep) return true;
  return false;
}

/** Some token of [from, to) (clipped to the tokens) is written as a word of `words` (a loop: no slice nor closure per entry). */
function textIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < Math.min(to, tokens.length); k++) if (words.has(tokens[k].text)) return true;
  return false;
}

/** Per distinct word: its readings that are lexicon words, with their entries (null: none). */
const lexiconHeads = wordMemo((word): Array<{ stem: string; entries: Entry[] }> | null => {
  const heads: Array<{ stem: string; entries: Entry[] }> = [];
  for (const stem of word.stems) {
    const entries = LEXICON.get(stem);
    if (entries) heads.push({ stem, entries });
  }
  return heads.length > 0 ? heads : null;
});

/**
 * (r15-heads) A verb of the lexicon in the feminine (or second person) present: its «ت» is the prefix of the present
 * the lexicon holds with «ي» («تنشق» ← «ينشق»، «تفر» ← «يفر»، «تتسرب» ← «يتسرب»). A perfect that opens with «ت» (forms
 * V and VI: «ترك»، «تسرّب»، «تخلّى») has no such present: «يرك»، «يسرب» are no verbs of it. `word` is folded, maybe
 * with «و/ف» before it.
 */
export function presentWithTa(word: string): boolean {
  if (word.length < 3) return false;
  const w = word.length > 3 && (word[0] === "و" || word[0] === "ف") ? word.slice(1) : word;
  if (w[0] !== "ت") return false;
  const entries = LEXICON.get(`ي${w.slice(1)}`);
  return entries !== undefined && entries.some((e) => e.form === "verb");
}

/** (r15-heads) A verb of the lexicon as written, no proclitic stripped: the «ف» of «فرّ»، «فرّوا» is the root's. */
export function verbAsWritten(word: string): boolean {
  const entries = LEXICON.get(word);
  return entries !== undefined && entries.some((e) => e.form === "verb");
}

/** Every trigger in the tokens, left to right. */
export function findTriggers(tokens: readonly Token[]): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = triggerAt(tokens, i);
    if (found) {
      out.push(found);
      i = found.last;
    }
  }
  return out;
}

/**
 * The trigger read at token `i` (its first token is `i`, or `i - 1` for an entry `withPrevious`), or null.
 * findTriggers reads each token after the last trigger's; the confidence scorer reads one trigger's own.
 */
export function triggerAt(tokens: readonly Token[], i: number): Trigger | null {
  const t = tokens[i];
  if (t.digits || t.text.length < 2) return null;
  let found: Trigger | null = null;
  const heads = lexiconHeads(t);
  if (heads !== null) for (const { stem: s, entries } of heads) {
    for (const e of entries) {
      if (e.when) {
        if (!e.when(tokens, i)) continue;
        const first = e.withPrevious ? i - 1 : i;
        // (the fields written out: no spread per trigger, bench/README.md)
        found = e.join ? { first, last: i, start: tokens[first].start, end: t.end, cls: e.cls, form: e.form, join: true } : { first, last: i, start: tokens[first].start, end: t.end, cls: e.cls, form: e.form };
        break;
      }
      if (e.next?.has("__join__")) {
        found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form, join: true };
        break;
      }
      if (e.next) {
        const nt = tokens[i + 1];
        if (!nt || !anyIn(stems(nt), e.next)) {
          // "ترك آلاف الجنود ثكناتهم", "ترك نحو 40 عنصراً من اللواء التابع للفيلق مواقعهم": the subject
          // (with its figure and group) may come between the verb and the post it left, whose possessive refers back to it.
          if (e.cls === "leave" && e.form === "verb" && !e.next.has("عن") && leftPostsAfterSubject(tokens, i, e.next)) {
            found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
            break;
          }
          // "تخلّف عشرون عنصراً من الفرقة عن الالتحاق بقطعهم": failing to return, the subject between.
          if (e.cls === "leave" && e.next.has("عن") && STAYED_BEHIND.test(s) && returnsAfter(tokens, i + 2, i + 13)) {
            found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
            break;
          }
          // "انفصل 60 مقاتلاً عن هيئة تحرير الشام": a split of people, the subject between the verb and its "عن".
          if (e.cls === "split" && e.form === "verb" && peopleThenAfter(tokens, i, "عن")) {
            found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
            break;
          }
          // "عبر ما يزيد على ألف عسكري من الجيش الحدود": a counted subject, then the border.
          if (e.cls === "flee" && s === "عبر" && crossesWithCountedSubject(tokens, i)) {
            found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
            break;
          }
          // "سلّم 60 عنصراً من التنظيم أنفسهم": the object may follow the subject.
          if (e.cls === "surrender" && textIn(tokens, i + 2, i + 15, e.next)) {
            found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
            break;
          }
          continue;
        }
        found = { first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, cls: e.cls, form: e.form };
      } else found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
      break;
    }
    if (found) break;
  }
  // "انشـ ـق": an obfuscating space between two tatweels splits the word in two (the tatweels are gone).
  if (!found) found = splitWordTrigger(tokens, i);
  return found;
}
