/**
 * A candidate row of an incident search (the key row's range, the event's indexed columns) and how it meets a
 * telling, decided exactly from those columns before any JSON is read (`rowMeets`); the figures a row may have to
 * be wanted (FigureFilter). The searches: incident-search.ts.
 */
import type { DefectionEvent } from "../extract/types";
import { datesMeet, GAZETTEER, storiesMeet, type Telling } from "../incidents";
import { COUNT_APART_FACTOR, COUNT_APART_MIN_GAP } from "../incidents/rules/counts";
import { placesCompatible, sameTown } from "../incidents/rules/places";
import { distinctiveFigure } from "../incidents/rules/retold";
import { isoDay } from "../time/day";
import type { DayRange } from "../time/types";

export interface CandidateRow {
  rid: number;
  report_id: string;
  /** The event's own range and basis (the key row holds its reach, or its publication). */
  day_start: number;
  day_end: number;
  date_basis: DefectionEvent["date"]["basis"];
  place_id: string | null;
  place_governorate: string | null;
  count_low: number | null;
  count_best: number | null;
  count_high: number | null;
  /** The key row's range: the event's reach, or its report's publication window ("@" rows). */
  key_start: number;
  key_end: number;
}

export type Meeting = "compatible" | "perhaps";
/** What a search looks for: compatible tellings, perhaps compatible ones, or only those whose dates meet loosely. */
export type Wanted = Meeting | "loose";

/** The figures a publication row may have to meet a count: low ≤ lowAtMost, high ≥ highAtLeast, and best when given. */
export interface FigureFilter {
  lowAtMost: number;
  highAtLeast: number;
  best: number | null;
}

/** Exactly the figures not orders apart from `c` (rules/counts.ts: countsCompatible). */
export function compatibleFigures(c: { low: number; high: number }): FigureFilter {
  return {
    lowAtMost: Math.max(COUNT_APART_FACTOR * c.high, c.high + COUNT_APART_MIN_GAP),
    highAtLeast: Math.min(c.low / COUNT_APART_FACTOR, c.low - COUNT_APART_MIN_GAP),
    best: null,
  };
}

/** No figure at all (a search of a town's rows only). */
export const NO_FIGURE: FigureFilter = { lowAtMost: -1, highAtLeast: Number.MAX_SAFE_INTEGER, best: null };

/** The figures with the same best as `c` (rules/retold.ts then checks that both are distinctive). */
export function sameFigure(c: { best: number }): FigureFilter {
  return { lowAtMost: c.best, highAtLeast: c.best, best: c.best };
}

/**
 * How a candidate row meets a telling, decided exactly from the indexed columns (the group is the
 * lookup key's): by `datesMeet` (its dates, and its place and figure when the dates meet loosely) on a
 * reach row, by `storiesMeet` (that, or a story retold) on a publication row, whose range is the
 * report's publication window.
 */
export function rowMeets(t: Telling, r: CandidateRow, publicationRow: boolean, publicationOf: (report: string) => DayRange | undefined): Meeting | null {
  if (r.report_id === t.report) return null;
  const place = r.place_id === null ? null : { text: "", id: r.place_id, name_ar: null, governorate: r.place_governorate };
  if (!placesCompatible(t.event.place, place, GAZETTEER)) return null;
  const date = { start: isoDay(r.day_start), end: isoDay(r.day_end), basis: r.date_basis };
  const count = r.count_low === null || r.count_best === null || r.count_high === null ? null : { low: r.count_low, best: r.count_best, high: r.count_high };
  const event = { date, count, place };
  if (publicationRow) return storiesMeet(t, { published: { start: isoDay(r.key_start), end: isoDay(r.key_end) }, event });
  // On a reach row only a story retold (the same distinctive figure, or the same town) needs the row's publication.
  const sameDistinctive = count !== null && t.event.count?.best === count.best && distinctiveFigure(count);
  const published = sameDistinctive || sameTown(t.event.place, place, GAZETTEER) ? publicationOf(r.report_id) : undefined;
  return published ? storiesMeet(t, { published, event }) : datesMeet(t.event, event);
}
