/**
 * Why two tellings of one incident stayed apart, in words that name no report (counts only: safe on the
 * untouched split, data/dev/README.md). `scripts/eval-incidents.ts --why` prints, for each missed gold pair,
 * the rule that kept it apart and these facets: how the groups differ, how far apart the reports were
 * published, how the dates, places and figures stand — what a rule across dates or groups would have to use.
 */
import type { Telling } from "../incidents";
import { ancestry, type IncidentGazetteer } from "../incidents/gazetteer";
import { countsCompatible, sameFigure } from "../incidents/rules/counts";
import { reach, tooVague } from "../incidents/rules/dates";
import { groupsMatch, sameGroup } from "../incidents/rules/groups";
import { contains, sameTown } from "../incidents/rules/places";
import { publicationGap } from "../incidents/rules/retold";
import { joinedBy } from "../incidents/rules/roles";
import { destinationSide, groupSides } from "../incidents/rules/sides";
import { lookingBackDate, SEVERAL, toldLookingBack } from "../incidents/rules/retrospective";
import { dayNumber } from "../time/day";
import groupsData from "../../data/groups.json";

/** A gazetteer group's side of the war (data/groups.json `side`), to say whether two unrelated groups fight on one side. */
const SIDE = new Map((groupsData as { groups: Array<{ id: string; side: string }> }).groups.map((g) => [g.id, g.side]));

/** How two tellings' groups differ: two units of one parent, a gazetteer group and an unknown name, … */
export function groupsFacet(a: Telling, b: Telling, gaz: IncidentGazetteer): string {
  if (sameGroup(a.event.groups, b.event.groups, gaz)) return "one group";
  const known = (t: Telling) => t.event.groups.filter((g) => g.id !== null).map((g) => g.id as string);
  const [ka, kb] = [known(a), known(b)];
  if (ka.length === 0 && kb.length === 0) return "groups: two unknown names";
  if (ka.length === 0 || kb.length === 0) return "groups: a gazetteer group and an unknown name";
  const lineage = (id: string) => new Set(ancestry(id, gaz).slice(1));
  const siblings = ka.some((x) => kb.some((y) => [...lineage(x)].some((p) => lineage(y).has(p))));
  if (siblings) return "groups: two units of one parent";
  const sameSide = ka.some((x) => kb.some((y) => SIDE.get(x) !== undefined && SIDE.get(x) === SIDE.get(y)));
  return `groups: unrelated gazetteer groups (${sameSide ? "one side" : "sides differ"})`;
}

/**
 * Where the men of two tellings of different groups went (round 10, rules/roles.ts): whether one telling's group is
 * the group the other's men joined — with the misreading's echo, with no destination, or with a destination that
 * leads elsewhere — or (round 11) on the side they went to, crossed by side or not; else what destinations the two
 * give (a gazetteer group, a side's words, an area, none).
 */
export function rolesFacet(a: Telling, b: Telling, gaz: IncidentGazetteer): string {
  const readings = [joinedBy(a, b, gaz), joinedBy(b, a, gaz)].filter((r) => r !== null);
  const reading = readings.find((r) => r.reading === "echo") ?? readings[0];
  if (reading) {
    const where = reading.by === "group" ? "one's group is where the other's men went" : "one's group is on the side the other's men went to";
    return `roles: ${where} (${reading.reading === "echo" ? `its own ${reading.by} again as destination` : "no destination of its own"})`;
  }
  const joined = (t: Telling) => t.event.destination?.group_id ?? null;
  // x's men joined y's group by the group rule (joinedBy said no: y's own men went elsewhere, or back).
  const joinedTo = (x: Telling, y: Telling) => {
    const j = joined(x);
    return j !== null && y.event.groups.some((g) => g.id !== null && groupsMatch(g, { id: j, name_ar: "" }, gaz));
  };
  if (joinedTo(a, b) || joinedTo(b, a)) return "roles: one's group is where the other's men went, but its own men went elsewhere or back";
  // Round 11: the side of where x's men went (a group's side or a side's words, rules/sides.ts) holds y's group.
  const onSide = (x: Telling, y: Telling) => {
    const side = destinationSide(x.event.destination, gaz);
    return side !== null && groupSides(y.event.groups, gaz).has(side);
  };
  if (onSide(a, b) || onSide(b, a)) return "roles: one's group is on the side the other's men went to, but not crossed (a group of it named, no crossing of sides, or its own men went elsewhere or back)";
  const dest = (t: Telling) => (t.event.destination === null ? "none" : t.event.destination.group_id !== null ? "a group" : destinationSide(t.event.destination, gaz) !== null ? "a side's words" : t.event.destination.area !== null ? "an area" : "words");
  const [da, db] = [dest(a), dest(b)].sort();
  return `roles: not crossed (destinations: ${da} and ${db})`;
}

/**
 * For a pair one of whose dates is vaguer than a quarter (round 10, rules/retrospective.ts): whether it can be a
 * telling looking back at the other — a range longer than a year, the other's days outside it, figures of one person
 * or unknown, figures orders apart — or it is one (linked with the same figure of 10 or more, else proposed).
 */
export function lookingBackFacet(a: Telling, b: Telling): string | null {
  const [back, told] = tooVague(a.event.date) ? [a, b] : tooVague(b.event.date) ? [b, a] : [null, null];
  if (back === null || told === null) return null;
  if (tooVague(told.event.date)) return "looking back: both vaguer than a quarter";
  if (!lookingBackDate(back.event.date)) return back.event.date.basis === "default" ? "looking back: undated" : "looking back: a range longer than a year";
  const r = reach(told.event.date);
  if (r.start < dayNumber(back.event.date.start) || r.end > dayNumber(back.event.date.end)) return "looking back: the other's days outside its range";
  const [cb, ct] = [back.event.count, told.event.count];
  if (cb === null || ct === null) return "looking back: a figure unknown";
  if (cb.best < SEVERAL || ct.best < SEVERAL) return "looking back: a single person";
  if (!countsCompatible(cb, ct)) return "looking back: figures orders apart";
  return `looking back: ${toldLookingBack(back.event, told.event) === "compatible" ? "linked" : "proposed"}`;
}

/** The facets of a pair whose stories did not meet: publication gap, dates, places, figures. */
export function storyFacets(a: Telling, b: Telling, gaz: IncidentGazetteer): string[] {
  const span = (t: Telling) => dayNumber(t.published.end) - dayNumber(t.published.start) + 1;
  const gap = publicationGap(a.published, b.published);
  const published = span(a) > 7 || span(b) > 7 ? "a publication known only to a month" : gap <= 3 ? "published 0–3 days apart" : gap <= 7 ? "published 4–7 days apart" : gap <= 30 ? "published 8–30 days apart" : "published > 30 days apart";
  const undated = [a, b].filter((t) => t.event.date.basis === "default").length;
  const dates = tooVague(a.event.date) || tooVague(b.event.date) ? "a date vaguer than a quarter" : undated === 0 ? "both dated" : undated === 1 ? "one undated" : "both undated";
  const [pa, pb] = [a.event.place, b.event.place];
  const places =
    pa === null && pb === null ? "no place in either"
    : pa === null || pb === null || pa.id === null || pb.id === null ? "one place unknown"
    : sameTown(pa, pb, gaz) ? "the same town"
    : pa.id === pb.id ? "the same governorate or region"
    : contains(pa, pb, gaz) || contains(pb, pa, gaz) ? "a town and its governorate"
    : "places apart";
  const [ca, cb] = [a.event.count, b.event.count];
  const figures =
    ca === null && cb === null ? "no figure in either"
    : ca === null || cb === null ? "one figure unknown"
    : sameFigure(ca, cb) ? `the same figure (${ca.best >= 10 ? "10 or more" : "under 10"})`
    : countsCompatible(ca, cb) ? "figures not orders apart"
    : "figures orders apart";
  return [published, dates, places, figures];
}
