/**
 * The "series" family over a fixed sample (evenly spread cases of each template, each its own test): the events,
 * their groups, counts, kinds and, where a case gives one, day ranges. The whole family: `npx tsx scripts/templates.ts
 * series` (docs/extraction.md "Template corpora (round 8): series told without their verb").
 */
import { describe, expect, it } from "vitest";
import { byTemplate } from "./check";
import { describeTemplates } from "./conformance-tests";
import { P } from "./discourse-grammar";
import { SERIES_CASES } from "./series";

const PER_TEMPLATE = 6;

const templates = byTemplate(SERIES_CASES);

describe("the series family", () => {
  it("has unique ids, series of two or three events, one event in the one-incident and not-item templates", () => {
    const ids = SERIES_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of SERIES_CASES) {
      const single = /^series\/(one-incident|not-item)\//.test(c.id);
      expect(single ? c.events.length === 1 : c.events.length >= 2, c.id).toBe(true);
      for (const e of c.events) expect(!e.date || (e.date[0] <= e.date[1] && e.date[1] <= P), c.id).toBe(true);
    }
  });
});

describeTemplates(SERIES_CASES, PER_TEMPLATE);
