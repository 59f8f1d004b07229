import type { Database } from "better-sqlite3";
import { MERGE, SPLIT, type EventRef, type MergeAfter, type PairDecision, type SplitAfter } from "../incidents/constraints";
import { markWritten } from "./changes";
import type { Decision, LookEvent } from "../review/types";
import { appendDecision, getDecision, type NeedsLook } from "./decisions";
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
  if (!row) throw new ReviewError({ key: "error.eventGone", vars: { event: eventId } });
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
  const r = requireReason(reason, "split");
  const m = membership(db, eventId);
  const others = othersOf(db, m);
  if (others.length === 0) throw new ReviewError({ key: "error.onlyTelling", vars: { event: eventId } });
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
  const r = requireReason(reason, "merge");
  const [a, b] = [membership(db, eventId), membership(db, otherEventId)];
  if (a.reportId === b.reportId) throw new ReviewError({ key: "error.sameReport" });
  if (a.incidentRid !== null && a.incidentRid === b.incidentRid) throw new ReviewError({ key: "error.alreadyMerged", vars: { other: otherEventId, event: eventId } });
  const ta = target(db, eventId);
  target(db, otherEventId); // refuses an event that no longer matches the extractor's output
  const sameReport = [...othersOf(db, a), ...othersOf(db, b)].map((o) => o.ref.report).concat(a.reportId, b.reportId);
  if (new Set(sameReport).size !== sameReport.length) throw new ReviewError({ key: "error.mergedSameReport" });
  const after: MergeAfter = { with: { report: b.reportId, eventKey: b.eventKey } };
  return commit(db, () => ({
    seq: appendDecision(db, { reportId: a.reportId, eventKey: a.eventKey, action: MERGE, quote: ta.quote, before: { incidents: [a.incidentId, b.incidentId] }, after, reason: r, userId: who.id, userName: who.name, undoes: null }),
    rids: [a.rid, b.rid],
  }));
}

/**
 * Merges and splits in force that no longer apply in full: an event they name is not in the store any
 * more (`ingest --reextract` or an edited report text gave it another identity, it was rejected, or its
 * report was removed). Such a decision constrains nothing about that event (lib/store/incidents.ts
 * resolves only the events it finds), so it is listed under "Needs another look" with what it was:
 * who, when (the decision), which events (report and quote or identity), and which are gone. A decision
 * superseded for all its pairs by a later one, or withdrawn, is not listed.
 */
export function stalePairDecisions(db: Database): NeedsLook[] {
  const seqs = db
    .prepare(`SELECT seq FROM decisions WHERE action IN ('merge', 'split')
      OR (action = 'undo' AND undoes IN (SELECT seq FROM decisions WHERE action IN ('merge', 'split'))) ORDER BY seq`)
    .pluck()
    .all() as number[];
  if (seqs.length === 0) return [];
  const decisions = seqs.map((s) => getDecision(db, s) as Decision);
  const undone = new Set(decisions.filter((d) => d.action === "undo").map((d) => d.undoes));
  const live = decisions.filter((d) => d.action !== "undo" && !undone.has(d.seq));
  const refId = (r: EventRef) => `${r.report}\u0000${r.eventKey}`;
  const pairId = (a: EventRef, b: EventRef) => [refId(a), refId(b)].sort().join("\u0001");
  const othersOf = (d: Decision): EventRef[] =>
    d.action === MERGE ? [(d.after as MergeAfter).with].filter(Boolean) : ((d.after as SplitAfter | null)?.apart ?? []);
  // The latest decision of each pair is the one in force (as lib/incidents/constraints.ts reads them).
  const latest = new Map<string, number>();
  for (const d of live) for (const o of othersOf(d)) latest.set(pairId({ report: d.reportId, eventKey: d.eventKey }, o), d.seq);
  const find = db.prepare("SELECT id FROM events WHERE report_id = ? AND event_key = ?").pluck();
  const out: NeedsLook[] = [];
  for (const d of live) {
    const own: EventRef = { report: d.reportId, eventKey: d.eventKey };
    const others = othersOf(d).filter((o) => latest.get(pairId(own, o)) === d.seq);
    if (others.length === 0) continue;
    const describe = (r: EventRef, quote: string | null): LookEvent => {
      const id = (find.get(r.report, r.eventKey) as string | undefined) ?? null;
      return { id, report: r.report, identity: r.eventKey.slice(0, 12), quote, gone: id === null };
    };
    const named = [describe(own, d.quote.exact), ...others.map((o) => describe(o, null))];
    if (!named.some((n) => n.gone)) continue;
    const stillApart = d.action === SPLIT && !named[0].gone && named.slice(1).some((n) => !n.gone);
    out.push({ decision: d, why: { why: "pair", action: d.action === MERGE ? "merge" : "split", named, stillApart } });
  }
  return out;
}

/** Whether decision `seq` is a merge or a split. */
export function isPairDecision(db: Database, seq: number): boolean {
  const action = db.prepare("SELECT action FROM decisions WHERE seq = ?").pluck().get(seq);
  return action === MERGE || action === SPLIT;
}

/**
 * Dismisses a merge or split from "Needs another look" once a person has looked: it is withdrawn (an
 * `undo` record with the reason, so the log says who and why) and the incidents around its events that
 * remain are recomputed.
 */
export function dismissPairDecision(db: Database, who: Reviewer, seq: number, reason: string): number {
  const r = requireReason(reason, "dismiss");
  const d = getDecision(db, seq);
  if (!d || (d.action !== MERGE && d.action !== SPLIT)) throw new ReviewError({ key: "error.noPairDecision", vars: { seq } });
  const refs: EventRef[] = [{ report: d.reportId, eventKey: d.eventKey }, ...(d.action === MERGE ? [(d.after as MergeAfter).with] : (d.after as SplitAfter).apart)];
  const find = db.prepare("SELECT rid FROM events WHERE report_id = ? AND event_key = ?").pluck();
  const rids = refs.flatMap((x) => (find.get(x.report, x.eventKey) as number | undefined) ?? []);
  return commit(db, () => ({
    seq: appendDecision(db, { reportId: d.reportId, eventKey: d.eventKey, action: "undo", quote: d.quote, before: null, after: null, reason: r, userId: who.id, userName: who.name, undoes: d.seq }),
    rids,
  }));
}

/** Every merge and split decision and every undo of one, oldest first (what lib/incidents/constraints.ts reads). */
export function readPairDecisions(db: Database): PairDecision[] {
  const rows = db
    .prepare(`SELECT seq, report_id, event_key, action, after, undoes FROM decisions
      WHERE action IN ('merge', 'split') OR (action = 'undo' AND undoes IN (SELECT seq FROM decisions WHERE action IN ('merge', 'split'))) ORDER BY seq`)
    .all() as Array<{ seq: number; report_id: string; event_key: string; action: string; after: string | null; undoes: number | null }>;
  return rows.map((r) => ({ seq: r.seq, reportId: r.report_id, eventKey: r.event_key, action: r.action, after: r.after === null ? null : JSON.parse(r.after), undoes: r.undoes }));
}
