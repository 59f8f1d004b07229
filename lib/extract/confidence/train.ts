/**
 * Training the confidence model: L2-regularised logistic regression fitted by Newton's method
 * (iteratively reweighted least squares). Deterministic: no random start, a fixed number of
 * steps at most, the same examples in the same order give the same weights. Pure.
 */
import * as $features from "./features";
import type { FeatureName, FeatureVector } from "./features";
import * as $model from "./model";
import type { ConfidenceModel } from "./model";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { FEATURE_NAMES } = $features;
const { sigmoid } = $model;

export interface LabelledExample {
  /** The report the event came from: cross-validation keeps a report's events together. */
  reportId: string;
  features: FeatureVector;
  /** The event matches a gold event. */
  correct: boolean;
  /** How much the example counts (e.g. less for invented text); default 1. */
  weight?: number;
  /** Where the example comes from (e.g. which extractor), carried to the scored event. */
  source?: string;
}

export interface TrainOptions {
  /** L2 penalty on the feature weights (not on the bias). */
  l2: number;
  maxSteps?: number;
  /**
   * Features whose weight may not be positive (a sign the domain fixes: a larger figure never makes an event more
   * likely right). A feature whose fitted weight comes out positive is held at 0 and the rest refitted.
   */
  nonPositive?: readonly FeatureName[];
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    const pivot = m[c][c];
    if (Math.abs(pivot) < 1e-12) throw new Error("confidence training: singular system (raise the L2 penalty)");
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / pivot;
      if (f !== 0) for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}

/** Fits the model; features listed in `exclude` keep a weight of 0 (to compare feature sets). */
export function trainLogistic(examples: readonly LabelledExample[], options: TrainOptions, exclude: ReadonlySet<FeatureName> = new Set()): ConfidenceModel {
  const model = fitLogistic(examples, options, exclude);
  const wrongSign = (options.nonPositive ?? []).filter((n) => !exclude.has(n) && model.weights[n] > 0);
  return wrongSign.length === 0 ? model : trainLogistic(examples, options, new Set([...exclude, ...wrongSign]));
}

function fitLogistic(examples: readonly LabelledExample[], options: TrainOptions, exclude: ReadonlySet<FeatureName>): ConfidenceModel {
  if (examples.length === 0) throw new Error("confidence training: no examples");
  const names = FEATURE_NAMES.filter((n) => !exclude.has(n));
  const d = names.length + 1; // index 0 is the bias
  const rows = examples.map((e) => [1, ...names.map((n) => e.features[n])]);
  const y = examples.map((e) => (e.correct ? 1 : 0));
  const w = examples.map((e) => e.weight ?? 1);
  let beta = new Array<number>(d).fill(0);
  for (let step = 0; step < (options.maxSteps ?? 50); step++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((x, i) => {
      let z = 0;
      for (let k = 0; k < d; k++) z += beta[k] * x[k];
      const p = sigmoid(z);
      const g = w[i] * (p - y[i]);
      const h = w[i] * p * (1 - p);
      for (let a = 0; a < d; a++) {
        if (x[a] === 0) continue;
        grad[a] += g * x[a];
        for (let b = 0; b < d; b++) hess[a][b] += h * x[a] * x[b];
      }
    });
    for (let k = 1; k < d; k++) {
      grad[k] += options.l2 * beta[k];
      hess[k][k] += options.l2;
    }
    hess[0][0] += 1e-9;
    const delta = solve(hess, grad);
    beta = beta.map((v, k) => v - delta[k]);
    if (Math.max(...delta.map(Math.abs)) < 1e-10) break;
  }
  const weights = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Record<FeatureName, number>;
  names.forEach((n, k) => (weights[n] = beta[k + 1]));
  return { bias: beta[0], weights };
}

/** Rounds the weights for shipping (4 decimals: the JSON stays readable and diffs stay small). */
export function roundModel(model: ConfidenceModel): ConfidenceModel {
  const r = (x: number) => Math.round(x * 1e4) / 1e4 + 0;
  return { bias: r(model.bias), weights: Object.fromEntries(FEATURE_NAMES.map((n) => [n, r(model.weights[n])])) as Record<FeatureName, number> };
}
