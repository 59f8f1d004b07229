import { describe, expect, it } from "vitest";
import { classesOf, stems, tokenAt, tokenize, wordMemo, wordOf, type Token } from "./tokens";

/** n distinct words of Arabic letters (the numbers 1…n written in base 28). */
function distinctWords(n: number): string[] {
  const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  return Array.from({ length: n }, (_, i) => {
    let w = "";
    for (let k = i + 1; k > 0; k = Math.floor(k / letters.length)) w += letters[k % letters.length];
    return w;
  });
}

describe("the word table", () => {
  it("gives every occurrence of a word the same Word, and each token the text it covers", () => {
    const text = "انشق 12 عنصراً من الفرقة، وانشق 3 آخرون من الفرقة الرابعة";
    const tokens = tokenize(text);
    for (const t of tokens) expect(t.text).toBe(text.slice(t.start, t.end));
    const same = (w: string) => tokens.filter((t) => t.text === w).map((t) => t.word);
    expect(same("الفرقة")).toHaveLength(2);
    expect(same("الفرقة")[0]).toBe(same("الفرقة")[1]);
    expect(tokenize("الفرقة")[0].word).toBe(same("الفرقة")[0]);
    expect(wordOf("الفرقة")).toBe(same("الفرقة")[0]);
    expect(same("انشق")[0]).not.toBe(tokens.find((t) => t.text === "وانشق")!.word);
  });

  it("keeps words apart whose letters hash alike or differ by one letter, however many words it holds", () => {
    // 20,000 distinct words (the table grows several times), each read twice: every token keeps its own text.
    const words = distinctWords(20_000);
    const text = `${words.join(" ")} ${words.join(" ")}`;
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(40_000);
    for (let i = 0; i < 20_000; i++) {
      expect(tokens[i].text).toBe(words[i]);
      expect(tokens[i + 20_000].word).toBe(tokens[i].word);
    }
    // "اي" and "بث" have the same hash (31 × ا + ي = 31 × ب + ث): the letters decide.
    const [ay, bth] = tokenize("اي بث");
    expect([ay.text, bth.text]).toEqual(["اي", "بث"]);
    expect(ay.word).not.toBe(bth.word);
    // digits are words too ("12" is not "21")
    const [a, b] = tokenize("12 21");
    expect(a.text).toBe("12");
    expect(b.text).toBe("21");
    expect(a.word).not.toBe(b.word);
  });

  it("starts again empty past 65,536 words and still finds each word by its letters", () => {
    const words = distinctWords(70_000);
    const first = tokenize(words.join(" "));
    const again = tokenize(`${words.slice(-100).join(" ")} ${words.slice(0, 100).join(" ")}`);
    for (let i = 0; i < 100; i++) {
      expect(again[i].text).toBe(words[69_900 + i]);
      // (the last words were met after the table started again: the same Word)
      expect(again[i].word).toBe(first[69_900 + i].word);
      expect(again[100 + i].text).toBe(words[i]);
      expect(again[100 + i].word.text).toBe(words[i]);
    }
  });

  it("reads a word's stems and classes as a string of the same letters would", () => {
    const [t] = tokenize("وبالدفاع");
    // (the word itself first, then its readings without proclitics)
    expect(stems(t)[0]).toBe("وبالدفاع");
    expect([...stems(t)].sort()).toEqual(["الدفاع", "بالدفاع", "وبالدفاع"].sort());
    expect(stems("وبالدفاع")).toEqual(stems(t));
    expect([...stems("للنظام")].sort()).toEqual(["النظام", "لنظام", "للنظام"].sort());
    expect(stems("الفرقة")).toEqual(["الفرقة"]);
    expect(classesOf(t)).toBe(classesOf(tokenize("وبالدفاع")[0]));
  });

  it("computes a memo once per distinct word, not once per token", () => {
    const calls: string[] = [];
    const lengthOf = wordMemo((word) => {
      calls.push(word.text);
      return word.text.length;
    });
    const tokens: Token[] = tokenize("عنصر عنصر عنصرا عنصر");
    expect(tokens.map(lengthOf)).toEqual([4, 4, 5, 4]);
    expect(calls).toEqual(["عنصر", "عنصرا"]);
  });
});

describe("tokenAt", () => {
  /** The definition: the first token whose start is at or after the offset. */
  const reference = (tokens: readonly Token[], offset: number) => {
    const k = tokens.findIndex((t) => t.start >= offset);
    return k < 0 ? tokens.length : k;
  };
  it("answers every offset as the definition does, for two arrays asked in turn and an array grown since", () => {
    const a = tokenize("انشق  5 عناصر، من الفرقة الرابعة (أمس).");
    const b = tokenize("وفر آخرون");
    for (let offset = -2; offset <= 45; offset++) {
      expect(tokenAt(a, offset)).toBe(reference(a, offset));
      expect(tokenAt(b, offset)).toBe(reference(b, offset));
    }
    const grown: Token[] = [];
    for (const t of a) {
      grown.push(t);
      for (let offset = 0; offset <= 45; offset++) expect(tokenAt(grown, offset)).toBe(reference(grown, offset));
    }
    expect(tokenAt([], 3)).toBe(0);
    // (the index tokenize writes as it reads the words)
    const c = tokenize("  فر 12 عنصرا؛ ووصلوا.  ");
    for (let offset = -1; offset <= 27; offset++) expect(tokenAt(c, offset)).toBe(reference(c, offset));
  });
});
