/**
 * The "ranks" family (round 17) over a fixed sample (evenly spread cases of each template, each its own test). The whole
 * family: `npx tsx scripts/templates.ts ranks`.
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { RANK_CASES } from "./ranks";

const PER_TEMPLATE = 4;

/**
 * Templates the extractor does not meet yet: the cases of the whole template it passes (the figure recorded), and why
 * the others fail. A template that moves must have its figure changed here, or leave the list.
 */
const KNOWN_FAILURES: Record<string, [passed: number, why: string]> = {};

describe("the ranks family", () => {
  it("has unique ids and texts; one event each", () => {
    const ids = RANK_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(RANK_CASES.map((c) => c.text)).size).toBe(RANK_CASES.length);
    for (const c of RANK_CASES) expect(c.events.length, c.id).toBe(1);
  });
});

describeTemplates(RANK_CASES, PER_TEMPLATE, { knownFigures: KNOWN_FAILURES });
