/**
 * Analysts' merge and split decisions as constraints on the incidents (pure). A decision names tellings
 * by their stable event identity (report id + event_key, lib/review/identity.ts), never by position, so
 * it holds after a re-extraction. Per pair of tellings the latest decision in force wins:
 * - merge(a, b): a and b are one incident even when the rules keep them apart (`together`);
 * - split(t, others): t never joins any of the incident's other tellings of that time (`apart`).
 * Undone decisions are set aside; other actions are not ours and are ignored.
 */
import type { TellingKey } from "./types";

/** A telling as a decision names it. */
export interface EventRef {
  report: string;
  eventKey: string;
}

export const MERGE = "merge";
export const SPLIT = "split";

/** The `after` JSON of a merge decision: the other telling (the decision's own event is the first). */
export interface MergeAfter {
  with: EventRef;
}
/** The `after` JSON of a split decision: the tellings it was split from. */
export interface SplitAfter {
  apart: EventRef[];
}

/** The fields of a decision record these constraints read. */
export interface PairDecision {
  seq: number;
  reportId: string;
  eventKey: string;
  action: string;
  after: unknown;
  undoes: number | null;
}

function refId(r: EventRef): string {
  return `${r.report}\u0000${r.eventKey}`;
}

function pairId(a: string, b: string): string {
  return a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
}

function isRef(x: unknown): x is EventRef {
  return !!x && typeof x === "object" && typeof (x as EventRef).report === "string" && typeof (x as EventRef).eventKey === "string";
}

/** The pairs in force, as event references: [a, b, "together" | "apart"], sorted (order-independent). */
export function pairsInForce(decisions: readonly PairDecision[]): Array<[EventRef, EventRef, "together" | "apart"]> {
  const undone = new Set(decisions.filter((d) => d.action === "undo" && d.undoes !== null).map((d) => d.undoes));
  const latest = new Map<string, { seq: number; a: EventRef; b: EventRef; how: "together" | "apart" }>();
  const put = (seq: number, a: EventRef, b: EventRef, how: "together" | "apart") => {
    if (refId(a) === refId(b)) return;
    const id = pairId(refId(a), refId(b));
    const known = latest.get(id);
    if (!known || known.seq < seq) latest.set(id, { seq, a, b, how });
  };
  for (const d of decisions) {
    if (undone.has(d.seq)) continue;
    const own: EventRef = { report: d.reportId, eventKey: d.eventKey };
    if (d.action === MERGE && isRef((d.after as MergeAfter | null)?.with)) put(d.seq, own, (d.after as MergeAfter).with, "together");
    else if (d.action === SPLIT && Array.isArray((d.after as SplitAfter | null)?.apart)) {
      for (const o of (d.after as SplitAfter).apart) if (isRef(o)) put(d.seq, own, o, "apart");
    }
  }
  return [...latest.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, p]) => [p.a, p.b, p.how]);
}

/** Constraints by telling key, for `resolveAround`. */
export interface Constraints {
  /** Tellings that must be in the same incident as this one. */
  together(k: TellingKey): readonly TellingKey[];
  /** Whether two tellings must never be in one incident. */
  apart(a: TellingKey, b: TellingKey): boolean;
}

export const NO_CONSTRAINTS: Constraints = { together: () => [], apart: () => false };

/**
 * Builds the constraints from the pairs in force, given where each referenced telling is now
 * (`keyOf`: its current telling key, or undefined when the extractor no longer finds it).
 */
export function constraintsFrom(pairs: ReadonlyArray<[EventRef, EventRef, "together" | "apart"]>, keyOf: (r: EventRef) => TellingKey | undefined): Constraints {
  const together = new Map<TellingKey, TellingKey[]>();
  const apart = new Set<string>();
  for (const [ra, rb, how] of pairs) {
    const [a, b] = [keyOf(ra), keyOf(rb)];
    if (a === undefined || b === undefined || a === b) continue;
    if (how === "apart") apart.add(pairId(a, b));
    else {
      together.set(a, [...(together.get(a) ?? []), b]);
      together.set(b, [...(together.get(b) ?? []), a]);
    }
  }
  return { together: (k) => together.get(k) ?? [], apart: (a, b) => apart.has(pairId(a, b)) };
}
