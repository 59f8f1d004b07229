/**
 * The headline line of a report body (round 16, moved out of candidates.ts in round 17): whether the first line is a
 * headline, so the sentences under it are read as its story. Examples: HEADLINE_EXAMPLES (headline-line.test.ts).
 */
import type { Segment } from "./sentences";

/**
 * The headline: a short first line with no final stop, in a body of more than one sentence; -1 when none. (round 16)
 * Two dots or more («..»، «…») closing the line are a headline's trailing ellipsis, no final stop: «انشقاقات جديدة في
 * صفوف قسد..» heads the body as «انشقاقات جديدة في صفوف قسد» does. Examples: HEADLINE_EXAMPLES.
 */
export function detectHeadline(text: string, sentences: readonly Segment[]): number {
  if (sentences.length < 2) return -1;
  const s = sentences[0];
  const lineEnd = text.indexOf("\n");
  if (lineEnd < 0 || s.end > lineEnd) return -1;
  const line = text.slice(s.start, s.end);
  if (line.length > 160 || (/[.!]$/.test(line) && !/(\.\.|…)$/.test(line))) return -1;
  return 0;
}

/** [text, whether its first line is the headline]. */
export const HEADLINE_EXAMPLES: Array<[string, boolean]> = [
  ["انشقاقات جديدة في صفوف قسد\nقالت مصادر إن خمسة عناصر انشقوا عنها أمس.", true],
  ["انشقاقات جديدة في صفوف قسد..\nقالت مصادر إن خمسة عناصر انشقوا عنها أمس.", true],
  ["عناصر ينشقون عن الفرقة الرابعة في درعا...\nقالت مصادر إن خمسة عناصر انشقوا عنها أمس.", true],
  ["عناصر ينشقون عن الفرقة الرابعة في درعا…\nقالت مصادر إن خمسة عناصر انشقوا عنها أمس.", true],
  // negatives: a first line closed by one stop is a sentence of the body; one line only
  ["انشق خمسة عناصر عن قسد أمس.\nوقالت مصادر إنهم وصلوا إلى ريف حلب.", false],
  ["انشقاقات جديدة في صفوف قسد.. قالت مصادر إن خمسة عناصر انشقوا عنها أمس.", false],
];
