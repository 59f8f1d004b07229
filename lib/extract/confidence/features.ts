/**
 * The features the confidence scorer reads: each a number in [0, 1] with a name a reviewer can
 * understand, computed only from an extracted event, the other events of its report and the
 * report text (never from the extractor's internals, which change from release to release).
 *
 * The word lists are language cues, not report wording; each has examples in features.test.ts.
 */
import * as $normalize from "../../arabic/normalize";
import type { NormalizedText } from "../../arabic/normalize";
import * as $triggers from "../triggers";
import type { Trigger } from "../triggers";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
import type { EvidenceSpan, UnscoredEvent } from "../types";
import * as $battle from "../refiners/battle";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters, normalizeArabic } = $normalize;
const { triggerAt } = $triggers;
const { FIGHT_WORDS, hasCountedToll, TALLY_WORDS } = $battle;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, stems, tokenAt, tokenize } = tokenModule;

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
  "sentence_toll",
  "sentence_tally",
  "surrender_in_fight",
  "verbless_item",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * Feature sets the training compares by cross-validation (the model keeps a weight of 0 for the
 * rest). `small` holds the cues with the clearest meaning for the role and reading of the incident;
 * `roles` adds every group-role and duplicate cue; `all` is everything.
 */
const ROLE_FEATURES = [
  "group_known", "group_after_source_preposition", "group_far_from_trigger", "group_before_trigger", "announcer_between_group_and_trigger",
  "count_absent", "count_large", "several_tellings", "headline_only", "sentence_phenomenon",
  "group_shared_with_other_event", "smaller_figure_than_other_telling", "may_retell_another_event", "trigger_is_surrender", "trigger_is_weak_form", "flagged_for_review",
  "verbless_item",
] as const satisfies readonly FeatureName[];

/**
 * Features added since lib/extract/confidence/weights.json was last trained: a weights file without them reads weight
 * 0 for them, so a branch that adds a feature keeps scoring as trained until `npm run train:confidence` writes them
 * (empty after every retrain; round 9's verbless_item is trained).
 */
export const UNTRAINED_FEATURES: readonly FeatureName[] = [];

export const FEATURE_SETS = {
  small: [
    "group_known", "group_after_source_preposition", "group_before_trigger", "trigger_is_surrender", "date_from_expression", "date_default",
    "several_tellings", "headline_only", "sentence_phenomenon", "may_retell_another_event", "flagged_for_review",
  ],
  roles: ROLE_FEATURES,
  /** `roles` and the cues of battle and tally reports (round 8): a toll, a tally, a surrender amid fighting. */
  battles: [...ROLE_FEATURES, "sentence_toll", "sentence_tally", "surrender_in_fight"],
  all: FEATURE_NAMES,
} as const satisfies Record<string, readonly FeatureName[]>;
export type FeatureSetName = keyof typeof FEATURE_SETS;
export type FeatureVector = Record<FeatureName, number>;

/** What a feature means, for the explanation shown with an event (English and Arabic: lib/i18n/messages.ts). */
export const featureMessageKey = <N extends FeatureName>(name: N) => `confidence.feature.${name}` as const;

/** An event as the scorer sees it (its review `flags`, e.g. "implausible-count", included). */
export type ScorableEvent = UnscoredEvent;

export interface ReportText {
  body: string;
  /** The body normalised and its words, when the caller has them (the extractor does). */
  norm?: NormalizedText;
  tokens?: readonly Token[];
}

const foldSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map((w) => foldLetters(w)));

/** Words that say the sentence is (also) about killing, wounding, arrest or fighting. */
export const OTHER_TOPIC_WORDS = foldSet(`قتل مقتل قتلى قتلوا قتيل قتيلا مصرع إصابة أصيب أصيبوا جرحى جريح اعتقال اعتقل اعتقلت اعتقلوا اعتقالات
  أسر أسرى القبض توقيف احتجاز اشتباكات اشتباك معارك معركة قصف غارات غارة هجوم هجمات تفجير استهداف`);
/** Words that make the trigger a phenomenon rather than one incident, read from 6 words before it to 3 after. */
const PHENOMENON_BEFORE = 6;
const PHENOMENON_AFTER = 3;
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

/**
 * A report's normalised text and words, made once per report (or handed over by the extractor,
 * which has them already): every cue reads words between original offsets through it.
 */
export class ReportView {
  readonly body: string;
  readonly norm: NormalizedText;
  readonly tokens: readonly Token[];
  /** End of the first line when the report opens with a short headline line, else -1. */
  readonly headlineEnd: number;
  private readonly keys = new Map<ScorableEvent, string[]>();

  constructor(report: ReportText) {
    this.body = report.body;
    this.norm = report.norm ?? normalizeArabic(report.body);
    this.tokens = report.tokens ?? tokenize(this.norm.text);
    const nl = report.body.indexOf("\n");
    this.headlineEnd = nl > 0 && nl <= 200 ? nl : -1;
  }

  /** The normalised index of an original offset (the first normalised char at or after it). */
  toNorm(original: number): number {
    const map = this.norm.map;
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid] < original) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Indexes [first, end) of the words that start inside the original range [from, to). */
  wordRange(from: number, to: number): [number, number] {
    const first = tokenAt(this.tokens, this.toNorm(from));
    return [first, Math.max(first, tokenAt(this.tokens, this.toNorm(to)))];
  }

  /** Some word in [first, end), read with or without its proclitics, is in the set. */
  anyWordIn(first: number, end: number, set: ReadonlySet<string>): boolean {
    for (let k = first; k < end; k++) if (anyIn(stems(this.tokens[k]), set)) return true;
    return false;
  }

  /** A key per group, so that two events naming the same group share one. */
  groupKeys(e: ScorableEvent): string[] {
    let keys = this.keys.get(e);
    if (!keys) this.keys.set(e, (keys = e.groups.map((g) => g.id ?? normalizeArabic(g.name_ar).text)));
    return keys;
  }
}

/** Words strictly between two spans. */
function wordsBetween(view: ReportView, a: EvidenceSpan, b: EvidenceSpan): number {
  const [first, end] = view.wordRange(Math.min(a.end, b.end), Math.max(a.start, b.start));
  return end - first;
}

/** A sentence's end: a full stop, a question or exclamation mark, a line break. */
const SENTENCE_END = /[.!?؟\n]/;
/**
 * The event's figure stands in a sentence with no word of leaving (refiners/verbless-items.ts, series.ts,
 * figure-nearby.ts): a sentence end between the figure and every trigger span of the event.
 */
function figureApartFromTriggers(view: ReportView, count: EvidenceSpan | undefined, triggers: readonly EvidenceSpan[]): boolean {
  if (!count || triggers.length === 0) return false;
  return triggers.every((t) => SENTENCE_END.test(view.body.slice(Math.min(t.end, count.end), Math.max(t.start, count.start))));
}

/** How many words after a trigger span its reading may need: "سلّم 60 عنصراً من التنظيم أنفسهم" is a surrender by "أنفسهم". */
const TRIGGER_TAIL = 14;

function triggerOf(view: ReportView, span: EvidenceSpan | undefined): Trigger | null {
  if (!span) return null;
  const [first, end] = view.wordRange(span.start, span.end);
  // The first trigger findTriggers would read in these words, if it starts at their first: read at word 0, or
  // (when none is there) at word 1 with the word before it (only two tokens read, not the whole tail).
  const words = view.tokens.slice(first, end + TRIGGER_TAIL);
  if (words.length === 0) return null;
  const atFirst = triggerAt(words, 0);
  if (atFirst) return atFirst;
  const atSecond = words.length > 1 ? triggerAt(words, 1) : null;
  return atSecond?.first === 0 ? atSecond : null;
}

const datesOverlap = (a: ScorableEvent, b: ScorableEvent) => a.date.start <= b.date.end && b.date.start <= a.date.end;

/** Whether a feature is to be computed. (Module functions rather than closures: tsx names every closure it creates.) */
function wants(wanted: ReadonlySet<FeatureName> | undefined, n: FeatureName): boolean {
  return !wanted || wanted.has(n);
}

/** Another event names one of these group keys. */
function sharesGroup(view: ReportView, mine: ReadonlySet<string>, s: ScorableEvent): boolean {
  return view.groupKeys(s).some((k) => mine.has(k));
}

/**
 * The features of one event. `siblings` are the other events the extractor found in the same report.
 */
export function eventFeatures(
  event: ScorableEvent,
  report: ReportText | ReportView,
  siblings: readonly ScorableEvent[],
  /** Only these are computed (the others read 0): a model with a few non-zero weights needs no more. */
  wanted?: ReadonlySet<FeatureName>,
): FeatureVector {
  const view = report instanceof ReportView ? report : new ReportView(report);
  const triggers = event.evidence.spans.filter((s) => s.role === "trigger");
  const groupSpans = event.evidence.spans.filter((s) => s.role === "group");
  const primary = triggers[0];
  const trigger = wants(wanted, "trigger_is_verb") || wants(wanted, "trigger_is_weak_form") || wants(wanted, "trigger_is_surrender") || wants(wanted, "surrender_in_fight") ? triggerOf(view, primary) : null;
  const form = trigger?.form ?? null;
  const [sentenceFirst, sentenceEnd] = view.wordRange(event.evidence.sentence.start, event.evidence.sentence.end);
  let nearestGroup: EvidenceSpan | null = null;
  let distance = Infinity;
  if (primary) {
    for (const g of groupSpans) {
      const d = wordsBetween(view, primary, g);
      if (d < distance) [distance, nearestGroup] = [d, g];
    }
  }
  const groupBefore = !!(primary && nearestGroup && nearestGroup.end <= primary.start);
  // The two words before the group (inside the sentence).
  const groupFirst = nearestGroup ? view.wordRange(nearestGroup.start, nearestGroup.start)[0] : sentenceFirst;
  const between = wants(wanted, "announcer_between_group_and_trigger") && primary && nearestGroup && groupBefore ? view.wordRange(nearestGroup.end, primary.start) : null;
  const [trigFirst, trigEnd] = primary ? view.wordRange(primary.start, primary.end) : [-1, -1];
  const hl = view.headlineEnd;
  // (the group keys only for the features that compare groups)
  const mine = wants(wanted, "smaller_figure_than_other_telling") || wants(wanted, "group_shared_with_other_event") ? new Set(view.groupKeys(event)) : null;
  const others = siblings.filter((s) => s !== event);
  const count = event.count;
  // The trigger's sentence counts a toll (a figure of dead, captured, wounded): a battle or casualty report.
  const toll = (wants(wanted, "sentence_toll") || wants(wanted, "surrender_in_fight")) && hasCountedToll(view.tokens, sentenceFirst, sentenceEnd);
  const surrender = trigger?.cls === "surrender";
  return {
    trigger_is_verb: form === "verb" ? 1 : 0,
    trigger_is_weak_form: form === "plural" || form === "participle" ? 1 : 0,
    trigger_is_surrender: surrender ? 1 : 0,
    group_known: event.groups.some((g) => g.known) ? 1 : 0,
    group_far_from_trigger: distance > FAR_WORDS ? 1 : 0,
    group_before_trigger: groupBefore ? 1 : 0,
    group_after_source_preposition: wants(wanted, "group_after_source_preposition") && nearestGroup && view.anyWordIn(Math.max(sentenceFirst, groupFirst - 2), groupFirst, SOURCE_BEFORE) ? 1 : 0,
    announcer_between_group_and_trigger: wants(wanted, "announcer_between_group_and_trigger") && between && view.anyWordIn(between[0], between[1], ANNOUNCING_WORDS) ? 1 : 0,
    count_exact: count && count.low === count.high ? 1 : 0,
    count_absent: count ? 0 : 1,
    count_large: count && count.best >= 100 ? 1 : 0,
    count_single_person: count && count.high === 1 ? 1 : 0,
    smaller_figure_than_other_telling: wants(wanted, "smaller_figure_than_other_telling") && others.some((s) => sharesGroup(view, mine!, s) && s.count !== null && (count === null || s.count.best > count.best)) ? 1 : 0,
    date_from_expression: event.date.basis === "expression" ? 1 : 0,
    date_default: event.date.basis === "default" ? 1 : 0,
    place_named: event.place ? 1 : 0,
    destination_named: event.destination ? 1 : 0,
    several_tellings: triggers.length > 1 ? 1 : 0,
    headline_only: hl > 0 && triggers.every((t) => t.end <= hl) ? 1 : 0,
    sentence_other_topic: wants(wanted, "sentence_other_topic") && view.anyWordIn(sentenceFirst, sentenceEnd, OTHER_TOPIC_WORDS) ? 1 : 0,
    sentence_phenomenon: wants(wanted, "sentence_phenomenon") && trigFirst >= 0 && view.anyWordIn(Math.max(sentenceFirst, trigFirst - PHENOMENON_BEFORE), Math.min(sentenceEnd, trigEnd + PHENOMENON_AFTER), PHENOMENON_WORDS) ? 1 : 0,
    background_clause: wants(wanted, "background_clause") && BACKGROUND.test(view.norm.text.slice(view.tokens[sentenceFirst]?.start ?? 0, view.tokens[sentenceEnd - 1]?.end ?? 0)) ? 1 : 0,
    group_shared_with_other_event: wants(wanted, "group_shared_with_other_event") && others.some((s) => sharesGroup(view, mine!, s)) ? 1 : 0,
    may_retell_another_event: wants(wanted, "may_retell_another_event") && others.some((s) => datesOverlap(s, event) && s.count !== null && (count === null || count.best <= s.count.best)) ? 1 : 0,
    flagged_for_review: event.flags && event.flags.length > 0 ? 1 : 0,
    sentence_toll: toll ? 1 : 0,
    sentence_tally: wants(wanted, "sentence_tally") && view.anyWordIn(sentenceFirst, sentenceEnd, TALLY_WORDS) ? 1 : 0,
    surrender_in_fight: wants(wanted, "surrender_in_fight") && surrender && (toll || view.anyWordIn(sentenceFirst, sentenceEnd, FIGHT_WORDS)) ? 1 : 0,
    verbless_item: wants(wanted, "verbless_item") && figureApartFromTriggers(view, event.evidence.spans.find((s) => s.role === "count"), triggers) ? 1 : 0,
  };
}
