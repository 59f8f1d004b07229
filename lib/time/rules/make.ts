import type { Reading, Rule } from "./types";

/**
 * Builds a rule from a pattern source and its reader. Patterns are compiled with the `d` flag;
 * a named group `x` marks the expression itself (patterns may match a proclitic or a
 * preposition around it that is not part of the span).
 */
export function rule(id: string, source: string, read: (m: RegExpExecArray, text: string) => Reading | null): Rule {
  return { id, pattern: new RegExp(source, "dg"), read };
}

/** The span of the expression: group `x` if the pattern has one, else the whole match. */
export function span(m: RegExpExecArray): { start: number; end: number } {
  const x = m.indices?.groups?.x;
  if (x) return { start: x[0], end: x[1] };
  return { start: m.index, end: m.index + m[0].length };
}
