/**
 * The "roundups" family over a fixed sample (evenly spread cases of each template, each its own test): the events,
 * their groups, counts, kinds and, where a case gives one, day ranges. The whole family: `npx tsx scripts/templates.ts
 * roundups` (docs/extraction.md "Template corpora (round 7): roundups").
 */
import { describe, expect, it } from "vitest";
import { byTemplate } from "./check";
import { describeTemplates } from "./conformance-tests";
import { ROUNDUP_CASES } from "./roundups";

const PER_TEMPLATE = 8;

const templates = byTemplate(ROUNDUP_CASES);

describe("the roundups family", () => {
  it("has unique ids, 8 templates, and at least two events a case but in one-incident", () => {
    const ids = ROUNDUP_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(templates.size).toBe(8);
    for (const c of ROUNDUP_CASES) expect(c.events.length, c.id).toBe(c.id.startsWith("roundups/one-incident/") ? 1 : c.events.length > 1 ? c.events.length : 2);
  });
});

describeTemplates(ROUNDUP_CASES, PER_TEMPLATE);
