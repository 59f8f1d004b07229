import type { Database } from "better-sqlite3";
import { binEdges, fitGrain, isoDay, monthWindowDays, spreadOverBins, type RangeAggregate } from "../bins";
import { ROW_COLUMNS, orderBySql, toRow, type RowRecord } from "../events";
import { byEventsThenKey, gazetteerGroups, type DestinationFacet, type GovernorateFacet, type GroupName, type PlaceFacet } from "../facets";
import { DESTINATION_FIELDS, GOVERNORATE_OF_PLACE, LATER_TELLINGS, PLACE_FIELDS, searchClause, searchTerms } from "../filter";
import { emptyResult, finish, groupLabels, seriesKeys, windowOf } from "../series";
import type { EventFilter, EventPage, EventPageQuery, GroupFacet, Series, SeriesQuery, SeriesResult } from "../types";

/**
 * The dashboard's queries computed by SQL alone, from the same filter meaning (../filter.ts). The
 * pages answer from the in-memory event index (../event-index.ts); these are the reference the tests
 * compare it with on random stores (equivalence.test.ts), and `npm run bench:store` times both side
 * by side. Slow with broad filters on large stores: not for pages.
 */

export interface FilterSql {
  /** A boolean SQL expression over the events table aliased `e` ("1" when nothing filters). */
  where: string;
  params: unknown[];
}

/**
 * Filter dimensions a facet may leave out: the group facets count every group under the other
 * filters, so a selection does not hide the alternatives (same for place and destination options).
 */
export interface FilterSkip {
  skipGroups?: boolean;
  skipPlace?: boolean;
  skipDestination?: boolean;
}

/** The WHERE clause of a filter (the meaning in ../filter.ts, written as SQL). */
export function filterSql(filter: EventFilter, options: FilterSkip = {}): FilterSql {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.reviewed) clauses.push("e.review_status != 'unreviewed'");
  if (!options.skipGroups && filter.groups.length > 0) {
    clauses.push(`e.rid IN (SELECT event_rid FROM event_groups WHERE group_key IN (${filter.groups.map(() => "?").join(", ")}))`);
    params.push(...filter.groups);
  }
  const window = monthWindowDays(filter.from, filter.to);
  if (window.from !== null) {
    clauses.push("e.date_end >= ?");
    params.push(isoDay(window.from));
  }
  if (window.to !== null) {
    clauses.push("e.date_start <= ?");
    params.push(isoDay(window.to));
  }
  if (filter.place && !options.skipPlace) {
    clauses.push(`(${PLACE_FIELDS.map((c) => `e.${c} = ?`).join(" OR ")} OR e.place_governorate IN (${GOVERNORATE_OF_PLACE}))`);
    params.push(...PLACE_FIELDS.map(() => filter.place), filter.place);
  }
  if (filter.destination && !options.skipDestination) {
    clauses.push(`(${DESTINATION_FIELDS.map((c) => `e.${c} = ?`).join(" OR ")})`);
    params.push(...DESTINATION_FIELDS.map(() => filter.destination));
  }
  if (filter.kind) {
    clauses.push("e.kind = ?");
    params.push(filter.kind);
  }
  if (filter.unit === "incidents") clauses.push(`e.rid NOT IN (${LATER_TELLINGS})`);
  const terms = searchTerms(filter.q);
  if (terms.length > 0) {
    const search = searchClause(terms);
    clauses.push(`e.report_id IN (SELECT r.id FROM reports r WHERE r.rid IN (SELECT rowid FROM report_text WHERE ${search.sql}))`);
    params.push(...search.params);
  }
  return { where: clauses.length > 0 ? clauses.join(" AND ") : "1", params };
}

/** Number of events matching a filter, counted by SQL (reference implementation). */
export function countEventsSql(db: Database, filter: EventFilter): number {
  const f = filterSql(filter);
  return (db.prepare(`SELECT COUNT(*) AS n FROM events e WHERE ${f.where}`).get(...f.params) as { n: number }).n;
}


/** The same page computed by SQL alone (reference implementation; slow with broad filters on large stores). */
export function queryEventPageSql(db: Database, query: EventPageQuery): EventPage {
  const pageSize = Math.max(1, Math.floor(query.pageSize) || 1);
  const total = countEventsSql(db, query.filter);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(query.page) || 1), pageCount);
  const f = filterSql(query.filter);
  const rows =
    total === 0
      ? []
      : (db
          .prepare(`SELECT ${ROW_COLUMNS} FROM events e WHERE ${f.where} ORDER BY ${orderBySql(query.sort, query.dir)} LIMIT ? OFFSET ?`)
          .all(...f.params, pageSize, (page - 1) * pageSize) as RowRecord[]);
  return { rows: rows.map((r) => toRow(r)), total, page, pageSize, pageCount };
}


/** The group facets computed in SQL (reference implementation). */
export function queryGroupFacetsSql(db: Database, filter: EventFilter): GroupFacet[] {
  const f = filterSql(filter, { skipGroups: true });
  const counts = (
    f.where === "1"
      ? db.prepare("SELECT group_key AS key, COUNT(*) AS events FROM event_groups GROUP BY group_key").all()
      : db
          .prepare(
            `SELECT g.group_key AS key, COUNT(*) AS events FROM events e JOIN event_groups g ON g.event_rid = e.rid
             WHERE ${f.where} GROUP BY g.group_key`,
          )
          .all(...f.params)
  ) as { key: string; events: number }[];
  const gazetteer = gazetteerGroups(db);
  const nameOf = db.prepare("SELECT name_ar, name_en FROM event_groups WHERE group_key = ? LIMIT 1");
  return counts
    .map((c): GroupFacet => {
      const known = !c.key.startsWith("x:");
      const name = gazetteer.get(c.key) ?? (known ? (nameOf.get(c.key) as GroupName | undefined) : undefined);
      return {
        key: c.key,
        name_ar: name?.name_ar ?? c.key.replace(/^x:/, ""),
        name_en: name?.name_en ?? null,
        known,
        events: c.events,
      };
    })
    .sort(byEventsThenKey);
}

/** The place options computed in SQL (reference implementation). */
export function queryPlacesSql(db: Database, filter: EventFilter | null = null): { places: PlaceFacet[]; governorates: GovernorateFacet[] } {
  const f = filter ? filterSql(filter, { skipPlace: true }) : { where: "1", params: [] as unknown[] };
  const places = db
    .prepare(
      `SELECT e.place_id AS id, COALESCE(p.name_ar, MIN(e.place_name_ar), MIN(e.place_text)) AS name_ar, p.name_en AS name_en,
         COALESCE(p.governorate, MIN(e.place_governorate)) AS governorate, COUNT(*) AS events
       FROM events e LEFT JOIN places p ON p.id = e.place_id
       WHERE e.place_id IS NOT NULL AND ${f.where}
       GROUP BY e.place_id ORDER BY events DESC, e.place_id`,
    )
    .all(...f.params) as PlaceFacet[];
  // A governorate is named on events; its gazetteer entry (kind 'governorate') gives the id the filter also accepts.
  const governorates = db
    .prepare(
      `SELECT e.place_governorate AS governorate, p.id AS id, p.name_ar AS name_ar, p.name_en AS name_en, COUNT(*) AS events
       FROM events e LEFT JOIN places p ON p.kind = 'governorate' AND p.governorate = e.place_governorate
       WHERE e.place_governorate IS NOT NULL AND ${f.where}
       GROUP BY e.place_governorate ORDER BY events DESC, e.place_governorate`,
    )
    .all(...f.params) as GovernorateFacet[];
  return { places, governorates };
}

/** The destination options computed in SQL (reference implementation). */
export function queryDestinationsSql(db: Database, filter: EventFilter | null = null, limit = 200): DestinationFacet[] {
  const f = filter ? filterSql(filter, { skipDestination: true }) : { where: "1", params: [] as unknown[] };
  const rows = db
    .prepare(
      `SELECT COALESCE(e.destination_group_id, e.destination_area, e.destination_text) AS value,
         CASE WHEN e.destination_group_id IS NOT NULL THEN 'group' WHEN e.destination_area IS NOT NULL THEN 'area' ELSE 'text' END AS type,
         COALESCE(g.name_ar, MIN(e.destination_text)) AS name_ar, g.name_en AS name_en, COUNT(*) AS events
       FROM events e LEFT JOIN groups g ON g.id = e.destination_group_id
       WHERE e.destination_text IS NOT NULL AND ${f.where}
       GROUP BY value, type ORDER BY events DESC, value LIMIT ?`,
    )
    .all(...f.params, limit) as DestinationFacet[];
  for (const r of rows) if (r.type === "area") r.name_ar = r.value;
  return rows;
}

const AGGREGATE_COLUMNS = `e.day_start AS start, e.day_end AS "end", COUNT(*) AS events, COUNT(e.count_best) AS counted,
  TOTAL(e.count_low) AS low, TOTAL(e.count_best) AS best, TOTAL(e.count_high) AS high`;

/** The series computed in SQL (reference implementation; slower on large stores). */
export function querySeriesSql(db: Database, query: SeriesQuery): SeriesResult {
  const f = filterSql(query.filter);
  const keys = seriesKeys(query, () => queryGroupFacetsSql(db, query.filter));
  const labels = groupLabels(db, keys);
  const { from, to } = windowOf(
    query,
    () => db.prepare(`SELECT MIN(e.day_start) AS lo, MAX(e.day_end) AS hi FROM events e WHERE ${f.where}`).get(...f.params) as { lo: number | null; hi: number | null },
  );
  if (from === null || to === null || from > to) return emptyResult(query, keys, labels);
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
  return finish(query, { keys, labels, from, to, grain }, edges.slice(0, -1), series);
}
