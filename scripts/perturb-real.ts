/**
 * npm run -s eval:perturb -- [GOLD.jsonl ...] [--only NAME[,NAME]] [--words|--structure] [--checklist] [--show NAME] [--json] [--extractor TREE]
 *
 * Real text, reworded (issue 10): each rewrite of lib/eval/perturb/real.ts (REWORDINGS and the RESTRUCTURINGS of
 * round 14, --words or --structure for one list only; with --checklist also the CheckList's perturbations that
 * keep the gold) applied to each report of the gold files (default
 * data/dev/real-tune.jsonl) wherever it applies, the gold kept, and scored with lib/eval/score as `npm run -s
 * eval` scores: per rewrite, the reports it changed, P/R/F1, count and date IoU on those reports unperturbed →
 * reworded, and each report that lost or gained an event. --show NAME prints the sentences NAME rewrote (to
 * check by eye that a rewrite keeps the meaning and the grammar). --extractor TREE scores another tree's extractor
 * (a worktree or `git archive` copy with node_modules linked, as bench/extract-same.ts takes). The untouched split
 * is refused.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractEventsStrict, EXTRACTOR_VERSION } from "../lib/extract";
import type { GoldReport } from "../lib/eval/gold";
import { GroupMatcher, parseGazetteer } from "../lib/eval/group-match";
import { CHECKLIST_REWRITES, RESTRUCTURINGS, REWORDINGS, runRewrites, type Rewrite } from "../lib/eval/perturb/real";
import { sentencesOf } from "../lib/eval/perturb/words";
import { changeParts, eventLine, goldLine } from "../lib/eval/perturb/lines";
import type { EvalSummary } from "../lib/eval/score";
import { failWith, parseArgs, readTuneGold } from "./tune-gold";

const USAGE = "usage: npm run -s eval:perturb -- [GOLD.jsonl ...] [--only NAME[,NAME]] [--words|--structure|--digest|--shapes] [--checklist] [--show NAME] [--json] [--extractor TREE]";
const fail = failWith("eval:perturb", USAGE);
// (--digest: the digests of scripts/eval-digest.ts, its own options)
// (--shapes: the shapes of scripts/eval-shapes.ts, its own options)
if (process.argv.includes("--digest")) void import("./eval-digest");
else if (process.argv.includes("--shapes")) void import("./eval-shapes");
else main();

function main() {
const args = parseArgs(process.argv.slice(2), { flags: ["--json", "--checklist", "--structure", "--words"], values: ["--only", "--show", "--extractor"] }, USAGE, fail);
const files = args.files;
const json = args.flags.has("--json");
const checklist = args.flags.has("--checklist");
const structure: boolean | null = args.flags.has("--structure") ? true : args.flags.has("--words") ? false : null;
let only: Set<string> | null = args.values.has("--only") ? new Set(args.values.get("--only")!.split(",")) : null;
const show = args.values.get("--show") ?? null;
const extractorDir = args.values.get("--extractor") ?? null;
const gold: GoldReport[] = readTuneGold(files, fail);
// (both lists by default; --structure only the restructurings, --words only the rewordings)
const all: Rewrite[] = [...(structure === true ? [] : REWORDINGS), ...(structure === false ? [] : RESTRUCTURINGS), ...(checklist ? CHECKLIST_REWRITES : [])];
const KNOWN = [...REWORDINGS, ...RESTRUCTURINGS, ...CHECKLIST_REWRITES];
if (show) only = new Set([show]);
if (only) {
  const unknown = [...only].filter((n) => !KNOWN.some((t) => t.name === n));
  if (unknown.length) fail(`unknown rewrite ${unknown.join(", ")} (known: ${KNOWN.map((t) => t.name).join(", ")})`);
}
const rewrites = only ? KNOWN.filter((t) => only!.has(t.name)) : all;

if (show) {
  const t = rewrites[0];
  for (const r of gold) {
    const out = t.apply(r.text, r);
    if (out === r.text) continue;
    const a = sentencesOf(r.text).map((s) => r.text.slice(s.start, s.end).trim());
    const b = sentencesOf(out).map((s) => out.slice(s.start, s.end).trim());
    const bSet = new Set(b);
    const aSet = new Set(a);
    process.stdout.write(`== ${r.id}\n`);
    for (const s of a) if (!bSet.has(s)) process.stdout.write(`  - ${s}\n`);
    for (const s of b) if (!aSet.has(s)) process.stdout.write(`  + ${s}\n`);
  }
  process.exit(0);
}

const matcher = new GroupMatcher(parseGazetteer(JSON.parse(readFileSync("data/groups.json", "utf8"))));
// (--extractor DIR: another tree's extractor, e.g. a copy of the round's start, for the honest "before")
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extract: typeof extractEventsStrict = extractorDir ? require(path.resolve(extractorDir, "lib/extract/index.ts")).extractEventsStrict : extractEventsStrict;
const figures = runRewrites(gold, extract, matcher, rewrites);

const f1 = (s: EvalSummary) => (s.reports === 0 ? "  —  " : (100 * s.events.f1).toFixed(1).padStart(5));
const cnt = (s: EvalSummary) => (s.count.matched === 0 ? "  —  " : (100 * s.count.share).toFixed(1).padStart(5));
const iou = (s: EvalSummary) => (s.date.matched === 0 ? "  —  " : s.date.meanIoU.toFixed(3));

function figuresOf(s: EvalSummary) {
  return { p: s.events.precision, r: s.events.recall, f1: s.events.f1, count: s.count.matched ? s.count.share : null, iou: s.date.matched ? s.date.meanIoU : null };
}

if (json) {
  const slim = figures.map((f) => ({
    name: f.name,
    family: f.family,
    reports: f.reports.length,
    before: figuresOf(f.before),
    after: figuresOf(f.after),
    changes: f.changes.map((c) => ({ report: c.report, lost: c.lost.map(goldLine), gained: c.gained.map(goldLine), countLost: c.countLost.map(goldLine), countGained: c.countGained.map(goldLine), kindLost: c.kindLost.map(goldLine), dateWorse: c.dateWorse.map(goldLine), falseBefore: c.falseBefore, falseAfter: c.falseAfter })),
  }));
  process.stdout.write(`${JSON.stringify({ files, extractor: EXTRACTOR_VERSION, rewrites: slim }, null, 2)}\n`);
  process.exit(0);
}

process.stdout.write(`${files.join(" + ")} — ${gold.length} reports, extractor ${EXTRACTOR_VERSION}; figures on the reports each rewrite changed: unperturbed → reworded\n`);
process.stdout.write(`${"rewrite".padEnd(26)} ${"family".padEnd(12)} reports   F1 before → after    P after  R after   count before → after   date IoU before → after\n`);
const pooled = () => ({ before: { tp: 0, fp: 0, fn: 0 }, after: { tp: 0, fp: 0, fn: 0 } });
const pools = { all: pooled(), words: pooled(), structure: pooled() };
const restructured = new Set(RESTRUCTURINGS.map((t) => t.name));
for (const f of figures) {
  for (const pool of [pools.all, restructured.has(f.name) ? pools.structure : pools.words])
    for (const k of ["tp", "fp", "fn"] as const) {
      pool.before[k] += f.before.events[k];
      pool.after[k] += f.after.events[k];
    }
  const p = f.after.reports ? (100 * f.after.events.precision).toFixed(1).padStart(5) : "  —  ";
  const r = f.after.reports ? (100 * f.after.events.recall).toFixed(1).padStart(5) : "  —  ";
  process.stdout.write(`${f.name.padEnd(26)} ${f.family.padEnd(12)} ${String(f.reports.length).padStart(7)}   ${f1(f.before)} → ${f1(f.after)}     ${p}    ${r}    ${cnt(f.before)} → ${cnt(f.after)}          ${iou(f.before)} → ${iou(f.after)}\n`);
}
const pf = (x: { tp: number; fp: number; fn: number }) => (x.tp === 0 ? 0 : (200 * x.tp) / (2 * x.tp + x.fp + x.fn)).toFixed(1);
const poolLine = (label: string, x: ReturnType<typeof pooled>) =>
  process.stdout.write(`${label} F1 ${pf(x.before)} → ${pf(x.after)}  (TP ${x.before.tp} → ${x.after.tp}, FP ${x.before.fp} → ${x.after.fp}, FN ${x.before.fn} → ${x.after.fn})\n`);
poolLine("pooled (report × rewrite)", pools.all);
// (each list on its own when both ran: the rewordings of round 13, the restructurings of round 14)
if (pools.words.before.tp && pools.structure.before.tp) {
  poolLine("  rewordings      ", pools.words);
  poolLine("  restructurings  ", pools.structure);
}
const changed = figures.filter((f) => f.changes.length > 0);
if (changed.length) process.stdout.write(`\nreports that lost or gained an event, a count, a kind or a date (report, rewrite):\n`);
for (const f of changed) {
  for (const c of f.changes) {
    const parts = changeParts(c);
    if (c.falseAfter !== c.falseBefore) parts.push(`false ${c.falseBefore} → ${c.falseAfter}${c.falseEvents.length ? `: ${c.falseEvents.map(eventLine).join("; ")}` : ""}`);
    process.stdout.write(`  ${c.report.padEnd(8)} ${f.name.padEnd(26)} ${parts.join("; ")}\n`);
  }
}
}
