/**
 * Group mentions and which of them a trigger governs.
 *
 * A mention is a gazetteer name (with the descriptor written before it: "ميليشيا", "قوات"…),
 * an unknown unit named with لواء/كتيبة/فوج/حركة… (kept as written, `known` false), or a
 * soldier noun with the adjective "سوري" (the Syrian army, implied).
 * Each mention gets a role from the words before it: `member` (the people's own group),
 * `destination` ("إلى مناطق قسد", "التحقوا بالجيش الحر"), `parent` ("التابعة لقوات النظام"),
 * or `agent` ("من قبل الحرس الجمهوري"). A trigger governs the nearest member mention, preferring
 * its own clause and the governed positions "من/عن/في صفوف X" after it or "عناصر من X" before it;
 * groups joined by و ("الدفاع الوطني ولواء القدس") go together.
 */
import * as $normalize from "../arabic/normalize";
import * as $gazetteer from "./gazetteer";
import * as $lexicon from "./lexicon";
import * as roles from "./roles";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters, foldedWords } = $normalize;
const { groupById, groupIndex } = $gazetteer;
const { MILITARY_NOUNS } = $lexicon;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, firstIn, inClass, stems, stemIn, wordClass } = tokenModule;
const { roleOf } = roles;

/**
 * The part a group plays for the people of a trigger (rules and examples: roles.ts): `member` the group
 * left, `destination` the group joined, `parent` an umbrella it belongs to, `agent` who acted on
 * them, `origin` whose area they left, `helper` who secured or helped the defection, `opponent` the
 * enemy fought or the force that caught them.
 */
export type GroupRole = "member" | "destination" | "parent" | "agent" | "origin" | "helper" | "opponent";

export interface GroupMention {
  id: string | null;
  /** Token range including the descriptor. */
  first: number;
  last: number;
  /** Normalised offsets of the mention as written (descriptor included, proclitics excluded). */
  start: number;
  end: number;
  role: GroupRole;
  known: boolean;
  implied: boolean;
  /** Joined to the previous mention by و. */
  joinedToPrevious: boolean;
  /** For "الكتيبة" referring back to an unknown unit ("كتيبة درع البادية"): that unit's mention. */
  antecedent?: GroupMention;
}


const DESCRIPTORS = foldedWords("ميليشيا مليشيا ميلشيا ميليشا ميليشيات مليشيات ميلشيات قوات عصابه عصابات فصيل تنظيم حركه جماعه الميليشيا المليشيا ميليشيه");
const UNKNOWN_HEADS = foldedWords("لواء كتيبه كتائب فوج سريه حركه جبهه فصيل تجمع الويه فرقه ميليشيا مليشيا ميلشيا ميليشا جيش");
const NAME_STOP = foldedWords(`من في عن علي الي الى التابع التابعه التابعين المدعوم المدعومه المرتبط المرتبطه الموالي المواليه المنضوي المنضويه
  بقياده الذي التي الذين ضد مع بعد قبل خلال و او ثم حيث منذ اثر عند وفي بين داخل ضمن لدي نحو باتجاه المنشق المنشقه المسانده المساند
  الي الموجود المتمركز المتمركزه العامل العامله المنفصل الام فقد قد فيما كما وقد لقد ان انه بان
  كان كانوا كانت وكان وكانوا يكون هم هو
  امس اليوم يوم مساء صباح فجر ليله الليله مؤخرا الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت`);
const ANAPHORA_HEADS = foldedWords("الفيلق اللواء الحركه التنظيم الجبهه الفصيل الهيئه الحزب الفرقه الكتيبه التجمع الالويه الكتائب");

/** Heads that refer back only with "ذاته/نفسه": "عن الجيش ذاته". */
const SAME_HEADS = foldedWords("الجيش القوات الميليشيا المليشيا الفصيل");
const SAME_WORDS = new Set(["ذاته", "ذاتها", "نفسه", "نفسها"]);
const ANY_HEADS = new Set([...ANAPHORA_HEADS, ...SAME_HEADS]);
/** The two lists every word of a report is asked (word classes, tokens.ts). */
const C_UNKNOWN_HEADS = wordClass(UNKNOWN_HEADS);
const C_ANY_HEADS = wordClass(ANY_HEADS);

/** The reading of a word that is a definite head referring back (with "ذاته/نفسه" after it, also the SAME_HEADS). */
function anaphoraHead(readings: readonly string[], same: boolean): string | undefined {
  for (const s of readings) if (ANAPHORA_HEADS.has(s) || (same && SAME_HEADS.has(s))) return s;
  return undefined;
}

/** The word before the group a trigger's people left ("عن", "من صفوف"), and how far after the trigger (its subject between). */
const LEFT_SLOT = new Set(["عن", "من", "صفوف"]);
const HEAD_REACH = 6;

/**
 * (round 14, issue 10) The group slot after trigger `trig` («عن/من (صفوف)») holds a definite head word of a group named
 * again («عن الهيئة»، «من الفرقة») that refers back to no group of that head told before (findGroupMentions left it
 * uncovered): the telling names a group the report did not tell, so no group of another head from the sentences
 * before it stands for it («قصفت قوات النظام القرية. وانشق ثلاثة عناصر عن الهيئة» is no defection from the army).
 * The slot may follow the trigger's subject ("وانشق ثلاثة عناصر عن الهيئة"). A head before a figure ("اللواء 47") or
 * a name is no such word.
 */
/** [text with one trigger, the group slot holds a head that refers back to no group told]. */
export const UNRESOLVED_HEAD_EXAMPLES: Array<[string, boolean]> = [
  ["قصفت قوات النظام القرية. وانشق ثلاثة عناصر عن الهيئة أمس.", true],
  ["تقدمت قوات النظام نحو القرية. وأعلن القيادي أبو بكر انشقاقه عن الهيئة.", true],
  ["شنت هيئة تحرير الشام هجوماً. وفر خمسة عناصر من صفوف التنظيم.", true],
  // negatives: an antecedent of that head; a head before a figure; the group's own name; a head not in the slot
  ["شنت هيئة تحرير الشام هجوماً. وانشق ثلاثة عناصر عن الهيئة أمس.", false],
  ["قصفت قوات النظام القرية. وانشق عنصران عن اللواء 47 أمس.", false],
  ["قصفت قوات النظام القرية. وانشق عنصران عن الفرقة الرابعة أمس.", false],
  ["قصفت قوات النظام القرية. وانشق ثلاثة عناصر وقالوا إن الهيئة تلاحقهم.", false],
];

export function unresolvedHead(tokens: readonly Token[], groups: readonly GroupMention[], trigLast: number, sentenceLast: number): boolean {
  for (let k = trigLast + 2; k <= Math.min(sentenceLast, trigLast + HEAD_REACH); k++) {
    if (!LEFT_SLOT.has(tokens[k - 1].text) || !inClass(tokens[k], C_ANY_HEADS) || !tokens[k].text.startsWith("ال")) continue;
    const next = tokens[k + 1];
    if (!anaphoraHead(stems(tokens[k]), !!next && SAME_WORDS.has(next.text)) || (next && next.digits)) continue;
    return !groups.some((g) => g.first <= k && g.last >= k);
  }
  return false;
}

const NAME_WORDS = new Map<string, Set<string>>();
/** The words of a group's names and aliases (folded, without the article): "فيلق الشام" → {فيلق, شام}. */
function nameWords(id: string): Set<string> {
  let words = NAME_WORDS.get(id);
  if (!words) {
    words = new Set<string>();
    const g = groupById(id);
    for (const name of g ? [g.name_ar, ...g.aliases] : []) {
      for (const w of foldLetters(name).split(/\s+/)) words.add(w.startsWith("ال") ? w.slice(2) : w);
    }
    NAME_WORDS.set(id, words);
  }
  return words;
}

const SOLDIER_NOUNS = foldedWords("عسكري عسكريا عسكريين عسكريون ضابط ضابطا ضباط جندي جنديا جنود طيار طيارا طيارين طيارون مجند مجندين");
const SYRIAN = foldedWords("سوري سوريا سوريين سوريون السوري السوريين السوريون");
/** Every SYRIAN word has س first or after "ال": a letter test spares the look-up for almost every word. */
function isSyrian(word: string): boolean {
  return (word.charCodeAt(0) === 0x0633 || word.charCodeAt(2) === 0x0633) && SYRIAN.has(word);
}

/** Examples: a text and the groups the first trigger governs (ids, or the text of an unknown group). */
export const ATTACH_EXAMPLES: Array<[string, string[]]> = [
  ["فر 21 عنصراً من ميليشيا الدفاع الوطني من مناطق سيطرة النظام السوري إلى مناطق قسد", ["ndf"]],
  ["انشق قرابة 50 عنصراً من ميليشيات الدفاع الوطني ولواء القدس التابعة لشعبة المخابرات العسكرية", ["ndf", "liwa-al-quds"]],
  ["ثمانية عناصر من ميليشيا “جيش العشائر” التابعة لقوات النظام فروا يوم الاثنين", ["jaysh-al-ashair"]],
  ["انشقت مجموعة من المقاتلين عن مليشيا القاطرجي التابعة للنظام السوري", ["qaterji"]],
  ["انشقاق سبعة عناصر من ميليشيا جيش العشائر وتوجههم إلى مناطق سيطرة قسد", ["jaysh-al-ashair"]],
  ["قال ناشطون إن ثلاثة طيارين سوريين انشقوا ووصلوا إلى الأردن", ["syrian-army"]],
  // (round 17) a head word referring back, its men counted right after it: the group it names, not the soldiers' army
  ["قصفت الفرقة الرابعة مواقع في ريف درعا. وانشق عن الفرقة 12 جندياً أمس", ["4th-division"]],
  ["انشق مسلحو لواء الصقور الحمر عن الفرقة", ["لواء الصقور الحمر"]],
  ["والتحق هؤلاء بصفوف الجيش الحر بعد انشقاقهم عن قوات الأسد", ["syrian-army"]],
  ["انشق عدد من عناصر ميليشيا «كتيبة حماة الوادي» الموالية للنظام", ["كتيبة حماة الوادي"]],
  // an unknown unit's name ends at a stop word also when written with a proclitic or without its silent alif ("كانو")
  ["انشق 5 عناصر من كتيبة الاقتحام كانو مكلفين بحراسة المعبر", ["كتيبة الاقتحام"]],
  ["انشق 5 عناصر من كتيبة الاقتحام فمنذ أشهر لم يتقاضوا رواتبهم", ["كتيبة الاقتحام"]],
  ["سلّم 60 عنصراً من ميليشيا الدفاع الوطني أنفسهم لجيش الإسلام", ["ndf"]],
  ["سلّموا أنفسهم لجيش الإسلام", []],
  ["فرّ عناصر من الجيش من ثكناتهم في حلب", ["syrian-army"]],
  ["فرّ عناصر من الجيش التركي", []],
  ["انشقاق 7 عناصر يتبعون لـ”اللواء 47″ عن نظام الأسد", ["brigade-47"]],
  ["أعلنت إدارة التوجيه في الجيش الوطني انشقاق عدد من العناصر التابعين لـ”الفيلق الخامس” على الجبهات", ["5th-corps"]],
  ["انشق عناصر من الفرقة الرابعة التابعة لقوات النظام", ["4th-division"]],
  // a process, not a group: the settlements' fighters only with a people word
  ["سلّم 43 مسلحاً أنفسهم في إطار التسويات والمصالحات المحلية", []],
  ["انشق 20 من عناصر المصالحات في درعا", ["reconciliation"]],
];

function mentionText(tokens: readonly Token[], i: number, text: string): number {
  // Start after a glued proclitic: "ولواء" → "لواء", "بالدفاع" → "الدفاع".
  const t = tokens[i];
  const st = stems(t);
  for (const s of st) {
    if (s !== t.text && (DESCRIPTORS.has(s) || UNKNOWN_HEADS.has(s) || NUMBERED_HEADS.has(s))) return t.start + (t.text.length - s.length);
  }
  void text;
  return t.start;
}

/** Some reading is `a` or `b` (a loop, not a closure made for every mention of the search back). */
function readsAs(readings: readonly string[], a: string, b: string): boolean {
  for (let i = 0; i < readings.length; i++) if (readings[i] === a || readings[i] === b) return true;
  return false;
}

/** The head word an unknown unit is written with, without the article ("كتيبة درع البادية" → "كتيبه"). */
function unknownHead(tokens: readonly Token[], m: GroupMention): string {
  const st = firstIn(stems(tokens[m.first]), UNKNOWN_HEADS) ?? "";
  return st.startsWith("ال") ? st.slice(2) : st;
}

/** Group names that are also the common noun of a process, read as a group only with a people word. */
const PROCESS_NOUNS = foldedWords("المصالحات المصالحه مصالحات مصالحه");

/**
 * Patterns of the loops below, made once (a regex literal inside a loop makes a new RegExp object at every turn).
 */
const QUOTE = /["]/;
/** Punctuation that ends an unknown unit's name. */
const NAME_BREAK = /[,;:.\n()]/;
/** Words an unknown unit's name may start with, without the article. */
const NAME_OPENERS = /^(ابو|ابن|بني|شهداء|احرار|اسود|صقور|فرسان|انصار|جند|ثوار|نسور)$/;
/** "التابعة لـ": the word before a parent, or the word before that. */
const BELONGING_WORDS = /^(تابعه|التابعه|التابع|تابع|التابعين)$/;
const BELONGING_WORD = /^(تابعه|التابعه|التابع|تابع)$/;
/** The words before a mention after the trigger, and before one before it, that make it the people's own group. */
const GOVERNED_AFTER = /^(من|عن|صفوف|عناصر|مقاتلي|داخل|لعناصر|ضمن)$/;
const GOVERNED_BEFORE = /^(من|عن|صفوف)$/;
const TO = /^(ل|الي)$/;
const PEOPLE_BELONGING = /^(التابعين|التابعون|تابعين|يتبعون|المنتمين|المنتسبين|ينتمون|ينتسبون|المنتمين)$/;
const ONE_BELONGING = /^(يتبع|تابع|التابع|ينتمي|المنتمي)$/;

/**
 * (round 16, r16-digest) A formation named by its number in the slot of the side the men left («انشق 5 عناصر عن اللواء
 * 93»، «فرّ عنصران من الفوج 46»: a definite unit noun after «عن/من/صفوف» and a figure in apposition, the figure its name)
 * is that side, whether the gazetteer knows it or not (it knows «اللواء 47»، «الفرقة 17»: found by name before this).
 * Elsewhere the number names where a man served («زملاؤه في الفوج 47»), a unit's base («حول اللواء 93») or its home
 * («كتيبة الاقتحام في اللواء 93»), and the side stays the one named by name. Not when the figure counts men («عن الفرقة
 * 12 عنصراً»: the verb's subject after its «عن» phrase), nor a strength (a thousand or more), nor across punctuation,
 * nor a unit of a group named right after it («الفوج 46 في قوات النظام»، «الكتيبة 12 التابعة للفرقة الرابعة»: the
 * side is that group, template family verbs/unit).
 */
export const NUMBERED_UNIT_EXAMPLES: Array<[string, string | null]> = [
  ["وفي 3 حزيران/يونيو 2021 انشق 5 عناصر عن اللواء 93.", "اللواء 93"],
  ["وكان 7 عناصر قد فروا من الفوج 46 في آذار/مارس 2019.", "الفوج 46"],
  ["انشق عنصران من الكتيبة 45 التابعة للفرقة 30 أمس.", "الكتيبة 45"],
  ["أعلن ناشطون انشقاق ضابط عن الفرقة 30 أمس.", "الفرقة 30"],
  // negatives: men counted after the figure; a strength; punctuation between; a head before a word
  ["وانشق عن الفرقة 12 عنصراً أمس.", null],
  ["ويضم اللواء 300 مقاتل في المنطقة.", null],
  ["ويبلغ عديد اللواء 1200 في المنطقة.", null],
  ["وانشق عناصر عن اللواء، 12 منهم من درعا.", null],
  ["انشق عناصر عن اللواء الجديد.", null],
  ["كانوا مكلفين بمهمة حراسة حول اللواء 93، ففروا منها.", null],
  ["فر عنصران من حاجز قرب الفوج 46 أمس.", null],
  ["دعا الضابط زملاءه في الفوج 47 إلى الاقتداء به.", null],
  ["انشق 5 عناصر من كتيبة الاقتحام في اللواء 93.", null],
  ["انشق 7 عناصر من الفوج 46 في قوات النظام أمس.", null],
  ["انشق جندي من الكتيبة 12 التابعة للفرقة الرابعة أمس.", null],
];

const NUMBERED_HEADS = foldedWords("اللواء الفوج الفرقه الكتيبه الفيلق السريه");

/** Figures below this name units; larger ones are strengths. */
const UNIT_NUMBER_LIMIT = 1000;

function numberedUnits(tokens: readonly Token[], text: string, covered: Uint8Array, out: GroupMention[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const figure = tokens[i + 1];
    // (the common case first: no figure after the word)
    if (!figure.digits || covered[i] || covered[i + 1]) continue;
    const t = tokens[i];
    if (!firstIn(stems(t), NUMBERED_HEADS) || figure.start - t.end > 2 || text.slice(t.end, figure.start).trim() !== "") continue;
    if (Number(figure.text) >= UNIT_NUMBER_LIMIT || i === 0 || !LEFT_SLOT.has(tokens[i - 1].text)) continue;
    const after = tokens[i + 2];
    if (after && after.start - figure.end <= 2 && stemIn(after, MILITARY_NOUNS)) continue;
    // a unit of a group named after it («الفوج 46 في قوات النظام»، «الكتيبة 12 التابعة للفرقة الرابعة»): the side is the group
    if (after && (after.text === "في" || BELONGING_WORD.test(after.text)) && covered[i + 3]) continue;
    covered[i] = covered[i + 1] = 1;
    out.push({ id: null, first: i, last: i + 1, start: mentionText(tokens, i, text), end: figure.end, role: "member", known: false, implied: false, joinedToPrevious: false });
  }
}

/** Every group mention of the text, left to right. */
export function findGroupMentions(text: string, tokens: readonly Token[]): GroupMention[] {
  const known = groupIndex().findAll(tokens);
  const out: GroupMention[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const m of known) {
    // "في إطار التسويات والمصالحات المحلية": the process, not the fighters of the settlements (their aliases
    // carry a people word: "عناصر المصالحات").
    if (m.first === m.last && anyIn(stems(tokens[m.first]), PROCESS_NOUNS)) continue;
    let first = m.first;
    let start = m.start;
    // The descriptor written before the name belongs to the mention ("ميليشيا “جيش العشائر”").
    const prev = tokens[first - 1];
    if (prev && stemIn(prev, DESCRIPTORS) && m.start - prev.end <= 3 && !stemIn(tokens[first], DESCRIPTORS)) {
      first--;
      start = mentionText(tokens, first, text);
    }
    for (let k = first; k <= m.last; k++) covered[k] = 1;
    out.push({ id: m.id, first, last: m.last, start, end: m.end, role: "member", known: true, implied: false, joinedToPrevious: false });
  }
  numberedUnits(tokens, text, covered, out);
  // Unknown units: a head word without the article, then a name (quoted, or up to three words).
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i];
    if (!inClass(t, C_UNKNOWN_HEADS)) continue;
    const head = firstIn(stems(t), UNKNOWN_HEADS);
    if (!head) continue;
    const next = tokens[i + 1];
    if (!next || next.digits || covered[i + 1] || next.start - t.end > 3) continue;
    // The name is quoted after the head ("كتيبة «الفاروق»") or with it ("ميليشيا «كتيبة درع البادية»":
    // an opening quote is written against the word it opens).
    const quoted = QUOTE.test(text.slice(t.end, next.start)) || (t.start > 0 && text[t.start - 1] === '"' && (i === 0 || QUOTE.test(text.slice(tokens[i - 1].end, t.start))));
    let last = i;
    for (let k = i + 1; k < Math.min(tokens.length, i + (quoted ? 6 : 4)); k++) {
      const w = tokens[k];
      if (covered[k] || w.digits) break;
      if (w.start - tokens[k - 1].end > 3) break;
      if (NAME_BREAK.test(text.slice(tokens[k - 1].end, w.start))) break;
      if (!quoted && (stemIn(w, NAME_STOP) || (k > i + 1 && w.text.startsWith("و")))) break;
      if (quoted && k > i + 1 && QUOTE.test(text.slice(tokens[k - 1].end, w.start))) break;
      if (stemIn(w, UNKNOWN_HEADS) && k === i + 1) break;
      last = k;
    }
    if (last === i) continue;
    // "لواء" + a common word is not a name: require the name to start with the article or be quoted or be a known pattern.
    if (!quoted && !tokens[i + 1].text.startsWith("ال") && !NAME_OPENERS.test(tokens[i + 1].text)) continue;
    for (let k = i; k <= last; k++) covered[k] = 1;
    out.push({ id: null, first: i, last, start: mentionText(tokens, i, text), end: tokens[last].end, role: "member", known: false, implied: false, joinedToPrevious: false });
    i = last;
  }
  // "عن الفيلق", "تركت الحركة": a definite head word refers back to the last group named with it
  // (a known group whose name has the word, or an unknown unit written with it as its head).
  const named = [...out].sort((a, b) => a.first - b.first);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const next = tokens[i + 1];
    // (the common case first: no reading is a head word at all)
    if (!inClass(tokens[i], C_ANY_HEADS)) continue;
    const readings = stems(tokens[i]);
    const same = !!next && SAME_WORDS.has(next.text);
    const head = anaphoraHead(readings, same);
    if (!head) continue;
    // (a number after it names the unit, unless men are counted by it: «وانشق عن الفرقة 12 جندياً», r17-counts)
    if (next && next.digits && !(tokens[i + 2] && stemIn(tokens[i + 2], MILITARY_NOUNS))) continue;
    const bare = head.slice(2);
    let antecedent: GroupMention | null = null;
    for (let k = named.length - 1; k >= 0; k--) {
      const m = named[k];
      if (m.last >= i) continue;
      if (i - m.last > 120) break;
      // (or one written with that word before its name: "فصيل «السلطان مراد»" … "الفصيل")
      const writtenHead = readsAs(stems(tokens[m.first]), bare, head);
      if (writtenHead || (m.id !== null ? nameWords(m.id).has(bare) : unknownHead(tokens, m) === bare)) {
        // "عن الجيش ذاته": the same army people left before, not one named as a parent or a destination.
        if (same && roleOf(tokens, m, text) !== "member") {
          antecedent ??= m;
          continue;
        }
        antecedent = m;
        break;
      }
    }
    if (!antecedent) continue;
    covered[i] = 1;
    const t = tokens[i];
    const start = t.start + (t.text.length - head.length);
    if (antecedent.id === null) {
      out.push({ id: null, first: i, last: i, start, end: t.end, role: "member", known: false, implied: false, joinedToPrevious: false, antecedent: antecedent.antecedent ?? antecedent });
      continue;
    }
    out.push({ id: antecedent.id, first: i, last: i, start, end: t.end, role: "member", known: true, implied: false, joinedToPrevious: false });
  }
  // Soldiers called Syrian: the Syrian army, implied.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (covered[i] || covered[i + 1]) continue;
    if (!isSyrian(tokens[i + 1].text)) continue;
    if (stemIn(tokens[i], SOLDIER_NOUNS) || stemIn(tokens[i].text.replace(/^ال/, ""), SOLDIER_NOUNS)) {
      {
        out.push({ id: "syrian-army", first: i, last: i + 1, start: tokens[i].start, end: tokens[i + 1].end, role: "member", known: true, implied: true, joinedToPrevious: false });
      }
    }
  }
  // "عناصر من الجيش في حمص": "the army" on its own, with no nationality or name after it, is the Syrian army.
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !tokens[i].text.endsWith("جيش") || !stems(tokens[i]).includes("الجيش")) continue;
    const next = tokens[i + 1];
    if (next && (next.text.startsWith("ال") || SAME_WORDS.has(next.text)) && next.start - tokens[i].end <= 2) continue;
    const start = tokens[i].start + tokens[i].text.indexOf("جيش") - (tokens[i].text.includes("الجيش") ? 2 : 0);
    out.push({ id: "syrian-army", first: i, last: i, start, end: tokens[i].end, role: "member", known: true, implied: true, joinedToPrevious: false });
  }
  out.sort((a, b) => a.first - b.first);
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    m.role = roleOf(tokens, m, text);
    const prev = out[k - 1];
    if (prev && prev.last + 1 === m.first && tokens[m.first].text.startsWith("و")) m.joinedToPrevious = true;
    if (prev && prev.last + 2 === m.first && tokens[m.first - 1].text === "و") m.joinedToPrevious = true;
  }
  // "X التابعة لـ Y" makes Y a parent only when X is a group; "طاقم دبابة تابعة لجيش الأسد" is the crew's own army.
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (m.role !== "parent") continue;
    const word = tokens[m.first - 1]?.text ?? "";
    const belonging = BELONGING_WORDS.test(word) || BELONGING_WORD.test(tokens[m.first - 2]?.text ?? "");
    const prev = out[k - 1];
    if (belonging && (!prev || m.first - prev.last > 4)) m.role = "member";
  }
  for (let k = 1; k < out.length; k++) if (out[k].joinedToPrevious && out[k].role === "member" && out[k - 1].role !== "member") out[k].role = out[k - 1].role;
  return out;
}

// (and "حضن", the object of "عادوا إلى حضن الوطن": what comes before it is the subject)
const REFLEXIVES = foldedWords("انفسهم نفسه نفسها انفسهما نفسيهما حضن");

/** The mention lies between a surrender verb and its reflexive object (so it belongs to the subject). */
function inSubjectOfSurrender(tokens: readonly Token[], trigger: { first: number; last: number }, m: GroupMention): boolean {
  if (trigger.last > trigger.first) return false;
  for (let k = trigger.last + 1; k < m.first; k++) if (REFLEXIVES.has(tokens[k].text)) return false;
  for (let k = m.last + 1; k <= Math.min(tokens.length - 1, m.last + 10); k++) if (REFLEXIVES.has(tokens[k].text)) return true;
  return false;
}

/** The groups the trigger (token range) governs in its sentence, best first with the ones joined to it. */
export function attachGroups(
  tokens: readonly Token[],
  mentions: readonly GroupMention[],
  trigger: { first: number; last: number; cls?: string },
  sentence: { first: number; last: number },
  clauseOf: (tokenIndex: number) => number,
): GroupMention[] {
  let best: GroupMention | null = null;
  let bestScore = Infinity;
  const triggerClause = clauseOf(trigger.first);
  for (const m of mentions) {
    if (m.first < sentence.first || m.last > sentence.last) continue;
    if (m.role !== "member") continue;
    const after = m.first > trigger.last;
    // One hands oneself over TO the group named after the verb — unless the group sits in the subject,
    // before the reflexive object ("سلّم 60 عنصراً من التنظيم أنفسهم للجيش").
    if (after && trigger.cls === "surrender" && !inSubjectOfSurrender(tokens, trigger, m)) continue;
    const distance = after ? m.first - trigger.last : trigger.first - m.last;
    if (distance > 25) continue;
    let score = distance;
    if (clauseOf(m.first) !== triggerClause) score += 12;
    const before1 = tokens[m.first - 1]?.text ?? "";
    const gluedFrom = tokens[m.first].text.startsWith("من") ? "" : "";
    void gluedFrom;
    if (after && GOVERNED_AFTER.test(before1)) score -= 4;
    // "عناصر يتبعون لـX", "العناصر التابعين لـX": the people's own unit, as close as "من X".
    if (after && belongsTo(tokens, m)) score -= 4;
    if (!after) {
      score += 2;
      if (GOVERNED_BEFORE.test(before1)) score -= 3;
    }
    if (m.implied) score += 6;
    if (!m.known) score += 2;
    if (score < bestScore) {
      bestScore = score;
      best = m;
    }
  }
  if (!best) return [];
  const chosen = [best];
  const idx = mentions.indexOf(best);
  for (let k = idx + 1; k < mentions.length && mentions[k].joinedToPrevious && mentions[k].role === "member"; k++) chosen.push(mentions[k]);
  for (let k = idx; k > 0 && mentions[k].joinedToPrevious && mentions[k - 1].role === "member"; k--) chosen.unshift(mentions[k - 1]);
  // One mention per group.
  const seen = new Set<string>();
  return chosen.filter((m) => {
    const key = m.id ?? `?${m.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A singular soldier noun, indefinite or not ("عنصر", "الضابط"). */
const ONE_SOLDIER = /^(ال)?(عنصر|مقاتل|جندي|عسكري|ضابط|قيادي|مجند)ا?$/;

/** People belong to the mention: "يتبعون لـ/التابعين لـ/المنتمين إلى X" (a plural of people, not "التابعة" of a group). */
function belongsTo(tokens: readonly Token[], m: GroupMention): boolean {
  const b1 = tokens[m.first - 1]?.text ?? "";
  const verb = TO.test(b1) ? tokens[m.first - 2]?.text ?? "" : b1;
  if (PEOPLE_BELONGING.test(verb)) return true;
  // "عنصر يتبع لـX", "ضابط تابع لـX": one man's own unit (the singular only after a person noun: "الدفاع الوطني التابع لـX" is an umbrella).
  const k = TO.test(b1) ? m.first - 3 : m.first - 2;
  return ONE_BELONGING.test(verb) && ONE_SOLDIER.test(tokens[k]?.text ?? "");
}

export function groupName(id: string): { name_ar: string; name_en: string } | null {
  const g = groupById(id);
  return g ? { name_ar: g.name_ar, name_en: g.name_en } : null;
}
