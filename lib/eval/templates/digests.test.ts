/**
 * The "digests" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts digests`.
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { DIGEST_CASES } from "./digests";

const PER_TEMPLATE = 4;

/**
 * Templates the extractor does not meet yet: the cases of the whole template it passes (the figure recorded), and why
 * the others fail. A template that moves must have its figure changed here, or leave the list.
 */
const KNOWN_FAILURES: Record<string, [passed: number, why: string]> = {
};

describe("the digests family", () => {
  it("has unique ids; two events a case, three when another incident comes between, one for a retelling", () => {
    const ids = DIGEST_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of DIGEST_CASES) expect(c.events.length, c.id).toBe(/^digests\/(turn-same-group\/later-sentence|kama-own-day\/same-group|ila-dhalika\/same-group)\//.test(c.id) ? 3 : c.id.startsWith("digests/recall-after-not/") ? 1 : 2);
  });
});

describeTemplates(DIGEST_CASES, PER_TEMPLATE, { knownFigures: KNOWN_FAILURES });
