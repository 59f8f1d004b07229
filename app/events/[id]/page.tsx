import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDatabase } from "@/lib/store/db";
import { getEvent } from "@/lib/query/events";
import { dashboardHref, defaultQuery, withChanges } from "@/lib/query/url";
import { formatWindow } from "@/lib/time/publication";
import { formatCount, formatDateRange } from "@/components/format";
import { routeId } from "../../_lib/params";
import { MixedText } from "@/components/MixedText";
import { Highlighted, HighlightKey, type Highlight } from "@/components/Highlighted";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

function load(raw: string) {
  const id = routeId(raw);
  return id === null ? null : getEvent(getDatabase(), id);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = load((await params).id);
  return { title: found ? `Event ${found.row.id} — inshiqaq` : "Event not found — inshiqaq" };
}

export default async function EventPage({ params }: { params: Params }) {
  const found = load((await params).id);
  if (!found) notFound();
  const { row, event, report } = found;
  const sentence = event.evidence.sentence;
  const spans: Highlight[] = event.evidence.spans.map((s) => ({ role: s.role, start: s.start, end: s.end, title: s.role === "date" ? row.dateExplanation : undefined }));
  const roles = [...new Set(spans.map((s) => s.role))];
  const groupHref = dashboardHref(withChanges(defaultQuery(), { filter: { groups: row.groups.map((g) => g.key) } }));

  return (
    <article className="event-page" data-testid="event-page">
      <p className="crumbs small">
        <Link href="/">Dashboard</Link> › <Link href={`/reports/${encodeURIComponent(report.id)}`}>Report</Link> › Event
      </p>
      <h1>
        {row.kind === "defection" ? "Defection" : row.kind === "desertion" ? "Desertion" : "Attempted defection"}
        {row.count ? `: ${formatCount(row.count)} people` : ""}, {formatDateRange(row.start, row.end)}
      </h1>

      <blockquote className="ar source" dir="rtl" lang="ar" data-testid="evidence">
        <Highlighted text={report.body} from={sentence.start} to={sentence.end} spans={spans} />
      </blockquote>
      {roles.length > 0 && <HighlightKey roles={roles} />}

      <dl className="facts">
        <dt>Group(s)</dt>
        <dd>
          {row.groups.map((g, i) => (
            <span key={g.key}>
              {i > 0 && ", "}
              {g.name_en && <>{g.name_en} </>}
              <span className="ar" dir="rtl" lang="ar">
                {g.name_ar}
              </span>
              {!g.known && <span className="muted small"> (not in the gazetteer)</span>}
            </span>
          ))}
        </dd>
        <dt>Count</dt>
        <dd>
          {row.count ? (
            <>
              {formatCount(row.count)}{" "}
              <span className="muted">
                (low {row.count.low}, best {row.count.best}, high {row.count.high}) from “<span className="ar" dir="rtl" lang="ar">{row.count.text}</span>”
              </span>
            </>
          ) : (
            <span className="muted">no count given</span>
          )}
        </dd>
        <dt>Date</dt>
        <dd>
          {formatDateRange(row.start, row.end)} ({row.start} – {row.end}, {row.grain})
          {row.dateText && (
            <>
              {" "}
              from “<span className="ar" dir="rtl" lang="ar">{row.dateText}</span>”
            </>
          )}
        </dd>
        <dt>How the date was resolved</dt>
        <dd data-testid="date-explanation">
          <MixedText text={row.dateExplanation} />
          <div className="muted small">
            basis: {row.dateBasis}; report published {formatWindow(report.published)}
          </div>
        </dd>
        <dt>Place</dt>
        <dd>
          {row.place ? (
            <>
              <span className="ar" dir="rtl" lang="ar">{row.place.name_ar ?? row.place.text}</span>
              {row.place.governorate && (
                <span className="muted">
                  {" "}
                  (<bdi>{row.place.governorate}</bdi>)
                </span>
              )}
            </>
          ) : (
            <span className="muted">—</span>
          )}
        </dd>
        <dt>Destination</dt>
        <dd>{row.destination ? <span className="ar" dir="rtl" lang="ar">{row.destination.text}</span> : <span className="muted">—</span>}</dd>
        <dt>Confidence</dt>
        <dd>{row.confidence.toFixed(2)}</dd>
        <dt>Report</dt>
        <dd>
          <Link href={`/reports/${encodeURIComponent(report.id)}`} className="ar" dir="rtl" lang="ar">
            {report.title}
          </Link>{" "}
          <span className="muted">
            (<MixedText text={report.outlet} />, published {formatWindow(report.published)})
          </span>
          {report.url && (
            <>
              {" "}
              · <a href={report.url} rel="noopener noreferrer nofollow">original</a>
            </>
          )}
        </dd>
      </dl>
      <p>
        <Link href={groupHref} data-testid="group-link">
          Show this group on the dashboard →
        </Link>
      </p>
    </article>
  );
}
