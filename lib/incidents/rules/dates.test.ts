import { describe, expect, it } from "vitest";
import { datesCompatible } from "./dates";

type R = { start: string; end: string };
const r = (start: string, end = start): R => ({ start, end });

const POSITIVES: Array<[string, R, R]> = [
  ["the same day", r("2020-11-11"), r("2020-11-11")],
  ["a day inside a month (نيسان الفائت vs أمس)", r("2021-04-01", "2021-04-30"), r("2021-04-14")],
  ["ranges sharing one day", r("2021-01-12", "2021-01-19"), r("2021-01-19", "2021-01-26")],
  ["two single days two days apart (مساء أمس vs منذ يومين)", r("2020-11-11"), r("2020-11-13")],
  ["a day and a two-day night two days apart", r("2020-11-11"), r("2020-11-13", "2020-11-14")],
  ["a quarter and a week in it (الربع الأول vs قبل أيام)", r("2021-01-01", "2021-03-31"), r("2021-03-20", "2021-03-27")],
];
const NEGATIVES: Array<[string, R, R]> = [
  ["two single days three days apart", r("2020-11-11"), r("2020-11-14")],
  ["adjacent weeks", r("2021-01-01", "2021-01-07"), r("2021-01-08", "2021-01-14")],
  ["a week and a day two days after it (only near-points get the tolerance)", r("2021-01-01", "2021-01-07"), r("2021-01-09")],
  ["different years", r("2011-03-01", "2011-03-31"), r("2012-12-19", "2012-12-26")],
  ["a year and a week in it: the year is too vague to merge (منذ 3 سنوات vs قبل أيام)", r("2012-01-01", "2012-12-31"), r("2012-12-20", "2012-12-27")],
  ["ten months (قبل أشهر) and the same ten months", r("2020-06-14", "2021-04-30"), r("2020-06-14", "2021-04-30")],
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
