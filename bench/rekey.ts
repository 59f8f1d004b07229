/**
 * `npx tsx bench/rekey.ts STORE OUT`: migration 9's step on a bench store (a copy: it is modified) made to
 * look written before round 5 — every "@" publication row of `event_match_keys` deleted, its incidents kept —
 * timed, then its incidents written to OUT (bench/incident-dump.ts). The store's incidents were computed with
 * every row there, so OUT must equal the dump of the untouched store (`npx tsx bench/rekey.ts STORE OUT --dump-only`).
 */
import fs from "node:fs";
import { openDatabase } from "../lib/store/db";
import { rekeyIncidents } from "../lib/store/incidents";
import { dumpIncidents } from "./incident-dump";

const [store, out, flag] = process.argv.slice(2);
if (!store || !out) throw new Error("usage: tsx bench/rekey.ts STORE OUT [--dump-only] (STORE is modified: give a copy)");
const db = openDatabase(store);
if (flag !== "--dump-only") {
  const dropped = db.prepare("DELETE FROM event_match_keys WHERE key LIKE '@%'").run().changes;
  const t = performance.now();
  const changed = db.transaction(() => rekeyIncidents(db, (line) => console.log(`  ${((performance.now() - t) / 1000).toFixed(1)} s: ${line}`))).immediate();
  console.log(`${dropped} "@" rows dropped; rekeyIncidents: ${changed} events' keys changed, ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const dump = dumpIncidents(db);
db.close();
fs.writeFileSync(out, dump.text);
console.log(`${dump.incidents} incidents, ${dump.proposals} proposals, ${dump.orphans} events without an incident; sha256 ${dump.digest}`);
