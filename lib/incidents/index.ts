/**
 * Incidents: one incident, many reports. `groupIncidents` merges the tellings of a whole corpus in
 * memory (the CLI, the evaluation, tests); the store uses `resolveAround` with SQL candidates to
 * recompute only what a new report touches.
 */
import { MAX_COMPATIBLE, resolveAround, byKey, dateDiscount } from "./cluster";
import { combine } from "./combine";
import { NO_CONSTRAINTS, type Constraints } from "./constraints";
import { compatible, looselyCompatible, perhapsCompatible } from "./compatible";
import { GAZETTEER, ancestry, type IncidentGazetteer } from "./gazetteer";
import { groupMatchKey } from "./rules/groups";
import { groupSides, sideWentTo } from "./rules/sides";
import { incidentId, tellingKey, type Incident, type Telling } from "./types";

export { combine } from "./combine";
export * from "./constraints";
export { compatible, datesMeet, linkedAcrossDates, looselyCompatible, perhapsCompatible, storiesMeet, type Story } from "./compatible";
export { dateDiscount, MAX_COMPATIBLE, resolveAround, type CandidatesOf, type Resolution } from "./cluster";
export { GAZETTEER, gazetteerFrom, type IncidentGazetteer } from "./gazetteer";
export * from "./types";

/** The match keys a telling can meet another on: its groups and their ancestors (a unit meets its parent). */
export function reachKeys(t: Telling, gaz: IncidentGazetteer = GAZETTEER): string[] {
  const keys = new Set<string>();
  for (const g of t.event.groups) {
    if (g.id === null) keys.add(groupMatchKey(g));
    else for (const a of ancestry(g.id, gaz)) keys.add(a);
  }
  return [...keys];
}

/** The prefix of the keys of the group a telling's men joined (rules/roles.ts: a group read in crossed roles). */
const JOINED = "→";

/** The prefix of a side's keys (rules/sides.ts): a telling is found by the side its groups fight on, and by the side its men went to. */
const SIDE = "~";

/** The group its men joined and that group's ancestors (its destination, a gazetteer group), and the side they went to. */
function joinedKeys(t: Telling, gaz: IncidentGazetteer): string[] {
  const id = t.event.destination?.group_id;
  const side = sideWentTo(t.event.destination, gaz);
  return [...(id ? ancestry(id, gaz) : []), ...(side === null ? [] : [SIDE + side])];
}

/** The sides a telling's groups fight on, as keys. */
function sideKeys(t: Telling, gaz: IncidentGazetteer): string[] {
  return [...groupSides(t.event.groups, gaz)].map((side) => SIDE + side);
}

/**
 * Every incident of a set of tellings, sorted by id; the same whatever the order of the input. Each telling
 * is indexed under the keys it reaches, the sides its groups fight on, and "→" + those of the group its men joined
 * and of the side they went to; it looks up its own, and (crossed roles) its group joined and the side its men went
 * to among the others' groups and sides, and its groups and sides among where the others' men went.
 */
export function groupIncidents(tellings: readonly Telling[], gaz: IncidentGazetteer = GAZETTEER, maxCompatible = MAX_COMPATIBLE, constraints: Constraints = NO_CONSTRAINTS): Incident[] {
  // Index by every key a telling reaches; a parent meets its unit because the unit lists the parent.
  const byReach = new Map<string, Telling[]>();
  const put = (k: string, t: Telling) => byReach.set(k, [...(byReach.get(k) ?? []), t]);
  for (const t of tellings) {
    for (const k of [...reachKeys(t, gaz), ...sideKeys(t, gaz)]) put(k, t);
    for (const k of joinedKeys(t, gaz)) put(JOINED + k, t);
  }
  const lookups = (t: Telling): string[] => {
    const own = reachKeys(t, gaz);
    return [...own, ...joinedKeys(t, gaz), ...[...own, ...sideKeys(t, gaz)].map((k) => JOINED + k)];
  };
  const related = (relation: (a: Telling, b: Telling, gaz: IncidentGazetteer) => boolean) => (t: Telling): Telling[] => {
    const seen = new Set<string>();
    const out: Telling[] = [];
    for (const k of lookups(t)) {
      for (const u of byReach.get(k) ?? []) {
        const ku = tellingKey(u);
        if (!seen.has(ku) && relation(t, u, gaz)) {
          seen.add(ku);
          out.push(u);
        }
      }
    }
    return out.sort(byKey);
  };
  const { incidents, proposals } = resolveAround([...tellings].sort(byKey), related(compatible), maxCompatible, constraints, () => undefined, related(perhapsCompatible), dateDiscount(gaz), related(looselyCompatible));
  return assemble(incidents, proposals, gaz);
}

/** Incidents with ids, combined values and proposed merges (by incident id), sorted by id. */
export function assemble(groups: Telling[][], proposals: ReadonlyArray<[string, string]>, gaz: IncidentGazetteer = GAZETTEER): Incident[] {
  const idOf = new Map<string, string>();
  for (const g of groups) {
    const id = incidentId(g.map(tellingKey));
    for (const t of g) idOf.set(tellingKey(t), id);
  }
  const proposed = new Map<string, Set<string>>();
  for (const [a, b] of proposals) {
    const [ia, ib] = [idOf.get(a), idOf.get(b)];
    if (!ia || !ib || ia === ib) continue;
    proposed.set(ia, (proposed.get(ia) ?? new Set()).add(ib));
    proposed.set(ib, (proposed.get(ib) ?? new Set()).add(ia));
  }
  return groups
    .map((g) => {
      const tellingsSorted = [...g].sort(byKey);
      const id = incidentId(tellingsSorted.map(tellingKey));
      return { id, tellings: tellingsSorted, ...combine(tellingsSorted, gaz), proposed: [...(proposed.get(id) ?? [])].sort() };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
