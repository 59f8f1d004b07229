/**
 * The "negated" family over a fixed sample (evenly spread cases of each template, each its own test). The whole
 * family: `npx tsx scripts/templates.ts negated`.
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { NEGATED_CASES } from "./negated";

const PER_TEMPLATE = 4;

describe("the negated family", () => {
  it("has unique ids; no event for the negatives, one for each positive", () => {
    const ids = NEGATED_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of NEGATED_CASES) expect(c.events.length, c.id).toBe(c.id.startsWith("negated/not/") ? 0 : 1);
  });
});

describeTemplates(NEGATED_CASES, PER_TEMPLATE);
