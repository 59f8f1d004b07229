import { foldLetters } from "../../arabic/normalize";
import type { EventDestination, EventGroup } from "../../extract/types";
import type { IncidentGazetteer } from "../gazetteer";

/**
 * Sides of the war (round 11). Outlets often say where defectors went by naming a side, not a group: «ووصلوا إلى
 * مناطق سيطرة المعارضة», «فرّوا إلى مناطق النظام», «التحقوا بصفوف الثوار». The incident rules compare such a
 * destination with the group of another telling (rules/roles.ts), so every telling gets the **side of its
 * destination**: a gazetteer group's side, or the side its words name (data/sides.json `phrases`, each with
 * examples, which are this module's tests). Sides are camps: the regime's army, security branches, militias and
 * its Iranian and Russian allies are one side (data/sides.json `camps` over data/groups.json `side`).
 * Words of two sides name no side. Round 12: an area told as **outside** a side's control («مناطق خارج سيطرة النظام»,
 * «خارج مناطق سيطرة قسد», «المناطق غير الخاضعة للنظام») names the side data/sides.json `outside` gives for the side
 * after «خارج/الخارجة/غير» (the regime's → the opposition's, and back), or none (outside the SDF's, ISIS's or HTS's
 * areas is more than one side; «خارج البلاد», «خارج السيطرة»: no side is named after it).
 */

/** The side table as data/sides.json keeps it. */
export interface SideTable {
  camps: ReadonlyArray<{ side: string; group_sides: readonly string[] }>;
  phrases: ReadonlyArray<{ words: string; side: string; examples?: readonly string[] }>;
  negations: { words: readonly string[]; examples?: readonly string[] };
  /** The side of the area outside a side's control, where it is one side (round 12); examples as [words, side]. */
  outside?: { sides: Readonly<Record<string, string>>; examples?: ReadonlyArray<readonly string[]> };
  side_names: { ids: readonly string[] };
  /** Destinations that name no side (the table's negatives: areas, countries, two sides). */
  no_side?: readonly string[];
}

/** A destination's words, folded. */
function destinationWords(text: string): string[] {
  return foldLetters(text).split(/[\s،,.؛:«»"()-]+/).filter(Boolean);
}

/** A word of the text is a phrase's word, or that word with a preposition or conjunction glued on («لمناطق», «للمعارضة», «وقسد»). */
function wordIs(word: string, w: string): boolean {
  if (word === w) return true;
  if (word.length === w.length + 1 && "وبلف".includes(word[0]) && word.slice(1) === w) return true;
  return w.startsWith("ال") && (word === `لل${w.slice(2)}` || word === `ولل${w.slice(2)}`);
}

/**
 * Reads the side a destination's words name, by the longest phrase at each word; a phrase after «خارج/غير» names
 * whose control the area is outside of, so it is read as `outside`'s side for it (round 12); null for none, an
 * outside with no one side, or two sides.
 */
export function sidePhraseReader(table: SideTable): (text: string) => string | null {
  const phrases = table.phrases.map((p) => ({ words: destinationWords(p.words), side: p.side })).sort((a, b) => b.words.length - a.words.length);
  const negations = new Set(table.negations.words.map((w) => foldLetters(w)));
  const outside = new Map(Object.entries(table.outside?.sides ?? {}));
  const memo = new Map<string, string | null>();
  const read = (text: string): string | null => {
    const words = destinationWords(text);
    const negatedFrom = words.findIndex((w) => negations.has(w));
    const sides = new Set<string>();
    for (let i = 0; i < words.length; ) {
      const p = phrases.find((x) => x.words.every((w, k) => i + k < words.length && wordIs(words[i + k], w)));
      if (p) {
        // «مناطق خارج سيطرة النظام»: the side named is the one whose control the area is outside of.
        const side = negatedFrom >= 0 && i > negatedFrom ? outside.get(p.side) : p.side;
        if (side === undefined) return null;
        sides.add(side);
      }
      i += p ? p.words.length : 1;
    }
    return sides.size === 1 ? [...sides][0] : null;
  };
  return (text) => {
    if (!memo.has(text)) {
      // Destinations repeat (a few side phrases): a small memo, emptied if a long-lived process fills it.
      if (memo.size >= 10_000) memo.clear();
      memo.set(text, read(text));
    }
    return memo.get(text) ?? null;
  };
}

/** The side of a group's own side (data/groups.json), by the camps of the table. */
export function campReader(table: SideTable): (groupSide: string) => string | null {
  const camp = new Map(table.camps.flatMap((c) => c.group_sides.map((s) => [s, c.side] as const)));
  return (groupSide) => camp.get(groupSide) ?? null;
}

/**
 * The side of where a telling's men went: its gazetteer group's side, else the side its words name (the area the
 * extractor kept, or the words as written); null when it names none (an area, a country, home) or there is none.
 */
export function destinationSide(destination: Pick<EventDestination, "group_id" | "area" | "text"> | null, gaz: IncidentGazetteer): string | null {
  if (destination === null) return null;
  if (destination.group_id !== null) {
    const side = gaz.sideOf(destination.group_id);
    if (side !== null) return side;
  }
  return gaz.sideNamed(destination.area || destination.text);
}

/**
 * The side a telling says its men went to when it names no one group there: a side's words, or a gazetteer group
 * whose name stands for its whole side («فصائل المعارضة», «الجيش الحر», «مناطق النظام»: data/sides.json
 * `side_names`); null for a destination that names one group («الفيلق الخامس»: the group rule compares it) or no side.
 */
export function sideWentTo(destination: Pick<EventDestination, "group_id" | "area" | "text"> | null, gaz: IncidentGazetteer): string | null {
  if (destination === null || (destination.group_id !== null && !gaz.namesSide(destination.group_id))) return null;
  return destinationSide(destination, gaz);
}

/** The sides a telling's gazetteer groups fight on. */
export function groupSides(groups: readonly Pick<EventGroup, "id">[], gaz: IncidentGazetteer): Set<string> {
  const sides = new Set<string>();
  for (const g of groups) {
    const side = g.id === null ? null : gaz.sideOf(g.id);
    if (side !== null) sides.add(side);
  }
  return sides;
}
