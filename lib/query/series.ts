import type { Database } from "better-sqlite3";
import { binEdges, fitGrain, isoDay, monthWindowDays, spreadOverBins, type RangeAggregate } from "./bins";
import { filterSql } from "./events";
import { queryGroupFacets } from "./facets";
import type { Series, SeriesQuery, SeriesResult } from "./types";

/**
 * The chart's series. The database sums the events that share a date range (per group), so the
 * JavaScript only spreads the distinct ranges over the bins (lib/query/bins.ts).
 */

const AGGREGATE_COLUMNS = `e.day_start AS start, e.day_end AS "end", COUNT(*) AS events, COUNT(e.count_best) AS counted,
  TOTAL(e.count_low) AS low, TOTAL(e.count_best) AS best, TOTAL(e.count_high) AS high`;

/** The label of a series: the English name when the gazetteer has one, else the Arabic. */
function groupLabels(db: Database, keys: string[]): Map<string, string> {
  const labels = new Map<string, string>();
  const byId = db.prepare("SELECT name_ar, name_en FROM groups WHERE id = ?");
  const byKey = db.prepare("SELECT name_ar, name_en FROM event_groups WHERE group_key = ? LIMIT 1");
  for (const key of keys) {
    const name = (byId.get(key) ?? byKey.get(key)) as { name_ar: string; name_en: string | null } | undefined;
    labels.set(key, name ? (name.name_en ?? name.name_ar) : key.replace(/^x:/, ""));
  }
  return labels;
}

export function querySeries(db: Database, query: SeriesQuery): SeriesResult {
  const f = filterSql(query.filter);
  const window = monthWindowDays(query.filter.from, query.filter.to);
  let from = window.from;
  let to = window.to;
  if (from === null || to === null) {
    const extent = db.prepare(`SELECT MIN(e.day_start) AS lo, MAX(e.day_end) AS hi FROM events e WHERE ${f.where}`).get(...f.params) as {
      lo: number | null;
      hi: number | null;
    };
    from ??= extent.lo;
    to ??= extent.hi;
  }
  const keys = query.filter.groups.length > 0 ? [...query.filter.groups] : queryGroupFacets(db, query.filter).slice(0, Math.max(0, query.topGroups)).map((g) => g.key);
  const labels = groupLabels(db, keys);
  if (from === null || to === null || from > to) {
    return {
      grain: query.grain,
      metric: query.metric,
      bins: [],
      series: [...keys.map((key) => ({ key, label: labels.get(key) ?? key, points: [] })), { key: "total", label: "Total", points: [] }],
    };
  }

  const grain = fitGrain(query.grain, from, to);
  const edges = binEdges(grain, from, to);

  const total = db.prepare(`SELECT ${AGGREGATE_COLUMNS} FROM events e WHERE ${f.where} GROUP BY e.day_start, e.day_end`).all(...f.params) as RangeAggregate[];

  const perGroup = new Map<string, RangeAggregate[]>(keys.map((k) => [k, []]));
  if (keys.length > 0) {
    const rows = db
      .prepare(
        `SELECT g.group_key AS key, ${AGGREGATE_COLUMNS} FROM events e JOIN event_groups g ON g.event_rid = e.rid
         WHERE g.group_key IN (${keys.map(() => "?").join(", ")}) AND ${f.where}
         GROUP BY g.group_key, e.day_start, e.day_end`,
      )
      .all(...keys, ...f.params) as (RangeAggregate & { key: string })[];
    for (const r of rows) perGroup.get(r.key)?.push(r);
  }

  const series: Series[] = keys.map((key) => ({ key, label: labels.get(key) ?? key, points: spreadOverBins(perGroup.get(key) ?? [], edges, query.metric) }));
  series.push({ key: "total", label: "Total", points: spreadOverBins(total, edges, query.metric) });

  const result: SeriesResult = { grain, metric: query.metric, bins: edges.slice(0, -1).map(isoDay), series };
  if (grain !== query.grain) {
    result.requestedGrain = query.grain;
    result.note = `Shown by ${grain}: by ${query.grain} the window from ${isoDay(from)} to ${isoDay(to)} would need more bins than the chart can draw.`;
  }
  return result;
}
