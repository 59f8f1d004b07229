import type { Day } from "../calendar";
import type { DateKind, Span } from "../convention";
import type { ExplanationRef } from "../../i18n/explanation";
import type { Grain } from "../types";

/**
 * What a rule read at one place in the normalised text. `resolve` is called once per publication
 * day (twice for a window), so a reading holds no dates of its own.
 */
export interface Reading {
  /** Normalised span of the expression (defaults to the regex match). */
  start: number;
  end: number;
  grain: Grain;
  kind: DateKind;
  /** The range for one publication day P, or null if it does not exist (e.g. 31 شباط). */
  resolve(P: Day): Span | null;
  /** A note for the explanation, as a message reference ("explain.note.*"). */
  note?: ExplanationRef;
  /** For refiners: the weekday (0 = Sunday) this reading names, if it is a weekday. */
  weekday?: number;
  /** For refiners: a reading that names an absolute calendar day (wins over a weekday). */
  absolute?: boolean;
  /** A more specific rule id than the rule's own ("days-ago" from the "ago" rule). */
  id?: string;
  /** Not an expression but a word the refiners attach to the next one ("مساء", "منذ"). */
  marker?: "timeOfDay" | "since";
  /** "قبل يوم من …": the days from another event, if the refiner finds that event's date (-1). */
  offsetDays?: number;
  /**
   * "في اليوم التالي"، "اليوم السابق"، "الساعة الثالثة عصراً": relative to the last day named before it
   * in the text, shifted by this many days; with none, relative to P (the reading's own resolve).
   */
  anchorShift?: number;
  /** "وفي العاشر منه": that day of the month of the last day named before it (with none, of P's month). */
  anchorDayOfMonth?: number;
  /** Future by meaning even when its range touches P ("خلال الساعات المقبلة"); else decided by the range. */
  future?: boolean;
  /** A time of day or clock time with no day of its own ("الساعة الثالثة عصراً"، "بعد منتصف الليل"). */
  timeOnly?: boolean;
  /** After "أمس الأحد" is merged: the weekday the text names, checked against the resolved day. */
  checkWeekday?: number;
}

/** A candidate: a reading plus the rule that produced it. */
export interface Candidate extends Reading {
  rule: string;
}

/** A first word that makes a rule worth trying (folded, without proclitic), or "#digit" for a digit run. */
export type Trigger = string;

/**
 * A rule: a sticky regex run over the normalised text, and a reader that turns each match into a
 * reading (or rejects it). Readers may widen the span (e.g. back over a number).
 */
export interface Rule {
  id: string;
  pattern: RegExp;
  read(m: RegExpExecArray, text: string): Reading | null;
  /** The words (or "#digit") at which the pattern can start, proclitics aside. */
  triggers: Trigger[];
  /**
   * Optional, for speed only: words (folded, proclitics aside, or "#digit") one of which every reading holds,
   * at its trigger word or among the `within` words after it (words as the engine splits them: runs of
   * letters, runs of digits); with `after`, only among the words after it (a second number: "2012-2014").
   * The engine skips the rule where none is there. A rule that declares none is tried at every trigger, as before.
   */
  anchors?: Anchors;
}

/** See Rule.anchors. */
export interface Anchors {
  words: readonly Trigger[];
  within: number;
  /** The anchor is not the trigger word itself but one of the words after it. */
  after?: boolean;
}

/**
 * One example of a rule: [phrase in natural Arabic, P (day, month or a..b), expected start,
 * expected end, grain, "future" when the match must be marked future (and only then)]. The phrase may be a whole sentence; the best match in it is checked.
 */
export type Example = [phrase: string, published: string, start: string, end: string, grain: Grain, mark?: "future"];

/** A rule module: its rules and the corpus that shows (and tests) what they match and yield. */
export interface RuleModule {
  name: string;
  rules: Rule[];
  examples: Example[];
  /** Phrases in which this module must find nothing. */
  negatives?: string[];
}
