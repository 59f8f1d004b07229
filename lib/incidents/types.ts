import type { DefectionEvent, EventDestination, EventGroup, EventKind, EventPlace } from "../extract/types";
import type { IsoDay } from "../time/types";

/** One report's telling of an incident: an extracted event with where it came from. */
export interface Telling {
  /** The report id. */
  report: string;
  /** 0-based index of the event in the extractor's output for that report. */
  index: number;
  /** The report's publication window: the later report wins a tie between equally precise counts. */
  published: { start: IsoDay; end: IsoDay };
  event: DefectionEvent;
}

/** The telling's event id: `report~index`, or `report~a<seq>` for an analyst's added event. */
export type TellingKey = string;

/**
 * An analyst's added event is stored after the machine's events of its report, at index ADDED_INDEX +
 * the seq of the decision that added it; its event id is `report~a<seq>` (lib/store/write.ts).
 */
export const ADDED_INDEX = 1_000_000;

/** The event id of a report's event at a stored index (a machine index, or an added event's). */
export function eventIdAt(report: string, index: number): string {
  return index >= ADDED_INDEX ? `${report}~a${index - ADDED_INDEX}` : `${report}~${index}`;
}

/** The telling's event id, so that an incident's id ("inc~" + its smallest key) names one of its events. */
export function tellingKey(t: Pick<Telling, "report" | "index">): TellingKey {
  return eventIdAt(t.report, t.index);
}

/** What the tellings disagree on. Each conflict names the values told and which tellings told them. */
export type Conflict =
  | { type: "date"; ranges: Array<{ telling: TellingKey; start: IsoDay; end: IsoDay }> }
  | { type: "count"; counts: Array<{ telling: TellingKey; low: number; best: number; high: number; text: string }> }
  | { type: "place"; places: Array<{ telling: TellingKey; text: string; id: string | null }> }
  | { type: "destination"; destinations: Array<{ telling: TellingKey; text: string }> };

export interface CombinedCount {
  low: number;
  best: number;
  high: number;
  /** The telling whose best figure was kept (the most precise, then the latest report). */
  bestFrom: TellingKey;
}

export interface CombinedDate {
  start: IsoDay;
  end: IsoDay;
  /** "intersection": every telling's range contains it; "hull": the ranges do not meet (a date conflict). */
  basis: "intersection" | "hull";
}

/** The values of an incident combined from its tellings (lib/incidents/combine.ts says how). */
export interface IncidentValues {
  kind: EventKind;
  /** Every kind told, most specific first (the first is `kind`). */
  kindsTold: EventKind[];
  groups: EventGroup[];
  count: CombinedCount | null;
  date: CombinedDate;
  place: EventPlace | null;
  destination: EventDestination | null;
  conflicts: Conflict[];
}

export interface Incident extends IncidentValues {
  /** The smallest telling key of the incident, prefixed: stable while that telling belongs to it. */
  id: string;
  tellings: Telling[];
  /** Ids of other incidents this one could be merged with, but was not (an ambiguity for an analyst). */
  proposed: string[];
}

export function incidentId(keys: Iterable<TellingKey>): string {
  let min: string | null = null;
  for (const k of keys) if (min === null || k < min) min = k;
  if (min === null) throw new Error("an incident has at least one telling");
  return `inc~${min}`;
}
