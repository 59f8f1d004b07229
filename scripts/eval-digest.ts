/**
 * npm run -s eval:digest -- [GOLD.jsonl ...] [--seed N] [--sets N] [--show SHAPE] [--json] [--extractor TREE]   (also: eval:perturb -- --digest)
 *
 * Real digests (issue 10, round 15): the passages of 2–4 real-tune reports joined into one article under one
 * publication date (lib/eval/perturb/digest.ts says which parts may join and how their gold dates move), in four
 * shapes (paragraphs «وفي …»، bullets, «كما» chaining, one-clause recalls), the gold the union of the parts' gold; and
 * (round 16, lib/eval/perturb/digest-background.ts) backgrounders and timelines that recall incidents in a piece about
 * something else, and long reports with a positive passage among context paragraphs.
 * Scored with lib/eval/score per shape, the digests against their parts scored alone, and every digest that lost or
 * gained something listed. --show SHAPE prints the digests of one shape with their gold. --extractor TREE scores another
 * tree's extractor (as eval:perturb takes it: the honest "before"). The untouched split is refused.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractEventsStrict, EXTRACTOR_VERSION } from "../lib/extract";
import type { DefectionEvent } from "../lib/extract/types";
import { GroupMatcher, parseGazetteer } from "../lib/eval/group-match";
import { dayRelative, DIGEST_SHAPES, SET_SHAPES, type DigestShape } from "../lib/eval/perturb/digest";
import { runDigests, type ShapeFigures } from "../lib/eval/perturb/digest-run";
import type { EvalSummary } from "../lib/eval/score";
import { failWith, parseArgs, readTuneGold } from "./tune-gold";

const USAGE = "usage: npm run -s eval:digest -- [GOLD.jsonl ...] [--seed N] [--sets N] [--show SHAPE] [--json] [--extractor TREE]";
const fail = failWith("eval:digest", USAGE);
const args = parseArgs(process.argv.slice(2).filter((a) => a !== "--digest"), { flags: ["--json"], values: ["--seed", "--sets", "--show", "--extractor"] }, USAGE, fail);
const seed = Number(args.values.get("--seed") ?? 15);
const sets = Number(args.values.get("--sets") ?? 120);
const show = args.values.get("--show") as DigestShape | undefined;
if (!Number.isInteger(seed) || !Number.isInteger(sets) || sets < 1) fail("--seed and --sets take whole numbers");
if (show && !DIGEST_SHAPES.includes(show)) fail(`unknown shape ${show} (known: ${DIGEST_SHAPES.join(", ")})`);
const gold = readTuneGold(args.files, fail);
const matcher = new GroupMatcher(parseGazetteer(JSON.parse(readFileSync("data/groups.json", "utf8"))));
const extractorDir = args.values.get("--extractor");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extract: typeof extractEventsStrict = extractorDir ? require(path.resolve(extractorDir, "lib/extract/index.ts")).extractEventsStrict : extractEventsStrict;
const figures = runDigests(gold, extract, matcher, seed, sets);

const goldDate = (d: { start: string; end: string } | null) => (d ? (d.start === d.end ? d.start : `${d.start}..${d.end}`) : "—");
if (show) {
  for (const d of figures.digests.filter((x) => x.shape === show)) {
    process.stdout.write(`== ${d.id} (${d.published.start})\n${d.text}\n`);
    for (const e of d.events) process.stdout.write(`  gold: ${e.kind} ${e.groups.join(" + ")} ${e.count?.best ?? "null"} ${goldDate(e.date)}${e.optional ? " (optional)" : ""}\n`);
  }
  process.exit(0);
}
const eventLine = (e: DefectionEvent) => `${e.kind} ${e.groups.map((g) => g.id ?? g.text).join("+")} ${e.count ? `${e.count.low}/${e.count.best}/${e.count.high}` : "null"} ${goldDate(e.date)}`;
const fig = (s: EvalSummary) => ({ p: s.events.precision, r: s.events.recall, f1: s.events.f1, count: s.count.matched ? s.count.share : null, iou: s.date.matched ? s.date.meanIoU : null });
const shapeFig = (f: ShapeFigures) => ({ digests: f.digests, alone: fig(f.alone), digest: fig(f.digest), people: f.people });
if (args.flags.has("--json")) {
  const perShape = Object.fromEntries(DIGEST_SHAPES.map((s) => [s, shapeFig(figures.perShape[s])]));
  const changes = figures.changes.map((c) => ({ ...c, falseEvents: c.falseEvents.map(eventLine) }));
  process.stdout.write(`${JSON.stringify({ files: args.files, extractor: EXTRACTOR_VERSION, seed, sets, passageLoses: figures.passageLoses, perShape, fourShapes: shapeFig(figures.fourShapes), newShapes: shapeFig(figures.newShapes), all: shapeFig(figures.all), changes }, null, 2)}\n`);
  process.exit(0);
}
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (s: EvalSummary, people: number, gold: number) =>
  `${pct(s.events.precision)}/${pct(s.events.recall)}/${pct(s.events.f1)}  TP ${String(s.events.tp).padStart(3)} FP ${String(s.events.fp).padStart(3)} FN ${String(s.events.fn).padStart(3)}  count ${s.count.matched ? pct(s.count.share) : "  —  "}  IoU ${s.date.matched ? s.date.meanIoU.toFixed(3) : "  —  "}  people ${gold ? pct(people / gold) : "  —  "} % (${people}/${gold})`;
const rows = (label: string, f: ShapeFigures) =>
  `${label.padEnd(11)} ${String(f.digests).padStart(7)}   alone  ${row(f.alone, f.people.alone, f.people.gold)}\n${"".padEnd(21)}digest ${row(f.digest, f.people.digest, f.people.gold)}\n`;
process.stdout.write(`${args.files.join(" + ")} — ${gold.length} reports, extractor ${EXTRACTOR_VERSION}, seed ${seed}, ${sets} sets of parts; ${figures.digests.length} digests\n`);
const partReports = new Set(figures.digests.flatMap((d) => d.parts.slice(1).map((p) => p.report)));
const fixedParts = figures.digests.filter((d) => SET_SHAPES.includes(d.shape) && d.shape !== "recall").flatMap((d) => d.parts.slice(1)).filter((p) => p.events.some((e) => e.dateText !== null && !dayRelative(e.dateText)));
process.stdout.write(`${figures.digests.reduce((n, d) => n + d.parts.length, 0)} parts (${partReports.size} reports joined besides their leads); ${fixedParts.length} parts with a gold date told by a month or a year\n`);
if (figures.passageLoses.length) process.stdout.write(`left out (the passage without its headline finds less than the report): ${figures.passageLoses.join(" ")}\n`);
process.stdout.write(`${"shape".padEnd(11)} digests   P / R / F1\n`);
for (const s of DIGEST_SHAPES) process.stdout.write(rows(s, figures.perShape[s]));
process.stdout.write(rows("the four", figures.fourShapes));
process.stdout.write(rows("new three", figures.newShapes));
process.stdout.write(rows("all", figures.all));
if (figures.changes.length) process.stdout.write(`\ndigests that lost or gained something against their parts alone (${figures.changes.length}):\n`);
for (const c of figures.changes) {
  const parts = [
    ...c.lost.map((g) => `lost [${g}]`),
    ...c.gained.map((g) => `gained [${g}]`),
    ...c.countLost.map((g) => `count wrong [${g}]`),
    ...c.countGained.map((g) => `count right [${g}]`),
    ...c.kindLost.map((g) => `kind wrong [${g}]`),
    ...c.dateWorse.map((g) => `date worse [${g}]`),
  ];
  if (c.falseDigest !== c.falseAlone) parts.push(`false ${c.falseAlone} → ${c.falseDigest}${c.falseEvents.length ? `: ${c.falseEvents.map(eventLine).join("; ")}` : ""}`);
  process.stdout.write(`  ${c.digest.padEnd(30)} ${parts.join("; ")}\n`);
}
