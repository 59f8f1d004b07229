import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "./index";
import { foldedWords } from "../arabic/normalize";
import { classesOf, highClassesOf, inClass, tokenize, wordClass, wordClassCount } from "./tokens";

// (a file of its own: it fills the registry of word classes, which no later module could then add to)
describe("the word classes' capacity", () => {
  it("registers classes up to the capacity, past the 31 of one integer, and throws at one past it", () => {
    const input = { id: "t", body: "انشق 5 عناصر من الفرقة الرابعة في درعا أمس.", published: { start: "2021-06-14", end: "2021-06-14" } };
    const before = JSON.stringify(extractEventsStrict(input));
    // (a word met before its class was registered: its classes are computed again)
    const [seen] = tokenize("وبالجيش");
    const low = classesOf(seen);
    const { made, max } = wordClassCount();
    // (round 14: 30 of the first 31 were taken; at least 8 more must fit)
    expect(max).toBeGreaterThanOrEqual(Math.max(made, 30) + 8);
    // a word of its own for each class (ز then k + 1 letters ب)
    const w = (k: number) => "ز" + "ب".repeat(k + 1);
    const handles: number[] = [];
    for (let k = made; k < max; k++) handles.push(wordClass(foldedWords(k === made + 3 || k === max - 1 ? `الجيش ${w(k)}` : w(k))));
    expect(new Set(handles).size).toBe(handles.length);
    expect(wordClassCount().made).toBe(max);
    expect(() => wordClass(foldedWords(w(max)))).toThrow(/at most 62/);

    const [word] = tokenize("وبالجيش");
    for (let k = made; k < max; k++) expect(inClass(word, handles[k - made])).toBe(k === made + 3 || k === max - 1);
    expect(inClass(seen, handles[3])).toBe(true);
    expect(inClass(tokenize(w(40))[0], handles[40 - made])).toBe(true);
    expect(inClass(tokenize("و" + w(40))[0], handles[40 - made])).toBe(true);
    expect(inClass(tokenize(w(40))[0], handles[41 - made])).toBe(false);
    // the classes of the first integer are as before; the later ones are bits of highClassesOf, never of classesOf
    expect(classesOf(word)).toBe(low);
    expect(highClassesOf(word)).toBe(-handles[max - 1 - made] | (made + 3 >= 31 ? -handles[3] : 0));
    expect(JSON.stringify(extractEventsStrict(input))).toBe(before);
  });
});
