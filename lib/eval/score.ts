/**
 * Scoring the extractor against gold records.
 *
 * Matching (per report): predicted and gold events are paired one-to-one by a maximum-weight
 * assignment. A pair is COMPATIBLE when the groups agree: at least one gold group agrees with at
 * least one predicted group (GroupMatcher: gazetteer id, normalised name, alias or whole-word
 * containment). Dates do not decide compatibility, so an event found with a wrong date still
 * counts as found and its date error shows in the date figure; among compatible pairs the
 * assignment prefers, in order: non-optional gold events (weight 10 vs 4), overlapping dates (+1),
 * a higher date IoU (+2·IoU), a count range holding the gold figure (+1), the same kind (+0.5)
 * and more of the gold groups agreeing (+share). The STRICT figures additionally require the
 * date ranges to overlap (a gold event without a date overlaps anything).
 *
 * Figures (micro-averaged over all reports):
 * - precision = TP / (TP + FP), recall = TP / (TP + FN), F1; a matched optional gold event counts
 *   as neither TP nor FP, a missed one is not FN. With nothing predicted precision is 1, with
 *   nothing to find recall is 1.
 * - count: share of TP pairs where the gold best figure lies in the predicted [low, high], or
 *   both counts are null.
 * - date: mean intersection-over-union (inclusive days) of TP pairs whose gold has a date.
 * - per kind: recall by gold kind, precision by predicted kind; kind agreement among TP pairs.
 */
import type { DefectionEvent, EventKind, ReportInput } from "../extract/types";
import type { DayRange } from "../time/types";
import { dayNumber } from "../time/day";
import { maxWeightAssignment } from "./assign";
import type { GoldCount, GoldEvent, GoldReport } from "./gold";
import { destinationAgrees, placeAgrees } from "./where";
import type { GroupMatcher } from "./group-match";


/** Intersection over union of two inclusive day ranges, in days (1 when equal, 0 when disjoint). */
export function dayRangeIoU(a: DayRange, b: DayRange): number {
  const a0 = dayNumber(a.start);
  const a1 = dayNumber(a.end) + 1;
  const b0 = dayNumber(b.start);
  const b1 = dayNumber(b.end) + 1;
  const inter = Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  const union = a1 - a0 + (b1 - b0) - inter;
  return union <= 0 ? 0 : inter / union;
}

export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The predicted count agrees with the gold one: gold best within [low, high], or both null. */
export function countAgrees(gold: GoldCount | null, predicted: { low: number; high: number } | null): boolean {
  if (gold === null) return predicted === null;
  return predicted !== null && predicted.low <= gold.best && gold.best <= predicted.high;
}

/** Share of the gold event's groups that agree with some predicted group (0 = incompatible). */
export function groupAgreement(gold: GoldEvent, predicted: DefectionEvent, matcher: GroupMatcher): number {
  if (gold.groups.length === 0) return 0;
  let agreeing = 0;
  for (const name of gold.groups) if (predicted.groups.some((g) => matcher.agrees(name, g))) agreeing++;
  return agreeing / gold.groups.length;
}

export interface MatchedPair {
  gold: number;
  predicted: number;
  optional: boolean;
  datesOverlap: boolean;
  /** Null when the gold event has no date. */
  dateIoU: number | null;
  countAgrees: boolean;
  kindAgrees: boolean;
  placeAgrees: boolean;
  destinationAgrees: boolean;
}

export interface ReportScore {
  id: string;
  gold: GoldEvent[];
  predicted: DefectionEvent[];
  /** Pairs of the main matching (groups agree). */
  pairs: MatchedPair[];
  tp: number;
  fp: number;
  fn: number;
  optionalMatched: number;
  /** Indexes of non-optional gold events left unmatched. */
  misses: number[];
  /** Indexes of predicted events left unmatched. */
  falseAlarms: number[];
  strict: { tp: number; fp: number; fn: number };
}

function pairFacts(gold: GoldEvent, pred: DefectionEvent, matcher: GroupMatcher): Omit<MatchedPair, "gold" | "predicted" | "optional"> {
  const predRange = { start: pred.date.start, end: pred.date.end };
  return {
    datesOverlap: gold.date === null || rangesOverlap(gold.date, predRange),
    dateIoU: gold.date === null ? null : dayRangeIoU(gold.date, predRange),
    countAgrees: countAgrees(gold.count, pred.count),
    kindAgrees: gold.kind === pred.kind,
    placeAgrees: placeAgrees(gold.place, pred.place),
    destinationAgrees: destinationAgrees(gold.destination, pred.destination, (goldText, text, id) =>
      matcher.agrees(goldText, { id, name_ar: text, text }),
    ),
  };
}

function match(gold: GoldEvent[], predicted: DefectionEvent[], matcher: GroupMatcher, strict: boolean): MatchedPair[] {
  const facts: (MatchedPair | null)[][] = [];
  const weights: (number | null)[][] = [];
  gold.forEach((g, gi) => {
    const factRow: (MatchedPair | null)[] = [];
    const weightRow: (number | null)[] = [];
    predicted.forEach((p, pi) => {
      const share = groupAgreement(g, p, matcher);
      const f = pairFacts(g, p, matcher);
      if (share === 0 || (strict && !f.datesOverlap)) {
        factRow.push(null);
        weightRow.push(null);
        return;
      }
      factRow.push({ gold: gi, predicted: pi, optional: g.optional, ...f });
      weightRow.push(
        (g.optional ? 4 : 10) + (f.datesOverlap ? 1 : 0) + 2 * (f.dateIoU ?? 0.5) + (f.countAgrees ? 1 : 0) + (f.kindAgrees ? 0.5 : 0) + share,
      );
    });
    facts.push(factRow);
    weights.push(weightRow);
  });
  return maxWeightAssignment(weights).map(([gi, pi]) => facts[gi][pi] as MatchedPair);
}

function tally(gold: GoldEvent[], predictedCount: number, pairs: MatchedPair[]) {
  const tp = pairs.filter((p) => !p.optional).length;
  const optionalMatched = pairs.length - tp;
  const mandatory = gold.filter((g) => !g.optional).length;
  return { tp, optionalMatched, fp: predictedCount - pairs.length, fn: mandatory - tp };
}

/** Scores one report's predicted events against its gold events. */
export function scoreReport(id: string, gold: GoldEvent[], predicted: DefectionEvent[], matcher: GroupMatcher): ReportScore {
  const pairs = match(gold, predicted, matcher, false);
  const main = tally(gold, predicted.length, pairs);
  const strictPairs = match(gold, predicted, matcher, true);
  const strict = tally(gold, predicted.length, strictPairs);
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const matchedPred = new Set(pairs.map((p) => p.predicted));
  return {
    id,
    gold,
    predicted,
    pairs,
    ...main,
    misses: gold.flatMap((g, i) => (!g.optional && !matchedGold.has(i) ? [i] : [])),
    falseAlarms: predicted.flatMap((_, i) => (matchedPred.has(i) ? [] : [i])),
    strict: { tp: strict.tp, fp: strict.fp, fn: strict.fn },
  };
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface KindFigures {
  gold: number;
  found: number;
  predicted: number;
  falseAlarms: number;
  recall: number;
  precision: number;
}

export interface EvalSummary {
  reports: number;
  /** Reports whose gold has no event, and how many of them got no prediction either. */
  negativeReports: number;
  cleanNegatives: number;
  goldEvents: number;
  optionalEvents: number;
  predictedEvents: number;
  optionalMatched: number;
  events: PRF;
  strict: PRF;
  count: { matched: number; agree: number; share: number; withFigure: number; withFigureHit: number; nullGold: number; nullAgree: number };
  date: { matched: number; meanIoU: number; overlapShare: number };
  kind: { matched: number; agree: number; share: number };
  /** Matched events whose place / destination names the gold one (both absent agrees; see where.ts). */
  place: { matched: number; agree: number; share: number };
  destination: { matched: number; agree: number; share: number };
  perKind: Record<EventKind, KindFigures>;
}

const ratio = (a: number, b: number, empty: number): number => (b === 0 ? empty : a / b);

export function summarize(scores: ReportScore[]): EvalSummary {
  let tp = 0, fp = 0, fn = 0, stp = 0, sfp = 0, sfn = 0, optionalMatched = 0;
  let goldEvents = 0, optionalEvents = 0, predictedEvents = 0, negativeReports = 0, cleanNegatives = 0;
  let countAgree = 0, withFigure = 0, withFigureHit = 0, nullGold = 0, nullAgree = 0;
  let dated = 0, iouSum = 0, overlapping = 0, kindAgree = 0, placeAgree = 0, destinationAgree = 0;
  const perKind = {} as Record<EventKind, KindFigures>;
  for (const k of ["defection", "desertion", "attempted"] as EventKind[]) perKind[k] = { gold: 0, found: 0, predicted: 0, falseAlarms: 0, recall: 1, precision: 1 };
  for (const s of scores) {
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
    stp += s.strict.tp;
    sfp += s.strict.fp;
    sfn += s.strict.fn;
    optionalMatched += s.optionalMatched;
    goldEvents += s.gold.filter((g) => !g.optional).length;
    optionalEvents += s.gold.filter((g) => g.optional).length;
    predictedEvents += s.predicted.length;
    if (s.gold.length === 0) {
      negativeReports++;
      if (s.predicted.length === 0) cleanNegatives++;
    }
    for (const g of s.gold) if (!g.optional) perKind[g.kind].gold++;
    for (const p of s.predicted) perKind[p.kind].predicted++;
    for (const i of s.falseAlarms) perKind[s.predicted[i].kind].falseAlarms++;
    for (const pair of s.pairs) {
      if (pair.optional) {
        // Neither a hit nor a false alarm: leave it out of the predicted kind's precision base.
        perKind[s.predicted[pair.predicted].kind].predicted--;
        continue;
      }
      const g = s.gold[pair.gold];
      perKind[g.kind].found++;
      if (pair.countAgrees) countAgree++;
      if (g.count === null) {
        nullGold++;
        if (pair.countAgrees) nullAgree++;
      } else {
        withFigure++;
        if (pair.countAgrees) withFigureHit++;
      }
      if (pair.dateIoU !== null) {
        dated++;
        iouSum += pair.dateIoU;
        if (pair.datesOverlap) overlapping++;
      }
      if (pair.kindAgrees) kindAgree++;
      if (pair.placeAgrees) placeAgree++;
      if (pair.destinationAgrees) destinationAgree++;
    }
  }
  for (const k of Object.values(perKind)) {
    k.recall = ratio(k.found, k.gold, 1);
    k.precision = ratio(k.predicted - k.falseAlarms, k.predicted, 1);
  }
  return {
    reports: scores.length,
    negativeReports,
    cleanNegatives,
    goldEvents,
    optionalEvents,
    predictedEvents,
    optionalMatched,
    events: prf(tp, fp, fn),
    strict: prf(stp, sfp, sfn),
    count: { matched: tp, agree: countAgree, share: ratio(countAgree, tp, 0), withFigure, withFigureHit, nullGold, nullAgree },
    date: { matched: dated, meanIoU: ratio(iouSum, dated, 0), overlapShare: ratio(overlapping, dated, 0) },
    kind: { matched: tp, agree: kindAgree, share: ratio(kindAgree, tp, 0) },
    place: { matched: tp, agree: placeAgree, share: ratio(placeAgree, tp, 0) },
    destination: { matched: tp, agree: destinationAgree, share: ratio(destinationAgree, tp, 0) },
    perKind,
  };
}

export type Extractor = (report: ReportInput) => DefectionEvent[];

/** Runs the extractor over every gold report and scores it. */
export function evaluate(gold: GoldReport[], extract: Extractor, matcher: GroupMatcher): { reports: ReportScore[]; summary: EvalSummary } {
  const reports = gold.map((r) => scoreReport(r.id, r.events, extract({ id: r.id, body: r.text, published: r.published }), matcher));
  return { reports, summary: summarize(reports) };
}
