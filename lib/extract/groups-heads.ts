/**
 * A definite head word that refers back to a group named before («عن الفيلق», «تركت الحركة», «عن الجيش ذاته»): the
 * head words, the words of a group's names they match, and the slot of the side left that holds a head referring
 * back to no group told (`unresolvedHead`). findGroupMentions (./groups.ts) makes the mentions.
 */
import * as $normalize from "../arabic/normalize";
import * as $gazetteer from "./gazetteer";
import type { GroupMention } from "./groups";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters, foldedWords } = $normalize;
const { groupById } = $gazetteer;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { inClass, stems, wordClass } = tokenModule;

const ANAPHORA_HEADS = foldedWords("الفيلق اللواء الحركه التنظيم الجبهه الفصيل الهيئه الحزب الفرقه الكتيبه التجمع الالويه الكتائب");

/** Heads that refer back only with "ذاته/نفسه": "عن الجيش ذاته". */
const SAME_HEADS = foldedWords("الجيش القوات الميليشيا المليشيا الفصيل");
export const SAME_WORDS = new Set(["ذاته", "ذاتها", "نفسه", "نفسها"]);
const ANY_HEADS = new Set([...ANAPHORA_HEADS, ...SAME_HEADS]);
/** The list every word of a report is asked (word classes, tokens.ts). */
export const C_ANY_HEADS = wordClass(ANY_HEADS);

/** The reading of a word that is a definite head referring back (with "ذاته/نفسه" after it, also the SAME_HEADS). */
export function anaphoraHead(readings: readonly string[], same: boolean): string | undefined {
  for (const s of readings) if (ANAPHORA_HEADS.has(s) || (same && SAME_HEADS.has(s))) return s;
  return undefined;
}

/** The word before the group a trigger's people left ("عن", "من صفوف"), and how far after the trigger (its subject between). */
export const LEFT_SLOT = new Set(["عن", "من", "صفوف"]);
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
export function nameWords(id: string): Set<string> {
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
