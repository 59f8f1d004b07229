import { describe, expect, it } from "vitest";
import { FEATURE_NAMES, type FeatureName, type FeatureVector } from "./features";
import { roundModel, trainLogistic, type LabelledExample } from "./train";

const vector = (on: FeatureName[]): FeatureVector => Object.fromEntries(FEATURE_NAMES.map((n) => [n, on.includes(n) ? 1 : 0])) as FeatureVector;

/** 40 events: a headline-only event is wrong 3 times in 4, any other right 9 times in 10. */
function examples(): LabelledExample[] {
  const out: LabelledExample[] = [];
  for (let i = 0; i < 20; i++) out.push({ reportId: `r${i}`, features: vector(i % 2 ? ["group_known"] : []), correct: i % 10 !== 0 });
  for (let i = 0; i < 20; i++) out.push({ reportId: `h${i}`, features: vector(["headline_only", "group_known"]), correct: i % 4 === 0 });
  return out;
}

describe("trainLogistic", () => {
  it("learns a negative weight for a cue of wrong events and leaves absent features at 0", () => {
    const m = trainLogistic(examples(), { l2: 0.1 });
    expect(m.weights.headline_only).toBeLessThan(-1);
    expect(m.weights.count_large).toBe(0);
    expect(m.bias).toBeGreaterThan(1);
  });

  it("is deterministic", () => {
    expect(trainLogistic(examples(), { l2: 1 })).toEqual(trainLogistic(examples(), { l2: 1 }));
  });

  it("shrinks the weights as the penalty grows, and keeps excluded features at 0", () => {
    const weak = trainLogistic(examples(), { l2: 0.1 });
    const strong = trainLogistic(examples(), { l2: 30 });
    expect(Math.abs(strong.weights.headline_only)).toBeLessThan(Math.abs(weak.weights.headline_only));
    expect(trainLogistic(examples(), { l2: 0.1 }, new Set<FeatureName>(["headline_only"])).weights.headline_only).toBe(0);
  });

  it("weighs examples: invented text can count less than real text", () => {
    const base = examples();
    const extra = Array.from({ length: 40 }, (_, i): LabelledExample => ({ reportId: `x${i}`, features: vector(["headline_only", "group_known"]), correct: true, weight: 0.01 }));
    const light = trainLogistic([...base, ...extra], { l2: 0.1 });
    const heavy = trainLogistic([...base, ...extra.map((e) => ({ ...e, weight: 1 }))], { l2: 0.1 });
    expect(light.weights.headline_only).toBeLessThan(heavy.weights.headline_only);
  });

  it("holds a feature the domain signs at 0 when the data would make it positive, and leaves a negative one alone", () => {
    // Outside the headline, events with group_known are all right and the others 9 in 10: its free weight is positive.
    expect(trainLogistic(examples(), { l2: 0.1 }).weights.group_known).toBeGreaterThan(0);
    const held = trainLogistic(examples(), { l2: 0.1, nonPositive: ["group_known"] });
    const free = trainLogistic(examples(), { l2: 0.1 });
    expect(held.weights.group_known).toBe(0);
    expect(trainLogistic(examples(), { l2: 0.1, nonPositive: ["headline_only"] }).weights.headline_only).toBe(free.weights.headline_only);
  });

  it("refuses to train on nothing, and rounds for shipping", () => {
    expect(() => trainLogistic([], { l2: 1 })).toThrow(/no examples/);
    expect(roundModel({ bias: 0.123456, weights: { ...trainLogistic(examples(), { l2: 1 }).weights } }).bias).toBe(0.1235);
  });
});
