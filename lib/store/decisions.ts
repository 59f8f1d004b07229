import type { Database } from "better-sqlite3";
import { decisionsInForce } from "../review/apply";
import type { Decision, DecisionState, LookReason, NewDecision } from "../review/types";

/**
 * The decision log in the database: append, read, and the states of the last re-application.
 * The table refuses UPDATE and DELETE (triggers of migration 5); nothing here tries either.
 */

interface DecisionRecord {
  seq: number;
  report_id: string;
  event_key: string;
  action: string;
  quote: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  user_id: string;
  user_name: string;
  created_at: string;
  undoes: number | null;
}

function toDecision(r: DecisionRecord): Decision {
  return {
    seq: r.seq,
    reportId: r.report_id,
    eventKey: r.event_key,
    action: r.action,
    quote: JSON.parse(r.quote),
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
    reason: r.reason,
    userId: r.user_id,
    userName: r.user_name,
    createdAt: r.created_at,
    undoes: r.undoes,
  };
}

/** Every decision of a report, oldest first. */
export function readDecisions(db: Database, reportId: string): Decision[] {
  return (db.prepare("SELECT * FROM decisions WHERE report_id = ? ORDER BY seq").all(reportId) as DecisionRecord[]).map(toDecision);
}

/** Every decision about one event key (its history), oldest first. */
export function decisionsForKey(db: Database, reportId: string, eventKey: string): Decision[] {
  return (db.prepare("SELECT * FROM decisions WHERE report_id = ? AND event_key = ? ORDER BY seq").all(reportId, eventKey) as DecisionRecord[]).map(toDecision);
}

export function getDecision(db: Database, seq: number): Decision | null {
  const r = db.prepare("SELECT * FROM decisions WHERE seq = ?").get(seq) as DecisionRecord | undefined;
  return r ? toDecision(r) : null;
}

/** Appends one decision (inside the caller's transaction, if any) and returns its seq. */
export function appendDecision(db: Database, d: NewDecision): number {
  const info = db
    .prepare(
      `INSERT INTO decisions (report_id, event_key, action, quote, before, after, reason, user_id, user_name, created_at, undoes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      d.reportId,
      d.eventKey,
      d.action,
      JSON.stringify(d.quote),
      d.before === null || d.before === undefined ? null : JSON.stringify(d.before),
      d.after === null || d.after === undefined ? null : JSON.stringify(d.after),
      d.reason,
      d.userId,
      d.userName,
      d.createdAt ?? new Date().toISOString(),
      d.undoes,
    );
  return Number(info.lastInsertRowid);
}

/** Replaces the states of a report's decisions (called inside the report's write transaction). */
export function writeStates(db: Database, reportId: string, states: readonly DecisionState[]): void {
  db.prepare("DELETE FROM decision_states WHERE report_id = ?").run(reportId);
  const insert = db.prepare("INSERT OR REPLACE INTO decision_states (seq, report_id, event_key, anchor, needs_look, applied_to) VALUES (?, ?, ?, ?, ?, ?)");
  for (const st of states) insert.run(st.seq, reportId, st.eventKey, st.anchor, st.needsLook === null ? null : JSON.stringify(st.needsLook), st.appliedTo);
}

export interface NeedsLook {
  decision: Decision;
  why: LookReason;
}

/** A stored reason: JSON, or English text written before reasons were data (shown as it is). */
function storedReason(text: string): LookReason {
  if (text.startsWith("{")) {
    try {
      return JSON.parse(text) as LookReason;
    } catch {
      // not JSON after all: text
    }
  }
  return { why: "stored", text };
}

/** The "Needs another look" list: decisions in force that could not be applied cleanly, or whose report is gone. */
export function needsAnotherLook(db: Database): NeedsLook[] {
  const flagged = db
    .prepare("SELECT d.*, s.needs_look AS why FROM decision_states s JOIN decisions d ON d.seq = s.seq WHERE s.needs_look IS NOT NULL ORDER BY d.seq")
    .all() as (DecisionRecord & { why: string })[];
  const out: NeedsLook[] = flagged.map((r) => ({ decision: toDecision(r), why: storedReason(r.why) }));
  const orphanReports = db.prepare("SELECT DISTINCT report_id FROM decisions WHERE report_id NOT IN (SELECT id FROM reports)").pluck().all() as string[];
  for (const id of orphanReports) {
    for (const d of decisionsInForce(readDecisions(db, id))) {
      if (d.action !== "dismiss") out.push({ decision: d, why: { why: "reportGone", report: id } });
    }
  }
  return out;
}

/** The reports with at least one review decision, with their stored events (for `eval --reviewed`). */
export function reviewedReports(db: Database): { id: string; published: { start: string; end: string }; body: string; events: { event: import("../extract/types").DefectionEvent; status: string }[] }[] {
  const reports = db
    .prepare(
      `SELECT id, published_start AS start, published_end AS end, body FROM reports
       WHERE id IN (SELECT report_id FROM decisions WHERE action IN ('accept', 'edit', 'reject', 'add')) ORDER BY id`,
    )
    .all() as { id: string; start: string; end: string; body: string }[];
  const events = db.prepare("SELECT e.review_status AS status, j.json FROM events e JOIN event_json j ON j.rid = e.rid WHERE e.report_id = ? ORDER BY e.idx");
  return reports.map((r) => ({
    id: r.id,
    published: { start: r.start, end: r.end },
    body: r.body,
    events: (events.all(r.id) as { status: string; json: string }[]).map((e) => ({ status: e.status, event: JSON.parse(e.json) })),
  }));
}
