import { describe, expect, it } from "vitest";
import { addDaysIso } from "../../time/day";
import { datesMeet } from "../compatible";
import { GAZETTEER } from "../gazetteer";
import { count, PLACE } from "../testing";
import { corroborated, datedClosely, figuresShared, tellSameStory, type Witness } from "./evidence";
import type { TellingDate } from "./dates";

const dated = (start: string, end = start): TellingDate => ({ start, end, basis: "expression" });
const undated = (published: string): TellingDate => ({ start: addDaysIso(published, -7), end: published, basis: "default" });
const w = (place: Witness["place"], c: Witness["count"] = null): Witness => ({ place, count: c });

// [what, a, b]: dates that say by themselves it is one incident (both dated to within a week)
const CLOSE: Array<[string, TellingDate, TellingDate]> = [
  ["«مساء أمس» and «قبل ساعات»", dated("2020-11-11"), dated("2020-11-12", "2020-11-13")],
  ["«قبل أيام» (7 days) and a day in it", dated("2021-01-12", "2021-01-18"), dated("2021-01-15")],
  ["an announcement's week («أعلن أمس»: 8 days) and a day in it", dated("2021-01-12", "2021-01-19"), dated("2021-01-19")],
];
const LOOSE: Array<[string, TellingDate, TellingDate]> = [
  ["an undated telling (its report's week) and a day in it", undated("2024-12-07"), dated("2024-12-06")],
  ["«الشهر الماضي» and a day in it", dated("2021-04-01", "2021-04-30"), dated("2021-04-14")],
  ["«أواخر العام» (a quarter) and early November", dated("2020-09-24", "2020-12-31"), dated("2020-10-25", "2020-11-10")],
  ["«خلال الأسبوعين الماضيين» (15 days) and a day in them", dated("2021-03-01", "2021-03-15"), dated("2021-03-10")],
];

// [what, a, b]: something besides the dates agrees
const AGREE: Array<[string, Witness, Witness]> = [
  ["the same town", w(PLACE.mayadin), w(PLACE.mayadin)],
  ["a town inside the other's governorate («ريف دير الزور الغربي» and «الميادين»)", w(PLACE.deirezzor), w(PLACE.mayadin)],
  ["2000 and «ما يزيد على ألفي»", w(null, count(2000, 2000, 2000)), w(null, count(2000, 2000, 3000, "ما يزيد على ألفي"))],
  ["850 and «المئات»", w(null, count(850, 850, 850)), w(null, count(200, 300, 999, "المئات"))],
  ["«أكثر من 700» and «نحو 2000»: two sizings of one mass defection", w(null, count(700, 700, 1050)), w(null, count(1600, 2000, 2400))],
  ["300 and 150: two mass figures within a factor of four", w(null, count(300, 300, 300)), w(null, count(150, 150, 150))],
  ["15 and «نحو 15»", w(PLACE.unknown("قرية الطيبة"), count(15, 15, 15)), w(null, count(12, 15, 18, "نحو 15"))],
];
const NOTHING: Array<[string, Witness, Witness]> = [
  ["no place, no figure", w(null), w(null)],
  ["one place unknown to the gazetteer (it may be anywhere)", w(PLACE.unknown("قرية الطيبة")), w(PLACE.mayadin)],
  ["one place told, the other not", w(PLACE.mayadin), w(null)],
  ["a named officer in each («1» and «1»: told too often to agree)", w(null, count(1, 1, 1)), w(null, count(1, 1, 1))],
  ["«مئة» and 150 (only «مئة» is not a mass figure's whole range: its low is under 100)", w(null, count(80, 100, 120, "نحو مئة")), w(null, count(150, 150, 150))],
  ["«أكثر من 100» and 1,000 (orders apart: two splits)", w(null, count(100, 100, 150)), w(null, count(1000, 1000, 1000))],
  ["3 and «عشرات»", w(null, count(3, 3, 3)), w(null, count(20, 30, 99, "عشرات"))],
];

describe("rule: how much dates that meet prove", () => {
  it.each(CLOSE)("close: %s", (_, a, b) => {
    expect(datedClosely(a, b)).toBe(true);
    expect(datedClosely(b, a)).toBe(true);
  });
  it.each(LOOSE)("loose: %s", (_, a, b) => {
    expect(datedClosely(a, b)).toBe(false);
    expect(datedClosely(b, a)).toBe(false);
  });
  it.each(AGREE)("corroborated: %s", (_, a, b) => {
    expect(corroborated(a, b, GAZETTEER)).toBe(true);
    expect(corroborated(b, a, GAZETTEER)).toBe(true);
  });
  it.each(NOTHING)("not corroborated: %s", (_, a, b) => {
    expect(corroborated(a, b, GAZETTEER)).toBe(false);
    expect(corroborated(b, a, GAZETTEER)).toBe(false);
  });
  it("shares a figure only at 10 or more", () => {
    expect(figuresShared(count(8, 10, 12), count(10, 10, 15))).toBe(true);
    expect(figuresShared(count(2, 3, 4), count(3, 3, 3))).toBe(false);
  });
  it("links loose dates only when corroborated, proposes them otherwise, and links close dates on their own", () => {
    const [, monthA, dayB] = LOOSE[1];
    expect(datesMeet({ date: monthA, ...w(null) }, { date: dayB, ...w(null) })).toBe("perhaps");
    expect(datesMeet({ date: monthA, ...w(PLACE.deirezzor) }, { date: dayB, ...w(PLACE.mayadin) })).toBe("compatible");
    const [, dayA, hoursB] = CLOSE[0];
    expect(datesMeet({ date: dayA, ...w(null) }, { date: hoursB, ...w(null) })).toBe("compatible");
    // Figures orders apart or dates that do not meet: not even proposed here.
    expect(datesMeet({ date: dayA, ...w(null, count(25, 25, 25)) }, { date: hoursB, ...w(null, count(2000, 2000, 2000)) })).toBeNull();
    expect(datesMeet({ date: dayA, ...w(null) }, { date: dated("2021-01-01"), ...w(null) })).toBeNull();
  });
});

describe("the same story's details (tellSameStory): what outweighs a loose rival", () => {
  const w = (place: Witness["place"], c: Witness["count"]): Witness => ({ place, count: c });
  it.each([
    ["the same town", w(PLACE.mayadin, null), w(PLACE.mayadin, count(3, 3, 3)), true],
    ["the same figure of 10 or more, exact and approximate", w(null, count(15, 15, 15)), w(null, count(12, 15, 18, "نحو 15")), true],
    ["a town in the other's governorate (agrees with too much)", w(PLACE.mayadin, null), w(PLACE.deirezzor, null), false],
    ["the same governorate", w(PLACE.deirezzor, null), w(PLACE.deirezzor, null), false],
    ["«عشرات» beside 40", w(null, count(20, 30, 99, "عشرات")), w(null, count(40, 40, 40)), false],
    ["the same small figure (1–9)", w(null, count(7, 7, 7)), w(null, count(7, 7, 7)), false],
    ["15 and «نحو 20»", w(null, count(15, 15, 15)), w(null, count(16, 20, 24, "نحو 20")), false],
  ] as const)("%s → %s", (_, a, b, same) => {
    expect(tellSameStory(a, b, GAZETTEER)).toBe(same);
    expect(tellSameStory(b, a, GAZETTEER)).toBe(same);
  });
});
