/**
 * The "named" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts named`.
 */
import { describe, expect, it } from "vitest";
import { nonConformance } from "../../extract/conventions";
import { byTemplate, extractCase } from "./check";
import { NAMED_CASES } from "./named";
import { spread } from "./product";

const PER_TEMPLATE = 4;

/** Templates the extractor does not meet yet, with why (a case that starts passing must leave the list). */
const KNOWN_FAILURES: Record<string, string> = {
  "named/same/flashback": "a flashback of the man's own leaving opens an incident of its own (refiners/incidents.ts continuable)",
};

describe("the named family", () => {
  it("has unique ids; two events when another man is named, one when the same man is told again or named alone", () => {
    const ids = NAMED_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of NAMED_CASES) expect(c.events.length, c.id).toBe(/^named\/apart(-no-group)?\//.test(c.id) ? 2 : 1);
    // (no man in the negatives of a man named alone: their people are uncounted)
    for (const c of NAMED_CASES) for (const e of c.events) expect(e.count, c.id).toEqual(c.id.startsWith("named/untitled-not/") ? null : [1, 1, 1]);
  });
});

for (const [template, cases] of byTemplate(NAMED_CASES)) {
  describe(template, () => {
    for (const c of spread(cases, PER_TEMPLATE)) {
      const check = () => expect(nonConformance(c, extractCase(c)), c.text).toBeNull();
      if (KNOWN_FAILURES[template]) it.fails(`${c.id} (${KNOWN_FAILURES[template]})`, check);
      else it(c.id, check);
    }
  });
}
