import { describe, expect, it } from "vitest";
import { t } from "../../i18n/messages";
import { extractEventsStrict } from "../index";
import { explainEventConfidence, scoreConfidence, SHIPPED_MODEL, SHIPPED_SETTING, withConfidence } from "./index";
import { FEATURE_NAMES, type FeatureName, type FeatureVector } from "./features";
import { confidenceOf, explainConfidence, parseModel, REVIEW_CEILING, sigmoid, type ConfidenceModel } from "./model";

const zeros = () => Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Record<FeatureName, number>;
const vector = (on: FeatureName[]): FeatureVector => {
  const v = zeros();
  for (const n of on) v[n] = 1;
  return v;
};
const model = (bias: number, w: Partial<Record<FeatureName, number>>): ConfidenceModel => ({ bias, weights: { ...zeros(), ...w } });

describe("confidence model", () => {
  it("is the logistic of bias plus the weights of the features present", () => {
    const m = model(0.5, { group_known: 1, headline_only: -2 });
    expect(confidenceOf(m, vector([]))).toBe(Math.round(sigmoid(0.5) * 100) / 100);
    expect(confidenceOf(m, vector(["group_known"]))).toBe(Math.round(sigmoid(1.5) * 100) / 100);
    expect(confidenceOf(m, vector(["group_known", "headline_only"]))).toBe(Math.round(sigmoid(-0.5) * 100) / 100);
  });

  it("explains a decision: bias plus contributions give the score, largest effect first", () => {
    const m = model(0.2, { group_known: 0.4, headline_only: -1.5, count_large: 0.9 });
    const x = vector(["group_known", "headline_only"]);
    const e = explainConfidence(m, x);
    expect(e.contributions.map((c) => c.feature)).toEqual(["headline_only", "group_known"]);
    const z = e.bias + e.contributions.reduce((s, c) => s + c.contribution, 0);
    expect(e.confidence).toBe(Math.round(sigmoid(z) * 100) / 100);
    expect(t("en", e.contributions[0].label)).toMatch(/headline/);
    expect(t("ar", e.contributions[0].label)).toMatch(/العنوان/);
  });

  it("holds a flagged event at 0.2 or below whatever its other features", () => {
    const m = model(5, { group_known: 3 });
    expect(confidenceOf(m, vector(["group_known"]))).toBeGreaterThan(0.95);
    expect(confidenceOf(m, vector(["group_known", "flagged_for_review"]))).toBeLessThanOrEqual(REVIEW_CEILING);
    expect(explainConfidence(m, vector(["flagged_for_review"])).cappedForReview).toBe(true);
  });

  it("rejects a weights file with an unknown or a missing feature, naming it", () => {
    const good = { bias: 0, weights: zeros() };
    expect(() => parseModel({ ...good, weights: { ...zeros(), made_up: 1 } }, "w.json")).toThrow(/w\.json.*made_up|made_up.*w\.json/s);
    const { group_known: _dropped, ...missing } = zeros();
    expect(() => parseModel({ bias: 0, weights: missing }, "w.json")).toThrow(/weights\.group_known/);
    expect(() => parseModel({ bias: "x", weights: zeros() }, "w.json")).toThrow(/bias/);
  });
});

describe("the shipped model on real extractions", () => {
  const published = { start: "2021-06-20", end: "2021-06-20" };
  const body = "انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.";
  const events = extractEventsStrict({ id: "x", body, published });

  it("is what the extractor stores as confidence", () => {
    expect(events).toHaveLength(1);
    expect(events[0].confidence).toBe(scoreConfidence(events[0], { body }, events));
    expect(explainEventConfidence(events[0], { body }, events).confidence).toBe(events[0].confidence);
  });

  it("scores a flagged event at 0.2 or below", () => {
    const [flagged] = withConfidence([{ ...events[0], flags: ["implausible-count" as const] }], { body });
    expect(flagged.confidence).toBeLessThanOrEqual(0.2);
    expect(events[0].confidence).toBeGreaterThanOrEqual(0.7);
  });

  it("names the setting it was trained with", () => {
    expect(SHIPPED_SETTING.l2).toBeGreaterThan(0);
    expect(SHIPPED_SETTING.trainedOn).toBe("data/dev/real-tune.jsonl");
    expect(Object.keys(SHIPPED_MODEL.weights).sort()).toEqual([...FEATURE_NAMES].sort());
  });
});
