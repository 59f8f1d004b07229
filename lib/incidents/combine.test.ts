import { describe, expect, it } from "vitest";
import { combine } from "./combine";
import { GAZETTEER } from "./gazetteer";
import { count, GROUP, PLACE, telling } from "./testing";

describe("combined values and conflicts", () => {
  it("dates the incident by the intersection of its tellings", () => {
    const v = combine([
      telling({ report: "a", date: ["2021-04-01", "2021-04-30"] }),
      telling({ report: "b", date: ["2021-04-11", "2021-04-20"] }),
      telling({ report: "c", date: ["2021-04-15", "2021-05-10"] }),
    ], GAZETTEER);
    expect(v.date).toEqual({ start: "2021-04-15", end: "2021-04-20", basis: "intersection" });
    expect(v.conflicts).toEqual([]);
  });

  it("takes the hull and flags a date conflict when the ranges do not meet", () => {
    const v = combine([telling({ report: "a", date: ["2020-11-11", "2020-11-11"] }), telling({ report: "b", date: ["2020-11-13", "2020-11-13"] })]);
    expect(v.date).toEqual({ start: "2020-11-11", end: "2020-11-13", basis: "hull" });
    expect(v.conflicts.map((c) => c.type)).toEqual(["date"]);
  });

  it("beside a dated telling, bounds an undated one by the month before its report, not by its default week", () => {
    const undated = telling({ report: "b", published: "2021-05-25", date: ["2021-05-18", "2021-05-25"] });
    undated.event.date.basis = "default";
    const v = combine([telling({ report: "a", date: ["2021-05-01", "2021-05-20"] }), undated]);
    expect(v.date).toEqual({ start: "2021-05-01", end: "2021-05-20", basis: "intersection" });
    expect(v.conflicts).toEqual([]);
  });

  it("dates an incident told only by undated tellings by the intersection of their default weeks", () => {
    const [a, b] = [telling({ report: "a", date: ["2021-05-18", "2021-05-25"] }), telling({ report: "b", date: ["2021-05-20", "2021-05-27"] })];
    a.event.date.basis = b.event.date.basis = "default";
    expect(combine([a, b]).date).toEqual({ start: "2021-05-20", end: "2021-05-25", basis: "intersection" });
  });

  it("keeps the lowest low, the highest high and the best of the most precise telling; flags ranges that do not overlap", () => {
    const v = combine([
      telling({ report: "a", published: "2020-05-06", date: ["2020-05-01", "2020-05-01"], count: count(700, 700, 1050, "أكثر من 700") }),
      telling({ report: "b", published: "2020-05-02", date: ["2020-05-01", "2020-05-01"], count: count(2000, 2000, 2000, "2000 عنصر") }),
    ]);
    expect(v.count).toEqual({ low: 700, best: 2000, high: 2000, bestFrom: "b~0" });
    expect(v.conflicts.map((c) => c.type)).toEqual(["count"]);
  });

  it("between equally precise figures keeps the latest report's best", () => {
    const early = telling({ report: "z", published: "2021-01-02", date: ["2021-01-01", "2021-01-01"], count: count(16, 20, 24, "نحو 20") });
    const late = telling({ report: "a", published: "2021-01-05", date: ["2021-01-01", "2021-01-01"], count: count(20, 25, 30, "نحو 25") });
    expect(combine([early, late]).count).toEqual({ low: 16, best: 25, high: 30, bestFrom: "a~0" });
    expect(combine([late, early]).count?.best).toBe(25);
    expect(combine([early, late]).conflicts).toEqual([]);
  });

  it("has no count when no telling gives one, and ignores an unknown count otherwise", () => {
    expect(combine([telling({ report: "a", date: ["2021-01-01", "2021-01-01"] })]).count).toBeNull();
    const v = combine([telling({ report: "a", date: ["2021-01-01", "2021-01-01"] }), telling({ report: "b", date: ["2021-01-01", "2021-01-01"], count: count(9, 9, 9) })]);
    expect(v.count).toEqual({ low: 9, best: 9, high: 9, bestFrom: "b~0" });
  });

  it("keeps the most specific kind and lists the others", () => {
    const v = combine([
      telling({ report: "a", kind: "defection", date: ["2021-01-01", "2021-01-01"] }),
      telling({ report: "b", kind: "desertion", date: ["2021-01-01", "2021-01-01"] }),
    ]);
    expect(v.kind).toBe("desertion");
    expect(v.kindsTold).toEqual(["desertion", "defection"]);
  });

  it("takes the most specific place; a governorate and its town are no conflict, an unknown other place is", () => {
    const contained = combine([
      telling({ report: "a", date: ["2021-01-01", "2021-01-01"], place: PLACE.deirezzor }),
      telling({ report: "b", date: ["2021-01-01", "2021-01-01"], place: PLACE.mayadin }),
    ]);
    expect(contained.place).toEqual(PLACE.mayadin);
    expect(contained.conflicts).toEqual([]);
    const other = combine([
      telling({ report: "a", date: ["2021-01-01", "2021-01-01"], place: PLACE.unknown("السلك الحدودي") }),
      telling({ report: "b", date: ["2021-01-01", "2021-01-01"], place: PLACE.mayadin }),
    ]);
    expect(other.place).toEqual(PLACE.mayadin);
    expect(other.conflicts.map((c) => c.type)).toEqual(["place"]);
  });

  it("takes the most specific destination and lists different ones", () => {
    const v = combine([
      telling({ report: "a", date: ["2021-01-01", "2021-01-01"], destination: { text: "الأردن", group_id: null, area: null } }),
      telling({ report: "b", date: ["2021-01-01", "2021-01-01"], destination: { text: "صفوف قسد", group_id: "sdf", area: null } }),
    ]);
    expect(v.destination?.group_id).toBe("sdf");
    expect(v.conflicts).toEqual([{ type: "destination", destinations: [{ telling: "a~0", text: "الأردن" }, { telling: "b~0", text: "صفوف قسد" }] }]);
  });

  it("lists every group once, a unit and its parent both", () => {
    const v = combine([
      telling({ report: "a", date: ["2021-01-01", "2021-01-01"], groups: [GROUP.army] }),
      telling({ report: "b", date: ["2021-01-01", "2021-01-01"], groups: [GROUP.corps5, GROUP.army] }),
    ]);
    expect(v.groups.map((g) => g.id)).toEqual(["5th-corps", "syrian-army"]);
  });
});
