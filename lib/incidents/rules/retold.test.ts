import { describe, expect, it } from "vitest";
import { addDaysIso } from "../../time/day";
import { GAZETTEER } from "../gazetteer";
import { count, PLACE } from "../testing";
import { distinctiveFigure, mayBeRetold, perhapsRetold, publishedTogether, retoldInSameTown, retoldWithSameFigure, type Retelling } from "./retold";

type C = ReturnType<typeof count> | null;
/** A telling published on `published` (or a window), dated [start, end] (an expression unless said). */
function told(published: string | [string, string], c: C, start: string, end = start, basis: "expression" | "default" = "expression"): Retelling {
  const [ps, pe] = typeof published === "string" ? [published, published] : published;
  return { published: { start: ps, end: pe }, event: { count: c, date: { start, end, basis } } };
}
const undated = (published: string, c: C): Retelling => told(published, c, addDaysIso(published, -7), published, "default");

// [what, a, b, merged (same distinctive figure), proposed (figures that agree)]
const CORPUS: Array<[string, Retelling, Retelling, boolean, boolean]> = [
  // Merged whatever the dates: the extractor's date of one telling is wrong.
  ["a wrong year: «15 عنصراً» dated 2019-11-11 and «نحو 15» dated 2020-11-11, published a day apart",
    told("2020-11-12", count(15, 15, 15), "2019-11-11"), told("2020-11-13", count(12, 15, 18, "نحو 15"), "2020-11-11"), true, true],
  ["an undated telling and one dated two months before, published the same week with 2000",
    undated("2024-12-10", count(2000, 2000, 2000)), told("2024-12-07", count(2000, 2000, 3000, "أكثر من 2000"), "2024-10-06"), true, true],
  ["an anchor mistake (the announcement's day taken for the incident's): 40 and 40, five days apart",
    told("2021-01-31", count(40, 40, 40), "2021-01-30"), told("2021-01-26", count(40, 40, 40), "2021-01-10", "2021-01-12"), true, true],
  ["publications a week apart (the window's edge)", told("2021-03-01", count(23, 23, 23), "2021-02-28"), told("2021-03-08", count(23, 23, 23), "2021-01-20"), true, true],
  // Proposed only: the figures agree but prove little.
  ["the same small figure (a named officer, «1»)", told("2012-12-26", count(1, 1, 1), "2012-12-19", "2012-12-26", "default"), told("2012-12-24", count(1, 1, 1), "2012-11-10"), false, true],
  ["«أكثر من 700» and «نحو 2000» (one split, figures apart but not orders apart)",
    told("2020-05-06", count(700, 700, 1050, "أكثر من 700"), "2020-04-29", "2020-05-06"), told("2020-05-02", count(1600, 2000, 2400, "نحو 2000"), "2020-03-20"), false, true],
  ["10 and «عشرات» (a vague quantity is not a figure to match)", told("2021-01-19", count(10, 10, 10), "2021-01-12"), told("2021-01-20", count(20, 30, 99, "عشرات"), "2020-12-01"), false, true],
  ["12 and 13", told("2021-01-19", count(12, 12, 12), "2021-01-12"), told("2021-01-20", count(13, 13, 13), "2020-12-01"), false, true],
  // Proposed only: both outlets name near days, and the days differ (two incidents in the same weeks).
  ["«15 عنصراً أمس الثلاثاء» and «15 عنصراً مساء السبت», four days apart, each the day before its report",
    told("2024-03-13", count(15, 15, 15), "2024-03-12"), told("2024-03-17", count(15, 15, 15), "2024-03-16"), false, true],
  ["«نحو 40» «في 3 آذار» told on the 5th and «40» «قبل يومين» on the 10th",
    told("2024-03-05", count(32, 40, 48, "نحو 40"), "2024-03-03"), told("2024-03-10", count(40, 40, 40), "2024-03-08"), false, true],
  // Still merged: one of the two dates lies more than a week before its report (an anchor slip, not a near day).
  ["the same figure, one dated nine days before its report", told("2024-03-13", count(15, 15, 15), "2024-03-12"), told("2024-03-14", count(15, 15, 15), "2024-03-05"), true, true],
  // Neither.
  ["the same figure published eight days apart", told("2021-03-01", count(23, 23, 23), "2021-02-28"), told("2021-03-09", count(23, 23, 23), "2021-01-20"), false, false],
  ["the same figure in a report dated only by its month", told(["2021-06-01", "2021-06-30"], count(30, 30, 30), "2021-05-01", "2021-05-31"), told("2021-06-15", count(30, 30, 30), "2021-06-14"), false, false],
  ["the same figure, one dated by years («منذ سنوات»: a background mention)", told("2021-06-15", count(30, 30, 30), "2015-01-01", "2021-06-15"), told("2021-06-15", count(30, 30, 30), "2021-06-14"), false, false],
  ["one figure unknown", told("2021-06-15", null, "2021-06-14"), told("2021-06-16", count(30, 30, 30), "2021-04-14"), false, false],
  ["figures orders apart (25 and 2,000)", told("2021-06-15", count(25, 25, 25), "2021-06-14"), told("2021-06-16", count(2000, 2000, 2000), "2021-04-14"), false, false],
];

const inTown = (t: Retelling, place: Retelling["event"]["place"]): Retelling => ({ ...t, event: { ...t.event, place } });
// [what, a, b, merged]: one town's story retold within a week, one date misread by the extractor (round 9).
const TOWN_CORPUS: Array<[string, Retelling, Retelling, boolean]> = [
  ["«15 عنصراً» in الميادين and «نحو 20» there, one dated a month early (an anchor slip)",
    inTown(told("2021-03-10", count(15, 15, 15), "2021-03-09"), PLACE.mayadin), inTown(told("2021-03-12", count(16, 20, 24, "نحو 20"), "2021-02-08"), PLACE.mayadin), true],
  ["«عدد من العناصر» (no figure) in الميادين and «7 عناصر» there, one dated a week early",
    inTown(told("2021-03-10", null, "2021-03-02"), PLACE.mayadin), inTown(told("2021-03-10", count(7, 7, 7), "2021-03-09"), PLACE.mayadin), true],
  ["7 and 7 in البوكمال, one undated (its report's week, a year after the other's misread date)",
    inTown(undated("2021-03-12", count(7, 7, 7)), PLACE.bukamal), inTown(told("2021-03-10", count(7, 7, 7), "2020-03-09"), PLACE.bukamal), true],
  // Not merged.
  ["two towns of one governorate", inTown(told("2021-03-10", count(15, 15, 15), "2021-03-09"), PLACE.mayadin), inTown(told("2021-03-12", count(16, 20, 24, "نحو 20"), "2021-02-08"), PLACE.bukamal), false],
  ["a governorate only (it agrees with too much)", inTown(told("2021-03-10", count(15, 15, 15), "2021-03-09"), PLACE.deirezzor), inTown(told("2021-03-12", count(16, 20, 24, "نحو 20"), "2021-02-08"), PLACE.deirezzor), false],
  ["the same town, both naming near days four days apart (two incidents of the week)",
    inTown(told("2021-03-10", count(7, 7, 7), "2021-03-09"), PLACE.mayadin), inTown(told("2021-03-14", count(7, 7, 7), "2021-03-13"), PLACE.mayadin), false],
  ["the same town, figures orders apart (5 and 300)", inTown(told("2021-03-10", count(5, 5, 5), "2021-03-09"), PLACE.mayadin), inTown(told("2021-03-12", count(300, 300, 300), "2021-02-08"), PLACE.mayadin), false],
  ["the same town, published eight days apart", inTown(told("2021-03-01", count(7, 7, 7), "2021-02-28"), PLACE.mayadin), inTown(told("2021-03-09", null, "2021-01-20"), PLACE.mayadin), false],
  ["the same town, one dated by years («منذ سنوات»: a background mention)", inTown(told("2021-06-15", null, "2015-01-01", "2021-06-15"), PLACE.mayadin), inTown(told("2021-06-15", count(30, 30, 30), "2021-06-14"), PLACE.mayadin), false],
];

describe("rule: a story retold within a week", () => {
  it.each(CORPUS)("%s", (_, a, b, merged, proposed) => {
    expect(retoldWithSameFigure(a, b, GAZETTEER)).toBe(merged);
    expect(retoldWithSameFigure(b, a, GAZETTEER)).toBe(merged);
    expect(perhapsRetold(a, b, GAZETTEER)).toBe(proposed);
    expect(perhapsRetold(b, a, GAZETTEER)).toBe(proposed);
  });
  it.each(TOWN_CORPUS)("%s", (_, a, b, merged) => {
    expect(retoldInSameTown(a, b, GAZETTEER)).toBe(merged);
    expect(retoldInSameTown(b, a, GAZETTEER)).toBe(merged);
  });
  it("lets a telling with a town and no figure be retold (the store indexes it by publication), not one with neither", () => {
    expect(mayBeRetold(inTown(told("2021-06-15", null, "2021-06-14"), PLACE.mayadin), GAZETTEER)).toBe(true);
    expect(mayBeRetold(inTown(told("2021-06-15", null, "2021-06-14"), PLACE.deirezzor), GAZETTEER)).toBe(false);
    expect(mayBeRetold(told("2021-06-15", null, "2021-06-14"), GAZETTEER)).toBe(false);
  });

  it("counts a figure of 10 or more, exact or approximate, as distinctive; not 1–9 nor a vague quantity", () => {
    expect([count(10, 10, 10), count(12, 15, 18, "نحو 15"), count(700, 700, 1050, "أكثر من 700")].map(distinctiveFigure)).toEqual([true, true, true]);
    expect([count(9, 9, 9), count(1, 1, 1), count(20, 30, 99, "عشرات"), count(200, 300, 999, "المئات"), null].map(distinctiveFigure)).toEqual([false, false, false, false, false]);
  });

  it("measures the window between publication windows, each known to within a week", () => {
    expect(publishedTogether({ start: "2021-03-01", end: "2021-03-03" }, { start: "2021-03-10", end: "2021-03-10" })).toBe(true);
    expect(publishedTogether({ start: "2021-03-01", end: "2021-03-02" }, { start: "2021-03-10", end: "2021-03-10" })).toBe(false);
    expect(publishedTogether({ start: "2021-03-01", end: "2021-03-08" }, { start: "2021-03-05", end: "2021-03-05" })).toBe(false);
  });
});
