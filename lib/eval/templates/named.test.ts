/**
 * The "named" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts named`.
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { NAMED_CASES } from "./named";

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

describeTemplates(NAMED_CASES, PER_TEMPLATE, { knownFailures: KNOWN_FAILURES });
