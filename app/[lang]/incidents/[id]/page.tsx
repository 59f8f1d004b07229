import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { langParam, t, withLang, type Lang, type MessageKey } from "@/lib/i18n/messages";
import { decisionWord } from "@/lib/i18n/look";
import { refusalIn } from "@/lib/i18n/errors";
import type { Conflict } from "@/lib/incidents/types";
import { Shell } from "@/components/Shell";
import { formatWindow } from "@/lib/time/publication";
import { formatCount, formatDateRange, ltrIsolate } from "@/components/format";
import { MixedText } from "@/components/MixedText";
import { Highlighted } from "@/components/Highlighted";
import { incidentForRoute, incidentNowHolding } from "@/app/_lib/loaders";
import { IncidentDecision } from "@/components/IncidentDecision";
import { getViewer } from "@/lib/auth/viewer";
import { canReview } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";

type Params = Promise<{ lang: string; id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, lang: langSegment } = await params;
  const found = incidentForRoute(id);
  const lang = langParam(langSegment);
  return { title: found ? t(lang, "incident.pageTitle", { id: found.id }) : t(lang, "incident.notFoundTitle") };
}

/** The values each conflict lists, as plain text (rendered as text, never as HTML). */
function conflictValues(c: Conflict): string[] {
  switch (c.type) {
    case "date":
      return c.ranges.map((r) => `${r.telling}: ${r.start}..${r.end}`);
    case "count":
      return c.counts.map((x) => `${x.telling}: ${x.low}–${x.high} (${x.text})`);
    case "place":
      return c.places.map((x) => `${x.telling}: ${x.text}`);
    case "destination":
      return c.destinations.map((x) => `${x.telling}: ${x.text}`);
  }
}

export default async function IncidentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id, lang: langSegment } = await params;
  const sp = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  // Merge and split are for editors: shown only to them, and checked again by POST /api/review.
  const viewer = await getViewer();
  const editor = viewer !== null && canReview(viewer.role);
  const incident = incidentForRoute(id);
  const lang: Lang = langParam(langSegment);
  if (!incident) {
    // A link to an incident whose first telling now belongs to another one leads there (shared links outlive merges).
    const now = incidentNowHolding(id);
    if (now === null) notFound();
    redirect(withLang(`/incidents/${encodeURIComponent(now)}`, lang));
  }
  const msg = (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);
  const iso = (s: string) => (lang === "ar" ? ltrIsolate(s) : s);
  const path = `/incidents/${encodeURIComponent(incident.id)}`;
  const back = withLang(path, lang);
  const [error, done] = [first(sp.error), first(sp.done)];
  const refusal = error ? refusalIn(lang, error, first(sp.error_ref)) : null;
  const kindKey = (["defection", "desertion", "attempted"] as const).find((k) => k === incident.kind) ?? "defection";

  return (
    <Shell lang={lang} toggleHref={withLang(path, lang === "ar" ? "en" : "ar")}>
      <article className="incident-page" data-testid="incident-page">
        <p className="crumbs small">
          <Link href={withLang("/", lang)}>{msg("nav.dashboard")}</Link> › {incident.id}
        </p>
        <h1>{msg("incident.title", { n: incident.tellings.length })}</h1>
        {editor && refusal && <p className="error" role="alert" data-testid="review-error">{msg("review.error", { message: refusal })}</p>}
        {editor && done && !error && <p className="notice" role="status">{msg("review.done", { action: decisionWord(lang, done) })}</p>}
        <dl className="facts">
          <dt>{msg("incident.kind")}</dt>
          <dd>
            {msg(`kind.${kindKey}` as MessageKey)}
            {incident.kindsTold.length > 1 && <span className="muted small"> ({incident.kindsTold.map((k) => msg(`kind.${k}` as MessageKey)).join(", ")})</span>}
          </dd>
          <dt>{msg("incident.date")}</dt>
          <dd data-testid="incident-date" data-start={incident.date.start} data-end={incident.date.end}>
            {formatDateRange(incident.date.start, incident.date.end, lang)} (<bdi dir="ltr">{incident.date.start} – {incident.date.end}</bdi>){" "}
            <span className="muted small">{msg(incident.date.basis === "intersection" ? "incident.dateIntersection" : "incident.dateHull")}</span>
          </dd>
          <dt>{msg("incident.count")}</dt>
          <dd data-testid="incident-count">
            {incident.count ? (
              <>
                {formatCount(incident.count, lang)}{" "}
                <span className="muted small">{msg("incident.countBest", { telling: incident.count.bestFrom })}</span>
              </>
            ) : (
              <span className="muted">{msg("incident.unknown")}</span>
            )}
          </dd>
          <dt>{msg("incident.place")}</dt>
          <dd>{incident.place ? <span className="ar" dir="rtl" lang="ar">{incident.place.name_ar ?? incident.place.text}</span> : <span className="muted">—</span>}</dd>
          <dt>{msg("incident.destination")}</dt>
          <dd>{incident.destination ? <span className="ar" dir="rtl" lang="ar">{incident.destination.text}</span> : <span className="muted">—</span>}</dd>
        </dl>

        <h2>{msg("incident.tellings")}</h2>
        <table className="tellings" data-testid="tellings">
          <thead>
            <tr>
              <th>{msg("incident.col.outlet")}</th>
              <th>{msg("incident.col.published")}</th>
              <th>{msg("incident.col.figure")}</th>
              <th>{msg("incident.col.datePhrase")}</th>
              <th>{msg("incident.col.evidence")}</th>
              {editor && incident.tellings.length > 1 && <th>{msg("incident.decide")}</th>}
            </tr>
          </thead>
          <tbody>
            {incident.tellings.map((tl) => (
              <tr key={tl.eventId} data-testid="telling" data-event-id={tl.eventId}>
                <td>
                  <Link href={withLang(`/events/${encodeURIComponent(tl.eventId)}`, lang)}>
                    <MixedText text={tl.outlet} />
                  </Link>
                </td>
                <td>{iso(formatWindow({ start: tl.publishedStart, end: tl.publishedEnd }))}</td>
                <td>
                  {tl.event.count ? (
                    <>
                      {formatCount(tl.event.count, lang)}{" "}
                      <span className="muted small">
                        «<bdi className="ar" dir="rtl" lang="ar">{tl.event.count.text}</bdi>»
                      </span>
                    </>
                  ) : (
                    <span className="muted">{msg("incident.unknown")}</span>
                  )}
                </td>
                <td>
                  {tl.event.date.text ? <span className="ar" dir="rtl" lang="ar">{tl.event.date.text}</span> : <span className="muted">—</span>}{" "}
                  <bdi dir="ltr" className="muted small">
                    {tl.event.date.start}..{tl.event.date.end}
                  </bdi>
                </td>
                <td className="ar" dir="rtl" lang="ar" data-testid="telling-evidence">
                  {tl.evidence.map((sentence) => (
                    <p key={sentence.start} className="evidence-sentence" data-testid="evidence-sentence">
                      {sentence.gapBefore && <span className="muted" aria-hidden="true">… </span>}
                      <Highlighted text={sentence.text} spans={sentence.spans} />
                    </p>
                  ))}
                </td>
                {editor && incident.tellings.length > 1 && (
                  <td>
                    <IncidentDecision lang={lang} action="split" event={tl.eventId} back={back} label={msg("incident.splitOut")} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>

        <h2 id="conflicts">{msg("incident.conflicts")}</h2>
        {incident.conflicts.length === 0 ? (
          <p className="muted">{msg("incident.noConflicts")}</p>
        ) : (
          <ul data-testid="conflicts">
            {incident.conflicts.map((c) => (
              <li key={c.type} data-conflict={c.type}>
                {msg(`incident.conflict.${c.type}` as MessageKey)}:{" "}
                {conflictValues(c).map((v, i) => (
                  <span key={i}>
                    {i > 0 && " · "}
                    <MixedText text={v} />
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}

        {incident.proposed.length > 0 && (
          <>
            <h2>{msg("incident.proposed")}</h2>
            <ul data-testid="proposed">
              {incident.proposed.map((id) => (
                <li key={id} data-proposed={id}>
                  <Link href={withLang(`/incidents/${encodeURIComponent(id)}`, lang)}>{id}</Link>
                  {editor && incident.proposedPairs[id] && (
                    <IncidentDecision lang={lang} action="merge" event={incident.proposedPairs[id][0]} other={incident.proposedPairs[id][1]} back={back} label={msg("incident.merge")} />
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </article>
    </Shell>
  );
}
