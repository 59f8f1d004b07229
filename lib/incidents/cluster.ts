/**
 * Which tellings form one incident. Decided on sets only, so the result does not depend on the order
 * in which reports arrive:
 *
 * 1. A link a–b is **sure** when a and b are compatible and see exactly the same tellings: every
 *    telling compatible with one is compatible with the other — counting, in each neighbourhood, the
 *    tellings whose dates meet only loosely (never linked: compatible.ts, looselyCompatible; they may
 *    still be either's incident) — except that a loose telling does not unsettle a link whose two ends tell
 *    the same story's details (the same town, or the same figure of 10 or more: rules/evidence.ts,
 *    `tellSameStory`) when it shares neither. Then a, b and their neighbours are all one story. When a could also be b' of b's report, or when c fits a but not b, nothing is sure:
 *    a could join two incidents, and we do not guess.
 * 2. Sure links form the incidents. They link tellings with identical neighbourhoods, so an incident
 *    is pairwise compatible and holds one telling per report by construction (checked again).
 *    A link across dates (a story retold, compatible.ts: one of its two dates is wrong) discounts that
 *    date: a telling compatible with one end and not with the other still counts as seen by both
 *    when it and the other end are told together (`DateDiscount`): one group and place, figures not
 *    orders apart, published within a week. So a third outlet that tells the story at its right date
 *    joins it instead of breaking it into proposals (such a pair is then vouched for by the member
 *    linked to both, instead of being compatible itself).
 * 3. Every compatible pair left in different incidents is a **proposed merge**, for an analyst; so is
 *    every pair that is only *perhaps* compatible (`perhapsOf`, compatible.ts: dates that meet only
 *    loosely with nothing else agreeing, or a story perhaps retold whose date one telling got wrong),
 *    unless either telling has more than MAX_COMPATIBLE such pairs (a busy week of a big group:
 *    agreement by chance proves nothing).
 * 4. A telling with more than `MAX_COMPATIBLE` neighbours (the regime army, a month, in a dense
 *    corpus) is too vague to place: it links to nothing and proposes nothing. Equal neighbourhoods
 *    make this symmetric (both ends of a sure link have the same number of neighbours), and it
 *    bounds the work per telling: only the first MAX_COMPATIBLE + 1 candidates are ever needed.
 *
 * The incident of a telling depends only on its neighbours and theirs: no chain runs through a dense
 * corpus, and the store recomputes only the incidents a new report can touch (lib/store/incidents.ts).
 */
import { linkedAcrossDates, toldTogether } from "./compatible";
import { tellSameStory } from "./rules/evidence";
import { tooVague } from "./rules/dates";
import { GAZETTEER, type IncidentGazetteer } from "./gazetteer";
import { NO_CONSTRAINTS, type Constraints } from "./constraints";
import { tellingKey, type Telling, type TellingKey } from "./types";

/** Rule 4: a telling with more compatible tellings than this is too vague to place. */
export const MAX_COMPATIBLE = 8;

/**
 * The compatible tellings of other reports (the caller applies `compatible`). Given a `limit`, the
 * caller may stop after that many: the list is then only used to tell "more than MAX_COMPATIBLE".
 */
export type CandidatesOf = (t: Telling, limit?: number) => readonly Telling[];

/** Rule 2's discount of a date shown wrong (compatible.ts) and rule 1's witnesses, with the gazetteer of the caller. */
export interface DateDiscount {
  /** A compatible pair linked although its dates do not meet. */
  acrossDates(a: Telling, b: Telling): boolean;
  /** Two tellings that may be one story whatever their dates say. */
  toldTogether(a: Telling, b: Telling): boolean;
  /** The two tell the same story's details: the same town, or the same figure of 10 or more (rules/evidence.ts, tellSameStory). */
  witnessed(a: Telling, b: Telling): boolean;
}

export function dateDiscount(gaz: IncidentGazetteer = GAZETTEER): DateDiscount {
  // A link across dates shows one date wrong — not a link looking back (rules/retrospective.ts): that date is only vague.
  const acrossDates = (a: Telling, b: Telling) => linkedAcrossDates(a, b) && !tooVague(a.event.date) && !tooVague(b.event.date);
  return { acrossDates, toldTogether: (a, b) => toldTogether(a, b, gaz), witnessed: (a, b) => tellSameStory(a.event, b.event, gaz) };
}

export interface Resolution {
  /** The incidents of every telling visited, as sets of tellings (each sorted by key). */
  incidents: Telling[][];
  /** Compatible pairs that ended in different incidents, [smaller key, larger key]. */
  proposals: Array<[TellingKey, TellingKey]>;
}

/**
 * Resolves the incidents of the seeds' chains of sure links. Analysts' decisions (lib/incidents/
 * constraints.ts) apply on top: a pair kept `apart` is treated as incompatible; tellings kept
 * `together` have their incidents united afterwards (`tellingOf` finds a partner not yet seen),
 * unless that would put two events of one report, or a pair kept apart, into one incident.
 * `perhapsOf` gives the tellings only perhaps compatible with one (rule 3; the same contract as
 * `candidatesOf`): they are never linked, only proposed.
 */
export function resolveAround(
  seeds: readonly Telling[],
  candidatesOf: CandidatesOf,
  maxCompatible = MAX_COMPATIBLE,
  constraints: Constraints = NO_CONSTRAINTS,
  tellingOf: (k: TellingKey) => Telling | undefined = () => undefined,
  perhapsOf: CandidatesOf = () => [],
  discount: DateDiscount = dateDiscount(),
  looseOf: CandidatesOf = () => [],
): Resolution {
  /** A search's first MAX_COMPATIBLE + 1 results less the pairs kept apart, once per telling. */
  const limitedOnce = (search: CandidatesOf) => {
    const memo = new Map<TellingKey, readonly Telling[]>();
    return (t: Telling): readonly Telling[] => {
      const k = tellingKey(t);
      let c = memo.get(k);
      if (!c) {
        c = search(t, maxCompatible + 1);
        const kept = c.filter((u) => !constraints.apart(k, tellingKey(u)));
        // A pair kept apart may hide one more beyond the limit: look again without it.
        c = kept.length < c.length && c.length > maxCompatible ? search(t).filter((u) => !constraints.apart(k, tellingKey(u))) : kept;
        memo.set(k, c);
      }
      return c;
    };
  };
  const near = limitedOnce(candidatesOf);
  /**
   * The tellings whose dates meet t's only loosely, with nothing else agreeing (`looseOf`, the same
   * contract as `candidatesOf`; compatible.ts: looselyCompatible): never linked, but each may be t's
   * incident, so they count in t's neighbourhood (rules 1 and 4).
   */
  const loose = limitedOnce(looseOf);
  const placeable = (t: Telling): boolean => near(t).length <= maxCompatible && near(t).length + loose(t).length <= maxCompatible;
  const perhaps = new Map<TellingKey, readonly Telling[]>();
  /** The tellings a telling may only be proposed with: none when it has too many (rule 3) or is too vague (rule 4). */
  const perhapsProposals = (t: Telling): readonly Telling[] => {
    const k = tellingKey(t);
    let c = perhaps.get(k);
    if (!c) {
      const found = placeable(t) ? perhapsOf(t, maxCompatible + 1) : [];
      c = found.length > maxCompatible ? [] : found.filter((u) => !constraints.apart(k, tellingKey(u)));
      perhaps.set(k, c);
    }
    return c;
  };
  const candidates = new Map<TellingKey, readonly Telling[]>();
  /** Every compatible telling of a placeable telling; none for a vague one (rule 4). */
  const cands = (t: Telling): readonly Telling[] => {
    const k = tellingKey(t);
    let c = candidates.get(k);
    if (!c) {
      c = placeable(t) ? near(t) : [];
      candidates.set(k, c);
    }
    return c;
  };
  /** A placeable telling's neighbourhood: its compatible and its loose tellings (`looseKeys`: the latter). */
  const neighbourhoods = new Map<TellingKey, { all: readonly Telling[]; keys: Set<TellingKey>; looseKeys: Set<TellingKey> }>();
  const neighbourhood = (t: Telling) => {
    const k = tellingKey(t);
    let n = neighbourhoods.get(k);
    if (!n) {
      const [near, far] = placeable(t) ? [cands(t), loose(t)] : [[], []];
      const all = [...near, ...far];
      neighbourhoods.set(k, (n = { all, keys: new Set(all.map(tellingKey)), looseKeys: new Set(far.map(tellingKey)) }));
    }
    return n;
  };
  /**
   * The same closed neighbourhood: u's neighbours are t's, with t in place of u — up to tellings the
   * other end sees through a discounted date (rule 2): x, a neighbour of t only, is seen by u when the
   * link t–u or t–x is across dates and x and u are told together.
   */
  const sameNeighbours = (t: Telling, u: Telling): boolean => {
    const across = discount.acrossDates(t, u);
    const witnessed = discount.witnessed(t, u);
    const seenBy = (from: Telling, other: Telling): boolean => {
      const ko = tellingKey(other);
      const theirs = neighbourhood(other).keys;
      const mine = neighbourhood(from);
      return mine.all.every((x) => {
        const kx = tellingKey(x);
        if (kx === ko || theirs.has(kx)) return true;
        // Rule 1: a loose rival (dates that meet only loosely, nothing else agreeing) does not unsettle a link that tells the same story.
        if (witnessed && mine.looseKeys.has(kx)) return true;
        return (across || discount.acrossDates(from, x)) && discount.toldTogether(x, other);
      });
    };
    return seenBy(t, u) && seenBy(u, t);
  };
  const sureLinks = (t: Telling): Telling[] => cands(t).filter((u) => placeable(u) && sameNeighbours(t, u));

  const incidentOf = new Map<TellingKey, number>();
  const incidents: Telling[][] = [];
  const queueOfSeeds = [...seeds];
  for (let next = 0; next < queueOfSeeds.length; next++) {
    const seed = queueOfSeeds[next];
    if (incidentOf.has(tellingKey(seed))) continue;
    // The chain of sure links through the seed.
    const chain = new Map<TellingKey, Telling>([[tellingKey(seed), seed]]);
    const queue = [seed];
    while (queue.length > 0) {
      const t = queue.pop() as Telling;
      for (const u of sureLinks(t)) {
        const k = tellingKey(u);
        if (!chain.has(k)) {
          chain.set(k, u);
          queue.push(u);
        }
      }
    }
    const members = [...chain.values()].sort(byKey);
    const groups = isOneIncident(members, cands, discount) ? [members] : members.map((m) => [m]);
    for (const g of groups) {
      for (const m of g) incidentOf.set(tellingKey(m), incidents.length);
      incidents.push(g);
    }
    // A telling merged by an analyst brings its partner's incident in.
    for (const m of members) {
      for (const k of constraints.together(tellingKey(m))) {
        const partner = incidentOf.has(k) ? undefined : tellingOf(k);
        if (partner) queueOfSeeds.push(partner);
      }
    }
  }
  const united = uniteTogether(incidents, incidentOf, constraints);

  const proposals = new Map<string, [TellingKey, TellingKey]>();
  const propose = (k: TellingKey, ku: TellingKey) => {
    const pair: [TellingKey, TellingKey] = k < ku ? [k, ku] : [ku, k];
    proposals.set(pair.join("\n"), pair);
  };
  for (const t of united.incidents.flat()) {
    const [k, i] = [tellingKey(t), united.incidentOf.get(tellingKey(t))];
    for (const u of candidates.get(k) ?? []) if (united.incidentOf.get(tellingKey(u)) !== i && placeable(u)) propose(k, tellingKey(u));
    for (const u of perhapsProposals(t)) if (united.incidentOf.get(tellingKey(u)) !== i && perhapsProposals(u).some((x) => tellingKey(x) === k)) propose(k, tellingKey(u));
  }
  return { incidents: united.incidents, proposals: [...proposals.values()].sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1])) };
}

/**
 * Unites the incidents of tellings kept together, pair by pair in key order (so the same whatever the
 * order of arrival); a union that would hold two events of one report or a pair kept apart is skipped.
 */
function uniteTogether(incidents: Telling[][], incidentOf: Map<TellingKey, number>, constraints: Constraints): { incidents: Telling[][]; incidentOf: Map<TellingKey, number> } {
  const pairs: Array<[TellingKey, TellingKey]> = [];
  for (const k of incidentOf.keys()) for (const o of constraints.together(k)) if (k < o && incidentOf.has(o)) pairs.push([k, o]);
  if (pairs.length === 0) return { incidents, incidentOf };
  pairs.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
  const parent = incidents.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const members = incidents.map((g) => [...g]);
  for (const [a, b] of pairs) {
    const [ra, rb] = [root(incidentOf.get(a) as number), root(incidentOf.get(b) as number)];
    if (ra === rb) continue;
    const [x, y] = [members[ra], members[rb]];
    const reports = new Set(x.map((t) => t.report));
    if (y.some((t) => reports.has(t.report))) continue;
    if (x.some((t) => y.some((u) => constraints.apart(tellingKey(t), tellingKey(u))))) continue;
    parent[rb] = ra;
    members[ra] = [...x, ...y].sort(byKey);
    members[rb] = [];
  }
  const out: Telling[][] = [];
  const outOf = new Map<TellingKey, number>();
  members.forEach((g, i) => {
    if (root(i) !== i) return;
    for (const t of g) outOf.set(tellingKey(t), out.length);
    out.push(g);
  });
  return { incidents: out, incidentOf: outOf };
}

/**
 * A chain is one incident when its tellings come from different reports and are pairwise compatible —
 * or told together and both compatible with a member linked to one of them across dates (rule 2).
 */
function isOneIncident(members: readonly Telling[], cands: CandidatesOf, discount: DateDiscount): boolean {
  if (new Set(members.map((m) => m.report)).size !== members.length) return false;
  const near = new Map(members.map((m) => [tellingKey(m), new Set(cands(m).map(tellingKey))]));
  const linked = (a: Telling, b: Telling) => near.get(tellingKey(a))?.has(tellingKey(b)) === true;
  for (const a of members) {
    for (const b of members) {
      if (a === b || linked(a, b)) continue;
      const vouched = members.some((m) => linked(m, a) && linked(m, b) && (discount.acrossDates(m, a) || discount.acrossDates(m, b)));
      if (!vouched || !discount.toldTogether(a, b)) return false;
    }
  }
  return true;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byKey(a: Telling, b: Telling): number {
  return cmp(tellingKey(a), tellingKey(b));
}
