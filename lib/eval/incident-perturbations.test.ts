import { describe, expect, it } from "vitest";
import { count, GROUP, PLACE, telling } from "../incidents/testing";
import { PERTURBATIONS, publishedAfter, rounder } from "./incident-perturbations";

const base = telling({ report: "a", published: "2020-11-13", date: ["2020-11-12", "2020-11-12"], groups: [GROUP.corps5], count: count(15, 15, 15), place: PLACE.mayadin });
const by = (name: string) => {
  const p = PERTURBATIONS.find((x) => x.name.startsWith(name));
  if (!p) throw new Error(name);
  return p;
};

describe("perturbations of one telling", () => {
  it("rounds a figure as outlets do", () => {
    expect([7, 15, 23, 700, 2100].map(rounder)).toEqual([7, 20, 20, 700, 2000]);
  });
  it("changes the figure by the gold's conventions, and not a telling without one", () => {
    expect(by("exact → approximate").apply(base)?.event.count).toEqual({ low: 12, best: 15, high: 18, text: "نحو 15" });
    expect(by("→ a bound").apply(base)?.event.count).toEqual({ low: 15, best: 15, high: 23, text: "أكثر من 15" });
    expect(by("a larger figure").apply(base)?.event.count?.best).toBe(50);
    expect(by("approximate → exact").apply(base)).toBeNull();
    expect(by("unknown count").apply({ ...base, event: { ...base.event, count: null } })).toBeNull();
  });
  it("coarsens a town to its governorate, and gives a group as its parent or a unit", () => {
    expect(by("coarsened").apply(base)?.event.place?.id).toBe("deir-ez-zor");
    expect(by("coarsened").apply(by("coarsened").apply(base) as typeof base)).toBeNull();
    expect(by("given as its parent").apply(base)?.event.groups.map((g) => g.id)).toEqual(["syrian-army"]);
    expect(by("given as a unit").apply(base)?.event.groups.map((g) => g.id)).toEqual(["8th-brigade"]);
  });
  it("dates it wrong or vaguer", () => {
    expect(by("undated").apply(base)?.event.date).toMatchObject({ start: "2020-11-06", end: "2020-11-13", basis: "default" });
    expect(by("a year early").apply(base)?.event.date).toMatchObject({ start: "2019-11-13", end: "2019-11-13" });
    expect(by("vaguer: its month").apply(base)?.event.date).toMatchObject({ start: "2020-11-01", end: "2020-11-30", basis: "expression" });
    // Vaguer holds the telling's own range: a quarter is not made vaguer by its first month.
    const quarter = telling({ report: "q", published: "2021-01-19", date: ["2020-10-01", "2020-12-31"] });
    expect(by("vaguer: its month").apply(quarter)).toBeNull();
    expect(by("vaguer: recently").apply(quarter)).toBeNull();
    const undated = by("undated").apply(base) as typeof base;
    expect(by("a month early").apply(undated)).toBeNull();
  });
  it("moves a telling with its report", () => {
    const b = telling({ report: "b", published: "2021-03-10", date: ["2021-03-08", "2021-03-09"] });
    const moved = publishedAfter(base, b, 7);
    expect(moved.published).toEqual({ start: "2020-11-20", end: "2020-11-20" });
    expect(moved.event.date).toMatchObject({ start: "2020-11-18", end: "2020-11-19" });
  });
});
