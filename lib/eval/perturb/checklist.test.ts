/** The CheckList's scoring: events right on the original and still right on the variant, and false events added. */
import { describe, expect, it } from "vitest";
import type { DefectionEvent, ReportInput } from "../../extract/types";
import type { GoldEvent, GoldReport } from "../gold";
import { GroupMatcher } from "../group-match";
import { runChecklist } from "./checklist";
import { textOnly } from "./types";

const gold = (group: string, best: number): GoldEvent => ({ groups: [group], count: { low: best, best, high: best }, date: null, dateText: null, place: null, destination: null, kind: "defection", optional: false });
const report = (id: string, text: string, events: GoldEvent[]): GoldReport => ({ id, text, events, published: { start: "2022-03-16", end: "2022-03-16" }, line: 1 });
const event = (group: string, best: number): DefectionEvent =>
  ({ groups: [{ id: null, name_ar: group, text: group, known: false }], count: { low: best, best, high: best }, kind: "defection", date: { start: "2022-03-16", end: "2022-03-16" } }) as unknown as DefectionEvent;

/** A stand-in extractor that reads "GROUP:N" pairs off the text, one event each. */
const readPairs = (r: ReportInput): DefectionEvent[] => [...(r.body ?? "").matchAll(/(\S+):(\d+)/g)].map((m) => event(m[1], Number(m[2])));

const matcher = new GroupMatcher([]);
const reports = [report("a", "قسد:5 داعش:7", [gold("قسد", 5), gold("داعش", 7)]), report("b", "لا شيء", [])];

describe("runChecklist", () => {
  it("counts the events right on the original, those still right on the variant, and the false events it adds", () => {
    const dropsIsis = textOnly("drop", "orthography", "", (t) => t.replace("داعش:7", "داعش:8 النظام:3"));
    const [f] = runChecklist(reports, readPairs, matcher, [dropsIsis]);
    // داعش:8 still matches its gold event by group (a wrong count, not a false event); النظام:3 is false
    expect({ reports: f.reports, right: f.right, kept: f.kept, newFalse: f.newFalse }).toEqual({ reports: 1, right: 2, kept: 1, newFalse: 1 });
    expect(f.lost.map((l) => l.gold.groups[0])).toEqual(["داعش"]);
  });

  it("scores the variant against its own gold, and skips reports the perturbation leaves alone", () => {
    const moves = { name: "move", family: "numbers" as const, description: "", apply: (t: string, ev: readonly GoldEvent[]) => (t.includes("قسد:5") ? { text: t.replace("قسد:5", "قسد:15"), events: ev.map((e) => (e.groups[0] === "قسد" ? gold("قسد", 15) : e)) } : null) };
    const [f] = runChecklist(reports, readPairs, matcher, [moves]);
    expect({ reports: f.reports, right: f.right, kept: f.kept, newFalse: f.newFalse }).toEqual({ reports: 1, right: 2, kept: 2, newFalse: 0 });
  });
});
