import type { EventCount, EventDestination, EventGroup, EventPlace } from "../../extract/types";
import type { DayRange } from "../../time/types";
import type { IncidentGazetteer } from "../gazetteer";
import { sameFigure } from "./counts";
import { datesCompatible, type TellingDate } from "./dates";
import { groupsMatch, sameGroup } from "./groups";
import { placesCompatible } from "./places";
import { knownWithinDays, publicationGap } from "./retold";
import { destinationSide, groupSides, sideWentTo } from "./sides";

/**
 * Rule (round 10): a group read in the wrong role. One outlet tells where the men went («انشق N عن X وانضموا إلى
 * Y»); another names the group that took them in as the subject — it received them («استقبل Y N عناصر انشقوا عن
 * X»), secured their defection, announced their joining — and the extractor may read that group as the men's own
 * (or one outlet's defection from X to Y read as from Y). The two tellings then name different groups, and the
 * group rule keeps them apart. They are one incident when
 *  - one telling's group is the group the other's men joined (its destination: the same gazetteer group, a parent
 *    or a unit of it), and that telling does not say its own men went back to the other's group (X → Y and Y → X
 *    on close days are two incidents: opposite flows) nor anywhere else — at most its own group again, the
 *    misreading's echo;
 *  - both give **the same figure**, exact or approximate (any size: the role error keeps the figure, and the
 *    crossing of groups is the rare detail here, not the figure);
 *  - their reports are published at most CROSSED_PUBLICATION_DAYS apart (each known to within a week): the same
 *    news of the same days;
 *  - and nothing else differs: compatible places and dates that meet (rules/places.ts, rules/dates.ts).
 * With the echo (the joiner's reading names its own group as where its men went) the two are merged; without it
 * (no destination) only proposed: an incident of men leaving Y told without where they went, on the days X's men
 * joined Y, with the same figure, reads exactly so (measured: `npm run -s eval:incidents -- --templates`, the
 * `crossed roles` family, and `npx tsx scripts/incidents-chance.ts --joined`; docs/incidents.md, round 10).
 * The incident keeps the group the men left: the group read from the group joined is not one of its groups
 * (combine.ts).
 *
 * Round 11: **opposite sides**. Outlets often say where the men went by naming a side, not a group («ووصلوا إلى
 * مناطق سيطرة المعارضة», «فرّوا إلى مناطق النظام»), while another names the group of that side that received them.
 * When the group joined is not told (no gazetteer id, or a name that stands for a whole side: «فصائل المعارضة»,
 * «مناطق النظام») and the other's group does not match it, the rule compares sides (rules/sides.ts `sideWentTo`):
 * one telling's group is on the side the other's men went to, a side other than their own group's (a crossing of
 * sides). The joiner's own destination decides as above, by side: its own side again (the echo: merged), none (bare:
 * proposed), or anywhere else (back: the opposite flow, or a third side) → apart. Measured as round 10's rule
 * (the `opposite sides` template family, chance merges, `--perturb`: docs/incidents.md, round 11).
 */

/** Two reports of one incident read in crossed roles are published at most this many days apart. */
export const CROSSED_PUBLICATION_DAYS = 3;

/** What the rule reads of a telling. */
export interface RoleReading {
  report: string;
  published: DayRange;
  event: {
    groups: readonly EventGroup[];
    destination: Pick<EventDestination, "group_id" | "area" | "text"> | null;
    count: Pick<EventCount, "low" | "best" | "high"> | null;
    date: TellingDate;
    place: EventPlace | null;
  };
}

/** A gazetteer group id among a telling's groups, by the group rule (the same group, a parent or a unit). */
function namesGroup(t: RoleReading, id: string, gaz: IncidentGazetteer): boolean {
  return t.event.groups.some((g) => g.id !== null && groupsMatch(g, { id, name_ar: "" }, gaz));
}

/**
 * How `joiner` may be `leaver`'s incident told with the group joined in the men's role: its group is the group
 * `leaver`'s men joined, and it says its men went nowhere but to that group again — "echo", the misreading's own
 * mark (men do not join the group they left: «انضم N من X إلى Y» read as Y's men, still going to Y) — or nowhere
 * at all, "bare" (which an incident of men leaving Y, told without where they went, also is); otherwise null.
 */
export function joinedReading(leaver: RoleReading, joiner: RoleReading, gaz: IncidentGazetteer): "echo" | "bare" | null {
  return joinedBy(leaver, joiner, gaz)?.reading ?? null;
}

/** What a crossed reading compared: the group the men joined (round 10), or only the side they went to (round 11). */
export type CrossedBy = "group" | "side";

/** joinedReading, and whether it compared the group joined or only its side. */
export function joinedBy(leaver: RoleReading, joiner: RoleReading, gaz: IncidentGazetteer): { reading: "echo" | "bare"; by: CrossedBy } | null {
  const destination = leaver.event.destination;
  if (destination === null) return null;
  const joined = destination.group_id;
  if (joined !== null && namesGroup(joiner, joined, gaz)) {
    if (joiner.event.destination === null) return { reading: "bare", by: "group" };
    const back = joiner.event.destination.group_id;
    if (back !== null && namesGroup(joiner, back, gaz)) return { reading: "echo", by: "group" };
  }
  // The side the men went to: the joiner's group is on it, the leaver's group is not (men crossed sides).
  const side = sideWentTo(destination, gaz);
  if (side === null || !groupSides(joiner.event.groups, gaz).has(side) || groupSides(leaver.event.groups, gaz).has(side)) return null;
  if (joiner.event.destination === null) return { reading: "bare", by: "side" };
  return destinationSide(joiner.event.destination, gaz) === side ? { reading: "echo", by: "side" } : null;
}

/** `joiner` may be `leaver`'s incident read in crossed roles (joinedReading, either way). */
export function readAsJoined(leaver: RoleReading, joiner: RoleReading, gaz: IncidentGazetteer): boolean {
  return joinedReading(leaver, joiner, gaz) !== null;
}

/**
 * The rule above: two tellings of different groups that may be one incident read in crossed roles — "echo" when
 * the joiner's reading bears the misreading's mark (a merge), "bare" when it does not (a proposed merge: an
 * incident of the opposite flow told without where its men went reads the same); null otherwise.
 */
export function rolesCrossed(a: RoleReading, b: RoleReading, gaz: IncidentGazetteer): "echo" | "bare" | null {
  if (a.report === b.report || sameGroup(a.event.groups, b.event.groups, gaz)) return null;
  const readings = [joinedReading(a, b, gaz), joinedReading(b, a, gaz)];
  const reading = readings.includes("echo") ? "echo" : readings.includes("bare") ? "bare" : null;
  const rest =
    sameFigure(a.event.count, b.event.count) &&
    knownWithinDays(a.published) &&
    knownWithinDays(b.published) &&
    publicationGap(a.published, b.published) <= CROSSED_PUBLICATION_DAYS &&
    placesCompatible(a.event.place, b.event.place, gaz) &&
    datesCompatible(a.event.date, b.event.date);
  return rest ? reading : null;
}

/**
 * The tellings of an incident whose groups were read from another telling's group joined (`readAsJoined` by a
 * telling of another group): their groups are where the men went, not the incident's (combine.ts).
 */
export function joinersOf<T extends RoleReading>(tellings: readonly T[], gaz: IncidentGazetteer): Set<T> {
  return new Set(tellings.filter((t) => tellings.some((u) => u !== t && !sameGroup(u.event.groups, t.event.groups, gaz) && readAsJoined(u, t, gaz))));
}
