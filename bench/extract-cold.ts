/**
 * npx tsx bench/extract-cold.ts [EVICT_MB=4] [ROUNDS=9]: what the finders that look words up cost when the caches are
 * cold, as they are in the extractor (between two reports the rest of the pipeline evicts the word table and the
 * words). Each stage runs over the 400 bench reports, alone, report by report: once warm, and once with EVICT_MB of
 * memory read before each report; CPU ms per round, median of ROUNDS. A stage whose cold figure is far above its warm
 * one reads memory lines that are not in cache (round 8: the word table read five lines a look-up, bench/README.md).
 */
import path from "node:path";
import { normalizeArabic } from "../lib/arabic/normalize";
import { findCounts } from "../lib/extract/counts";
import { groupIndex, placeIndex } from "../lib/extract/gazetteer";
import { tokenize } from "../lib/extract/tokens";
import { findTriggers } from "../lib/extract/triggers";
import { benchReports } from "./texts";

const evictMb = Number(process.argv[2] ?? 4);
const rounds = Number(process.argv[3] ?? 9);
const texts = benchReports(path.resolve(__dirname, "..")).map((body) => normalizeArabic(body).text);
const tokens = texts.map((text) => tokenize(text));
const stages: Array<[string, (i: number) => unknown]> = [
  ["tokenize", (i) => tokenize(texts[i])],
  ["gazetteers (groups, places)", (i) => [groupIndex().findAll(tokens[i]), placeIndex().findAll(tokens[i])]],
  ["triggers", (i) => findTriggers(tokens[i])],
  ["counts", (i) => findCounts(texts[i], tokens[i])],
];

const junk = new Int32Array(evictMb * 262144);
let sink = 0;
/** Reads (and writes) one int per 64-byte line of `junk`. */
function evict(on: boolean): void {
  if (on) for (let i = 0; i < junk.length; i += 16) sink += junk[i]++;
}
function round(stage: (i: number) => unknown, cold: boolean): number {
  let ms = 0;
  for (let i = 0; i < texts.length; i++) {
    evict(cold);
    const t = process.cpuUsage();
    stage(i);
    const u = process.cpuUsage(t);
    ms += (u.user + u.system) / 1000;
  }
  return ms;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

for (let r = 0; r < 3; r++) for (const [, stage] of stages) round(stage, r % 2 === 1);
console.log(`${texts.length} reports; CPU ms per round, median of ${rounds}; cold = ${evictMb} MB read before each report`);
for (const [name, stage] of stages) {
  const warm: number[] = [];
  const cold: number[] = [];
  for (let r = 0; r < rounds; r++) {
    warm.push(round(stage, false));
    cold.push(round(stage, true));
  }
  console.log(`${name.padEnd(28)} warm ${median(warm).toFixed(1).padStart(6)}   cold ${median(cold).toFixed(1).padStart(6)}`);
}
if (sink === 0.5) console.log(sink);
