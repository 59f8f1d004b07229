import { describe, expect, it } from "vitest";
import { addDaysIso, dayNumber } from "../../time/day";
import { datesCompatible, reach } from "./dates";

type R = { start: string; end: string; basis?: "expression" | "default" };
const r = (start: string, end = start): R => ({ start, end });
/** An undated telling of a report published on `published`: the default week [P-7, P]. */
const undated = (published: string): R => ({ start: addDaysIso(published, -7), end: published, basis: "default" });
const dated = (start: string, end = start): R => ({ start, end, basis: "expression" });

const POSITIVES: Array<[string, R, R]> = [
  ["the same day", r("2020-11-11"), r("2020-11-11")],
  ["a day inside a month (نيسان الفائت vs أمس)", r("2021-04-01", "2021-04-30"), r("2021-04-14")],
  ["ranges sharing one day", r("2021-01-12", "2021-01-19"), r("2021-01-19", "2021-01-26")],
  ["two single days two days apart (مساء أمس vs منذ يومين)", r("2020-11-11"), r("2020-11-13")],
  ["a day and a two-day night two days apart", r("2020-11-11"), r("2020-11-13", "2020-11-14")],
  ["a quarter and a week in it (الربع الأول vs قبل أيام)", r("2021-01-01", "2021-03-31"), r("2021-03-20", "2021-03-27")],
  ["an announced quarter (أعلنت أواخر العام المنصرم: Oct–Dec and the week before) and early November in it", r("2020-09-24", "2020-12-31"), r("2020-10-25", "2020-11-10")],
  ["an undated telling and a day three weeks before its report (the undated outlet repeats it later)", undated("2021-05-25"), dated("2021-05-03")],
  ["an undated telling and a week ending a month before its report", undated("2021-05-25"), dated("2021-04-19", "2021-04-25")],
  ["an undated telling and a dated telling of the same week", undated("2021-05-25"), dated("2021-05-20")],
];
const NEGATIVES: Array<[string, R, R]> = [
  ["two single days three days apart", r("2020-11-11"), r("2020-11-14")],
  ["adjacent weeks", r("2021-01-01", "2021-01-07"), r("2021-01-08", "2021-01-14")],
  ["a week and a day two days after it (only near-points get the tolerance)", r("2021-01-01", "2021-01-07"), r("2021-01-09")],
  ["different years", r("2011-03-01", "2011-03-31"), r("2012-12-19", "2012-12-26")],
  ["a year and a week in it: the year is too vague to merge (منذ 3 سنوات vs قبل أيام)", r("2012-01-01", "2012-12-31"), r("2012-12-20", "2012-12-27")],
  ["ten months (قبل أشهر) and the same ten months", r("2020-06-14", "2021-04-30"), r("2020-06-14", "2021-04-30")],
  ["an announced half-year (أعلنت في النصف الثاني من العام: 191 days) and a week in it", r("2020-06-24", "2020-12-31"), r("2020-11-01", "2020-11-07")],
  ["four months (100 days) and a week in them", r("2021-01-01", "2021-04-10"), r("2021-02-01", "2021-02-07")],
  ["an undated telling and a day after its report (it bounds the incident by its report)", undated("2021-05-25"), dated("2021-05-29")],
  ["an undated telling and a day more than a month before its report", undated("2021-05-25"), dated("2021-04-24")],
  ["two undated tellings three weeks apart (two guesses do not confirm each other)", undated("2021-05-25"), undated("2021-05-04")],
  ["an undated telling and a year before its report (still too vague)", undated("2021-05-25"), dated("2021-01-01", "2021-12-31")],
];

describe("rule: dates intersect", () => {
  it.each(POSITIVES)("compatible: %s", (_, a, b) => {
    expect(datesCompatible(a, b)).toBe(true);
    expect(datesCompatible(b, a)).toBe(true);
  });
  it.each(NEGATIVES)("apart: %s", (_, a, b) => {
    expect(datesCompatible(a, b)).toBe(false);
    expect(datesCompatible(b, a)).toBe(false);
  });
});

describe("reach of a telling", () => {
  it("is a dated telling's own range, and an undated one's month before its report", () => {
    expect(reach(dated("2021-05-03", "2021-05-05"))).toEqual({ start: dayNumber("2021-05-03"), end: dayNumber("2021-05-05") });
    expect(reach(undated("2021-05-25"))).toEqual({ start: dayNumber("2021-04-25"), end: dayNumber("2021-05-25") });
  });
  it("keeps an undated telling's own range when it is longer than a month (a report published as a month)", () => {
    expect(reach({ start: "2021-05-25", end: "2021-06-30", basis: "default" })).toEqual({ start: dayNumber("2021-05-25"), end: dayNumber("2021-06-30") });
  });
});
