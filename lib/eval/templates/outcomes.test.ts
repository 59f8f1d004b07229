/**
 * The "outcomes" family (./outcomes.ts) over a fixed sample: every fourth case of each template, one assertion per
 * case. Cases the extractor does not meet yet, for a reason outside the kind, run as expected failures.
 * The whole family: `npx tsx scripts/templates.ts outcomes`.
 */
import { describe, expect, it } from "vitest";
import { templateOf } from "./check";
import { everyNth, itConforms, knownFailuresOutside } from "./conformance-tests";
import { OUTCOME_CASES } from "./outcomes";

const SUBJECT_BEFORE_MASDAR = "one man, 'صف ضابط' or 'عشرات المسلحين' between 'حاول' and its verbal noun gives no count (as after 'أقدم', verbs family)";

/** Sampled cases that fail for a reason of another part of the extractor, each with why. */
const OUTCOME_KNOWN_FAILURES: Record<string, string> = Object.fromEntries(
  ["tried-defect", "tried-flee", "tried-escape"].flatMap((t) => [16, 24, 40].map((n) => [`outcomes/attempt/${t}/${n}`, SUBJECT_BEFORE_MASDAR])),
);

const SAMPLE = everyNth(OUTCOME_CASES, 4);

describe("the outcomes family", () => {
  it("has unique ids, a sample of every template, all three kinds, and every known failure names a sampled case", () => {
    const ids = OUTCOME_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(SAMPLE.map((c) => templateOf(c.id)))).toEqual(new Set(ids.map(templateOf)));
    expect(new Set(OUTCOME_CASES.flatMap((c) => c.events.map((e) => e.kind)))).toEqual(new Set(["attempted", "defection", "desertion"]));
    expect(knownFailuresOutside(SAMPLE, OUTCOME_KNOWN_FAILURES)).toEqual([]);
  });
  itConforms(SAMPLE, { knownFailures: OUTCOME_KNOWN_FAILURES });
});
