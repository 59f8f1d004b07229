/**
 * The "units" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts units`.
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { UNIT_CASES } from "./units";

const PER_TEMPLATE = 4;

describe("the units family", () => {
  it("has unique ids; one event for a unit's split or men joining another unit, none for a merger", () => {
    const ids = UNIT_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of UNIT_CASES) expect(c.events.length, c.id).toBe(c.id.startsWith("units/not/merged") ? 0 : 1);
  });
});

describeTemplates(UNIT_CASES, PER_TEMPLATE);
