import type { SeriesResult } from "@/lib/query/types";
import { binLabel, round } from "./chart-data";

/** The chart as a table: its text alternative, in the server's HTML. */
export function SeriesTable({ result }: { result: SeriesResult }) {
  const people = result.metric === "people";
  // Periods where nothing is possible for any series are left out (and said so): they are all zeros.
  const rows = result.bins.map((_, b) => b).filter((b) => result.series.some((s) => s.points[b] && (s.points[b].possible > 0 || s.points[b].uncounted > 0)));
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
                {result.series.map((s) => {
                  const p = s.points[b];
                  // One string per cell: fewer text nodes, a smaller page.
                  const text = `${round(p.expected)} (${round(p.certain)}–${round(p.possible)})${people && p.uncounted > 0 ? `; ${p.uncounted} without count` : ""}`;
                  return <td key={s.key}>{text}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
