/**
 * Slot lists of the "verbs" family (./verbs.ts): the forms Arabic news uses to say that fighters defected or
 * deserted — predicates (verbs, verbal nouns in light-verb frames, participles, leaving-duty phrases), the people
 * (person nouns with their counts), the groups as outlets name them, and tails (date, place, destination).
 * Written from the language, not from any report of data/.
 */
import type { EventKind } from "../../extract/types";
import { about, moreThan, TENS, type Triple } from "../../extract/conventions/types";

/** The people who left: a counted (or vague) person noun in the cases the frames need. */
export interface Subject {
  /** After a verb (nominative): "ثلاثون مجنداً", "عنصران". */
  nom: string;
  /** After a preposition or a verbal noun (genitive): "ثلاثين مجنداً", "عنصرين". */
  obl: string;
  /** After "أنّ" or as an object (accusative): "جندياً"; the genitive's form for every other noun. */
  acc: string;
  count: Triple | null;
  number: "sg" | "du" | "pl";
  /** Definite or vague ("عشرات المسلحين"): no indefinite participle after it. */
  vague?: true;
}

const n = (x: number): Triple => [x, x, x];
const subj = (nom: string, count: Triple | null, number: Subject["number"] = "pl", obl = nom, vague?: true, acc = obl): Subject =>
  vague ? { nom, obl, acc, count, number, vague } : { nom, obl, acc, count, number };

/** Person nouns × counts: digits, words, duals, a single man, approximations, bounds, a vague plural. */
export const SUBJECTS: Subject[] = [
  subj("7 عناصر", n(7)),
  subj("سبعة جنود", n(7)),
  subj("ثلاثة مجندين", n(3)),
  subj("12 مقاتلاً", n(12)),
  subj("عنصران", n(2), "du", "عنصرين"),
  subj("ضابطان", n(2), "du", "ضابطين"),
  subj("جندي", n(1), "sg", "جندي", undefined, "جندياً"),
  subj("ثلاثة صف ضباط", n(3)),
  subj("نحو 40 عسكرياً", about(40)),
  subj("أكثر من 20 متطوعاً", moreThan(20)),
  subj("عشرات المسلحين", TENS, "pl", "عشرات المسلحين", true),
  subj("خمسة عشر شبيحاً", n(15)),
  subj("25 مرتزقاً", n(25)),
  subj("قياديان", n(2), "du", "قياديين اثنين"), // (bare "قياديين" is also the plural)
  subj("مئة مقاتل", n(100)),
  subj("ثلاثون مجنداً", n(30), "pl", "ثلاثين مجنداً"),
  subj("قرابة 50 عنصراً", about(50)),
  subj("صف ضابط", n(1), "sg"),
];

/** Agreement with the subject's number: plural, dual, singular forms of a verb, a pronoun or a participle. */
export const agree = (s: Subject, pl: string, du: string, sg: string): string => (s.number === "pl" ? pl : s.number === "du" ? du : sg);

export interface Group {
  text: string;
  id: string;
}

/** Groups as outlets name them: gazetteer names, aliases, kind words ("ميليشيا", "تنظيم", "فصيل"). */
export const GROUPS: Group[] = [
  { text: "قوات النظام", id: "syrian-army" },
  { text: "جيش النظام", id: "syrian-army" },
  { text: "الجيش السوري", id: "syrian-army" },
  { text: "قوات الأسد", id: "syrian-army" },
  { text: "الفرقة الرابعة", id: "4th-division" },
  { text: "ميليشيا الدفاع الوطني", id: "ndf" },
  { text: "قسد", id: "sdf" },
  { text: "قوات سوريا الديمقراطية", id: "sdf" },
  { text: "هيئة تحرير الشام", id: "hts" },
  { text: "تنظيم داعش", id: "isis" },
  { text: "الفيلق الخامس", id: "5th-corps" },
  { text: "ميليشيا حزب الله", id: "hezbollah" },
  { text: "فصيل فرقة الحمزة", id: "hamza-division" },
  { text: "الجيش الوطني", id: "sna" },
];

/** A numbered unit of a group, the group named after it ("الفوج 46 في قوات النظام"): the group left is the group. */
export const UNITS: Group[] = [
  { text: "الفوج 46 في قوات النظام", id: "syrian-army" },
  { text: "الكتيبة 12 التابعة للفرقة الرابعة", id: "4th-division" },
  { text: "اللواء 16 التابع للفيلق الخامس", id: "5th-corps" },
  { text: "الفوج 137 في جيش النظام", id: "syrian-army" },
];
// (Left out: a named sub-unit the gazetteer lacks, "كتيبة المدفعية في قسد": the group left is the sub-unit or its
// parent, and the conventions do not say which.)

/** Tails that change nothing: a date, a place, both. */
export const TAILS: string[] = [
  "أمس",
  "فجر اليوم في ريف حماة",
  "يوم الاثنين الماضي",
  "الأسبوع الماضي في ريف دير الزور الشرقي",
  "مساء أمس",
  "خلال الساعات الماضية في ريف درعا",
];

/** A destination clause and the kind it makes (it overrides the predicate's kind); `not` is a group it names. */
export interface Destination {
  text: (s: Subject) => string;
  kind: EventKind;
  not?: string;
}

export const DESTINATIONS: Destination[] = [
  { text: (s) => `و${agree(s, "وصلوا", "وصلا", "وصل")} إلى مناطق سيطرة المعارضة في ريف إدلب`, kind: "defection" },
  { text: (s) => `و${agree(s, "عادوا", "عادا", "عاد")} إلى ${agree(s, "منازلهم", "منزليهما", "منزله")} في ريف حمص`, kind: "desertion" },
  { text: () => "إلى الأردن عبر الحدود", kind: "desertion" },
  { text: (s) => `و${agree(s, "التحقوا", "التحقا", "التحق")} بصفوف الجيش الحر`, kind: "defection", not: "fsa" },
  { text: () => "إلى جهة مجهولة", kind: "desertion" },
  { text: (s) => `و${agree(s, "سلّموا أنفسهم", "سلّما نفسيهما", "سلّم نفسه")} لقوات الجيش الوطني`, kind: "defection", not: "sna" },
  { text: (s) => `و${agree(s, "دخلوا", "دخلا", "دخل")} الأراضي التركية`, kind: "desertion" },
];

/**
 * A predicate: how the sentence says they left. `clause` writes it verb first with its subject and the group
 * (group null: named elsewhere in the sentence); `after` is the verb phrase after a subject already said
 * ("بأن 7 عناصر من X انشقوا"); `masdar` a headline noun phrase. Kind: defection or desertion by the conventions
 * when no destination is said (انشقاق with none is a defection; fleeing or leaving duty with none, a desertion).
 */
export interface Predicate {
  id: string;
  kind: EventKind;
  clause: (s: Subject, g: string | null) => string;
  after?: (s: Subject) => string;
  masdar?: (s: Subject, g: string) => string;
  /** The frame needs the group in it (a split "عن X"), or an indefinite counted subject (a participle). */
  needsGroup?: true;
  indefinite?: true;
}

const from = (g: string | null): string => (g ? ` من ${g}` : "");
const off = (g: string | null): string => (g ? ` عن ${g}` : "");

export const PREDICATES: Predicate[] = [
  // انشقاق: verbs, verbal nouns in light-verb frames, participles.
  { id: "defect-verb", kind: "defection", clause: (s, g) => `انشق ${s.nom}${from(g)}`, after: (s) => agree(s, "انشقوا", "انشقا", "انشق"), masdar: (s, g) => `انشقاق ${s.obl} من ${g}` },
  { id: "defect-verb-an", kind: "defection", clause: (s, g) => `انشق ${s.nom}${off(g)}`, after: (s) => agree(s, "انشقوا", "انشقا", "انشق"), masdar: (s, g) => `انشقاق ${s.obl} عن ${g}` },
  { id: "defect-announced", kind: "defection", clause: (s, g) => `أعلن ${s.nom}${from(g)} ${agree(s, "انشقاقهم", "انشقاقهما", "انشقاقه")}`, after: (s) => agree(s, "أعلنوا انشقاقهم", "أعلنا انشقاقهما", "أعلن انشقاقه") },
  { id: "defect-managed", kind: "defection", clause: (s, g) => `تمكن ${s.nom}${from(g)} من الانشقاق`, after: (s) => agree(s, "تمكنوا من الانشقاق", "تمكنا من الانشقاق", "تمكن من الانشقاق") },
  { id: "defect-succeeded", kind: "defection", clause: (s, g) => `نجح ${s.nom}${from(g)} في الانشقاق`, after: (s) => agree(s, "نجحوا في الانشقاق", "نجحا في الانشقاق", "نجح في الانشقاق") },
  { id: "defect-undertook", kind: "defection", clause: (s, g) => `أقدم ${s.nom}${from(g)} على الانشقاق` },
  { id: "defect-reported", kind: "defection", clause: (s, g) => `أفادت مصادر محلية بانشقاق ${s.obl}${from(g)}` },
  { id: "defect-ranks-witnessed", kind: "defection", clause: (s, g) => (g ? `شهدت صفوف ${g} انشقاق ${s.obl}` : `سُجّل انشقاق ${s.obl}`) },
  { id: "defect-cases-recorded", kind: "defection", clause: (s, g) => `سُجّلت حالات انشقاق في صفوف ${g} طالت ${s.acc}`, needsGroup: true },
  { id: "defect-split-formed", kind: "defection", clause: (s, g) => `انفصل ${s.nom} عن ${g} ${agree(s, "وشكلوا", "وشكلا", "وشكّل")} فصيلاً مستقلاً`, needsGroup: true },
  { id: "defect-participle", kind: "defection", clause: (s, g) => `وصل إلى مناطق سيطرة المعارضة ${s.nom} ${agree(s, "منشقون", "منشقان", "منشق")} عن ${g}`, needsGroup: true, indefinite: true },
  // فرار / هروب / تسرّب: fleeing the unit.
  { id: "flee-verb", kind: "desertion", clause: (s, g) => `فرّ ${s.nom}${from(g)}`, after: (s) => agree(s, "فرّوا", "فرّا", "فرّ"), masdar: (s, g) => `فرار ${s.obl} من ${g}` },
  { id: "flee-harab", kind: "desertion", clause: (s, g) => `هرب ${s.nom}${from(g)}`, after: (s) => agree(s, "هربوا", "هربا", "هرب"), masdar: (s, g) => `هروب ${s.obl} من ${g}` },
  { id: "flee-managed", kind: "desertion", clause: (s, g) => `تمكن ${s.nom}${from(g)} من الفرار`, after: (s) => agree(s, "تمكنوا من الفرار", "تمكنا من الفرار", "تمكن من الفرار") },
  { id: "flee-managed-service", kind: "desertion", clause: (s, g) => `تمكن ${s.nom}${from(g)} من الهروب من الخدمة`, after: (s) => agree(s, "تمكنوا من الهروب من الخدمة", "تمكنا من الهروب من الخدمة", "تمكن من الهروب من الخدمة") },
  { id: "flee-succeeded", kind: "desertion", clause: (s, g) => `نجح ${s.nom}${from(g)} في الفرار من ${agree(s, "مواقعهم", "موقعهما", "موقعه")}` },
  { id: "flee-undertook", kind: "desertion", clause: (s, g) => `أقدم ${s.nom}${from(g)} على الفرار` },
  { id: "flee-reported", kind: "desertion", clause: (s, g) => `أفادت مصادر محلية بفرار ${s.obl}${from(g)}` },
  { id: "flee-confirmed", kind: "desertion", clause: (s, g) => `أكدت مصادر هروب ${s.obl}${from(g)}` },
  { id: "flee-wave", kind: "desertion", clause: (s, g) => `شهدت صفوف ${g} موجة فرار طالت ${s.acc}`, needsGroup: true },
  { id: "flee-seeped", kind: "desertion", clause: (s, g) => `تسرّب ${s.nom}${from(g)}`, after: (s) => agree(s, "تسرّبوا من الخدمة", "تسرّبا من الخدمة", "تسرّب من الخدمة"), masdar: (s, g) => `تسرّب ${s.obl} من ${g}` },
  { id: "flee-participle", kind: "desertion", clause: (s, g) => `وصل إلى قراهم في ريف درعا ${s.nom} ${agree(s, "فارّون", "فارّان", "فارّ")} من ${g}`, needsGroup: true, indefinite: true },
  { id: "flee-participle-seeped", kind: "desertion", clause: (s, g) => `عاد إلى بلداتهم ${s.nom} ${agree(s, "متسربون", "متسربان", "متسرب")} من ${g}`, needsGroup: true, indefinite: true },
  // Leaving duty: the unit, the service, the post; not coming back; hiding; laying down the uniform.
  { id: "leave-unit", kind: "desertion", clause: (s, g) => `ترك ${s.nom}${from(g)} ${agree(s, "قطعتهم", "قطعتهما", "قطعته")} العسكرية`, after: (s) => agree(s, "تركوا قطعتهم العسكرية", "تركا قطعتهما العسكرية", "ترك قطعته العسكرية"), masdar: (s, g) => `ترك ${s.obl} من ${g} ${agree(s, "قطعتهم", "قطعتهما", "قطعته")} العسكرية` },
  { id: "leave-service", kind: "desertion", clause: (s, g) => `ترك ${s.nom}${from(g)} ${agree(s, "خدمتهم", "خدمتهما", "خدمته")} العسكرية`, after: (s) => agree(s, "تركوا خدمتهم", "تركا خدمتهما", "ترك خدمته") },
  { id: "leave-posts", kind: "desertion", clause: (s, g) => `ترك ${s.nom}${from(g)} ${agree(s, "مواقعهم", "موقعهما", "موقعه")}`, after: (s) => agree(s, "تركوا مواقعهم", "تركا موقعهما", "ترك موقعه") },
  { id: "leave-barracks", kind: "desertion", clause: (s, g) => `غادر ${s.nom}${from(g)} ${agree(s, "ثكنتهم", "ثكنتهما", "ثكنته")} دون إذن`, after: (s) => agree(s, "غادروا ثكنتهم دون إذن", "غادرا ثكنتهما دون إذن", "غادر ثكنته دون إذن") },
  { id: "leave-failed-return", kind: "desertion", clause: (s, g) => `تخلّف ${s.nom}${from(g)} عن العودة إلى ${agree(s, "قطعهم", "قطعتهما", "قطعته")}`, after: (s) => agree(s, "تخلّفوا عن العودة إلى قطعهم", "تخلّفا عن العودة إلى قطعتهما", "تخلّف عن العودة إلى قطعته") },
  { id: "leave-not-back-from-leave", kind: "desertion", clause: (s, g) => `لم يعد ${s.nom}${from(g)} من ${agree(s, "إجازاتهم", "إجازتهما", "إجازته")}`, after: (s) => agree(s, "لم يعودوا من إجازاتهم", "لم يعودا من إجازتهما", "لم يعد من إجازته") },
  { id: "leave-refused-return", kind: "desertion", clause: (s, g) => `رفض ${s.nom}${from(g)} العودة إلى الخدمة بعد انتهاء ${agree(s, "إجازاتهم", "إجازتهما", "إجازته")}`, after: (s) => agree(s, "رفضوا العودة إلى الخدمة بعد انتهاء إجازاتهم", "رفضا العودة إلى الخدمة بعد انتهاء إجازتهما", "رفض العودة إلى الخدمة بعد انتهاء إجازته") },
  { id: "leave-absent", kind: "desertion", clause: (s, g) => `تغيّب ${s.nom}${from(g)} عن الخدمة`, after: (s) => agree(s, "تغيّبوا عن الخدمة", "تغيّبا عن الخدمة", "تغيّب عن الخدمة") },
  { id: "leave-unit-hid", kind: "desertion", clause: (s, g) => `ترك ${s.nom}${from(g)} ${agree(s, "قطعتهم", "قطعتهما", "قطعته")} العسكرية ${agree(s, "وتواروا", "وتواريا", "وتوارى")} عن الأنظار` },
  { id: "leave-hid", kind: "desertion", clause: (s, g) => `توارى ${s.nom}${from(g)} عن الأنظار بعد ${agree(s, "خروجهم", "خروجهما", "خروجه")} من الخدمة` },
  { id: "leave-laid-arms-home", kind: "desertion", clause: (s, g) => `ألقى ${s.nom}${from(g)} ${agree(s, "سلاحهم", "سلاحهما", "سلاحه")} ${agree(s, "وعادوا إلى بيوتهم", "وعادا إلى بيتيهما", "وعاد إلى بيته")}` },
  { id: "leave-uniform", kind: "desertion", clause: (s, g) => `خلع ${s.nom}${from(g)} البزة العسكرية` , after: (s) => agree(s, "خلعوا البزة العسكرية", "خلعا البزة العسكرية", "خلع البزة العسكرية") },
  { id: "leave-contact-lost", kind: "desertion", clause: (s, g) => `فُقد الاتصال ${/^\d/.test(s.obl) ? "بـ" : "ب"}${s.obl}${from(g)} بعد ${agree(s, "فرارهم", "فرارهما", "فراره")} من ${agree(s, "مواقعهم", "موقعهما", "موقعه")}` },
  { id: "leave-trace-lost", kind: "desertion", clause: (s, g) => `فُقد أثر ${s.obl}${from(g)} بعد ${agree(s, "تركهم", "تركهما", "تركه")} ${agree(s, "قطعتهم", "قطعتهما", "قطعته")} العسكرية` },
];

/**
 * Non-events in the words of the new predicates (no event expected): refusing orders while staying, laying down
 * arms to an enemy, contact lost in an attack, attackers out of sight, a call or an intention to leave, a denial,
 * leaked information, a return to the unit, leaving posts on orders, young men evading the draft.
 */
export const NON_EVENTS: Array<{ id: string; clause: (s: Subject, g: string) => string }> = [
  { id: "refused-orders", clause: (s, g) => `رفض ${s.nom} من ${g} تنفيذ الأوامر العسكرية` },
  { id: "laid-arms-captured", clause: (s, g) => `ألقى ${s.nom} من ${g} ${agree(s, "سلاحهم", "سلاحهما", "سلاحه")} ${agree(s, "واستسلموا", "واستسلما", "واستسلم")} للقوات المهاجمة بعد حصار دام أسبوعاً` },
  { id: "contact-lost-attack", clause: (s, g) => `فُقد الاتصال ${/^\d/.test(s.obl) ? "بـ" : "ب"}${s.obl} من ${g} بعد الهجوم على ${agree(s, "مواقعهم", "موقعهما", "موقعه")}` },
  { id: "attackers-hid", clause: (s, g) => `توارى المهاجمون عن الأنظار بعد استهداف ${s.obl} من ${g}` },
  { id: "call-to-leave", clause: (s, g) => `دعا ناشطون ${s.acc} من ${g} إلى ترك ${agree(s, "قطعهم", "قطعتيهما", "قطعته")} العسكرية` },
  { id: "denied-absence", clause: (s, g) => `نفت مصادر في ${g} تغيّب ${s.obl} عن الخدمة` },
  { id: "leaked-information", clause: (s, g) => `تسرّبت معلومات عن ${s.obl} من ${g}` },
  { id: "back-to-unit", clause: (s, g) => `${agree(s, "عاد", "عاد", "عاد")} ${s.nom} من ${g} إلى ${agree(s, "قطعهم", "قطعتهما", "قطعته")} العسكرية بعد انتهاء ${agree(s, "إجازاتهم", "إجازتهما", "إجازته")}` },
  { id: "posts-on-orders", clause: (s, g) => `ترك ${s.nom} من ${g} ${agree(s, "مواقعهم", "موقعهما", "موقعه")} بأوامر من القيادة` },
  { id: "draft-evaders", clause: (_s, g) => `تمكن مئات الشبان من الهروب من الخدمة الإلزامية في ${g}` },
];

/**
 * A running total over a recent, dated period ("ارتفع عدد الفارين من X خلال الشهر الجاري إلى 50 عنصراً"): by the
 * conventions a running total with its own period is the incident's figure (it replaces an earlier one). The
 * participle decides the kind. (A total since the war began is no event: r7-negs' family.)
 */
export const TALLY_PARTICIPLES: Array<{ text: string; kind: EventKind }> = [
  { text: "المنشقين عن", kind: "defection" },
  { text: "الفارين من", kind: "desertion" },
  { text: "المتسربين من", kind: "desertion" },
  { text: "الهاربين من صفوف", kind: "desertion" },
];
export const TALLY_VERBS = ["ارتفع عدد", "بلغ عدد", "وصل عدد"];
export const TALLY_PERIODS = ["خلال الشهر الجاري", "منذ بداية الأسبوع الجاري", "خلال الأيام الماضية"];
/** The total after "إلى" (ارتفع/وصل) or as the subject of "بلغ": always the accusative or genitive form. */
export const TALLY_FIGURES: Array<{ text: string; count: Triple }> = [
  { text: "50 عنصراً", count: n(50) },
  { text: "اثني عشر جندياً", count: n(12) },
  { text: "نحو 40 عسكرياً", count: about(40) },
  { text: "أكثر من 30 مقاتلاً", count: moreThan(30) },
  { text: "سبعة عناصر", count: n(7) },
];
