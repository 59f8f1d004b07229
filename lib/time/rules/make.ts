import { foldLetters } from "../../arabic/normalize";
import type { Reading, Rule, Trigger } from "./types";

/**
 * Builds a rule from a pattern source, its reader and its trigger words. The engine tries the
 * (sticky) pattern only where a trigger word starts, so a text is scanned once however many rules
 * there are. Patterns are compiled with the `d` flag;
 * a named group `x` marks the expression itself (patterns may match a proclitic or a
 * preposition around it that is not part of the span).
 */
export function rule(id: string, source: string, read: (m: RegExpExecArray, text: string) => Reading | null, triggers: Trigger[]): Rule {
  return { id, pattern: new RegExp(source, "dy"), read, triggers };
}

/** The trigger for rules that start with a digit. */
export const DIGIT = "#digit";

/** The folded first word of each "|"-separated natural form ("أول أمس|أمس الأول" → ["اول", "امس"]). */
export function firstWords(forms: string): string[] {
  return [...new Set(forms.split("|").map((x) => foldLetters(x.trim()).split(" ")[0]).filter(Boolean))];
}

/** The span of the expression: group `x` if the pattern has one, else the whole match. */
export function span(m: RegExpExecArray): { start: number; end: number } {
  const x = m.indices?.groups?.x;
  if (x) return { start: x[0], end: x[1] };
  return { start: m.index, end: m.index + m[0].length };
}
