import { describe, expect, it } from "vitest";
import { count } from "../testing";
import { lookingBackDate, toldLookingBack, type Recalled } from "./retrospective";

const told = (start: string, end: string, c: Recalled["count"], basis: "expression" | "default" = "expression"): Recalled => ({ date: { start, end, basis }, count: c, place: null });
/** «انشق 15 عنصراً … أمس», told on 11 June 2020. */
const NEWS = told("2020-06-10", "2020-06-10", count(15, 15, 15));

// [what, a, b, outcome]
const CORPUS: Array<[string, Recalled, Recalled, "compatible" | "perhaps" | null]> = [
  ["«العام الماضي» (2020) with the same figure", told("2020-01-01", "2020-12-31", count(15, 15, 15)), NEWS, "compatible"],
  ["«قبل أشهر» (ten months) with «نحو 15»", told("2019-09-10", "2020-07-10", count(12, 15, 18, "نحو 15")), NEWS, "compatible"],
  ["«خلال الأشهر الماضية» (half a year) with another figure not orders apart: proposed", told("2020-03-10", "2020-09-10", count(20, 20, 20)), NEWS, "perhaps"],
  ["the same small figure (5): proposed", told("2020-01-01", "2020-12-31", count(5, 5, 5)), told("2020-06-10", "2020-06-10", count(5, 5, 5)), "perhaps"],
  ["an undated telling whose month lies inside the year: proposed", told("2020-01-01", "2020-12-31", count(20, 20, 20)), told("2020-06-03", "2020-06-10", count(15, 15, 15), "default"), "perhaps"],
  ["a single person on either side (a named officer)", told("2020-01-01", "2020-12-31", count(1, 1, 1)), told("2020-06-10", "2020-06-10", count(1, 1, 1)), null],
  ["the news outside the range («العام الماضي» is 2019)", told("2019-01-01", "2019-12-31", count(15, 15, 15)), NEWS, null],
  ["the news only partly inside (an undated month across the new year)", told("2020-01-01", "2020-12-31", count(15, 15, 15)), told("2019-12-20", "2020-01-03", count(15, 15, 15), "default"), null],
  ["figures orders apart (15 and 300)", told("2020-01-01", "2020-12-31", count(300, 300, 300)), NEWS, null],
  ["a figure unknown («عدد من»)", told("2020-01-01", "2020-12-31", null), NEWS, null],
  ["«منذ سنوات» (longer than a year)", told("2016-06-11", "2020-06-11", count(15, 15, 15)), NEWS, null],
  ["two tellings looking back", told("2020-01-01", "2020-12-31", count(15, 15, 15)), told("2019-09-10", "2020-07-10", count(15, 15, 15)), null],
  ["a quarter is no telling looking back (the date rule decides it)", told("2020-04-01", "2020-06-30", count(15, 15, 15)), NEWS, null],
];

describe("rule: an incident told looking back", () => {
  it.each(CORPUS)("%s", (_, a, b, outcome) => {
    expect(toldLookingBack(a, b)).toBe(outcome);
    expect(toldLookingBack(b, a)).toBe(outcome);
  });
  it("reads a year or months, not a quarter, years, nor an undated telling's week", () => {
    expect(lookingBackDate({ start: "2020-01-01", end: "2020-12-31", basis: "expression" })).toBe(true);
    expect(lookingBackDate({ start: "2020-04-01", end: "2020-06-30", basis: "expression" })).toBe(false);
    expect(lookingBackDate({ start: "2016-06-11", end: "2020-06-11", basis: "expression" })).toBe(false);
    expect(lookingBackDate({ start: "2020-01-01", end: "2020-12-31", basis: "default" })).toBe(false);
  });
});
