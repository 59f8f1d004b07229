/**
 * The features the confidence scorer reads: each a number in [0, 1] with a name a reviewer can
 * understand, computed only from an extracted event, the other events of its report and the
 * report text (never from the extractor's internals, which change from release to release).
 *
 * The word lists are language cues, not report wording; each has examples in features.test.ts.
 */
import { foldLetters, normalizeArabic } from "../../arabic/normalize";
import { findTriggers, type Trigger } from "../triggers";
import { stems, tokenize, type Token } from "../tokens";
import type { DefectionEvent, EvidenceSpan } from "../types";

/** The feature names, in the order the weights file lists them. */
export const FEATURE_NAMES = [
  "trigger_is_verb",
  "trigger_is_weak_form",
  "trigger_is_surrender",
  "group_known",
  "group_far_from_trigger",
  "group_before_trigger",
  "group_after_source_preposition",
  "announcer_between_group_and_trigger",
  "count_exact",
  "count_absent",
  "count_large",
  "count_single_person",
  "smaller_figure_than_other_telling",
  "date_from_expression",
  "date_default",
  "place_named",
  "destination_named",
  "several_tellings",
  "headline_only",
  "sentence_other_topic",
  "sentence_phenomenon",
  "background_clause",
  "group_shared_with_other_event",
  "may_retell_another_event",
  "flagged_for_review",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * Feature sets the training compares by cross-validation (the model keeps a weight of 0 for the
 * rest). `small` holds the cues with the clearest meaning for the role and reading of the incident;
 * `roles` adds every group-role and duplicate cue; `all` is everything.
 */
export const FEATURE_SETS = {
  small: [
    "group_known", "group_after_source_preposition", "group_before_trigger", "trigger_is_surrender", "date_from_expression", "date_default",
    "several_tellings", "headline_only", "sentence_phenomenon", "may_retell_another_event", "flagged_for_review",
  ],
  roles: [
    "group_known", "group_after_source_preposition", "group_far_from_trigger", "group_before_trigger", "announcer_between_group_and_trigger",
    "count_absent", "count_large", "several_tellings", "headline_only", "sentence_phenomenon",
    "group_shared_with_other_event", "smaller_figure_than_other_telling", "may_retell_another_event", "trigger_is_surrender", "trigger_is_weak_form", "flagged_for_review",
  ],
  all: FEATURE_NAMES,
} as const satisfies Record<string, readonly FeatureName[]>;
export type FeatureSetName = keyof typeof FEATURE_SETS;
export type FeatureVector = Record<FeatureName, number>;

/** What a feature means, for the explanation shown with an event (English and Arabic: lib/i18n/messages.ts). */
export const featureMessageKey = <N extends FeatureName>(name: N) => `confidence.feature.${name}` as const;

/** An event as the scorer sees it (its review `flags`, e.g. "implausible-count", included). */
export type ScorableEvent = DefectionEvent;

export interface ReportText {
  body: string;
}

const foldSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map((w) => foldLetters(w)));

/** Words that say the sentence is (also) about killing, wounding, arrest or fighting. */
export const OTHER_TOPIC_WORDS = foldSet(`قتل مقتل قتلى قتلوا قتيل قتيلا مصرع إصابة أصيب أصيبوا جرحى جريح اعتقال اعتقل اعتقلت اعتقلوا اعتقالات
  أسر أسرى القبض توقيف احتجاز اشتباكات اشتباك معارك معركة قصف غارات غارة هجوم هجمات تفجير استهداف`);
/** Words that make the trigger a phenomenon rather than one incident. */
export const PHENOMENON_WORDS = foldSet("حالات حالة موجة ظاهرة تزايد تصاعد ازدياد تكاثرت تكاثر تتوالى توالي سلسلة الآونة");
/** The last words before a group that make it the group left: "انشقوا عن X"، "فرّ من صفوف X". */
const SOURCE_BEFORE = foldSet("عن من صفوف");
/** Verbs of announcing or saying: a group before them and before the trigger may be the one telling. */
export const ANNOUNCING_WORDS = foldSet(`أعلن أعلنت أعلنوا يعلن تعلن معلنا قال قالت يقول تقول ذكر ذكرت أفاد أفادت أكد أكدت أكدوا نشر نشرت
  كشف كشفت أوضح أوضحت تحدث تحدثت وثق وثقت أمن أمنت`);
/** "وكان/وكانت … قد": the pluperfect that recalls an earlier incident. */
const BACKGROUND = /(^|\s)(وكان|وكانت|كان|كانت|وكانوا|كانوا)\s(\S+\s){0,10}?قد\s/;
/** Beyond this many words between trigger and group, the group is often another role's (the joined, the announcer). */
const FAR_WORDS = 8;

function wordsBetween(body: string, a: EvidenceSpan, b: EvidenceSpan): number {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  if (to <= from) return 0;
  return body.slice(from, to).split(/\s+/).filter(Boolean).length;
}

/**
 * The evidence sentence normalised once, with its words; every span of an event lies inside it
 * (the extractor widens the sentence to cover them), so the cues around a span read these words.
 */
class SentenceWords {
  readonly text: string;
  private readonly tokens: Token[];
  private readonly map: Int32Array;
  constructor(
    body: string,
    private readonly offset: number,
    end: number,
  ) {
    const norm = normalizeArabic(body.slice(offset, end));
    this.text = norm.text;
    this.map = norm.map;
    this.tokens = tokenize(norm.text);
  }

  /** The normalised index of an original body offset (first normalised char at or after it). */
  private toNorm(original: number): number {
    const target = original - this.offset;
    let lo = 0;
    let hi = this.map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.map[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The words wholly inside [from, to) of the body (all the sentence's words by default). */
  words(from = this.offset, to = Infinity): Token[] {
    const a = this.toNorm(from);
    const b = to === Infinity ? Infinity : this.toNorm(to);
    return this.tokens.filter((t) => t.start >= a && t.end <= b);
  }
}

/** Some word, read with or without its proclitics, is in the set. */
function hasAny(words: readonly Token[], set: ReadonlySet<string>): boolean {
  return words.some((w) => stems(w).some((r) => set.has(r)));
}

function triggerOf(body: string, span: EvidenceSpan | undefined): Trigger | null {
  if (!span) return null;
  const norm = normalizeArabic(body.slice(span.start, span.end)).text;
  return findTriggers(tokenize(norm))[0] ?? null;
}

/** A key per group that two events of one report share when they name the same group. */
function groupKeys(e: DefectionEvent): string[] {
  return e.groups.map((g) => g.id ?? normalizeArabic(g.name_ar).text);
}

const datesOverlap = (a: DefectionEvent, b: DefectionEvent) => a.date.start <= b.date.end && b.date.start <= a.date.end;

/** The end of the first line when the report opens with a short headline line, else -1. */
function headlineEnd(body: string): number {
  const nl = body.indexOf("\n");
  return nl > 0 && nl <= 200 ? nl : -1;
}

/**
 * The features of one event. `siblings` are the other events the extractor found in the same report.
 */
export function eventFeatures(event: ScorableEvent, report: ReportText, siblings: readonly DefectionEvent[]): FeatureVector {
  const body = report.body;
  const triggers = event.evidence.spans.filter((s) => s.role === "trigger");
  const groupSpans = event.evidence.spans.filter((s) => s.role === "group");
  const primary = triggers[0];
  const trigger = triggerOf(body, primary);
  const form = trigger?.form ?? null;
  const words = new SentenceWords(body, event.evidence.sentence.start, event.evidence.sentence.end);
  const distance = primary && groupSpans.length > 0 ? Math.min(...groupSpans.map((g) => wordsBetween(body, primary, g))) : Infinity;
  const hl = headlineEnd(body);
  const nearestGroup = primary && groupSpans.length > 0 ? groupSpans.reduce((a, b) => (wordsBetween(body, primary, b) < wordsBetween(body, primary, a) ? b : a)) : null;
  const groupBefore = !!(primary && nearestGroup && nearestGroup.end <= primary.start);
  const beforeGroup = nearestGroup ? words.words(event.evidence.sentence.start, nearestGroup.start).slice(-2) : [];
  const mine = new Set(groupKeys(event));
  const others = siblings.filter((s) => s !== event);
  const sharesGroup = (s: DefectionEvent) => groupKeys(s).some((k) => mine.has(k));
  const count = event.count;
  return {
    trigger_is_verb: form === "verb" ? 1 : 0,
    trigger_is_weak_form: form === "plural" || form === "participle" ? 1 : 0,
    trigger_is_surrender: trigger?.cls === "surrender" ? 1 : 0,
    group_known: event.groups.some((g) => g.known) ? 1 : 0,
    group_far_from_trigger: distance > FAR_WORDS ? 1 : 0,
    group_before_trigger: groupBefore ? 1 : 0,
    group_after_source_preposition: hasAny(beforeGroup, SOURCE_BEFORE) ? 1 : 0,
    announcer_between_group_and_trigger: primary && nearestGroup && groupBefore && hasAny(words.words(nearestGroup.end, primary.start), ANNOUNCING_WORDS) ? 1 : 0,
    count_exact: count && count.low === count.high ? 1 : 0,
    count_absent: count ? 0 : 1,
    count_large: count && count.best >= 100 ? 1 : 0,
    count_single_person: count && count.high === 1 ? 1 : 0,
    smaller_figure_than_other_telling: others.some((s) => sharesGroup(s) && s.count !== null && (count === null || s.count.best > count.best)) ? 1 : 0,
    date_from_expression: event.date.basis === "expression" ? 1 : 0,
    date_default: event.date.basis === "default" ? 1 : 0,
    place_named: event.place ? 1 : 0,
    destination_named: event.destination ? 1 : 0,
    several_tellings: triggers.length > 1 ? 1 : 0,
    headline_only: hl > 0 && triggers.every((t) => t.end <= hl) ? 1 : 0,
    sentence_other_topic: hasAny(words.words(), OTHER_TOPIC_WORDS) ? 1 : 0,
    sentence_phenomenon: hasAny(words.words(), PHENOMENON_WORDS) ? 1 : 0,
    background_clause: BACKGROUND.test(words.text) ? 1 : 0,
    group_shared_with_other_event: others.some(sharesGroup) ? 1 : 0,
    may_retell_another_event: others.some((s) => datesOverlap(s, event) && s.count !== null && (count === null || count.best <= s.count.best)) ? 1 : 0,
    flagged_for_review: event.flags && event.flags.length > 0 ? 1 : 0,
  };
}
