/**
 * What each restructuring of `npm run -s eval:perturb` writes (lib/eval/perturb/restructured-*.ts): fixed sentences
 * in, the sentence of another shape out, and the places a rewrite must leave alone. The extractor is not involved.
 */
import { describe, expect, it } from "vitest";
import type { GoldReport } from "../gold";
import { RESTRUCTURINGS } from "./real";
import { caseRecorded, figureApposition, figureLaterBalagha, figureLaterYuqaddar, jara, participleNounPhrase, relativeClauseSaid, reportedAnnaMasdar, reportedInna, tammaRasd } from "./restructured-clauses";
import { incidentSites } from "./restructured-sites";
import { groupEarlier, headlineBare, isFeminine, joinedByHaythu, joinedByWa } from "./restructured-story";

const H = "عنوان الخبر\n";

describe("incident sites (never in the headline)", () => {
  it.each([
    ["انشق 12 عنصراً من قوات النظام أمس.", "verb-first", "12 عنصراً", "قوات النظام"],
    ["وانشق اليوم 14 عنصراً عن الفرقة الرابعة.", "verb-first", "14 عنصراً", "الفرقة الرابعة"],
    ["فرّ ثلاثة عناصر من الحاجز.", "verb-first", "ثلاثة عناصر", null],
    ["وقال مصدر إن نحو 15 عنصراً من قوات النظام انشقوا أمس.", "subject-first", "نحو 15 عنصراً", "قوات النظام"],
  ])("%s", (body, order, subject, group) => {
    const [s] = incidentSites(H + body);
    expect([s.order, s.subject, s.group]).toEqual([order, subject, group]);
  });
  it("finds nothing in the headline, and nothing in «وفر» without its shadda (it reads «وفّر»)", () => {
    expect(incidentSites("انشق 12 عنصراً من قوات النظام\nنص.")).toEqual([]);
    expect(incidentSites(H + "وفر 3 عناصر الخبز.")).toEqual([]);
  });
});

describe("the figure told apart from its clause", () => {
  it.each([
    [figureLaterBalagha, "انشق 12 عنصراً من قوات النظام أمس.", "انشق عناصر من قوات النظام أمس. وبلغ عددهم 12 عنصراً."],
    [figureLaterBalagha, "وقالت إن نحو 15 مقاتلاً من قوات النظام انشقوا أمس.", "وقالت إن مقاتلين من قوات النظام انشقوا أمس. وبلغ عددهم نحو 15 مقاتلاً."],
    [figureLaterYuqaddar, "انشق 12 عنصراً من قوات النظام أمس.", "انشق عناصر من قوات النظام أمس. ويُقدّر عددهم بـ12 عنصراً."],
    [figureLaterYuqaddar, "فرّ نحو 25 جندياً من الحاجز", "فرّ جنود من الحاجز. ويُقدّر عددهم بنحو 25 جندياً."],
    [figureApposition, "انشق 12 عنصراً من قوات النظام أمس.", "عناصر من قوات النظام، عددهم 12 عنصراً، انشقوا أمس."],
    [figureApposition, "وقال إن 4 عناصر من الدفاع الوطني فرّوا بأسلحتهم.", "وقال إن عناصر من الدفاع الوطني، عددهم 4 عناصر، فرّوا بأسلحتهم."],
    // (no group: the apposition has nothing to stand after)
    [figureApposition, "فرّ 3 عناصر من الحاجز.", "فرّ 3 عناصر من الحاجز."],
  ])("%o: %s", (f, input, output) => expect(f(H + input)).toBe(H + output));
});

describe("a light verb or passive over the verbal noun", () => {
  it.each([
    [tammaRasd, "وانشق 12 عنصراً من قوات النظام أمس.", "وتمّ رصد انشقاق 12 عنصراً من قوات النظام أمس."],
    [tammaRasd, "وأفاد مصدر بأن 4 عناصر من الدفاع الوطني فرّوا بأسلحتهم.", "وأفاد مصدر بأنه تمّ رصد فرار 4 عناصر من الدفاع الوطني بأسلحتهم."],
    [jara, "انشق اليوم 14 عنصراً عن الفرقة الرابعة.", "جرى اليوم انشقاق 14 عنصراً عن الفرقة الرابعة."],
    [caseRecorded, "انشق 12 عنصراً من قوات النظام.", "سُجّلت حالة انشقاق جماعية لـ12 عنصراً من قوات النظام."],
    [caseRecorded, "هرب نحو 25 عنصراً من الحاجز.", "سُجّلت حالة هروب جماعية لنحو 25 عنصراً من الحاجز."],
    // (a subject first that no «أن» governs is left alone: «وكان 40 عنصراً … انشقوا»)
    [tammaRasd, "وكان 40 عنصراً من قوات النظام انشقوا.", "وكان 40 عنصراً من قوات النظام انشقوا."],
  ])("%o: %s", (f, input, output) => expect(f(H + input)).toBe(H + output));
});

describe("the incident inside a relative clause, a noun phrase, reported speech", () => {
  it.each([
    [relativeClauseSaid, "انشق 12 عنصراً عن قوات النظام أمس في ريف حلب.", "وقال العناصر الـ12 الذين انشقوا عن قوات النظام أمس في ريف حلب إن رواتبهم لم تكن تكفي."],
    [relativeClauseSaid, "وانشق اليوم 14 مقاتلاً عن الفرقة الرابعة.", "وقال المقاتلون الـ14 الذين انشقوا اليوم عن الفرقة الرابعة إن رواتبهم لم تكن تكفي."],
    // (a hedge has no place after «الـ»; a verb that does not open its sentence keeps its sentence)
    [relativeClauseSaid, "انشق نحو 12 عنصراً عن قوات النظام.", "انشق نحو 12 عنصراً عن قوات النظام."],
    [relativeClauseSaid, "وبحسب ناشطين، انشق 12 عنصراً عن قوات النظام.", "وبحسب ناشطين، انشق 12 عنصراً عن قوات النظام."],
    [participleNounPhrase, "انشق 12 عنصراً عن قوات النظام أمس.", "وكان المنشقون الـ12 عن قوات النظام قد غادروا مواقعهم أمس."],
    [participleNounPhrase, "فرّ 5 جنود من الفرقة الرابعة ليلاً", "وكان الفارّون الـ5 من الفرقة الرابعة قد غادروا مواقعهم ليلاً"],
    [reportedInna, "وانشق 12 عنصراً من قوات النظام أمس.", "وقال مصدر محلي إن 12 عنصراً من قوات النظام انشقوا أمس."],
    // (the subject's origin stays with it: no rewrite)
    [reportedInna, "هرب نحو 25 عنصراً من أبناء المنطقة.", "هرب نحو 25 عنصراً من أبناء المنطقة."],
    [reportedAnnaMasdar, "انشق 12 عنصراً من قوات النظام أمس.", "وذكر مصدر ميداني أن انشقاق 12 عنصراً من قوات النظام جرى أمس."],
  ])("%o: %s", (f, input, output) => expect(f(H + input)).toBe(H + output));
});

describe("story structure", () => {
  it("runs the headline into the body with no mark, unless it ends on one", () => {
    expect(headlineBare("انشقاق عناصر\nانشق 3 عناصر.")).toBe("انشقاق عناصر انشق 3 عناصر.");
    expect(headlineBare("انشقاق عناصر:\nانشق 3 عناصر.")).toBe("انشقاق عناصر:\nانشق 3 عناصر.");
  });
  it.each([
    [joinedByWa, "اندلعت اشتباكات في المنطقة. انشق 12 عنصراً من قوات النظام.", "اندلعت اشتباكات في المنطقة، وانشق 12 عنصراً من قوات النظام."],
    [joinedByWa, "اندلعت اشتباكات في المنطقة.\nوانشق 12 عنصراً من قوات النظام.", "اندلعت اشتباكات في المنطقة، وانشق 12 عنصراً من قوات النظام."],
    [joinedByHaythu, "اندلعت اشتباكات في المنطقة. وانشق 12 عنصراً من قوات النظام.", "اندلعت اشتباكات في المنطقة، حيث انشق 12 عنصراً من قوات النظام."],
    [joinedByHaythu, "اندلعت اشتباكات. وأفاد مصدر بأن 4 عناصر من الدفاع الوطني فرّوا.", "اندلعت اشتباكات، حيث أفاد مصدر بأن 4 عناصر من الدفاع الوطني فرّوا."],
    // (the first sentence of the body is never joined to the headline)
    [joinedByWa, "انشق 12 عنصراً من قوات النظام.", "انشق 12 عنصراً من قوات النظام."],
    [groupEarlier, "وانشق 12 عنصراً من قوات النظام أمس.", "ويعود وجود قوات النظام في المنطقة إلى سنوات. وانشق 12 عنصراً من صفوفها أمس."],
    [groupEarlier, "انشق 12 عنصراً عن الجيش السوري.", "ويعود وجود الجيش السوري في المنطقة إلى سنوات. انشق 12 عنصراً عنه."],
    [groupEarlier, "وقال إن 4 عناصر من الدفاع الوطني فرّوا.", "ويعود وجود الدفاع الوطني في المنطقة إلى سنوات. وقال إن 4 عناصر من صفوفه فرّوا."],
  ])("%o: %s", (f, input, output) => expect(f(H + input)).toBe(H + output));
  it.each([
    ["قوات النظام", true],
    ["ميليشيا الدفاع الوطني", true],
    ["الفرقة الرابعة", true],
    ["الجيش السوري", false],
    ['تنظيم "داعش"', false],
  ])("the pronoun of %s is feminine: %s", (g, f) => expect(isFeminine(g)).toBe(f));
});

describe("every restructuring", () => {
  const report = (text: string): GoldReport => ({ id: "x", published: { start: "2021-06-21", end: "2021-06-21" }, text, events: [], line: 1 });
  it("leaves a text with nothing to rewrite as it is", () => {
    for (const t of RESTRUCTURINGS.filter((t) => t.name !== "headline-bare")) expect(t.apply(H + "نص لا حدث به.", report(H + "نص لا حدث به.")), t.name).toBe(H + "نص لا حدث به.");
  });
  it("has unique names, none shared with the rewordings", async () => {
    const { REWORDINGS } = await import("./real");
    const names = [...REWORDINGS, ...RESTRUCTURINGS].map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("a subject first whose group comes after its verb", () => {
  it.each([
    [figureLaterBalagha, "وأكد أن قرابة 18 عنصراً انشقوا عن ميليشيا حركة النجباء التابعة لإيران.", "وأكد أن عناصر انشقوا عن ميليشيا حركة النجباء التابعة لإيران. وبلغ عددهم قرابة 18 عنصراً."],
    [figureApposition, "وأكد أن أكثر من 100 عنصر هربوا من داعش.", "وأكد أن عناصر، عددهم أكثر من 100 عنصر، هربوا من داعش."],
    [groupEarlier, "وأكد أن خمسة عناصر انشقوا عن الجيش السوري.", "ويعود وجود الجيش السوري في المنطقة إلى سنوات. وأكد أن خمسة عناصر انشقوا عنه."],
  ])("%o: %s", (f, input, output) => expect(f(H + input)).toBe(H + output));
});
