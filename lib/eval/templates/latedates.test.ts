/**
 * The "latedates" family over a fixed sample (the same evenly spread cases of every template, each its own test):
 * the events, their groups, counts, kinds and day ranges. The whole family: `npx tsx scripts/templates.ts latedates`
 * (docs/extraction.md "Template corpora (round 8): the incident's day told late").
 */
import { describe, expect, it } from "vitest";
import { byTemplate } from "./check";
import { describeTemplates } from "./conformance-tests";
import { DEFAULT_RANGE, P } from "./discourse-grammar";
import { LATEDATE_CASES } from "./latedates";

const PER_TEMPLATE = 8;
const templates = byTemplate(LATEDATE_CASES);
/** Templates whose late sentence dates another thing: the incident keeps the default. */
const NEGATIVES = new Set(["other-group-missing", "other-thing", "the-past", "another-incident"].map((t) => `latedates/${t}`));

describe("the latedates family", () => {
  it("has unique ids, 11 templates, every expected range no later than P, and the default only in the negatives", () => {
    const ids = LATEDATE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(templates.size).toBe(11);
    for (const [template, cases] of templates) {
      for (const c of cases) {
        for (const e of c.events) expect(e.date && e.date[0] <= e.date[1] && e.date[1] <= P, c.id).toBe(true);
        const first = c.events[0].date!;
        expect(first[0] === DEFAULT_RANGE[0] && first[1] === DEFAULT_RANGE[1], c.id).toBe(NEGATIVES.has(template));
      }
    }
  });
});

describeTemplates(LATEDATE_CASES, PER_TEMPLATE);
