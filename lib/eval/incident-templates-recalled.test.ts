import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "../extract";
import { daysBetween } from "../time/day";
import { bases } from "./incident-templates-telling";
import { recalledPairs } from "./incident-templates-recalled";

describe("looking back template pairs", () => {
  const pairs = recalledPairs(bases(4));
  it("recall A's incident two months to a year later, and another incident of the group a month before it", () => {
    for (const p of pairs) {
      expect(daysBetween(p.a.spec.published, p.b.spec.published)).toBeGreaterThan(60);
      expect(p.b.spec.group.id).toBe(p.a.spec.group.id);
      if (p.truth === "same") expect(p.b.spec.day).toBe(p.a.spec.day);
      else expect(daysBetween(p.b.spec.day, p.a.spec.day)).toBe(30);
    }
    expect(new Set(pairs.map((p) => p.truth))).toEqual(new Set(["same", "different"]));
  });
  it("write phrases the extractor reads as a range longer than a quarter that holds the incident's day", () => {
    for (const phrase of ["قبل أشهر", "خلال الأشهر الماضية", "العام الماضي"]) {
      const p = pairs.find((x) => x.truth === "same" && x.b.text.includes(phrase));
      const [e] = extractEventsStrict({ id: "b", body: p!.b.text, published: { start: p!.b.spec.published, end: p!.b.spec.published } });
      expect(e.date.start <= p!.b.spec.day && p!.b.spec.day <= e.date.end).toBe(true);
      expect(daysBetween(e.date.start, e.date.end)).toBeGreaterThan(99);
    }
  });
});
