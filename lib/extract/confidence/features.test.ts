/** The confidence features on their examples (feature-examples.ts), and their invariants. */
import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "../index";
import { FEATURE_EXAMPLES } from "./feature-examples";
import { eventFeatures, FEATURE_NAMES, FEATURE_SETS } from "./features";

const published = { start: "2021-06-20", end: "2021-06-20" };

function firstEventFeatures(body: string) {
  const events = extractEventsStrict({ id: "x", body, published });
  expect(events.length, `the example must yield an event: ${body}`).toBeGreaterThan(0);
  return { events, features: eventFeatures(events[0], { body }, events) };
}

describe("confidence features", () => {
  it.each(FEATURE_EXAMPLES)("%s → %s = %i", (body, feature, value) => {
    expect(firstEventFeatures(body).features[feature]).toBe(value);
  });

  it("every feature has a positive example", () => {
    const positives = new Set(FEATURE_EXAMPLES.filter(([, , v]) => v === 1).map(([, f]) => f));
    const missing = FEATURE_NAMES.filter((n) => !positives.has(n) && n !== "flagged_for_review" && n !== "trigger_is_weak_form");
    expect(missing).toEqual([]);
  });

  it("every value lies in [0, 1] and every set names known features", () => {
    const { features } = firstEventFeatures(FEATURE_EXAMPLES[0][0]);
    for (const n of FEATURE_NAMES) expect(features[n]).toBeGreaterThanOrEqual(0), expect(features[n]).toBeLessThanOrEqual(1);
    for (const set of Object.values(FEATURE_SETS)) for (const n of set) expect(FEATURE_NAMES).toContain(n);
  });

  it("reads the review flags the extractor may add", () => {
    const { events } = firstEventFeatures(FEATURE_EXAMPLES[0][0]);
    const flagged = { ...events[0], flags: ["implausible-count" as const] };
    expect(eventFeatures(flagged, { body: FEATURE_EXAMPLES[0][0] }, [flagged]).flagged_for_review).toBe(1);
    expect(eventFeatures(events[0], { body: FEATURE_EXAMPLES[0][0] }, events).flagged_for_review).toBe(0);
  });
});
