/**
 * The confidence model: a logistic regression over the named features of features.ts.
 * confidence = σ(bias + Σ weight·value), so every decision can be explained as the bias plus one
 * contribution per feature. An event flagged for review by the extractor is held at or below
 * REVIEW_CEILING whatever the sum says (the review queue must show it first).
 */
import { z } from "zod";
import type { MessageKey } from "../../i18n/messages";
import * as $features from "./features";
import type { FeatureName, FeatureVector } from "./features";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { FEATURE_NAMES, featureMessageKey, UNTRAINED_FEATURES } = $features;

/**
 * Flagged events score at most this: far below the "< 0.7" band's top, at the head of the review
 * queue.
 */
export const REVIEW_CEILING = 0.2;

export interface ConfidenceModel {
  bias: number;
  weights: Record<FeatureName, number>;
}

// (a feature added since the file was trained reads 0 when the file lacks it: features.ts UNTRAINED_FEATURES)
const weightsSchema = z
  .object(Object.fromEntries(FEATURE_NAMES.map((n) => [n, UNTRAINED_FEATURES.includes(n) ? z.number().finite().default(0) : z.number().finite()])) as Record<FeatureName, z.ZodNumber>)
  .strict();

/** The shape of the shipped weights file (other keys describe how it was trained). */
export const modelFileSchema = z.object({
  bias: z.number().finite(),
  weights: weightsSchema,
});

/** Reads a weights file; a missing (but for an untrained one) or unknown feature is an error naming it. */
export function parseModel(json: unknown, source: string): ConfidenceModel {
  const parsed = modelFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${source}: invalid confidence model at ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return { bias: parsed.data.bias, weights: parsed.data.weights as Record<FeatureName, number> };
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function linearScore(model: ConfidenceModel, x: FeatureVector): number {
  let z = model.bias;
  for (const n of FEATURE_NAMES) z += model.weights[n] * x[n];
  return z;
}

/** The confidence in [0, 1], rounded to two decimals as stored. */
export function confidenceOf(model: ConfidenceModel, x: FeatureVector): number {
  let p = sigmoid(linearScore(model, x));
  if (x.flagged_for_review > 0) p = Math.min(p, REVIEW_CEILING);
  return Math.round(p * 100) / 100;
}

export interface Contribution {
  feature: FeatureName;
  /** What the feature means, in English and Arabic (lib/i18n/messages.ts). */
  label: MessageKey;
  value: number;
  /** weight × value, in log-odds. */
  contribution: number;
}

export interface ConfidenceExplanation {
  confidence: number;
  bias: number;
  /** Features that moved the score (value ≠ 0), largest effect first. */
  contributions: Contribution[];
  /** Set when the review flag capped the confidence. */
  cappedForReview: boolean;
}

/** Why an event got its confidence: the bias and each feature's push in log-odds. */
export function explainConfidence(model: ConfidenceModel, x: FeatureVector): ConfidenceExplanation {
  const contributions = FEATURE_NAMES.filter((n) => x[n] !== 0 && model.weights[n] !== 0)
    .map((n) => ({ feature: n, label: featureMessageKey(n), value: x[n], contribution: model.weights[n] * x[n] }))
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.feature.localeCompare(b.feature));
  const raw = sigmoid(linearScore(model, x));
  return { confidence: confidenceOf(model, x), bias: model.bias, contributions, cappedForReview: x.flagged_for_review > 0 && raw > REVIEW_CEILING };
}
