/**
 * The "left" family (round 15) over a fixed sample (evenly spread cases of each template, each its own test). The whole
 * family: `npx tsx scripts/templates.ts left`.
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { LEFT_CASES } from "./left";

const PER_TEMPLATE = 4;

/**
 * Templates the extractor does not meet yet: the cases of the whole template it passes (the figure recorded), and why
 * the others fail. A template that moves must have its figure changed here, or leave the list.
 */
const KNOWN_FAILURES: Record<string, [passed: number, why: string]> = {
};

describe("the left family", () => {
  it("has unique ids; one event, none for a vague quantity of cases with no period", () => {
    const ids = LEFT_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of LEFT_CASES) expect(c.events.length, c.id).toBe(c.id.startsWith("left/vague-cases-not/") ? 0 : 1);
  });
});

describeTemplates(LEFT_CASES, PER_TEMPLATE, { knownFigures: KNOWN_FAILURES });
