/**
 * `npm run bench:incidents [-- EVENTS]`: what incidents cost an ingest at scale. Builds (once) a store of
 * 100,000 synthetic events (bench/synth.ts; incidents kept incrementally as every report is written),
 * then times, one report at a time, adding a new report (extraction excluded: writeReport with its
 * events, the incidents it touches included) and removing it again. Building the store computes every
 * incident once (syncIncidents), which is the from-scratch figure to compare with.
 */
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../lib/store/db";
import { syncIncidents } from "../lib/store/incidents";
import { deleteReport, writeReport } from "../lib/store/write";
import { buildSyntheticStore, syntheticReport } from "./synth";

const EVENTS = Number(process.argv[2] ?? 100_000);
const ROUNDS = 40;
// v4: events stored under their own group key and "^ancestor" keys, over their reach, and under "@" + those
// keys over their report's publication window (lib/store/incidents.ts).
const file = path.join(process.cwd(), ".data", `bench-incidents-v4-${EVENTS}.sqlite`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
const ms = (x: number) => `${x.toFixed(2)} ms`;

function main(): void {
  let db = openDatabase(file);
  let counts = db.prepare("SELECT (SELECT COUNT(*) FROM reports) AS reports, (SELECT COUNT(*) FROM events) AS events").get() as { reports: number; events: number };
  if (counts.events < EVENTS) {
    db.close();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    db = openDatabase(file);
    let t = performance.now();
    counts = buildSyntheticStore(db, EVENTS, 1, { deferIncidents: true });
    console.log(`wrote ${counts.events} events in ${counts.reports} reports in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    syncIncidents(db);
    console.log(`computed every incident of the store in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.exec("ANALYZE");
  }
  const stats = db.prepare("SELECT COUNT(*) AS n, SUM(tellings > 1) AS merged, MAX(tellings) AS largest FROM incidents").get() as { n: number; merged: number; largest: number };
  console.log(`store: ${counts.events} events, ${counts.reports} reports, ${stats.n} incidents (${stats.merged} told by several reports, largest ${stats.largest} tellings)`);

  const add: number[] = [];
  const remove: number[] = [];
  const plain: number[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    const s = syntheticReport(counts.reports + 1000 + k, 7);
    const meta = { contentHash: `bench-${k}`, extractorVersion: "synthetic", file: s.report.file };
    // A write without the incidents (what an ingest cost before them), of another report so that it
    // does not warm the pages the measured one reads; then undone.
    const other = syntheticReport(counts.reports + 2000 + k, 8);
    const t = performance.now();
    writeReport(db, other.report, other.events, { ...meta, file: other.report.file, deferIncidents: true });
    plain.push(performance.now() - t);
    db.prepare("DELETE FROM reports WHERE id = ?").run(other.report.id);
    const t0 = performance.now();
    writeReport(db, s.report, s.events, meta);
    const t1 = performance.now();
    deleteReport(db, s.report.id);
    const t2 = performance.now();
    add.push(t1 - t0);
    remove.push(t2 - t1);
  }
  const rows = [
    ["add one report without incidents (before)", plain],
    ["add one report (write + its incidents)", add],
    ["remove it again", remove],
  ] as const;
  for (const [label, xs] of rows) {
    const sorted = [...xs].sort((a, b) => a - b);
    console.log(`${label}: median ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, max ${ms(sorted[sorted.length - 1])} over ${ROUNDS} reports`);
  }
  db.close();
}

main();
