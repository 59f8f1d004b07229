/**
 * The date perturbations (lib/eval/perturb/dates*.ts): each pure function on phrases written from its
 * definition, then per-case assertions on short reports: a phrase, its every variant, the range the
 * extractor must give (P = Wednesday 2022-03-16 unless said otherwise).
 */
import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "../../extract";
import { daysBetween } from "../../time/day";
import type { PublicationWindow } from "../../time/types";
import { compare, checkReport, extendSite } from "./dates";
import { classifySite, expectedRange, meets, monthFlips, shiftExpectation, widenedWindows } from "./dates-direction";
import { PHRASE_PERTURBATIONS } from "./dates-forms";
import { FORM_SETS, FRAMES, GRID_PUBLISHED, gridCases, gridReport, TELLING_DAYS, TELLING_FRAMES } from "./dates-grid";
import { placements, sentenceAround } from "./dates-placement";
import { ordinalDay, spelledYear } from "./dates-words";

const P: PublicationWindow = { start: "2022-03-16", end: "2022-03-16" };
const rewrite = (name: string, phrase: string) => PHRASE_PERTURBATIONS.find((p) => p.name === name)!.rewrite(phrase).map((v) => v.phrase);
const report = (date: string) => `انشق 5 عناصر من الفرقة الرابعة ${date} في ريف درعا.`;
const rangeOf = (text: string, published = P) => {
  const events = extractEventsStrict({ id: "t", body: text, published });
  expect(events, text).toHaveLength(1);
  return `${events[0].date.start}..${events[0].date.end}`;
};

describe("phrase perturbations", () => {
  it("month forms: Levantine, Egyptian and both paired forms", () => {
    expect(rewrite("month-forms", "نيسان الماضي")).toEqual(["أبريل الماضي", "نيسان/أبريل الماضي", "أبريل (نيسان) الماضي"]);
    expect(rewrite("month-forms", "3 آب/أغسطس 2016")).toEqual(["3 آب 2016", "3 أغسطس 2016", "3 أغسطس (آب) 2016"]);
    expect(rewrite("month-forms", "الأسبوع الماضي")).toEqual([]);
  });
  it("ordinal days both ways, with من", () => {
    expect(rewrite("ordinal-days", "في 12 نيسان")).toEqual(["في الثاني عشر من نيسان"]);
    expect(rewrite("ordinal-days", "21 من شهر أيار")).toEqual(["الحادي والعشرين من شهر أيار"]);
    expect(rewrite("ordinal-days", "الخامس من آذار")).toEqual(["5 آذار"]);
    expect(ordinalDay(31)).toBe("الحادي والثلاثين");
  });
  it("past words keep the gender and leave last night and the day before alone", () => {
    expect(rewrite("past-words", "الأسبوع الماضي")).toEqual(["الأسبوع الفائت", "الأسبوع المنصرم", "الأسبوع السابق", "الأسبوع المنقضي"]);
    expect(rewrite("past-words", "الجمعة الماضية")).toContain("الجمعة المنصرمة");
    expect(rewrite("past-words", "الليلة الماضية")).toEqual([]);
    expect(rewrite("past-words", "اليوم السابق")).toEqual([]);
  });
  it("yesterday and the day before", () => {
    expect(rewrite("yesterday", "مساء أمس")).toEqual(["مساء البارحة"]);
    expect(rewrite("yesterday", "أول أمس")).toEqual([]);
    expect(rewrite("day-before-yesterday", "أمس الأول")).toEqual(["أول أمس", "قبل أمس", "أول من أمس"]);
  });
  it("weekdays with and without يوم; years with م, in words, and numeric dates", () => {
    expect(rewrite("weekday-yawm", "يوم الأحد")).toEqual(["الأحد"]);
    expect(rewrite("weekday-yawm", "فجر الأحد")).toEqual(["فجر يوم الأحد"]);
    expect(rewrite("year-mim", "عام 2019")).toEqual(["عام 2019م"]);
    expect(rewrite("spelled-year", "في 3 آب 2016")).toEqual(["في 3 آب عام ألفين وستة عشر"]);
    expect(rewrite("spelled-year", "4/10/2017")).toEqual([]);
    expect(spelledYear(2021)).toBe("ألفين وواحد وعشرين");
    expect(rewrite("numeric-date", "في 12 نيسان 2019")).toEqual(["في 12/4/2019", "في 2019-04-12"]);
  });
  it("span words and times of day", () => {
    expect(rewrite("span-words", "خلال الأيام الماضية")).toEqual(["في غضون الأيام الماضية", "على مدى الأيام الماضية", "على مدار الأيام الماضية"]);
    expect(rewrite("time-of-day", "أمس")).toEqual(["فجر أمس", "صباح أمس", "ظهر أمس", "مساء أمس", "ليل أمس"]);
    expect(rewrite("time-of-day", "مساء يوم الأحد")).toEqual(["فجر يوم الأحد", "صباح يوم الأحد", "ظهر يوم الأحد", "ليل يوم الأحد"]);
    expect(rewrite("time-of-day", "اليوم التالي")).toEqual([]);
    expect(rewrite("time-of-day", "ليلة الأحد")).toEqual([]);
  });
  it("orthography", () => {
    expect(rewrite("hamza", "أول أمس")).toEqual(["اول امس"]);
    expect(rewrite("ta-marbuta", "الجمعة الماضية")).toEqual(["الجمعه الماضيه"]);
    expect(rewrite("alif-maqsura", "الأسبوع الماضي")).toEqual(["الأسبوع الماضى"]);
    expect(rewrite("tatweel", "الخميس")).toEqual(["الـخميس"]);
    expect(rewrite("eastern-digits", "12 نيسان 2019")).toEqual(["١٢ نيسان ٢٠١٩"]);
  });
});

describe("placements", () => {
  const text = "قال ناشطون إن 5 عناصر من الفرقة الرابعة انشقوا أمس في ريف درعا، ووصلوا إلى إدلب. وأضافوا أن المنشقين بخير.";
  const at = text.indexOf("أمس");
  const site = extendSite(text, { start: at, end: at + 3 });
  it("finds the sentence, not a full stop inside a word", () => {
    expect(sentenceAround("انـ.شق 5 عناصر أمس. وقال", { start: 15, end: 18 })).toEqual({ start: 0, end: 18 });
  });
  it("moves the phrase within its clause (after إن), before the sentence, and under a frame", () => {
    const out = Object.fromEntries(placements(text, site).map((v) => [v.name, v.text.split(".")[0]]));
    expect(out["to clause start"]).toBe("قال ناشطون إن أمس، 5 عناصر من الفرقة الرابعة انشقوا في ريف درعا، ووصلوا إلى إدلب");
    expect(out["to clause end"]).toBe("قال ناشطون إن 5 عناصر من الفرقة الرابعة انشقوا في ريف درعا أمس، ووصلوا إلى إدلب");
    expect(out["into a sentence before"]).toBe("شهدت المنطقة حادثة جديدة أمس");
    // The sentence opens with a reporting verb: no second frame.
    expect(out["under a reporting frame"]).toBeUndefined();
  });
  it("extends the site over its preposition", () => {
    const t = "فروا خلال الأيام الماضية";
    expect(extendSite(t, { start: 10, end: t.length })).toEqual({ start: 5, end: t.length });
  });
});

describe("direction", () => {
  it("classifies phrases and says what a shift of P does", () => {
    expect(classifySite("12 نيسان 2019")).toBe("absolute");
    expect(classifySite("نيسان الماضي")).toBe("month");
    expect(classifySite("الخميس الماضي")).toBe("day");
    expect(shiftExpectation("الخميس الماضي", 7)).toEqual({ kind: "shift", days: 7 });
    expect(shiftExpectation("الخميس الماضي", 3)).toBeNull();
    expect(shiftExpectation("منذ 8 كانون الأول 2024", 5)).toEqual({ kind: "end-shift", days: 5 });
    expect(shiftExpectation(null, 3)).toEqual({ kind: "shift", days: 3 });
  });
  it("flips the year of a month named without one", () => {
    const flips = monthFlips("نيسان الماضي", { start: "2021-04-01", end: "2021-04-30" });
    expect(flips.map((f) => [f.published.start, f.expect.kind])).toEqual([["2022-04-30", "same"], ["2022-05-01", "years"]]);
    expect(monthFlips("في نيسان", { start: "2021-04-01", end: "2021-04-30" })[0].expect).toEqual({ kind: "years", years: 1 });
    expect(monthFlips("نيسان الجاري", { start: "2021-04-01", end: "2021-04-30" })).toEqual([]);
    expect(meets({ start: "2023-02-01", end: "2023-02-28" }, { kind: "years", years: 1 }, { start: "2024-02-01", end: "2024-02-29" })).toBe(true);
  });
  it("widens a day into its month and a week around it", () => {
    expect(widenedWindows(P)).toEqual([
      { name: "P known only as its month", published: { start: "2022-03-01", end: "2022-03-31" } },
      { name: "P known only within ±3 days", published: { start: "2022-03-13", end: "2022-03-19" } },
    ]);
    expect(meets({ start: "2022-03-10", end: "2022-03-12" }, { kind: "contains" }, { start: "2022-03-11", end: "2022-03-20" })).toBe(false);
  });
});

/** Phrases and the range each gives at P, written from the conventions (README "How dates and counts are read"). */
const BASE: Array<[phrase: string, range: string]> = [
  ["في 12 نيسان 2019", "2019-04-12..2019-04-12"],
  ["في نيسان الماضي", "2021-04-01..2021-04-30"],
  ["أمس", "2022-03-15..2022-03-15"],
  ["أول أمس", "2022-03-14..2022-03-14"],
  ["يوم الأحد", "2022-03-13..2022-03-13"],
  ["الأحد الماضي", "2022-03-13..2022-03-13"],
  ["الأسبوع الماضي", "2022-03-09..2022-03-15"],
  ["خلال الأيام الماضية", "2022-03-09..2022-03-16"],
  ["في مطلع عام 2014", "2014-01-01..2014-03-31"],
  ["في الخامس من آذار", "2022-03-05..2022-03-05"],
  ["فجر أمس", "2022-03-15..2022-03-15"],
  ["في أواخر شباط", "2022-02-21..2022-02-28"],
  ["في 3 آب/أغسطس 2016", "2016-08-03..2016-08-03"],
  ["خلال عام 2019", "2019-01-01..2019-12-31"],
];
const VARIANTS = BASE.flatMap(([phrase, range]) => PHRASE_PERTURBATIONS.flatMap((p) => p.rewrite(phrase).map((v) => [p.name, v.phrase, range] as const)));

describe("every variant of a phrase dates the incident as the phrase does", () => {
  it.each(BASE)("%s → %s", (phrase, range) => {
    expect(rangeOf(report(phrase))).toBe(range);
  });
  it("there are variants of every kind", () => {
    expect(new Set(VARIANTS.map(([name]) => name))).toEqual(new Set(PHRASE_PERTURBATIONS.map((p) => p.name)));
  });
  it.each(VARIANTS)("[%s] %s → %s", (_, phrase, range) => {
    expect(rangeOf(report(phrase))).toBe(range);
  });
});

describe("placement and direction on short reports", () => {
  it("a sentence before that introduces the incident, a reporting frame with a day of its own", () => {
    expect(rangeOf("شهدت المنطقة حادثة جديدة فجر الأحد. انشق 5 عناصر من الفرقة الرابعة في ريف درعا.")).toBe("2022-03-13..2022-03-13");
    expect(rangeOf("وذكرت مصادر محلية أمس أنه انشق 5 عناصر من الفرقة الرابعة فجر الأحد في ريف درعا.")).toBe("2022-03-13..2022-03-13");
    expect(rangeOf("وذكرت مصادر محلية أمس أنه انشق 5 عناصر من الفرقة الرابعة في ريف درعا.")).toBe("2022-03-08..2022-03-15");
  });
  it("relative ranges shift with P, absolute ones stay, last April flips at May", () => {
    const later = { start: "2022-03-23", end: "2022-03-23" };
    expect(rangeOf(report("يوم الأحد"), later)).toBe("2022-03-20..2022-03-20");
    expect(rangeOf(report("في 12 نيسان 2019"), later)).toBe("2019-04-12..2019-04-12");
    expect(rangeOf(report("في نيسان الماضي"), { start: "2022-04-30", end: "2022-04-30" })).toBe("2021-04-01..2021-04-30");
    expect(rangeOf(report("في نيسان الماضي"), { start: "2022-05-01", end: "2022-05-01" })).toBe("2022-04-01..2022-04-30");
    expect(rangeOf(report("أمس"), { start: "2022-03-01", end: "2022-03-31" })).toBe("2022-02-28..2022-03-30");
  });
  it("checkReport finds nothing wrong on a plain report, and compare sees a changed range", () => {
    const text = report("يوم الأحد");
    const cases = checkReport({ id: "t", text, published: P }, (body, published) => extractEventsStrict({ id: "t", body, published }));
    expect(cases.length).toBeGreaterThan(10);
    expect(cases.filter((c) => !c.ok)).toEqual([]);
    const events = extractEventsStrict({ id: "t", body: text, published: P });
    const moved = extractEventsStrict({ id: "t", body: report("أمس"), published: P });
    expect(compare(events, moved, () => ({ kind: "same" }))).toMatch(/want 2022-03-13\.\.2022-03-13/);
    expect(compare(events, [], () => ({ kind: "same" }))).toMatch(/0 events for 1/);
  });
});

describe("the forms of one date on a one-sentence report (dates-grid.ts)", () => {
  const pairs = FORM_SETS.flatMap((set) => set.forms.slice(1).map((form) => [set.name, set.forms[0], form] as const));
  it.each(pairs)("[%s] %s ≡ %s", (_, reference, form) => {
    const [ref] = extractEventsStrict({ id: "t", body: gridReport(reference), published: GRID_PUBLISHED });
    expect(ref.date.basis, `«${reference}» is read`).not.toBe("default");
    expect(rangeOf(gridReport(form), GRID_PUBLISHED)).toBe(`${ref.date.start}..${ref.date.end}`);
  });
  const placed = FRAMES.slice(1).flatMap((frame) => FORM_SETS.filter((set) => !frame.skip?.(set.forms[0])).map((set) => [frame.name, set.forms[0], frame.write(set.forms[0])] as const));
  it.each(placed)("[placed %s] %s", (_, reference, text) => {
    const [ref] = extractEventsStrict({ id: "t", body: gridReport(reference), published: GRID_PUBLISHED });
    expect(rangeOf(text, GRID_PUBLISHED)).toBe(`${ref.date.start}..${ref.date.end}`);
  });
  const tellings = TELLING_DAYS.flatMap((day) => TELLING_FRAMES.map((frame) => [day, frame(day)] as const));
  it.each(tellings)("the telling's day %s bounds the incident: %s", (day, text) => {
    const [ref] = extractEventsStrict({ id: "t", body: TELLING_FRAMES[0](day), published: GRID_PUBLISHED });
    expect(daysBetween(ref.date.start, ref.date.end)).toBe(7);
    expect(rangeOf(text, GRID_PUBLISHED)).toBe(`${ref.date.start}..${ref.date.end}`);
  });
  const forms = [...new Set(FORM_SETS.flatMap((set) => set.forms))];
  it.each(forms)("P known only as its month or ±3 days widens «%s», P a week later shifts it", (form) => {
    const [original] = extractEventsStrict({ id: "t", body: gridReport(form), published: GRID_PUBLISHED });
    for (const w of widenedWindows(GRID_PUBLISHED)) {
      const [got] = extractEventsStrict({ id: "t", body: gridReport(form), published: w.published });
      expect(got.date.start <= original.date.start && got.date.end >= original.date.end, `${w.name}: ${got.date.start}..${got.date.end}`).toBe(true);
    }
    const e = shiftExpectation(form, 7);
    if (e === null || e.kind === "contains") return;
    const [later] = extractEventsStrict({ id: "t", body: gridReport(form), published: { start: "2022-03-23", end: "2022-03-23" } });
    const want = expectedRange({ start: original.date.start, end: original.date.end }, e)!;
    expect(`${later.date.start}..${later.date.end}`).toBe(`${want.start}..${want.end}`);
  });
  it("a reference that is not read at all fails its set", () => {
    const cases = gridCases(() => []);
    expect(cases.every((c) => !c.ok)).toBe(true);
  });
});
