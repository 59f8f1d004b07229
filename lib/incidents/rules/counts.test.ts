import { describe, expect, it } from "vitest";
import { count } from "../testing";
import { countPrecision, countsCompatible, countsOverlap } from "./counts";

type C = ReturnType<typeof count> | null;
// Figures told by two outlets: [what, a, b, same incident possible?, overlap (no conflict)?]
const CORPUS: Array<[string, C, C, boolean, boolean]> = [
  ["one split: «أكثر من 700» and «نحو 2000»", count(700, 700, 1050, "أكثر من 700"), count(1600, 2000, 2400, "نحو 2000"), true, false],
  ["850 and «المئات»", count(850, 850, 850), count(200, 300, 999, "المئات"), true, true],
  ["an exact figure inside an approximation", count(15, 15, 15), count(12, 15, 18, "نحو 15"), true, true],
  ["one count unknown («عدد من»)", count(4, 4, 4), null, true, true],
  ["a named officer and eight soldiers with him", count(1, 1, 1), count(8, 8, 8), true, false],
  ["25 soldiers and 2,000 (orders apart)", count(20, 25, 30, "نحو 25"), count(2000, 2000, 2000), false, false],
  ["two and 700", count(2, 2, 2), count(700, 700, 700), false, false],
];

describe("rule: counts", () => {
  it.each(CORPUS)("%s", (_, a, b, compatible, overlap) => {
    expect(countsCompatible(a, b)).toBe(compatible);
    expect(countsCompatible(b, a)).toBe(compatible);
    expect(countsOverlap([a, b])).toBe(overlap);
  });
  it("three ranges overlap only when all share a figure", () => {
    expect(countsOverlap([count(1, 5, 10), count(8, 9, 20), count(9, 10, 12)])).toBe(true);
    expect(countsOverlap([count(1, 5, 10), count(8, 9, 20), count(11, 12, 12)])).toBe(false);
  });
  it("grades precision: exact, approximation or bound, vague", () => {
    expect(countPrecision(count(15, 15, 15))).toBe(0);
    expect(countPrecision(count(1600, 2000, 2400))).toBe(1);
    expect(countPrecision(count(700, 700, 1050))).toBe(1);
    expect(countPrecision(count(20, 30, 99))).toBe(2);
  });
});
