import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDatabase } from "@/lib/store/db";
import { getReport } from "@/lib/query/events";
import { formatWindow } from "@/lib/time/publication";
import { formatCount, formatDateRange } from "@/components/format";
import { MixedText } from "@/components/MixedText";
import { Highlighted, HighlightKey, paragraphs, type Highlight, type HighlightRole } from "@/components/Highlighted";
import { routeId } from "../../_lib/params";
import { dateExpressions } from "../../_lib/dates";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

function load(raw: string) {
  const id = routeId(raw);
  return id === null ? null : getReport(getDatabase(), id);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = load((await params).id);
  return { title: found ? `${found.report.title} — inshiqaq` : "Report not found — inshiqaq" };
}

export default async function ReportPage({ params }: { params: Params }) {
  const found = load((await params).id);
  if (!found) notFound();
  const { report, events } = found;

  const spans: Highlight[] = [];
  for (const { row, event } of events) {
    spans.push({ role: "event", start: event.evidence.sentence.start, end: event.evidence.sentence.end, title: `event ${row.id}` });
    for (const s of event.evidence.spans) spans.push({ role: s.role, start: s.start, end: s.end, title: s.role === "date" ? row.dateExplanation : undefined });
  }
  const dates = dateExpressions(report.body, report.published);
  for (const d of dates) spans.push({ role: "date-expression", start: d.offset, end: d.endOffset, title: d.explanation });
  const roles = [...new Set(spans.map((s) => s.role))] as HighlightRole[];

  return (
    <article className="report-page" data-testid="report-page">
      <p className="crumbs small">
        <Link href="/">Dashboard</Link> › <Link href="/reports">Reports</Link> › Report
      </p>
      <h1 className="ar" dir="rtl" lang="ar">
        {report.title}
      </h1>
      <p className="muted">
        <MixedText text={report.outlet} /> · published <strong data-testid="published">{formatWindow(report.published)}</strong>
        {report.publishedText !== formatWindow(report.published) && <> (as written: {report.publishedText})</>}
        {report.url && (
          <>
            {" "}
            · <a href={report.url} rel="noopener noreferrer nofollow">original</a>
          </>
        )}
        {" "}· {events.length} event{events.length === 1 ? "" : "s"} · {dates.length} date expression{dates.length === 1 ? "" : "s"}
      </p>
      {report.notes && <p className="small muted">Note on the date: {report.notes}</p>}
      {roles.length > 0 && <HighlightKey roles={roles} />}
      <div className="ar report-body" dir="rtl" lang="ar" data-testid="report-body">
        {paragraphs(report.body).map((p) => (
          <p key={p.start}>
            <Highlighted text={report.body} from={p.start} to={p.end} spans={spans} />
          </p>
        ))}
      </div>
      {events.length > 0 && (
        <>
          <h2>Events in this report</h2>
          <ol className="event-list">
            {events.map(({ row }) => (
              <li key={row.id}>
                <Link href={`/events/${encodeURIComponent(row.id)}`}>
                  {row.kind}, {formatDateRange(row.start, row.end)}, {row.count ? `${formatCount(row.count)} people` : "no count"}
                </Link>{" "}
                —{" "}
                {row.groups.map((g) => g.name_en ?? g.name_ar).join(", ")}
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}
