import type { Database } from "better-sqlite3";
import { indexFor, type EventIndex } from "./event-index";
import { matchEvents } from "./event-index-match";
import { binOrdinal, fitGrain, isoDay, monthWindowDays, ordinalStart } from "./bins";
import { queryGroupFacets } from "./facets";
import type { BinGrain, Metric, Series, SeriesPoint, SeriesQuery, SeriesResult } from "./types";

/**
 * The chart's series: for each bin, expected / certain / possible / uncounted (lib/query/bins.ts),
 * one series per selected group (or the top groups) and the total (each event once).
 *
 * `querySeries` reads the in-memory event index (lib/query/event-index.ts): about a millisecond for
 * 100,000 events. testing/sql-reference.ts computes the same thing in SQL (the database sums events
 * that share a date range, JavaScript spreads the distinct ranges): the reference the tests compare against.
 */

/** The label of a series: the English name when the gazetteer has one, else the Arabic. */
export function groupLabels(db: Database, keys: string[]): Map<string, string> {
  const labels = new Map<string, string>();
  const byId = db.prepare("SELECT name_ar, name_en FROM groups WHERE id = ?");
  const byKey = db.prepare("SELECT name_ar, name_en FROM event_groups WHERE group_key = ? LIMIT 1");
  for (const key of keys) {
    const name = (byId.get(key) ?? byKey.get(key)) as { name_ar: string; name_en: string | null } | undefined;
    labels.set(key, name ? (name.name_en ?? name.name_ar) : key.replace(/^x:/, ""));
  }
  return labels;
}

export interface Frame {
  keys: string[];
  labels: Map<string, string>;
  from: number;
  to: number;
  grain: BinGrain;
}

export function emptyResult(query: SeriesQuery, keys: string[], labels: Map<string, string>): SeriesResult {
  return {
    grain: query.grain,
    metric: query.metric,
    bins: [],
    series: [...keys.map((key) => ({ key, label: labels.get(key) ?? key, points: [] })), { key: "total", label: "Total", points: [] }],
  };
}

export function finish(query: SeriesQuery, frame: Frame, bins: number[], series: Series[]): SeriesResult {
  const result: SeriesResult = { grain: frame.grain, metric: query.metric, bins: bins.map(isoDay), series };
  if (frame.grain !== query.grain) {
    result.requestedGrain = query.grain;
    result.note = `Shown by ${frame.grain}: by ${query.grain} the window from ${isoDay(frame.from)} to ${isoDay(frame.to)} would need more bins than the chart can draw.`;
  }
  return result;
}

/** The window: the filter's months, or the extent of the filtered events where it is open. */
export function windowOf(query: SeriesQuery, extent: () => { lo: number | null; hi: number | null }): { from: number | null; to: number | null } {
  const window = monthWindowDays(query.filter.from, query.filter.to);
  if (window.from !== null && window.to !== null) return window;
  const e = extent();
  return { from: window.from ?? e.lo, to: window.to ?? e.hi };
}

/** The groups drawn: the selected ones, else the top `topGroups` of the facets under the filter. */
export function seriesKeys(query: SeriesQuery, facets: () => { key: string }[]): string[] {
  if (query.filter.groups.length > 0) return [...query.filter.groups];
  if (query.topGroups <= 0) return [];
  return facets()
    .slice(0, query.topGroups)
    .map((g) => g.key);
}

export function querySeries(db: Database, query: SeriesQuery): SeriesResult {
  const index = indexFor(db, query.filter);
  const match = matchEvents(db, index, query.filter);
  const { mask } = match;
  const keys = seriesKeys(query, () => queryGroupFacets(db, query.filter));
  const labels = groupLabels(db, keys);
  const { from, to } = windowOf(query, () => ({ lo: match.lo, hi: match.hi }));
  if (from === null || to === null || from > to) return emptyResult(query, keys, labels);
  const grain = fitGrain(query.grain, from, to);
  const o0 = binOrdinal(from, grain);
  const o1 = binOrdinal(to, grain);
  const firstDays = new Int32Array(o1 - o0 + 2);
  for (let k = 0; k < firstDays.length; k++) firstDays[k] = ordinalStart(o0 + k, grain);
  const ordinals = eventOrdinals(index, grain);
  const binLabels = Array.from(firstDays.subarray(0, -1), isoDay);

  const series: Series[] = keys.map((key) => {
    const g = index.groupCode.get(key);
    const entries = g === undefined ? new Int32Array(0) : index.groupEntries[g];
    return { key, label: labels.get(key) ?? key, points: spreadEntries(index, entries, mask, ordinals, o0, firstDays, query.metric, binLabels) };
  });
  series.push({ key: "total", label: "Total", points: spreadEntries(index, allEntries(index), mask, ordinals, o0, firstDays, query.metric, binLabels) });
  return finish(query, { keys, labels, from, to, grain }, Array.from(firstDays.subarray(0, -1)), series);
}

const everyEntry = new WeakMap<EventIndex, Int32Array>();

/** 0..n-1, so that the total and the groups go through the same (monomorphic, hence fast) loop. */
function allEntries(index: EventIndex): Int32Array {
  let all = everyEntry.get(index);
  if (!all) {
    all = new Int32Array(index.n);
    for (let i = 0; i < index.n; i++) all[i] = i;
    everyEntry.set(index, all);
  }
  return all;
}

/** Each entry's first and last bin ordinal at a grain, computed once per index. */
function eventOrdinals(index: EventIndex, grain: BinGrain): { start: Int32Array; end: Int32Array } {
  let o = index.ordinals.get(grain);
  if (!o) {
    const start = new Int32Array(index.n);
    const end = new Int32Array(index.n);
    for (let i = 0; i < index.n; i++) {
      start[i] = binOrdinal(index.dayStart[i], grain);
      end[i] = binOrdinal(index.dayEnd[i], grain);
    }
    o = { start, end };
    index.ordinals.set(grain, o);
  }
  return o;
}

/**
 * The same arithmetic as `spreadOverBins`, over the index entries `entries` that pass `mask`;
 * an event inside one bin costs four additions.
 */
function spreadEntries(
  index: EventIndex,
  entries: Int32Array,
  mask: Uint8Array,
  ordinals: { start: Int32Array; end: Int32Array },
  o0: number,
  firstDays: Int32Array,
  metric: Metric,
  labels: string[],
): SeriesPoint[] {
  const nb = firstDays.length - 1;
  const expected = new Float64Array(nb);
  const certain = new Float64Array(nb);
  const possible = new Float64Array(nb);
  const uncounted = new Float64Array(nb);
  const people = metric === "people";
  const dayStart = index.dayStart;
  const dayEnd = index.dayEnd;
  const low = index.low;
  const best = index.best;
  const high = index.high;
  const counted = index.counted;
  const startOrdinal = ordinals.start;
  const endOrdinal = ordinals.end;
  const count = entries.length;
  for (let k = 0; k < count; k++) {
    const i = entries[k];
    if (mask[i] === 0) continue;
    const so = startOrdinal[i] - o0;
    const eo = endOrdinal[i] - o0;
    if (eo < 0 || so >= nb) continue;
    const vE = people ? best[i] : 1;
    const vH = people ? high[i] : 1;
    const u = counted[i] === 1 ? 0 : 1;
    if (so === eo) {
      expected[so] += vE;
      certain[so] += people ? low[i] : 1;
      possible[so] += vH;
      uncounted[so] += u;
    } else {
      const s = dayStart[i];
      const e = dayEnd[i];
      const days = e - s + 1;
      const last = eo < nb - 1 ? eo : nb - 1;
      for (let b = so > 0 ? so : 0; b <= last; b++) {
        const binFirst = firstDays[b];
        const binLast = firstDays[b + 1] - 1;
        const inside = (e < binLast ? e : binLast) - (s > binFirst ? s : binFirst) + 1;
        expected[b] += (vE * inside) / days;
        possible[b] += vH;
        uncounted[b] += u;
      }
    }
  }
  const points: SeriesPoint[] = new Array(nb);
  for (let b = 0; b < nb; b++) {
    points[b] = { bin: labels[b], expected: Math.round(expected[b] * 1e6) / 1e6, certain: certain[b], possible: possible[b], uncounted: uncounted[b] };
  }
  return points;
}
