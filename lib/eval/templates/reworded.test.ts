/**
 * The "reworded" family over a fixed sample (evenly spread cases of each template, each its own test). The whole
 * family: `npx tsx scripts/templates.ts reworded`.
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { REWORDED_CASES } from "./reworded";

const PER_TEMPLATE = 4;

describe("the reworded family", () => {
  it("has unique ids; one event a case, none for people at a scene", () => {
    const ids = REWORDED_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of REWORDED_CASES) expect(c.events.length, c.id).toBe(c.id.startsWith("reworded/not/") ? 0 : 1);
  });
});

describeTemplates(REWORDED_CASES, PER_TEMPLATE);
