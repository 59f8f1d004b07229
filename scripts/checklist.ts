/**
 * npm run -s checklist -- [GOLD.jsonl ...] [--only NAME[,NAME]] [--verbose] [--json]
 *
 * Robustness of the extractor to how outlets write (CheckList, Ribeiro et al. 2020): every perturbation of
 * lib/eval/perturb/ applied to every report of the gold files (default: data/dev/real-tune.jsonl and
 * data/dev/seeds.jsonl), and per perturbation the gold events right on the original that are still right on
 * the variant, and the false events the variant adds (rules in lib/eval/perturb/checklist.ts). --verbose lists
 * each lost event and each added false event. The untouched split is refused: it is measured by the lead only.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractEventsStrict, EXTRACTOR_VERSION } from "../lib/extract";
import type { DefectionEvent } from "../lib/extract/types";
import { parseGoldJsonl, type GoldEvent, type GoldReport } from "../lib/eval/gold";
import { GroupMatcher, parseGazetteer } from "../lib/eval/group-match";
import { PERTURBATIONS } from "../lib/eval/perturb";
import { runChecklist } from "../lib/eval/perturb/checklist";

const USAGE = "usage: npm run -s checklist -- [GOLD.jsonl ...] [--only NAME[,NAME]] [--verbose] [--json]";

function fail(message: string): never {
  process.stderr.write(`checklist: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const argv = process.argv.slice(2);
const files: string[] = [];
let verbose = false;
let json = false;
let only: Set<string> | null = null;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--verbose" || a === "-v") verbose = true;
  else if (a === "--json") json = true;
  else if (a === "--only") {
    const next = argv[++i];
    if (!next) fail("--only needs perturbation names");
    only = new Set(next.split(","));
    const unknown = [...only].filter((n) => !PERTURBATIONS.some((p) => p.name === n));
    if (unknown.length) fail(`unknown perturbation ${unknown.join(", ")} (known: ${PERTURBATIONS.map((p) => p.name).join(", ")})`);
  } else if (a === "--help" || a === "-h") {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  } else if (a.startsWith("-")) fail(`unknown option ${a}`);
  else files.push(a);
}
if (files.length === 0) files.push("data/dev/real-tune.jsonl", "data/dev/seeds.jsonl");
for (const f of files) {
  if (/untouched/.test(path.basename(f))) fail(`${f} is the untouched split: only the lead measures it, once, at merge`);
  if (!existsSync(f)) fail(`gold file not found: ${f}`);
}

const gold: GoldReport[] = files.flatMap((f) => parseGoldJsonl(readFileSync(f, "utf8"), f));
const matcher = new GroupMatcher(parseGazetteer(JSON.parse(readFileSync("data/groups.json", "utf8"))));
const perturbations = only ? PERTURBATIONS.filter((p) => only!.has(p.name)) : PERTURBATIONS;
const figures = runChecklist(gold, extractEventsStrict, matcher, perturbations);

if (json) {
  const slim = figures.map(({ lost, added, ...f }) => ({ ...f, lost: lost.map((l) => ({ report: l.report, gold: goldLine(l.gold) })), added: added.map((a) => ({ report: a.report, events: a.events.map(eventLine) })) }));
  process.stdout.write(`${JSON.stringify({ files, extractor: EXTRACTOR_VERSION, reports: gold.length, perturbations: slim }, null, 2)}\n`);
  process.exit(0);
}

function goldLine(g: GoldEvent): string {
  return `${g.kind} ${g.groups.join(" + ")} ${g.count ? `${g.count.low}/${g.count.best}/${g.count.high}` : "null"}`;
}
function eventLine(e: DefectionEvent): string {
  return `${e.kind} ${e.groups.map((g) => g.id ?? g.text).join("+")} ${e.count ? `${e.count.low}/${e.count.best}/${e.count.high}` : "null"}`;
}
const pct = (a: number, b: number) => (b === 0 ? "   —  " : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

process.stdout.write(`${files.join(" + ")} — ${gold.length} reports, extractor ${EXTRACTOR_VERSION}\n`);
process.stdout.write(`${"perturbation".padEnd(26)} ${"family".padEnd(12)} reports  right  kept        new false\n`);
let right = 0;
let kept = 0;
let added = 0;
for (const f of figures) {
  right += f.right;
  kept += f.kept;
  added += f.newFalse;
  process.stdout.write(`${f.name.padEnd(26)} ${f.family.padEnd(12)} ${String(f.reports).padStart(7)} ${String(f.right).padStart(6)} ${String(f.kept).padStart(5)} ${pct(f.kept, f.right)} ${String(f.newFalse).padStart(6)}\n`);
}
process.stdout.write(`${"all".padEnd(26)} ${"".padEnd(12)} ${"".padStart(7)} ${String(right).padStart(6)} ${String(kept).padStart(5)} ${pct(kept, right)} ${String(added).padStart(6)}\n`);
if (verbose) {
  const clip = (text: string) => {
    const one = text.replace(/\s+/g, " ");
    return one.length > 300 ? `${one.slice(0, 300)}…` : one;
  };
  for (const f of figures) {
    if (f.lost.length === 0 && f.added.length === 0) continue;
    process.stdout.write(`\n== ${f.name}: ${f.description}\n`);
    for (const l of f.lost) process.stdout.write(`  LOST  ${l.report}: ${goldLine(l.gold)}; got [${l.got.map(eventLine).join("; ")}]\n        ${clip(l.text)}\n`);
    for (const a of f.added) process.stdout.write(`  FALSE ${a.report}: ${a.events.map(eventLine).join("; ")}\n`);
  }
}
