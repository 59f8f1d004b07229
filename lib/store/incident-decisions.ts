import type { Database } from "better-sqlite3";
import { MERGE, SPLIT, type EventRef, type MergeAfter, type SplitAfter } from "../incidents/constraints";
import { markWritten } from "./changes";
import { appendDecision } from "./decisions";
import { recomputeIncidents } from "./incidents";
import { requireReason, ReviewError, target, type Reviewer } from "./review";

/**
 * Analysts' merges and splits of incidents, as decision records (issue 12): each appends ONE decision
 * naming the tellings by event identity and recomputes the incidents it touches, in ONE transaction.
 * The incidents computation applies them (lib/incidents/constraints.ts). The caller has checked the role.
 */

interface Membership {
  rid: number;
  reportId: string;
  eventKey: string;
  incidentRid: number | null;
  incidentId: string | null;
}

function membership(db: Database, eventId: string): Membership {
  const row = db
    .prepare(`SELECT e.rid, e.report_id AS reportId, e.event_key AS eventKey, i.rid AS incidentRid, i.id AS incidentId
      FROM events e LEFT JOIN incident_events m ON m.event_rid = e.rid LEFT JOIN incidents i ON i.rid = m.incident_rid WHERE e.id = ?`)
    .get(eventId) as Membership | undefined;
  if (!row) throw new ReviewError(`event: no event "${eventId}" (it may have been rejected or re-extracted; reload the page)`);
  return row;
}

function othersOf(db: Database, m: Membership): Array<{ rid: number; id: string; ref: EventRef }> {
  if (m.incidentRid === null) return [];
  return (
    db
      .prepare("SELECT e.rid, e.id, e.report_id, e.event_key FROM incident_events x JOIN events e ON e.rid = x.event_rid WHERE x.incident_rid = ? AND e.rid <> ? ORDER BY e.id")
      .all(m.incidentRid, m.rid) as Array<{ rid: number; id: string; report_id: string; event_key: string }>
  ).map((r) => ({ rid: r.rid, id: r.id, ref: { report: r.report_id, eventKey: r.event_key } }));
}

function commit(db: Database, write: () => { seq: number; rids: number[] }): number {
  const seq = db.transaction(() => {
    const done = write();
    recomputeIncidents(db, done.rids);
    // The events are unchanged but their incidents are not: logging them makes readers take a new
    // snapshot (lib/query/event-index.ts reads which telling is first per snapshot; the dashboard's
    // cache is keyed by that snapshot), in this process and in others.
    db.prepare("INSERT INTO event_changes (rid) SELECT value FROM json_each(?)").run(JSON.stringify(done.rids));
    return done.seq;
  }).immediate();
  markWritten(db);
  return seq;
}

/**
 * Takes a telling out of its incident: it will never again join the incident's other tellings.
 * Returns the decision and one of those other tellings (to show the incident that remains).
 */
export function splitTelling(db: Database, who: Reviewer, eventId: string, reason: string): { seq: number; remaining: string } {
  const r = requireReason(reason, "split a telling out of its incident");
  const m = membership(db, eventId);
  const others = othersOf(db, m);
  if (others.length === 0) throw new ReviewError(`event: "${eventId}" is the only telling of its incident; there is nothing to split it from`);
  const t = target(db, eventId);
  const after: SplitAfter = { apart: others.map((o) => o.ref) };
  const seq = commit(db, () => ({
    seq: appendDecision(db, { reportId: m.reportId, eventKey: m.eventKey, action: SPLIT, quote: t.quote, before: { incident: m.incidentId }, after, reason: r, userId: who.id, userName: who.name, undoes: null }),
    rids: [m.rid, ...others.map((o) => o.rid)],
  }));
  return { seq, remaining: others[0].id };
}

/** Makes two tellings (hence their incidents) one incident, even when the rules keep them apart. */
export function mergeTellings(db: Database, who: Reviewer, eventId: string, otherEventId: string, reason: string): number {
  const r = requireReason(reason, "merge two incidents");
  const [a, b] = [membership(db, eventId), membership(db, otherEventId)];
  if (a.reportId === b.reportId) throw new ReviewError("other: two events of one report are never one incident");
  if (a.incidentRid !== null && a.incidentRid === b.incidentRid) throw new ReviewError(`other: "${otherEventId}" is already in the incident of "${eventId}"`);
  const ta = target(db, eventId);
  target(db, otherEventId); // refuses an event that no longer matches the extractor's output
  const sameReport = [...othersOf(db, a), ...othersOf(db, b)].map((o) => o.ref.report).concat(a.reportId, b.reportId);
  if (new Set(sameReport).size !== sameReport.length) throw new ReviewError("other: the merged incident would hold two events of one report");
  const after: MergeAfter = { with: { report: b.reportId, eventKey: b.eventKey } };
  return commit(db, () => ({
    seq: appendDecision(db, { reportId: a.reportId, eventKey: a.eventKey, action: MERGE, quote: ta.quote, before: { incidents: [a.incidentId, b.incidentId] }, after, reason: r, userId: who.id, userName: who.name, undoes: null }),
    rids: [a.rid, b.rid],
  }));
}
