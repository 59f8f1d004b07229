/**
 * What each perturbation writes: examples (input → output) written from the perturbation's definition,
 * and the places where it must leave the text alone. The extractor is not involved here (invariance.test.ts).
 */
import { describe, expect, it } from "vitest";
import type { GoldEvent } from "../gold";
import { asHashtag, addKindWord, dropKindWord, quoted, registerName, swapGroupNames, triggerSynonyms } from "./synonyms";
import { accordingToActivists, localSourcesSaid, relativeClauseBeforeGroup, splitSentences } from "./framing";
import { DISTRACTORS } from "./distractors";
import { digitsToWords, hedgedCount, numberWords, otherNumberForm, wordsToDigits } from "./numbers";
import { announcedMasdar, partitive, passiveMasdar, subjectFirst } from "./order";
import { addTatweel, alifMaqsuraAsYa, dropAlifFariqa, dropHamza, glueClitics, moveHamzaSeat, persianLetters, separateClitic, taMarbutaAsHa, voweledTriggers, yaAsAlifMaqsura } from "./orthography";
import { PERTURBATIONS } from "./index";

const gold = (group: string, best: number | null): GoldEvent => ({
  groups: [group],
  count: best === null ? null : { low: best, best, high: best },
  date: null,
  dateText: null,
  place: null,
  destination: null,
  kind: "defection",
  optional: false,
});

describe("orthography", () => {
  it.each([
    [dropHamza, "أعلن إبراهيم انشقاقه آخر الأسبوع", "اعلن ابراهيم انشقاقه اخر الاسبوع"],
    [moveHamzaSeat, "قال مسؤول في شؤون المنشقين", "قال مسئول في شئون المنشقين"],
    [taMarbutaAsHa, "الفرقة الرابعة", "الفرقه الرابعه"],
    [alifMaqsuraAsYa, "وصلوا إلى مناطق على الحدود", "وصلوا إلي مناطق علي الحدود"],
    [yaAsAlifMaqsura, "في ريف الحسكة الشرقي", "فى ريف الحسكة الشرقى"],
    [dropAlifFariqa, "انشقوا وتوجهوا إلى إدلب", "انشقو وتوجهو إلى إدلب"],
    [addTatweel, "انشقاق العناصر", "انشـقاق العـناصر"],
    [voweledTriggers, "انشق عنصر", "انَشَق عنصر"],
    [persianLetters, "انشق عنصر في ريف إدلب", "انشق عنصر فی ریف إدلب"],
    [glueClitics, "و انشق 5 عناصر بـ 20 عنصراً", "وانشق 5 عناصر ب20 عنصراً"],
  ])("%o", (f, input, output) => expect(f(input)).toBe(output));

  it("sets و apart only from a word that stands alone: with the article, a trigger, or a word the text uses bare", () => {
    expect(separateClitic("انشق عنصر والتحق بالجيش وانشقوا ووصل", "و")).toBe("انشق عنصر و التحق بالجيش و انشقوا ووصل");
    expect(separateClitic("وصل عنصر ووصل آخر", "و")).toBe("وصل عنصر و وصل آخر");
    expect(separateClitic("التحق بالجيش الحر بريف إدلب", "ب")).toBe("التحق ب الجيش الحر بريف إدلب");
  });
});

describe("numbers", () => {
  it.each([
    [3, false, "nominative", "ثلاثة"],
    [3, true, "nominative", "ثلاث"],
    [8, true, "genitive", "ثماني"],
    [10, false, "genitive", "عشرة"],
    [11, true, "nominative", "إحدى عشرة"],
    [12, false, "nominative", "اثنا عشر"],
    [12, false, "genitive", "اثني عشر"],
    [15, false, "nominative", "خمسة عشر"],
    [15, true, "nominative", "خمس عشرة"],
    [20, false, "nominative", "عشرون"],
    [25, false, "genitive", "خمسة وعشرين"],
    [22, true, "nominative", "اثنتان وعشرون"],
    [200, false, "genitive", "مئتين"],
    [350, false, "nominative", "ثلاثمئة وخمسون"],
  ] as const)("%i (feminine noun %o, %s) is %s", (n, fem, kase, words) => expect(numberWords(n, fem, kase)).toBe(words));

  it("refuses what it cannot write", () => expect(() => numberWords(1000, false, "genitive")).toThrow(/1000/));

  it("writes a head count in words with the case its place wants, and only before a people noun", () => {
    expect(digitsToWords("انشق 25 عنصراً من قسد، وانشقاق 12 جندياً في 3 أيار")).toBe("انشق خمسة وعشرون عنصراً من قسد، وانشقاق اثني عشر جندياً في 3 أيار");
    expect(digitsToWords("انشقت 3 مجندات")).toBe("انشقت ثلاث مجندات");
    expect(wordsToDigits("انشق خمسة وعشرون عنصراً بثلاثة جنود وثلاثة في الثالث من أيار")).toBe("انشق 25 عنصراً ب3 جنود وثلاثة في الثالث من أيار");
  });

  it("moves a gold count across 10 with the noun's other form, and the gold with it", () => {
    const v = otherNumberForm("انشق 5 عناصر من قسد", [gold("قسد", 5)])!;
    expect(v.text).toBe("انشق 15 عنصراً من قسد");
    expect(v.events[0].count).toEqual({ low: 15, best: 15, high: 15 });
    expect(otherNumberForm("انشق 14 جندياً", [gold("قسد", 14)])!.text).toBe("انشق 4 جنود");
    // not a gold figure, or a figure the text also gives elsewhere ("الـ5"): left alone
    expect(otherNumberForm("انشق 5 عناصر", [gold("قسد", 6)])).toBeNull();
    expect(otherNumberForm("انشق 5 عناصر. ووصل العناصر الـ5 إلى إدلب", [gold("قسد", 5)])).toBeNull();
  });

  it("hedges an exact gold count, and the gold becomes the conventions' range", () => {
    const v = hedgedCount("فر 10 جنود من قوات النظام", [gold("قوات النظام", 10)])!;
    expect(v.text).toBe("فر نحو 10 جنود من قوات النظام");
    expect(v.events[0].count).toEqual({ low: 8, best: 10, high: 12 });
    expect(hedgedCount("فر أكثر من 10 جنود", [gold("قوات النظام", 10)])).toBeNull();
  });
});

describe("word order and frames", () => {
  const text = "وانشق 5 عناصر من قوات النظام أمس، فيما فر 12 جندياً عن الفرقة الرابعة.";
  it.each([
    [subjectFirst, "و5 عناصر من قوات النظام انشقوا أمس، فيما 12 جندياً فروا عن الفرقة الرابعة."],
    [passiveMasdar, "وسُجّل انشقاق 5 عناصر من قوات النظام أمس، فيما سُجّل فرار 12 جندياً عن الفرقة الرابعة."],
    [partitive, "وانشق 5 من عناصر قوات النظام أمس، فيما فر 12 جندياً عن الفرقة الرابعة."],
  ])("%o", (f, output) => expect(f(text)).toBe(output));

  it("announces only a defection told with عن", () => {
    expect(announcedMasdar("انشق 5 عناصر عن قوات النظام")).toBe("أعلن 5 عناصر انشقاقهم عن قوات النظام");
    expect(announcedMasdar("انشق 5 عناصر من قوات النظام")).toBe("انشق 5 عناصر من قوات النظام");
  });

  it("needs a counted subject right after the verb", () => {
    expect(subjectFirst("انشق عن قوات النظام 5 عناصر")).toBe("انشق عن قوات النظام 5 عناصر");
    expect(passiveMasdar("انشق عنصر من قوات النظام")).toBe("انشق عنصر من قوات النظام");
  });
});

describe("synonyms and group names", () => {
  const sdf = [gold("قوات سوريا الديمقراطية", 5)];
  it.each([
    [triggerSynonyms, "فرّ 5 عناصر وهروبهم إلى الأردن، وغادروا", [], "هرب 5 عناصر وفرارهم إلى الأردن، وتركوا"],
    [swapGroupNames, "انشق 5 عناصر من قسد ولقوات سوريا الديمقراطية", sdf, "انشق 5 عناصر من سوريا الديمقراطية ولقسد"],
    [addKindWord, "انشق 5 عناصر من قسد", sdf, "انشق 5 عناصر من قوات قسد"],
    [addKindWord, "انشق 5 عناصر من الدفاع الوطني وللدفاع الوطني", [gold("الدفاع الوطني", 5)], "انشق 5 عناصر من ميليشيا الدفاع الوطني ولميليشيا الدفاع الوطني"],
    [dropKindWord, "انشق 5 عناصر من ميليشيا الدفاع الوطني ولميليشيا لواء القدس", [gold("الدفاع الوطني", 5), gold("لواء القدس", 1)], "انشق 5 عناصر من الدفاع الوطني وللواء القدس"],
    [asHashtag, "انشق 5 عناصر من ميليشيا الدفاع الوطني وقسد", [gold("الدفاع الوطني", 5)], "انشق 5 عناصر من ميليشيا #الدفاع_الوطني وقسد"],
    [quoted, "انشق 5 عناصر من قسد", sdf, "انشق 5 عناصر من «قسد»"],
    [registerName, "انشق 5 عناصر من تنظيم داعش", [gold("داعش", 5)], "انشق 5 عناصر من الدواعش"],
  ] as const)("%o", (f, input, events, output) => expect(f(input, events)).toBe(output));

  it("leaves the names of groups the gold does not name", () => expect(swapGroupNames("انشق 5 عناصر من قسد", [gold("الدفاع الوطني", 5)])).toBe("انشق 5 عناصر من قسد"));
});

describe("framing", () => {
  const report = "انشقاق في قسد\nانشق 5 عناصر من قسد أمس، ووصلوا إلى الباب. قال ناشطون إن 3 عناصر فروا. 5 عناصر انشقوا أمس.";
  it.each([
    [accordingToActivists, "انشقاق في قسد\nوبحسب ناشطين، انشق 5 عناصر من قسد أمس، ووصلوا إلى الباب. قال ناشطون إن 3 عناصر فروا. وبحسب ناشطين، 5 عناصر انشقوا أمس."],
    [localSourcesSaid, "انشقاق في قسد\nوقالت مصادر محلية إنه انشق 5 عناصر من قسد أمس، ووصلوا إلى الباب. قال ناشطون إن 3 عناصر فروا. وقالت مصادر محلية إن 5 عناصر انشقوا أمس."],
    [relativeClauseBeforeGroup, "انشقاق في قسد\nانشق 5 عناصر، كانوا يخدمون على حواجز المنطقة، من قسد أمس، ووصلوا إلى الباب. قال ناشطون إن 3 عناصر فروا. 5 عناصر انشقوا أمس."],
    [splitSentences, "انشقاق في قسد\nانشق 5 عناصر من قسد أمس. ووصلوا إلى الباب. قال ناشطون إن 3 عناصر فروا. 5 عناصر انشقوا أمس."],
  ])("%o", (f, output) => expect(f(report)).toBe(output));
});

describe("distractors", () => {
  it("append one sentence naming the gold's first group, and keep the gold", () => {
    for (const d of DISTRACTORS) {
      const v = d.apply("انشق 5 عناصر من قسد.\n", [gold("قسد", 5)])!;
      expect(v.text.startsWith("انشق 5 عناصر من قسد.\n")).toBe(true);
      expect(v.text).toContain("قوات سوريا الديمقراطية");
      expect(v.events).toEqual([gold("قسد", 5)]);
    }
  });
});

describe("the list", () => {
  it("has unique names and gives null when it changes nothing", () => {
    expect(new Set(PERTURBATIONS.map((p) => p.name)).size).toBe(PERTURBATIONS.length);
    for (const p of PERTURBATIONS.filter((x) => x.family !== "distractors")) expect(p.apply("نص لا حدث به", []), p.name).toBeNull();
  });
});
