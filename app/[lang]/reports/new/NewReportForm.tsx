"use client";
import { useActionState } from "react";
import { Highlighted, type Highlight } from "@/components/Highlighted";
import { submitReport, type NewReportState } from "./actions";

export interface NewReportLabels {
  title: string;
  outlet: string;
  url: string;
  published: string;
  text: string;
  preview: string;
  save: string;
  previewTitle: string;
  invalid: string;
}

const EMPTY: NewReportState = { values: { title: "", outlet: "", url: "", published: "", text: "" }, errors: [], preview: null };

/** The form of /reports/new: Preview shows what the extractor finds (nothing stored); Save stores and opens the report. */
export function NewReportForm({ labels }: { labels: NewReportLabels }) {
  const [state, action, pending] = useActionState(submitReport, EMPTY);
  const v = state.values;
  return (
    <form action={action} className="new-report" data-testid="new-report-form">
      <label>
        {labels.title}
        <input name="title" defaultValue={v.title} dir="auto" required />
      </label>
      <label>
        {labels.outlet}
        <input name="outlet" defaultValue={v.outlet} dir="auto" required />
      </label>
      <label>
        {labels.url}
        <input name="url" defaultValue={v.url} type="url" />
      </label>
      <label>
        {labels.published}
        <input name="published" defaultValue={v.published} required />
      </label>
      <label className="wide">
        {labels.text}
        <textarea name="text" defaultValue={v.text} rows={12} dir="rtl" lang="ar" required />
      </label>
      <div>
        <button type="submit" name="intent" value="preview" disabled={pending}>{labels.preview}</button>{" "}
        <button type="submit" name="intent" value="save" disabled={pending}>{labels.save}</button>
      </div>
      {state.errors.length > 0 && (
        <div className="error" role="alert" data-testid="new-report-errors">
          <p>{labels.invalid}</p>
          <ul>
            {state.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {state.preview && (
        <section data-testid="preview">
          <h2>{labels.previewTitle.replace("{n}", String(state.preview.events.length))}</h2>
          <ol>
            {state.preview.events.map((e, i) => {
              const spans: Highlight[] = e.evidence.spans.map((s) => ({ role: s.role, start: s.start, end: s.end }));
              return (
                <li key={i} data-testid="preview-event">
                  <span>
                    {e.kind} · {e.groups.map((g) => g.name_en ?? g.name_ar).join(" / ")} · {e.count ? e.count.best : "—"} · <bdi dir="ltr">{e.date.start}..{e.date.end}</bdi>
                  </span>
                  <blockquote className="ar source" dir="rtl" lang="ar">
                    <Highlighted text={state.preview!.body} from={e.evidence.sentence.start} to={e.evidence.sentence.end} spans={spans} />
                  </blockquote>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </form>
  );
}
