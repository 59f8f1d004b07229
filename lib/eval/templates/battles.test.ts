/**
 * The "battles" family (./battles.ts) over a fixed sample: every eighth case of each template, one assertion per
 * case. The whole family: `npx tsx scripts/templates.ts battles`.
 */
import { describe, expect, it } from "vitest";
import { BATTLE_CASES } from "./battles";
import { templateOf } from "./check";
import { everyNth, itConforms } from "./conformance-tests";

const SAMPLE = everyNth(BATTLE_CASES, 8);

describe("the battles family", () => {
  it("has unique ids and texts, a sample of every template, no-event templates and pairs", () => {
    const ids = BATTLE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(BATTLE_CASES.map((c) => c.text)).size).toBe(BATTLE_CASES.length);
    expect(new Set(SAMPLE.map((c) => templateOf(c.id)))).toEqual(new Set(ids.map(templateOf)));
    expect(BATTLE_CASES.some((c) => c.events.length === 0) && BATTLE_CASES.some((c) => c.events.length > 0)).toBe(true);
  });
  itConforms(SAMPLE);
});
