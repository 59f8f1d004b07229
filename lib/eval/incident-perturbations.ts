/**
 * Robustness of incident merging, CheckList-style: one telling of a pair changed the way outlets (and
 * the extractor) differ, one field at a time — its figure, kind, place, group or date — and, for false
 * merges, two tellings of different incidents of one group moved near each other in time.
 * Pure: tellings in, tellings out (scripts/eval-incidents.ts scores them).
 */
import groupsData from "../../data/groups.json";
import placesData from "../../data/places.json";
import type { EventCount, EventGroup, EventPlace } from "../extract/types";
import type { Telling } from "../incidents/types";
import { addDaysIso, civilFromDays, dayNumber, daysInMonth, isoOf } from "../time/day";

export type PerturbationFamily = "figure" | "kind" | "place" | "group" | "date";

export interface Perturbation {
  family: PerturbationFamily;
  name: string;
  /** The telling as another outlet (or the extractor) gives it, or null when the change does not apply. */
  apply(t: Telling): Telling | null;
}

type Event = Telling["event"];
const withEvent = (t: Telling, change: Partial<Event>): Telling => ({ ...t, event: { ...t.event, ...change } });
const ceil = Math.ceil;

/** One significant digit: 15 → 20, 23 → 20, 2100 → 2000 (the round figure an outlet writes). */
export function rounder(n: number): number {
  if (n < 10) return n;
  const unit = 10 ** Math.floor(Math.log10(n));
  return Math.round(n / unit) * unit;
}

/** The count conventions of the gold (data/dev/README.md): نحو N, أكثر من N, exact N. */
const about = (n: number): EventCount => ({ low: Math.floor(0.8 * n), best: n, high: ceil(1.2 * n), text: `نحو ${n}` });
const moreThan = (n: number): EventCount => ({ low: n, best: n, high: ceil(1.5 * n), text: `أكثر من ${n}` });
const exactly = (n: number): EventCount => ({ low: n, best: n, high: n, text: `${n}` });

/** A change of a told figure; it does not apply to a telling without one, nor when it changes nothing. */
function figure(name: string, change: (c: EventCount) => EventCount | null): Perturbation {
  return {
    family: "figure",
    name,
    apply: (t) => {
      const [was, now] = [t.event.count, t.event.count && change(t.event.count)];
      if (was === null || (now !== null && now.low === was.low && now.best === was.best && now.high === was.high)) return null;
      return withEvent(t, { count: now });
    },
  };
}

const PLACES = (placesData as { places: Array<{ id: string; name_ar: string; governorate: string | null; kind: string }> }).places;
const GOVERNORATES = new Map(PLACES.filter((p) => p.kind === "governorate").map((p) => [p.governorate, p]));
const GROUPS = (groupsData as { groups: Array<{ id: string; name_ar: string; name_en: string | null; parent: string | null }> }).groups;
const GROUP_BY_ID = new Map(GROUPS.map((g) => [g.id, g]));

function gazetteerGroup(id: string, text: string): EventGroup {
  const g = GROUP_BY_ID.get(id);
  if (!g) throw new Error(`no group ${id} in data/groups.json`);
  return { id: g.id, name_ar: g.name_ar, name_en: g.name_en, text, known: true };
}

/** Each gazetteer group replaced by `other(id)`; null when no group of the telling has one. */
function regroup(t: Telling, other: (id: string) => string | null): Telling | null {
  let changed = false;
  const groups = t.event.groups.map((g) => {
    const o = g.id === null ? null : other(g.id);
    if (o === null) return g;
    changed = true;
    return gazetteerGroup(o, (GROUP_BY_ID.get(o) as { name_ar: string }).name_ar);
  });
  return changed ? withEvent(t, { groups }) : null;
}

/** The first unit of a gazetteer group (by id), or null. */
function firstUnit(id: string): string | null {
  return GROUPS.filter((g) => g.parent === id).map((g) => g.id).sort()[0] ?? null;
}

/** The telling read with the group its men joined (its destination, a gazetteer group) as their group, or null. */
export function joinedAsGroup(t: Telling): Telling | null {
  const joined = t.event.destination?.group_id;
  return joined ? withEvent(t, { groups: [gazetteerGroup(joined, (GROUP_BY_ID.get(joined) as { name_ar: string }).name_ar)], destination: null }) : null;
}

function redate(t: Telling, start: string, end: string, basis: Event["date"]["basis"]): Telling {
  return withEvent(t, { date: { ...t.event.date, start, end, basis } });
}

/** The telling's date expression read `days` off (a wrong year, an anchor mistake); an undated telling has none. */
function moved(t: Telling, days: number): Telling | null {
  return t.event.date.basis === "default" ? null : redate(t, addDaysIso(t.event.date.start, days), addDaysIso(t.event.date.end, days), "expression");
}

/** The telling dated by a vaguer expression: a range that holds its own, or null when it would not. */
function vaguer(t: Telling, [start, end]: [string, string]): Telling | null {
  const d = t.event.date;
  const holds = start <= d.start && d.end <= end && (start < d.start || d.end < end);
  return holds && d.basis !== "default" ? redate(t, start, end, "expression") : null;
}

/** The calendar month of a day. */
function monthOf(day: string): [string, string] {
  const { y, m } = civilFromDays(dayNumber(day));
  return [isoOf(y, m, 1), isoOf(y, m, daysInMonth(y, m))];
}

/**
 * The extractor's typical date errors (round 8's error stages: the default date when an expression that
 * dates the incident stands sentences away; an anchor taken from another sentence, a week or a month off):
 * the telling as the extractor reads it, or null when the error does not apply (an undated telling).
 */
export type DateError = "undated" | "week-early" | "month-early";
export const DATE_ERRORS: Record<DateError, (t: Telling) => Telling | null> = {
  undated: (t) => (t.event.date.basis === "default" ? null : redate(t, addDaysIso(t.published.end, -7), t.published.end, "default")),
  "week-early": (t) => moved(t, -7),
  "month-early": (t) => moved(t, -30),
};

export const PERTURBATIONS: readonly Perturbation[] = [
  figure("exact → approximate («نحو N»)", (c) => about(c.best)),
  figure("approximate → exact", (c) => exactly(c.best)),
  figure("→ a bound («أكثر من N»)", (c) => moreThan(c.best)),
  figure("a rounder figure («نحو 20» for 15)", (c) => about(rounder(c.best))),
  figure("a larger figure (×3, rounded: «نحو 2000» for 700)", (c) => about(rounder(3 * c.best))),
  figure("unknown count («عدد من»)", () => null),
  ...(["defection", "desertion", "attempted"] as const).map((kind): Perturbation => ({
    family: "kind",
    name: `kind → ${kind}`,
    apply: (t) => (t.event.kind === kind ? null : withEvent(t, { kind })),
  })),
  {
    family: "place",
    name: "coarsened to its governorate",
    apply: (t) => {
      const p = t.event.place;
      const gov = p?.governorate ? GOVERNORATES.get(p.governorate) : undefined;
      if (!p || !gov || p.id === gov.id) return null;
      const place: EventPlace = { text: gov.name_ar, id: gov.id, name_ar: gov.name_ar, governorate: gov.governorate };
      return withEvent(t, { place });
    },
  },
  { family: "place", name: "dropped", apply: (t) => (t.event.place === null ? null : withEvent(t, { place: null })) },
  { family: "group", name: "given as its parent", apply: (t) => regroup(t, (id) => GROUP_BY_ID.get(id)?.parent ?? null) },
  { family: "group", name: "given as a unit of it", apply: (t) => regroup(t, firstUnit) },
  // Round 10: the extractor's role error — the group the men joined read as their group (no destination left).
  { family: "group", name: "the group joined read as its group", apply: (t) => joinedAsGroup(t) },
  { family: "date", name: "undated (its report's default week)", apply: (t) => DATE_ERRORS.undated(t) },
  { family: "date", name: "a year early", apply: (t) => moved(t, -365) },
  { family: "date", name: "a month early (an anchor mistake)", apply: (t) => DATE_ERRORS["month-early"](t) },
  { family: "date", name: "a week early (an anchor mistake)", apply: (t) => DATE_ERRORS["week-early"](t) },
  { family: "date", name: "vaguer: its month («في تشرين الثاني»)", apply: (t) => vaguer(t, monthOf(t.event.date.start)) },
  { family: "date", name: "vaguer: recently («مؤخراً», [P-30, P])", apply: (t) => vaguer(t, [addDaysIso(t.published.end, -30), t.published.end]) },
];

/**
 * A telling moved in time: its report published `days` later (earlier when negative) and its date
 * moved with it, so that what it says relative to its report stays true.
 */
export function shifted(t: Telling, days: number): Telling {
  return {
    ...t,
    published: { start: addDaysIso(t.published.start, days), end: addDaysIso(t.published.end, days) },
    event: { ...t.event, date: { ...t.event.date, start: addDaysIso(t.event.date.start, days), end: addDaysIso(t.event.date.end, days) } },
  };
}

/** `b` moved so that its report is published `gap` days after `a`'s. */
export function publishedAfter(a: Telling, b: Telling, gap: number): Telling {
  return shifted(b, dayNumber(a.published.end) + gap - dayNumber(b.published.end));
}
