import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "../extract";
import { daysBetween } from "../time/day";
import { GAZETTEER } from "../incidents/gazetteer";
import { sideWentTo } from "../incidents/rules/sides";
import { NO_SIDE_FLOWS, noSidePairs, OUTSIDE_FLOWS, rolesPairs, SIDE_FLOWS } from "./incident-templates-roles";

describe("crossed roles template pairs", () => {
  const pairs = rolesPairs(3);
  it("tell one incident twice, B naming the group joined, 0–4 days after A; and opposite flows as negatives", () => {
    const same = pairs.filter((p) => p.truth === "same");
    const different = pairs.filter((p) => p.truth === "different");
    expect(same.length).toBeGreaterThan(50);
    expect(different.length).toBeGreaterThan(20);
    for (const p of same) {
      expect(p.b.spec.group.id).toBe(p.a.spec.group.id);
      expect(p.b.spec.count.n).toBe(p.a.spec.count.n);
      const lag = daysBetween(p.a.spec.published, p.b.spec.published);
      expect(lag).toBeGreaterThanOrEqual(0);
      expect(lag).toBeLessThanOrEqual(4);
    }
    // The opposite flow: B's men left the group A's men joined.
    for (const p of different) expect(p.b.spec.group.id).not.toBe(p.a.spec.group.id);
    expect(same.filter((p) => p.roleError?.destination === "none").length).toBe(same.length / 3);
    expect(same.filter((p) => p.roleError?.destination === "echo").length).toBe(same.length / 3);
  });
  it("writes sentences the extractor reads with the group left and the group joined in their roles", () => {
    const a = pairs.find((p) => p.truth === "same" && p.a.text.startsWith("انشق") && p.a.spec.group.id === "syrian-army");
    expect(a).toBeDefined();
    const [e] = extractEventsStrict({ id: "a", body: a!.a.text, published: { start: a!.a.spec.published, end: a!.a.spec.published } });
    expect(e.groups.map((g) => g.id)).toEqual(["syrian-army"]);
    expect(e.destination?.group_id).toBe("fsa");
    const received = pairs.find((p) => p.truth === "same" && p.b.text.startsWith("استقبل") && !p.roleError);
    const [r] = extractEventsStrict({ id: "b", body: received!.b.text, published: { start: received!.b.spec.published, end: received!.b.spec.published } });
    expect(r.groups.map((g) => g.id)).toEqual([received!.b.spec.group.id]);
  });
  it("opposite sides (round 11): the first telling says only the side the men went to, which is the side of the group B names", () => {
    const sides = rolesPairs(35, SIDE_FLOWS);
    const firsts = sides.filter((p) => p.truth === "same");
    expect(firsts.length).toBeGreaterThan(50);
    for (const flow of SIDE_FLOWS) {
      const p = firsts.find((x) => x.a.spec.group.id === flow.from.id && x.roleError?.joinedGroup === flow.to.id);
      expect(p, flow.to.id).toBeDefined();
      const [e] = extractEventsStrict({ id: "a", body: p!.a.text, published: { start: p!.a.spec.published, end: p!.a.spec.published } });
      expect(e.groups.map((g) => g.id)).toEqual([flow.from.id]);
      expect(sideWentTo(e.destination, GAZETTEER), p!.a.text).toBe(GAZETTEER.sideOf(flow.to.id));
    }
    // Its negatives: men of the group B named, going back to the first group's side.
    for (const p of sides.filter((x) => x.truth === "different" && x.variation.includes("with where")).filter((_, i) => i % 10 === 0)) {
      const [e] = extractEventsStrict({ id: "b", body: p.b.text, published: { start: p.b.spec.published, end: p.b.spec.published } });
      expect(sideWentTo(e.destination, GAZETTEER), p.b.text).toBe(GAZETTEER.sideOf(p.a.spec.group.id));
    }
  });
  it("outside sides (round 12): the area outside the first group's side's control is read whole, as the side across", () => {
    const firsts = rolesPairs(35, OUTSIDE_FLOWS).filter((p) => p.truth === "same");
    for (const flow of OUTSIDE_FLOWS) {
      const p = firsts.find((x) => x.a.spec.group.id === flow.from.id && x.roleError?.joinedGroup === flow.to.id);
      expect(p, flow.to.id).toBeDefined();
      const [e] = extractEventsStrict({ id: "a", body: p!.a.text, published: { start: p!.a.spec.published, end: p!.a.spec.published } });
      expect(e.groups.map((g) => g.id)).toEqual([flow.from.id]);
      expect(e.destination?.text, p!.a.text).toContain(flow.side!.went.replace(/^ال/, ""));
      expect(sideWentTo(e.destination, GAZETTEER), p!.a.text).toBe(GAZETTEER.sideOf(flow.to.id));
    }
  });
  it("outside, no side (round 12): abroad, or outside a side that borders several, names no side; every pair is of different incidents", () => {
    const pairs = noSidePairs(35);
    expect(pairs.every((p) => p.truth === "different")).toBe(true);
    for (const flow of NO_SIDE_FLOWS) {
      const p = pairs.find((x) => x.a.spec.group.id === flow.from.id && x.roleError?.joinedGroup === flow.to.id);
      expect(p, flow.to.id).toBeDefined();
      const [e] = extractEventsStrict({ id: "a", body: p!.a.text, published: { start: p!.a.spec.published, end: p!.a.spec.published } });
      expect(sideWentTo(e.destination, GAZETTEER), p!.a.text).toBeNull();
    }
  });
});

