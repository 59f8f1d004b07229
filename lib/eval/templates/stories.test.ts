/**
 * The "stories" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts stories`.
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { STORY_CASES } from "./stories";

const PER_TEMPLATE = 4;

/**
 * Templates the extractor does not meet yet: the cases of the whole template it passes (the figure recorded), and why
 * the others fail. A template that moves must have its figure changed here, or leave the list.
 */
const KNOWN_FAILURES: Record<string, [passed: number, why: string]> = {};

describe("the stories family", () => {
  it("has unique ids; one event a case", () => {
    const ids = STORY_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of STORY_CASES) expect(c.events.length, c.id).toBe(1);
  });
});

describeTemplates(STORY_CASES, PER_TEMPLATE, { knownFigures: KNOWN_FAILURES });
