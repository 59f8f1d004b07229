import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "./normalize";
import { WordFilter, unitsHash, wordHash } from "./word-filter";

const seeds = readFileSync(path.join(__dirname, "../../data/dev/seeds.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => normalizeArabic(JSON.parse(l).text).text);
const words = seeds.flatMap((t) => t.split(/[^\u0621-\u064a0-9]+/)).filter(Boolean);

const unitsOf = (s: string) => Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

describe("wordHash", () => {
  it("reads a word in place as it reads the word alone", () => {
    const text = "وقالت مصادر إن 12 عنصراً انشقوا";
    for (const m of text.matchAll(/\S+/g)) expect(wordHash(text, m.index, m.index + m[0].length)).toBe(wordHash(m[0], 0, m[0].length));
  });
  it("tells apart words that differ in a letter it reads (the first two and the last two)", () => {
    expect(wordHash("انشق", 0, 4)).not.toBe(wordHash("اتشق", 0, 4));
    expect(wordHash("الجيش", 0, 5)).not.toBe(wordHash("الجيس", 0, 5));
    expect(wordHash("ab", 0, 2)).not.toBe(wordHash("ba", 0, 2));
  });
  it("is unitsHash of the same letters read from a typed array (findNumbers reads its text so)", () => {
    const text = seeds.join("\n");
    const units = unitsOf(text);
    for (const m of text.matchAll(/\S{0,9}/g)) expect(unitsHash(units, m.index, m.index + m[0].length)).toBe(wordHash(text, m.index, m.index + m[0].length));
    const filter = new WordFilter(words.slice(0, 50));
    for (const w of words) expect(filter.mayHaveUnits(unitsOf(w), 0, w.length)).toBe(filter.mayHave(w));
  });
});

describe("WordFilter", () => {
  const members = ["انشق", "انشقوا", "فرار", "الدفاع", "ف", "قسد", "12"];
  const filter = new WordFilter(members);
  it("never turns a member away, alone or inside a text", () => {
    for (const w of members) expect(filter.mayHave(w)).toBe(true);
    const text = `و${members.join(" ")}`;
    let at = 1;
    for (const w of members) {
      expect(filter.mayHave(text, at, at + w.length)).toBe(true);
      at += w.length + 1;
    }
  });
  it("turns away almost every other word of a real text", () => {
    const others = words.filter((w) => !members.includes(w));
    const through = others.filter((w) => filter.mayHave(w)).length;
    expect(others.length).toBeGreaterThan(500);
    expect(through / others.length).toBeLessThan(0.02);
  });
  it("an empty filter lets nothing through", () => {
    expect(new WordFilter().mayHave("انشق")).toBe(false);
  });
});
