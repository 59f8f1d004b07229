/**
 * Scoring a perturbation the CheckList way: of the gold events the extractor gets RIGHT on the original
 * report (matched with the group left, and with the gold count in its range and the gold kind), how many
 * are still right on the variant (against the variant's gold); and how many false events the variant
 * adds. Dates are not part of "right" here: they are the date engine's, and no perturbation rewrites one.
 */
import type { DefectionEvent } from "../../extract/types";
import type { GoldEvent, GoldReport } from "../gold";
import type { GroupMatcher } from "../group-match";
import { scoreReport, type Extractor, type ReportScore } from "../score";
import type { Perturbation, PerturbationFamily } from "./types";

/** Indexes of the gold events the report's extraction gets right (group, count and kind). */
export function rightEvents(score: ReportScore): Set<number> {
  return new Set(score.pairs.filter((p) => !p.optional && p.countAgrees && p.kindAgrees).map((p) => p.gold));
}

export interface Lost {
  report: string;
  gold: GoldEvent;
  /** What the variant's extraction gave instead (all its events). */
  got: DefectionEvent[];
  text: string;
}

export interface Added {
  report: string;
  events: DefectionEvent[];
  text: string;
}

export interface PerturbationFigures {
  name: string;
  family: PerturbationFamily;
  description: string;
  /** Reports the perturbation changed. */
  reports: number;
  /** Gold events right on the originals of those reports, and still right on their variants. */
  right: number;
  kept: number;
  /** False events of the variants beyond those of the originals (per report, never below zero). */
  newFalse: number;
  lost: Lost[];
  added: Added[];
}

/** Runs every perturbation over every report and scores the variants against the originals. */
export function runChecklist(gold: readonly GoldReport[], extract: Extractor, matcher: GroupMatcher, perturbations: readonly Perturbation[]): PerturbationFigures[] {
  const originals = gold.map((r) => scoreReport(r.id, r.events, extract({ id: r.id, body: r.text, published: r.published }), matcher));
  return perturbations.map((p) => {
    const figures: PerturbationFigures = { name: p.name, family: p.family, description: p.description, reports: 0, right: 0, kept: 0, newFalse: 0, lost: [], added: [] };
    gold.forEach((r, k) => {
      const variant = p.apply(r.text, r.events);
      if (variant === null) return;
      figures.reports++;
      const before = originals[k];
      const after = scoreReport(r.id, variant.events, extract({ id: r.id, body: variant.text, published: r.published }), matcher);
      const stillRight = rightEvents(after);
      for (const i of rightEvents(before)) {
        figures.right++;
        if (stillRight.has(i)) figures.kept++;
        else figures.lost.push({ report: r.id, gold: variant.events[i], got: after.predicted, text: variant.text });
      }
      const extra = after.fp - before.fp;
      if (extra > 0) {
        figures.newFalse += extra;
        figures.added.push({ report: r.id, events: after.falseAlarms.map((i) => after.predicted[i]), text: variant.text });
      }
    });
    return figures;
  });
}
