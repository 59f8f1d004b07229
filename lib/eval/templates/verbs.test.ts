/**
 * The "verbs" family (./verbs.ts) against the strict extractor: a fixed sample of 400 cases spread over the whole
 * product (every template is in it), each case its own test. What still fails is listed with why and run as
 * `it.fails`, so a case that starts passing must leave the list. The whole family: `npx tsx scripts/templates.ts verbs`.
 */
import { describe, expect, it } from "vitest";
import { templateOf } from "./check";
import { itConforms, knownFailuresOutside } from "./conformance-tests";
import { spread } from "./product";
import { VERB_CASES } from "./verbs";

const SAMPLE = spread(VERB_CASES, 400);

/** Sampled cases the extractor does not meet yet, each with why. */
const KNOWN_FAILURES: Record<string, string> = {
  "verbs/topicalised/flee-undertook/20": "'أقدم صف ضابط على الفرار': 'صف ضابط' after a light verb gives no count of one",
  "verbs/topicalised/leave-contact-lost/20": "'فُقد الاتصال بصف ضابط': a singular noun glued to 'ب' gives no count of one",
  "verbs/unit/defect-cases-recorded/6": "'سُجّلت حالات انشقاق … طالت جندياً': a trend with no figure but one man opens no incident",
};

describe("the verbs family", () => {
  it("is a few thousand cases with unique ids, defection and desertion both, and non-events", () => {
    const ids = VERB_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(VERB_CASES.length).toBeGreaterThan(2000);
    expect(VERB_CASES.length).toBeLessThan(5000);
    const kinds = new Set(VERB_CASES.flatMap((c) => c.events.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual(["defection", "desertion"]);
    expect(VERB_CASES.filter((c) => c.events.length === 0).length).toBeGreaterThan(100);
  });

  it("samples every template, and every known failure names a sampled case", () => {
    expect(new Set(SAMPLE.map((c) => templateOf(c.id)))).toEqual(new Set(VERB_CASES.map((c) => templateOf(c.id))));
    expect(knownFailuresOutside(SAMPLE, KNOWN_FAILURES)).toEqual([]);
  });
});

describe("verbs: a sample of the family", () => {
  itConforms(SAMPLE, { knownFailures: KNOWN_FAILURES });
});
