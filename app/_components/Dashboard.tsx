import Link from "next/link";
import { getDatabase } from "@/lib/store/db";
import { queryEventPage } from "@/lib/query/events";
import { queryGroupFacets } from "@/lib/query/facets";
import { querySeries } from "@/lib/query/series";
import { SORT_COLUMNS, type GroupFacet, type SortColumn } from "@/lib/query/types";
import { canonicalSearch, dashboardHref, hasFilters, PAGE_SIZES, withChanges, type DashboardQuery } from "@/lib/query/url";
import { ChartLegend } from "@/components/ChartLegend";
import { CopyLink } from "@/components/CopyLink";
import { EventTable } from "@/components/EventTable";
import { FilterForm } from "@/components/FilterForm";
import { Notices } from "@/components/Notices";
import { PendingMark } from "@/components/PendingMark";
import { SeriesTable } from "@/components/SeriesTable";
import TrendChartLazy from "@/components/TrendChartLazy";
import { compactSeries } from "@/components/chart-data";
import { queryTotals } from "../_lib/data";
import { resolveQuery } from "../_lib/resolve";

export type SearchParams = Record<string, string | string[] | undefined>;

/** Columns whose natural first order is largest/latest first. */
const DESC_FIRST: ReadonlySet<SortColumn> = new Set(["date", "count", "confidence"]);

function sortHrefs(query: DashboardQuery): Record<SortColumn, string> {
  const out = {} as Record<SortColumn, string>;
  for (const col of SORT_COLUMNS) {
    const dir = col === query.sort ? (query.dir === "desc" ? "asc" : "desc") : DESC_FIRST.has(col) ? "desc" : "asc";
    out[col] = dashboardHref(withChanges(query, { sort: col, dir }));
  }
  return out;
}

const TOP_GROUPS = 5;

export function Dashboard({ searchParams }: { searchParams: SearchParams }) {
  const db = getDatabase();
  const { query, notices } = resolveQuery(searchParams);

  // Facets count each group under the other filters; a selected group may have none there.
  let facets: GroupFacet[] = queryGroupFacets(db, query.filter);
  const facetKeys = new Set(facets.map((g) => g.key));
  const missing = query.filter.groups.filter((g) => !facetKeys.has(g));
  facets = [...facets, ...missing.map((key) => ({ key, name_ar: key.replace(/^x:/, ""), name_en: null, known: !key.startsWith("x:"), events: 0 }))];

  const page = queryEventPage(db, { filter: query.filter, sort: query.sort, dir: query.dir, page: query.page, pageSize: query.pageSize });
  if (page.page !== query.page) {
    notices.push(`Page ${query.page} is past the end; showing page ${page.page} of ${page.pageCount}.`);
    query.page = page.page;
  }
  const totals = queryTotals(query.filter);
  const series = querySeries(db, { filter: query.filter, grain: query.grain, metric: query.metric, topGroups: TOP_GROUPS });
  // One object for the chart and its table: the page payload serialises it once.
  const compact = compactSeries(series);
  const canonical = dashboardHref(query);
  const filtered = hasFilters(query.filter);
  const apiSearch = canonicalSearch(withChanges(query, { page: 1 }));

  return (
    <div className="dashboard">
      <Notices notices={notices} canonicalHref={notices.length > 0 ? canonical : undefined} />
      <div className="layout">
        <aside className="sidebar">
          <FilterForm key={canonical} query={query} facets={facets} />
        </aside>
        <div className="content">
          <section className="totals" aria-label="Totals" data-testid="totals">
            <div>
              <span className="big" data-testid="total-events">{totals.events}</span> events
            </div>
            <div>
              <span className="big" data-testid="total-people" data-low={totals.people.low} data-best={totals.people.best} data-high={totals.people.high}>
                {totals.people.low === totals.people.high ? totals.people.best : `${totals.people.low}–${totals.people.high}`}
              </span>{" "}
              people <span className="muted small">(best {totals.people.best})</span>
            </div>
            <div className="muted small">{totals.events - totals.withCount} events without a count</div>
            <div className="actions">
              <CopyLink />
            </div>
          </section>

          <section aria-labelledby="chart-title" className="panel">
            <h2 id="chart-title">
              {query.metric === "people" ? "People" : "Incidents"} by {query.grain}
              {query.filter.groups.length === 0 ? ` — total and top ${TOP_GROUPS} groups` : ""}
            </h2>
            {series.note && <p className="small muted" data-testid="series-note">{series.note}</p>}
            {series.bins.length === 0 ? (
              <p className="muted">Nothing to chart.</p>
            ) : (
              <>
                <TrendChartLazy result={compact} />
                <ChartLegend result={series} />
                <SeriesTable result={compact} />
              </>
            )}
          </section>

          <section aria-labelledby="events-title" className="panel">
            <div className="table-head">
              <h2 id="events-title">
                Events <span className="muted small">({page.total})</span>
              </h2>
              <div className="small">
                Download: <a href={`/api/events.csv${apiSearch ? `?${apiSearch}` : ""}`} data-testid="csv-link" download>CSV</a> ·{" "}
                <a href={`/api/events${apiSearch ? `?${apiSearch}` : ""}`}>JSON</a>
              </div>
            </div>
            {page.total === 0 ? (
              <div className="empty" data-testid="empty">
                <p>No events match {filtered ? "these filters" : "— the store is empty (run the ingest)"}.</p>
                {filtered && (
                  <p>
                    <Link href="/">Clear filters</Link>
                  </p>
                )}
              </div>
            ) : (
              <>
                <EventTable rows={page.rows} sort={query.sort} dir={query.dir} sortHrefs={sortHrefs(query)} />
                <nav className="pager" aria-label="Pages">
                  {page.page > 1 ? (
                    <Link href={dashboardHref(withChanges(query, { page: page.page - 1 }))} rel="prev">
                      ← Previous
                      <PendingMark />
                    </Link>
                  ) : (
                    <span className="muted">← Previous</span>
                  )}
                  <span data-testid="page-status">
                    Page {page.page} of {page.pageCount}
                  </span>
                  {page.page < page.pageCount ? (
                    <Link href={dashboardHref(withChanges(query, { page: page.page + 1 }))} rel="next">
                      Next →
                      <PendingMark />
                    </Link>
                  ) : (
                    <span className="muted">Next →</span>
                  )}
                  <span className="page-sizes">
                    Rows per page:{" "}
                    {PAGE_SIZES.map((size) =>
                      size === query.pageSize ? (
                        <strong key={size} aria-current="true">
                          {size}
                        </strong>
                      ) : (
                        <Link key={size} href={dashboardHref(withChanges(query, { pageSize: size }))}>
                          {size}
                          <PendingMark />
                        </Link>
                      ),
                    )}
                  </span>
                </nav>
              </>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
