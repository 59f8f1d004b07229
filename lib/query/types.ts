import type { EventKind, DateBasis } from "../extract/types";
import type { Grain, IsoDay } from "../time/types";
import type { Conflict } from "../incidents/types";
import type { Lang } from "../i18n/messages";

/** What an incident's tellings may disagree on. */
export type ConflictType = Conflict["type"];

/**
 * The contract between the URL schema (lib/query/url.ts), the queries (lib/query/events.ts,
 * lib/query/series.ts) and the pages. Every value here is already validated.
 */

/** A group as the filters know it: the gazetteer id, or "x:<name as written>" for a group not in the gazetteer. */
export type GroupKey = string;

export interface EventFilter {
  groups: GroupKey[];
  /** Inclusive month bounds `YYYY-MM`; an event is in the window when its range overlaps it. */
  from: string | null;
  to: string | null;
  /** A place id of data/places.json, or a governorate name/id: matches events in that place or governorate. */
  place: string | null;
  /** A destination group id or area text. */
  destination: string | null;
  kind: EventKind | null;
  /** Free text searched in the report text (normalised Arabic). */
  q: string | null;
  /**
   * What a row counts (issue 12): "incidents" keeps one telling per incident (its first, whose event
   * id names the incident); "tellings" (the default when absent) every event of every report.
   */
  unit?: CountUnit;
  /** Only events a person reviewed (accepted, edited or added); rejected events are never shown. */
  reviewed?: boolean;
}

export const COUNT_UNITS = ["incidents", "tellings"] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

export const SORT_COLUMNS = ["date", "groups", "count", "kind", "place", "destination", "report", "confidence"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDir = "asc" | "desc";

export interface EventPageQuery {
  filter: EventFilter;
  sort: SortColumn;
  dir: SortDir;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** The interface language (default English): the groups column sorts by the names its rows show (events.ts sortLanguage). */
  lang?: Lang;
}

export type Metric = "people" | "incidents";
export type BinGrain = Extract<Grain, "week" | "month" | "quarter" | "year">;

export interface SeriesQuery {
  filter: EventFilter;
  grain: BinGrain;
  metric: Metric;
  /** How many groups to draw when `filter.groups` is empty. */
  topGroups: number;
}

export interface EventRow {
  /** Stable across re-ingests of an unchanged report: `<reportId>~<index>`. */
  id: string;
  kind: EventKind;
  groups: { key: GroupKey; id: string | null; name_ar: string; name_en: string | null; known: boolean }[];
  start: IsoDay;
  end: IsoDay;
  grain: Grain;
  dateBasis: DateBasis;
  dateText: string | null;
  dateExplanation: string;
  count: { low: number; best: number; high: number; text: string } | null;
  place: { text: string; id: string | null; name_ar: string | null; governorate: string | null } | null;
  destination: { text: string; group_id: string | null; area: string | null } | null;
  reportId: string;
  reportTitle: string;
  reportUrl: string | null;
  confidence: number;
  /** The incident this telling belongs to and how many reports tell it (null before incidents are computed). */
  incidentId: string | null;
  tellings: number;
  /**
   * Counting incidents, what the row's incident's tellings disagree on (its conflicts, explained on
   * the incident page); empty for a telling shown on its own.
   */
  conflicts: ConflictType[];
  /** unreviewed, accepted, edited or added (rejected events are not shown). */
  reviewStatus: string;
}

export interface EventPage {
  rows: EventRow[];
  total: number;
  /** The page actually served (clamped to [1, pageCount]). */
  page: number;
  pageSize: number;
  pageCount: number;
}

/** One bin of one series. `uncounted` = events in the bin with no count (they add to incidents, never to people). */
export interface SeriesPoint {
  bin: IsoDay;
  expected: number;
  certain: number;
  possible: number;
  uncounted: number;
}

export interface Series {
  /** A GroupKey, or "total". */
  key: string;
  label: string;
  points: SeriesPoint[];
}

export interface SeriesResult {
  grain: BinGrain;
  metric: Metric;
  /** The first day of each bin, in order; every series has one point per bin. */
  bins: IsoDay[];
  series: Series[];
  /** Set when the requested grain gave too many bins and `grain` is a coarser one (added by the store). */
  requestedGrain?: BinGrain;
  /** A plain-English note for the page when the bins were coarsened (added by the store). */
  note?: string;
}

/** A group with its number of events under the current filter (for the multi-select). */
export interface GroupFacet {
  key: GroupKey;
  name_ar: string;
  name_en: string | null;
  known: boolean;
  events: number;
}
