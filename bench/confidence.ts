/**
 * npm run bench:confidence — what the confidence scorer adds to extraction.
 *
 * The same 4 KB reports as bench:extract (report files and dev texts, bench/texts.ts, cut at 4096 characters). Each round
 * times, in CPU time of this process, the whole extractor (which scores its events) over every report,
 * then the scorer alone over the events already found (with the normalised text and words the extractor
 * hands it). Prints both per round and the scorer's median share. Target: the scorer costs ≤ 5 % of
 * extraction (bench:extract must not get slower; issue 10).
 */
import { loadavg } from "node:os";
import path from "node:path";
import { normalizeArabic } from "../lib/arabic/normalize";
import { extractEventsStrict } from "../lib/extract/index";
import { withConfidence } from "../lib/extract/confidence";
import { tokenize } from "../lib/extract/tokens";
import { BENCH_REPORT_CHARS, benchReports } from "./texts";

const reports = benchReports(path.resolve(__dirname, ".."));
const published = { start: "2021-06-14", end: "2021-06-30" };
const prepared = reports.map((body) => {
  const norm = normalizeArabic(body);
  return { body, norm, tokens: tokenize(norm.text), events: extractEventsStrict({ id: "b", body, published }) };
});
const cpuMs = (f: () => void) => {
  const t0 = process.cpuUsage();
  f();
  const u = process.cpuUsage(t0);
  return (u.user + u.system) / 1000;
};

const events = prepared.reduce((n, p) => n + p.events.length, 0);
console.log(`load average: ${loadavg().map((x) => x.toFixed(2)).join(" ")}; ${reports.length} reports of ${BENCH_REPORT_CHARS} chars, ${events} events`);
const shares: number[] = [];
for (let round = 0; round < Number(process.env.BENCH_ROUNDS ?? 7); round++) {
  const extract = cpuMs(() => {
    for (const body of reports) extractEventsStrict({ id: "b", body, published });
  });
  // Ten passes of the scorer alone, for a figure above the clock's grain.
  const score = cpuMs(() => {
    for (let k = 0; k < 10; k++) for (const p of prepared) withConfidence(p.events, { body: p.body, norm: p.norm, tokens: p.tokens });
  }) / 10;
  shares.push(score / extract);
  console.log(`round ${round + 1}: extraction ${extract.toFixed(0)} ms CPU (scoring included), scoring alone ${score.toFixed(1)} ms (${(100 * score / extract).toFixed(1)} %)`);
}
shares.sort((a, b) => a - b);
const median = shares[Math.floor(shares.length / 2)];
console.log(`scorer's median share of extraction: ${(100 * median).toFixed(1)} % (target ≤ 5 %: ${median <= 0.05 ? "met" : "NOT met"})`);
