import type { Database } from "better-sqlite3";
import { binEdges, fitGrain, isoDay, monthWindowDays, spreadOverBins, type RangeAggregate } from "../bins";
import { orderBySql, rowColumns, rowJoin, toRow, type RowRecord } from "../event-rows";
import { byEventsThenKey, gazetteerGroups, type DestinationFacet, type GovernorateFacet, type GroupName, type PlaceFacet } from "../facets";
import { DESTINATION_FIELDS, GOVERNORATE_OF_PLACE, PLACE_FIELDS, searchClause, searchTerms } from "../filter";
import { emptyResult, finish, groupLabels, seriesKeys, windowOf } from "../series";
import type { Lang } from "../../i18n/messages";
import type { CountUnit, EventFilter, EventPage, EventPageQuery, GroupFacet, Series, SeriesQuery, SeriesResult, SortColumn, SortDir } from "../types";

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

/**
 * The rows a filter counts: events, or (unit "incidents") events joined to their incidents
 * (INCIDENT_JOIN: `ii` is the incident, NULL for an event that has none yet).
 */
export function sourceSql(unit?: CountUnit): string {
  return `events e ${rowJoin(unit)}`;
}

/**
 * A combined value read from the incident (lib/incidents/combine.ts) when it has several tellings, else
 * the event's own (an incident told once is its telling).
 */
const fromIncident = (column: string, path: string) => `IIF(ii.tellings > 1, json_extract(ii.json, '${path}'), e.${column})`;
const incidentColumn = (column: string) => `IIF(ii.tellings > 1, ii.${column}, e.${column})`;

/**
 * The columns a filter reads, per unit: counting incidents, an incident's combined values (the
 * meaning of lib/query/incident-view.ts, in SQL).
 */
const COLUMNS: Record<CountUnit, Record<string, string>> = {
  tellings: Object.fromEntries(
    ["day_start", "day_end", "date_start", "date_end", "count_low", "count_best", "count_high", "kind", "place_id", "place_governorate", "place_text", "place_name_ar", "destination_text", "destination_group_id", "destination_area"].map((c) => [c, `e.${c}`]),
  ),
  incidents: {
    day_start: incidentColumn("day_start"),
    day_end: incidentColumn("day_end"),
    date_start: incidentColumn("date_start"),
    date_end: incidentColumn("date_end"),
    count_low: incidentColumn("count_low"),
    count_best: incidentColumn("count_best"),
    count_high: incidentColumn("count_high"),
    kind: incidentColumn("kind"),
    place_id: fromIncident("place_id", "$.place.id"),
    place_governorate: fromIncident("place_governorate", "$.place.governorate"),
    place_text: fromIncident("place_text", "$.place.text"),
    place_name_ar: fromIncident("place_name_ar", "$.place.name_ar"),
    destination_text: fromIncident("destination_text", "$.destination.text"),
    destination_group_id: fromIncident("destination_group_id", "$.destination.group_id"),
    destination_area: fromIncident("destination_area", "$.destination.area"),
  },
};

export function col(unit: CountUnit | undefined, column: string): string {
  const c = COLUMNS[unit ?? "tellings"][column];
  if (!c) throw new Error(`no column ${column}`);
  return c;
}

/**
 * The group links of the rows (event_rid, group_key): an event's own groups, or, in an incident, every
 * group of the incident's combined values (their filter key: gazetteer id, else "x:" + Arabic name).
 */
export function groupLinksSql(unit?: CountUnit): string {
  if (unit !== "incidents") return "event_groups";
  return `(SELECT m.event_rid AS event_rid, COALESCE(json_extract(j.value, '$.id'), 'x:' || json_extract(j.value, '$.name_ar')) AS group_key
      FROM incident_events m JOIN incidents i2 ON i2.rid = m.incident_rid, json_each(i2.json, '$.groups') AS j WHERE i2.tellings > 1
    UNION SELECT g.event_rid, g.group_key FROM event_groups g
      WHERE NOT EXISTS (SELECT 1 FROM incident_events m JOIN incidents i2 ON i2.rid = m.incident_rid WHERE m.event_rid = g.event_rid AND i2.tellings > 1))`;
}

/** An incident's representative: the telling its id names (every incident is named by one of its tellings). */
const REPRESENTATIVE = `(ii.rid IS NULL OR ii.id = 'inc~' || e.id)`;

/** The groups of an event or incident JSON as a row lists them: English names where known (en), Arabic names (ar). */
function groupNamesSql(json: string, lang: Lang): string {
  const name = lang === "ar" ? "json_extract(g.value, '$.name_ar')" : "COALESCE(json_extract(g.value, '$.name_en'), json_extract(g.value, '$.name_ar'))";
  return `COALESCE((SELECT group_concat(${name}, ' / ' ORDER BY g.key) FROM json_each(${json}, '$.groups') AS g), '')`;
}

/**
 * The ORDER BY of the table (reference): counting incidents, the groups, place and destination columns
 * sort by the labels of the incident's combined values, read here from its JSON (the pages read the
 * label columns lib/store/labels.ts stores with the incident); in Arabic the groups column sorts by
 * the Arabic names, read here from the JSON of the event or incident; every other sort is the pages' own.
 */
export function orderSql(sort: SortColumn, dir: SortDir, unit?: CountUnit, lang: Lang = "en"): string {
  const eventGroups = lang === "ar" ? groupNamesSql("(SELECT j.json FROM event_json j WHERE j.rid = e.rid)", "ar") : "e.groups_label";
  const label: Partial<Record<SortColumn, string>> =
    unit === "incidents"
      ? {
          groups: `IIF(ii.tellings > 1, ${groupNamesSql("ii.json", lang)}, ${eventGroups})`,
          place: `IIF(ii.tellings > 1, COALESCE(json_extract(ii.json, '$.place.name_ar'), json_extract(ii.json, '$.place.text')), e.place_label)`,
          destination: col(unit, "destination_text"),
        }
      : { groups: eventGroups };
  const by = label[sort];
  if (by === undefined) return orderBySql(sort, dir, unit);
  const d = dir === "desc" ? "DESC" : "ASC";
  return `${by} ${d}, e.id ${d}`;
}

/** The WHERE clause of a filter (the meaning in ../filter.ts, written as SQL) over `sourceSql(filter.unit)`. */
export function filterSql(filter: EventFilter, options: FilterSkip = {}): FilterSql {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const unit = filter.unit;
  const c = (column: string) => col(unit, column);
  const incidents = unit === "incidents";
  if (incidents) clauses.push(REPRESENTATIVE);
  if (filter.reviewed) {
    clauses.push(
      incidents
        ? `NOT EXISTS (SELECT 1 FROM events e2 WHERE (e2.rid = e.rid OR e2.rid IN (SELECT m2.event_rid FROM incident_events m2 WHERE m2.incident_rid = ii.rid)) AND e2.review_status = 'unreviewed')`
        : "e.review_status != 'unreviewed'",
    );
  }
  if (!options.skipGroups && filter.groups.length > 0) {
    clauses.push(`e.rid IN (SELECT event_rid FROM ${groupLinksSql(unit)} WHERE group_key IN (${filter.groups.map(() => "?").join(", ")}))`);
    params.push(...filter.groups);
  }
  const window = monthWindowDays(filter.from, filter.to);
  if (window.from !== null) {
    clauses.push(`${c("date_end")} >= ?`);
    params.push(isoDay(window.from));
  }
  if (window.to !== null) {
    clauses.push(`${c("date_start")} <= ?`);
    params.push(isoDay(window.to));
  }
  if (filter.place && !options.skipPlace) {
    clauses.push(`(${PLACE_FIELDS.map((f) => `${c(f)} = ?`).join(" OR ")} OR ${c("place_governorate")} IN (${GOVERNORATE_OF_PLACE}))`);
    params.push(...PLACE_FIELDS.map(() => filter.place), filter.place);
  }
  if (filter.destination && !options.skipDestination) {
    clauses.push(`(${DESTINATION_FIELDS.map((f) => `${c(f)} = ?`).join(" OR ")})`);
    params.push(...DESTINATION_FIELDS.map(() => filter.destination));
  }
  if (filter.kind) {
    clauses.push(`${c("kind")} = ?`);
    params.push(filter.kind);
  }
  const terms = searchTerms(filter.q);
  if (terms.length > 0) {
    const search = searchClause(terms);
    const reports = `(SELECT r.id FROM reports r WHERE r.rid IN (SELECT rowid FROM report_text WHERE ${search.sql}))`;
    // Counting incidents: a report of any of its tellings.
    clauses.push(
      incidents
        ? `EXISTS (SELECT 1 FROM events e3 WHERE (e3.rid = e.rid OR e3.rid IN (SELECT m3.event_rid FROM incident_events m3 WHERE m3.incident_rid = ii.rid)) AND e3.report_id IN ${reports})`
        : `e.report_id IN ${reports}`,
    );
    params.push(...search.params);
  }
  return { where: clauses.length > 0 ? clauses.join(" AND ") : "1", params };
}

/** Number of events matching a filter, counted by SQL (reference implementation). */
export function countEventsSql(db: Database, filter: EventFilter): number {
  const f = filterSql(filter);
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${sourceSql(filter.unit)} WHERE ${f.where}`).get(...f.params) as { n: number }).n;
}


/** The header's totals computed by SQL (reference implementation). */
export function queryTotalsSql(db: Database, filter: EventFilter): { events: number; withCount: number; people: { low: number; best: number; high: number } } {
  const f = filterSql(filter);
  const c = (column: string) => col(filter.unit, column);
  const r = db
    .prepare(`SELECT COUNT(*) AS events, COUNT(${c("count_best")}) AS withCount, TOTAL(${c("count_low")}) AS low, TOTAL(${c("count_best")}) AS best, TOTAL(${c("count_high")}) AS high
      FROM ${sourceSql(filter.unit)} WHERE ${f.where}`)
    .get(...f.params) as { events: number; withCount: number; low: number; best: number; high: number };
  return { events: r.events, withCount: r.withCount, people: { low: r.low, best: r.best, high: r.high } };
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
          .prepare(`SELECT ${rowColumns(query.filter.unit)} FROM ${sourceSql(query.filter.unit)} WHERE ${f.where} ORDER BY ${orderSql(query.sort, query.dir, query.filter.unit, query.lang)} LIMIT ? OFFSET ?`)
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
            `SELECT g.group_key AS key, COUNT(*) AS events FROM ${sourceSql(filter.unit)} JOIN ${groupLinksSql(filter.unit)} g ON g.event_rid = e.rid
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
  const unit = filter?.unit;
  const c = (column: string) => col(unit, column);
  const places = db
    .prepare(
      `SELECT ${c("place_id")} AS id, COALESCE(p.name_ar, MIN(${c("place_name_ar")}), MIN(${c("place_text")})) AS name_ar, p.name_en AS name_en,
         COALESCE(p.governorate, MIN(${c("place_governorate")})) AS governorate, COUNT(*) AS events
       FROM ${sourceSql(unit)} LEFT JOIN places p ON p.id = ${c("place_id")}
       WHERE ${c("place_id")} IS NOT NULL AND ${f.where}
       GROUP BY 1 ORDER BY events DESC, 1`,
    )
    .all(...f.params) as PlaceFacet[];
  // A governorate is named on events; its gazetteer entry (kind 'governorate') gives the id the filter also accepts.
  const governorates = db
    .prepare(
      `SELECT ${c("place_governorate")} AS governorate, p.id AS id, p.name_ar AS name_ar, p.name_en AS name_en, COUNT(*) AS events
       FROM ${sourceSql(unit)} LEFT JOIN places p ON p.kind = 'governorate' AND p.governorate = ${c("place_governorate")}
       WHERE ${c("place_governorate")} IS NOT NULL AND ${f.where}
       GROUP BY 1 ORDER BY events DESC, 1`,
    )
    .all(...f.params) as GovernorateFacet[];
  return { places, governorates };
}

/** The destination options computed in SQL (reference implementation). */
export function queryDestinationsSql(db: Database, filter: EventFilter | null = null, limit = 200): DestinationFacet[] {
  const f = filter ? filterSql(filter, { skipDestination: true }) : { where: "1", params: [] as unknown[] };
  const unit = filter?.unit;
  const c = (column: string) => col(unit, column);
  const rows = db
    .prepare(
      `SELECT COALESCE(${c("destination_group_id")}, ${c("destination_area")}, ${c("destination_text")}) AS value,
         CASE WHEN ${c("destination_group_id")} IS NOT NULL THEN 'group' WHEN ${c("destination_area")} IS NOT NULL THEN 'area' ELSE 'text' END AS type,
         COALESCE(g.name_ar, MIN(${c("destination_text")})) AS name_ar, g.name_en AS name_en, COUNT(*) AS events
       FROM ${sourceSql(unit)} LEFT JOIN groups g ON g.id = ${c("destination_group_id")}
       WHERE ${c("destination_text")} IS NOT NULL AND ${f.where}
       GROUP BY value, type ORDER BY events DESC, value LIMIT ?`,
    )
    .all(...f.params, limit) as DestinationFacet[];
  for (const r of rows) if (r.type === "area") r.name_ar = r.value;
  return rows;
}

const aggregateColumns = (unit: CountUnit | undefined) => {
  const c = (column: string) => col(unit, column);
  return `${c("day_start")} AS start, ${c("day_end")} AS "end", COUNT(*) AS events, COUNT(${c("count_best")}) AS counted,
  TOTAL(${c("count_low")}) AS low, TOTAL(${c("count_best")}) AS best, TOTAL(${c("count_high")}) AS high`;
};

/** The series computed in SQL (reference implementation; slower on large stores). */
export function querySeriesSql(db: Database, query: SeriesQuery): SeriesResult {
  const f = filterSql(query.filter);
  const unit = query.filter.unit;
  const source = sourceSql(unit);
  const AGGREGATE_COLUMNS = aggregateColumns(unit);
  const keys = seriesKeys(query, () => queryGroupFacetsSql(db, query.filter));
  const labels = groupLabels(db, keys);
  const { from, to } = windowOf(
    query,
    () => db.prepare(`SELECT MIN(${col(unit, "day_start")}) AS lo, MAX(${col(unit, "day_end")}) AS hi FROM ${source} WHERE ${f.where}`).get(...f.params) as { lo: number | null; hi: number | null },
  );
  if (from === null || to === null || from > to) return emptyResult(query, keys, labels);
  const grain = fitGrain(query.grain, from, to);
  const edges = binEdges(grain, from, to);
  const total = db.prepare(`SELECT ${AGGREGATE_COLUMNS} FROM ${source} WHERE ${f.where} GROUP BY 1, 2`).all(...f.params) as RangeAggregate[];
  const perGroup = new Map<string, RangeAggregate[]>(keys.map((k) => [k, []]));
  if (keys.length > 0) {
    const rows = db
      .prepare(
        `SELECT g.group_key AS key, ${AGGREGATE_COLUMNS} FROM ${source} JOIN ${groupLinksSql(unit)} g ON g.event_rid = e.rid
         WHERE g.group_key IN (${keys.map(() => "?").join(", ")}) AND ${f.where}
         GROUP BY 1, 2, 3`,
      )
      .all(...keys, ...f.params) as (RangeAggregate & { key: string })[];
    for (const r of rows) perGroup.get(r.key)?.push(r);
  }
  const series: Series[] = keys.map((key) => ({ key, label: labels.get(key) ?? key, points: spreadOverBins(perGroup.get(key) ?? [], edges, query.metric) }));
  series.push({ key: "total", label: "Total", points: spreadOverBins(total, edges, query.metric) });
  return finish(query, { keys, labels, from, to, grain }, edges.slice(0, -1), series);
}
