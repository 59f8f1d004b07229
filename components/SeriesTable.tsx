"use client";

import { binLabel, type CompactSeriesResult } from "./chart-data";

/**
 * The chart as a table: its text alternative, in the server's HTML. A client component on purpose:
 * it renders from the same compact series object as the chart, so the page's payload carries the
 * numbers once instead of a second time as a server-rendered tree.
 */
export function SeriesTable({ result }: { result: CompactSeriesResult }) {
  const people = result.metric === "people";
  // Periods where nothing is possible for any series are left out (and said so): they are all zeros.
  const rows = result.bins.map((_, b) => b).filter((b) => result.series.some((s) => (s.p[b] ?? 0) > 0 || (s.u[b] ?? 0) > 0));
  return (
    <details className="series-table" data-testid="series-table">
      <summary>
        The chart as a table ({rows.length} of {result.bins.length} periods{rows.length < result.bins.length ? "; periods with no events left out" : ""})
      </summary>
      <div className="scroll-x">
        <table className="num-table">
          <thead>
            <tr>
              <th scope="col">Period</th>
              {result.series.map((s) => (
                <th scope="col" key={s.key}>
                  {`${s.label}: expected (certain–possible)${people ? "; no count" : ""}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={result.bins[b]}>
                <th scope="row">{binLabel(result.bins[b], result.grain)}</th>
                {result.series.map((s) => (
                  // One string per cell: fewer text nodes, a smaller page.
                  <td key={s.key}>{`${s.e[b]} (${s.c[b]}–${s.p[b]})${people && s.u[b] > 0 ? `; ${s.u[b]} without count` : ""}`}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
