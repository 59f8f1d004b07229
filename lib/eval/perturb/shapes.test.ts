/**
 * What the shapes builder of `npm run -s eval:shapes` writes (lib/eval/perturb/shapes.ts, shapes-social.ts): fixed
 * reports in, the shaped text and its gold out. The extractor is not involved.
 */
import { describe, expect, it } from "vitest";
import type { GoldEvent, GoldReport } from "../gold";
import { goldEventWith, goldReport } from "./gold-testing";
import { countedNoun, SHAPES, type Pick } from "./shapes";
import { buildShape, pickFor } from "./shapes-run";
import { bulleted, datelineHead, hashtag, hashtagHead, tweetEmbedded } from "./shapes-social";
import { PEOPLE_NOUNS } from "./words";

const event = goldEventWith({
  groups: ["قوات النظام"],
  count: { low: 12, best: 12, high: 12 },
  date: { start: "2021-03-17", end: "2021-03-17" },
  dateText: "أمس",
  place: "دير الزور",
});
const report = (text: string, events: GoldEvent[] = [event()], published = "2021-03-18"): GoldReport => goldReport("t1", published, text, events);
const first: Pick = (options) => options[0];
const shape = (name: string) => SHAPES.find((s) => s.name === name)!;

const verbFirst = report("انشقاق في دير الزور\nخاص - دير الزور\nوانشق أمس 12 عنصراً من قوات النظام في ريف دير الزور. وتوجه المنشقون إلى مناطق المعارضة.");

describe("relayed", () => {
  it("moves a clause that opens with its verb into «أن» with the subject first", () => {
    expect(shape("relayed-agency").build(verbFirst, first)!.text).toBe(
      "انشقاق في دير الزور\nخاص - دير الزور\nونقلت وكالة \"سمارت\" المحلية عن مصادر محلية أن 12 عنصراً من قوات النظام انشقوا أمس في ريف دير الزور. وتوجه المنشقون إلى مناطق المعارضة.",
    );
  });
  it("«فإن» after a site's source, «إن» after a spokesman", () => {
    expect(shape("relayed-site").build(verbFirst, first)!.text).toContain("وبحسب ما أفاد به مصدر محلي لموقع \"عنب بلدي\"، فإن 12 عنصراً من قوات النظام انشقوا أمس");
    expect(shape("relayed-spokesman").build(verbFirst, first)!.text).toContain("وقال المتحدث باسم المجلس المحلي للمدينة في تصريح لـ\"عنب بلدي\" إن 12 عنصراً من قوات النظام انشقوا أمس");
  });
  it("a verb whose subject it cannot move takes «أنه»; the gold is the same", () => {
    const r = report("عنوان\nوفرّ عدد من عناصر قوات النظام أمس.");
    const v = shape("relayed-agency").build(r, first)!;
    expect(v.text).toBe("عنوان\nونقلت وكالة \"سمارت\" المحلية عن مصادر محلية أنه فرّ عدد من عناصر قوات النظام أمس.");
    expect(v.events).toBe(r.events);
  });
  it("leaves a sentence framed already, and a report with no incident sentence", () => {
    expect(shape("relayed-agency").build(report("عنوان\nوقال ناشطون إن 12 عنصراً انشقوا أمس."), first)).toBeNull();
    expect(shape("relayed-agency").build(report("عنوان\nاستمر القصف على المدينة.", []), first)).toBeNull();
  });
});

describe("testimony", () => {
  it("quotes a defector after the incident's sentence; the gold is the same", () => {
    const v = shape("testimony").build(verbFirst, first)!;
    expect(v.text).toBe(
      "انشقاق في دير الزور\nخاص - دير الزور\nوانشق أمس 12 عنصراً من قوات النظام في ريف دير الزور. وقال أحد المنشقين لـ\"عنب بلدي\": \"قررنا ترك مواقعنا بعد أن تأخرت رواتبنا أشهراً، ولم نعد نحتمل الإهانات\". وتوجه المنشقون إلى مناطق المعارضة.",
    );
    expect(v.events).toBe(verbFirst.events);
  });
});

describe("update", () => {
  it("confirms the figure: the gold is the same", () => {
    const v = shape("update-confirmed").build(verbFirst, first)!;
    expect(v.text.split("\n").slice(2)).toEqual(["وانشق أمس 12 عنصراً من قوات النظام في ريف دير الزور.", "وأكد مصدر محلي في وقت لاحق أن عدد المنشقين بلغ 12 عنصراً.", "وتوجه المنشقون إلى مناطق المعارضة."]);
    expect(v.events).toEqual(verbFirst.events);
  });
  it("a running total replaces the figure (the conventions): the gold counts it", () => {
    const v = shape("update-raised").build(verbFirst, first)!;
    expect(v.text.split("\n")[3]).toBe("وارتفع عدد المنشقين لاحقاً إلى 18 عنصراً، بحسب المصدر ذاته.");
    expect(v.events).toEqual([event({ count: { low: 18, best: 18, high: 18 } })]);
    expect(shape("update-joined").build(verbFirst, first)!.text.split("\n")[3]).toBe("ثم لحق بهم آخرون في وقت لاحق، ليصل عددهم إلى 18 عنصراً.");
  });
  it("only for one gold event whose figure the clause writes in digits", () => {
    expect(shape("update-raised").build(report(verbFirst.text, [event(), event({ groups: ["داعش"] })]), first)).toBeNull();
    expect(shape("update-raised").build(report(verbFirst.text, [event({ count: { low: 5, best: 5, high: 5 } })]), first)).toBeNull();
    expect(shape("update-raised").build(report("عنوان\nوانشق أمس اثنا عشر عنصراً من قوات النظام."), first)).toBeNull();
  });
  it.each([
    [5, "5 عناصر"],
    [18, "18 عنصراً"],
    [150, "150 عنصراً"],
    [200, "200 عنصر"],
    [111, "111 عنصراً"],
  ])("counts %i as «%s»", (n, written) => expect(countedNoun(n, PEOPLE_NOUNS[0])).toBe(written));
});

describe("social", () => {
  it("a hashtag of the place before the headline", () => {
    expect(hashtagHead(verbFirst, first)).toBe(`#دير_الزور | ${verbFirst.text}`);
    expect(hashtag("\"هيئة تحرير الشام\"")).toBe("#هيئة_تحرير_الشام");
  });
  it("a tweet that retells the incident, the group a hashtag, on a line of its own", () => {
    expect(tweetEmbedded(verbFirst.text, first)).toBe(
      "انشقاق في دير الزور\nخاص - دير الزور\nوانشق أمس 12 عنصراً من قوات النظام في ريف دير الزور.\nوكتب ناشطون على \"تويتر\": \"انشقاق 12 عنصراً من #قوات_النظام أمس\".\nوتوجه المنشقون إلى مناطق المعارضة.",
    );
  });
  it("the body's sentences as bullets; the headline and the byline as they are", () => {
    expect(bulleted(verbFirst.text)).toBe("انشقاق في دير الزور\nخاص - دير الزور\n- وانشق أمس 12 عنصراً من قوات النظام في ريف دير الزور.\n- وتوجه المنشقون إلى مناطق المعارضة.");
  });
  it("no item cut inside an obfuscated word: a stop with no space after it ends no sentence of the list (r36)", () => {
    expect(bulleted("انشقاق عناصر\nأعلن المركز أنه أمّن انشقـ.اق 10 عناصر. وتم الانشقـ.اق دفعة واحدة.")).toBe(
      "انشقاق عناصر\n- أعلن المركز أنه أمّن انشقـ.اق 10 عناصر.\n- وتم الانشقـ.اق دفعة واحدة.",
    );
  });
  it("a date line of the publication day at the head of the first paragraph", () => {
    expect(datelineHead(verbFirst, first).split("\n")[2]).toMatch(/^الخميس 18 آذار 2021 — وانشق أمس/);
    expect(datelineHead(report(verbFirst.text, [event()], "2021-03-18"), () => 1 as never).split("\n")[2]).toMatch(/^الخميس 18 مارس 2021 — /);
    expect(datelineHead({ ...verbFirst, published: { start: "2021-03-01", end: "2021-03-31" } }, first)).toBe(verbFirst.text);
  });
});

describe("seeded", () => {
  it("the same pick for the same seed, shape and report", () => {
    const a = pickFor(16, "testimony", "d01");
    const b = pickFor(16, "testimony", "d01");
    const xs = [0, 1, 2, 3, 4, 5, 6, 7];
    expect([a(xs), a(xs), a(xs)]).toEqual([b(xs), b(xs), b(xs)]);
  });
  it("builds only where a shape has a place", () => {
    expect(buildShape(shape("update-raised"), [verbFirst, report("عنوان\nاستمر القصف.", [])], 16).map((x) => x.report.text)).toEqual([verbFirst.text]);
  });
});
