import Link from "next/link";
import { resolveDashboardQuery } from "@/lib/query/dal";
import { dashboardData } from "../_lib/cache";
import { SORT_COLUMNS, type SortColumn } from "@/lib/query/types";
import { dashboardHref, exportSearch, hasFilters, PAGE_SIZES, withChanges, type DashboardQuery } from "@/lib/query/url";
import { t, withLang, type Lang, type MessageKey } from "@/lib/i18n/messages";
import { Shell } from "@/components/Shell";
import { ChartLegend } from "@/components/ChartLegend";
import { CopyLink } from "@/components/CopyLink";
import { EventTable } from "@/components/EventTable";
import { FilterForm } from "@/components/FilterForm";
import { Notices } from "@/components/Notices";
import { PendingMark } from "@/components/PendingMark";
import { SeriesTable } from "@/components/SeriesTable";
import TrendChartLazy from "@/components/TrendChartLazy";
import { compactSeries } from "@/components/chart-data";

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

export async function Dashboard({ searchParams, lang }: { searchParams: SearchParams; lang: Lang }) {
  const { query, notices } = resolveDashboardQuery(searchParams);
  query.lang = lang;
  const msg = (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);

  const { facets, page, totals, series } = await dashboardData(query, TOP_GROUPS);
  if (page.page !== query.page) {
    notices.push({ key: "pager.pastEnd", vars: { page: query.page, last: page.page, count: page.pageCount } });
    query.page = page.page;
  }
  // One object for the chart and its table: the page payload serialises it once.
  const compact = compactSeries(series, lang);
  if (lang === "ar") {
    // The Arabic interface names the chart's groups in Arabic, as the table and the filters do.
    const arabic = new Map(facets.map((g) => [g.key, g.name_ar]));
    for (const s of compact.series) s.label = arabic.get(s.key) ?? s.label;
  }
  const canonical = dashboardHref(query);
  const filtered = hasFilters(query.filter);
  const apiSearch = exportSearch(query);
  // Clearing resets the whole view (as the plain "/" did) but keeps the language.
  const clearHref = withLang("/", lang);

  return (
    <Shell lang={lang} toggleHref={dashboardHref(withChanges(query, { lang: lang === "ar" ? "en" : "ar" }))}>
    <div className="dashboard">
      <Notices notices={notices} canonicalHref={notices.length > 0 ? canonical : undefined} lang={lang} />
      <div className="layout">
        <aside className="sidebar">
          <FilterForm key={canonical} query={query} facets={facets} clearHref={clearHref} />
        </aside>
        <div className="content">
          <section className="totals" aria-label={msg("totals.label")} data-testid="totals">
            <div>
              <span className="big" data-testid="total-events">{totals.events}</span> {msg("totals.events")}
            </div>
            <div>
              <span className="big" dir="ltr" data-testid="total-people" data-low={totals.people.low} data-best={totals.people.best} data-high={totals.people.high}>
                {totals.people.low === totals.people.high ? totals.people.best : `${totals.people.low}–${totals.people.high}`}
              </span>{" "}
              {msg("totals.people")} <span className="muted small">{msg("totals.best", { n: totals.people.best })}</span>
            </div>
            <div className="muted small">{msg("totals.noCount", { n: totals.events - totals.withCount })}</div>
            <div className="small" data-testid="count-unit">
              {msg(query.unit === "incidents" ? "incidents.counting" : "incidents.countingTellings")}{" "}
              <Link href={dashboardHref(withChanges(query, { unit: query.unit === "incidents" ? "tellings" : "incidents" }))} data-testid="unit-toggle">
                {msg(query.unit === "incidents" ? "incidents.showTellings" : "incidents.showIncidents")}
              </Link>
            </div>
            <div className="actions">
              <CopyLink lang={lang} />
            </div>
          </section>

          <section aria-labelledby="chart-title" className="panel">
            <h2 id="chart-title">
              {msg("chart.title", { metric: msg(query.metric === "people" ? "chart.metric.people" : "chart.metric.incidents"), grain: msg(`chart.grain.${query.grain}` as MessageKey) })}
              {query.filter.groups.length === 0 ? msg("chart.titleTop", { n: TOP_GROUPS }) : ""}
            </h2>
            {series.requestedGrain && series.bins.length > 0 && (
              <p className="small muted" data-testid="series-note">
                {msg("chart.coarser", { grain: msg(`chart.grain.${series.grain}` as MessageKey), requested: msg(`chart.grain.${series.requestedGrain}` as MessageKey), from: series.bins[0], to: series.bins[series.bins.length - 1] })}
              </p>
            )}
            {series.bins.length === 0 ? (
              <p className="muted">{msg("chart.nothing")}</p>
            ) : (
              <>
                <TrendChartLazy result={compact} />
                <ChartLegend result={compact} />
                <SeriesTable result={compact} />
              </>
            )}
          </section>

          <section aria-labelledby="events-title" className="panel">
            <div className="table-head">
              <h2 id="events-title">
                {msg("events.title")} <span className="muted small">({page.total})</span>
              </h2>
              <div className="small">
                {msg("events.download")} <a href={`/api/events.csv${apiSearch ? `?${apiSearch}` : ""}`} data-testid="csv-link" download>CSV</a> ·{" "}
                <a href={`/api/events${apiSearch ? `?${apiSearch}` : ""}`}>JSON</a>
              </div>
            </div>
            {page.total === 0 ? (
              <div className="empty" data-testid="empty">
                <p>{msg(filtered ? "events.emptyFiltered" : "events.emptyStore")}</p>
                {filtered && (
                  <p>
                    <Link href={clearHref}>{msg("filters.clear")}</Link>
                  </p>
                )}
              </div>
            ) : (
              <>
                <EventTable rows={page.rows} sort={query.sort} dir={query.dir} sortHrefs={sortHrefs(query)} lang={lang} />
                <nav className="pager" aria-label={msg("pager.label")}>
                  {page.page > 1 ? (
                    <Link href={dashboardHref(withChanges(query, { page: page.page - 1 }))} rel="prev">
                      {msg("pager.previous")}
                      <PendingMark />
                    </Link>
                  ) : (
                    <span className="muted">{msg("pager.previous")}</span>
                  )}
                  <span data-testid="page-status">{msg("pager.status", { page: page.page, count: page.pageCount })}</span>
                  {page.page < page.pageCount ? (
                    <Link href={dashboardHref(withChanges(query, { page: page.page + 1 }))} rel="next">
                      {msg("pager.next")}
                      <PendingMark />
                    </Link>
                  ) : (
                    <span className="muted">{msg("pager.next")}</span>
                  )}
                  <span className="page-sizes">
                    {msg("pager.size")}{" "}
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
    </Shell>
  );
}
