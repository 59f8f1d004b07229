/**
 * The "outside" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts outside`.
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { OUTSIDE_CASES } from "./outside";

const PER_TEMPLATE = 4;

describe("the outside family", () => {
  it("has unique ids and one event a case", () => {
    const ids = OUTSIDE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of OUTSIDE_CASES) expect(c.events.length, c.id).toBe(1);
  });
});

describeTemplates(OUTSIDE_CASES, PER_TEMPLATE);
