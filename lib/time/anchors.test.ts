/**
 * Rule anchors (Rule.anchors) are a promise: every reading of the rule holds one of its anchor words at its
 * trigger word or within `within` words after it. The engine skips the rule where none is there, so a
 * broken promise would silently lose dates. Checked here on every example, negative and example sentence
 * of every module, at every word where the rule's pattern matches — not only where the engine tries it.
 */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../arabic/normalize";
import { parseCandidates } from "./engine";
import { RULE_MODULES } from "./rules";
import { anchors, DIGIT, rule } from "./rules/make";
import type { Rule } from "./rules/types";

/** Words as the engine splits them: runs of letters, runs of digits (with their offsets). */
function words(text: string): Array<{ text: string; start: number; digits: boolean }> {
  return [...text.matchAll(/[\u0621-\u064A\u066E-\u06D3]+|[0-9]+/g)].map((m) => ({ text: m[0], start: m.index!, digits: /^[0-9]/.test(m[0]) }));
}

/** The word, and the word without one proclitic (و ف ب ل ك), as the engine reads anchors. */
function readings(w: { text: string; digits: boolean }): string[] {
  if (w.digits) return [DIGIT];
  return /^[وفبلك]../.test(w.text) ? [w.text, w.text.slice(1)] : [w.text];
}

/** Readings of `r` at word starts (and after a proclitic) whose anchors are missing from their window. */
function brokenPromises(r: Rule, phrase: string): string[] {
  const text = normalizeArabic(phrase).text;
  const ws = words(text);
  const anchorSet = new Set(r.anchors!.words);
  const broken: string[] = [];
  ws.forEach((w, i) => {
    for (const at of [w.start, w.start + 1]) {
      r.pattern.lastIndex = at;
      const m = r.pattern.exec(text);
      // (a promise about readings: a pattern may match loosely and leave the rejection to its reader)
      if (!m || m[0].length === 0 || !r.read(m, text)) continue;
      const window = ws.slice(r.anchors!.after ? i + 1 : i, i + r.anchors!.within + 1);
      if (!window.some((x) => readings(x).some((y) => anchorSet.has(y)))) broken.push(`${r.id} at "${text.slice(at, at + m[0].length)}"`);
    }
  });
  return broken;
}

const anchored = RULE_MODULES.flatMap((mod) => mod.rules.filter((r) => r.anchors).map((r) => [mod, r] as const));

describe("rule anchors", () => {
  it("some rules declare anchors", () => {
    expect(anchored.length).toBeGreaterThan(10);
  });
  it.each(anchored.map(([mod, r]) => [`${mod.name}: ${r.id}`, mod, r] as const))("%s: every match holds an anchor", (_, mod, r) => {
    const phrases = [...mod.examples.map((e) => e[0]), ...(mod.negatives ?? []), ...RULE_MODULES.flatMap((m) => m.examples.map((e) => e[0]))];
    expect(phrases.flatMap((p) => brokenPromises(r, p))).toEqual([]);
  });
  it("the check can fail: a rule whose anchor is not in its match breaks its promise", () => {
    const wrong = rule("test-wrong", "امس", (m) => ({ start: m.index, end: m.index + 3, grain: "day", kind: "day", resolve: () => null }), ["امس"], anchors("اليوم", 2));
    expect(brokenPromises(wrong, "وصلوا امس الى ادلب")).toEqual(['test-wrong at "امس"']);
  });
  it("a text with as many words as characters keeps every word's anchors", () => {
    const text = "ب1".repeat(5000) + " سيعودون بعد شهرين";
    expect(parseCandidates(normalizeArabic(text).text).map((c) => c.rule)).toContain("months-ahead");
  });
  it("the engine skips a rule with no anchor in reach, and tries it with one", () => {
    // "بعد شهرين" is a date only with its unit; "بعد" alone before other words is not tried by months-ahead.
    const found = (s: string) => parseCandidates(normalizeArabic(s).text).map((c) => c.rule);
    expect(found("سيعودون بعد شهرين")).toContain("months-ahead");
    expect(found("بعد وصولهم الى المنطقة")).not.toContain("months-ahead");
  });
});
