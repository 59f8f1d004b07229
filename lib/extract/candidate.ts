/**
 * A candidate: one trigger with everything read around it (its groups, figure, date, place,
 * destination, cues). The finders make candidates; the refiners fold them into incidents and
 * build the events.
 */
import * as $gazetteer from "./gazetteer";
import type { CountMention } from "./counts";
import type { CueVerdict } from "./cues";
import type { DateChoice } from "./dates";
import type { GroupMention } from "./groups";
import * as $merge from "./merge";
import type { Mergeable } from "./merge";
import type { DestinationFound } from "./destinations";
import type { PlaceMention } from "./places";
import type { Segment } from "./sentences";
import type { Trigger } from "./triggers";
import type { CountDoubt } from "./refiners/plausibility";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { groupById, sideUmbrella } = $gazetteer;
const { countPrecision } = $merge;

export interface Candidate extends Mergeable {
  sentence: Segment;
  sentenceIndex: number;
  trigger: Trigger;
  verdict: CueVerdict;
  groups: GroupMention[];
  groupFromContext: boolean;
  countMention: CountMention | null;
  dateChoice: DateChoice | null;
  place: PlaceMention | null;
  destination: DestinationFound | null;
  attempted: boolean;
  /** Whereabouts unknown or in hiding, told in the trigger's sentence or the next one about the same people. */
  unknownDestination: boolean;
  /** The destination is only supposed ("وسط ترجيحات بأنهم التحقوا بـ…"). */
  suspectedDestination: boolean;
  /** A place abroad is named after the trigger in its sentence ("… انشقاقه بطائرته التي هبط بها في الأردن"). */
  abroadAfter: boolean;
  /** Handed over to a destination that is no group (authorities, a crossing), then went on home or abroad. */
  thenHomeOrAbroad: boolean;
  /** Only some of them reached the destination ("وهرب بعضهم إلى…"). */
  partialDestination: boolean;
  headline: boolean;
  /** "ارتفع عدد المنشقين إلى 35": a total that grows; it replaces the figure of the incident it continues. */
  runningTotal: boolean;
  /** Why the figure is not this incident's head count (refiners/plausibility.ts), or null. */
  countDoubt: CountDoubt | null;
  /** Folded as a loose retelling of an incident told before (refiners/retelling.ts): its figure replaces none. */
  retelling?: true;
  /** Tells people who left with the one man of its incident, unnumbered ("وانشق معه عناصر"): the head count is unknown. */
  unnumberedCompanions?: true;
}

/** The key under which mentions of one group meet: its id, or "?text" for a unit not in the gazetteer. */
export const groupKey = (text: string) => (m: GroupMention) => m.id ?? `?${text.slice((m.antecedent ?? m).start, (m.antecedent ?? m).end)}`;

/**
 * The keys under which mentions of a group meet: the group, the formations it belongs to, and for
 * Iran-backed militias the umbrella "الميليشيات الإيرانية" that reports use for all of them.
 */
export function groupAncestors(mentions: readonly GroupMention[], stated?: ReadonlyMap<string, readonly string[]>): string[] {
  const keys = new Set<string>();
  for (const m of mentions) {
    for (const p of (m.id && stated?.get(m.id)) || []) keys.add(p);
    let entry = m.id ? groupById(m.id) : undefined;
    const umbrella = entry ? sideUmbrella(entry.side) : null;
    if (umbrella && entry!.id !== umbrella) keys.add(umbrella);
    for (let depth = 0; entry?.parent && depth < 4; depth++) {
      keys.add(entry.parent);
      entry = groupById(entry.parent);
    }
  }
  return [...keys];
}

/**
 * The hierarchy the report itself states: "الدفاع الوطني التابع لقوات النظام" anywhere in the text
 * makes the regime forces an ancestor of the NDF for every telling in that report.
 */
export function statedParents(groups: readonly GroupMention[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let k = 1; k < groups.length; k++) {
    const parent = groups[k];
    const child = groups[k - 1];
    if (parent.role !== "parent" || parent.id === null || child.id === null || child.id === parent.id || parent.first - child.last > 4) continue;
    const list = out.get(child.id) ?? [];
    if (!list.includes(parent.id)) list.push(parent.id);
    out.set(child.id, list);
  }
  return out;
}

export function placeKeys(p: PlaceMention | null): string[] | undefined {
  if (!p) return undefined;
  const within = (p as PlaceMention & { within?: PlaceMention }).within;
  return within ? [p.match.id, within.match.id] : [p.match.id];
}

/**
 * The telling an incident is shown by: the mention with a group of its own and the most precise
 * figure, then one with a date expression, then the most direct trigger, then the earliest.
 */
export function primaryOf(ev: readonly Candidate[]): Candidate {
  let best = ev[0];
  for (const c of ev) if (primaryScore(c) > primaryScore(best)) best = c;
  return best;
}

const FORM_RANK = { verb: 3, masdar: 2, participle: 1, plural: 0 } as const;

function primaryScore(c: Candidate): number {
  return (
    (c.groups.length > 0 && !c.groupFromContext ? 1000 : 0) +
    (countPrecision(c.count) >= 3 ? 100 * countPrecision(c.count) : 0) +
    (c.dateChoice ? 10 : 0) +
    (c.verdict === null ? 5 : 0) +
    // (round 14) the body's telling before the headline's, whatever their forms: a headline's verb ("عناصر من قسد
    // ينشقون") is no more direct than the body's verbal noun ("أعلنوا انشقاقهم"), and the figures near the body's
    // telling are the incident's (refiners/figure-nearby.ts reads around the primary telling)
    (c.headline ? 0 : 4) +
    FORM_RANK[c.trigger.form]
  );
}
