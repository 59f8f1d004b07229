/**
 * The conformance corpus of the annotation conventions (../shared/dev-reports/README.md "Counts",
 * "Events", `kind`, the non-events; ../shared/dev-reports-2/README.md "Conventions"): short sentences
 * written for this suite from the conventions' words, each with the events the convention asks for.
 * Dates are not checked here (they are the date engine's) unless a case gives one (the template corpora of
 * lib/eval/templates do, resolved by hand against P); the group is a gazetteer id.
 */
import type { EventKind } from "../types";

export type Triple = [low: number, best: number, high: number];

export interface ExpectedEvent {
  /** Gazetteer id of the group left (one of the event's groups). */
  group: string;
  count: Triple | null;
  kind: EventKind;
  /** The inclusive day range the event must have, when the case checks dates (optional: most cases do not). */
  date?: [start: string, end: string];
  /** Gazetteer id of the group the people went to, when the case checks it (round 11): the event's destination, and not among its groups. */
  destination?: string;
  /**
   * (round 13) The destination's words as the event gives them (`destination.text`), when the case checks them; null:
   * the event names no destination. For a destination that is no group of the gazetteer («فصيل آخر»).
   */
  destinationText?: string | null;
}

export interface ConventionCase {
  /** Unique across the corpus: "<family>/<convention>-<n>". */
  id: string;
  text: string;
  /** Publication day; default 2022-03-16 (a Wednesday). */
  published?: string;
  events: ExpectedEvent[];
}

export const ev = (group: string, count: Triple | number | null, kind: EventKind = "defection", date?: [string, string]): ExpectedEvent => ({
  group,
  count: typeof count === "number" ? [count, count, count] : count,
  kind,
  ...(date ? { date } : {}),
});
/** "نحو / قرابة / حوالي N", "N تقريباً": {⌊0.8N⌋, N, ⌈1.2N⌉}. */
export const about = (n: number): Triple => [Math.floor(0.8 * n), n, Math.ceil(1.2 * n)];
/** "أكثر من N", "ما يزيد عن N", "ما لا يقل عن N", "زاد عن N": {N, N, ⌈1.5N⌉}. */
export const moreThan = (n: number): Triple => [n, n, Math.ceil(1.5 * n)];
export const TENS: Triple = [20, 30, 99];
export const HUNDREDS: Triple = [200, 300, 999];
