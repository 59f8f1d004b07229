/** The conformance suite: every case of the conventions corpus against the strict extractor. */
import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "../index";
import { CONVENTION_FAMILIES, DEFAULT_PUBLISHED, nonConformance } from "./index";
import { KNOWN_FAILURES } from "./known-failures";

const all = Object.values(CONVENTION_FAMILIES).flat();

describe("the conventions corpus", () => {
  it("has unique ids, and every known failure names a case", () => {
    const ids = all.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(KNOWN_FAILURES).filter((id) => !ids.includes(id))).toEqual([]);
  });
});

for (const [family, cases] of Object.entries(CONVENTION_FAMILIES)) {
  describe(`conventions: ${family}`, () => {
    for (const c of cases) {
      const test = c.id in KNOWN_FAILURES ? it.fails : it;
      test(c.id, () => {
        const day = c.published ?? DEFAULT_PUBLISHED;
        const events = extractEventsStrict({ id: c.id, body: c.text, published: { start: day, end: day } });
        expect(nonConformance(c, events), c.text).toBeNull();
      });
    }
  });
}
