/**
 * What the digest builder of `npm run -s eval:digest` writes (lib/eval/perturb/digest.ts): fixed reports in, the
 * digest and its gold out — which parts may move to another day, how their gold dates move, the openers of each
 * shape, the recall clauses. The extractor is not involved.
 */
import { describe, expect, it } from "vitest";
import type { GoldEvent, GoldReport } from "../gold";
import { goldEventWith, goldReport as report } from "./gold-testing";
import { absolute, absolutePhrase, dateFate } from "./digest-dates";
import { buildDigests, joinsOn, partOn, composeDigest, dayRelative, SET_SHAPES, menCounted, movable, passageOf, placeOpener, recallClause, recallDate, seeded, shiftedEvents } from "./digest";

const event = goldEventWith({
  groups: ["قوات النظام"],
  count: { low: 5, best: 5, high: 5 },
  date: { start: "2021-03-17", end: "2021-03-17" },
  dateText: "أمس",
});

// 2021-03-18 and 2021-03-04 are Thursdays, 2021-03-10 a Wednesday
const lead = report("a", "2021-03-18", "عنوان أ\nخاص - الحسكة\nانشق 5 عناصر من قوات النظام أمس في ريف الحسكة.", [event()]);
const moved = report("b", "2021-03-04", "عنوان ب\nفرّ 3 عناصر من الدفاع الوطني اليوم.", [event({ groups: ["الدفاع الوطني"], count: { low: 3, best: 3, high: 3 }, date: { start: "2021-03-04", end: "2021-03-04" }, dateText: "اليوم", kind: "desertion", place: "مدينة الرقة" })]);
const none = report("c", "2021-02-25", "عنوان ج\nقال ناشطون إن القصف استمر على بلدات ريف إدلب الجنوبي طوال الليل الماضي.", []);
const otherDay = report("d", "2021-03-10", "عنوان د\nانشق عنصر من قسد أمس.", [event({ groups: ["قسد"], count: { low: 1, best: 1, high: 1 }, date: { start: "2021-03-09", end: "2021-03-09" } })]);

describe("the passage and the date rule", () => {
  it("drops the headline and the short lines that end no sentence (a byline)", () => {
    expect(passageOf(lead.text)).toBe("انشق 5 عناصر من قوات النظام أمس في ريف الحسكة.");
  });
  it.each([
    [null, true],
    ["أمس", true],
    ["مساء أمس الأربعاء", true],
    ["خلال الـ 72 ساعة الماضية", true],
    ["خلال الأسبوع الماضي", true],
    ["منذ مطلع الشهر الحالي", false],
    ["في 9 ديسمبر/كانون الأول العام الماضي", false],
    ["مطلع عام 2014", false],
  ])("a gold date told as %s moves with the day: %s", (text, expected) => {
    expect(dayRelative(text)).toBe(expected);
  });
  it("a passage that writes a year stays on its own day", () => {
    expect(movable(moved)).toBe(true);
    expect(movable(report("y", "2021-03-04", "عنوان\nانشق 3 عناصر اليوم 4/3/2021.", [event({ dateText: "اليوم" })]))).toBe(false);
  });
  it("shifts the gold dates by the days between the publications (whole weeks)", () => {
    expect(shiftedEvents(moved, "2021-03-18")[0].date).toEqual({ start: "2021-03-18", end: "2021-03-18" });
  });
});

describe("the date rule for parts dated by a month or a year (r15-digest3)", () => {
  // a phrase with a year and only a calendar date's words stays on any day; one naming a month or a year relative to
  // the publication is rewritten into the absolute one its gold says; anything else keeps the part home
  it.each([
    ["مطلع عام 2014", true],
    ["الثلاثاء 6 تشرين الثاني 2012", true],
    ["في 9 ديسمبر/كانون الأول عام 2023", true],
    ["اليوم الأربعاء 4/10/2017", false],
    ["منذ سقوط نظام الأسد في 8 كانون الأول 2024", false],
    ["في نيسان الفائت", false],
  ])("%s is absolute: %s", (text, expected) => {
    expect(absolute(text)).toBe(expected);
  });
  it.each([
    ["في نيسان الفائت", { start: "2014-04-01", end: "2014-04-30" }, "في نيسان 2014"],
    ["الثلاثاء 6 نونبر", { start: "2012-11-06", end: "2012-11-06" }, "الثلاثاء 6 نونبر 2012"],
    ["في 19 من شهر تشرين الأول/ أكتوبر الماضي", { start: "2020-10-19", end: "2020-10-19" }, "في 19 من شهر تشرين الأول/ أكتوبر 2020"],
    ["في نهاية العام الماضي", { start: "2018-10-01", end: "2018-12-31" }, "في نهاية عام 2018"],
    ["في 9 ديسمبر/كانون الأول العام الماضي", { start: "2023-12-09", end: "2023-12-09" }, "في 9 ديسمبر/كانون الأول عام 2023"],
    // negatives: a month of the publication, a range across two years, a day counted from another event
    ["في 19 من الشهر الجاري", { start: "2021-01-19", end: "2021-01-19" }, null],
    ["بين كانون الأول وشباط الماضيين", { start: "2020-12-01", end: "2021-02-28" }, null],
    ["قبل يوم من بيان الفرقة", { start: "2023-12-08", end: "2023-12-08" }, null],
  ])("%s (gold %j) is told absolutely as %s", (text, range, expected) => {
    expect(absolutePhrase(text, range)).toBe(expected);
  });
  const dated = report("m", "2021-03-04", "عنوان م\nانشق 3 عناصر من قسد أمس، بعد أن انشق 4 آخرون في نيسان الفائت.", [
    event({ groups: ["قسد"], count: { low: 3, best: 3, high: 3 }, date: { start: "2021-03-03", end: "2021-03-03" } }),
    event({ groups: ["قسد"], count: { low: 4, best: 4, high: 4 }, date: { start: "2020-04-01", end: "2020-04-30" }, dateText: "في نيسان الفائت" }),
  ]);
  it("a month without its year is rewritten in the passage and its gold stays; the day-relative gold moves", () => {
    expect(dateFate(dated.events[1], passageOf(dated.text))).toEqual({ fate: "stays", rewrite: ["في نيسان الفائت", "في نيسان 2020"] });
    const p = partOn(dated, "2021-03-18");
    expect(p.text).toBe("انشق 3 عناصر من قسد أمس، بعد أن انشق 4 آخرون في نيسان 2020.");
    expect(p.events.map((e) => e.date)).toEqual([{ start: "2021-03-17", end: "2021-03-17" }, { start: "2020-04-01", end: "2020-04-30" }]);
    expect(p.events[1].dateText).toBe("في نيسان 2020");
  });
  it("a part with a day-relative date joins whole weeks away only; a part of absolute dates joins any day", () => {
    expect(joinsOn(dated, "2021-03-18")).toBe(true);
    expect(joinsOn(dated, "2021-03-10")).toBe(false);
    const fixed = report("f", "2017-10-04", "عنوان\nانشق 3 عناصر من قسد مطلع عام 2014.", [event({ date: { start: "2014-01-01", end: "2014-03-31" }, dateText: "مطلع عام 2014" })]);
    expect(joinsOn(fixed, "2021-03-10")).toBe(true);
    // (no gold that stays may fall after the digest's day: «مطلع عام 2014» told in a digest of 2013)
    expect(joinsOn(fixed, "2013-03-26")).toBe(false);
    expect(partOn(fixed, "2021-03-10").events[0].date).toEqual({ start: "2014-01-01", end: "2014-03-31" });
    // a phrase the passage does not write as the gold has it: the part stays home
    expect(joinsOn(report("g", "2021-03-04", "عنوان\nانشق 3 عناصر في شهر نيسان الماضي.", [event({ date: { start: "2020-04-01", end: "2020-04-30" }, dateText: "في نيسان الماضي" })]), "2021-03-18")).toBe(false);
  });
});

describe("openers and recall clauses", () => {
  it("«وفي <place>،» only for a plain area", () => {
    expect(placeOpener([event({ place: "ريف دير الزور الغربي (معبر الجنينة النهري)" })])).toBe("وفي ريف دير الزور الغربي، ");
    expect(placeOpener([event({ place: "الحدود السورية التركية" })])).toBeNull();
    // (only the first event's place: the passage tells it first)
    expect(placeOpener([event({ place: "الريف الغربي من القنيطرة" }), event({ place: "ريف دمشق" })])).toBeNull();
  });
  it.each([
    [1, false, "عنصر"],
    [2, true, "عنصرين"],
    [7, false, "7 عناصر"],
    [15, false, "15 عنصراً"],
    [300, false, "300 عنصر"],
    [150, false, null],
    [null, false, "عناصر"],
  ])("%s men (genitive %s): %s", (n, genitive, expected) => {
    expect(menCounted(n, genitive)).toBe(expected);
  });
  it.each([
    [{ start: "2021-03-17", end: "2021-03-17" }, " أمس"],
    [{ start: "2021-03-18", end: "2021-03-18" }, " اليوم"],
    [{ start: "2021-03-15", end: "2021-03-15" }, " يوم الاثنين الماضي"],
    [{ start: "2021-03-11", end: "2021-03-18" }, ""],
    [{ start: "2021-03-01", end: "2021-03-05" }, null],
  ])("the range %j under 2021-03-18: «%s»", (range, expected) => {
    expect(recallDate(range, "2021-03-18")).toBe(expected);
  });
  it("tells a defection and a desertion in both forms, and nothing it cannot tell exactly", () => {
    expect(recallClause(event(), "2021-03-18", false)).toBe("ويأتي ذلك بعد انشقاق 5 عناصر عن قوات النظام أمس.");
    expect(recallClause(event({ kind: "desertion", count: { low: 2, best: 2, high: 2 } }), "2021-03-18", true)).toBe("وكان عنصران قد فرّا من قوات النظام أمس.");
    expect(recallClause(event({ count: { low: 12, best: 15, high: 18 } }), "2021-03-18", true)).toBeNull();
    expect(recallClause(event({ kind: "attempted" }), "2021-03-18", true)).toBeNull();
  });
});

describe("digests", () => {
  const random = () => 0.9; // no place opener
  it("paragraphs: the lead's passage, then «وفي سياق آخر،» before each other part; the gold the union, moved", () => {
    const d = composeDigest("x", "paragraphs", lead, [moved], random)!;
    expect(d.text).toBe("انشق 5 عناصر من قوات النظام أمس في ريف الحسكة.\nوفي سياق آخر، فرّ 3 عناصر من الدفاع الوطني اليوم.");
    expect(d.published.start).toBe("2021-03-18");
    expect(d.events.map((e) => [e.groups[0], e.date?.start])).toEqual([["قوات النظام", "2021-03-17"], ["الدفاع الوطني", "2021-03-18"]]);
  });
  it("bullets, «كما» chaining, and a recall clause", () => {
    expect(composeDigest("x", "bullets", lead, [moved, none], random)!.text).toBe(
      "أبرز الأحداث:\n- انشق 5 عناصر من قوات النظام أمس في ريف الحسكة.\n- فرّ 3 عناصر من الدفاع الوطني اليوم.\n- قال ناشطون إن القصف استمر على بلدات ريف إدلب الجنوبي طوال الليل الماضي.",
    );
    expect(composeDigest("x", "kama", lead, [moved], random)!.text).toBe("انشق 5 عناصر من قوات النظام أمس في ريف الحسكة. كما فرّ 3 عناصر من الدفاع الوطني اليوم.");
    const r = composeDigest("x", "recall", lead, [moved], random)!;
    expect(r.text).toBe("انشق 5 عناصر من قوات النظام أمس في ريف الحسكة.\nويأتي ذلك بعد فرار 3 عناصر من الدفاع الوطني اليوم.");
    expect(r.events).toHaveLength(2);
  });
  it("joins only parts a whole number of weeks apart, the same sets in every shape, the same for the same seed", () => {
    const reports = [lead, moved, none, otherDay];
    const a = buildDigests(reports, 7, 3);
    expect(a).toEqual(buildDigests(reports, 7, 3));
    for (const d of a) expect(d.parts.some((p) => p.report === "d") && d.parts[0].report !== "d").toBe(false);
    const sets = new Set(a.map((d) => d.id.split("/")[0]));
    // (a recall needs a part with events to recall)
    for (const s of sets) expect(a.filter((d) => d.id.startsWith(`${s}/`)).map((d) => d.shape)).toEqual(s.includes("b") ? [...SET_SHAPES] : SET_SHAPES.slice(0, 3));
  });
  it("the PRNG is deterministic", () => {
    const r = seeded(1);
    const s = seeded(1);
    expect([r(), r(), r()]).toEqual([s(), s(), s()]);
  });
});
