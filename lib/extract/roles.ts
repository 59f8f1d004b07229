/**
 * The role of a group mention, from the verb frame and the preposition before it (Arabic syntax,
 * not sentences of reports). Read right to left over the few words before the mention:
 * - group left (`member`): "انشق عن X", "فرّ من صفوف X", "الفارين من X", "انشقاقه عن X", "عناصر من X";
 * - group joined (`destination`): "إلى / نحو / باتجاه / بصفوف X", "التحق بـX", "انضم إلى X", "سلّموا أنفسهم لـX";
 * - umbrella (`parent`): "التابعة لـX", "المدعومة من X", "الموالية لـX";
 * - helper (`helper`): "بمساعدة X", "بتأمين من X", "بالتنسيق مع X", "أمّنت X انشقاقهم";
 * - opponent or captor (`opponent`): "في مواجهة X", "اعتقلتهم X", "ضبطتهم X", "اعتقلت X عناصر فروا…";
 * - agent (`agent`): "من قبل X", "على يد X", "مع X", "ضد X";
 * - origin (`origin`): "من مناطق سيطرة X" (whose area they left, not whose ranks);
 * - the side that received them, told from that side (round 11): the subject of a verb of receiving ("استقبل X 12
 *   منشقاً", "واستقبلهم X") or the owner of "صفوفه/مناطق سيطرته" after it ("أعلن X انضمام 12 عنصراً من Y إلى صفوفه")
 *   is a `destination`; the subject of a verb of securing ("أمّنت X", "تمكّنت X من تأمين انشقاق …") a `helper`
 *   (sideThatReceived; refiners/received.ts makes either the event's destination).
 * Only a `member` can be the group a trigger says the people left (groups.ts attachGroups).
 * ROLE_EXAMPLES are the positives and negatives of every rule (roles.test.ts).
 */
import * as $normalize from "../arabic/normalize";
import * as $numbers from "../arabic/numbers";
import * as $vague from "./counts-vague";
import type { GroupMention, GroupRole } from "./groups";
import * as $lexicon from "./lexicon";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { parseNumberAt } = $numbers;
const { QUANTITY_WORDS } = $vague;
const { BELONGING_VERBS, DEFINITE_PEOPLE_WORDS, MILITARY_NOUNS, TOLD_PEOPLE_WORDS } = $lexicon;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { classesOf, inClass, stemIn, stems, wordClass } = tokenModule;


export const TOWARDS = foldedWords("الي نحو باتجاه صوب تجاه لصالح");
const C_TOWARDS = wordClass(TOWARDS);
export const AREA_WORDS = foldedWords("مناطق سيطره منطقه");
const C_AREA_WORDS = wordClass(AREA_WORDS);
export const JOIN_VERBS = foldedWords("التحقوا التحق التحقت التحقا انضما يلتحق يلتحقون ينضم ينضمون انضموا انضم انضمت التحاقهم انضمامهم التحاقه انضمامه التحاقها انضمامها لجوء لجووهم");
const C_JOIN_VERBS = wordClass(JOIN_VERBS);
export const PARENT_BEFORE = foldedWords(`التابعه التابع التابعين المدعومه المدعوم المرتبطه المرتبط المسانده المساند المواليه الموالي المنضويه المنضوي
  لصالح رعايه غطاء بقياده يتبع تتبع تابعه تابع يترأسه مرتبات السابق السابقه سابقا`);
const C_PARENT_BEFORE = wordClass(PARENT_BEFORE);
export const AGENT_BEFORE = foldedWords("قبل يد مع ضد");
const C_AGENT_BEFORE = wordClass(AGENT_BEFORE);
/** Who secured or helped the defection: a noun of help ("بمساعدة", "بتأمين من") or a verb of securing before its subject. */
export const HELPER_BEFORE = foldedWords(`مساعده بمساعده تامين بتامين تنسيق التنسيق بالتنسيق تعاون بالتعاون وساطه بوساطه تسهيل بتسهيل اشراف باشراف
  ساعد ساعدت ساعدهم ساعدته امنت امن امنوا امنتهم امنته سهلت سهل سهلتهم`);
const C_HELPER_BEFORE = wordClass(HELPER_BEFORE);
/** The enemy fought or the force that caught them: "في مواجهة X", "اعتقلتهم X", "ضبطت X …". */
export const OPPONENT_BEFORE = foldedWords(`مواجهه بمواجهه قتال لقتال محاربه لمحاربه معارك اشتباكات هجوم هجمات قصف غارات كمين
  اعتقلت اعتقلتهم اعتقلته اعتقلهم ضبطت ضبطتهم ضبطته ضبطهم اوقفت اوقفتهم اوقفته القت لاحقت لاحقتهم تلاحق طاردت طاردتهم اسرت اسرتهم احتجزت احتجزتهم`);
const C_OPPONENT_BEFORE = wordClass(OPPONENT_BEFORE);
/** Plural nouns of people (fighters, soldiers), as written before "التابعين لـ". */
const PEOPLE = foldedWords("عناصر العناصر مقاتلين المقاتلين مقاتلي جنود الجنود عسكريين العسكريين ضباط الضباط افراد الافراد مسلحين المسلحين منشقين المنشقين قاده القاده");
/** The plural participle of belonging, said of people only ("تابعين لـX"). */
const PEOPLE_BELONGING = foldedWords("التابعين التابعون تابعين تابعون");
/** One soldier before a verb of belonging ("عنصر يتبع لـX"): his own unit. Not before "السابق" ("القائد العسكري السابق لـX" is a past post). */
const ONE_SOLDIER = foldedWords("عنصر العنصر مقاتل المقاتل جندي الجندي عسكري ضابط الضابط مجند المجند عنصرا مقاتلا جنديا ضابطا");
const BELONGING = foldedWords("يتبع تابع التابع");
const C_BELONGING = wordClass(BELONGING);
/** Words allowed between a helper or opponent word and the group ("بتأمين من X", "بالتنسيق مع X"). */
const FRAME_FILLERS = /^(من|مع|ل|قبل|دوريه|دوريات|عناصر|حاجز)$/;
/** Words that close a frame: what stands before them governs another noun. */
const FRAME_BREAK = /^(عن|في|صفوف|داخل|الي|نحو|باتجاه)$/;
/** A body of a group ("بالتنسيق مع مكتب العلاقات العسكرية في X"): the frame runs on through "في" after one. */
const BODY_NOUNS = foldedWords("مكتب المكتب قياده القياده اداره الاداره جهاز الجهاز فرع الفرع العلاقات العسكريه الامنيه العامه غرفه عمليات");

/** Examples: a text and the role of each group mention in it ("id:role", or the unknown unit's text). */
export const ROLE_EXAMPLES: Array<[string, string[]]> = [
  // left
  ["انشق عشرة عناصر عن الفرقة الرابعة", ["4th-division:member"]],
  ["فرّ خمسة عناصر من صفوف قسد", ["sdf:member"]],
  ["أفرجت السلطات عن العناصر الفارين من الفرقة الرابعة", ["4th-division:member"]],
  ["أعلن القيادي انشقاقه عن هيئة تحرير الشام", ["hts:member"]],
  // joined
  ["انشق عناصر من الفرقة الرابعة والتحقوا بقوات قسد", ["4th-division:member", "sdf:destination"]],
  ["فر عناصر من الدفاع الوطني باتجاه مناطق قسد", ["ndf:member", "sdf:destination"]],
  ["انشق عنصر من قسد وانضم إلى الجيش الوطني السوري", ["sdf:member", "sna:destination"]],
  ["انشق عنصران عن داعش وانضما لصفوف هيئة تحرير الشام", ["isis:member", "hts:destination"]],
  ["فر عناصر من قسد إلى صفوف الجيش الوطني السوري", ["sdf:member", "sna:destination"]],
  ["التحق 5 جنود من قوات النظام بالجيش الحر", ["syrian-army:member", "fsa:destination"]],
  ["والتحاق عشرة عناصر من قسد بالجيش الوطني السوري", ["sdf:member", "sna:destination"]],
  // "إلى أن" opens a clause (round 7, discourse): its subject is no destination
  ["ويشار إلى أن الفرقة الرابعة شهدت انشقاق ثلاثة عناصر الشهر الماضي", ["4th-division:member"]],
  ["وأشار المصدر إلى أن قسد شهدت انشقاقات عدة", ["sdf:member"]],
  ["فر عناصر من قسد إلى الجيش الوطني السوري", ["sdf:member", "sna:destination"]],
  // helper
  ["انشق سبعة عناصر من الفرقة الرابعة بمساعدة الجيش الوطني السوري", ["4th-division:member", "sna:helper"]],
  ["فر عناصر من الدفاع الوطني بتأمين من قسد", ["ndf:member", "sdf:helper"]],
  ["انشق ضابط عن الفرقة الرابعة بالتنسيق مع هيئة تحرير الشام", ["4th-division:member", "hts:helper"]],
  ["موضحين أنهم انشقوا بالتنسيق مع مكتب العلاقات العسكرية في مجلس منبج العسكري", ["manbij-military-council:helper"]],
  ["انشق عنصر من مكتب العلاقات العسكرية في مجلس منبج العسكري", ["manbij-military-council:member"]],
  ["أمّنت هيئة تحرير الشام انشقاق عشرة عناصر من الفرقة الرابعة", ["hts:helper", "4th-division:member"]],
  // opponent or captor
  ["فر عناصر من الفرقة الرابعة على جبهات القتال في مواجهة هيئة تحرير الشام", ["4th-division:member", "hts:opponent"]],
  ["اعتقلت قسد خمسة عناصر فروا من الدفاع الوطني", ["sdf:opponent", "ndf:member"]],
  ["حاول عناصر من الدفاع الوطني الفرار لكن ضبطتهم الفرقة الرابعة", ["ndf:member", "4th-division:opponent"]],
  // belonging, though after "إلى"
  ["سلّم 43 مسلحاً ينتمون إلى جيش الإسلام أنفسهم للجيش", ["jaysh-al-islam:member", "syrian-army:destination"]],
  ["وذكر المراسل أن المسلحين ينتمون إلى ما يسمى جيش الإسلام", ["jaysh-al-islam:member"]],
  ["وينتمي العناصر المنشقون إلى الفرقة الرابعة", ["4th-division:member"]],
  ["وينتمي جميعهم إلى لواء فاطميون", ["fatemiyoun:member"]],
  ["وصل العناصر المنشقون إلى مناطق الجيش الوطني", ["sna:destination"]],
  ["فر عناصر من قسد إلى جيش الإسلام", ["sdf:member", "jaysh-al-islam:destination"]],
  // … but not past the end of its sentence (round 11)
  ["وصل المنشقون إلى مناطق قسد. الفرقة الرابعة شهدت انشقاقات عدة", ["sdf:destination", "4th-division:member"]],
  // the speaker's group
  ["قال مصدر عسكري في الجيش الوطني السوري إن خمسة عناصر انشقوا", ["sna:agent"]],
  ["وقال المتحدث باسم قسد إن عناصر فروا", ["sdf:agent"]],
  ["بحسب مصادر في هيئة تحرير الشام", ["hts:agent"]],
  ["انشق قيادي في هيئة تحرير الشام", ["hts:member"]],
  ["فرّ عناصر من الفرقة الرابعة بحسب مصدر محلي في درعا", ["4th-division:member"]],
  // … but a person inside X telling X's own men ("من عناصره"، "في صفوفه"): X is the group left (round 16)
  ["وأعلن مصدر في الفيلق الخامس انشقاق 30 من عناصره", ["5th-corps:member"]],
  ["أفاد المتحدث باسم قسد بانشقاق 12 عنصراً في صفوفها", ["sdf:member"]],
  ["وقال الناطق باسم الجيش الوطني إن سبعة من مقاتليه انشقوا", ["sna:member"]],
  // negatives: another group's men named, the side they reached, the men of another sentence
  ["أعلن مصدر في قسد انشقاق 30 عنصراً من قوات النظام", ["sdf:agent", "syrian-army:member"]],
  ["قال مصدر في الفيلق الخامس إن 30 عنصراً من الفرقة الرابعة انشقوا", ["5th-corps:agent", "4th-division:member"]],
  ["أعلن مصدر في الجيش الوطني انشقاق 12 عنصراً من قسد وانضمامهم إلى صفوفه", ["sna:agent", "sdf:member"]],
  ["أعلن مصدر في قسد أن قوات النظام اعتقلت ثلاثة من عناصرها", ["sdf:agent", "syrian-army:member"]],
  // parent
  ["انشق عناصر من ميليشيا الدفاع الوطني التابعة لقوات النظام", ["ndf:member", "syrian-army:parent"]],
  ["انشق عدد من العناصر التابعين للفيلق الخامس", ["5th-corps:member"]],
  ["انشق عنصر يتبع للفرقة الرابعة", ["4th-division:member"]],
  ["انشق ضابط تابع للفرقة الرابعة", ["4th-division:member"]],
  ["انشق عناصر من الدفاع الوطني التابع لقوات النظام", ["ndf:member", "syrian-army:parent"]],
  ["انشق القائد العسكري السابق لجبهة النصرة عن داعش", ["nusra:parent", "isis:member"]],
  // negatives: a help or arrest word that governs another noun leaves the group its own role
  ["انشق عناصر بمساعدة أقاربهم عن الفرقة الرابعة", ["4th-division:member"]],
  ["اعتقلت الشرطة عناصر من الدفاع الوطني", ["ndf:member"]],
  // a captor whose object is its own men ("N من عناصرها"): they tried to leave it
  ["اعتقلت قوات النظام ثلاثة من جنودها أثناء محاولتهم الانشقاق", ["syrian-army:member"]],
  ["ألقت قسد القبض على أربعة من عناصرها حاولوا الفرار", ["sdf:member"]],
  ["اعتقلت قسد أربعة من عناصر الدفاع الوطني حاولوا الفرار", ["sdf:opponent", "ndf:member"]],
  ["أمّنت الفصائل طريق العناصر الفارين من قسد", ["sdf:member"]],
  ["انشق عناصر من قسد بالتزامن مع هجوم للجيش الوطني", ["sdf:member", "sna:opponent"]],
  ["فر عناصر من الفرقة الرابعة خلال هجوم لتنظيم داعش", ["4th-division:member", "isis:opponent"]],
  // the side that received them, told from that side (round 11): a verb of receiving, "صفوفه" after the telling
  ["استقبل الجيش الوطني السوري 12 عنصراً منشقاً عن قسد", ["sna:destination", "sdf:member"]],
  ["واحتضنت قسد عشرات المنشقين عن قوات النظام", ["sdf:destination", "syrian-army:member"]],
  ["انشق عناصر عن قسد واستقبلهم الجيش الوطني", ["sdf:member", "sna:destination"]],
  ["استقبلت مناطق سيطرة قسد خمسة منشقين", ["sdf:destination"]],
  ["أعلن الجيش الوطني انضمام 12 عنصراً من قسد إلى صفوفه", ["sna:destination", "sdf:member"]],
  ["أكدت هيئة تحرير الشام انشقاق ثلاثة ضباط عن الفرقة الرابعة والتحاقهم بصفوفها", ["hts:destination", "4th-division:member"]],
  ["رحبت قسد بوصول خمسة منشقين عن الدفاع الوطني إلى مناطق سيطرتها", ["sdf:destination", "ndf:member"]],
  // … securing it (a helper, the side they reached)
  ["تمكنت هيئة تحرير الشام من تأمين انشقاق سبعة جنود من قوات النظام", ["hts:helper", "syrian-army:member"]],
  ["نجح الجيش الحر في تسهيل انشقاق ضابطين عن الفرقة الرابعة", ["fsa:helper", "4th-division:member"]],
  // the side before its verb (a headline)
  ["الجيش الوطني يستقبل 12 عنصراً منشقاً عن قسد", ["sna:destination", "sdf:member"]],
  ["هيئة تحرير الشام تؤمّن انشقاق سبعة جنود من قوات النظام", ["hts:helper", "syrian-army:member"]],
  ["فر خمسة عناصر من قسد ساعدهم الجيش الوطني", ["sdf:member", "sna:helper"]],
  // negatives: ranks they left or came back to, an announcer alone, a subject after "من"
  ["اعترفت قسد بفرار 12 عنصراً من صفوفها", ["sdf:member"]],
  ["دعت قسد المنشقين عنها إلى العودة إلى صفوفها", ["sdf:member"]],
  ["أعلن الجيش الوطني انشقاق 12 عنصراً عن قسد", ["sna:member", "sdf:member"]],
  ["انشق عنصران من قسد وانضما إلى صفوفها المقاتلة", ["sdf:member"]],
  // the men told as affiliated to the group they left, the teller the side they joined (round 13, issue 10 class 1)
  ["أعلن الجيش الوطني انشقاق عدد من العناصر التابعين للفيلق الخامس وانضمامهم إلى صفوفه", ["sna:destination", "5th-corps:member"]],
  ["أكدت قسد انشقاق 40 مقاتلاً تابعين للدفاع الوطني وانضمامهم إلى صفوفها", ["sdf:destination", "ndf:member"]],
  ["أكدت قسد انشقاق نحو 40 مقاتلاً تابعين للدفاع الوطني وانضمامهم إلى صفوفها", ["sdf:destination", "ndf:member"]],
  [`أعلن الجيش الوطني انشقاق عدد من المنتسبين التابعين لـ"الفيلق الخامس" وانضمامهم إلى صفوفه`, ["sna:destination", "5th-corps:member"]],
  ["أكدت قسد انشقاق 40 مقاتلاً منتسبين إلى الدفاع الوطني وانضمامهم إلى صفوفها", ["sdf:destination", "ndf:member"]],
  // «نحو» right before a figure or a quantity word is a hedge, never "towards" the group after it (round 14); before
  // the group it is towards
  ["انشق نحو 50 عنصراً لقسد في ريف دير الزور", ["sdf:member"]],
  ["فرّ نحو خمسين جندياً للنظام أمس", ["syrian-army:member"]],
  ["فرّ نحو عشرات العناصر لتنظيم داعش", ["isis:member"]],
  ["فرّ 50 عنصراً من قوات النظام نحو قسد", ["syrian-army:member", "sdf:destination"]],
  // the receiving side announcing men told by their own group after «لـ» (round 15): «إليها» after a word of joining
  // refers back to the announcer as «إلى صفوفها» does; «للنظام» (ل + النظام) is a preposition's object, never a subject
  ["أعلنت قسد انشقاق 40 عنصراً لداعش وانضمامهم إليها", ["sdf:destination", "isis:member"]],
  ["أعلن الجيش الوطني انشقاق 12 مقاتلاً لقسد وانضمامهم إليه", ["sna:destination", "sdf:member"]],
  ["أعلنت قسد انشقاق 40 عنصراً للنظام ووصولهم إلى مناطق سيطرتها", ["sdf:destination", "syrian-army:member"]],
  // negatives: a third party announcing, «إليها» after coming back (their own ranks), «إليها» after no word of joining
  ["أعلن المرصد انشقاق 40 عنصراً لداعش", ["isis:member"]],
  ["دعت قسد المنشقين عنها إلى العودة إليها", ["sdf:member"]],
  ["أعلنت قسد انشقاق 40 عنصراً عن داعش وأشارت إليها", ["sdf:member", "isis:member"]],
  // a refuge (round 15): the glued object of «لجأ/احتمى» right after the verb is where they went; the side's own
  // recourse («لجأت قسد إلى …») and a recourse of the men name no side
  ["فرّ 12 عنصراً من قوات النظام ولجأوا لقسد", ["syrian-army:member", "sdf:destination"]],
  ["انشق سبعة عناصر عن قسد واحتموا بالجيش الوطني", ["sdf:member", "sna:destination"]],
  ["لجأت قسد إلى اعتقال المنشقين عن الدفاع الوطني", ["sdf:member", "ndf:member"]],
  ["لجأ عناصر من قسد إلى الحيلة للفرار", ["sdf:member"]],
  ["فرّ 12 عنصراً من قوات النظام واحتموا بمناطق سيطرة قسد", ["syrian-army:member", "sdf:destination"]],
  ["فرّ 12 عنصراً من قوات النظام بمناطق سيطرة قسد", ["syrian-army:member", "sdf:origin"]],
  // … and a unit's umbrella after "التابع لـ" is no side either
  ["أعلنت قسد انشقاق خمسة عناصر من الدفاع الوطني التابع لقوات النظام وانضمامهم إلى صفوفها", ["sdf:destination", "ndf:member", "syrian-army:parent"]],
];

// The words roleOf and its readers test, made once (a regex literal makes a new RegExp object each time it is evaluated).
const INTO_RANKS = new Set(["بصفوف", "لصفوف"]);
const LAM_FIRST = /^(ل|ال)/;
const FROM_IN = new Set(["من", "عن", "في", "داخل"]);
const MEMBER_BREAK = new Set(["من", "عن", "في", "صفوف", "عناصر", "مقاتلي", "داخل"]);
const BELONGING_TO = new Set(["تابعه", "التابعه", "التابع", "تابع", "المواليه", "الموالي", "المسانده", "المساند"]);
const SPEAKER_PREPS = new Set(["في", "من", "لدي", "داخل", "باسم"]);
const MIN_FI = new Set(["من", "في"]);
const AREAS_FIRST = /^مناطق/;
const AREAS_WORD = /^(ل|ب)?مناطق$/;
const LAM_BA_FIRST = /^[لب]/;
const HANDED_OVER = new Set(["انفسهم", "نفسه", "نفسها", "سلاحهم", "اسلحتهم", "سلاحها"]);

/** The role of mention `m`, read from the words before it (and, for the side that received them, its frame after it). */
export function roleOf(tokens: readonly Token[], m: GroupMention, text: string): GroupRole {
  const t = tokens[m.first];
  const glued = text.slice(t.start, m.start);
  const framed = frameRole(tokens, m);
  // "اعتقلت X ثلاثة من جنودها": the captor's object is its own men, so X is the group they tried to leave.
  if (framed === "opponent" && ownMenAfter(tokens, m)) return "member";
  if (framed) return framed;
  const side = sideThatReceived(tokens, m, text);
  if (side === "secured") return "helper";
  if (side) return "destination";
  // (round 16) "أعلن مصدر في X انشقاق 30 من عناصره": a person inside X telling X's own men, X is the group they left
  if (speakerOf(tokens, m)) return speakersOwnMen(tokens, m, text) ? "member" : "agent";
  if (belongsByVerb(tokens, m)) return "member";
  let sawArea = false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) {
    const w = tokens[k].text;
    // "ويشار إلى أن X شهدت …"، "وأشار إلى أن X …": "أن" opens a clause whose subject X is; nothing before it governs X.
    if (w === "ان") break;
    // nor does a word of the sentence before ("… إلى صفوفه. وقالت قسد …")
    if (endsSentence(text, tokens[k].end, tokens[k + 1].start)) break;
    const cls = classesOf(tokens[k]);
    // "40 مقاتلاً تابعين لـX", "عدد من المنتسبين التابعين لـX": a plural of people belonging to X, their own unit, whatever
    // the noun (the masculine sound plural is said of people; round 13, issue 10 class 1)
    if (PEOPLE_BELONGING.has(w) && (k === m.first - 1 || (k === m.first - 2 && tokens[k + 1].text === "ل"))) return "member";
    // "العناصر التابعين لـX": people belong to X, their own unit; "الميليشيا التابعة لـX": X is its umbrella.
    if (cls & C_PARENT_BEFORE) {
      const who = tokens[k - 1]?.text ?? "";
      return PEOPLE.has(who) || (ONE_SOLDIER.has(who) && cls & C_BELONGING) ? "member" : "parent";
    }
    if (cls & C_AGENT_BEFORE && k === m.first - 1) return "agent";
    if (cls & C_JOIN_VERBS || INTO_RANKS.has(w)) return "destination";
    // ("انشق نحو 50 عنصراً لقسد": «نحو» before a figure is a hedge, not "towards" — round 14)
    if (cls & C_TOWARDS) {
      if (hedgeAt(tokens, text, k)) continue;
      return "destination";
    }
    if (cls & C_AREA_WORDS) {
      // "لمناطق قسد" is towards; "من مناطق سيطرة النظام" is where they came from.
      if (LAM_FIRST.test(w) && !w.startsWith("ال")) return "destination";
      // (round 15) "احتموا بمناطق سيطرة قسد": a refuge's glued object, right after its verb
      if (w.startsWith("ب") && k > 0 && stemIn(tokens[k - 1], REFUGE_VERBS)) return "destination";
      sawArea = true;
      continue;
    }
    if (sawArea && FROM_IN.has(w)) return "origin";
    // "إلى صفوف X", "نحو صفوف X": the ranks they went to.
    if (w === "صفوف" && TOWARDS.has(tokens[k - 1]?.text ?? "")) return "destination";
    if (MEMBER_BREAK.has(w)) break;
  }
  if (sawArea) return "origin";
  // "لقسد" right after a join verb; "بالجيش الحر" after التحقوا.
  const before = tokens[m.first - 1];
  const before2 = tokens[m.first - 2];
  if ((glued === "ل" || glued === "ب" || glued === "لل") && before && (inClass(before, C_JOIN_VERBS) || handedOver(before) || handedOver(before2) || stemIn(before, REFUGE_VERBS))) return "destination";
  if ((glued === "ل" || glued === "لل") && before && BELONGING_TO.has(before.text)) return "parent";
  // "التحق 5 جنود من قوات النظام بالجيش الحر": التحق governs its "بـ" object after its subject.
  if (glued === "ب" && joinsWithBiBefore(tokens, m.first)) return "destination";
  return "member";
}

/**
 * (round 14) «نحو» at `k` right before a numeral («نحو 50»، «نحو خمسين»، «نحو مئة») or a quantity word (counts.ts
 * QUANTITY_WORDS, the vague quantities the counts read: «نحو عشرات»)
 * is a hedge, "about": the figure's, never "towards" a group after it. «نحو أحد المخيمات», «نحو قسد» stay towards.
 */
export function hedgeAt(tokens: readonly Token[], text: string, k: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k].text !== "نحو" || !next) return false;
  return next.digits || stemIn(next, QUANTITY_WORDS) || parseNumberAt(text, next.start) !== null;
}

/**
 * (round 15) Verbs of taking refuge: their object glued after them is where the men went («ولجأوا لقسد»، «واحتموا
 * بقسد»), as a joined side's is. Only glued and right after the verb: «لجأت قسد إلى …» is the side's own recourse, and
 * «لجأوا إلى القضاء/الحيلة» names no group (TOWARDS reads «إلى X» of a group as before).
 */
const REFUGE_VERBS = foldedWords("لجأ لجأوا لجؤوا لجأت لجآ يلجأ يلجؤون يلجأون احتمى احتموا احتمت احتميا يحتمي يحتمون");
/** Verbs of joining whose object takes "بـ" (التحق بـ; انضم takes إلى, handled by TOWARDS). */
const ILTAHAQA = foldedWords("التحق التحقوا التحقت التحقا يلتحق يلتحقون تلتحق التحاق التحاقهم التحاقه التحاقها");
const C_ILTAHAQA = wordClass(ILTAHAQA);

/** A التحق verb within the ten words before `first`, (its subject between). */
function joinsWithBiBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 10); k--) {
    if (inClass(tokens[k], C_ILTAHAQA)) return true;
  }
  return false;
}

/** Verbs of belonging whose object is the people's own group ("ينتمون إلى X"), though it follows "إلى". */
const BELONG = BELONGING_VERBS;
const C_BELONG = wordClass(BELONG);
/** Words between such a verb and the name: the preposition, "ما يسمى/ما يعرف بـ" (the so-called). */
const BELONG_FILLERS = /^(الي|ل|ما|يسمي|تسمي|يعرف|تعرف|ب|المسمي|المسماه|المدعو|المدعوه)$/;

/** The people as the subject between such a verb and its "إلى" ("وينتمي العناصر المنشقون إلى X"). */
const BELONG_SUBJECTS = foldedWords(`${TOLD_PEOPLE_WORDS} ${DEFINITE_PEOPLE_WORDS} جميعهم`);

/** "المسلحون ينتمون إلى ما يسمى جيش التوحيد", "عناصر منتمين إلى X", "وينتمي العناصر المنشقون إلى X": the people's own group. */
export function belongsByVerb(tokens: readonly Token[], m: GroupMention): boolean {
  let subject = 0;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 5 - subject); k--) {
    if (inClass(tokens[k], C_BELONG)) return true;
    if (BELONG_FILLERS.test(tokens[k].text)) {
      if (subject > 0) return false;
    } else if (BELONG_SUBJECTS.has(tokens[k].text) && subject < 2) subject++;
    else return false;
  }
  return false;
}

/** Who tells the news: a source, a spokesman, a correspondent (their group is not the one left). */
const SPEAKERS = foldedWords("مصدر مصادر المصدر المصادر متحدث المتحدث ناطق الناطق مراسل المراسل");
const C_SPEAKERS = wordClass(SPEAKERS);
/** Words that may qualify a speaker before its group ("مصدر عسكري مطلع في X"). */
const SPEAKER_QUALIFIERS = /^(عسكري|عسكريه|امني|امنيه|مطلع|مطلعه|ميداني|ميدانيه|خاص|خاصه|مقرب|مقربه|رسمي|رسميه|اعلامي|اعلاميه|محلي|محليه)$/;

/**
 * "قال مصدر (عسكري) في X إن خمسة عناصر انشقوا", "المتحدث باسم X": X is the speaker's group, not the one the
 * people left (it is most often the side they reached).
 */
function speakerOf(tokens: readonly Token[], m: GroupMention): boolean {
  const prep = tokens[m.first - 1]?.text ?? "";
  if (!SPEAKER_PREPS.has(prep)) return false;
  for (let k = m.first - 2; k >= Math.max(0, m.first - 4); k--) {
    if (inClass(tokens[k], C_SPEAKERS)) return true;
    if (!SPEAKER_QUALIFIERS.test(tokens[k].text)) return false;
  }
  return false;
}

/** How far after the speaker's group its own men may stand ("انشقاق نحو 30 من عناصره": words). */
const SPEAKER_MEN_REACH = 6;

/**
 * (round 16) The speaker's group's own men right after it, in its sentence: "من عناصره/مقاتليها/جنوده" (OWN_MEN) or
 * "في صفوفه/صفوفها" ("أعلن مصدر في X انشقاق 30 من عناصره"، "أفاد الناطق باسم X بانشقاق 12 عنصراً في صفوفه"): the
 * pronoun refers back to X, whose men left it. Not "إلى صفوفه" (the side they reached, sideThatReceived), nor another
 * group's men ("من عناصر Y", "من Y": Y's own mention is the group left).
 */
function speakersOwnMen(tokens: readonly Token[], m: GroupMention, text: string): boolean {
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + SPEAKER_MEN_REACH); k++) {
    if (endsSentence(text, tokens[k - 1].end, tokens[k].start)) return false;
    const w = tokens[k].text;
    const next = k + 1 < tokens.length && !endsSentence(text, tokens[k].end, tokens[k + 1].start) ? tokens[k + 1].text : "";
    if ((w === "من" && OWN_MEN.test(next)) || (w === "في" && OWN_RANKS.has(next))) return true;
    // only the telling's verbal noun and the figure between ("أن قوات النظام اعتقلت ثلاثة من عناصرها" is another's)
    if (!inFigurePhrase(tokens[k], text)) return false;
  }
  return false;
}

/** Words of the phrase "(عن) انشقاق نحو 30 عنصراً" / "إن أكثر من 30": a verbal noun of leaving, a figure, a noun of men. */
const FIGURE_PHRASE = foldedWords("ان عن من نحو حوالي قرابه اكثر زهاء انشقاق الانشقاق فرار الفرار هروب الهروب");
function inFigurePhrase(t: Token, text: string): boolean {
  return t.digits || stemIn(t, FIGURE_PHRASE) || stemIn(t, MILITARY_NOUNS) || stemIn(t, QUANTITY_WORDS) || parseNumberAt(text, t.start) !== null;
}

/**
 * A helper or opponent frame: a word of help or of fighting/catching right before the group, with
 * at most prepositions and a patrol noun between ("بتأمين من X", "في مواجهة X", "ضبطتهم دورية لـX").
 */
function frameRole(tokens: readonly Token[], m: GroupMention): GroupRole | null {
  let body = false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - (body ? 7 : 3)); k--) {
    const cls = classesOf(tokens[k]);
    if (cls & C_HELPER_BEFORE) return "helper";
    if (cls & C_OPPONENT_BEFORE) return "opponent";
    const w = tokens[k].text;
    if (w === "في" && k === m.first - 1 && BODY_NOUNS.has(tokens[k - 1]?.text ?? "")) {
      body = true;
      continue;
    }
    if (body && BODY_NOUNS.has(w)) continue;
    if (FRAME_BREAK.test(w) || !FRAME_FILLERS.test(w)) return null;
  }
  return null;
}

/** People nouns with "its/his" ("عناصرها", "جنوده"): the men of the group named before. */
const OWN_MEN = /^(عناصر|جنود|مقاتلي|ضباط|افراد|منتسبي|مسلحي)(ه|ها)$/;

/** "X … N من عناصرها/جنوده" within the eight words after the mention. */
function ownMenAfter(tokens: readonly Token[], m: GroupMention): boolean {
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + 8); k++) if (tokens[k - 1].text === "من" && OWN_MEN.test(tokens[k].text)) return true;
  return false;
}

/** Verbs of receiving: their subject is the side the men reached ("استقبل X 12 منشقاً", "واستقبلهم X"). */
const RECEIVING_VERBS = foldedWords(`استقبل استقبلت استقبلوا يستقبل تستقبل يستقبلون استقبلهم استقبلتهم استقبله استقبلته استقبلهما استقبلتهما
  احتضن احتضنت يحتضن تحتضن احتضنهم احتضنتهم احتضنه احتضنته`);
/** Words between a verb of receiving and the side: who in it, or its areas ("استقبلت مناطق سيطرة X …"). */
const SIDE_PARTS = foldedWords("قائد قاده قياده مسوولو مسوولي مناطق سيطره منطقه");
/** Verbs of securing right before their subject ("أمّنت X انشقاقهم", "سهّلت X انشقاق …", "ساعدت X عناصر … على الفرار"). */
const SECURING_VERBS = foldedWords("ساعد ساعدت ساعدهم ساعدتهم ساعدته امن امنت امنتهم امنته سهل سهلت سهلتهم يساعد تساعد يؤمن تؤمن يسهل تسهل");
/** "تمكّنت X من تأمين …", "نجح X في تسهيل …": a verb of managing, its subject, then a verbal noun of securing. */
const MANAGED = foldedWords("تمكن تمكنت نجح نجحت استطاع استطاعت");
const SECURING_NOUNS = foldedWords("تامين تسهيل مساعده");
/** Participles and verbs of belonging ("التابعين لـX", "تابعين لـX", "المنتسبين إلى X", "ينتمون إلى X"). */
const BELONGS = new Set([...PARENT_BEFORE, ...BELONG, ...PEOPLE_BELONGING]);
const C_BELONGS = wordClass(BELONGS);
/** What governs a group left ("من X", "عن X", "صفوف X", "عناصر X"): such a mention is no side that received anyone. */
const LEFT_BEFORE = /^(من|عن|صفوف|عناصر|مقاتلي|جنود|منتسبي|داخل|في|الي|نحو|باتجاه)$/;

export type SideThatReceived = "received" | "secured" | "owner";

/**
 * The side that received the men, told from that side: the subject of a verb of receiving ("received"), of a verb
 * of securing ("secured"), or of a telling whose "إلى صفوفه / بصفوفها / إلى مناطق سيطرته" refers back to it
 * ("owner"); null for any other mention (one governed by a preposition or a noun first).
 */
export function sideThatReceived(tokens: readonly Token[], m: GroupMention, text: string): SideThatReceived | null {
  // ("لقسد", "بالجيش": a preposition's object; "وقسد" is still a subject)
  const glued = m.start - tokens[m.first].start;
  if (glued > 1 || (glued === 1 && text[m.start - 1] !== "و")) return null;
  // (round 15) «للنظام» is «لـ» + «النظام» contracted: the mention starts at its word, yet a preposition governs it
  if (glued === 0 && tokens[m.first].text.startsWith("لل")) return null;
  const before = tokens[m.first - 1];
  // "عناصر التابعين لـX", "المنتسبين إلى X": the object of a participle of belonging is the men's own group (or a
  // unit's umbrella), never a subject (round 13, issue 10 class 1)
  // (nor is a name after "لـ"/"بـ" written apart: «التابعين لـ"الفيلق الخامس"»)
  if (before && (inClass(before, C_BELONGS) || before.text === "ل" || before.text === "ب")) return null;
  if (before) {
    const verb = verbOf(before);
    if (verb === RECEIVES) return "received";
    // (who in the side, or its areas, between: "استقبل قائد X", "استقبلت مناطق سيطرة X")
    for (let k = m.first - 1; k >= Math.max(1, m.first - 2) && SIDE_PARTS.has(tokens[k].text); k--) if (verbOf(tokens[k - 1]) === RECEIVES) return "received";
    if (verb === SECURES) return "secured";
    if (verb === MANAGES && MIN_FI.has(tokens[m.last + 1]?.text ?? "") && !!tokens[m.last + 2] && stemIn(tokens[m.last + 2], SECURING_NOUNS)) return "secured";
    if (LEFT_BEFORE.test(before.text)) return null;
  }
  // the side before its verb, as a headline puts it ("الجيش الوطني يستقبل 12 منشقاً", "قسد تؤمّن انشقاق …")
  const after = tokens[m.last + 1];
  const verbAfter = after ? verbOf(after) : 0;
  if (verbAfter === RECEIVES) return "received";
  if (verbAfter === SECURES) return "secured";
  return ownRanksAt(tokens, m.last + 1, m.last + OWNER_REACH, text) >= 0 ? "owner" : null;
}

/** The verbs sideThatReceived asks of the words around every group mention, in one map: one look-up a reading. */
const RECEIVES = 1;
const SECURES = 2;
const MANAGES = 3;
const SIDE_VERBS = new Map<string, number>([...[...RECEIVING_VERBS].map((w) => [w, RECEIVES] as const), ...[...SECURING_VERBS].map((w) => [w, SECURES] as const), ...[...MANAGED].map((w) => [w, MANAGES] as const)]);
function verbOf(t: Token): number {
  const all = stems(t);
  for (let i = 0; i < all.length; i++) {
    const v = SIDE_VERBS.get(all[i]);
    if (v !== undefined) return v;
  }
  return 0;
}

/** A sentence ends in text[from, to) (the gap between two words): a full stop, "!", "?", "؟" or a line break. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x061f || c === 10) return true;
  }
  return false;
}

/** How far after its subject a telling's "إلى صفوفه" may stand (words). */
const OWNER_REACH = 24;
/** The side's own ranks or areas with its pronoun ("صفوفه", "سيطرتها", "مناطقه"). */
const OWN_RANKS = foldedWords("صفوفه صفوفها");
const OWN_AREAS = foldedWords("سيطرته سيطرتها نفوذه نفوذها مناطقه مناطقها");
/**
 * (round 15) «إليه/إليها», the side itself as the object of a word of joining right before it («وانضمامهم إليها»،
 * «وانضموا إليه»): as «إلى صفوفها», the pronoun refers back to the subject of the telling.
 */
const TO_IT = foldedWords("اليه اليها");
/** A reading of the word is in OWN_RANKS, OWN_AREAS or TO_IT. */
const C_OWN = wordClass(new Set([...OWN_RANKS, ...OWN_AREAS, ...TO_IT]));
/** "العودة إلى صفوفها": coming back to one's own group, whose ranks they had left (not a side joined). */
const RETURNING = foldedWords("العوده عوده عودتهم عودته عاد عادوا عادا يعود يعودون الرجوع رجوع رجعوا");

/**
 * The first word in tokens [from, to] (within the sentence, as `text` punctuates it) that is the side's own ranks or
 * areas governed by a word of going ("إلى صفوفه", "بصفوفها", "لصفوفه", "إلى مناطق سيطرته", "لمناطق نفوذها"); -1 if none.
 */
export function ownRanksAt(tokens: readonly Token[], from: number, to: number, text: string): number {
  // (the words are asked their class first, the gaps before a word of the class only: every group mention asks this of
  // up to OWNER_REACH words, and almost none holds such a word; bench/README.md, round 13)
  let gap = from + 1;
  for (let k = from; k <= Math.min(to, tokens.length - 1); k++) {
    const t = tokens[k];
    if (!inClass(t, C_OWN)) continue;
    for (; gap <= k; gap++) if (endsSentence(text, tokens[gap - 1].end, tokens[gap].start)) return -1;
    // («انضمامهم إليها»: the pronoun the object of a word of joining right before it, never of coming back)
    if (TO_IT.has(t.text)) {
      if (k > 0 && inClass(tokens[k - 1], C_JOIN_VERBS)) return k;
      continue;
    }
    const ranks = stemIn(t, OWN_RANKS);
    // the word that governs it: glued ("بصفوفه"), "إلى" before it, or "(إلى|لـ) مناطق" before "سيطرته"
    let head = k;
    if (!ranks && !AREAS_FIRST.test(stems(t).at(-1) ?? "") && AREAS_WORD.test(tokens[k - 1]?.text ?? "")) head = k - 1;
    const h = tokens[head];
    const towards = LAM_BA_FIRST.test(h.text) && !h.text.startsWith("ال") ? head : head > 0 && TOWARDS.has(tokens[head - 1].text) ? head - 1 : -1;
    if (towards < 0) continue;
    const verb = towards === head ? tokens[head - 1] : tokens[towards - 1];
    if (verb && stemIn(verb, RETURNING)) continue;
    return k;
  }
  return -1;
}


/** "سلّموا أنفسهم/سلاحهم لـX": the word before a glued object that was handed over. */
function handedOver(t: Token | undefined): boolean {
  return !!t && HANDED_OVER.has(t.text);
}
