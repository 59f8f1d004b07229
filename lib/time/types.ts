import type { ExplanationRef } from "../i18n/explanation";

/** An ISO calendar day, `YYYY-MM-DD`. All ranges in inshiqaq are inclusive calendar days. */
export type IsoDay = string;

/** An inclusive range of calendar days; `start <= end` always holds. */
export interface DayRange {
  start: IsoDay;
  end: IsoDay;
}

/**
 * When a report was published. A report known to the day has `start === end`;
 * one known only to the month, or to an estimated window, has a wider range.
 */
export type PublicationWindow = DayRange;

/** How wide a resolved expression is by nature ("span" = an arbitrary run of days). */
export type Grain = "day" | "week" | "month" | "quarter" | "year" | "span";

/**
 * One temporal expression found in a text and resolved against a publication window.
 * `offset`/`endOffset` index the ORIGINAL text (not the normalised copy):
 * `original.slice(offset, endOffset) === text`.
 */
export interface DateMatch {
  text: string;
  offset: number;
  endOffset: number;
  start: IsoDay;
  end: IsoDay;
  grain: Grain;
  /** The id of the rule that fired, e.g. "month-name-past". */
  rule: string;
  /** One line a person can check: "نيسان الفائت, published 2021-06-20 → 2021-04-01..2021-04-30". */
  explanation: string;
  /** The same explanation as message references, for the page's language (lib/i18n/explanation.ts). */
  explanationRefs: ExplanationRef[];
  /**
   * Optional (added by the date engine): whether the expression names one day ("day": أمس، الجمعة،
   * 13 حزيران), a bounded period ("period": الشهر الماضي، مطلع العام، منذ 3 سنوات), or vague recency
   * ("vague": مؤخراً، قبل أيام، خلال الأيام الماضية).
   */
  kind?: "day" | "period" | "vague";
  /**
   * Set (true) when the expression lies wholly after publication: it resolves forward ("غداً"، "الأسبوع
   * المقبل"، "بعد يومين"، "في اليوم التالي" with nothing before it) and dates a plan or an announcement,
   * never a past incident. Absent otherwise.
   */
  future?: true;
  /** Optional: the span in the NORMALISED text the match was found in (for callers that work on it). */
  normOffset?: number;
  normEndOffset?: number;
}
