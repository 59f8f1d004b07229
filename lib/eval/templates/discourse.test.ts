/**
 * The "discourse" family over a fixed sample (the same evenly spread cases of every template, each its own test):
 * the events, their groups, counts, kinds and day ranges. The whole family: `npx tsx scripts/templates.ts discourse`
 * (docs/extraction.md "Template corpora").
 */
import { describe, expect, it } from "vitest";
import { byTemplate } from "./check";
import { describeTemplates } from "./conformance-tests";
import { DISCOURSE_CASES } from "./discourse";
import { P } from "./discourse-grammar";

const PER_TEMPLATE = 8;

const templates = byTemplate(DISCOURSE_CASES);

describe("the discourse family", () => {
  it("has unique ids, 19 templates, and every expected event a day range no later than P", () => {
    const ids = DISCOURSE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(templates.size).toBe(19);
    for (const c of DISCOURSE_CASES) for (const e of c.events) expect(e.date && e.date[0] <= e.date[1] && e.date[1] <= P, c.id).toBe(true);
  });
});

describeTemplates(DISCOURSE_CASES, PER_TEMPLATE);
