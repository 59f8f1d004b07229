/**
 * The keys of `event_match_keys`: what an event is stored under (its groups' keys and their ancestors' over its reach;
 * "@" publication rows, "→" joined rows, "~" sides over its report's publication window) and what a telling looks
 * its candidates up under, and the span classes of their ranges. Pure: the store writes and reads the rows
 * (incident-search.ts). A change here that stores other keys bumps INCIDENT_RULES_VERSION (docs/data-path.md).
 */
import type { DefectionEvent } from "../extract/types";
import { GAZETTEER } from "../incidents";
import { ancestry } from "../incidents/gazetteer";
import { groupMatchKey } from "../incidents/rules/groups";
import { mayBeRetold } from "../incidents/rules/retold";
import { sideWentTo } from "../incidents/rules/sides";
import { dayNumber } from "../time/day";
import type { DayRange } from "../time/types";

/**
 * The keys an event is stored under: each group's own key (gazetteer id or "x:" + folded name), and
 * "^" + each ancestor of it. A telling then finds its own group and its units under `key` and "^key",
 * and its parents under their own key only (not their other units, which are never compatible).
 */
export function storedKeys(event: Pick<DefectionEvent, "groups">): string[] {
  const keys = new Set<string>();
  for (const g of event.groups) {
    const own = groupMatchKey(g);
    keys.add(own);
    if (g.id !== null) for (const a of ancestry(g.id, GAZETTEER).slice(1)) keys.add(`^${a}`);
  }
  return [...keys];
}

/** The keys a telling looks its candidates up under (see storedKeys). */
export function lookupKeys(event: Pick<DefectionEvent, "groups">): string[] {
  const keys = new Set<string>();
  for (const g of event.groups) {
    const own = groupMatchKey(g);
    keys.add(own);
    if (g.id !== null) {
      keys.add(`^${g.id}`);
      for (const a of ancestry(g.id, GAZETTEER).slice(1)) keys.add(a);
    }
  }
  return [...keys];
}

/**
 * The prefix of an event's **publication rows**: a story retold within a week meets the event whatever
 * its dates (rules/retold.ts), so the event is also stored, under "@" + each of its keys, over its
 * report's publication window — when that rule can apply to it at all: it has a figure or names a town
 * (round 9), a date not too vague, and a publication known to within a week.
 */
export const RETOLD = "@";

/** The publication window a telling is found under by a retold story, or null when it cannot be one. */
export function retellingWindow(event: DefectionEvent, published: DayRange): { start: number; end: number } | null {
  return mayBeRetold({ published, event }, GAZETTEER) ? { start: dayNumber(published.start), end: dayNumber(published.end) } : null;
}

/**
 * The prefix of an event's **joined rows** (round 10, rules/roles.ts: one incident read in crossed roles): an event
 * that says which group its men joined is also stored under "→" + that group's keys over its publication window,
 * when a crossed reading can apply to it (a figure, a date not too vague, a publication known to within a week: as
 * RETOLD). A telling finds the events whose men joined its group there, and the events of the group its own men
 * joined among the RETOLD rows (every event a crossed reading can link has them: the rule asks for the same figure).
 */
export const JOINED = "→";

/**
 * Round 11 (rules/roles.ts, opposite sides): an event whose men went to a side told by its words («مناطق سيطرة
 * المعارضة») is also stored under "→" + SIDE + that side over its publication window, so that a telling of a group
 * of that side finds it; that telling's own rows are its RETOLD rows, which the event finds under the ids of every
 * group of the side (gazetteer `groupsOf`): no row more for the many tellings that tell no side.
 */
export const SIDE = "~";

/** The keys an event is stored under as where its men went: the group joined's, and the side's. */
export function joinedKeys(event: DefectionEvent): string[] {
  const joined = joinedGroup(event);
  const side = sideWentTo(event.destination, GAZETTEER);
  return [...(joined ? storedKeys(joined) : []), ...(side === null ? [] : [SIDE + side])];
}

/** The group an event's men joined, as a group of the key scheme, or null. */
export function joinedGroup(event: DefectionEvent): Pick<DefectionEvent, "groups"> | null {
  const id = event.destination?.group_id;
  return id ? { groups: [{ id, name_ar: "", name_en: null, text: "", known: true }] } : null;
}

/**
 * Upper bounds of the day-range length classes; the last class is unbounded (and never merged). Fixed
 * numbers, not the merging rule's constants: stored rows keep their class when a rule changes.
 */
export const SPAN_CLASSES = [7, 31, 92, 366, Number.POSITIVE_INFINITY];

export function spanClass(days: number): number {
  return SPAN_CLASSES.findIndex((max) => days <= max);
}
