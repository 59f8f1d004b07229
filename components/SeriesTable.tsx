"use client";

import { t } from "@/lib/i18n/messages";
import { binLabel, type CompactSeriesResult } from "./chart-data";

/**
 * The chart as a table: its text alternative, in the server's HTML. A client component on purpose:
 * it renders from the same compact series object as the chart, so the page's payload carries the
 * numbers once instead of a second time as a server-rendered tree.
 */
export function SeriesTable({ result }: { result: CompactSeriesResult }) {
  const people = result.metric === "people";
  const lang = result.lang;
  // Periods where nothing is possible for any series are left out (and said so): they are all zeros.
  const rows = result.bins.map((_, b) => b).filter((b) => result.series.some((s) => (s.p[b] ?? 0) > 0 || (s.u[b] ?? 0) > 0));
  return (
    <details className="series-table" data-testid="series-table">
      <summary>
        {t(lang, rows.length < result.bins.length ? "seriesTable.summaryLeftOut" : "seriesTable.summary", { rows: rows.length, bins: result.bins.length })}
      </summary>
      <div className="scroll-x">
        <table className="num-table">
          <thead>
            <tr>
              <th scope="col">{t(lang, "seriesTable.period")}</th>
              {result.series.map((s) => (
                <th scope="col" key={s.key}>
                  {t(lang, people ? "seriesTable.headNoCount" : "seriesTable.head", { label: s.label })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={result.bins[b]}>
                <th scope="row">{binLabel(result.bins[b], result.grain, lang)}</th>
                {result.series.map((s) => (
                  // One string per cell: fewer text nodes, a smaller page.
                  <td key={s.key}>{`${s.e[b]} (${s.c[b]}–${s.p[b]})${people && s.u[b] > 0 ? t(lang, "seriesTable.withoutCount", { n: s.u[b] }) : ""}`}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
