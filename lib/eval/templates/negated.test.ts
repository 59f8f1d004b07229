/**
 * The "negated" family over a fixed sample (evenly spread cases of each template, each its own test). The whole
 * family: `npx tsx scripts/templates.ts negated`.
 */
import { describe, expect, it } from "vitest";
import { nonConformance } from "../../extract/conventions";
import { byTemplate, extractCase } from "./check";
import { NEGATED_CASES } from "./negated";
import { spread } from "./product";

const PER_TEMPLATE = 4;

describe("the negated family", () => {
  it("has unique ids; no event for the negatives, one for each positive", () => {
    const ids = NEGATED_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of NEGATED_CASES) expect(c.events.length, c.id).toBe(c.id.startsWith("negated/not/") ? 0 : 1);
  });
});

for (const [template, cases] of byTemplate(NEGATED_CASES)) {
  describe(template, () => {
    for (const c of spread(cases, PER_TEMPLATE)) it(c.id, () => expect(nonConformance(c, extractCase(c)), c.text).toBeNull());
  });
}
