/** Runs every rule module's corpus (Duckling-style): each example is also a test. */
import { describe, expect, it } from "vitest";
import { publicationWindow } from "./publication";
import { findDateExpressionsInPhrase, resolveExpression } from "./index";
import { RULE_MODULES } from "./rules";

function win(p: string) {
  const r = publicationWindow(p);
  if (!r.ok) throw new Error(`bad P ${p}: ${r.error}`);
  return r.window;
}

for (const mod of RULE_MODULES) {
  describe(`rules: ${mod.name}`, () => {
    it.each(mod.examples)("%s (P=%s) → %s..%s %s %s", (phrase, P, start, end, grain, mark) => {
      const m = resolveExpression(phrase, win(P));
      expect(m, `no match in "${phrase}"`).not.toBeNull();
      expect({ start: m!.start, end: m!.end, grain: m!.grain, future: m!.future === true }).toEqual({ start, end, grain, future: mark === "future" });
    });
    if (mod.negatives?.length) {
      it.each(mod.negatives)("finds nothing in %s", (phrase) => {
        // Every match counts, whatever rule produced it: a negative is a phrase with no date in it.
        const found = findDateExpressionsInPhrase(phrase, win("2021-06-20"));
        expect(found.map((m) => `${m.text} (${m.rule})`)).toEqual([]);
      });
      it("the negative check can fail: it sees a date any module finds", () => {
        expect(findDateExpressionsInPhrase("نهاية العام", win("2021-06-20"))).not.toEqual([]);
      });
    }
  });
}
