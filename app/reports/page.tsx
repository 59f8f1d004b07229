import Link from "next/link";
import { formatWindow } from "@/lib/time/publication";
import { countAllReports, listReports, REPORTS_PER_PAGE } from "../_lib/data";

export const dynamic = "force-dynamic";
export const metadata = { title: "Reports — inshiqaq" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReportsIndex({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).page;
  const total = countAllReports();
  const pageCount = Math.max(1, Math.ceil(total / REPORTS_PER_PAGE));
  const asked = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : 1;
  const page = Math.min(Math.max(1, asked), pageCount);
  const reports = listReports(page);
  return (
    <section>
      <h1>Reports ({total})</h1>
      {pageCount > 1 && (
        <nav className="pager" aria-label="Pages">
          {page > 1 && <Link href={`/reports?page=${page - 1}`}>← Previous</Link>}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount && <Link href={`/reports?page=${page + 1}`}>Next →</Link>}
        </nav>
      )}
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
