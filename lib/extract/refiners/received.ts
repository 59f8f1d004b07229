/**
 * The destination of a defection told from the side that received the men (round 11, issue 10 for issue 12). The
 * words after the trigger (destinations.ts findDestination) name no side in these tellings; the verb's frame does:
 * - "أعلن X انضمام 12 عنصراً من Y إلى صفوفه", "والتحاقهم بصفوفها", "وصول … إلى مناطق سيطرته": the pronoun refers
 *   back to the telling's subject X, the side they joined;
 * - "استقبل X 12 عنصراً منشقاً عن Y", "… واستقبلهم X": the subject of a verb of receiving;
 * - "تمكّن X من تأمين انشقاق …", "أمّنت X انشقاق …", "ساعدت X عناصر … على الفرار": the side that secured it;
 * - "بالتحاق 12 عنصراً من Y بصفوف X": the object of a verb of joining, after its subject (roles.ts gives X the role).
 * Which mention plays which part is roles-received.ts sideThatReceived (beside the other role rules and their examples); the
 * group left is never that side. Examples and negatives: received.test.ts.
 */
import type { GroupMention } from "../groups";
import type { DestinationFound } from "../destinations";
import * as $received from "../roles-received";
import type { Token } from "../tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { ownRanksAt, sideThatReceived } = $received;

/**
 * The destination of the trigger [first, last] of a sentence starting at token `sf`, whose own words run to `ownLast`:
 * `found` when it names a side or a place of its own; else the side that received them, told by the frame (with its
 * mention's offsets, so the event's evidence shows it), or `found` unchanged. `left` are the groups they left; a
 * side before another telling of the sentence (`tellings`) is that one's.
 */
export function receivedDestination(
  tokens: readonly Token[],
  text: string,
  groups: readonly GroupMention[],
  trig: { first: number; last: number; join?: true },
  sf: number,
  ownLast: number,
  left: readonly GroupMention[],
  tellings: ReadonlyArray<{ first: number; last: number }>,
  found: DestinationFound | null,
): DestinationFound | null {
  if (found && found.group_id !== null) return found;
  // ("صفوفه" after the trigger, asked once and only when a side may own it; no closures: this runs for every candidate)
  let ranks = NOT_ASKED;
  let side: GroupMention | null = null;
  for (const g of groups) {
    if (g.first > ownLast) break;
    if (g.id === null || g.first < sf || (g.role !== "destination" && g.role !== "helper") || sameGroupIn(left, g.id)) continue;
    if (g.last < trig.first) {
      // the nearest before the trigger, with no other telling between: the telling's subject
      const part = sideThatReceived(tokens, g, text);
      if (part && part === "owner" && ranks === NOT_ASKED) ranks = ownRanksAt(tokens, trig.last + 1, ownLast, text);
      if (part && (part !== "owner" || ranks >= 0) && !tellingBetween(tellings, g.last, trig.first)) side = g;
    } else if (g.first > trig.last && !side && ((found === null && trig.join) || sideThatReceived(tokens, g, text) === "received")) {
      // "… واستقبلهم X" after the telling; for a verb of joining with nothing found, its object ("التحق … بصفوف X")
      side = g;
      break;
    }
  }
  if (!side) return found;
  // (a place or an area told before any "صفوفه" is where they went)
  if (found !== null) {
    if (ranks === NOT_ASKED) ranks = ownRanksAt(tokens, trig.last + 1, ownLast, text);
    if (ranks < 0 || ranks > found.last) return found;
  }
  return { first: side.first, last: side.last, start: side.start, end: side.end, group_id: side.id, area: null, kind: "other" };
}

/** ownRanksAt not asked yet (it answers -1 or a token index). */
const NOT_ASKED = -2;

function sameGroupIn(left: readonly GroupMention[], id: string): boolean {
  for (let i = 0; i < left.length; i++) if (left[i].id === id) return true;
  return false;
}

/** Another telling wholly between the side (ending at `after`) and the trigger (starting at `before`). */
function tellingBetween(tellings: ReadonlyArray<{ first: number; last: number }>, after: number, before: number): boolean {
  for (let i = 0; i < tellings.length; i++) if (tellings[i].first > after && tellings[i].last < before) return true;
  return false;
}
