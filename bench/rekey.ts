/**
 * `npx tsx bench/rekey.ts STORE OUT`: migration 9's step on a bench store (a copy: it is modified) made to
 * look written before round 5 — every "@" publication row of `event_match_keys` deleted, its incidents kept —
 * timed, then its incidents written to OUT (bench/incident-dump.ts). The store's incidents were computed with
 * every row there, so OUT must equal the dump of the untouched store (`npx tsx bench/rekey.ts STORE OUT --dump-only`).
 * `--around` recomputes around the changed keys even when they are most of the store (migration 9 before round 6).
 */
import fs from "node:fs";
import { openDatabase } from "../lib/store/db";
import { rekeyIncidents } from "../lib/store/incidents";
import { dumpIncidents } from "./incident-dump";

const [store, out, flag] = process.argv.slice(2);
if (!store || !out) throw new Error("usage: tsx bench/rekey.ts STORE OUT [--dump-only | --around] (STORE is modified: give a copy)");
// --around: recompute around the changed keys whatever their share (the path before round 6's choice).
const fromScratchShare = flag === "--around" ? 1 : undefined;
const db = openDatabase(store);
if (flag !== "--dump-only") {
  const dropped = db.prepare("DELETE FROM event_match_keys WHERE key LIKE '@%'").run().changes;
  const t = performance.now();
  const changed = db.transaction(() => rekeyIncidents(db, { log: (line) => console.log(`  ${((performance.now() - t) / 1000).toFixed(1)} s: ${line}`), fromScratchShare })).immediate();
  console.log(`${dropped} "@" rows dropped; rekeyIncidents: ${changed} events' keys changed, ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const dump = dumpIncidents(db);
db.close();
fs.writeFileSync(out, dump.text);
console.log(`${dump.incidents} incidents, ${dump.proposals} proposals, ${dump.orphans} events without an incident; sha256 ${dump.digest}`);
