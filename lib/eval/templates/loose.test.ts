/**
 * The "loose" family over a fixed sample (evenly spread cases of each template, each its own test): the events,
 * their groups, counts, kinds and, where a case gives one, day ranges. The whole family: `npx tsx scripts/templates.ts
 * loose` (README "Template corpora (round 9): stories told loosely").
 */
import { describe, expect, it } from "vitest";
import { byTemplate } from "./check";
import { describeTemplates } from "./conformance-tests";
import { DEFAULT_RANGE, P } from "./discourse-grammar";
import { LOOSE_CASES } from "./loose";

const PER_TEMPLATE = 4;
const templates = byTemplate(LOOSE_CASES);

describe("the loose family", () => {
  it("has unique ids; one event in the not-item (but a total's, two) and late templates, the default range only in the late negatives", () => {
    const ids = LOOSE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of LOOSE_CASES) {
      for (const e of c.events) expect(!e.date || (e.date[0] <= e.date[1] && e.date[1] <= P), c.id).toBe(true);
      if (/^loose\/(not-item|late|late-other)\//.test(c.id)) expect(c.events.length, c.id).toBe(/^loose\/not-item\/(total|tally)\//.test(c.id) ? 2 : 1);
      if (/^loose\/late/.test(c.id)) {
        const first = c.events[0].date!;
        expect(first[0] === DEFAULT_RANGE[0] && first[1] === DEFAULT_RANGE[1], c.id).toBe(!/^loose\/late\//.test(c.id));
      }
    }
  });
});

describeTemplates(LOOSE_CASES, PER_TEMPLATE);
