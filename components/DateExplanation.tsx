import { dateExplanationIn } from "@/lib/i18n/explanation";
import type { Lang } from "@/lib/i18n/messages";
import type { EventDate } from "@/lib/extract/types";
import { MixedText } from "./MixedText";

/**
 * How an event's date was resolved, in the page's language. The Arabic sentence runs right-to-left
 * with its ISO days already isolated left-to-right; the English one isolates its Arabic runs.
 */
export function DateExplanation({ date, lang }: { date: Pick<EventDate, "explanation" | "explanationRefs">; lang: Lang }) {
  const text = dateExplanationIn(date, lang);
  if (lang === "ar" && date.explanationRefs) {
    return (
      <span dir="rtl" lang="ar" className="ar">
        {text}
      </span>
    );
  }
  return <MixedText text={text} />;
}
