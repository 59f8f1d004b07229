/** The current hand score: more of the incident read, more confidence; a weakening cue, less. */
import { describe, expect, it } from "vitest";
import { scoreConfidence, type ConfidenceFeatures } from "./confidence";

const bare: ConfidenceFeatures = { form: "verb", verdict: null, knownGroup: false, groupFromContext: false, hasCount: false, dateBasis: "default", hasPlace: false, hasDestination: false, tellings: 1, implausibleCount: false };

describe("scoreConfidence", () => {
  it("grows with each part the text gives, up to 0.95", () => {
    const full: ConfidenceFeatures = { ...bare, knownGroup: true, hasCount: true, dateBasis: "expression", hasPlace: true, hasDestination: true, tellings: 2 };
    expect(scoreConfidence(bare)).toBe(0.6);
    expect(scoreConfidence({ ...bare, knownGroup: true })).toBe(0.7);
    expect(scoreConfidence(full)).toBe(0.95);
  });
  it("is lower for a plural trigger, a cue, or a group borrowed from context", () => {
    expect(scoreConfidence({ ...bare, form: "plural" })).toBeLessThan(scoreConfidence(bare));
    expect(scoreConfidence({ ...bare, verdict: "reference" })).toBeLessThan(scoreConfidence(bare));
    expect(scoreConfidence({ ...bare, knownGroup: true, groupFromContext: true })).toBeLessThan(scoreConfidence({ ...bare, knownGroup: true }));
  });
});

describe("an implausible count", () => {
  it("lowers the score sharply (build-event.ts also caps the event at IMPLAUSIBLE_CEILING)", () => {
    const full: ConfidenceFeatures = { ...bare, knownGroup: true, hasCount: true, dateBasis: "expression", hasPlace: true, hasDestination: true, tellings: 2 };
    expect(scoreConfidence(full)).toBe(0.95);
    expect(scoreConfidence({ ...full, implausibleCount: true })).toBeLessThan(0.7);
  });
});
