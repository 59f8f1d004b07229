/**
 * The "outside" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts outside`.
 */
import { describe, expect, it } from "vitest";
import { nonConformance } from "../../extract/conventions";
import { byTemplate, extractCase } from "./check";
import { OUTSIDE_CASES } from "./outside";
import { spread } from "./product";

const PER_TEMPLATE = 4;

describe("the outside family", () => {
  it("has unique ids and one event a case", () => {
    const ids = OUTSIDE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of OUTSIDE_CASES) expect(c.events.length, c.id).toBe(1);
  });
});

for (const [template, cases] of byTemplate(OUTSIDE_CASES)) {
  describe(template, () => {
    for (const c of spread(cases, PER_TEMPLATE)) it(c.id, () => expect(nonConformance(c, extractCase(c)), c.text).toBeNull());
  });
}
