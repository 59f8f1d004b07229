/**
 * Scoring incident merging against the `same_as` links of a gold file (`"same_as": "r03#0"`: this
 * event is event 0 of report r03). Links are closed transitively (a told by b, b by c → a by c), so an
 * incident told three times gives three pairs.
 *
 *  - pairs found = gold pairs whose two tellings land in one incident / gold pairs judged, where a
 *    pair is judged only when the extractor found both of its events;
 *  - false merges = merged pairs that are not a gold pair / pairs merged, counting only pairs with a
 *    telling from a report whose links were annotated (`annotated`): in our data the d* reports'
 *    `same_as` was never filled in, so a merge of two d* events can be neither right nor wrong.
 */

/** "report#index" of a gold event. */
export type GoldEventKey = string;

/** The `same_as` links of gold records, as [this event, the event it names]. */
export function sameAsLinks(records: ReadonlyArray<{ id: string; events: ReadonlyArray<{ same_as?: unknown }> }>): Array<[GoldEventKey, GoldEventKey]> {
  const links: Array<[GoldEventKey, GoldEventKey]> = [];
  for (const r of records) {
    r.events.forEach((e, i) => {
      const to = e.same_as;
      if (to === null || to === undefined) return;
      for (const target of Array.isArray(to) ? to : [to]) {
        if (typeof target !== "string" || !/^[^#\s]+#\d+$/.test(target)) throw new Error(`${r.id}: events[${i}].same_as must be "report#index", got ${JSON.stringify(target)}`);
        links.push([`${r.id}#${i}`, target]);
      }
    });
  }
  return links;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/** Every pair of gold events of one incident, after closing the links transitively. */
export function goldPairs(links: ReadonlyArray<[GoldEventKey, GoldEventKey]>): Array<[GoldEventKey, GoldEventKey]> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of links) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const clusters = new Map<string, string[]>();
  for (const x of parent.keys()) clusters.set(find(x), [...(clusters.get(find(x)) ?? []), x]);
  const pairs: Array<[string, string]> = [];
  for (const members of clusters.values()) {
    members.sort();
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) pairs.push([members[i], members[j]]);
  }
  return pairs.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0));
}

export interface IncidentPairScore {
  goldPairs: number;
  /** Gold pairs whose two events the extractor found. */
  judged: number;
  found: number;
  /** Pairs of tellings merged into one incident, judged (one of them from an annotated report). */
  merged: number;
  /** Merged pairs between reports whose links were not annotated. */
  unjudgedMerges: number;
  falseMerges: number;
  /** Judged gold pairs not merged but proposed for an analyst. */
  proposedOnly: number;
  missed: Array<[GoldEventKey, GoldEventKey]>;
  wrong: Array<[string, string]>;
}

/**
 * @param toTelling the extracted event (telling key) each found gold event was matched to
 * @param incidents the tellings of each incident
 * @param proposed for each incident, the indexes of the incidents proposed for a merge with it
 * @param annotated whether a telling's report had its `same_as` links annotated
 */
export function scoreIncidentPairs(
  gold: ReadonlyArray<[GoldEventKey, GoldEventKey]>,
  toTelling: ReadonlyMap<GoldEventKey, string>,
  incidents: ReadonlyArray<readonly string[]>,
  proposed: ReadonlyArray<readonly number[]> = [],
  annotated: (telling: string) => boolean = () => true,
): IncidentPairScore {
  const incidentOf = new Map<string, number>();
  incidents.forEach((members, i) => members.forEach((m) => incidentOf.set(m, i)));
  const goldTellingPairs = new Set<string>();
  let judged = 0;
  let found = 0;
  let proposedOnly = 0;
  const missed: Array<[string, string]> = [];
  for (const [a, b] of gold) {
    const [ta, tb] = [toTelling.get(a), toTelling.get(b)];
    if (ta === undefined || tb === undefined) continue;
    judged++;
    goldTellingPairs.add(pairKey(ta, tb));
    if (ta !== tb && incidentOf.get(ta) !== undefined && incidentOf.get(ta) === incidentOf.get(tb)) found++;
    else {
      missed.push([a, b]);
      const [ia, ib] = [incidentOf.get(ta), incidentOf.get(tb)];
      if (ia !== undefined && ib !== undefined && (proposed[ia] ?? []).includes(ib)) proposedOnly++;
    }
  }
  let merged = 0;
  let unjudgedMerges = 0;
  const wrong: Array<[string, string]> = [];
  for (const members of incidents) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        if (!annotated(members[i]) && !annotated(members[j])) {
          unjudgedMerges++;
          continue;
        }
        merged++;
        if (!goldTellingPairs.has(pairKey(members[i], members[j]))) wrong.push([members[i], members[j]]);
      }
    }
  }
  return { goldPairs: gold.length, judged, found, merged, unjudgedMerges, falseMerges: wrong.length, proposedOnly, missed, wrong };
}
