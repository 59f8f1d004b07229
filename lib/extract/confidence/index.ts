/**
 * The confidence of an extracted event: how likely it is to be a real incident with the right
 * group, learnt from the gold sets (see model.ts, train.ts and `npm run train:confidence`).
 * Analysts review the least confident events first, so the bands mean something: from a
 * report-level cross-validation on the real tuning set, events at ≥ 0.9 were right in every case
 * and an event flagged for review scores at most 0.2 (docs/extraction.md, "Confidence").
 */
import type { DefectionEvent } from "../types";
import { z } from "zod";
import * as $features from "./features";
import type { FeatureName, FeatureSetName, ReportText, ScorableEvent } from "./features";
import * as $model from "./model";
import type { ConfidenceExplanation, ConfidenceModel } from "./model";
import shippedWeights from "./weights.json";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { eventFeatures, ReportView, FEATURE_NAMES, FEATURE_SETS } = $features;
const { confidenceOf, explainConfidence, parseModel } = $model;

export { featureMessageKey, FEATURE_NAMES, type FeatureName, type ScorableEvent } from "./features";
export type { ConfidenceExplanation, Contribution } from "./model";

export const SHIPPED_MODEL: ConfidenceModel = parseModel(shippedWeights, "lib/extract/confidence/weights.json");

/** How the shipped model was trained, so an evaluation can retrain it fold by fold the same way. */
export interface TrainingSetting {
  features: FeatureSetName;
  l2: number;
  /** The real gold file trained on. */
  trainedOn: string;
  /** Invented gold files added to training, and the weight of each of their events. */
  invented: string[];
  inventedWeight: number;
  /** An older extractor's events on the real reports (scripts/snapshot-events.ts), and their weight. */
  history: string | null;
  historyWeight: number;
  /** An older extractor's events on template cases (scripts/snapshot-templates.ts): their gold and events files, and their weight. */
  templates: { gold: string; events: string } | null;
  templateWeight: number;
  /** Features whose weight was held non-positive (TrainOptions.nonPositive). */
  nonPositive: FeatureName[];
}

export const SHIPPED_SETTING: TrainingSetting = z
  .object({
    trainedOn: z.object({
      real: z.string(),
      invented: z.array(z.string()).default([]),
      inventedWeight: z.number().min(0).default(0),
      history: z.string().nullable().default(null),
      historyWeight: z.number().min(0).default(0),
      templates: z.object({ gold: z.string(), events: z.string() }).nullable().default(null),
      templateWeight: z.number().min(0).default(0),
    }),
    chosenBy: z.object({
      features: z.enum(Object.keys(FEATURE_SETS) as [FeatureSetName, ...FeatureSetName[]]),
      l2: z.number().positive(),
      nonPositive: z.array(z.enum(FEATURE_NAMES)).default([]),
    }),
  })
  .transform((f) => ({ features: f.chosenBy.features, l2: f.chosenBy.l2, nonPositive: f.chosenBy.nonPositive, trainedOn: f.trainedOn.real, ...f.trainedOn }))
  .parse(shippedWeights);

const USED = new WeakMap<ConfidenceModel, ReadonlySet<FeatureName>>();

/** The features a model reads (non-zero weight, and the review flag that caps it). */
function usedFeatures(model: ConfidenceModel): ReadonlySet<FeatureName> {
  let used = USED.get(model);
  if (!used) USED.set(model, (used = new Set(FEATURE_NAMES.filter((n) => model.weights[n] !== 0 || n === "flagged_for_review"))));
  return used;
}

/** The confidence of one event; `siblings` are all the events found in its report (it may be among them). */
export function scoreConfidence(event: ScorableEvent, report: ReportText, siblings: readonly ScorableEvent[] = [event], model = SHIPPED_MODEL): number {
  return confidenceOf(model, eventFeatures(event, report, siblings, usedFeatures(model)));
}

/** The events of one report with their confidence set by the model (new objects; the input is not changed). */
export function withConfidence<E extends ScorableEvent>(events: readonly E[], report: ReportText, model = SHIPPED_MODEL): (E & { confidence: number })[] {
  if (events.length === 0) return [];
  const view = new ReportView(report);
  const wanted = usedFeatures(model);
  return events.map((e) => ({ ...e, confidence: confidenceOf(model, eventFeatures(e, view, events, wanted)) }));
}

/** Why the event got its confidence: the bias and each feature's contribution (for the event page). */
export function explainEventConfidence(event: ScorableEvent, report: ReportText, siblings: readonly ScorableEvent[] = [event], model = SHIPPED_MODEL): ConfidenceExplanation {
  return explainConfidence(model, eventFeatures(event, report, siblings));
}
