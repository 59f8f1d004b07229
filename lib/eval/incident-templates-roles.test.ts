import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "../extract";
import { daysBetween } from "../time/day";
import { rolesPairs } from "./incident-templates-roles";

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
});
