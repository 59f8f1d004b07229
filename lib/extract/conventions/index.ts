/**
 * The conformance corpus, by convention family, and the check of one case against the extractor's
 * events: the same number of events, and each expected event met by a distinct extracted one with its
 * group among the event's groups, the exact {low, best, high} (or null) and the kind.
 */
import type { DefectionEvent } from "../types";
import { COUNT_CASES } from "./counts";
import { EVENT_CASES } from "./events";
import { KIND_CASES } from "./kinds";
import { NON_EVENT_CASES } from "./non-events";
import { REPORT_CASES } from "./reports";
import type { ConventionCase, ExpectedEvent } from "./types";

export type { ConventionCase } from "./types";

export const CONVENTION_FAMILIES: Record<string, ConventionCase[]> = {
  counts: COUNT_CASES,
  events: EVENT_CASES,
  kinds: KIND_CASES,
  "non-events": NON_EVENT_CASES,
  reports: REPORT_CASES,
};

export const DEFAULT_PUBLISHED = "2022-03-16";

const sameCount = (want: ExpectedEvent["count"], got: DefectionEvent["count"]): boolean =>
  want === null ? got === null : got !== null && got.low === want[0] && got.best === want[1] && got.high === want[2];

const meets = (want: ExpectedEvent, got: DefectionEvent): boolean =>
  got.kind === want.kind && got.groups.some((g) => g.id === want.group) && sameCount(want.count, got.count);

/** A short view of an event for failure messages: "desertion sdf 10..12..15". */
export const describeEvent = (e: DefectionEvent): string =>
  `${e.kind} ${e.groups.map((g) => g.id ?? g.text).join("+")} ${e.count ? `${e.count.low}..${e.count.best}..${e.count.high}` : "null"}`;
const describeExpected = (e: ExpectedEvent): string =>
  `${e.kind} ${e.group} ${e.count ? e.count.join("..") : "null"}`;

/** Null when the events conform to the case; else what differs, in one line. */
export function nonConformance(c: ConventionCase, events: readonly DefectionEvent[]): string | null {
  const left = [...events];
  const missing: ExpectedEvent[] = [];
  for (const want of c.events) {
    const k = left.findIndex((got) => meets(want, got));
    if (k < 0) missing.push(want);
    else left.splice(k, 1);
  }
  if (missing.length === 0 && left.length === 0) return null;
  return `expected [${c.events.map(describeExpected).join("; ")}], got [${events.map(describeEvent).join("; ")}]`;
}
