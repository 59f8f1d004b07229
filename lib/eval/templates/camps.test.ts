/**
 * The "camps" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts camps`.
 */
import { describe, expect, it } from "vitest";
import { CAMP_CASES } from "./camps";
import { describeTemplates } from "./conformance-tests";

const PER_TEMPLATE = 4;

describe("the camps family", () => {
  it("has unique ids; one event for a flight to a camp, none for a camp fled or a camp's population", () => {
    const ids = CAMP_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CAMP_CASES) expect(c.events.length, c.id).toBe(c.id.startsWith("camps/not/") ? 0 : 1);
  });
});

describeTemplates(CAMP_CASES, PER_TEMPLATE);
