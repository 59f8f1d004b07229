/** A total over the whole war (war-total.ts): each example's first trigger is, or is not, part of one. */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../arabic/normalize";
import { tokenize } from "../tokens";
import { findTriggers } from "../triggers";
import { isWholeWarTotal, WAR_TOTAL_EXAMPLES } from "./war-total";

describe("whole-war total", () => {
  it.each(WAR_TOTAL_EXAMPLES)("%s → %s", (text, wholeWar) => {
    const tokens = tokenize(normalizeArabic(text).text);
    const trigger = findTriggers(tokens)[0];
    expect(trigger).toBeDefined();
    expect(isWholeWarTotal(tokens, trigger, 0, tokens.length - 1)).toBe(wholeWar);
  });
});
