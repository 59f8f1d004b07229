/** A flight in a fight's toll (battle.ts): each example's first trigger is, or is not, a unit routed. */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../arabic/normalize";
import { tokenize } from "../tokens";
import { findTriggers } from "../triggers";
import { BATTLE_EXAMPLES, COUNTED_TOLL_EXAMPLES, hasCountedToll, isRoutInFight, routParts } from "./battle";

describe("a rout in a fight's toll", () => {
  it.each(BATTLE_EXAMPLES)("%s → %s", (text, routed) => {
    const tokens = tokenize(normalizeArabic(text).text);
    const trigger = findTriggers(tokens)[0];
    expect(trigger).toBeDefined();
    expect(isRoutInFight(tokens, trigger, 0, tokens.length - 1)).toBe(routed);
    // the parts scripts/error-stages.ts counts compose to the same decision
    const parts = routParts(tokens, trigger, 0, tokens.length - 1);
    expect(!parts.leftAGroupAfter && ((parts.countedToll && parts.fight) || parts.tallyOfLosses)).toBe(routed);
  });
});

describe("a counted toll", () => {
  it.each(COUNTED_TOLL_EXAMPLES)("%s → %s", (text, counted) => {
    const tokens = tokenize(normalizeArabic(text).text);
    expect(hasCountedToll(tokens, 0, tokens.length)).toBe(counted);
  });
});
