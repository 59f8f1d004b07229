import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDaysIso, civilFromDays, dayNumber, dayNumberOf, daysBetween, daysInMonth, isoDay, rangeLength, weekdayOfDayNumber } from "./day";

describe("day numbers", () => {
  it("counts from 1970-01-01", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dayNumber("2000-03-01")).toBe(11017);
  });
  it("round-trips with isoDay and agrees with Date.UTC on every day of 1900–2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber("1900-01-01"), max: dayNumber("2100-12-31") }), (n) => {
        const iso = isoDay(n);
        expect(dayNumber(iso)).toBe(n);
        expect(new Date(Date.UTC(2000, 0, 1) + (n - dayNumber("2000-01-01")) * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDaysIso("2021-06-20", -7)).toBe("2021-06-13");
    expect(addDaysIso("2020-02-28", 1)).toBe("2020-02-29");
    expect(addDaysIso("2021-02-28", 1)).toBe("2021-03-01");
    expect(addDaysIso("2021-01-03", -7)).toBe("2020-12-27");
    expect(daysBetween("2021-06-13", "2021-06-20")).toBe(7);
    expect(rangeLength({ start: "2021-04-01", end: "2021-04-30" })).toBe(30);
  });
  it("knows month lengths and weekdays", () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(weekdayOfDayNumber(dayNumber("2021-06-20"))).toBe(0); // a Sunday
    expect(weekdayOfDayNumber(dayNumber("2011-07-30"))).toBe(6); // a Saturday
    expect(civilFromDays(dayNumberOf(2014, 9, 21))).toEqual({ y: 2014, m: 9, d: 21 });
  });
});
