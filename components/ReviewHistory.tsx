import type { Decision } from "@/lib/review/types";
import { t, type Lang } from "@/lib/i18n/messages";
import { decisionWord, fieldWord, reviewStatusWord } from "@/lib/i18n/look";

/** The review status of an event and every decision about it (who, when, what changed, why), as text. */
export function ReviewHistory({ lang, status, reviewedBy, reviewedAt, decisions }: { lang: Lang; status: string; reviewedBy: string | null; reviewedAt: string | null; decisions: Decision[] }) {
  return (
    <section className="review-history" data-testid="review-history">
      <p data-testid="review-status">
        {t(lang, "review.status", { status: reviewStatusWord(lang, status) })}
        {reviewedBy && reviewedAt && <> — {t(lang, "review.reviewedBy", { name: reviewedBy, day: reviewedAt.slice(0, 10) })}</>}
      </p>
      {decisions.length > 0 && (
        <>
          <h2>{t(lang, "review.history")}</h2>
          <ul>
            {decisions.map((d) => (
              <li key={d.seq}>
                {t(lang, "review.historyLine", { day: d.createdAt.slice(0, 16).replace("T", " "), name: d.userName, action: decisionWord(lang, d.action) })}
                {d.action === "edit" && <> · <code dir="ltr">{summarise(lang, d.before)} → {summarise(lang, d.after)}</code></>}
                {d.reason && <> · “{d.reason}”</>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A short, readable before/after: the changed fields (named in the page's language), counts and dates in brief. */
function summarise(lang: Lang, v: unknown): string {
  if (!v || typeof v !== "object") return "—";
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => {
      const field = fieldWord(lang, k);
      if (x === null) return `${field}: ${t(lang, "history.none")}`;
      if (k === "count") {
        const c = x as { low: number; best: number; high: number };
        return `${field}: ${c.best} (${c.low}–${c.high})`;
      }
      if (k === "date") {
        const d = x as { start: string; end: string };
        return `${field}: ${d.start}..${d.end}`;
      }
      if (k === "groups") return `${field}: ${(x as { id: string | null; name_ar: string }[]).map((g) => g.id ?? g.name_ar).join(", ")}`;
      if (typeof x === "object" && x && "text" in x) return `${field}: ${(x as { text: string }).text}`;
      return `${field}: ${String(x)}`;
    })
    .join("; ");
}
