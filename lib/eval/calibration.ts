/**
 * Is `confidence` worth ordering a review queue by? Calibration figures for the extractor's events.
 *
 * An event is CORRECT when the scorer of score.ts pairs it with a gold event (groups agree; a pair
 * with an optional gold event counts as correct too: it is no false alarm). The figures are the
 * share of correct events in each confidence band (≥ 0.9, 0.7–0.9, < 0.7), with counts.
 *
 * Cross-validation is by REPORT: all events of a report fall in the same fold, so the model that
 * scores an event never saw its report (nor the other tellings of its incident in that report).
 * Folds are fixed by a hash of the report id: the same gold file gives the same folds. Pure.
 */
import { eventFeatures } from "../extract/confidence/features";
import type { LabelledExample } from "../extract/confidence/train";
import type { DefectionEvent } from "../extract/types";
import type { ConfidenceModel } from "../extract/confidence/model";
import { confidenceOf } from "../extract/confidence/model";
import type { GoldReport } from "./gold";
import type { GroupMatcher } from "./group-match";
import { evaluate, type Extractor } from "./score";

export interface ScoredEvent {
  reportId: string;
  confidence: number;
  correct: boolean;
  source?: string;
}

export interface Band {
  label: string;
  /** Inclusive lower bound, exclusive upper bound (the top band includes 1). */
  low: number;
  high: number;
  events: number;
  correct: number;
  /** correct / events; null for an empty band. */
  share: number | null;
}

export const BANDS: ReadonlyArray<{ label: string; low: number; high: number }> = [
  { label: "≥ 0.9", low: 0.9, high: Infinity },
  { label: "0.7–0.9", low: 0.7, high: 0.9 },
  { label: "< 0.7", low: -Infinity, high: 0.7 },
];

export function calibrationTable(events: readonly ScoredEvent[]): Band[] {
  return BANDS.map((b) => {
    const inBand = events.filter((e) => e.confidence >= b.low && e.confidence < b.high);
    const correct = inBand.filter((e) => e.correct).length;
    return { ...b, events: inBand.length, correct, share: inBand.length === 0 ? null : correct / inBand.length };
  });
}

/** Mean squared error of the confidence against correctness (lower is better; 0.25 is a coin). */
export function brierScore(events: readonly ScoredEvent[]): number {
  if (events.length === 0) return 0;
  return events.reduce((s, e) => s + (e.confidence - (e.correct ? 1 : 0)) ** 2, 0) / events.length;
}

/**
 * The standard error of the difference of two Brier scores over the same events (same order): the spread of the
 * per-event differences of squared error, over √n. How far apart two settings must be for the data to tell them apart.
 */
export function pairedBrierStandardError(a: readonly ScoredEvent[], b: readonly ScoredEvent[]): number {
  if (a.length !== b.length) throw new Error(`paired Brier: ${a.length} against ${b.length} events`);
  const n = a.length;
  if (n < 2) return 0;
  const d = a.map((e, i) => {
    if (e.reportId !== b[i].reportId || e.correct !== b[i].correct) throw new Error(`paired Brier: event ${i} differs between the two runs`);
    const y = e.correct ? 1 : 0;
    return (e.confidence - y) ** 2 - (b[i].confidence - y) ** 2;
  });
  const mean = d.reduce((s, x) => s + x, 0) / n;
  const variance = d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  return Math.sqrt(variance / n);
}

/** Runs the extractor over gold reports and labels each event it finds with its features. */
export function labelledExamples(gold: readonly GoldReport[], extract: Extractor, matcher: GroupMatcher): LabelledExample[] {
  const { reports } = evaluate([...gold], extract, matcher);
  const out: LabelledExample[] = [];
  for (const r of reports) {
    const body = gold.find((g) => g.id === r.id)!.text;
    const matched = new Set(r.pairs.map((p) => p.predicted));
    r.predicted.forEach((event, i) => {
      out.push({ reportId: r.id, features: eventFeatures(event, { body }, r.predicted), correct: matched.has(i) });
    });
  }
  return out;
}

/** The extractor's own confidences, labelled (what the shipped scorer says, with no cross-validation). */
export function scoredAsShipped(gold: readonly GoldReport[], extract: Extractor, matcher: GroupMatcher): ScoredEvent[] {
  const { reports } = evaluate([...gold], extract, matcher);
  return reports.flatMap((r) => {
    const matched = new Set(r.pairs.map((p) => p.predicted));
    return r.predicted.map((e, i) => ({ reportId: r.id, confidence: e.confidence, correct: matched.has(i) }));
  });
}

/**
 * An "extractor" that returns the events saved by scripts/snapshot-events.ts (one JSON line per
 * report: {"id", "extractor", "events"}), so an earlier extractor's output can be labelled again.
 */
export function snapshotExtractor(content: string, file: string): { extract: Extractor; version: string; has: (id: string) => boolean } {
  const byId = new Map<string, DefectionEvent[]>();
  let version = "";
  content.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const rec = JSON.parse(line) as { id?: unknown; extractor?: unknown; events?: unknown };
    if (typeof rec.id !== "string" || typeof rec.extractor !== "string" || !Array.isArray(rec.events)) {
      throw new Error(`${file}:${i + 1}: a snapshot line is {"id", "extractor", "events": [...]}`);
    }
    version = rec.extractor;
    byId.set(rec.id, rec.events as DefectionEvent[]);
  });
  return {
    version,
    has: (id) => byId.has(id),
    extract: (r) => {
      const events = byId.get(r.id);
      if (!events) throw new Error(`${file}: no snapshot for report ${r.id}`);
      return events;
    },
  };
}

/** FNV-1a: a small stable hash, so folds do not depend on the order of the gold file. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Report id → fold in [0, k): ids ordered by hash, then dealt round-robin (folds differ in size by ≤ 1). */
export function reportFolds(ids: readonly string[], k: number): Map<string, number> {
  if (!Number.isInteger(k) || k < 2) throw new Error(`cross-validation needs k ≥ 2 folds (got ${k})`);
  const unique = [...new Set(ids)].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
  return new Map(unique.map((id, i) => [id, i % k]));
}

/**
 * Report-level k-fold cross-validation: each fold's events are scored by a model trained on the
 * other folds' examples plus `extra` (examples never scored: other gold sets, or what an older
 * extractor found in these reports — an extra example of a held-out report is left out too).
 */
export function crossValidate(
  examples: readonly LabelledExample[],
  k: number,
  train: (training: LabelledExample[]) => ConfidenceModel,
  extra: readonly LabelledExample[] = [],
): ScoredEvent[] {
  const folds = reportFolds(examples.map((e) => e.reportId), k);
  const out: ScoredEvent[] = [];
  for (let f = 0; f < k; f++) {
    const held = examples.filter((e) => folds.get(e.reportId) === f);
    if (held.length === 0) continue;
    const model = train([...examples, ...extra].filter((e) => folds.get(e.reportId) !== f));
    for (const e of held) out.push({ reportId: e.reportId, confidence: confidenceOf(model, e.features), correct: e.correct, source: e.source });
  }
  return out;
}
