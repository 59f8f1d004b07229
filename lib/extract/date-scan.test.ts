/**
 * The date engine reads the extractor's tokens (dates.ts `dateScanWords`) instead of splitting the text again:
 * it must find exactly the candidates its own scan finds, and decline (null) a split that is not its own.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../arabic/normalize";
import { parseCandidates, parseCandidatesOfWords, scanWordOf } from "../time/engine";
import { RULE_MODULES } from "../time/rules";
import { dateScanWords } from "./dates";
import { tokenize } from "./tokens";

const found = (cands: ReadonlyArray<{ rule?: string; start: number; end: number }>) => cands.map((c) => `${c.rule}@${c.start}-${c.end}`);

function bothScans(phrase: string): { own: string[]; fromTokens: string[] | null } {
  const text = normalizeArabic(phrase).text;
  const split = parseCandidatesOfWords(text, dateScanWords(tokenize(text)));
  return { own: found(parseCandidates(text)), fromTokens: split && found(split) };
}

const seeds = readFileSync(path.resolve(__dirname, "../../data/dev/seeds.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text as string);

describe("the date scan over the extractor's tokens", () => {
  const phrases = [...RULE_MODULES.flatMap((m) => [...m.examples.map((e) => e[0]), ...(m.negatives ?? [])]), ...seeds];
  it("finds the candidates of the engine's own scan in every rule example, negative and seed report", () => {
    expect(phrases.length).toBeGreaterThan(300);
    const differ = phrases.filter((p) => {
      const { own, fromTokens } = bothScans(p);
      return fromTokens === null || fromTokens.join() !== own.join();
    });
    expect(differ).toEqual([]);
  });
  it("skips Latin words as the engine does, so anchors count the same words", () => {
    const { own, fromTokens } = bothScans("ABC سيعودون def بعد شهرين xyz في 2014");
    expect(own.join()).toContain("months-ahead");
    expect(fromTokens).toEqual(own);
  });
  it("declines a split that is not the engine's: Latin glued to Arabic, a letter it reads that tokenize does not", () => {
    expect(bothScans("abcامس انشق 5 عناصر").fromTokens).toBeNull();
    expect(bothScans("انشق \u066Eعض العناصر امس").fromTokens).toBeNull();
    // a split inside a word (two runs of letters with nothing between them)
    const text = "وصلوا امس";
    const cut = [{ start: 0, end: 3 }, { start: 3, end: 5 }, { start: 6, end: 9 }];
    expect(parseCandidatesOfWords(text, { tokens: cut, scanWord: (t) => scanWordOf(text.slice(t.start, t.end)) })).toBeNull();
  });
});
