/**
 * The "retold" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts retold` (docs/extraction.md "A second telling folded by a looser rule (round 9)").
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { RETOLD_CASES } from "./retold";

const PER_TEMPLATE = 4;

/** Templates the extractor does not meet yet, with why (a case that starts passing must leave the list). */
const KNOWN_FAILURES: Record<string, string> = {};

describe("the retold family", () => {
  it("has unique ids; one event when told again, two apart", () => {
    const ids = RETOLD_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of RETOLD_CASES) expect(c.events.length, c.id).toBe(c.id.startsWith("retold/apart/") ? 2 : 1);
  });
});

describeTemplates(RETOLD_CASES, PER_TEMPLATE, { knownFailures: KNOWN_FAILURES });
