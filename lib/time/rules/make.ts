import * as $normalize from "../../arabic/normalize";
import type { Day } from "../calendar";
import type { Span } from "../convention";
import type { Anchors, Reading, Rule, Trigger } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters } = $normalize;

/**
 * Builds a rule from a pattern source, its reader and its trigger words. The engine tries the
 * (sticky) pattern only where a trigger word starts, so a text is scanned once however many rules
 * there are. A named group `x` marks the expression itself (patterns may match a proclitic
 * before it that is not part of the span); `x` must end where the match ends. `anchors` (optional, see
 * Rule.anchors) lets the engine skip the rule at a trigger word that no anchor word follows.
 */
export function rule(id: string, source: string, read: (m: RegExpExecArray, text: string) => Reading | null, triggers: Trigger[], anchors?: Anchors): Rule {
  return { id, pattern: new RegExp(source, "y"), read, triggers, anchors };
}

/**
 * Anchors (Rule.anchors): every word of the "|"-separated forms, folded (DIGIT kept as is), within `within`
 * words of the trigger; `after`: strictly after it.
 */
export function anchors(forms: string, within: number, after = false): Anchors {
  return { words: [...new Set(forms.split(/[|\s]+/).filter(Boolean).map((x) => (x === DIGIT ? DIGIT : foldLetters(x))))], within, after };
}

/** The trigger for rules that start with a digit. */
export const DIGIT = "#digit";

/** The folded first word of each "|"-separated natural form ("أول أمس|أمس الأول" → ["اول", "امس"]). */
export function firstWords(forms: string): string[] {
  return [...new Set(forms.split("|").map((x) => foldLetters(x.trim()).split(" ")[0]).filter(Boolean))];
}

/**
 * The span of the expression: group `x` if the pattern has one, else the whole match. By
 * construction `x` ends where the match ends (only zero-width checks follow it), so its start is
 * known without the slower `d` (indices) flag.
 *
 * Readers do not spread this object into their reading: object spread costs microseconds on
 * Node 20 (measured ~1.4 µs against ~30 ns for the same literal written out), and a report has
 * dozens of readings. They use `spanStart`/`spanEnd` instead.
 */
export function span(m: RegExpExecArray): { start: number; end: number } {
  const end = m.index + m[0].length;
  const x = m.groups?.x;
  if (x !== undefined) return { start: end - x.length, end };
  return { start: m.index, end };
}

/** `span(m).start` without allocating (readers build their reading as one literal). */
export function spanStart(m: RegExpExecArray): number {
  const x = m.groups?.x;
  return x !== undefined ? m.index + m[0].length - x.length : m.index;
}

/** `span(m).end`. */
export function spanEnd(m: RegExpExecArray): number {
  return m.index + m[0].length;
}

/**
 * Wraps a reading's resolver. Passing the arrow as an argument keeps it anonymous, so tsx/esbuild's
 * keepNames does not attach a name to every closure (a `defineProperty` per candidate that made
 * scanning several times slower under tsx).
 */
export function resolver(f: (P: Day) => Span | null): (P: Day) => Span | null {
  return f;
}
