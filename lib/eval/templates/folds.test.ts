/**
 * The "folds" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts folds`.
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { FOLD_CASES } from "./folds";

const PER_TEMPLATE = 4;

/** Templates the extractor does not meet yet, with why (a case that starts passing must leave the list). */
const KNOWN_FAILURES: Record<string, string> = {};

describe("the folds family", () => {
  it("has unique ids; the expected events per class", () => {
    const ids = FOLD_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = (id: string) => (id.startsWith("folds/apart/past-figured/") ? 3 : /^folds\/(past|plural|apart)\//.test(id) ? 2 : 1);
    for (const c of FOLD_CASES) expect(c.events.length, c.id).toBe(expected(c.id));
  });
});

describeTemplates(FOLD_CASES, PER_TEMPLATE, { knownFailures: KNOWN_FAILURES });
