/**
 * npm run -s eval:shapes -- [GOLD.jsonl ...] [--seed N] [--only NAME[,NAME]] [--show NAME] [--json] [--extractor TREE]   (also: eval:perturb -- --shapes)
 *
 * One story in the shapes no probe had tried (issue 10, round 16): each real-tune report relayed from another outlet
 * or a spokesman, with a defector's testimony, with a later update of its figure, and in social-media shapes
 * (lib/eval/perturb/shapes.ts), seeded. Scored with lib/eval/score per shape, the shaped reports against the reports
 * alone, pooled, and every report that lost or gained something listed. --show NAME prints the shaped texts of one
 * shape with their gold. --extractor TREE scores another tree's extractor (the honest "before"). The untouched split
 * is refused.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractEventsStrict, EXTRACTOR_VERSION } from "../lib/extract";
import { GroupMatcher, parseGazetteer } from "../lib/eval/group-match";
import { SHAPES } from "../lib/eval/perturb/shapes";
import { buildShape, runShapes, type ShapeFigures } from "../lib/eval/perturb/shapes-run";
import { changeParts, eventLine, goldLine } from "../lib/eval/perturb/lines";
import type { EvalSummary } from "../lib/eval/score";
import { failWith, parseArgs, readTuneGold } from "./tune-gold";

const USAGE = "usage: npm run -s eval:shapes -- [GOLD.jsonl ...] [--seed N] [--only NAME[,NAME]] [--show NAME] [--json] [--extractor TREE]";
const fail = failWith("eval:shapes", USAGE);
const args = parseArgs(process.argv.slice(2).filter((a) => a !== "--shapes"), { flags: ["--json"], values: ["--seed", "--only", "--show", "--extractor"] }, USAGE, fail);
const seed = Number(args.values.get("--seed") ?? 16);
if (!Number.isInteger(seed)) fail("--seed takes a whole number");
const names = args.values.get("--show") ?? args.values.get("--only");
const unknown = names?.split(",").filter((n) => !SHAPES.some((s) => s.name === n)) ?? [];
if (unknown.length) fail(`unknown shape ${unknown.join(", ")} (known: ${SHAPES.map((s) => s.name).join(", ")})`);
const shapes = names ? SHAPES.filter((s) => names.split(",").includes(s.name)) : SHAPES;
const gold = readTuneGold(args.files, fail);

if (args.values.has("--show")) {
  for (const { report, shaped } of buildShape(shapes[0], gold, seed)) {
    process.stdout.write(`== ${report.id} (${report.published.start})\n${shaped.text}\n`);
    for (const e of shaped.events) process.stdout.write(`  gold: ${goldLine(e)}${e.optional ? " (optional)" : ""}\n`);
  }
  process.exit(0);
}

const matcher = new GroupMatcher(parseGazetteer(JSON.parse(readFileSync("data/groups.json", "utf8"))));
const extractorDir = args.values.get("--extractor");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extract: typeof extractEventsStrict = extractorDir ? require(path.resolve(extractorDir, "lib/extract/index.ts")).extractEventsStrict : extractEventsStrict;
const { figures, all, changes } = runShapes(gold, extract, matcher, seed, shapes);

const fig = (s: EvalSummary) => ({ p: s.events.precision, r: s.events.recall, f1: s.events.f1, tp: s.events.tp, fp: s.events.fp, fn: s.events.fn, count: s.count.matched ? s.count.share : null, iou: s.date.matched ? s.date.meanIoU : null });
const slim = (f: ShapeFigures) => ({ name: f.name, family: f.family, reports: f.reports, alone: fig(f.alone), shaped: fig(f.shaped), people: f.people });
if (args.flags.has("--json")) {
  const list = changes.map((c) => ({ ...c, lost: c.lost.map(goldLine), gained: c.gained.map(goldLine), countLost: c.countLost.map(goldLine), countGained: c.countGained.map(goldLine), kindLost: c.kindLost.map(goldLine), dateWorse: c.dateWorse.map(goldLine), falseEvents: c.falseEvents.map(eventLine) }));
  process.stdout.write(`${JSON.stringify({ files: args.files, extractor: EXTRACTOR_VERSION, seed, shapes: figures.map(slim), all: slim(all), changes: list }, null, 2)}\n`);
  process.exit(0);
}
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (s: EvalSummary, people: number, gold: number) =>
  `${pct(s.events.precision)}/${pct(s.events.recall)}/${pct(s.events.f1)}  TP ${String(s.events.tp).padStart(3)} FP ${String(s.events.fp).padStart(3)} FN ${String(s.events.fn).padStart(3)}  count ${s.count.matched ? pct(s.count.share) : "  —  "}  IoU ${s.date.matched ? s.date.meanIoU.toFixed(3) : "  —  "}  people ${gold ? pct(people / gold) : "  —  "} % (${people}/${gold})`;
const rows = (f: ShapeFigures) =>
  `${f.name.padEnd(18)} ${String(f.reports).padStart(7)}   alone  ${row(f.alone, f.people.alone, f.people.gold)}\n${"".padEnd(28)}shaped ${row(f.shaped, f.people.shaped, f.people.gold)}\n`;
process.stdout.write(`${args.files.join(" + ")} — ${gold.length} reports, extractor ${EXTRACTOR_VERSION}, seed ${seed}\n`);
process.stdout.write(`${"shape".padEnd(18)} reports   P / R / F1\n`);
for (const f of figures) process.stdout.write(rows(f));
process.stdout.write(rows(all));
if (changes.length) process.stdout.write(`\nreports that lost or gained something against the report alone (${changes.length}):\n`);
for (const c of changes) {
  const parts = changeParts(c);
  if (c.falseShaped !== c.falseAlone) parts.push(`false ${c.falseAlone} → ${c.falseShaped}${c.falseEvents.length ? `: ${c.falseEvents.map(eventLine).join("; ")}` : ""}`);
  process.stdout.write(`  ${c.report.padEnd(6)} ${c.shape.padEnd(18)} ${parts.join("; ")}\n`);
}
