import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatWindow } from "@/lib/time/publication";
import { formatCount, formatDateRange, ltrIsolate } from "@/components/format";
import { MixedText } from "@/components/MixedText";
import { dateExplanationIn, explanationText } from "@/lib/i18n/explanation";
import { Highlighted, HighlightKey, paragraphs, type Highlight, type HighlightRole } from "@/components/Highlighted";
import { langParam, t, withLang, type Lang, type MessageKey } from "@/lib/i18n/messages";
import { Shell } from "@/components/Shell";
import { reportForRoute } from "@/app/_lib/loaders";

export const dynamic = "force-dynamic";

type Params = Promise<{ lang: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = reportForRoute((await params).id);
  return { title: found ? `${found.report.title} — inshiqaq` : "Report not found — inshiqaq" };
}

export default async function ReportPage({ params }: { params: Params }) {
  const { id, lang: langSegment } = await params;
  const found = reportForRoute(id);
  if (!found) notFound();
  const { report, events, dates } = found;
  const lang: Lang = langParam(langSegment);
  const msg = (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);
  const comma = lang === "ar" ? "، " : ", ";
  const path = `/reports/${encodeURIComponent(report.id)}`;

  const spans: Highlight[] = [];
  for (const { row, event } of events) {
    spans.push({ role: "event", start: event.evidence.sentence.start, end: event.evidence.sentence.end, title: msg("report.eventTitle", { id: row.id }) });
    for (const s of event.evidence.spans) spans.push({ role: s.role, start: s.start, end: s.end, title: s.role === "date" ? dateExplanationIn(event.date, lang) : undefined });
  }
  for (const d of dates) spans.push({ role: "date-expression", start: d.offset, end: d.endOffset, title: explanationText(d.explanationRefs, lang) });
  const roles = [...new Set(spans.map((s) => s.role))] as HighlightRole[];

  return (
    <Shell lang={lang} toggleHref={withLang(path, lang === "ar" ? "en" : "ar")}>
    <article className="report-page" data-testid="report-page">
      <p className="crumbs small">
        <Link href={withLang("/", lang)}>{msg("nav.dashboard")}</Link> › <Link href={withLang("/reports", lang)}>{msg("nav.reports")}</Link> › {msg("report.crumb")}
      </p>
      <h1 className="ar" dir="rtl" lang="ar">
        {report.title}
      </h1>
      <p className="muted">
        <MixedText text={report.outlet} /> · {msg("report.published")} <strong data-testid="published" dir="ltr">{formatWindow(report.published)}</strong>
        {report.publishedText !== formatWindow(report.published) && <> {msg("report.asWritten", { text: lang === "ar" ? ltrIsolate(report.publishedText) : report.publishedText })}</>}
        {report.url && (
          <>
            {" "}
            · <a href={report.url} rel="noopener noreferrer nofollow">{msg("event.original")}</a>
          </>
        )}
        {" "}· {lang === "en" ? `${events.length} event${events.length === 1 ? "" : "s"} · ${dates.length} date expression${dates.length === 1 ? "" : "s"}` : msg("report.counts", { events: events.length, dates: dates.length })}
      </p>
      {report.notes && <p className="small muted">{msg("report.dateNote", { note: report.notes })}</p>}
      {roles.length > 0 && <HighlightKey roles={roles} lang={lang} />}
      <div className="ar report-body" dir="rtl" lang="ar" data-testid="report-body">
        {paragraphs(report.body).map((p) => (
          <p key={p.start}>
            <Highlighted text={report.body} from={p.start} to={p.end} spans={spans} />
          </p>
        ))}
      </div>
      {events.length > 0 && (
        <>
          <h2>{msg("report.events")}</h2>
          <ol className="event-list">
            {events.map(({ row }) => (
              <li key={row.id}>
                <Link href={withLang(`/events/${encodeURIComponent(row.id)}`, lang)}>
                  {msg(`kind.${row.kind}` as MessageKey)}
                  {comma}
                  {formatDateRange(row.start, row.end, lang)}
                  {comma}
                  {row.count ? msg("event.people", { count: formatCount(row.count, lang) }) : msg("row.noCount")}
                </Link>{" "}
                —{" "}
                {row.groups.map((g) => (lang === "en" ? (g.name_en ?? g.name_ar) : g.name_ar)).join(comma)}
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
    </Shell>
  );
}
