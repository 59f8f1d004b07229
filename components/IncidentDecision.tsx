import type { Lang } from "@/lib/i18n/messages";
import { t } from "@/lib/i18n/messages";

/**
 * One analyst decision on an incident (a plain form POST to /api/review, so it works without
 * JavaScript): Split out a telling, or Merge with a proposed incident. A reason is required; the
 * server checks the role again (this form is only shown to editors).
 */
export function IncidentDecision(props: { lang: Lang; action: "split" | "merge"; event: string; other?: string; back: string; label: string }) {
  const { lang, action, event, other, back, label } = props;
  return (
    <form method="post" action="/api/review" className="incident-decision" data-testid={`${action}-form`}>
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="event" value={event} />
      {other !== undefined && <input type="hidden" name="other" value={other} />}
      <input type="hidden" name="back" value={back} />
      <label>
        {t(lang, "review.reason")} <input name="reason" required maxLength={500} size={24} />
      </label>{" "}
      <button type="submit">{label}</button>
    </form>
  );
}
