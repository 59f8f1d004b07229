import { getDatabase } from "../store/db";
import { findDateExpressions } from "../time";
import type { DateMatch, PublicationWindow } from "../time/types";
import { eventIndex, indexGeneration } from "./event-index";
import { countEvents, getEvent, getReport, iterateEvents, queryEventPage, queryTotals, sortLanguage, type Totals } from "./events";
import { queryGroupFacets } from "./facets";
import { countAllReports, eventExists, listReports, reportExists, REPORTS_PER_PAGE, unknownGroups, type ReportListItem } from "./reports";
import { querySeries } from "./series";
import type { EventPage, EventRow, GroupFacet, SeriesResult } from "./types";
import { currentIncidentId, incidentDetail, type IncidentDetail } from "./incidents";
import { parseDashboardParams, preview, queryFilter, type DashboardQuery, type Notice, type SearchParamsInput } from "./url";

/**
 * The data-access layer: the only way pages, route handlers, exports and proxy.ts read data. Each
 * function opens the shared database itself (lib/store/db.ts), so nothing in app/ or components/
 * touches a connection or SQL. Functions taking a `Database` (events.ts, facets.ts, …) are for
 * tests, scripts and benches.
 */

/**
 * The URL schema plus what only the store knows: groups that no event names are dropped with a
 * notice. Shared by the dashboard and the exports so they read an address the same way.
 */
export function resolveDashboardQuery(input: SearchParamsInput): { query: DashboardQuery; notices: Notice[] } {
  const { query, notices } = parseDashboardParams(input);
  if (query.filter.groups.length > 0) {
    const unknown = unknownGroups(getDatabase(), query.filter.groups);
    if (unknown.length > 0) {
      query.filter.groups = query.filter.groups.filter((g) => !unknown.includes(g));
      notices.push({ key: "notice.unknownGroups", vars: { count: unknown.length, names: unknown.slice(0, 3).map((g) => `“${preview(g)}”`).join(", ") } });
    }
  }
  // What a row counts (incidents or tellings) travels with the filter, so every query of the page and the exports agree.
  query.filter = queryFilter(query);
  return { query, notices };
}

export interface DashboardData {
  /** Group options with their counts under the other filters; a selected group with none is listed with 0. */
  facets: GroupFacet[];
  /** The table's page (its `page` clamped to the last one). */
  page: EventPage;
  totals: Totals;
  series: SeriesResult;
}

/**
 * The query as far as the data depends on it: the interface language changes only words and
 * direction, except the order of the groups column (sorted by the names each language shows).
 */
export function dataQuery(query: DashboardQuery): DashboardQuery {
  return { ...query, lang: sortLanguage(query.sort, query.lang) };
}

/** Everything the dashboard shows for a query. */
export function loadDashboard(query: DashboardQuery, topGroups: number): DashboardData {
  const db = getDatabase();
  let facets = queryGroupFacets(db, query.filter);
  const facetKeys = new Set(facets.map((g) => g.key));
  const missing = query.filter.groups.filter((g) => !facetKeys.has(g));
  facets = [...facets, ...missing.map((key) => ({ key, name_ar: key.replace(/^x:/, ""), name_en: null, known: !key.startsWith("x:"), events: 0 }))];
  const page = queryEventPage(db, { filter: query.filter, sort: query.sort, dir: query.dir, page: query.page, pageSize: query.pageSize, lang: query.lang });
  const totals = queryTotals(db, query.filter);
  const series = querySeries(db, { filter: query.filter, grain: query.grain, metric: query.metric, topGroups });
  return { facets, page, totals, series };
}

/** `/events/[id]`: the event, its extractor output and its report; null when unknown. */
export function loadEvent(id: string) {
  return getEvent(getDatabase(), id);
}

/** `/reports/[id]`: the report, its events and every date expression of its text; null when unknown. */
export function loadReport(id: string) {
  const found = getReport(getDatabase(), id);
  return found ? { ...found, dates: dateExpressions(found.report.body, found.report.published) } : null;
}

/** Every date expression of a report, resolved against its publication window (never fails the page). */
function dateExpressions(body: string, published: PublicationWindow): DateMatch[] {
  try {
    return findDateExpressions(body, published);
  } catch (error) {
    console.error("findDateExpressions failed", error);
    return [];
  }
}

/** `/reports`: one page of the index (clamped to the last page). */
export function loadReportIndex(askedPage: number): { reports: ReportListItem[]; total: number; page: number; pageCount: number } {
  const db = getDatabase();
  const total = countAllReports(db);
  const pageCount = Math.max(1, Math.ceil(total / REPORTS_PER_PAGE));
  const page = Math.min(Math.max(1, askedPage), pageCount);
  return { reports: listReports(db, page), total, page, pageCount };
}

/** The exports: the whole filtered set in the table's order, read in chunks (see iterateEvents). */
export function loadExport(query: DashboardQuery): { total: number; rows: Iterator<EventRow> } {
  const db = getDatabase();
  return { total: countEvents(db, query.filter), rows: iterateEvents(db, query.filter, query.sort, query.dir, undefined, sortLanguage(query.sort, query.lang)) };
}

/** One incident with its tellings and conflicts (the incident page), or null. */
export function loadIncident(id: string): IncidentDetail | null {
  return incidentDetail(getDatabase(), id);
}

/** For proxy.ts: whether a route id names a stored event, report or incident. */
export function routeTargetExists(route: "events" | "reports" | "incidents", id: string): boolean {
  const db = getDatabase();
  return route === "events" ? eventExists(db, id) : route === "reports" ? reportExists(db, id) : currentIncidentId(db, id) !== null;
}

/** Where an incident link leads now (lib/query/incidents.ts currentIncidentId): its id, or the id of the incident holding its telling. */
export function loadCurrentIncidentId(id: string): string | null {
  return currentIncidentId(getDatabase(), id);
}

/** Builds the in-memory event index (instrumentation.ts, at server start); returns its number of events. */
export function warmDataLayer(): number {
  return eventIndex(getDatabase()).n;
}

/**
 * The version of the data the dashboard's results are computed from: it changes with every new
 * snapshot of the event index (an ingest in another process is seen within the index's refresh
 * interval, a write through this process at once). Cached results are keyed by it (app/_lib/cache.ts).
 */
export function dataVersion(): number {
  return indexGeneration(eventIndex(getDatabase()));
}
