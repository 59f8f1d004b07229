/**
 * Non-event cues: words around a trigger that say no one actually left a group here.
 * Each rule has its own examples (a text whose trigger is rejected or weakened).
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
const { anyIn, classesOf, inClass, stems, stemIn, wordClass, wordMemo } = tokenModule;
import * as $lexicon from "./lexicon";
import type { Trigger } from "./triggers";
import * as $modality from "./refiners/modality";
import * as $war_total from "./refiners/war-total";
import * as $battle from "./refiners/battle";
import * as $roles from "./roles";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { MILITARY_DUALS, MILITARY_NOUNS, OWN_POSTS, PERSON_TITLES, SUCCESS, TOOK_TO } = $lexicon;
const { isModal, toldAsDone } = $modality;
const { isWholeWarTotal } = $war_total;
const { FIGHT_WORDS, isRoutInFight } = $battle;
const { TOWARDS } = $roles;

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
/** Words in the two before the trigger that make it a phenomenon rather than an incident. */
const TREND_BEFORE = foldedWords(`حالات حاله عمليات عمليه ظاهره وتيره ملف موجه تزايد تزايدت يتزايد تصاعد تصاعدت ازدياد ازدادت تزداد تكرار تتكرر تكررت
  تسارع تسارعت تتواصل تواصل استمرار تستمر مستمره سلسله كثره انتشار تنامي`);
/** Words after a flight trigger that make it something other than leaving a group. */
const NOT_FROM_A_GROUP_AFTER = foldedWords("المخيم مخيم التجنيد تجنيد الخدمه الالزاميه الاجباري الاحتياط السجن سجن السجون سجونها سجونه سجنها المعتقل معتقل الاعتقال القصف الاشتباكات الحرب الموت");
/** Prisoners and detainees: their escape is no one leaving a group. */
const PRISONERS = foldedWords("سجناء السجناء سجينا سجين معتقلين المعتقلين معتقلا معتقل محتجزين المحتجزين محتجزا موقوفين الموقوفين اسري الاسري");
/** Civilians and residents: their flight is no one leaving a group. */
const CIVILIANS = foldedWords("المدنيين مدنيين المدنيون مدنيون السكان سكان الاهالي اهالي النازحين الاطفال العائلات");
/** "أسفر (القتال) عن": what a fight resulted in. */
const RESULTED = foldedWords("اسفرت اسفر اسفرا");
/** After the trigger in its sentence: the report says the news is untrue ("وتبيّن أنه غير صحيح"). */
const UNTRUE = [/^غير$/, /^(صحيح|صحيحه|دقيق|دقيقه)$/] as const;
const UNTRUE_WORDS = foldedWords("عار عاريه كاذب كاذبه مفبرك مفبركه ملفق ملفقه شائعه اشاعه");
/** What a word is to saidUntrueAfter, once per word: UNTRUE_WORD (a reading in UNTRUE_WORDS), NOT ("غير"), TRUE (its second word); 0 for most. */
const UNTRUE_WORD = 1;
const NOT = 2;
const TRUE = 4;
const untrueOf = wordMemo((w) => (anyIn(w.stems, UNTRUE_WORDS) ? UNTRUE_WORD : 0) | (UNTRUE[0].test(w.text) ? NOT : 0) | (UNTRUE[1].test(w.text) ? TRUE : 0));
const RELATIVE = foldedWords("الذين الذي التي اللذين اللواتي ممن");
/**
 * What "هرّب" (smuggled) carries: the same letters as "هرب" (fled) once the shadda is gone, but a verb with a
 * direct object of goods or people moved across a line ("هرّب 15 عنصراً شحنة مخدرات").
 */
const SMUGGLED_GOODS = foldedWords(`شحنه شحنات مخدرات المخدرات حشيش الحشيش كبتاغون الكبتاغون حبوب اسلحه الاسلحه سلاح السلاح ذخيره الذخيره ذخائر
  وقود الوقود محروقات المحروقات نفط النفط مازوت المازوت بنزين البنزين سجائر السجائر دخان الدخان بضائع البضائع اموال الاموال اثار الاثار
  مواشي المواشي اغنام الاغنام اشخاص مهاجرين المهاجرين`);
/** Verb forms of هرب that can also be read هرّب (the imperfect يهرّب, the plural هرّبوا). */
const HARABA = /^(هرب|هربوا|هربت|يهرب|يهربون|يهربوا|هربا)$/;
/** A fight one flees from without leaving one's group: a rout, not a desertion ("فرّ عناصر التنظيم من المعركة"). */
const BATTLE = foldedWords("المعركه معركه المعارك ارض ساحه الهجوم هجوم الاشتباك الاشتباكات اشتباك المواجهه المواجهات الكمين كمين الاقتحام");
/** The subject of a flight that is not members leaving a group: attackers, raiders, thieves ("فرّ المهاجمون"). */
const ASSAILANTS = foldedWords("المهاجمون المهاجمين الجناه الفاعلون الفاعلين اللصوص المعتدون المعتدين الخاطفون الخاطفين المنفذون المنفذين");
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

/** The lists above as word classes (tokens.ts): one look-up per word for all of them. */
const C_NOT_AN_INCIDENT_BEFORE = wordClass(NOT_AN_INCIDENT_BEFORE);
const C_DENIAL = wordClass(DENIAL);
const C_CONFIRM = wordClass(CONFIRM);
const C_TREND_BEFORE = wordClass(TREND_BEFORE);
const C_NOT_FROM_A_GROUP_AFTER = wordClass(NOT_FROM_A_GROUP_AFTER);
const C_ASSAILANTS = wordClass(ASSAILANTS);
const C_DECLARE = wordClass(DECLARE);
const C_ABOUT_BEFORE = wordClass(ABOUT_BEFORE);

/** Examples: a text and the verdict on its (first) trigger. */
export const CUE_EXAMPLES: Array<[string, CueVerdict]> = [
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
  ["وآثر آخرون على الفرار من المناطق هرباً من التجنيد الإجباري", "reject"],
  ["فرّ شبان من بلدات ريف دمشق هرباً من التجنيد الإجباري", "reject"],
  ["فرّ 12 مجنداً من الخدمة الإلزامية في الفرقة الرابعة", null],
  ["فرار عناصر من السجن المركزي", "reject"],
  ["فرار سجناء من السجن المركزي", "reject"],
  ["أعلنت الهيئة هروب 12 معتقلاً من أحد سجونها", "reject"],
  ["لاذ المسلحون بالفرار بعد اشتباك مع دورية", "reject"],
  ["شهدت المدينة هروباً جماعياً للمدنيين", "reject"],
  ["أسفرت الاشتباكات عن مقتل 9 عناصر وفرار الباقين", "reject"],
  ["أسفرت الضغوط عن فرار 20 عنصراً من الفرقة الرابعة", null],
  ["لاذ عشرة عناصر بالفرار من صفوف الفرقة الرابعة", null],
  ["لاذ 4 عناصر من قوات النظام بالفرار من ثكنتهم", null],
  ["لاذ المسلحون بالفرار من القرية", "reject"],
  // … but said of a force's counted men it is their flight ("فرّوا"), wherever the figure stands
  ["أفاد مصدر بأن 4 عناصر من الدفاع الوطني لاذوا بالفرار بأسلحتهم من إحدى النقاط العسكرية", null],
  ["لاذ بالفرار خمسة وعشرون عنصراً من تنظيم داعش نحو إدلب", null],
  ["أكد ناشط أن أكثر من مئة عنصر، كلهم سوريون، لاذوا بالفرار من داعش", null],
  ["انشق عددا من قادة التنظيم، ولاذوا بالفرار من مدينة الرقة", null],
  ["لاذ مسلحان بالفرار من القرية بعد السطو على المحل", "reject"],
  ["لاذ العناصر الخمسة بالفرار من موقع الانفجار", "reject"],
  // (… and counted men who took to flight after a fight were routed)
  ["قالت قسد إن 30 من مسلحي داعش لاذوا بالفرار أمس بعد اشتباكات عنيفة", "reject"],
  // soldiers fleeing their service, however long their subject, desert; young men evade the draft
  ["أفادت مصادر بأن 7 عناصر من ميليشيا الدفاع الوطني تسرّبوا من الخدمة", null],
  ["تمكن 7 عناصر من قوات النظام من الهروب من الخدمة", null],
  ["تمكن 300 شاب من الهروب من الخدمة الإلزامية", "reject"],
  ["أفادت مصادر بأن عشرات المسلحين من قوات النظام تغيّبوا عن الخدمة", null],
  ["تخلف 300 شاب عن الالتحاق بالخدمة الإلزامية", "reject"],
  ["تخلف 30 مجنداً عن الالتحاق بقطعهم العسكرية", null],
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
  // (round 12) a camp the men went to is a place; a camp fled, and prisoners of a camp, are no one leaving a group
  ["فرّ 12 عنصراً من قوات النظام إلى مخيم الركبان أمس", null],
  ["فرّ 12 عنصراً من قوات النظام نحو أحد المخيمات", null],
  ["هرب 12 عنصراً من تنظيم داعش من مخيم الهول", "reject"],
  ["فرّ 12 عنصراً من قوات النظام كانوا محتجزين في مخيم الهول", "reject"],
  // (round 14) a negated verb of ability governs the verbal noun after it; not negated, the men left
  ["وأفادت مصادر محلية بأن 25 عنصراً من تنظيم داعش الإرهابي لم يتمكنوا من الفرار", "reject"],
  ["قال مصدر إن ثمانية ضباط من جيش الأسد لن يستطيعوا الانشقاق", "reject"],
  ["وأفاد مصدر بأن 12 عنصراً من قسد تمكنوا من الفرار أمس", null],
  ["لم يتمكن الحاجز من منع 12 عنصراً من قسد من الفرار أمس", "reject"],
  // (round 14) the men described as held however long their subject; not when others are named held in between
  ["فرّ 40 عنصراً من قوات النظام من مناطق مختلفة في ريف حمص الشمالي قرب خطوط التماس كانوا محتجزين في أحد السجون", "reject"],
  ["وهرب أكثر من مئة عنصر، كلهم سوريون، من داعش خلال الأسبوع الماضي كانوا معتقلين في سجن تابع للتنظيم", "reject"],
  ["فرّ 12 عنصراً من قسد وأطلقوا سراح مدنيين كانوا محتجزين لديها", null],
  ["فرّ 12 عنصراً من الفرقة الرابعة المنتشرة في ريف درعا الغربي كانوا يقاتلون في صفوفها", null],
  ["تمكن من الفرار من جبهات القتال", null],
  ["لم يسجل أي انشقاق في صفوف الفصيل", "reject"],
  ["هددت القيادة بمحاسبة كل عنصر يفكر في الانشقاق", "reject"],
  ["إذ إن كل انشقاق جديد يفتح الباب أمام غيره", "reject"],
  ["نفى الفيلق الأنباء عن انشقاق 50 عنصراً من صفوفه", "reject"],
  ["عشرات الحالات لعناصر الميليشيات وفرارهم باتجاه مناطق قسد", "reference"],
  ["أعلن علي العرجاني انشقاقه عن الجبهة", null],
  ["وكان الجيش التركي عوناً للراغبين في الانشقاق", "reject"],
  ["فتحت الفصائل الباب أمام من يرغب بالانشقاق", "reject"],
  ["أصدرت قسد عفواً عن 200 عنصر فروا من صفوفها", "reject"],
  ["يشمل مرسوم العفو العسكريين الفارين من الخدمة", "reject"],
  ["ويمنحهم مهلة 3 أشهر لتسليم أنفسهم", "reject"],
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
  ["هدد 300 عنصر بالانشقاق إذا لم تصرف رواتبهم", "reject"],
  ["ترك 200 عنصر من الفرقة مواقعهم في انسحاب منظم بأوامر من القيادة", "reject"],
  ["ترك 20 عنصراً من الفرقة مواقعهم وعادوا إلى منازلهم", null],
  ["أعلنت الهيئة قبول توبة 30 منشقاً عن صفوفها", "reject"],
  ["أعلنت الهيئة أنها ستقبل انشقاق أي عنصر من قوات النظام", "reject"],
  ["وصل 17 جندياً منشقاً إلى الحدود التركية", null],
  // (round 16) «أحد المنشقين»: one of the defectors told already (a partitive of a definite plural), not a man of his own
  ["وقال أحد المنشقين لعنب بلدي إنهم لم يتقاضوا رواتبهم منذ أشهر", "reject"],
  ["وروى أحد الفارين تفاصيل خروجهم من الحاجز", "reject"],
  ["وقال أحد العناصر المنشقين في حديث لتلفزيون سوريا إن الخوف رافقهم", "reject"],
  ["وقالت إحدى المجندات المنشقات إنها خرجت ليلاً", "reject"],
  ["وصل أحد عشر منشقاً إلى إدلب", null],
  ["وصل أحد عشر عنصراً منشقاً عن قوات النظام إلى إدلب", null],
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
  // smuggling (هرّب + goods), not flight
  ["هرّب 15 عنصراً من الفرقة الرابعة شحنة مخدرات إلى الأردن", "reject"],
  ["يهرّبون الوقود إلى مناطق النظام", "reject"],
  ["هرب 15 عنصراً من الفرقة الرابعة إلى الأردن", null],
  ["هرب 4 عناصر من قسد مع أسلحتهم", null],
  // a rout from a fight, attackers fleeing: nobody left a group
  ["فرّ عناصر التنظيم من المعركة تاركين أسلحتهم", "reject"],
  ["فرّ المهاجمون بعد اشتباك مع الحراس", "reject"],
  ["فرّ 20 عنصراً من الفرقة الرابعة من أرض المعركة", "reject"],
  ["فرّ 20 عنصراً من الفرقة الرابعة من جبهات القتال", null],
  ["فرّ 20 عنصراً من صفوف الفرقة الرابعة قبيل المعركة", null],
  ["فرّ 20 عنصراً من الفرقة هرباً من المعارك", null],
  ["فرّ مسلحو التنظيم من القرية تحت ضربات الطيران", "reject"],
  ["انسحب وفرّ أكثر من 100 من عناصر ميليشيا الدفاع الوطني أمام تقدم الفصائل", "reject"],
  ["فرّ 20 عنصراً من صفوف الفرقة تحت ضغط الحصار", null],
  ["نزح 3000 مدني من ريف حماة فراراً من المعارك", "reject"],
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

/** Words of military service: fled from it, soldiers desert. */
const SERVICE = foldedWords("الخدمه الالزاميه الاجباري الاحتياط");
const C_SERVICE = wordClass(SERVICE);
/** (with the article too: "عشرات المسلحين من الفرقة تغيّبوا عن الخدمة") */
const C_SOLDIER = wordClass(new Set([...MILITARY_NOUNS, ...MILITARY_DUALS].flatMap((w) => [w, `ال${w}`])));
/** Verbs that govern the trigger as their complement ("تمكن 7 عناصر من الفوج 46 من الهروب"): their subject is the trigger's. */
const C_LIGHT_VERB = wordClass(new Set([...SUCCESS, ...foldedWords("اقدم اقدموا اقدمت اقدما")]));

/**
 * A soldier noun is the subject: within eight words before the trigger (a subject and its group: "7 عناصر من ميليشيا
 * الدفاع الوطني تسرّبوا من الخدمة") or five after it ("تغيّب أكثر من 20 متطوعاً عن الخدمة"), or around the light verb
 * that governs the trigger ("تمكن 7 عناصر من قوات النظام من الهروب من الخدمة", "7 عناصر من X تمكنوا من الهروب").
 */
function soldiersAround(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): boolean {
  let from = Math.max(sentenceFirstToken, trigger.first - 8);
  for (let k = Math.max(sentenceFirstToken, trigger.first - 10); k < trigger.first - 1; k++) {
    if (inClass(tokens[k], C_LIGHT_VERB)) {
      from = Math.max(sentenceFirstToken, Math.min(from, k - 6));
      break;
    }
  }
  for (let k = from; k <= Math.min(tokens.length - 1, trigger.last + 5); k++) {
    if (k >= trigger.first && k <= trigger.last) continue;
    if (inClass(tokens[k], C_SOLDIER)) return true;
  }
  return false;
}

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

/**
 * (round 14) "فرّ 40 عنصراً من قوات النظام من مناطق مختلفة في البلاد كانوا محتجزين في أحد السجون": the men of the
 * flight described, after their group and place, by «كانوا/كان» + a word of detention: prisoners escaping, however far
 * the description stands (within the sentence). Not when someone else is named held in between ("… وأطلقوا سراح
 * مدنيين كانوا محتجزين لديها": the description is theirs).
 */
function heldMen(tokens: readonly Token[], trigger: Trigger, sentenceLastToken: number): boolean {
  // (cheap test first, r14-cost: the description «كانوا + a word of detention» is rare; the words before it are asked
  // whether they name others held only when it is there — the same answer as one scan that stops at the first of either)
  const from = trigger.last + 1;
  const to = Math.min(sentenceLastToken, trigger.last + HELD_REACH);
  let at = from;
  while (at < to && !(WERE.has(tokens[at].text) && PRISONERS.has(tokens[at + 1].text))) at++;
  if (at >= to) return false;
  for (let k = from; k <= at; k++) {
    const t = tokens[k];
    if (PRISONERS.has(t.text) || stemIn(t, CIVILIANS) || RELEASED.has(t.text)) return false;
  }
  return true;
}
const WERE = new Set(["كانوا", "كان", "وكانوا", "ممن"]);
const RELEASED = foldedWords("سراح الافراج");
/** How far after the flight the description of its men may stand (a long subject: figure, group, affiliation, place, time). */
const HELD_REACH = 30;

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

/** Patterns of the cues below, made once (a regex literal inside a loop makes a new RegExp object at every turn). */
const GOODS_PREPOSITION = /^(مع|ب|من|عن|الي)$/;
const GLUED_WITH = /^(ب|مع)/;
/** "هرباً من …": a motive, not a fight fled. */
const MOTIVES = /^(هربا|خوفا|فرارا)$/;
const RANKS = /^صفوف/;
const IMPERFECT = /^[يت]/;
const DEFINITE = /^و?ال/;
const FROM_RANKS = /^(صفوف|عن)$/;
/** A pronoun suffix: "وفرارهم", "انشقاقه". */
const THEIR = /(هم|ها|هما|ه)$/;

/** "هرّب … شحنة مخدرات": a هرب verb whose object, within the next eight words, is goods. */
function isSmuggling(tokens: readonly Token[], trigger: Trigger): boolean {
  if (trigger.form !== "verb" || !HARABA.test(stems(tokens[trigger.first]).at(-1) ?? "")) return false;
  for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 8); k++) {
    // the goods are the verb's object, not a preposition's ("هرب … مع أسلحتهم")
    if (stemIn(tokens[k], SMUGGLED_GOODS) && !GOODS_PREPOSITION.test(tokens[k - 1].text) && !GLUED_WITH.test(tokens[k].text)) return true;
  }
  return false;
}

/**
 * "فرّ (عناصر التنظيم) من المعركة", "فرّ 20 عنصراً من الفرقة من أرض المعركة": a "من" of the verb, within
 * ten words, opens a fight. Not a motive ("هرباً من المعارك"), which may follow a real desertion.
 */
function fledAFight(tokens: readonly Token[], trigger: Trigger): boolean {
  // (ten words: a counted subject and a long group name may stand between: "هرب 15 عنصراً من قوات سوريا الديمقراطية من أرض المعركة")
  for (let k = trigger.last + 1; k <= Math.min(tokens.length - 2, trigger.last + 10); k++) {
    if (tokens[k].text !== "من" || (k - 1 > trigger.last && MOTIVES.test(tokens[k - 1].text))) continue;
    if (BATTLE.has(tokens[k + 1].text)) return true;
  }
  return false;
}

/** "تحت ضربات / القصف / نيران", "أمام تقدم / هجوم": the pressure of an enemy a flight was under. */
const UNDER_FIRE: Array<[string, RegExp]> = [
  ["تحت", /^(ضربات|القصف|قصف|نيران|وطاه|ضغط|الضربات)$/],
  ["امام", /^(تقدم|هجوم|زحف|الهجوم|التقدم)$/],
];

/**
 * "فرّ مسلحو داعش من قرية الباغوز تحت ضربات قسد": a flight from a place under an enemy's fire is a rout, unless
 * it is from a group's ranks ("فرّ 20 عنصراً من صفوف الفرقة تحت ضغط الحصار").
 */
function fledUnderFire(tokens: readonly Token[], trigger: Trigger): boolean {
  // (twelve words: a counted subject and a long group name may stand between: "انسحب وفرّ أكثر من 100 من عناصر ميليشيا الدفاع الوطني أمام تقدم …")
  for (let k = trigger.last + 1; k <= Math.min(tokens.length - 2, trigger.last + 12); k++) {
    if (RANKS.test(tokens[k].text)) return false;
    for (const [head, tail] of UNDER_FIRE) if (tokens[k].text === head && tail.test(tokens[k + 1].text)) return true;
  }
  return false;
}

/** An imperfect with an adverb of habit in its clause: "ينشق العشرات … كل شهر", "يتسرّبون بشكل يومي". */
function isHabit(tokens: readonly Token[], trigger: Trigger): boolean {
  if (trigger.form !== "verb" || !IMPERFECT.test(stems(tokens[trigger.first]).at(-1) ?? "")) return false;
  for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 10); k++) {
    if (HABIT.has(tokens[k].text)) return true;
    for (const [head, tail] of HABIT_PAIR) if (tokens[k].text === head && tokens[k + 1] && tail.test(tokens[k + 1].text)) return true;
  }
  return false;
}

/** "أسفرت (الاشتباكات|المعارك|الهجوم) … عن": a verb of result with a fight as its subject, within the ten words before. */
function foughtResultBefore(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): boolean {
  for (let k = Math.max(sentenceFirstToken, trigger.first - 10); k < trigger.first; k++) {
    if (!stemIn(tokens[k], RESULTED)) continue;
    for (let j = k + 1; j <= Math.min(trigger.first - 1, k + 3); j++) if (stemIn(tokens[j], BATTLE) || stemIn(tokens[j], SHELLING)) return true;
  }
  return false;
}
const SHELLING = foldedWords("القصف قصف الغارات غارات غاره الغاره");

/** On orders: "بأوامر (من)", "بأمر من", "تنفيذاً لأوامر", "انسحاب منظم" within the sixteen words after a leave trigger (its subject and object between). */
const ORDERS = foldedWords("باوامر بامر لاوامر تنفيذا منظم منظما");
function onOrdersAfter(tokens: readonly Token[], trigger: Trigger): boolean {
  for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 16); k++) if (stemIn(tokens[k], ORDERS)) return true;
  return false;
}

/** Words that count the men after them: a cardinal (its و too: "خمسة وعشرون"), "عشرات/مئات", "عدد (من)". */
const COUNTING = /^و?(اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مائ|عده|عدد|بضع)|^و?(مي(ه|ات|تان|تين|تا|تي)|الف|الفا|الفي|الاف)$/;

/**
 * The sentence counts men of a force before the flight or right after it ("4 عناصر من الدفاع الوطني لاذوا بالفرار",
 * "لاذ بالفرار 25 عنصراً", "رفض أكثر من 200 عنصر …، ولاذ بالفرار بعضهم"): «لاذ بالفرار» is then «فرّ» said of a
 * force's men, not the escape of people at a scene ("لاذ المسلحون بالفرار من القرية") — unless a fight is told
 * right after it (`fightAfter`: a rout).
 */
function countedMen(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): boolean {
  const last = Math.min(tokens.length - 1, trigger.last + 3);
  for (let k = Math.max(sentenceFirstToken + 1, trigger.first - 30); k <= last; k++) {
    if (k >= trigger.first && k <= trigger.last) continue;
    const t = tokens[k];
    if (!inClass(t, C_SOLDIER) || t.text.startsWith("ال")) continue;
    const prev = tokens[k - 1];
    if (prev.digits || COUNTING.test(prev.text)) return true;
    // "25 من عناصر", "عدد من قادة"
    if (prev.text === "من" && k - 2 >= sentenceFirstToken && (tokens[k - 2].digits || COUNTING.test(tokens[k - 2].text))) return true;
  }
  return false;
}

/** A fight told within the six words after a flight ("لاذوا بالفرار أمس بعد اشتباكات عنيفة"): a rout. */
function fightAfter(tokens: readonly Token[], trigger: Trigger): boolean {
  for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 6); k++) if (anyIn(stems(tokens[k]), FIGHT_WORDS)) return true;
  return false;
}

/** "لاذ (المسلحون) بالفرار": the verb within the six words before the flight noun. */
function tookTo(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number): boolean {
  for (let k = trigger.first - 1; k >= Math.max(sentenceFirstToken, trigger.first - 6); k--) if (stemIn(tokens[k], TOOK_TO)) return true;
  return false;
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
  if (trigger.cls === "flee") {
    // Soldiers fleeing their service desert ("فرّ 12 مجنداً من الخدمة الإلزامية"); civilians fleeing it evade the draft.
    const soldiers = soldiersAround(tokens, trigger, sentenceFirstToken);
    for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 12); k++) {
      const cls = classesOf(tokens[k]);
      if (cls & C_NOT_FROM_A_GROUP_AFTER && !(soldiers && cls & C_SERVICE) && !whereTheyWent(tokens, k)) return "reject";
    }
    // Prisoners escaping: "فرار سجناء", "هروب 12 معتقلاً من أحد سجونها".
    // … and civilians fleeing ("هروباً جماعياً للمدنيين").
    for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 3); k++) if (PRISONERS.has(tokens[k].text) || stemIn(tokens[k], CIVILIANS)) return "reject";
    if (heldMen(tokens, trigger, sentenceLastToken ?? tokens.length - 1)) return "reject";
    // "أسفرت الاشتباكات عن مقتل 9 عناصر وفرار الباقين": a flight that a fight resulted in is a rout (not what
    // pressure or unpaid wages resulted in: "أسفرت الضغوط عن فرار 20 عنصراً").
    if (foughtResultBefore(tokens, trigger, sentenceFirstToken)) return "reject";
    // "لاذوا بالفرار": took to flight, from a scene or a fight, unless from the ranks of a group.
    // (nor from one's own barracks or post: "لاذ 4 عناصر بالفرار من ثكنتهم")
    const fledFrom = tokens[trigger.last + 2]?.text ?? "";
    if (tokens[trigger.first].text.startsWith("بال") && tookTo(tokens, trigger, sentenceFirstToken) && !FROM_RANKS.test(fledFrom) && !OWN_POSTS.has(fledFrom) && !(countedMen(tokens, trigger, sentenceFirstToken) && !fightAfter(tokens, trigger))) return "reject";
    if (isSmuggling(tokens, trigger) || fledAFight(tokens, trigger) || fledUnderFire(tokens, trigger) || (tokens[trigger.last + 1] && inClass(tokens[trigger.last + 1], C_ASSAILANTS))) return "reject";
  }
  // "ترك 200 عنصر مواقعهم في انسحاب منظم بأوامر من القيادة": a unit moving on orders, no one leaving it.
  if (trigger.cls === "leave" && onOrdersAfter(tokens, trigger)) return "reject";
  if (trigger.cls === "leave" && !soldiersAround(tokens, trigger, sentenceFirstToken)) {
    // "تخلّف 300 شاب عن الالتحاق بالخدمة الإلزامية": young men who never joined evade the draft.
    for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 8); k++) if (anyIn(stems(tokens[k]), SERVICE)) return "reject";
  }
  if (sentenceLastToken !== undefined && saidUntrueAfter(tokens, trigger, sentenceLastToken)) return "reject";
  if (isHabit(tokens, trigger)) return "trend";
  if (trigger.form === "participle" && (settledOrPardoned(tokens, trigger, sentenceFirstToken) || doingSomethingElse(tokens, trigger, sentenceFirstToken) || oneOfThem(tokens, trigger, sentenceFirstToken))) return "reject";
  // "انشقاق أي عنصر", "فرار أي مجند": anyone at all, no incident.
  if (tokens[trigger.last + 1]?.text === "اي") return "reject";
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

/**
 * (round 12) The word at `k` is where the men went, not what they fled: it follows a preposition of direction
 * ("فرّ 12 عنصراً من X إلى مخيم الركبان"، "باتجاه أحد المخيمات"). A camp the men reached is a place like a town;
 * "هرب … من مخيم الهول" (a camp fled) stays an escape.
 */
function whereTheyWent(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (prev && TOWARDS.has(prev.text)) return true;
  return !!prev && prev.text === "احد" && !!tokens[k - 2] && TOWARDS.has(tokens[k - 2].text);
}

/** "إحباط محاولة" + the trigger (FOILING): the word at `k` foils the one attempt the trigger tells. */
function foiledAttempt(tokens: readonly Token[], k: number, trigger: Trigger): boolean {
  return k + 2 === trigger.first && FOILING.has(tokens[k].text) && tokens[k + 1].text === "محاوله";
}
