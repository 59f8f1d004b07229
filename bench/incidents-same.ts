/**
 * `npx tsx bench/incidents-same.ts STORE OUT`: changes a bench store (a copy: it is modified) through the
 * incremental path — adds synthetic reports, replaces and removes stored ones, one transaction each as an
 * ingest does — then writes every incident (its id, members and combined values) and every proposed merge
 * to OUT, sorted, and prints their digest. Run by two versions of the code on two copies of one store,
 * equal digests (`cmp` of the OUT files) say that a change to the store's search left the incidents as
 * they were. The events are the same in both runs (rids included): the writes are the same, in order.
 */
import fs from "node:fs";
import { openDatabase } from "../lib/store/db";
import { deleteReport, writeReport } from "../lib/store/write";
import { dumpIncidents } from "./incident-dump";
import { syntheticReport } from "./synth";

const [store, out] = process.argv.slice(2);
if (!store || !out) throw new Error("usage: tsx bench/incidents-same.ts STORE OUT (STORE is modified: give a copy)");
const ADDED = 60;
const REPLACED = 20;
const REMOVED = 30;

const db = openDatabase(store);
const reports = db.prepare("SELECT COUNT(*) FROM reports").pluck().get() as number;
// Stored reports spread over the corpus, in a fixed order (ids are the synthetic generator's).
const stored = db.prepare("SELECT id FROM reports ORDER BY id").pluck().all() as string[];
const spread = (n: number, offset: number) => Array.from({ length: n }, (_, k) => stored[Math.floor(((k + offset / 100) * stored.length) / n)]);

const t0 = performance.now();
for (let k = 0; k < ADDED; k++) {
  const s = syntheticReport(reports + 5000 + k, 11);
  writeReport(db, s.report, s.events, { contentHash: `same-${k}`, extractorVersion: "synthetic", file: s.report.file });
}
const t1 = performance.now();
for (const [k, id] of spread(REPLACED, 37).entries()) {
  // Another report's events under a stored report's id: a re-extraction that changed them.
  const s = syntheticReport(reports + 6000 + k, 12);
  writeReport(db, { ...s.report, id }, s.events, { contentHash: `same-replaced-${k}`, extractorVersion: "synthetic", file: s.report.file });
}
const t2 = performance.now();
for (const id of spread(REMOVED, 71)) deleteReport(db, id);
const t3 = performance.now();

const dump = dumpIncidents(db);
db.close();
fs.writeFileSync(out, dump.text);
const secs = (a: number, b: number) => `${((b - a) / 1000).toFixed(1)} s`;
console.log(`added ${ADDED} reports in ${secs(t0, t1)}, replaced ${REPLACED} in ${secs(t1, t2)}, removed ${REMOVED} in ${secs(t2, t3)}`);
console.log(`${dump.incidents} incidents, ${dump.proposals} proposals, ${dump.orphans} events without an incident; sha256 ${dump.digest}`);
