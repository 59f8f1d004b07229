/**
 * The side that received the men, told from that side (round 11; a role of roles.ts roleOf): the subject of a verb of
 * receiving ("استقبل X 12 منشقاً", "واستقبلهم X") or the owner of "صفوفه/مناطق سيطرته" after it ("أعلن X انضمام 12
 * عنصراً من Y إلى صفوفه") is a `destination`; the subject of a verb of securing ("أمّنت X", "تمكّنت X من تأمين
 * انشقاق …") a `helper` (refiners/received.ts makes either the event's destination).
 * Examples and negatives: roles-received.test.ts.
 */
import * as $normalize from "../arabic/normalize";
import type { GroupMention } from "./groups";
import * as $words from "./roles-words";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { C_BELONGS, C_JOIN_VERBS, C_OWN, endsSentence, OWN_RANKS, TO_IT, TOWARDS } = $words;
const { inClass, stemIn, stems } = tokenModule;

const MIN_FI = new Set(["من", "في"]);
const AREAS_FIRST = /^مناطق/;
const AREAS_WORD = /^(ل|ب)?مناطق$/;
const LAM_BA_FIRST = /^[لب]/;
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

/** How far after its subject a telling's "إلى صفوفه" may stand (words). */
const OWNER_REACH = 24;
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
