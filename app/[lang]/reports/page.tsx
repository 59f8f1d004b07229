import type { Metadata } from "next";
import Link from "next/link";
import { formatWindow } from "@/lib/time/publication";
import { langParam, t, withLang, type Lang } from "@/lib/i18n/messages";
import { Shell } from "@/components/Shell";
import { loadReportIndex } from "@/lib/query/dal";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${t(langParam((await params).lang), "nav.reports")} — inshiqaq` };
}

/** The index's address for a page, in a language (page 1 and English left out). */
function indexHref(page: number, lang: Lang): string {
  return withLang(page > 1 ? `/reports?page=${page}` : "/reports", lang);
}

export default async function ReportsIndex({ params, searchParams }: Props) {
  const lang = langParam((await params).lang);
  const raw = (await searchParams).page;
  const asked = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : 1;
  const { reports, total, page, pageCount } = loadReportIndex(asked);
  return (
    <Shell lang={lang} toggleHref={indexHref(page, lang === "ar" ? "en" : "ar")}>
      <section>
        <h1>{t(lang, "reports.title", { n: total })}</h1>
        {pageCount > 1 && (
          <nav className="pager" aria-label={t(lang, "pager.label")}>
            {page > 1 && <Link href={indexHref(page - 1, lang)}>{t(lang, "pager.previous")}</Link>}
            <span>{t(lang, "pager.status", { page, count: pageCount })}</span>
            {page < pageCount && <Link href={indexHref(page + 1, lang)}>{t(lang, "pager.next")}</Link>}
          </nav>
        )}
        {reports.length === 0 ? (
          <p className="muted">
            {t(lang, "reports.empty")} <code dir="ltr">npm run -s cli -- ingest</code>.
          </p>
        ) : (
          <div className="scroll-x">
            <table data-testid="reports">
              <thead>
                <tr>
                  <th scope="col">{t(lang, "reports.col.report")}</th>
                  <th scope="col">{t(lang, "reports.col.outlet")}</th>
                  <th scope="col">{t(lang, "reports.col.published")}</th>
                  <th scope="col">{t(lang, "reports.col.events")}</th>
                </tr>
              </thead>
              <tbody>
                {reports.map((r) => (
                  <tr key={r.id} data-report-id={r.id}>
                    <td>
                      <Link href={withLang(`/reports/${encodeURIComponent(r.id)}`, lang)} className="ar" dir="rtl" lang="ar">
                        {r.title}
                      </Link>
                    </td>
                    <td className="ar" dir="rtl" lang="ar">
                      {r.outlet}
                    </td>
                    <td className="num">
                      <bdi dir="ltr">{formatWindow(r.published)}</bdi>
                    </td>
                    <td className="num">{r.events}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Shell>
  );
}
