/**
 * The "discourse" family over a fixed sample (the same evenly spread cases of every template, each its own test):
 * the events, their groups, counts, kinds and day ranges. The whole family: `npx tsx scripts/templates.ts discourse`
 * (docs/extraction.md "Template corpora").
 */
import { describe, expect, it } from "vitest";
import { nonConformance } from "../../extract/conventions";
import type { ConventionCase } from "../../extract/conventions/types";
import { extractCase, templateOf } from "./check";
import { DISCOURSE_CASES } from "./discourse";
import { P } from "./discourse-grammar";
import { spread } from "./product";

const PER_TEMPLATE = 8;

const byTemplate = new Map<string, ConventionCase[]>();
for (const c of DISCOURSE_CASES) {
  byTemplate.set(templateOf(c.id), [...(byTemplate.get(templateOf(c.id)) ?? []), c]);
}

describe("the discourse family", () => {
  it("has unique ids, 19 templates, and every expected event a day range no later than P", () => {
    const ids = DISCOURSE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(byTemplate.size).toBe(19);
    for (const c of DISCOURSE_CASES) for (const e of c.events) expect(e.date && e.date[0] <= e.date[1] && e.date[1] <= P, c.id).toBe(true);
  });
});

for (const [template, cases] of byTemplate) {
  describe(template, () => {
    for (const c of spread(cases, PER_TEMPLATE)) {
      it(c.id, () => {
        expect(nonConformance(c, extractCase(c)), c.text).toBeNull();
      });
    }
  });
}
