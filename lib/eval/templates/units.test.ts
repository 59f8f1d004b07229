/**
 * The "units" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts units`.
 */
import { describe, expect, it } from "vitest";
import { nonConformance } from "../../extract/conventions";
import { byTemplate, extractCase } from "./check";
import { spread } from "./product";
import { UNIT_CASES } from "./units";

const PER_TEMPLATE = 4;

describe("the units family", () => {
  it("has unique ids; one event for a unit's split or men joining another unit, none for a merger", () => {
    const ids = UNIT_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of UNIT_CASES) expect(c.events.length, c.id).toBe(c.id.startsWith("units/not/merged") ? 0 : 1);
  });
});

for (const [template, cases] of byTemplate(UNIT_CASES)) {
  describe(template, () => {
    for (const c of spread(cases, PER_TEMPLATE)) it(c.id, () => expect(nonConformance(c, extractCase(c)), c.text).toBeNull());
  });
}
