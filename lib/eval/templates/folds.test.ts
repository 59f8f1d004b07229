/**
 * The "folds" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts folds`.
 */
import { describe, expect, it } from "vitest";
import { nonConformance } from "../../extract/conventions";
import { byTemplate, extractCase } from "./check";
import { FOLD_CASES } from "./folds";
import { spread } from "./product";

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

for (const [template, cases] of byTemplate(FOLD_CASES)) {
  describe(template, () => {
    for (const c of spread(cases, PER_TEMPLATE)) {
      const check = () => expect(nonConformance(c, extractCase(c)), c.text).toBeNull();
      if (KNOWN_FAILURES[template]) it.fails(`${c.id} (${KNOWN_FAILURES[template]})`, check);
      else it(c.id, check);
    }
  });
}
