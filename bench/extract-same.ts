/**
 * npx tsx bench/extract-same.ts OLD_WORKTREE [SYNTHETIC=3000]: checks that this extractor's events are byte-identical
 * to another version's (a worktree or `git archive` copy of an older commit with node_modules linked), in one
 * process, on every corpus a speed change must not alter: the gold sets of data/dev (except the untouched split),
 * the report files of data/reports (except the untouched split) and of the seed-corpus fixture, the 400 bench
 * reports, SYNTHETIC reports of bench/synth.ts and adversarial texts. Prints the first differing report of each
 * corpus and exits 1 if any differs. `--ignore-confidence` compares the events without their confidence: after the
 * weights were retrained, what the rules found is still comparable.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractEventsStrict as NEW } from "../lib/extract/index";
import { parseGoldJsonl } from "../lib/eval/gold";
import { parseReport } from "../lib/reports/parse";
import { syntheticReport } from "./synth";
import { benchReports } from "./texts";

const UNTOUCHED = new Set("r03 r07 r08 r10 r15 r19 r21 r22 r23 r25 r29 r30 r31 r35 r39 r41 r43 r49 r50 r52".split(" "));
const ignoreConfidence = process.argv.includes("--ignore-confidence");
const [oldDir, synthetic] = process.argv.slice(2).filter((a) => a !== "--ignore-confidence");
if (!oldDir) {
  process.stderr.write("usage: npx tsx bench/extract-same.ts OLD_WORKTREE [SYNTHETIC] [--ignore-confidence]\n");
  process.exit(2);
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OLD: typeof NEW = require(path.resolve(oldDir, "lib/extract/index.ts")).extractEventsStrict;
type Input = Parameters<typeof NEW>[0];
const root = path.resolve(__dirname, "..");
const corpora: Array<[string, Input[]]> = [];

for (const f of readdirSync(path.join(root, "data/dev")).filter((f) => f.endsWith(".jsonl") && !f.includes("untouched"))) {
  const gold = parseGoldJsonl(readFileSync(path.join(root, "data/dev", f), "utf8"), f);
  corpora.push([`data/dev/${f}`, gold.map((r) => ({ id: r.id, body: r.text, published: r.published }))]);
}
for (const dir of ["data/reports", "data/fixtures/seed-corpus"]) {
  const inputs: Input[] = [];
  for (const f of readdirSync(path.join(root, dir)).filter((f) => f.endsWith(".md") && !UNTOUCHED.has(f.slice(0, -3)))) {
    const parsed = parseReport(f, readFileSync(path.join(root, dir, f)), "2100-01-01");
    if (parsed.ok) inputs.push(parsed.report);
  }
  corpora.push([dir, inputs]);
}
const published = { start: "2021-06-14", end: "2021-06-30" };
corpora.push(["bench reports", benchReports(root).map((body, i) => ({ id: `b${i}`, body, published }))]);
corpora.push(["synthetic", Array.from({ length: Number(synthetic ?? 3000) }, (_, i) => syntheticReport(i).report)]);
corpora.push(["adversarial", [
  "انشق عناصر من ميليشيا الدفاع الوطني و".repeat(500),
  Array.from({ length: 2000 }, (_, i) => `${i} عنصراً`).join(" و"),
  ("انشـ" + "ـ".repeat(100) + "ـق ").repeat(20),
  "ﻟﻮﺍﺀ أﺣﺮﺍﺭ ﺍﻟﺮﻗﺔ ﺍﻧﺸﻖ ".repeat(1000),
].map((body, i) => ({ id: `a${i}`, body, published }))]);

/** JSON.stringify's replacer: drops `confidence` when asked to. */
function withoutConfidence(key: string, value: unknown): unknown {
  return ignoreConfidence && key === "confidence" ? undefined : value;
}

let differ = 0;
let total = 0;
let events = 0;
for (const [name, inputs] of corpora) {
  let bad = 0;
  for (const input of inputs) {
    const a = JSON.stringify(OLD(input), withoutConfidence);
    const b = JSON.stringify(NEW(input), withoutConfidence);
    events += (JSON.parse(b) as unknown[]).length;
    if (a !== b && bad++ === 0) console.log(`${name}: ${input.id} differs\n  old ${a.slice(0, 600)}\n  new ${b.slice(0, 600)}`);
  }
  total += inputs.length;
  differ += bad;
  console.log(`${name}: ${inputs.length} reports, ${bad} differ`);
}
console.log(`${total} reports, ${events} events: ${differ === 0 ? "all identical" : `${differ} DIFFER`}`);
process.exit(differ === 0 ? 0 : 1);
