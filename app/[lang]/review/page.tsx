import type { Metadata } from "next";
import Link from "next/link";
import { Shell } from "@/components/Shell";
import { Highlighted, HighlightKey, type Highlight } from "@/components/Highlighted";
import { MixedText } from "@/components/MixedText";
import { IncidentDecision } from "@/components/IncidentDecision";
import { requireEditorPage } from "@/lib/auth/viewer";
import { langParam, t, withLang, type Lang, type MessageKey } from "@/lib/i18n/messages";
import { decisionWord, lookText } from "@/lib/i18n/look";
import { refusalIn } from "@/lib/i18n/errors";
import { dateExplanationIn } from "@/lib/i18n/explanation";
import { DateExplanation } from "@/components/DateExplanation";
import { parseQueueFilter, type QueueFilter } from "@/lib/query/review";
import { loadQueue } from "@/lib/query/review-dal";
import { EventFields } from "./EventFields";
import { PassagePicker, Shortcuts } from "./Shortcuts";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: t(langParam((await params).lang), "review.pageTitle") };
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** The queue's address: its filters, the ids skipped so far and the language. */
function queueHref(f: QueueFilter, skipped: string[], lang: Lang): string {
  const p = new URLSearchParams();
  if (f.group) p.set("group", f.group);
  if (f.report) p.set("report", f.report);
  if (f.maxConfidence !== null) p.set("confidence", String(f.maxConfidence));
  if (skipped.length > 0) p.set("skip", skipped.join(","));
  const s = p.toString();
  return withLang(s ? `/review?${s}` : "/review", lang);
}

export default async function ReviewPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const sp = await searchParams;
  const lang = langParam((await params).lang);
  const filter = parseQueueFilter(sp);
  const skipped = (first(sp.skip) ?? "").split(",").filter(Boolean).slice(0, 100);
  const viewer = await requireEditorPage(queueHref(filter, skipped, lang));
  const msg = (k: MessageKey, vars?: Record<string, string | number>) => t(lang, k, vars);
  const { left, current, groups, looks, merges } = loadQueue(viewer, filter, skipped);
  const here = queueHref(filter, skipped, lang);
  const error = first(sp.error);
  const refusal = error ? refusalIn(lang, error, first(sp.error_ref)) : null;
  const done = first(sp.done);

  return (
    <Shell lang={lang} toggleHref={queueHref(filter, skipped, lang === "ar" ? "en" : "ar")}>
      <section className="review" data-testid="review">
        <h1>{msg("review.title")}</h1>
        {refusal && <p className="error" role="alert" data-testid="review-error">{msg("review.error", { message: refusal })}</p>}
        {done && !error && <p className="notice" role="status">{msg("review.done", { action: decisionWord(lang, done) })}</p>}

        <form method="get" action={withLang("/review", lang)} className="queue-filter">
          <label>
            {msg("review.filterGroup")}
            <select name="group" defaultValue={filter.group ?? ""}>
              <option value="">{msg("review.any")}</option>
              {groups.map((g) => (
                <option key={g.key} value={g.key}>
                  {g.name} ({g.n})
                </option>
              ))}
            </select>
          </label>
          <label>
            {msg("review.filterReport")}
            <input name="report" defaultValue={filter.report ?? ""} />
          </label>
          <label>
            {msg("review.filterConfidence")}
            <input name="confidence" inputMode="decimal" defaultValue={filter.maxConfidence ?? ""} size={4} />
          </label>
          <button type="submit">{msg("review.filterApply")}</button>
        </form>
        <p className="muted" data-testid="queue-left">{msg("review.left", { n: left })}</p>

        {current ? <QueueItem lang={lang} current={current} here={here} next={queueHref(filter, [...skipped, current.row.id], lang)} /> : <p data-testid="queue-empty">{msg("review.empty")}</p>}
        <form method="post" action="/api/review" className="inline-form">
          <input type="hidden" name="action" value="undo" />
          <input type="hidden" name="back" value={here} />
          <button type="submit" id="review-undo" className="link-button">{msg("review.undo")}</button>
        </form>
        <p className="muted small">{msg("review.shortcuts")}</p>
        <Shortcuts />

        <h2>{msg("review.proposedMerges")}</h2>
        {merges.length === 0 ? (
          <p className="muted">{msg("review.proposedMergesNone")}</p>
        ) : (
          <ul className="proposed-merges" data-testid="proposed-merges">
            {merges.map((m) => (
              <li key={`${m.incident} ${m.otherIncident}`}>
                <Link href={withLang(`/incidents/${encodeURIComponent(m.incident)}`, lang)}>
                  <MixedText text={m.title} />
                </Link>{" "}
                ↔{" "}
                <Link href={withLang(`/incidents/${encodeURIComponent(m.otherIncident)}`, lang)}>
                  <MixedText text={m.otherTitle} />
                </Link>
                <IncidentDecision lang={lang} action="merge" event={m.event} other={m.other} back={here} label={msg("incident.merge")} />
              </li>
            ))}
          </ul>
        )}

        <h2>{msg("review.needsLook")}</h2>
        {looks.length === 0 ? (
          <p className="muted">{msg("review.needsLookNone")}</p>
        ) : (
          <ul className="needs-look" data-testid="needs-look">
            {looks.map(({ decision: d, why }) => (
              <li key={d.seq}>
                <strong>{decisionWord(lang, d.action)}</strong> · {d.userName} · <bdi dir="ltr">{d.createdAt.slice(0, 10)}</bdi> · <Link href={withLang(`/reports/${encodeURIComponent(d.reportId)}`, lang)}>{d.reportId}</Link> —{" "}
                <span data-testid="look-why">{lang === "en" ? <MixedText text={lookText(why, lang)} /> : lookText(why, lang)}</span>
                {d.reason && <> ({d.reason})</>}
                <form method="post" action="/api/review" className="inline-form">
                  <input type="hidden" name="action" value="dismiss" />
                  <input type="hidden" name="decision" value={d.seq} />
                  <input type="hidden" name="back" value={here} />
                  <input name="reason" placeholder={msg("review.reason")} required maxLength={500} />
                  <button type="submit">{msg("review.dismiss")}</button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Shell>
  );
}

function QueueItem({ lang, current, here, next }: { lang: Lang; current: NonNullable<ReturnType<typeof loadQueue>["current"]>; here: string; next: string }) {
  const msg = (k: MessageKey, vars?: Record<string, string | number>) => t(lang, k, vars);
  const { row, event, report } = current;
  const spans: Highlight[] = [
    { role: "event", start: event.evidence.sentence.start, end: event.evidence.sentence.end },
    ...event.evidence.spans.map((s) => ({ role: s.role, start: s.start, end: s.end, title: s.role === "date" ? dateExplanationIn(event.date, lang) : undefined })),
  ];
  return (
    <article className="queue-item" data-testid="queue-item" data-event-id={row.id}>
      <p>
        <Link href={withLang(`/events/${encodeURIComponent(row.id)}`, lang)}>{row.id}</Link> · {t(lang, `kind.${row.kind}` as MessageKey)} ·{" "}
        {row.groups.map((g) => g.name_en ?? g.name_ar).join(" / ")} · {row.count ? `${row.count.best} (${row.count.low}–${row.count.high})` : "—"} ·{" "}
        <bdi dir="ltr">{row.start}..{row.end}</bdi> · {msg("review.confidence", { value: row.confidence.toFixed(2) })}
      </p>
      <p className="muted small" data-testid="queue-date-explanation">
        <DateExplanation date={event.date} lang={lang} />
      </p>
      <blockquote className="ar source report-text" dir="rtl" lang="ar" id="review-text" data-testid="review-text">
        <Highlighted text={report.body} spans={spans} />
      </blockquote>
      <HighlightKey roles={[...new Set(spans.map((s) => s.role))]} lang={lang} />

      <div className="decide">
        <form method="post" action="/api/review" className="inline-form">
          <input type="hidden" name="action" value="accept" />
          <input type="hidden" name="event" value={row.id} />
          <input type="hidden" name="back" value={here} />
          <button type="submit" id="review-accept">{msg("review.accept")}</button>
        </form>
        <form method="post" action="/api/review" className="inline-form">
          <input type="hidden" name="action" value="reject" />
          <input type="hidden" name="event" value={row.id} />
          <input type="hidden" name="back" value={here} />
          <input id="reject-reason" name="reason" placeholder={msg("review.rejectReason")} aria-label={msg("review.rejectReason")} required maxLength={500} />
          <button type="submit" id="review-reject">{msg("review.reject")}</button>
        </form>
        <Link href={next} id="review-skip" className="button-link">{msg("review.skip")}</Link>
      </div>

      <details id="review-edit">
        <summary>{msg("review.edit")}</summary>
        <form method="post" action="/api/review" data-testid="edit-form">
          <input type="hidden" name="action" value="edit" />
          <input type="hidden" name="event" value={row.id} />
          <input type="hidden" name="back" value={here} />
          <EventFields lang={lang} event={event} published={report.published} />
          <label className="wide">
            {msg("review.reason")}
            <input name="reason" required maxLength={500} />
          </label>
          <button type="submit" id="review-save-edit">{msg("review.save")}</button>
        </form>
      </details>

      <details id="review-add">
        <summary>{msg("review.addMissed")}</summary>
        <p className="muted small">{msg("review.addHint")}</p>
        <form method="post" action="/api/review" data-testid="add-form">
          <input type="hidden" name="action" value="add" />
          <input type="hidden" name="report" value={report.id} />
          <input type="hidden" name="back" value={here} />
          <label className="wide">
            {msg("review.passage")}
            <input id="add-passage" name="passage" required dir="rtl" lang="ar" />
          </label>
          <EventFields lang={lang} event={null} published={report.published} />
          <label className="wide">
            {msg("review.reason")}
            <input name="reason" required maxLength={500} />
          </label>
          <button type="submit">{msg("review.save")}</button>
        </form>
        <PassagePicker source="review-text" target="add-passage" />
      </details>
    </article>
  );
}
