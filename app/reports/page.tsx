import Link from "next/link";
import { formatWindow } from "@/lib/time/publication";
import { listReports } from "../_lib/data";

export const dynamic = "force-dynamic";
export const metadata = { title: "Reports — inshiqaq" };

export default function ReportsIndex() {
  const reports = listReports();
  return (
    <section>
      <h1>Reports ({reports.length})</h1>
      {reports.length === 0 ? (
        <p className="muted">No reports in the store yet: run <code>npm run -s cli -- ingest</code>.</p>
      ) : (
        <div className="scroll-x">
          <table data-testid="reports">
            <thead>
              <tr>
                <th scope="col">Report</th>
                <th scope="col">Outlet</th>
                <th scope="col">Published</th>
                <th scope="col">Events</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id} data-report-id={r.id}>
                  <td>
                    <Link href={`/reports/${encodeURIComponent(r.id)}`} className="ar" dir="rtl" lang="ar">
                      {r.title}
                    </Link>
                  </td>
                  <td className="ar" dir="rtl" lang="ar">
                    {r.outlet}
                  </td>
                  <td>{formatWindow(r.published)}</td>
                  <td className="num">{r.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
