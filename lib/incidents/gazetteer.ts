/**
 * What the incident rules need from the gazetteers (data/groups.json, data/places.json): a group's
 * parent and a place's kind. Read from the JSON files directly (no dependency on lib/extract's index);
 * tests may pass their own.
 */
import groupsData from "../../data/groups.json";
import placesData from "../../data/places.json";

export interface IncidentGazetteer {
  /** The parent formation of a gazetteer group (brigade-47 → irgc), or null. */
  parentOf(groupId: string): string | null;
  /** "governorate", "town", "region", "abroad", or null for an id the gazetteer does not know. */
  placeKind(placeId: string): string | null;
}

export function gazetteerFrom(
  groups: ReadonlyArray<{ id: string; parent?: string | null }>,
  places: ReadonlyArray<{ id: string; kind?: string | null }>,
): IncidentGazetteer {
  const parents = new Map(groups.map((g) => [g.id, g.parent ?? null]));
  const kinds = new Map(places.map((p) => [p.id, p.kind ?? null]));
  return {
    parentOf: (id) => parents.get(id) ?? null,
    placeKind: (id) => kinds.get(id) ?? null,
  };
}

export const GAZETTEER: IncidentGazetteer = gazetteerFrom(
  (groupsData as { groups: Array<{ id: string; parent: string | null }> }).groups,
  (placesData as { places: Array<{ id: string; kind: string }> }).places,
);

/** The group, its parent, the parent's parent… (guarded against a cycle in a hand-edited file). */
export function ancestry(id: string, gaz: IncidentGazetteer): string[] {
  const chain = [id];
  for (let p = gaz.parentOf(id); p !== null && !chain.includes(p) && chain.length < 16; p = gaz.parentOf(p)) chain.push(p);
  return chain;
}
