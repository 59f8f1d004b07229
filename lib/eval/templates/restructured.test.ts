/**
 * The "restructured" family over a fixed sample (evenly spread cases of each template, each its own test). The whole
 * family: `npx tsx scripts/templates.ts restructured`.
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { RESTRUCTURED_CASES } from "./restructured";

const PER_TEMPLATE = 4;

describe("the restructured family", () => {
  it("has unique ids; one event a case", () => {
    const ids = RESTRUCTURED_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of RESTRUCTURED_CASES) expect(c.events.length, c.id).toBe(1);
  });
});

/**
 * Known failure, left (round 14): after a wave told of the regime's ranks, «ميليشيا الدفاع الوطني» named alone and then
 * «من صفوفها» gives the ndf its incident, but the wave stays a second, count-less incident of the army (the fold does
 * not take the militia's men as the wave's; with «الفرقة الرابعة» it does).
 */
const knownFailure = (c: { id: string; text: string }) =>
  c.id.includes("/after-a-wave/") && c.text.includes("الدفاع الوطني") ? "the wave stays an incident of its own beside the militia's" : undefined;

describeTemplates(RESTRUCTURED_CASES, PER_TEMPLATE, { knownFailure });
