import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "../extract";
import { daysBetween } from "../time/day";
import { runPair, scoreVariations, slips } from "./incident-templates-score";
import { crowdTelling, MISDATED_VARIATIONS, templatePairs } from "./incident-templates";
import { tellingText } from "./incident-templates-telling";
import { countPhrase, datePhrase, PERSONS, phraseDays, rounder, roundDown } from "./incident-templates-slots";

describe("incident template slots", () => {
  it("say a date relative to the report's own day, or nothing when the phrase cannot", () => {
    // 2024-03-12 is a Tuesday.
    expect(datePhrase("yesterday", "2024-03-12", "2024-03-13")).toBe("أمس");
    expect(datePhrase("yesterday-weekday", "2024-03-12", "2024-03-13")).toBe("أمس الثلاثاء");
    expect(datePhrase("yesterday", "2024-03-12", "2024-03-14")).toBeNull();
    expect(datePhrase("two-days-ago", "2024-03-12", "2024-03-14")).toBe("قبل يومين");
    expect(datePhrase("evening-weekday", "2024-03-12", "2024-03-15")).toBe("مساء الثلاثاء");
    expect(datePhrase("early-month", "2024-03-04", "2024-03-12")).toBe("مطلع الشهر الجاري");
    expect(datePhrase("early-month", "2024-03-14", "2024-03-20")).toBeNull();
    expect(datePhrase("day-month", "2024-03-12", "2024-03-14")).toBe("في 12 آذار");
    expect(datePhrase("today", "2024-03-12", "2024-03-11")).toBeNull();
    expect(phraseDays("last-week", "2024-03-12", "2024-03-15")).toEqual({ start: "2024-03-08", end: "2024-03-14" });
  });
  it("count with the noun's agreement and the round figures outlets write", () => {
    expect(countPhrase("exact", 7, PERSONS[0])).toBe("7 عناصر");
    expect(countPhrase("exact", 15, PERSONS[1])).toBe("15 جندياً");
    expect(countPhrase("more-than", 10, PERSONS[2])).toBe("أكثر من 10 مقاتلين");
    expect(countPhrase("unknown", 0, PERSONS[0])).toBe("عدد من العناصر");
    expect([rounder(15), rounder(23), rounder(120), roundDown(15), roundDown(7)]).toEqual([20, 20, 100, 10, 5]);
  });
});

describe("incident template pairs", () => {
  const pairs = templatePairs(6, 40);
  it("tell one incident twice: B published 0–5 days after A, by another outlet", () => {
    // (The looking back family recalls it months later: incident-templates-recalled.test.ts.)
    const same = pairs.filter((p) => p.truth === "same" && p.family !== "looking back");
    expect(same.length).toBeGreaterThan(100);
    for (const p of same) {
      const lag = daysBetween(p.a.published, p.b.published);
      expect(lag).toBeGreaterThanOrEqual(0);
      expect(lag).toBeLessThanOrEqual(5);
      expect(p.b.spec.day).toBe(p.a.spec.day);
      expect(p.b.text).not.toBe(p.a.text);
    }
  });
  it("tell different incidents on days or in towns their phrases keep apart", () => {
    const different = pairs.filter((p) => p.truth === "different");
    expect(different.length).toBeGreaterThan(50);
    for (const p of different) {
      const apartInTime = p.b.spec.day !== p.a.spec.day;
      const otherTown = p.b.spec.place.text !== p.a.spec.place.text && p.b.spec.place.text !== "";
      // The crossed roles family's opposite flows: men leaving the group the first telling's men joined.
      const otherFlow = ["crossed roles", "opposite sides", "outside sides", "outside, no side"].includes(p.family) && p.b.spec.group.id !== p.a.spec.group.id;
      // The outside, no side family: B read as the group joined's own telling (the role error), beside a destination that names no side.
      const readAsOther = p.family === "outside, no side" && p.roleError !== undefined;
      expect(apartInTime || otherTown || otherFlow || readAsOther).toBe(true);
    }
  });
  it("misdate B as the extractor does, and keep the text right (the misdated family)", () => {
    const misdated = pairs.filter((p) => p.family === "misdated");
    expect(new Set(misdated.map((p) => p.dateError))).toEqual(new Set(["undated", "week-early", "month-early"]));
    expect(MISDATED_VARIATIONS.length).toBe(3 * 4 * 3);
    for (const p of misdated) {
      expect(p.truth).toBe("same");
      expect(p.b.spec.day).toBe(p.a.spec.day);
    }
    // Its negatives: the same figure 3–6 days later, each outlet naming its own day.
    const negatives = pairs.filter((p) => p.family === "same figure");
    expect(negatives.length).toBeGreaterThan(50);
    for (const p of negatives) {
      expect(p.b.spec.count).toEqual(p.a.spec.count);
      expect(daysBetween(p.a.spec.day, p.b.spec.day)).toBeGreaterThanOrEqual(3);
    }
  });
  it("write the slots into the text", () => {
    const p = pairs.find((x) => x.variation === "B: «عدد من» (unknown)");
    expect(p?.b.text).toContain("عدد من");
    expect(p?.b.text).toContain(p?.b.spec.group.text);
    expect(tellingText({ ...(p as NonNullable<typeof p>).a.spec, layout: "headline+body" }).split("\n")[0]).toMatch(/^انشقاق /);
    expect(crowdTelling(p as NonNullable<typeof p>, 4).spec.day).not.toBe(p?.a.spec.day);
  });
});

describe("scoring a template pair through the extractor and the incident rules", () => {
  const pairs = templatePairs(3, 0);
  it("merges one incident told twice and keeps another town's incident apart", () => {
    const same = pairs.find((p) => p.variation === "another outlet, same facts") as (typeof pairs)[number];
    const other = pairs.find((p) => p.family === "other town") as (typeof pairs)[number];
    expect(runPair(same)).toMatchObject({ outcome: "merged", slipsA: [], slipsB: [] });
    expect(runPair(other).outcome).toBe("apart");
  });
  it("names what the extractor read differently from what the text says", () => {
    const p = pairs[0];
    const wrong = { ...p.a, spec: { ...p.a.spec, count: { form: "exact" as const, n: p.a.spec.count.n + 1 }, group: { id: "sdf", text: "قسد" } } };
    const got = slips(wrong, extractEventsStrict({ id: "x", body: p.a.text, published: { start: p.a.published, end: p.a.published } }));
    expect(got.map((s) => s.split(" ")[0])).toEqual(["group", "count"]);
  });
  it("reads B's date wrong in the misdated family: an undated B without a figure or place is no longer merged", () => {
    const p = pairs.find((x) => x.variation === "B read undated, count unknown, place none") as (typeof pairs)[number];
    expect(runPair({ ...p, dateError: undefined }).outcome).toBe("merged");
    expect(runPair(p).outcome).not.toBe("merged");
  });
  it("counts per variation, beside another incident too", () => {
    const results = pairs.slice(0, 4).map((p) => runPair(p));
    const [v] = scoreVariations(results, results);
    expect(v).toMatchObject({ truth: "same", pairs: 3, judged: 3, merged: 3, crowdJudged: 3, crowdMerged: 3 });
  });
});
