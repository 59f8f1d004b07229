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
 * Here: the words before the mention and the frames of help, fighting and belonging; the speaker's group is
 * roles-speaker.ts, the side that received them roles-received.ts, the words and classes they share roles-words.ts.
 * Examples and negatives of every rule: roles.test.ts, roles-speaker.test.ts, roles-received.test.ts.
 */
import * as $normalize from "../arabic/normalize";
import * as $numbers from "../arabic/numbers";
import * as $vague from "./counts-vague";
import type { GroupMention, GroupRole } from "./groups";
import * as $lexicon from "./lexicon";
import * as $received from "./roles-received";
import * as $speaker from "./roles-speaker";
import * as $words from "./roles-words";
import * as tokenModule from "./tokens";
import type { Gender } from "./roles-words";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { parseNumberAt } = $numbers;
const { QUANTITY_WORDS } = $vague;
const { DEFINITE_PEOPLE_WORDS, TOLD_PEOPLE_WORDS } = $lexicon;
const { sideThatReceived } = $received;
const { speakerOf, speakersOwnMen } = $speaker;
const { catchingGender, ownMenGender } = $words;
const { C_AGENT_BEFORE, C_AREA_WORDS, C_BELONG, C_BELONGING, C_HELPER_BEFORE, C_ILTAHAQA, C_JOIN_VERBS, C_OPPONENT_BEFORE, C_PARENT_BEFORE, C_TOWARDS, endsSentence, OWN_MEN, PEOPLE_BELONGING, TOWARDS } = $words;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { classesOf, inClass, stemIn } = tokenModule;

// (cues.ts reads TOWARDS here, as before the split)
export { TOWARDS } from "./roles-words";

/** Plural nouns of people (fighters, soldiers), as written before "التابعين لـ". */
const PEOPLE = foldedWords("عناصر العناصر مقاتلين المقاتلين مقاتلي جنود الجنود عسكريين العسكريين ضباط الضباط افراد الافراد مسلحين المسلحين منشقين المنشقين قاده القاده");
/** One soldier before a verb of belonging ("عنصر يتبع لـX"): his own unit. Not before "السابق" ("القائد العسكري السابق لـX" is a past post). */
const ONE_SOLDIER = foldedWords("عنصر العنصر مقاتل المقاتل جندي الجندي عسكري ضابط الضابط مجند المجند عنصرا مقاتلا جنديا ضابطا");
/** Words allowed between a helper or opponent word and the group ("بتأمين من X", "بالتنسيق مع X"). */
const FRAME_FILLERS = /^(من|مع|ل|قبل|دوريه|دوريات|عناصر|حاجز)$/;
/** Words that close a frame: what stands before them governs another noun. */
const FRAME_BREAK = /^(عن|في|صفوف|داخل|الي|نحو|باتجاه)$/;
/** A body of a group ("بالتنسيق مع مكتب العلاقات العسكرية في X"): the frame runs on through "في" after one. */
const BODY_NOUNS = foldedWords("مكتب المكتب قياده القياده اداره الاداره جهاز الجهاز فرع الفرع العلاقات العسكريه الامنيه العامه غرفه عمليات");

// The words roleOf and its readers test, made once (a regex literal makes a new RegExp object each time it is evaluated).
const INTO_RANKS = new Set(["بصفوف", "لصفوف"]);
const LAM_FIRST = /^(ل|ال)/;
const FROM_IN = new Set(["من", "عن", "في", "داخل"]);
const MEMBER_BREAK = new Set(["من", "عن", "في", "صفوف", "عناصر", "مقاتلي", "داخل"]);
const BELONGING_TO = new Set(["تابعه", "التابعه", "التابع", "تابع", "المواليه", "الموالي", "المسانده", "المساند"]);
const HANDED_OVER = new Set(["انفسهم", "نفسه", "نفسها", "سلاحهم", "اسلحتهم", "سلاحها"]);

/** The role of mention `m`, read from the words before it (and, for the side that received them, its frame after it). */
export function roleOf(tokens: readonly Token[], m: GroupMention, text: string): GroupRole {
  const t = tokens[m.first];
  const glued = text.slice(t.start, m.start);
  const framed = frameRole(tokens, m);
  // "اعتقلت X ثلاثة من جنودها": the captor's object is its own men, so X is the group they tried to leave (round 17:
  // only if the pronoun agrees with the verb; «اعتقلت قسد ثلاثة من عناصره» are another's)
  if (framed === "opponent" && ownMenAfter(tokens, m, verbGenderBefore(tokens, m))) return "member";
  if (framed) return framed;
  const side = sideThatReceived(tokens, m, text);
  if (side === "secured") return "helper";
  if (side) return "destination";
  // (round 16) "أعلن مصدر في X انشقاق 30 من عناصره": a person inside X telling X's own men, X is the group they left
  if (speakerOf(tokens, m)) return speakersOwnMen(tokens, m, text) ? "member" : "agent";
  // (round 17) "أن قسد اعتقلت ثلاثة من عناصره": a captor before its verb, the men's pronoun of another gender: another's men
  if (catchesAnothersMen(tokens, m)) return "opponent";
  if (belongsByVerb(tokens, m)) return "member";
  // (round 17) "أعلن داعش انشقاقه عن Y": the group that declares its own split is the one leaving, not the one left
  if (splitsItself(tokens, m, text)) return "agent";
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

/** A التحق verb within the ten words before `first`, (its subject between). */
function joinsWithBiBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 10); k--) {
    if (inClass(tokens[k], C_ILTAHAQA)) return true;
  }
  return false;
}

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


/**
 * "X … N من عناصرها/جنوده" within the eight words after the mention; with the gender of the verb whose subject X is,
 * only a pronoun that agrees with it (round 17: «اعتقلت قسد ثلاثة من عناصره», «عناصره» cannot be قسد's).
 */
function ownMenAfter(tokens: readonly Token[], m: GroupMention, gender: Gender | null = null): boolean {
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + 8); k++) {
    if (tokens[k - 1].text === "من" && OWN_MEN.test(tokens[k].text)) return gender === null || ownMenGender(tokens[k].text) === gender;
  }
  return false;
}

/** The gender of a verb of catching among the (up to three) frame words before the mention ("اعتقلت X", "ألقت X"). */
function verbGenderBefore(tokens: readonly Token[], m: GroupMention): Gender | null {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    const g = catchingGender(tokens[k]);
    if (g) return g;
  }
  return null;
}

/**
 * (round 17) The captor before its verb of catching ("(أن) قسد اعتقلت ثلاثة من عناصره"), whose men after it carry a
 * pronoun of the other gender: the pronoun cannot refer back to the captor (the verb gives its gender), so the men are
 * another group's (the speaker's, roles-speaker.ts) and X is the force that caught them. A pronoun that agrees leaves X
 * the owner of its men, as before (the nearest antecedent: «أن قوات النظام اعتقلت ثلاثة من عناصرها»).
 */
function catchesAnothersMen(tokens: readonly Token[], m: GroupMention): boolean {
  const gender = catchingGender(tokens[m.last + 1]);
  if (!gender) return false;
  for (let k = m.last + 3; k <= Math.min(tokens.length - 1, m.last + 8); k++) {
    const own = tokens[k - 1].text === "من" ? ownMenGender(tokens[k].text) : null;
    if (own) return own !== gender;
  }
  return false;
}

/** "سلّموا أنفسهم/سلاحهم لـX": the word before a glued object that was handed over. */
function handedOver(t: Token | undefined): boolean {
  return !!t && HANDED_OVER.has(t.text);
}

/** Verbs of announcing, by the gender they give their subject (the pronoun of its own split agrees: «انشقاقه/انشقاقها»). */
const ANNOUNCES_MASC = foldedWords("اعلن يعلن");
const ANNOUNCES_FEM = foldedWords("اعلنت تعلن");
/** Verbal nouns of a split, with the pronoun that says whose: «انشقاقه»، «انفصالها»، «خروجه». */
const OWN_SPLIT = /^(انشقاق|انفصال|خروج)(ه|ها)$/;
/** How many words (adverbials: «رسمياً»، «في بيان»، «اليوم الأربعاء») may stand between the subject and its split. */
const SPLIT_REACH = 4;

/**
 * (round 17) A group that declares its own split from another: the subject of «أعلن/يعلن» (before it, or before the
 * verb as a headline puts it: «داعش يعلن …»), then within a few words its verbal noun of leaving with the pronoun
 * that agrees with the verb («أعلن داعش انشقاقه عن …»، «أعلنت جبهة النصرة انفصالها عن …»), governing «عن/من»: the
 * subject is the faction that left, the group after «عن» the one left (a faction splitting, count null; conventions
 * in ../shared/dev-reports-2/README.md). Not a pronoun of another («أعلنت قسد انشقاقه عن داعش»: a man's), nor a split
 * with no group named after it.
 */
function splitsItself(tokens: readonly Token[], m: GroupMention, text: string): boolean {
  const before = tokens[m.first - 1];
  const after = tokens[m.last + 1];
  let fem: boolean;
  if (before && m.start === tokens[m.first].start && stemIn(before, ANNOUNCES_MASC)) fem = false;
  else if (before && m.start === tokens[m.first].start && stemIn(before, ANNOUNCES_FEM)) fem = true;
  else if (after && stemIn(after, ANNOUNCES_MASC)) fem = false;
  else if (after && stemIn(after, ANNOUNCES_FEM)) fem = true;
  else return false;
  const from = after && stemIn(after, fem ? ANNOUNCES_FEM : ANNOUNCES_MASC) ? m.last + 2 : m.last + 1;
  for (let k = from; k <= Math.min(tokens.length - 2, from + SPLIT_REACH); k++) {
    if (endsSentence(text, tokens[k - 1].end, tokens[k].start)) return false;
    const own = OWN_SPLIT.exec(tokens[k].text);
    if (own) return (own[2] === "ها") === fem && (tokens[k + 1].text === "عن" || tokens[k + 1].text === "من");
  }
  return false;
}
