/**
 * The Arabic date engine (issue 3). Pure: no I/O.
 *
 * - `findDateExpressions(text, published)`: every temporal expression in an ORIGINAL text, sorted by
 *   offset, non-overlapping, offsets into the original.
 * - `findDateExpressionsIn(norm, original, published)`: the same for a caller that already ran
 *   `normalizeArabic(original)` (the extractor normalises once per report), and may hand over its words
 *   (`SplitWords`: its tokens, with `scanWordOf` kept per distinct word) so the text is not split again.
 * - `resolveExpression(phrase, published)`: the single best (longest) expression in a phrase.
 *
 * Each DateMatch carries `kind` ("day" | "period" | "vague") and its rule id. Rule ids the extractor
 * should know: "today-until" (an end bound: "حتى اليوم"), "since" ([start, P]), "dateline-…" (a
 * header/publication date, never an event date), "relative-to-event" ("قبل يوم من بيان …", counted
 * from the calendar date before it). `normOffset`/`normEndOffset` give the span in the normalised
 * text. The convention is documented in ./convention.ts.
 */
import type { NormalizedText } from "../arabic/normalize";
import * as $engine from "./engine";
import type { SplitWords } from "./engine";
import type { DateMatch, PublicationWindow } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { find, findIn } = $engine;

export type { DateMatch, PublicationWindow } from "./types";
export { scanWordOf, type ScanWord, type SplitWords } from "./engine";

export function findDateExpressions(text: string, published: PublicationWindow): DateMatch[] {
  return find(text, published);
}

export function findDateExpressionsIn(norm: NormalizedText, original: string, published: PublicationWindow, words?: SplitWords): DateMatch[] {
  return findIn(norm, original, published, { words });
}

export function resolveExpression(phrase: string, published: PublicationWindow): DateMatch | null {
  const all = find(phrase, published, { datelines: false });
  let best: DateMatch | null = null;
  for (const m of all) if (!best || m.endOffset - m.offset > best.endOffset - best.offset) best = m;
  return best;
}

/** Like `findDateExpressions`, without dateline marking (for single phrases or sentences, e.g. the CLI). */
export function findDateExpressionsInPhrase(phrase: string, published: PublicationWindow): DateMatch[] {
  return find(phrase, published, { datelines: false });
}
