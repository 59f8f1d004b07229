import { describe, expect, it } from "vitest";
import { ABROAD_KEY, ABROAD_WORDS, CAUGHT_AFTER, CAUGHT_AFTER_KEY, HIDDEN, UNKNOWN_WHERE, WHEREABOUTS_KEY } from "./lexicon";

/**
 * Every string a regex of literals, groups of alternatives and `?` matches (`^` and `$` read as nothing): the
 * regexes the keys stand in front of are finite languages, so each key is checked against all of their matches.
 */
function language(source: string): string[] {
  let i = 0;
  function alternatives(): string[] {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (source[i] !== "|") return out;
      i++;
    }
  }
  function sequence(): string[] {
    let out = [""];
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      let atom: string[];
      if (source[i] === "(") {
        i++;
        atom = alternatives();
        i++; // ")"
      } else if (source[i] === "^" || source[i] === "$") {
        atom = [""];
        i++;
      } else atom = [source[i++]];
      if (source[i] === "?") {
        atom = [...atom, ""];
        i++;
      }
      out = out.flatMap((a) => atom.map((b) => a + b));
    }
    return out;
  }
  return alternatives();
}

describe("the letters a window must hold before a regex is read (candidates.ts)", () => {
  const cases: Array<[string, RegExp, RegExp]> = [
    ["CAUGHT_AFTER", CAUGHT_AFTER, CAUGHT_AFTER_KEY],
    ["UNKNOWN_WHERE", UNKNOWN_WHERE, WHEREABOUTS_KEY],
    ["HIDDEN", HIDDEN, WHEREABOUTS_KEY],
    ["ABROAD_WORDS", ABROAD_WORDS, ABROAD_KEY],
  ];
  for (const [name, regex, key] of cases) {
    it(`every match of ${name} holds its key inside one word`, () => {
      const matches = language(regex.source);
      expect(matches.length).toBeGreaterThan(5);
      for (const m of matches) expect(regex.test(m), m).toBe(true);
      const missed = matches.filter((m) => !m.split(" ").some((word) => key.test(word)));
      expect(missed).toEqual([]);
    });
  }
  it("the expander reads optional parts and alternatives", () => {
    expect(language("و?(ا|ب)ج( |$)").sort()).toEqual(["اج", "اج ", "بج", "بج ", "واج", "واج ", "وبج", "وبج "]);
  });
});
