/**
 * Round 12: an area told by whose control it is **outside** of — «إلى مناطق خارج سيطرة النظام», «فرّوا إلى خارج
 * مناطق سيطرة قسد», «هربوا خارج مناطق النظام», «إلى المناطق الخارجة عن سيطرة النظام», «المناطق غير الخاضعة لسيطرة
 * النظام» — is one destination, read whole: the word of outside, at least one word of area or control (or the area
 * word before it), and the owner (a group, or its words: «المعارضة», «الحكومة السورية»). The owner is not where they
 * went (no group id): the incident rules read the side across from it (data/sides.json `outside`). «خارج البلاد»,
 * «خارج سوريا», «خارج الخدمة», «خارج السيطرة» (no owner) are not such an area. Read by findDestination
 * (./destinations.ts); examples: destinations.test.ts ("an area outside an owner's control").
 */
import * as $normalize from "../arabic/normalize";
import * as $gazetteer from "./gazetteer";
import type { GroupMention } from "./groups";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { groupById } = $gazetteer;

export const OUTSIDE = foldedWords("خارج");
/** «الخارجة عن سيطرة», «غير الخاضعة لسيطرة»: the adjective of outside and the word after it. */
const OUTSIDE_ADJECTIVES: ReadonlyArray<[Set<string>, Set<string>]> = [
  [foldedWords("الخارجه خارجه"), foldedWords("عن")],
  [foldedWords("غير"), foldedWords("الخاضعه خاضعه")],
];
/** Verbs of fleeing that «خارج …» may follow without «إلى» («هربوا خارج مناطق سيطرة قسد»). */
export const FLED = foldedWords("فروا فر فرت فرار فرارهم هربوا هرب هربت هروب هروبهم خرجوا خرج خروجهم انتقلوا انتقل نزحوا");
export const AREA_ARTICLE = foldedWords("المناطق المنطقه");
const CONTROL = foldedWords("مناطق المناطق منطقه المنطقه سيطره لسيطره نفوذ لنفوذ");

/**
 * The last token of an area outside an owner's control that begins at token k («خارج مناطق سيطرة قسد», «الخارجة عن
 * سيطرة النظام», «غير الخاضعة لسيطرة النظام»), or -1: the word of outside, words of area or control — at least one,
 * unless an area word stands before it (`areaBefore`: «مناطق خارج سيطرة النظام») — then the owner: a group mention,
 * or a word with the article and its adjectives («الحكومة السورية»), one space apart.
 */
export function outsideArea(tokens: readonly Token[], groups: readonly GroupMention[], k: number, sentenceLast: number, areaBefore: boolean): number {
  if (!tokens[k]) return -1;
  if (OUTSIDE.has(tokens[k].text)) k++;
  else {
    const adjective = OUTSIDE_ADJECTIVES.find(([w, next]) => w.has(tokens[k].text) && tokens[k + 1] && next.has(tokens[k + 1].text));
    if (!adjective) return -1;
    k += 2;
  }
  let control = 0;
  while (k <= sentenceLast && control < 3 && CONTROL.has(tokens[k].text)) {
    control++;
    k++;
  }
  if (k > sentenceLast || (control === 0 && !areaBefore)) return -1;
  const g = groups.find((m) => m.first === k);
  if (g) return g.last;
  const lastOf = (from: number): number => {
    let last = from;
    while (last + 1 <= sentenceLast && last < from + 2 && tokens[last + 1].text.startsWith("ال") && tokens[last + 1].start - tokens[last].end === 1) last++;
    return last;
  };
  // «لسيطرة النظام», «للنظام»: the owner with the preposition glued.
  const t = tokens[k].text;
  if ((t.startsWith("ال") || t.startsWith("لل")) && !CONTROL.has(t) && tokens[k].start - tokens[k - 1].end === 1) return lastOf(k);
  return -1;
}

/**
 * Sides whose areas border two or three others and countries abroad (the SDF's: the regime's, the SNA's, Turkey):
 * the area outside them names no one side (data/sides.json `outside` has no entry for them).
 */
const NO_SIDE_ACROSS = new Set(["sdf", "isis", "jihadist"]);
/** Owners written as a word of their own with the article: «سيطرة التنظيم» (ISIS), «سيطرة الهيئة» (HTS). */
const NO_SIDE_OWNERS = foldedWords("التنظيم الهيئة");

/**
 * (round 13) Does the area outside an owner's control, ending at token `last` with its owner, name no one side
 * («خارج مناطق سيطرة قسد», «… التنظيم», «… الهيئة»)? Then the men went where no side is said (refiners/kind.ts: a
 * flight there is a desertion, as with no destination); outside the regime's or the opposition's, a side is said.
 */
export function noSideOf(tokens: readonly Token[], groups: readonly GroupMention[], last: number): { noSide?: true } {
  const owner = groups.find((m) => m.last === last);
  const side = owner && owner.id !== null ? groupById(owner.id)?.side : undefined;
  return (side !== undefined && NO_SIDE_ACROSS.has(side)) || (!owner && NO_SIDE_OWNERS.has(tokens[last].text)) ? { noSide: true } : {};
}
