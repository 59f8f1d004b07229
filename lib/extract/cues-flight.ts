/**
 * Non-event cues of a flight or a leaving: words around the trigger that say the people fled something other than a
 * group (a camp, a prison, the draft, a fight, a scene) or were not its members (civilians, prisoners, attackers,
 * young men never enlisted), or that a unit withdrew on orders. judgeTrigger (cues.ts) rejects the trigger when
 * `notLeavingAGroup` holds. Examples and negatives: FLIGHT_CUE_EXAMPLES (run by rules.test.ts with the others).
 */
import * as $normalize from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import type { Trigger } from "./triggers";
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, classesOf, inClass, stems, stemIn, wordClass } = tokenModule;
import * as $lexicon from "./lexicon";
import type { CueVerdict } from "./cues";
import * as $battle from "./refiners/battle";
import * as $roles from "./roles";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { MILITARY_DUALS, MILITARY_NOUNS, OWN_POSTS, SUCCESS, TOOK_TO } = $lexicon;
const { FIGHT_WORDS } = $battle;
const { TOWARDS } = $roles;

/** Words after a flight trigger that make it something other than leaving a group. */
const NOT_FROM_A_GROUP_AFTER = foldedWords("المخيم مخيم التجنيد تجنيد الخدمه الالزاميه الاجباري الاحتياط السجن سجن السجون سجونها سجونه سجنها المعتقل معتقل الاعتقال القصف الاشتباكات الحرب الموت");
/** Prisoners and detainees: their escape is no one leaving a group. */
const PRISONERS = foldedWords("سجناء السجناء سجينا سجين معتقلين المعتقلين معتقلا معتقل محتجزين المحتجزين محتجزا موقوفين الموقوفين اسري الاسري");
/** Civilians and residents: their flight is no one leaving a group. */
const CIVILIANS = foldedWords("المدنيين مدنيين المدنيون مدنيون السكان سكان الاهالي اهالي النازحين الاطفال العائلات");
/** "أسفر (القتال) عن": what a fight resulted in. */
const RESULTED = foldedWords("اسفرت اسفر اسفرا");
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
const C_NOT_FROM_A_GROUP_AFTER = wordClass(NOT_FROM_A_GROUP_AFTER);
const C_ASSAILANTS = wordClass(ASSAILANTS);

/** Examples: a text and the verdict on its (first) trigger. */
export const FLIGHT_CUE_EXAMPLES: Array<[string, CueVerdict]> = [
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
  // (round 12) a camp the men went to is a place; a camp fled, and prisoners of a camp, are no one leaving a group
  ["فرّ 12 عنصراً من قوات النظام إلى مخيم الركبان أمس", null],
  ["فرّ 12 عنصراً من قوات النظام نحو أحد المخيمات", null],
  ["هرب 12 عنصراً من تنظيم داعش من مخيم الهول", "reject"],
  ["فرّ 12 عنصراً من قوات النظام كانوا محتجزين في مخيم الهول", "reject"],
  // (round 14) the men described as held however long their subject; not when others are named held in between
  ["فرّ 40 عنصراً من قوات النظام من مناطق مختلفة في ريف حمص الشمالي قرب خطوط التماس كانوا محتجزين في أحد السجون", "reject"],
  ["وهرب أكثر من مئة عنصر، كلهم سوريون، من داعش خلال الأسبوع الماضي كانوا معتقلين في سجن تابع للتنظيم", "reject"],
  ["فرّ 12 عنصراً من قسد وأطلقوا سراح مدنيين كانوا محتجزين لديها", null],
  ["فرّ 12 عنصراً من الفرقة الرابعة المنتشرة في ريف درعا الغربي كانوا يقاتلون في صفوفها", null],
  ["تمكن من الفرار من جبهات القتال", null],
  ["ترك 200 عنصر من الفرقة مواقعهم في انسحاب منظم بأوامر من القيادة", "reject"],
  ["ترك 20 عنصراً من الفرقة مواقعهم وعادوا إلى منازلهم", null],
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
];

/**
 * A flight or a leaving that is no one leaving a group (judgeTrigger's verdict "reject"): civilians, prisoners, a
 * camp or the draft fled, smuggling, a rout, attackers, a unit withdrawing on orders, young men evading the draft.
 */
export function notLeavingAGroup(tokens: readonly Token[], trigger: Trigger, sentenceFirstToken: number, sentenceLastToken?: number): boolean {
  if (trigger.cls === "flee") {
    // Soldiers fleeing their service desert ("فرّ 12 مجنداً من الخدمة الإلزامية"); civilians fleeing it evade the draft.
    const soldiers = soldiersAround(tokens, trigger, sentenceFirstToken);
    for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 12); k++) {
      const cls = classesOf(tokens[k]);
      if (cls & C_NOT_FROM_A_GROUP_AFTER && !(soldiers && cls & C_SERVICE) && !whereTheyWent(tokens, k)) return true;
    }
    // Prisoners escaping: "فرار سجناء", "هروب 12 معتقلاً من أحد سجونها".
    // … and civilians fleeing ("هروباً جماعياً للمدنيين").
    for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 3); k++) if (PRISONERS.has(tokens[k].text) || stemIn(tokens[k], CIVILIANS)) return true;
    if (heldMen(tokens, trigger, sentenceLastToken ?? tokens.length - 1)) return true;
    // "أسفرت الاشتباكات عن مقتل 9 عناصر وفرار الباقين": a flight that a fight resulted in is a rout (not what
    // pressure or unpaid wages resulted in: "أسفرت الضغوط عن فرار 20 عنصراً").
    if (foughtResultBefore(tokens, trigger, sentenceFirstToken)) return true;
    // "لاذوا بالفرار": took to flight, from a scene or a fight, unless from the ranks of a group.
    // (nor from one's own barracks or post: "لاذ 4 عناصر بالفرار من ثكنتهم")
    const fledFrom = tokens[trigger.last + 2]?.text ?? "";
    if (tokens[trigger.first].text.startsWith("بال") && tookTo(tokens, trigger, sentenceFirstToken) && !FROM_RANKS.test(fledFrom) && !OWN_POSTS.has(fledFrom) && !(countedMen(tokens, trigger, sentenceFirstToken) && !fightAfter(tokens, trigger))) return true;
    if (isSmuggling(tokens, trigger) || fledAFight(tokens, trigger) || fledUnderFire(tokens, trigger) || (tokens[trigger.last + 1] && inClass(tokens[trigger.last + 1], C_ASSAILANTS))) return true;
  }
  // "ترك 200 عنصر مواقعهم في انسحاب منظم بأوامر من القيادة": a unit moving on orders, no one leaving it.
  if (trigger.cls === "leave" && onOrdersAfter(tokens, trigger)) return true;
  if (trigger.cls === "leave" && !soldiersAround(tokens, trigger, sentenceFirstToken)) {
    // "تخلّف 300 شاب عن الالتحاق بالخدمة الإلزامية": young men who never joined evade the draft.
    for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 8); k++) if (anyIn(stems(tokens[k]), SERVICE)) return true;
  }
  return false;
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

/** Patterns of the cues below, made once (a regex literal inside a loop makes a new RegExp object at every turn). */
const GOODS_PREPOSITION = /^(مع|ب|من|عن|الي)$/;
const GLUED_WITH = /^(ب|مع)/;
/** "هرباً من …": a motive, not a fight fled. */
const MOTIVES = /^(هربا|خوفا|فرارا)$/;
const RANKS = /^صفوف/;
const FROM_RANKS = /^(صفوف|عن)$/;

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
