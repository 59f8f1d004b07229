/**
 * What each rewording of `npm run -s eval:perturb` writes (lib/eval/perturb/real.ts): fixed sentences in, the
 * reworded sentence out, and the places a rewrite must leave alone. The extractor is not involved here.
 */
import { describe, expect, it } from "vitest";
import type { GoldReport } from "../gold";
import { REWORDINGS } from "./real";
import { dayBeforeAsTwoDaysAgo, dayYesterdayBare, followUp, kamaBeforeVerb, sourceAfter, yesterdayAsDay, yesterdayAsWeekday } from "./reworded-frames";
import { dualAsPartitive, MEN_NOUNS, swapMenNoun, toggleTanween } from "./reworded-men";
import { defectedAsAnnounced, defectedFromMin, enabledFrame, fledAsLadha, hedgeSynonym, militiaSpelling, ranksWitnessed, shaddaOnVerbs, stripMarks, verbFirst } from "./reworded-words";

const { element, fighter, soldier, member, individual } = MEN_NOUNS;

describe("the people noun for another of the same men, in the form and case the place wants", () => {
  it.each([
    ["انشق 5 عناصر من قوات النظام", fighter, "انشق 5 مقاتلين من قوات النظام"],
    ["انشق 15 عنصراً من قوات النظام", fighter, "انشق 15 مقاتلاً من قوات النظام"],
    ["انشق عنصر من قوات النظام", soldier, "انشق جندي من قوات النظام"],
    // a subject after its verb or at the head of a sentence is nominative; after a preposition, genitive
    ["وقال المصدر إن العناصر انشقوا. عناصر من حزب الله ترفض القتال", fighter, "وقال المصدر إن المقاتلين انشقوا. مقاتلون من حزب الله ترفض القتال"],
    ["انشق عناصر من الفرقة", member, "انشق منتسبون من الفرقة"],
    ["عدد من العناصر", fighter, "عدد من المقاتلين"],
    // a plural governing a definite noun or a group's name drops its ن
    ["دعا عناصر التنظيم إلى الانشقاق", fighter, "دعا مقاتلي التنظيم إلى الانشقاق"],
    ["انشقاق عدد من عناصر قسد", fighter, "انشقاق عدد من مقاتلي قسد"],
    ["انشق 4 عناصر", individual, "انشق 4 أفراد"],
  ])("%s", (input, to, output) => expect(swapMenNoun(input, element, to)).toBe(output));

  it("leaves the definite singular alone (it is also an adjective)", () => {
    expect(swapMenNoun("قال المصدر العسكري", MEN_NOUNS.military, element)).toBe("قال المصدر العسكري");
  });
});

describe("numbers", () => {
  it.each([
    ["فرّ عنصران من الحاجز", "فرّ اثنان من العناصر من الحاجز"],
    ["أمّن انشقاق ضابطين", "أمّن انشقاق اثنين من الضباط"],
    // the ـين of عسكري is also the plural's: no dual to rewrite
    ["اعتقلت قسد قادة عسكريين", "اعتقلت قسد قادة عسكريين"],
  ])("%s", (input, output) => expect(dualAsPartitive(input)).toBe(output));
});

describe("the trigger within its kind", () => {
  it.each([
    [fledAsLadha, "فرّ 3 عناصر من الحاجز", "لاذ بالفرار 3 عناصر من الحاجز"],
    [fledAsLadha, "إن 4 عناصر فرّوا بأسلحتهم", "إن 4 عناصر لاذوا بالفرار بأسلحتهم"],
    [fledAsLadha, "ففرّوا منها إلى نقطة", "فلاذوا بالفرار منها إلى نقطة"],
    // "وفر" without its shadda also reads وفّر, "provided"
    [fledAsLadha, "وفر المجلس الخبز", "وفر المجلس الخبز"],
    [enabledFrame, "انشق 5 عناصر عن قوات النظام", "تمكّن 5 عناصر من الانشقاق عن قوات النظام"],
    [enabledFrame, "فرّ 3 جنود من الحاجز", "تمكّن 3 جنود من الفرار من الحاجز"],
    // the subject's origin is no place for the verbal noun
    [enabledFrame, "هرب نحو 25 عنصراً من أبناء المنطقة", "هرب نحو 25 عنصراً من أبناء المنطقة"],
    [defectedAsAnnounced, "إن 18 عنصراً انشقوا عن ميليشيا النجباء", "إن 18 عنصراً أعلنوا انشقاقهم عن ميليشيا النجباء"],
    [defectedAsAnnounced, "كان قد انشق عن الجيش", "كان قد أعلن انشقاقه عن الجيش"],
    // the singular verb before its subject is left alone
    [defectedAsAnnounced, "انشق الملازم أحمد عن الجيش", "انشق الملازم أحمد عن الجيش"],
    [ranksWitnessed, "انشق 5 عناصر عن قوات النظام أمس", "شهدت صفوف قوات النظام انشقاق 5 عناصر أمس"],
    [ranksWitnessed, 'فرّ 25 عنصراً من تنظيم "داعش" الإرهابي نحو إدلب', 'شهدت صفوف تنظيم "داعش" الإرهابي فرار 25 عنصراً نحو إدلب'],
    [verbFirst, "أفاد مصدر بأن 4 عناصر من الدفاع الوطني فرّوا بأسلحتهم", "أفاد مصدر بأنه فرّ 4 عناصر من الدفاع الوطني بأسلحتهم"],
    [verbFirst, "وقالت إن نحو 15 عنصراً من قوات النظام انشقوا أمس", "وقالت إنه انشق نحو 15 عنصراً من قوات النظام أمس"],
    [defectedFromMin, "انشق 5 عناصر عن قوات النظام وأعلن آخر انشقاقه عن الفرقة", "انشق 5 عناصر من قوات النظام وأعلن آخر انشقاقه من الفرقة"],
    // (an «عن» that follows no leaving: "نقلت عن مصادر")
    [defectedFromMin, "نقلت الوكالة عن مصادر انشقاق 5 عناصر", "نقلت الوكالة عن مصادر انشقاق 5 عناصر"],
    [hedgeSynonym, "انشق نحو 15 عنصراً وفرّ قرابة 20 وأكثر من 30 جندياً", "انشق حوالي 15 عنصراً وفرّ نحو 20 وما يزيد على 30 جندياً"],
    [hedgeSynonym, "نحو مناطق سيطرة قسد", "نحو مناطق سيطرة قسد"],
    // (كان wants قد before the verb: left alone)
    [verbFirst, "وكان 40 عنصراً من قوات النظام انشقوا", "وكان 40 عنصراً من قوات النظام انشقوا"],
  ])("%o: %s", (f, input, output) => expect(f(input)).toBe(output));
});

describe("groups and orthography", () => {
  it.each([
    [militiaSpelling, "من ميليشيا الدفاع الوطني ومليشيات إيران", "من مليشيا الدفاع الوطني وميليشيات إيران"],
    [shaddaOnVerbs, "انشق عنصر وفروا", "انشقّ عنصر وفرّوا"],
    [toggleTanween, "انشق 15 عنصرا و12 جندياً", "انشق 15 عنصراً و12 جنديا"],
    [stripMarks, "فرّ عنصرٌ", "فر عنصر"],
  ])("%o: %s", (f, input, output) => expect(f(input)).toBe(output));
});

describe("frames: connectives and a source after the clause (never the headline)", () => {
  const text = "انشقاق عناصر\nوانشق 3 عناصر من الفرقة الرابعة أمس. وقال المصدر إن الوضع صعب.";
  it.each([
    [kamaBeforeVerb, "انشقاق عناصر\nكما انشق 3 عناصر من الفرقة الرابعة أمس. وقال المصدر إن الوضع صعب."],
    [followUp("وفي سياق متصل"), "انشقاق عناصر\nوفي سياق متصل، انشق 3 عناصر من الفرقة الرابعة أمس. وقال المصدر إن الوضع صعب."],
    [followUp("إلى ذلك"), "انشقاق عناصر\nإلى ذلك، انشق 3 عناصر من الفرقة الرابعة أمس. وقال المصدر إن الوضع صعب."],
    [sourceAfter, "انشقاق عناصر\nوانشق 3 عناصر من الفرقة الرابعة أمس، بحسب ما نقل مراسل محلي. وقال المصدر إن الوضع صعب."],
  ])("%o", (f, output) => expect(f(text)).toBe(output));

  it("names no second source, and ends no sentence at a dot inside a word", () => {
    expect(sourceAfter("عنوان\nانشق 3 عناصر بحسب ناشطين.")).toBe("عنوان\nانشق 3 عناصر بحسب ناشطين.");
    expect(sourceAfter("عنوان\nأمّن المركز انشقـ.اق 10 عناصر.")).toBe("عنوان\nأمّن المركز انشقـ.اق 10 عناصر، بحسب ما نقل مراسل محلي.");
  });
});

describe("dates said otherwise, the same day from the publication date", () => {
  it.each([
    [yesterdayAsDay, "انشق عنصر أمس ووصل", "انشق عنصر يوم أمس ووصل"],
    [yesterdayAsDay, "انشق عنصر أول أمس ومساء أمس", "انشق عنصر أول أمس ومساء أمس"],
    [dayYesterdayBare, "انشق عنصر يوم أمس الأحد", "انشق عنصر أمس الأحد"],
    [dayBeforeAsTwoDaysAgo, "انشق عنصر أول أمس", "انشق عنصر قبل يومين"],
    [dayBeforeAsTwoDaysAgo, "انشق عنصر أمس الأول", "انشق عنصر قبل يومين"],
  ])("%o: %s", (f, input, output) => expect(f(input)).toBe(output));

  it("writes the weekday before a one-day publication, and nothing for a window", () => {
    // 2021-06-21 is a Monday: yesterday is Sunday
    expect(yesterdayAsWeekday("انشق عنصر أمس", { start: "2021-06-21", end: "2021-06-21" })).toBe("انشق عنصر يوم الأحد");
    expect(yesterdayAsWeekday("انشق عنصر أمس", { start: "2021-06-14", end: "2021-06-21" })).toBe("انشق عنصر أمس");
  });
});

describe("every rewording", () => {
  const report = (text: string): GoldReport => ({ id: "x", published: { start: "2021-06-21", end: "2021-06-21" }, text, events: [], line: 1 });
  it("leaves a text with nothing to rewrite as it is", () => {
    for (const t of REWORDINGS) expect(t.apply("نص لا حدث به", report("نص لا حدث به")), t.name).toBe("نص لا حدث به");
  });
  it("has unique names", () => expect(new Set(REWORDINGS.map((t) => t.name)).size).toBe(REWORDINGS.length));
});
