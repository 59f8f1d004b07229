import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../arabic/normalize";
import { KICKER_EXAMPLES, RUN_IN_EXAMPLES, splitRunInHeadline } from "./headline-run-in";
import { splitSentences } from "./sentences";
import { tokenize } from "./tokens";
import { findTriggers } from "./triggers";

describe("a headline run into the body (RUN_IN_EXAMPLES)", () => {
  for (const [input, expected] of RUN_IN_EXAMPLES) {
    it(input, () => {
      const text = normalizeArabic(input).text;
      const tokens = tokenize(text);
      const { sentences } = splitRunInHeadline(text, tokens, findTriggers(tokens), splitSentences(text));
      expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(expected.map((e) => normalizeArabic(e).text));
    });
  }
});

describe("a kicker before a headline run into the body (KICKER_EXAMPLES)", () => {
  for (const [input, expected] of KICKER_EXAMPLES) {
    it(input, () => {
      const text = normalizeArabic(input).text;
      const tokens = tokenize(text);
      const { sentences } = splitRunInHeadline(text, tokens, findTriggers(tokens), splitSentences(text));
      expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(expected.map((e) => normalizeArabic(e).text));
    });
  }
});
