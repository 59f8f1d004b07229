/**
 * The "camps" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts camps`.
 */
import { describe, expect, it } from "vitest";
import { nonConformance } from "../../extract/conventions";
import { CAMP_CASES } from "./camps";
import { byTemplate, extractCase } from "./check";
import { spread } from "./product";

const PER_TEMPLATE = 4;

describe("the camps family", () => {
  it("has unique ids; one event for a flight to a camp, none for a camp fled or a camp's population", () => {
    const ids = CAMP_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CAMP_CASES) expect(c.events.length, c.id).toBe(c.id.startsWith("camps/not/") ? 0 : 1);
  });
});

for (const [template, cases] of byTemplate(CAMP_CASES)) {
  describe(template, () => {
    for (const c of spread(cases, PER_TEMPLATE)) it(c.id, () => expect(nonConformance(c, extractCase(c)), c.text).toBeNull());
  });
}
