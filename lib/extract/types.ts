import type { ExplanationRef } from "../i18n/explanation";
import type { Grain, IsoDay, PublicationWindow } from "../time/types";
import type { CountDoubt } from "./refiners/plausibility";

/**
 * The Event contract: what the extractor returns, what the store keeps, what the CLI prints.
 * Offsets are UTF-16 indexes into the ORIGINAL report body, end-exclusive.
 */

export type EventKind = "defection" | "desertion" | "attempted";

/** A group named in the incident: canonical when `known`, else kept as written with `id` null. */
export interface EventGroup {
  id: string | null;
  name_ar: string;
  name_en: string | null;
  /** The words as written in the report. */
  text: string;
  known: boolean;
}

/** How many people: a range with a best guess, and the words it came from. Null on the event when the text gives none. */
export interface EventCount {
  low: number;
  best: number;
  high: number;
  text: string;
}

/** Where the date range came from: the incident's own expression, a neighbouring sentence, or the [P-7, P] default. */
export type DateBasis = "expression" | "context" | "default";

export interface EventDate {
  start: IsoDay;
  end: IsoDay;
  grain: Grain;
  basis: DateBasis;
  /** The Arabic expression as written; null for the default. */
  text: string | null;
  rule: string;
  /** In English, for the CLI, CSV and API. */
  explanation: string;
  /**
   * The same explanation as message references, shown in the page's language. Absent in events
   * stored by extractors before 1.14.0 (pages then show `explanation`).
   */
  explanationRefs?: ExplanationRef[];
}

export interface EventPlace {
  text: string;
  /** Gazetteer id, or null when the place is not in data/places.json. */
  id: string | null;
  name_ar: string | null;
  governorate: string | null;
}

export interface EventDestination {
  text: string;
  /** Set when the destination is a group of the gazetteer (e.g. "sdf"). */
  group_id: string | null;
  /** Set when it is an area ("الشمال السوري", "دول الجوار", "مناطق سيطرة قسد"). */
  area: string | null;
}

export type SpanRole = "trigger" | "group" | "count" | "date" | "place" | "destination";

export interface EvidenceSpan {
  role: SpanRole;
  start: number;
  end: number;
}

export interface EventEvidence {
  /** The sentence(s) the event was read from. */
  sentence: { start: number; end: number };
  spans: EvidenceSpan[];
}

/**
 * Marks for an analyst's review. "implausible-count": the figure read beside the trigger counts
 * something else (a population, a camp, a whole force, losses); the event keeps no count, so no
 * total is multiplied by it, and the figure is kept in `countSetAside`.
 */
export type EventFlag = "implausible-count";

export interface DefectionEvent {
  kind: EventKind;
  groups: EventGroup[];
  count: EventCount | null;
  date: EventDate;
  place: EventPlace | null;
  destination: EventDestination | null;
  evidence: EventEvidence;
  /** 0..1 */
  confidence: number;
  /** Present only when the event is flagged for review. */
  flags?: EventFlag[];
  /** The figure not counted, and why (the event page says so in words: messages "event.countSetAside.<reason>"). */
  countSetAside?: EventCount & { reason: CountDoubt };
}

/** An event as built, before index.ts scores the report's events together (lib/extract/confidence/). */
export type UnscoredEvent = Omit<DefectionEvent, "confidence">;

/** What the extractor needs to know about a report. */
export interface ReportInput {
  id: string;
  body: string;
  published: PublicationWindow;
}
