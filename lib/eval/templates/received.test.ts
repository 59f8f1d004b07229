/**
 * The "received" family (./received.ts) over a fixed sample (cases of each template, each its own test): the events,
 * their groups, counts, kinds, destinations (the receiving side, never among the groups left) and, for a receiving
 * verb, the day of the arrival. The whole family: `npx tsx scripts/templates.ts received`.
 */
import { describe, expect, it } from "vitest";
import { byTemplate } from "./check";
import { describeTemplates, knownFailuresOutside, samplePerTemplate } from "./conformance-tests";
import { RECEIVED_CASES } from "./received";
import { RECEIVERS } from "./received-slots";

const PER_TEMPLATE = 4;
const templates = byTemplate(RECEIVED_CASES);

/** Sampled cases the extractor does not meet yet, each with why (run as `it.fails`: one that starts passing must leave). */
const KNOWN_FAILURES: Record<string, string> = {
  // (round 11, counts: "ضابطاً منشقاً برتبة نقيب" reads one man now; the four cases it failed left this list)
};

describe("the received family", () => {
  it("has unique ids; every event a defection to a receiving side that is not its group; no event in the negatives", () => {
    const ids = RECEIVED_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sides = new Set(RECEIVERS.map((y) => y.id));
    for (const c of RECEIVED_CASES) {
      expect(c.events.length, c.id).toBe(/^received\/not\//.test(c.id) ? 0 : 1);
      for (const e of c.events) {
        expect(e.kind, c.id).toBe("defection");
        expect(e.destination && sides.has(e.destination) && e.destination !== e.group, c.id).toBe(true);
      }
    }
  });

  it("names only sampled cases among its known failures", () => {
    expect(knownFailuresOutside(samplePerTemplate(RECEIVED_CASES, PER_TEMPLATE), KNOWN_FAILURES)).toEqual([]);
  });

  it("makes the pronoun of «صفوفه/صفوفها» agree with its subject", () => {
    for (const c of RECEIVED_CASES.filter((c) => /^received\/own-ranks\//.test(c.id))) {
      // (the subject follows its one-word verb)
      const subject = c.text.slice(c.text.indexOf(" ") + 1);
      const side = RECEIVERS.find((y) => subject.startsWith(`${y.text} `))!;
      expect(/(صفوفها|سيطرتها)\.$/.test(c.text), c.id).toBe(side.feminine);
    }
  });
});

describeTemplates(RECEIVED_CASES, PER_TEMPLATE, { knownFailures: KNOWN_FAILURES });
