/**
 * A guard against the round-7 quadratic (not a timed test): the characters the dateline checks read beyond
 * their candidates (refiners.ts datelineLookWork) must grow linearly with the text. Before the fix every
 * calendar date looked back to its line start, so "12/5 " × n read ~n²/10 characters.
 */
import { describe, expect, it } from "vitest";
import { findDateExpressions } from "./index";
import { datelineLookWork } from "./refiners";

const P = { start: "2021-06-20", end: "2021-06-20" };

/** Work and matches of one scan. */
function scan(text: string): { chars: number; matches: number } {
  datelineLookWork.chars = 0;
  const matches = findDateExpressions(text, P).length;
  return { chars: datelineLookWork.chars, matches };
}

// Texts of `copies` repetitions, each with one calendar date (the candidates the dateline checks look at).
const SHAPES: Array<[string, (copies: number) => string]> = [
  ["day/month, no newline", (k) => "12/5 ".repeat(k)],
  ["day and month name, no newline", (k) => "3 آذار ".repeat(k)],
  ["full dates in sentences, one per line", (k) => "انشق في 15 آذار 2022 عنصر\n".repeat(k)],
  ["wire datelines after three long first lines", (k) => ("ب".repeat(k) + "\n").repeat(3) + "دمشق - 12/5 -\n".repeat(k)],
];

describe("the dateline checks' work grows linearly with the text", () => {
  for (const [name, make] of SHAPES) {
    it(name, () => {
      const once = scan(make(2_000));
      const twice = scan(make(4_000));
      // The inputs do hold calendar dates (else the count would be trivially flat).
      expect(once.matches).toBeGreaterThanOrEqual(2_000);
      expect(twice.matches).toBe(2 * once.matches);
      expect(once.chars).toBeGreaterThan(0);
      expect(twice.chars).toBeLessThanOrEqual(2.2 * once.chars);
    });
  }
});
