/**
 * The digest measure (issue 10, round 15): every digest of `digest.ts` scored with lib/eval/score against the union
 * of its parts' gold, and against its parts scored alone (each part's text as a report of its own, published on the
 * digest's day, with the same shifted gold): per digest, each gold event lost or gained, each count, kind or date
 * that got worse or better, and the false events. Run by `npm run -s eval:digest` (`eval:perturb -- --digest`).
 */
import type { DefectionEvent } from "../../extract/types";
import type { GoldReport } from "../gold";
import type { GroupMatcher } from "../group-match";
import { scoreReport, summarize, type EvalSummary, type Extractor, type MatchedPair, type ReportScore } from "../score";
import { buildDigests, DIGEST_SHAPES, SET_SHAPES, passageOf, type Digest, type DigestShape } from "./digest";
import { buildStories } from "./digest-background";
import { goldLine } from "./lines";

export interface DigestChange {
  digest: string;
  shape: DigestShape;
  /** "report: gold line" of each gold event found alone and not in the digest, and the reverse. */
  lost: string[];
  gained: string[];
  countLost: string[];
  countGained: string[];
  kindLost: string[];
  dateWorse: string[];
  falseAlone: number;
  falseDigest: number;
  /** The digest's false events. */
  falseEvents: DefectionEvent[];
}

export interface DigestFigures {
  digests: Digest[];
  /** Reports left out because their passage alone finds less of their gold than the whole report. */
  passageLoses: string[];
  perShape: Record<DigestShape, ShapeFigures>;
  /** The four shapes of one set of parts (digest.ts), the three of digest-background.ts, and every digest. */
  fourShapes: ShapeFigures;
  newShapes: ShapeFigures;
  all: ShapeFigures;
  changes: DigestChange[];
}

export interface ShapeFigures {
  digests: number;
  alone: EvalSummary;
  digest: EvalSummary;
  /** People (sum of best counts) predicted alone and in the digests, and in the gold (non-optional). */
  people: { alone: number; digest: number; gold: number };
}

const bestSum = (events: ReadonlyArray<{ count: { best: number } | null }>) => events.reduce((n, e) => n + (e.count?.best ?? 0), 0);
function shapeFigures(alone: ReportScore[], digest: ReportScore[]): ShapeFigures {
  return {
    digests: digest.length,
    alone: summarize(alone),
    digest: summarize(digest),
    people: { alone: bestSum(alone.flatMap((s) => s.predicted)), digest: bestSum(digest.flatMap((s) => s.predicted)), gold: bestSum(digest.flatMap((s) => s.gold.filter((g) => !g.optional))) },
  };
}

const matchedPairs = (s: ReportScore) => new Map(s.pairs.filter((p) => !p.optional).map((p) => [p.gold, p]));

/** Reports whose passage (headline and bylines left out) finds every gold event the whole report finds. */
export function passageKeepsGold(gold: readonly GoldReport[], extract: Extractor, matcher: GroupMatcher): { kept: GoldReport[]; lost: string[] } {
  const kept: GoldReport[] = [];
  const lost: string[] = [];
  for (const r of gold) {
    const whole = matchedPairs(scoreReport(r.id, r.events, extract({ id: r.id, body: r.text, published: r.published }), matcher));
    const part = matchedPairs(scoreReport(r.id, r.events, extract({ id: r.id, body: passageOf(r.text), published: r.published }), matcher));
    if ([...whole.keys()].every((k) => part.has(k))) kept.push(r);
    else lost.push(r.id);
  }
  return { kept, lost };
}

/** One digest against its parts alone. */
export function compareDigest(d: Digest, extract: Extractor, matcher: GroupMatcher): { alone: ReportScore; digest: ReportScore; change: DigestChange | null } {
  const digest = scoreReport(d.id, d.events, extract({ id: d.id, body: d.text, published: d.published }), matcher);
  const aloneScores = d.parts.map((p, k) => scoreReport(`${d.id}#${k}`, p.events, extract({ id: `${d.id}#${k}`, body: p.text, published: d.published }), matcher));
  // the parts alone as one score over the digest's gold indexes
  const alonePairs = new Map<number, MatchedPair>();
  let offset = 0;
  const owner: string[] = [];
  aloneScores.forEach((s, k) => {
    for (const [g, p] of matchedPairs(s)) alonePairs.set(offset + g, p);
    for (let i = 0; i < s.gold.length; i++) owner.push(d.parts[k].report);
    offset += s.gold.length;
  });
  const alone: ReportScore = {
    ...digest,
    predicted: aloneScores.flatMap((s) => s.predicted),
    // each part's false alarms, indexed into the parts' predictions joined (not the digest's)
    falseAlarms: aloneScores.flatMap((s, k) => s.falseAlarms.map((i) => i + aloneScores.slice(0, k).reduce((n, x) => n + x.predicted.length, 0))),
    pairs: [...alonePairs.entries()].map(([g, p]) => ({ ...p, gold: g })),
    tp: aloneScores.reduce((n, s) => n + s.tp, 0),
    fp: aloneScores.reduce((n, s) => n + s.fp, 0),
    fn: aloneScores.reduce((n, s) => n + s.fn, 0),
    optionalMatched: aloneScores.reduce((n, s) => n + s.optionalMatched, 0),
    strict: {
      tp: aloneScores.reduce((n, s) => n + s.strict.tp, 0),
      fp: aloneScores.reduce((n, s) => n + s.strict.fp, 0),
      fn: aloneScores.reduce((n, s) => n + s.strict.fn, 0),
    },
  };
  const inDigest = matchedPairs(digest);
  const line = (i: number) => `${owner[i]}: ${goldLine(d.events[i])}`;
  const lost = [...alonePairs.keys()].filter((i) => !inDigest.has(i)).map(line);
  const gained = [...inDigest.keys()].filter((i) => !alonePairs.has(i)).map(line);
  const both = [...alonePairs.keys()].filter((i) => inDigest.has(i)).map((i) => ({ i, a: alonePairs.get(i)!, b: inDigest.get(i)! }));
  const countLost = both.filter((x) => x.a.countAgrees && !x.b.countAgrees).map((x) => line(x.i));
  const countGained = both.filter((x) => !x.a.countAgrees && x.b.countAgrees).map((x) => line(x.i));
  const kindLost = both.filter((x) => x.a.kindAgrees && !x.b.kindAgrees).map((x) => line(x.i));
  const dateWorse = both.filter((x) => (x.b.dateIoU ?? 1) < (x.a.dateIoU ?? 1) - 1e-9).map((x) => line(x.i));
  const changed = lost.length || gained.length || countLost.length || countGained.length || kindLost.length || dateWorse.length || digest.fp !== alone.fp;
  const change: DigestChange | null = changed
    ? { digest: d.id, shape: d.shape, lost, gained, countLost, countGained, kindLost, dateWorse, falseAlone: alone.fp, falseDigest: digest.fp, falseEvents: digest.falseAlarms.map((i) => digest.predicted[i]) }
    : null;
  return { alone, digest, change };
}

/** Builds the digests of `gold` (seeded) and scores each against its parts alone. */
export function runDigests(gold: readonly GoldReport[], extract: Extractor, matcher: GroupMatcher, seed: number, count: number): DigestFigures {
  const { kept, lost } = passageKeepsGold(gold, extract, matcher);
  const digests = [...buildDigests(kept, seed, count), ...buildStories(kept, seed, count)];
  const byShape = new Map<DigestShape, { alone: ReportScore[]; digest: ReportScore[] }>(DIGEST_SHAPES.map((s) => [s, { alone: [], digest: [] }]));
  const changes: DigestChange[] = [];
  for (const d of digests) {
    const r = compareDigest(d, extract, matcher);
    byShape.get(d.shape)!.alone.push(r.alone);
    byShape.get(d.shape)!.digest.push(r.digest);
    if (r.change) changes.push(r.change);
  }
  const perShape = Object.fromEntries(DIGEST_SHAPES.map((s) => [s, shapeFigures(byShape.get(s)!.alone, byShape.get(s)!.digest)])) as DigestFigures["perShape"];
  const pooled = (shapes: readonly DigestShape[]) => {
    const of = shapes.map((s) => byShape.get(s)!);
    return shapeFigures(of.flatMap((x) => x.alone), of.flatMap((x) => x.digest));
  };
  return { digests, passageLoses: lost, perShape, fourShapes: pooled(SET_SHAPES), newShapes: pooled(DIGEST_SHAPES.filter((s) => !SET_SHAPES.includes(s))), all: pooled(DIGEST_SHAPES), changes };
}
