import { describe, expect, it } from "vitest";
import { dualStem, findNumbers, isDualOf, parseNumberAt } from "./numbers";
import { normalizeArabic } from "./normalize";

const norm = (s: string) => normalizeArabic(s).text;

/** [natural Arabic phrase, value read from its start, text of the number in the ORIGINAL phrase (default: all)]. */
const CORPUS: Array<[string, number, string?]> = [
  // digits
  ["25 عنصراً", 25, "25"],
  ["٢٥ عنصراً", 25, "٢٥"],
  ["۱۷ جندياً", 17, "۱۷"],
  ["1,000 مقاتل", 1000, "1,000"],
  ["1.000 مقاتل", 1000, "1.000"],
  ["12.500.000 ليرة", 12_500_000, "12.500.000"],
  ["1,5 مقاتل", 1, "1"],
  ["1.5 مليون", 1_500_000],
  ["20.05.2013", 20, "20"],
  ["5 آلاف مقاتل", 5000, "5 آلاف"],
  ["20 ألف عنصر", 20_000, "20 ألف"],
  ["3 ملايين", 3_000_000],
  ["الـ 1000 عنصر", 1000, "الـ 1000"],
  ["الـ24 ساعة", 24, "الـ24"],
  ["ب50 عنصراً", 50, "ب50"],
  // units, both genders, cases
  ["واحد", 1],
  ["عنصر واحد", NaN],
  ["اثنان", 2],
  ["اثنين", 2],
  ["اثنتين", 2],
  ["ثلاث", 3],
  ["ثلاثة", 3],
  ["أربعة آخرون", 4, "أربعة"],
  ["خمسة", 5],
  ["ستة", 6],
  ["سبعة", 7],
  ["ثمانية", 8],
  ["ثماني", 8],
  ["تسعة", 9],
  ["عشرة", 10],
  ["عشر", 10],
  // teens
  ["أحد عشر", 11],
  ["إحدى عشرة", 11],
  ["اثنا عشر", 12],
  ["اثني عشر عنصراً", 12, "اثني عشر"],
  ["ثلاثة عشر", 13],
  ["خمسة عشر", 15],
  ["خمس عشرة", 15],
  ["تسعة عشر", 19],
  // tens and compounds with و
  ["عشرون", 20],
  ["عشرين", 20],
  ["ثلاثين", 30],
  ["خمسون", 50],
  ["تسعين", 90],
  ["ثلاثة وعشرين", 23],
  ["واحد وعشرون", 21],
  ["خمسة وأربعين عنصراً", 45, "خمسة وأربعين"],
  ["اثنين وسبعين", 72],
  // hundreds
  ["مئة", 100],
  ["مائة", 100],
  ["مئة وخمسة وعشرين", 125],
  ["مائة وسبعين", 170],
  ["مئة وسبعين", 170],
  ["مئتين", 200],
  ["مئتان", 200],
  ["مائتي عنصر", 200, "مائتي"],
  ["مئتين وخمسين", 250],
  ["ثلاثمئة", 300],
  ["ثلاثمائة", 300],
  ["ثلاث مئة", 300],
  ["ثلاث مائة وعشرة", 310],
  ["خمسمئة", 500],
  ["ثمانمائة", 800],
  ["تسعمئة وتسعة وتسعين", 999],
  // thousands
  ["ألف", 1000],
  ["ألفين", 2000],
  ["ألفي مقاتل", 2000, "ألفي"],
  ["ألفا عنصر", 2000, "ألفا"],
  ["ألفان", 2000],
  ["ثلاثة آلاف", 3000],
  ["عشرة آلاف", 10_000],
  ["خمسة عشر ألفاً", 15_000, "خمسة عشر ألفا"], // a trailing diacritic is outside the span
  ["عشرين ألفا", 20_000],
  ["مئة ألف", 100_000],
  ["مئتي ألف", 200_000],
  ["ألف ومئتان وخمسة وعشرون", 1225],
  ["ثلاثة آلاف وخمسمئة", 3500],
  ["مليون", 1_000_000],
  ["مليونين", 2_000_000],
  ["ثلاثة ملايين", 3_000_000],
  // article and proclitics
  ["الخمسين", 50],
  ["الثلاثة", 3],
  ["وخمسة", 5],
  ["بثلاثة", 3],
  ["لخمسين", 50],
  ["والعشرين", 20],
  ["الأربع والعشرين ساعة", 24, "الأربع والعشرين"],
  // obfuscated / decorated
  ["خمـسة وعشـرين", 25],
  ["ثَلاثَةٌ", 3, "ثَلاثَة"],
  // not numbers
  ["آلاف", NaN],
  ["عشرات", NaN],
  ["مئات", NaN],
  ["الاثنين", NaN],
  ["الإثنين الماضي", NaN],
  ["الأحد", NaN],
  ["أحد العناصر", NaN],
  ["الثالث", NaN],
  ["الخميس", NaN],
  ["السبت", NaN],
  ["الأربعاء", NaN],
  ["عشرينات", NaN],
  ["ستار", NaN],
  ["بضعة", NaN],
];

describe("parseNumberAt", () => {
  it.each(CORPUS)("%s → %d", (phrase, value, numberText) => {
    const n = normalizeArabic(phrase);
    const got = parseNumberAt(n.text, 0);
    if (Number.isNaN(value)) {
      expect(got).toBeNull();
      return;
    }
    expect(got).not.toBeNull();
    expect(got!.value).toBe(value);
    const start = n.map[0];
    const end = n.map[got!.end - 1] + 1;
    expect(phrase.slice(start, end)).toBe(numberText ?? phrase);
  });

  it("reads from any word start in a sentence", () => {
    const s = norm("انشق خمسة وعشرون عنصراً");
    const i = s.indexOf("خمسه");
    expect(parseNumberAt(s, i)).toEqual({ value: 25, end: i + "خمسه وعشرون".length, text: "خمسه وعشرون" });
  });

  it("returns null out of range and inside a word", () => {
    expect(parseNumberAt("خمسه", 10)).toBeNull();
    expect(parseNumberAt("", 0)).toBeNull();
    expect(parseNumberAt("123abc", 0)).toBeNull();
  });
});

describe("findNumbers", () => {
  it("finds every number with spans in the normalised text", () => {
    const s = norm("انشق 17 جندياً و خمسة وعشرون عنصراً من الفوج 46 يوم الاثنين، بينهم ألفا مقاتل وعشرات المدنيين");
    const found = findNumbers(s).map((f) => [f.value, f.text]);
    expect(found).toEqual([
      [17, "17"],
      // (the و written apart is glued back by normalisation, and a proclitic is part of the span)
      [25, "وخمسه وعشرون"],
      [46, "46"],
      [2000, "الفا"],
    ]);
    for (const f of findNumbers(s)) expect(s.slice(f.start, f.end)).toBe(f.text);
  });

  it("splits a dotted date into its parts and keeps dates readable", () => {
    expect(findNumbers("20.05.2013").map((f) => f.value)).toEqual([20, 5, 2013]);
    expect(findNumbers("2021/6/13").map((f) => f.value)).toEqual([2021, 6, 13]);
    expect(findNumbers(norm("منذ أكثر من 5 آلاف")).map((f) => f.value)).toEqual([5000]);
  });

  it("reports the prefix it stripped", () => {
    const [f] = findNumbers(norm("وصل بالخمسين"));
    expect(f.prefix).toBe("بال");
    expect(f.value).toBe(50);
  });

  it("does not read a number inside a longer word", () => {
    expect(findNumbers(norm("استراتيجية الستار الخمسينات عشرينات"))).toEqual([]);
  });

  it("is linear on long adversarial runs", () => {
    const long = "خمسة ".repeat(20000) + "9".repeat(50000) + " وعشرين".repeat(20000);
    const t0 = performance.now();
    const found = findNumbers(norm(long));
    expect(found.length).toBeGreaterThan(20000);
    // Generous bound: quadratic behaviour here would take minutes.
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("dual helpers", () => {
  it.each([
    ["عنصرين", "عنصر", true],
    ["عنصران", "عنصر", true],
    ["جنديين", "جندي", true],
    ["دبابتين", "دبابه", true],
    ["والعنصرين", "عنصر", true],
    ["عناصر", "عنصر", false],
    ["عنصر", "عنصر", false],
  ] as const)("isDualOf(%s, %s) = %s", (word, stem, expected) => {
    expect(isDualOf(word, stem)).toBe(expected);
  });
  it("guesses the stem of a dual", () => {
    expect(dualStem("عنصرين")).toBe("عنصر");
    expect(dualStem("دبابتين")).toBe("دبابه");
    expect(dualStem("من")).toBeNull();
  });
});
