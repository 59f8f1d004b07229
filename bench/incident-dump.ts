/**
 * A store's incidents as sorted text lines (members, id, number of tellings, combined values), its proposed
 * merges and its events without an incident, with the digest of it all: two stores of the same events have
 * the same incidents when their dumps are equal (bench/incidents-same.ts, bench/rekey.ts).
 */
import crypto from "node:crypto";
import type { Database } from "better-sqlite3";

export function dumpIncidents(db: Database): { text: string; digest: string; incidents: number; proposals: number; orphans: number } {
  const incidents = db
    .prepare(`SELECT i.id, i.tellings, i.json, (SELECT json_group_array(event_rid) FROM (SELECT event_rid FROM incident_events m WHERE m.incident_rid = i.rid ORDER BY event_rid)) AS members
      FROM incidents i`)
    .all() as Array<{ id: string; tellings: number; json: string; members: string }>;
  const lines = incidents.map((i) => `${i.members}\t${i.id}\t${i.tellings}\t${i.json}`).sort();
  const proposals = (db.prepare("SELECT event_a, event_b FROM incident_proposals").all() as Array<{ event_a: number; event_b: number }>).map((p) => `proposal\t${p.event_a}\t${p.event_b}`).sort();
  const orphans = db.prepare("SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM incident_events m WHERE m.event_rid = e.rid)").pluck().get() as number;
  const text = [...lines, ...proposals, `events without an incident\t${orphans}`].join("\n") + "\n";
  return { text, digest: crypto.createHash("sha256").update(text).digest("hex"), incidents: incidents.length, proposals: proposals.length, orphans };
}
