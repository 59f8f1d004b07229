/** Reading the counts' examples in their tests (counts*.test.ts): each table row through findCounts, as one check. */
import { expect } from "vitest";
import { normalizeArabic } from "../arabic/normalize";
import { findCounts } from "./counts";
import type { CountMention } from "./counts-mention";
import { tokenize } from "./tokens";

/** A phrase and the figure read from it (null = no figure, undefined = not a count of people). */
export type CountExample = [string, [number, number, number] | null | undefined];

/** Every count phrase of a text, normalised and tokenised as the extractor does. */
export function countsIn(text: string): CountMention[] {
  const norm = normalizeArabic(text).text;
  return findCounts(norm, tokenize(norm));
}

/** The widest phrase (not a subset) is the count of the example; with `undefined`, no phrase of people has a figure. */
export function checkCountExample(text: string, expected: CountExample[1]): void {
  const found = countsIn(text).filter((c) => !c.subset);
  if (expected === undefined) {
    expect(found.filter((c) => c.value !== null)).toEqual([]);
    return;
  }
  const main = found.sort((a, b) => (b.value?.best ?? 0) - (a.value?.best ?? 0))[0];
  expect(main, text).toBeDefined();
  expect(main.value ? [main.value.low, main.value.best, main.value.high] : null).toEqual(expected);
}
