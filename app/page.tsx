import path from "node:path";
import { loadReports } from "@/lib/reports/load";
import { formatWindow } from "@/lib/time/publication";

export const dynamic = "force-dynamic";

export default function Home() {
  const { reports, errors } = loadReports(path.join(process.cwd(), "data/reports"));
  return (
    <main>
      <h1>inshiqaq</h1>
      <p className="muted">Defections from armed groups in the Syrian war, read from Arabic news reports.</p>
      <div className="placeholder" data-testid="chart-placeholder">Trend chart and event table: coming next.</div>
      <h2>Reports ({reports.length})</h2>
      <table data-testid="reports">
        <thead>
          <tr><th>Report</th><th>Outlet</th><th>Published</th></tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id} data-report-id={r.id}>
              <td className="ar" lang="ar">{r.title}</td>
              <td className="ar" lang="ar">{r.outlet}</td>
              <td>{formatWindow(r.published)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {errors.length > 0 && <p className="muted">{errors.length} report file(s) could not be read.</p>}
    </main>
  );
}
