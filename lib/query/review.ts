import type { Database } from "better-sqlite3";
import { canReview } from "../auth/roles";
import { decisionsForKey, needsAnotherLook, type NeedsLook } from "../store/decisions";
import { stalePairDecisions } from "../store/incident-decisions";
import type { Decision } from "../review/types";
import { getEvent, type EventDetail } from "./events";
import type { StoredReport } from "./events";

/**
 * The review queue's reads. Each takes the viewer and refuses one who may not review: the check
 * lives in the data-access layer, not only in the page.
 */

export interface Reader {
  role: string;
}

function assertReviewer(viewer: Reader | null): void {
  if (!viewer || !canReview(viewer.role)) throw new Error("forbidden: the review queue is for editors");
}

export interface QueueFilter {
  group: string | null;
  report: string | null;
  /** Only events with confidence below this (0..1). */
  maxConfidence: number | null;
}

export function parseQueueFilter(sp: Record<string, string | string[] | undefined>): QueueFilter {
  const one = (k: string) => {
    const v = sp[k];
    const s = Array.isArray(v) ? v[0] : v;
    return s && s.trim() ? s.trim().slice(0, 200) : null;
  };
  const conf = one("confidence");
  const n = conf === null ? NaN : Number(conf);
  return { group: one("group"), report: one("report"), maxConfidence: Number.isFinite(n) && n > 0 && n <= 1 ? n : null };
}

function queueWhere(f: QueueFilter): { where: string; params: unknown[] } {
  const clauses = ["e.review_status = 'unreviewed'"];
  const params: unknown[] = [];
  if (f.group) {
    clauses.push("e.rid IN (SELECT event_rid FROM event_groups WHERE group_key = ?)");
    params.push(f.group);
  }
  if (f.report) {
    clauses.push("e.report_id = ?");
    params.push(f.report);
  }
  if (f.maxConfidence !== null) {
    clauses.push("e.confidence < ?");
    params.push(f.maxConfidence);
  }
  return { where: clauses.join(" AND "), params };
}

/** Unreviewed events left under the filter. */
export function queueSize(db: Database, viewer: Reader | null, f: QueueFilter): number {
  assertReviewer(viewer);
  const q = queueWhere(f);
  return db.prepare(`SELECT COUNT(*) FROM events e WHERE ${q.where}`).pluck().get(...q.params) as number;
}

/**
 * The next event to review: least confident first; `after` (the ids skipped in this session) are
 * passed over. Null when the queue is empty.
 */
export function nextInQueue(db: Database, viewer: Reader | null, f: QueueFilter, skipped: readonly string[] = []): (EventDetail & { report: StoredReport }) | null {
  assertReviewer(viewer);
  const q = queueWhere(f);
  const skip = skipped.length > 0 ? ` AND e.id NOT IN (SELECT value FROM json_each(?))` : "";
  const params = skipped.length > 0 ? [...q.params, JSON.stringify(skipped)] : q.params;
  const id = db.prepare(`SELECT e.id FROM events e WHERE ${q.where}${skip} ORDER BY e.confidence, e.id LIMIT 1`).pluck().get(...params) as string | undefined;
  return id === undefined ? null : getEvent(db, id);
}

/** The decisions about an event (public: the event page shows who reviewed it and the history). */
export function eventHistory(db: Database, eventId: string): { status: string; reviewedBy: string | null; reviewedAt: string | null; decisions: Decision[] } | null {
  const row = db.prepare("SELECT report_id, event_key, review_status, reviewed_by, reviewed_at FROM events WHERE id = ?").get(eventId) as
    | { report_id: string; event_key: string | null; review_status: string; reviewed_by: string | null; reviewed_at: string | null }
    | undefined;
  if (!row) return null;
  const decisions = row.event_key ? decisionsForKey(db, row.report_id, row.event_key) : [];
  // A fuzzy re-anchor moved the decisions of an older key onto this event: include them.
  const moved = db.prepare("SELECT DISTINCT event_key FROM decision_states WHERE report_id = ? AND applied_to = ? AND event_key != ?").pluck().all(row.report_id, row.event_key, row.event_key) as string[];
  for (const k of moved) decisions.push(...decisionsForKey(db, row.report_id, k));
  decisions.sort((a, b) => a.seq - b.seq);
  return { status: row.review_status, reviewedBy: row.reviewed_by, reviewedAt: row.reviewed_at, decisions };
}

/** Decisions that could not be applied cleanly, event decisions and incident merges/splits alike (editors only). */
export function needsLookList(db: Database, viewer: Reader | null): NeedsLook[] {
  assertReviewer(viewer);
  return [...needsAnotherLook(db), ...stalePairDecisions(db)].sort((a, b) => a.decision.seq - b.decision.seq);
}

/** Groups with unreviewed events, for the queue's filter. */
export function queueGroups(db: Database, viewer: Reader | null): { key: string; name: string; n: number }[] {
  assertReviewer(viewer);
  return db
    .prepare(
      `SELECT g.group_key AS key, COALESCE(MIN(g.name_en), MIN(g.name_ar)) AS name, COUNT(*) AS n FROM event_groups g JOIN events e ON e.rid = g.event_rid
       WHERE e.review_status = 'unreviewed' GROUP BY g.group_key ORDER BY n DESC LIMIT 200`,
    )
    .all() as { key: string; name: string; n: number }[];
}
