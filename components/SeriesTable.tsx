import type { SeriesResult } from "@/lib/query/types";
import { binLabel, round } from "./chart-data";

/** The chart as a table: its text alternative, in the server's HTML. */
export function SeriesTable({ result }: { result: SeriesResult }) {
  const people = result.metric === "people";
  return (
    <details className="series-table" data-testid="series-table">
      <summary>The chart as a table ({result.bins.length} periods)</summary>
      <div className="scroll-x">
        <table>
          <thead>
            <tr>
              <th scope="col">Period</th>
              {result.series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}: expected (certain–possible){people ? "; no count" : ""}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.bins.map((bin, b) => (
              <tr key={bin}>
                <th scope="row">{binLabel(bin, result.grain)}</th>
                {result.series.map((s) => {
                  const p = s.points[b];
                  return (
                    <td key={s.key} className="num">
                      {round(p.expected)} ({round(p.certain)}–{round(p.possible)}){people && p.uncounted > 0 ? `; ${p.uncounted} without count` : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
