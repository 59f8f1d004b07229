/**
 * The "roundups" family over a fixed sample (evenly spread cases of each template, each its own test): the events,
 * their groups, counts, kinds and, where a case gives one, day ranges. The whole family: `npx tsx scripts/templates.ts
 * roundups` (docs/extraction.md "Template corpora (round 7): roundups").
 */
import { describe, expect, it } from "vitest";
import { nonConformance } from "../../extract/conventions";
import type { ConventionCase } from "../../extract/conventions/types";
import { extractCase, templateOf } from "./check";
import { spread } from "./product";
import { ROUNDUP_CASES } from "./roundups";

const PER_TEMPLATE = 8;

const byTemplate = new Map<string, ConventionCase[]>();
for (const c of ROUNDUP_CASES) {
  byTemplate.set(templateOf(c.id), [...(byTemplate.get(templateOf(c.id)) ?? []), c]);
}

const conforms = (c: ConventionCase) => nonConformance(c, extractCase(c));

describe("the roundups family", () => {
  it("has unique ids, 8 templates, and at least two events a case but in one-incident", () => {
    const ids = ROUNDUP_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(byTemplate.size).toBe(8);
    for (const c of ROUNDUP_CASES) expect(c.events.length, c.id).toBe(c.id.startsWith("roundups/one-incident/") ? 1 : c.events.length > 1 ? c.events.length : 2);
  });
});

for (const [template, cases] of byTemplate) {
  describe(template, () => {
    for (const c of spread(cases, PER_TEMPLATE)) {
      it(c.id, () => expect(conforms(c), c.text).toBeNull());
    }
  });
}
