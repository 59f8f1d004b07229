import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldLetters, normalizeArabic, originalSpan } from "./normalize";

describe("normalizeArabic", () => {
  it.each([
    // [original, normalised]
    ["أإآٱ", "اااا"],
    ["مستشفى", "مستشفي"],
    ["مدينة", "مدينه"],
    ["مؤخراً", "موخرا"],
    ["مئة", "ميه"],
    ["یک", "يك"],
    ["١٢٣٤٥٦٧٨٩٠", "1234567890"],
    ["۱۲۳", "123"],
    ["ثَلاثَةٌ", "ثلاثه"],
    ["الانـــشقاق", "الانشقاق"],
    ["هـ.روب", "هروب"],
    ["السـ,خط", "السخط"],
    ["انشـ .ـقاق", "انشقاق"],
    ["انشـ ـق", "انشق"], // spaces wrapped in tatweel on both sides
    ["كلمة ـكلمة", "كلمه كلمه"], // a space before a tatweel alone is an ordinary space
    ["خسـ.ائر", "خساير"],
    ["ه.روب", "هروب"],
    ["ه.ًروب", "هروب"], // a diacritic inside the mangled run
    ["ٱ,ًـٱ", "اا"],
    ["ه٫روب", "هروب"],
    ["3٫5", "3.5"],
    [" ﹰ ", " "], // an isolated-form mark vanishes without splitting the space
    ["كلمةـ كلمة", "كلمه كلمه"],
    ["“قسد” «داعش»", '"قسد" "داعش"'],
    ["قال، ثم؛ لماذا؟", "قال, ثم; لماذا?"],
    ["a  \u00a0\tb", "a b"],
    ["سطر\r\nآخر", "سطر\n\nاخر"],
    ["ABC", "abc"],
    ["\u200fأمس\u200e", "امس"],
    ["ﻟﻮﺍﺀ", "لواء"],
    ["اﻷول", "الاول"],
    ["20.05.2013", "20.05.2013"],
    ["1,000", "1,000"],
    ["😀 أمس", "😀 امس"],
  ])("%s → %s", (original, expected) => {
    expect(normalizeArabic(original).text).toBe(expected);
  });

  it("maps every normalised character to its original index", () => {
    const original = "وصلوا مسـاءَ أمـــس إلى «إدلب»، ٢٠ عنصراً";
    const norm = normalizeArabic(original);
    expect(norm.map.length).toBe(norm.text.length + 1);
    expect(norm.map[norm.text.length]).toBe(original.length);
    const i = norm.text.indexOf("امس");
    const span = originalSpan(norm, i, i + 3);
    expect(original.slice(span.start, span.end)).toBe("أمـــس");
    const d = norm.text.indexOf("20");
    expect(original.slice(originalSpan(norm, d, d + 2).start, originalSpan(norm, d, d + 2).end)).toBe("٢٠");
  });

  it("gives an empty span at a point for an empty normalised span", () => {
    const norm = normalizeArabic("ابc");
    expect(originalSpan(norm, 1, 1)).toEqual({ start: 1, end: 1 });
    expect(originalSpan(norm, 9, 9)).toEqual({ start: 3, end: 3 });
  });

  it("keeps map monotonic, inside the original, and the copy no longer than the original (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: "grapheme" }), fc.stringMatching(/^[\u0600-\u06FF\uFE70-\uFEFC .,ـ]{0,40}$/), (a, b) => {
        for (const original of [a, b, a + b]) {
          const norm = normalizeArabic(original);
          expect(norm.map.length).toBe(norm.text.length + 1);
          for (let i = 0; i < norm.text.length; i++) {
            expect(norm.map[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : norm.map[i - 1]);
            expect(norm.map[i]).toBeLessThan(original.length);
          }
          expect(normalizeArabic(norm.text).text).toBe(norm.text); // idempotent
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("foldLetters", () => {
  it("folds letters and digits like normalizeArabic but leaves punctuation", () => {
    expect(foldLetters("أواخر آيار ٢٠٢١")).toBe("اواخر ايار 2021");
    expect(foldLetters("مؤخراً")).toBe("موخرا");
    expect(foldLetters("a|b")).toBe("a|b");
  });

  it("glues the conjunction و written as a word of its own to the next word, and only that", () => {
    expect(normalizeArabic("قال و انشق 5 عناصر و الجيش").text).toBe("قال وانشق 5 عناصر والجيش");
    expect(normalizeArabic("وَ الجيش\tو\u00a0القوات").text).toBe("والجيش والقوات");
    // not the last letter of a word, not before a digit, and only once ("و و" keeps its second space)
    expect(normalizeArabic("جو الغد و 5 و و الجيش").text).toBe("جو الغد و 5 وو الجيش");
    const norm = normalizeArabic("و انشق");
    expect(norm.map[1]).toBe(2);
    expect(normalizeArabic(norm.text).text).toBe(norm.text);
  });
});
