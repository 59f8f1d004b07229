import type { DefectionEvent } from "@/lib/extract/types";
import { t, type Lang, type MessageKey } from "@/lib/i18n/messages";
import { groupsField } from "@/lib/review/form";

/** The fields of an event for Edit and Add missed event (plain inputs: the form works without JavaScript). */
export function EventFields({ lang, event, published }: { lang: Lang; event: DefectionEvent | null; published: { start: string; end: string } }) {
  const msg = (k: MessageKey) => t(lang, k);
  return (
    <div className="event-fields">
      <label>
        {msg("review.field.kind")}
        <select name="kind" defaultValue={event?.kind ?? "defection"}>
          {(["defection", "desertion", "attempted"] as const).map((k) => (
            <option key={k} value={k}>
              {t(lang, `kind.${k}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label className="wide">
        {msg("review.field.groups")}
        <textarea name="groups" rows={2} defaultValue={event ? groupsField(event.groups) : ""} dir="auto" />
      </label>
      <label>
        {msg("review.field.countLow")}
        <input name="count_low" inputMode="numeric" defaultValue={event?.count?.low ?? ""} />
      </label>
      <label>
        {msg("review.field.countBest")}
        <input name="count_best" inputMode="numeric" defaultValue={event?.count?.best ?? ""} />
      </label>
      <label>
        {msg("review.field.countHigh")}
        <input name="count_high" inputMode="numeric" defaultValue={event?.count?.high ?? ""} />
      </label>
      <label>
        {msg("review.field.dateStart")}
        <input name="date_start" type="date" defaultValue={event?.date.start ?? published.start} />
      </label>
      <label>
        {msg("review.field.dateEnd")}
        <input name="date_end" type="date" defaultValue={event?.date.end ?? published.end} />
      </label>
      <label>
        {msg("review.field.place")}
        <input name="place" defaultValue={event?.place?.text ?? ""} dir="auto" />
      </label>
      <label>
        {msg("review.field.destination")}
        <input name="destination" defaultValue={event?.destination?.text ?? ""} dir="auto" />
      </label>
    </div>
  );
}
