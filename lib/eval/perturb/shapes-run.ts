/**
 * The shapes measure (issue 10, round 16): every shape of `shapes.ts` built over every real report it has a place in
 * (seeded), scored with lib/eval/score against its gold, and against the report as it was scored alone: per shape
 * the pooled figures both ways and the people, and every report that lost or gained an event, a count, a kind or a
 * date. Run by `npm run -s eval:shapes` (`eval:perturb -- --shapes`).
 */
import type { DefectionEvent } from "../../extract/types";
import { mulberry32 } from "../../seeded-random";
import type { GoldReport } from "../gold";
import type { GroupMatcher } from "../group-match";
import type { GoldChanges } from "./lines";
import { scoreReport, summarize, type EvalSummary, type Extractor, type MatchedPair, type ReportScore } from "../score";
import { SHAPES, type Pick, type Shape, type Shaped } from "./shapes";

export interface ShapeChange extends GoldChanges {
  report: string;
  shape: string;
  falseAlone: number;
  falseShaped: number;
  /** The shaped report's false events. */
  falseEvents: DefectionEvent[];
}

export interface ShapeFigures {
  name: string;
  family: Shape["family"];
  reports: number;
  alone: EvalSummary;
  shaped: EvalSummary;
  /** People (sum of best counts) predicted alone and shaped, and in the shaped gold (non-optional). */
  people: { alone: number; shaped: number; gold: number };
}

/** A pick seeded by the seed, the shape and the report: the same variant on every run and machine. */
export function pickFor(seed: number, shape: string, report: string): Pick {
  let h = seed >>> 0;
  for (const c of `${shape}\u0000${report}`) h = (Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0);
  const rnd = mulberry32(h);
  return (options) => options[Math.floor(rnd() * options.length)];
}

/** The variants of one shape over `gold`, by report. */
export function buildShape(shape: Shape, gold: readonly GoldReport[], seed: number): Array<{ report: GoldReport; shaped: Shaped }> {
  return gold.flatMap((r) => {
    const shaped = shape.build(r, pickFor(seed, shape.name, r.id));
    return shaped ? [{ report: r, shaped }] : [];
  });
}

const bestSum = (events: ReadonlyArray<{ count: { best: number } | null }>) => events.reduce((n, e) => n + (e.count?.best ?? 0), 0);
const matchedPairs = (s: ReportScore) => new Map<number, MatchedPair>(s.pairs.filter((p) => !p.optional).map((p) => [p.gold, p]));

/** The shaped report against the report alone (gold events compared by index: a shape keeps their order). */
function compare(shape: string, r: GoldReport, alone: ReportScore, shaped: ReportScore): ShapeChange | null {
  const a = matchedPairs(alone);
  const b = matchedPairs(shaped);
  const ev = (i: number) => shaped.gold[i];
  const lost = [...a.keys()].filter((i) => !b.has(i)).map(ev);
  const gained = [...b.keys()].filter((i) => !a.has(i)).map(ev);
  const both = [...a.keys()].filter((i) => b.has(i)).map((i) => ({ i, a: a.get(i)!, b: b.get(i)! }));
  const countLost = both.filter((x) => x.a.countAgrees && !x.b.countAgrees).map((x) => ev(x.i));
  const countGained = both.filter((x) => !x.a.countAgrees && x.b.countAgrees).map((x) => ev(x.i));
  const kindLost = both.filter((x) => x.a.kindAgrees && !x.b.kindAgrees).map((x) => ev(x.i));
  const dateWorse = both.filter((x) => (x.b.dateIoU ?? 1) < (x.a.dateIoU ?? 1) - 1e-9).map((x) => ev(x.i));
  if (!(lost.length || gained.length || countLost.length || countGained.length || kindLost.length || dateWorse.length || alone.fp !== shaped.fp)) return null;
  return { report: r.id, shape, lost, gained, countLost, countGained, kindLost, dateWorse, falseAlone: alone.fp, falseShaped: shaped.fp, falseEvents: shaped.falseAlarms.map((i) => shaped.predicted[i]) };
}

/** Every shape over `gold`; figures per shape and pooled, and the changes. */
export function runShapes(gold: readonly GoldReport[], extract: Extractor, matcher: GroupMatcher, seed: number, shapes: readonly Shape[] = SHAPES) {
  const originals = new Map(gold.map((r) => [r.id, extract({ id: r.id, body: r.text, published: r.published })]));
  const changes: ShapeChange[] = [];
  const pooled = { alone: [] as ReportScore[], shaped: [] as ReportScore[] };
  const figures: ShapeFigures[] = shapes.map((shape) => {
    const alone: ReportScore[] = [];
    const shaped: ReportScore[] = [];
    for (const { report: r, shaped: v } of buildShape(shape, gold, seed)) {
      // (alone: the report as it is, against the shaped gold, which differs only where an update raises the figure)
      const a = scoreReport(r.id, r.events, originals.get(r.id)!, matcher);
      const b = scoreReport(r.id, v.events, extract({ id: r.id, body: v.text, published: r.published }), matcher);
      alone.push(a);
      shaped.push(b);
      const c = compare(shape.name, r, a, b);
      if (c) changes.push(c);
    }
    pooled.alone.push(...alone);
    pooled.shaped.push(...shaped);
    return figuresOf(shape.name, shape.family, alone, shaped);
  });
  return { figures, all: figuresOf("all", "social", pooled.alone, pooled.shaped), changes };
}

function figuresOf(name: string, family: Shape["family"], alone: ReportScore[], shaped: ReportScore[]): ShapeFigures {
  return {
    name,
    family,
    reports: shaped.length,
    alone: summarize(alone),
    shaped: summarize(shaped),
    people: { alone: bestSum(alone.flatMap((s) => s.predicted)), shaped: bestSum(shaped.flatMap((s) => s.predicted)), gold: bestSum(shaped.flatMap((s) => s.gold.filter((g) => !g.optional))) },
  };
}
