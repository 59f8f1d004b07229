/**
 * The conformance corpus, by convention family, and the check of one case against the extractor's
 * events: the same number of events, and each expected event met by a distinct extracted one with its
 * group among the event's groups, the exact {low, best, high} (or null), the kind, and the day range
 * when the case gives one.
 */
import type { DefectionEvent } from "../types";
import * as $counts from "./counts";
import * as $events from "./events";
import * as $kinds from "./kinds";
import * as $non_events from "./non-events";
import * as $reports from "./reports";
import type { ConventionCase, ExpectedEvent } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { COUNT_CASES } = $counts;
const { EVENT_CASES } = $events;
const { KIND_CASES } = $kinds;
const { NON_EVENT_CASES } = $non_events;
const { REPORT_CASES } = $reports;

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

const sameDate = (want: ExpectedEvent["date"], got: DefectionEvent["date"]): boolean =>
  !want || (got.start === want[0] && got.end === want[1]);

/** The group joined, when the case names it: the event's destination, never also a group the people left. */
const sameDestination = (want: ExpectedEvent["destination"], got: DefectionEvent): boolean =>
  !want || (got.destination?.group_id === want && !got.groups.some((g) => g.id === want));

/** The destination's words, when the case gives them (null: no destination). */
const sameDestinationText = (want: ExpectedEvent["destinationText"], got: DefectionEvent): boolean =>
  want === undefined || (want === null ? got.destination === null : got.destination?.text === want && got.destination.group_id === null);

const meets = (want: ExpectedEvent, got: DefectionEvent, withDate = true): boolean =>
  got.kind === want.kind &&
  got.groups.some((g) => (g.id ?? g.text) === want.group) &&
  sameCount(want.count, got.count) &&
  sameDestination(want.destination, got) &&
  sameDestinationText(want.destinationText, got) &&
  (!withDate || sameDate(want.date, got.date));

/** A short view of an event for failure messages: "desertion sdf 10..12..15". */
export const describeEvent = (e: DefectionEvent): string =>
  `${e.kind} ${e.groups.map((g) => g.id ?? g.text).join("+")} ${e.count ? `${e.count.low}..${e.count.best}..${e.count.high}` : "null"}`;
const describeExpected = (e: ExpectedEvent): string =>
  `${e.kind} ${e.group} ${e.count ? e.count.join("..") : "null"}${e.destination ? ` → ${e.destination}` : ""}${e.destinationText !== undefined ? ` → «${e.destinationText ?? "-"}»` : ""}${e.date ? ` ${e.date.join("/")}` : ""}`;
const describeWithDestination = (e: DefectionEvent): string => `${describeEvent(e)}${e.destination ? ` → ${e.destination.group_id ?? e.destination.text}` : ""}`;
const describeDated = (e: DefectionEvent): string => `${describeEvent(e)} ${e.date.start}/${e.date.end}`;

/** The expected events met by distinct extracted ones, with or without their dates. */
function matched(c: ConventionCase, events: readonly DefectionEvent[], withDate: boolean): { met: number; left: DefectionEvent[] } {
  const left = [...events];
  let met = 0;
  for (const want of c.events) {
    const k = left.findIndex((got) => meets(want, got, withDate));
    if (k >= 0) {
      left.splice(k, 1);
      met++;
    }
  }
  return { met, left };
}

/**
 * How a case's events fare, counted by event (the template reports): expected events met (group, count,
 * kind), met with their day range too, and extracted events no expected one meets (false events).
 */
export function eventScore(c: ConventionCase, events: readonly DefectionEvent[]): { expected: number; right: number; dated: number; extra: number } {
  const plain = matched(c, events, false);
  return { expected: c.events.length, right: plain.met, dated: matched(c, events, true).met, extra: plain.left.length };
}

/** Null when the events conform to the case; else what differs, in one line. */
export function nonConformance(c: ConventionCase, events: readonly DefectionEvent[]): string | null {
  const { met, left } = matched(c, events, true);
  if (met === c.events.length && left.length === 0) return null;
  const dated = c.events.some((e) => e.date);
  const describe = c.events.some((e) => e.destination || e.destinationText !== undefined) ? (e: DefectionEvent) => `${describeWithDestination(e)}${dated ? ` ${e.date.start}/${e.date.end}` : ""}` : dated ? describeDated : describeEvent;
  return `expected [${c.events.map(describeExpected).join("; ")}], got [${events.map(describe).join("; ")}]`;
}
