/**
 * The "leftovers" family over a fixed sample (the same evenly spread cases of every template, each its own test).
 * The whole family: `npx tsx scripts/templates.ts leftovers` (docs/extraction.md "Language leftovers of rounds 7–8").
 */
import { describe, expect, it } from "vitest";
import { byTemplate } from "./check";
import { describeTemplates } from "./conformance-tests";
import { P } from "./discourse-grammar";
import { LEFTOVER_CASES } from "./leftovers";

const PER_TEMPLATE = 8;
const templates = byTemplate(LEFTOVER_CASES);

describe("the leftovers family", () => {
  it("has unique ids, 6 templates, and every expected event a day range no later than P", () => {
    const ids = LEFTOVER_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(templates.size).toBe(6);
    for (const c of LEFTOVER_CASES) for (const e of c.events) expect(e.date && e.date[0] <= e.date[1] && e.date[1] <= P, c.id).toBe(true);
  });
});

describeTemplates(LEFTOVER_CASES, PER_TEMPLATE);
