/**
 * The invariance and directional tests of the CheckList on short reports written for it (cases.ts): each
 * report conforms as written, and each perturbation that rewrites it leaves the events the conventions ask
 * for (with the count moved where the perturbation moves it). The corpus-wide figures are `npm run checklist`.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_PUBLISHED, nonConformance } from "../../extract/conventions";
import { extractEventsStrict } from "../../extract";
import { CHECKLIST_CASES, expectedOf, goldOf } from "./cases";
import { PERTURBATIONS } from "./index";
import { INVARIANCE_FAILURES } from "./known-failures";

const published = { start: DEFAULT_PUBLISHED, end: DEFAULT_PUBLISHED };
const extract = (id: string, body: string) => extractEventsStrict({ id, body, published });

describe("the checklist reports as written", () => {
  for (const c of CHECKLIST_CASES) {
    it(c.id, () => expect(nonConformance(c, extract(c.id, c.text)), c.text).toBeNull());
  }
});

for (const p of PERTURBATIONS) {
  describe(`${p.family}: ${p.name}`, () => {
    const variants = CHECKLIST_CASES.flatMap((c) => {
      const v = p.apply(c.text, goldOf(c));
      return v ? [{ c, v }] : [];
    });
    it("rewrites at least two of the reports (so the cases below test it)", () => expect(variants.length).toBeGreaterThanOrEqual(2));
    for (const { c, v } of variants) {
      const id = `${p.name} × ${c.id}`;
      (id in INVARIANCE_FAILURES ? it.fails : it)(id, () => {
        const events = extract(c.id, v.text);
        expect(nonConformance({ ...c, text: v.text, events: expectedOf(c, v.events) }, events), v.text).toBeNull();
      });
    }
  });
}

describe("the known failures", () => {
  it("each names a case of the suite", () => {
    const ids = new Set(PERTURBATIONS.flatMap((p) => CHECKLIST_CASES.filter((c) => p.apply(c.text, goldOf(c)) !== null).map((c) => `${p.name} × ${c.id}`)));
    expect(Object.keys(INVARIANCE_FAILURES).filter((id) => !ids.has(id))).toEqual([]);
  });
});
