import { foldLetters } from "../../arabic/normalize";
import type { EventGroup } from "../../extract/types";
import { ancestry, type IncidentGazetteer } from "../gazetteer";

/**
 * Rule: two tellings name the same group when one group of each is
 *  - the same gazetteer group (4th-division = 4th-division),
 *  - or a parent and its unit, at any depth (syrian-army ⊃ 5th-corps ⊃ 8th-brigade),
 *  - or, for groups outside the gazetteer, the same name once letters are folded (ة/ه, أ/ا, ى/ي, diacritics).
 * A gazetteer group never equals an unknown one (we cannot tell what the unknown name belongs to);
 * two units of one parent are different groups.
 */
export function sameGroup(a: readonly EventGroup[], b: readonly EventGroup[], gaz: IncidentGazetteer): boolean {
  for (const x of a) for (const y of b) if (groupsMatch(x, y, gaz)) return true;
  return false;
}

export function groupsMatch(x: Pick<EventGroup, "id" | "name_ar">, y: Pick<EventGroup, "id" | "name_ar">, gaz: IncidentGazetteer): boolean {
  if (x.id !== null && y.id !== null) {
    return x.id === y.id || ancestry(x.id, gaz).includes(y.id) || ancestry(y.id, gaz).includes(x.id);
  }
  if (x.id === null && y.id === null) return unknownGroupName(x.name_ar) === unknownGroupName(y.name_ar);
  return false;
}

/** The folded name an unknown group is compared by. */
export function unknownGroupName(nameAr: string): string {
  return foldLetters(nameAr).replace(/\s+/g, " ").trim();
}

/** The match key of a group: its gazetteer id, or "x:" + the folded name. */
export function groupMatchKey(g: Pick<EventGroup, "id" | "name_ar">): string {
  return g.id ?? `x:${unknownGroupName(g.name_ar)}`;
}
