/** The killed-or-held lexicon read as words (lexicon.ts KILLED_OR_HELD_WORDS, MISSING_WORDS; series.ts killedOrHeldIn). */
import { describe, expect, it } from "vitest";
import { foldLetters } from "../arabic/normalize";
import { KILLED_OR_HELD_WORDS, MISSING_WORDS } from "./lexicon";
import { killedOrHeldIn } from "./refiners/series";
import { stems } from "./tokens";

const reads = (word: string) => killedOrHeldIn(stems(foldLetters(word)));

describe("words of killing, capture and loss, with their endings", () => {
  it.each(["قتلوا", "قتلته", "قتيلان", "جريحين", "مقتلهم", "اعتقالهما", "اعتقلتهم", "إصابته", "إصابات", "أسرت", "أسروا", "خسائرها", "احتجازهم", "وبمقتل", "فقدوا", "فقدانهم"])("%s", (w) =>
    expect(reads(w)).toBe(true),
  );
});
describe("longer words that only start like one", () => {
  // ف + قدّم/قدّر/قدِم, a family, a name, glass, a faction
  it.each(["فقدّم", "فقدّرت", "فقدموا", "أسرة", "أسرهم", "أسرتهم", "إسرائيل", "أسراب", "زجاج", "فصائل", "قتال", "أسرع"])("%s", (w) => expect(reads(w)).toBe(false));
});
describe("the missing apart from the killed and held", () => {
  it("reads contact lost as missing only", () => {
    for (const w of ["فقد", "فقدت", "فقدان", "مفقودين"]) {
      expect(MISSING_WORDS.has(foldLetters(w)), w).toBe(true);
      expect(KILLED_OR_HELD_WORDS.has(foldLetters(w)), w).toBe(false);
    }
  });
});
