/**
 * npm run -s checklist:dates [-- --verbose] [--json] [FILE.jsonl ...]
 *
 * CheckList-style invariance and direction checks of the date engine and of date attachment
 * (lib/eval/perturb/dates.ts) over every report of the gold sets we may tune on: real-tune, the seeds and
 * the invented sets (never real-untouched), and over the forms of lib/eval/perturb/dates-grid.ts. Prints cases and passes per perturbation; --verbose lists every
 * failing case with what differed; --json prints the tallies as JSON.
 */
import { readFileSync } from "node:fs";
import { extractEventsStrict } from "../lib/extract";
import { parseGoldJsonl } from "../lib/eval/gold";
import { checkReport, tally, type CheckCase } from "../lib/eval/perturb/dates";
import { gridCases } from "../lib/eval/perturb/dates-grid";

const DEFAULT_FILES = ["data/dev/real-tune.jsonl", "data/dev/seeds.jsonl", "data/dev/blind.jsonl", "data/dev/holdout.jsonl", "data/dev/own.jsonl", "data/dev/more.jsonl"];

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const json = args.includes("--json");
const files = args.filter((a) => !a.startsWith("-"));
for (const f of files) if (/untouched/.test(f)) throw new Error(`${f}: the untouched split is measured by the lead only`);

const cases: CheckCase[] = [];
for (const file of files.length ? files : DEFAULT_FILES) {
  for (const r of parseGoldJsonl(readFileSync(file, "utf8"), file)) {
    cases.push(...checkReport({ id: r.id, text: r.text, published: r.published }, (body, published) => extractEventsStrict({ id: r.id, body, published })));
  }
}
// The forms no corpus holds, on one-sentence reports (lib/eval/perturb/dates-grid.ts).
if (files.length === 0) cases.push(...gridCases((body, published) => extractEventsStrict({ id: "grid", body, published })));
const rows = tally(cases);
if (json) process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
else {
  let family = "";
  for (const t of rows) {
    if (t.family !== family) process.stdout.write(`${(family = t.family)}\n`);
    process.stdout.write(`  ${t.perturbation.padEnd(46)} ${String(t.passed).padStart(4)}/${String(t.cases).padEnd(4)} ${((100 * t.passed) / t.cases).toFixed(1).padStart(5)}%\n`);
  }
  const passed = cases.filter((c) => c.ok).length;
  process.stdout.write(`all ${passed}/${cases.length} (${((100 * passed) / cases.length).toFixed(1)}%)\n`);
}
if (verbose) for (const c of cases) if (!c.ok) process.stdout.write(`FAIL ${c.report} [${c.perturbation}] ${c.label}${c.phrase ? ` «${c.phrase}»` : ""}: ${c.problem}\n`);
