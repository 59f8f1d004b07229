/**
 * Group mentions (which of them a trigger governs: ./groups-attach.ts).
 *
 * A mention is a gazetteer name (with the descriptor written before it: "ميليشيا", "قوات"…),
 * an unknown unit named with لواء/كتيبة/فوج/حركة… (kept as written, `known` false), a numbered formation in the
 * slot of the side left, a definite head word that refers back to a group named before (./groups-heads.ts), or a
 * soldier noun with the adjective "سوري" (the Syrian army, implied).
 * Each mention gets a role from the words before it: `member` (the people's own group),
 * `destination` ("إلى مناطق قسد", "التحقوا بالجيش الحر"), `parent` ("التابعة لقوات النظام"),
 * or `agent` ("من قبل الحرس الجمهوري").
 */
import * as $normalize from "../arabic/normalize";
import * as $gazetteer from "./gazetteer";
import * as $heads from "./groups-heads";
import * as $lexicon from "./lexicon";
import * as roles from "./roles";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { groupById, groupIndex } = $gazetteer;
const { anaphoraHead, C_ANY_HEADS, LEFT_SLOT, nameWords, SAME_WORDS } = $heads;
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
/** The list every word of a report is asked (word classes, tokens.ts; the heads referring back: ./groups-heads.ts). */
const C_UNKNOWN_HEADS = wordClass(UNKNOWN_HEADS);

const SOLDIER_NOUNS = foldedWords("عسكري عسكريا عسكريين عسكريون ضابط ضابطا ضباط جندي جنديا جنود طيار طيارا طيارين طيارون مجند مجندين");
const SYRIAN = foldedWords("سوري سوريا سوريين سوريون السوري السوريين السوريون");
/** Every SYRIAN word has س first or after "ال": a letter test spares the look-up for almost every word. */
function isSyrian(word: string): boolean {
  return (word.charCodeAt(0) === 0x0633 || word.charCodeAt(2) === 0x0633) && SYRIAN.has(word);
}

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

export function groupName(id: string): { name_ar: string; name_en: string } | null {
  const g = groupById(id);
  return g ? { name_ar: g.name_ar, name_en: g.name_en } : null;
}
