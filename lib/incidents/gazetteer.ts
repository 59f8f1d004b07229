/**
 * What the incident rules need from the gazetteers (data/groups.json, data/places.json): a group's
 * parent and a place's kind. Read from the JSON files directly (no dependency on lib/extract's index);
 * tests may pass their own.
 */
import groupsData from "../../data/groups.json";
import placesData from "../../data/places.json";
import sidesData from "../../data/sides.json";
import { campReader, sidePhraseReader, type SideTable } from "./rules/sides";

export interface IncidentGazetteer {
  /** The parent formation of a gazetteer group (brigade-47 → irgc), or null. */
  parentOf(groupId: string): string | null;
  /** "governorate", "town", "region", "abroad", or null for an id the gazetteer does not know. */
  placeKind(placeId: string): string | null;
  /** The side of the war a gazetteer group fights on (its data/groups.json `side`, as a camp of data/sides.json), or null. */
  sideOf(groupId: string): string | null;
  /** The side a destination's words name («مناطق سيطرة المعارضة» → opposition: data/sides.json `phrases`), or null. */
  sideNamed(text: string): string | null;
  /** Whether a gazetteer group's name, as where defectors went, stands for its whole side (data/sides.json `side_names`). */
  namesSide(groupId: string): boolean;
  /** Every gazetteer group of a side (rules/roles.ts looks up where a side's men were told). */
  groupsOf(side: string): readonly string[];
}

/** The sides of the war and the phrases that name them (data/sides.json). */
export const SIDE_TABLE: SideTable = sidesData as SideTable;

/**
 * Round 9: groups told at two levels that data/groups.json does not link by `parent`. Outlets name an
 * Iran-backed militia by the umbrella «الميليشيات الإيرانية» as often as by its own name (the extractor reads
 * it so within a report: lib/extract/candidate.ts groupAncestors), so the umbrella (data/groups.json `umbrella_of`, read
 * by the extractor too) is the parent of every group of its side without one of its own; two units of it stay two groups.
 * A group told again under another name (data/groups.json `named_again_as`: «جبهة النصرة» for «هيئة تحرير الشام», as
 * outlets still call it, or a group entered twice) is a unit of that group.
 */
export function gazetteerFrom(
  groups: ReadonlyArray<{ id: string; parent?: string | null; side?: string | null; umbrella_of?: string | null; named_again_as?: string | null }>,
  places: ReadonlyArray<{ id: string; kind?: string | null }>,
  sides: SideTable = SIDE_TABLE,
): IncidentGazetteer {
  const known = new Set(groups.map((g) => g.id));
  const umbrellaOfSide = new Map(groups.filter((g) => g.umbrella_of).map((g) => [g.umbrella_of!, g.id]));
  const parentOf = (g: { id: string; parent?: string | null; side?: string | null; named_again_as?: string | null }): string | null => {
    if (g.parent) return g.parent;
    const again = g.named_again_as;
    if (again && known.has(again)) return again;
    const umbrella = g.side ? umbrellaOfSide.get(g.side) : undefined;
    return umbrella && umbrella !== g.id ? umbrella : null;
  };
  const parents = new Map(groups.map((g) => [g.id, parentOf(g)]));
  const kinds = new Map(places.map((p) => [p.id, p.kind ?? null]));
  const camp = campReader(sides);
  const sideOfGroup = new Map(groups.map((g) => [g.id, g.side ? camp(g.side) : null]));
  const sideNames = new Set(sides.side_names.ids);
  const ofSide = new Map<string, string[]>();
  for (const [id, side] of sideOfGroup) if (side !== null) ofSide.set(side, [...(ofSide.get(side) ?? []), id]);
  return {
    parentOf: (id) => parents.get(id) ?? null,
    placeKind: (id) => kinds.get(id) ?? null,
    sideOf: (id) => sideOfGroup.get(id) ?? null,
    sideNamed: sidePhraseReader(sides),
    groupsOf: (side) => ofSide.get(side) ?? [],
    namesSide: (id) => sideNames.has(id),
  };
}

export const GAZETTEER: IncidentGazetteer = gazetteerFrom(
  (groupsData as { groups: Array<{ id: string; parent: string | null; side: string; umbrella_of?: string; named_again_as?: string }> }).groups,
  (placesData as { places: Array<{ id: string; kind: string }> }).places,
);

/** The group, its parent, the parent's parent… (guarded against a cycle in a hand-edited file). */
export function ancestry(id: string, gaz: IncidentGazetteer): string[] {
  const chain = [id];
  for (let p = gaz.parentOf(id); p !== null && !chain.includes(p) && chain.length < 16; p = gaz.parentOf(p)) chain.push(p);
  return chain;
}
