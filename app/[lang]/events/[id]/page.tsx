import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { dashboardHref, defaultQuery, withChanges } from "@/lib/query/url";
import { langParam, t, withLang, type Lang, type MessageKey } from "@/lib/i18n/messages";
import { Shell } from "@/components/Shell";
import { formatWindow } from "@/lib/time/publication";
import { formatCount, formatDateRange, ltrIsolate } from "@/components/format";
import { eventForRoute } from "@/app/_lib/loaders";
import { MixedText } from "@/components/MixedText";
import { DateExplanation } from "@/components/DateExplanation";
import { dateExplanationIn } from "@/lib/i18n/explanation";
import { Highlighted, HighlightKey, type Highlight } from "@/components/Highlighted";
import { ReviewHistory } from "@/components/ReviewHistory";
import { loadEventHistory } from "@/lib/query/review-dal";

export const dynamic = "force-dynamic";

type Params = Promise<{ lang: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, lang: langSegment } = await params;
  const found = eventForRoute(id);
  const lang = langParam(langSegment);
  return { title: found ? t(lang, "event.pageTitle", { id: found.row.id }) : "Event not found — inshiqaq" };
}

export default async function EventPage({ params }: { params: Params }) {
  const { id, lang: langSegment } = await params;
  const found = eventForRoute(id);
  if (!found) notFound();
  const lang: Lang = langParam(langSegment);
  const msg = (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);
  const comma = lang === "ar" ? "، " : ", ";
  // ISO days stay left-to-right inside Arabic sentences ("2024-01-25..2024-02-12", not "12-02-2024..").
  const published = lang === "ar" ? ltrIsolate(formatWindow(found.report.published)) : formatWindow(found.report.published);
  const path = `/events/${encodeURIComponent(found.row.id)}`;
  const { row, event, report } = found;
  const history = loadEventHistory(row.id);
  const sentence = event.evidence.sentence;
  const spans: Highlight[] = event.evidence.spans.map((s) => ({ role: s.role, start: s.start, end: s.end, title: s.role === "date" ? dateExplanationIn(event.date, lang) : undefined }));
  const roles = [...new Set(spans.map((s) => s.role))];
  const groupHref = dashboardHref(withChanges(defaultQuery(), { filter: { groups: row.groups.map((g) => g.key) }, lang }));
  const reportHref = withLang(`/reports/${encodeURIComponent(report.id)}`, lang);
  const kindKey = (["defection", "desertion", "attempted"] as const).find((k) => k === row.kind) ?? "defection";

  return (
    <Shell lang={lang} toggleHref={withLang(path, lang === "ar" ? "en" : "ar")}>
    <article className="event-page" data-testid="event-page">
      <p className="crumbs small">
        <Link href={withLang("/", lang)}>{msg("nav.dashboard")}</Link> › <Link href={reportHref}>{msg("event.crumbReport")}</Link> › {msg("event.crumb")}
      </p>
      <h1>
        {msg(`event.title.${kindKey}`)}
        {row.count ? `: ${msg("event.people", { count: formatCount(row.count, lang) })}` : ""}{comma}{formatDateRange(row.start, row.end, lang)}
      </h1>

      <blockquote className="ar source" dir="rtl" lang="ar" data-testid="evidence">
        <Highlighted text={report.body} from={sentence.start} to={sentence.end} spans={spans} />
      </blockquote>
      {roles.length > 0 && <HighlightKey roles={roles} lang={lang} />}

      <dl className="facts">
        <dt>{msg("event.groups")}</dt>
        <dd>
          {row.groups.map((g, i) => (
            <span key={g.key}>
              {i > 0 && comma}
              {g.name_en && lang === "en" && <>{g.name_en} </>}
              <span className="ar" dir="rtl" lang="ar">
                {g.name_ar}
              </span>
              {g.name_en && lang === "ar" && (
                <>
                  {" "}
                  <span className="muted small" dir="ltr" lang="en">
                    ({g.name_en})
                  </span>
                </>
              )}
              {!g.known && <span className="muted small">{msg("event.notInGazetteer")}</span>}
            </span>
          ))}
        </dd>
        <dt>{msg("event.count")}</dt>
        <dd>
          {row.count ? (
            <>
              {formatCount(row.count, lang)}{" "}
              <span className="muted">
                {msg("event.countDetail", { low: row.count.low, best: row.count.best, high: row.count.high })} “<span className="ar" dir="rtl" lang="ar">{row.count.text}</span>”
              </span>
            </>
          ) : (
            <span className="muted">{msg("event.noCount")}</span>
          )}
          {!row.count && event.countSetAside && (
            <p className="muted small" data-testid="count-set-aside">
              {msg("event.countSetAside", { figure: formatCount(event.countSetAside, lang) })} “<span className="ar" dir="rtl" lang="ar">{event.countSetAside.text}</span>”
              {comma}
              {msg(`event.countSetAside.${event.countSetAside.reason}` as MessageKey)}
            </p>
          )}
        </dd>
        <dt>{msg("event.date")}</dt>
        <dd>
          {formatDateRange(row.start, row.end, lang)} (<bdi dir="ltr">{row.start} – {row.end}</bdi>{comma}{msg(`grain.${row.grain}` as MessageKey)})
          {row.dateText && (
            <>
              {" "}
              {msg("event.from")} “<span className="ar" dir="rtl" lang="ar">{row.dateText}</span>”
            </>
          )}
        </dd>
        <dt>{msg("event.resolved")}</dt>
        <dd data-testid="date-explanation">
          <DateExplanation date={event.date} lang={lang} />
          <div className="muted small">
            {msg("event.basis", { basis: msg(`explain.basis.${row.dateBasis}`), published })}
          </div>
        </dd>
        <dt>{msg("event.place")}</dt>
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
        <dt>{msg("event.destination")}</dt>
        <dd>{row.destination ? <span className="ar" dir="rtl" lang="ar">{row.destination.text}</span> : <span className="muted">—</span>}</dd>
        <dt>{msg("event.confidence")}</dt>
        <dd>{row.confidence.toFixed(2)}</dd>
        <dt>{msg("event.report")}</dt>
        <dd>
          <Link href={reportHref} className="ar" dir="rtl" lang="ar">
            {report.title}
          </Link>{" "}
          <span className="muted">
            (<MixedText text={report.outlet} />{comma}{msg("event.published", { published })})
          </span>
          {report.url && (
            <>
              {" "}
              · <a href={report.url} rel="noopener noreferrer nofollow">{msg("event.original")}</a>
            </>
          )}
        </dd>
      </dl>
      <p>
        <Link href={groupHref} data-testid="group-link">
          {msg("event.groupLink")}
        </Link>
      </p>
      {history && <ReviewHistory lang={lang} {...history} />}
    </article>
    </Shell>
  );
}
