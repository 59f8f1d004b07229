/**
 * The "reworded" family over a fixed sample (evenly spread cases of each template, each its own test). The whole
 * family: `npx tsx scripts/templates.ts reworded`.
 */
import { describe, expect, it } from "vitest";
import { nonConformance } from "../../extract/conventions";
import { byTemplate, extractCase } from "./check";
import { spread } from "./product";
import { REWORDED_CASES } from "./reworded";

const PER_TEMPLATE = 4;

describe("the reworded family", () => {
  it("has unique ids; one event a case, none for people at a scene", () => {
    const ids = REWORDED_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of REWORDED_CASES) expect(c.events.length, c.id).toBe(c.id.startsWith("reworded/not/") ? 0 : 1);
  });
});

for (const [template, cases] of byTemplate(REWORDED_CASES)) {
  describe(template, () => {
    for (const c of spread(cases, PER_TEMPLATE)) it(c.id, () => expect(nonConformance(c, extractCase(c)), c.text).toBeNull());
  });
}
