/** The headline line (headline-line.ts detectHeadline): HEADLINE_EXAMPLES. */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../arabic/normalize";
import { detectHeadline, HEADLINE_EXAMPLES } from "./headline-line";
import { splitSentences } from "./sentences";

describe("the headline line (HEADLINE_EXAMPLES)", () => {
  it.each(HEADLINE_EXAMPLES)("%s → %s", (input, headline) => {
    const text = normalizeArabic(input).text;
    expect(detectHeadline(text, splitSentences(text)) === 0).toBe(headline);
  });
});
