import type { Database } from "better-sqlite3";
import type { DefectionEvent } from "../extract/types";
import { fieldJson } from "../review/apply";
import { identify, quoteOf } from "../review/identity";
import { EDITABLE_FIELDS, type EventPatch } from "../review/types";
import { errorText, type ErrorRef } from "../i18n/errors";
import { appendDecision } from "./decisions";
import { rematerialise } from "./write";

/**
 * Reviewer decisions as store operations: each appends ONE decision and rebuilds the report's events in
 * ONE transaction, so a killed server leaves either both or neither. The caller has checked the role.
 */

export interface Reviewer {
  id: string;
  name: string;
}

/**
 * A refused decision: what was wrong, as message references (lib/i18n/errors.ts), so that a page says
 * it in its own language; the message is the English.
 */
export class ReviewError extends Error {
  readonly refs: ErrorRef[];
  constructor(...refs: ErrorRef[]) {
    super(errorText(refs, "en"));
    this.refs = refs;
  }
}

/** The decisions that need a reason (each has its "error.reasonRequired.*" message). */
export type ReasonedAction = "reject" | "edit" | "add" | "dismiss" | "split" | "merge";

interface Target {
  reportId: string;
  key: string;
  machine: DefectionEvent | null;
  quote: ReturnType<typeof quoteOf>;
  effective: DefectionEvent;
}

/** The stored event `eventId` with its machine original and its quote. */
export function target(db: Database, eventId: string): Target {
  const row = db
    .prepare("SELECT e.report_id, e.idx, e.event_key, e.review_status, j.json FROM events e JOIN event_json j ON j.rid = e.rid WHERE e.id = ?")
    .get(eventId) as { report_id: string; idx: number; event_key: string; review_status: string; json: string } | undefined;
  if (!row) throw new ReviewError({ key: "error.eventGone", vars: { event: eventId } });
  const effective = JSON.parse(row.json) as DefectionEvent;
  const body = db.prepare("SELECT body FROM reports WHERE id = ?").pluck().get(row.report_id) as string;
  if (row.review_status === "added") {
    const span = effective.evidence.spans[0] ?? effective.evidence.sentence;
    return { reportId: row.report_id, key: row.event_key, machine: null, quote: quoteOf(body, span.start, span.end, effective.evidence.sentence), effective };
  }
  const machine = JSON.parse(db.prepare("SELECT json FROM machine_events WHERE report_id = ?").pluck().get(row.report_id) as string) as DefectionEvent[];
  const identified = identify(row.report_id, body, machine).find((e) => e.key === row.event_key);
  if (!identified) throw new ReviewError({ key: "error.eventChanged", vars: { event: eventId } });
  return { reportId: row.report_id, key: row.event_key, machine: identified.event, quote: identified.quote, effective };
}

export function requireReason(reason: string | null | undefined, action: ReasonedAction): string {
  const r = (reason ?? "").trim();
  if (r.length === 0) throw new ReviewError({ key: `error.reasonRequired.${action}` });
  if (r.length > 500) throw new ReviewError({ key: "error.reasonTooLong" });
  return r;
}

function commit(db: Database, reportId: string, write: () => number): number {
  return db.transaction(() => {
    const seq = write();
    rematerialise(db, reportId);
    return seq;
  }).immediate();
}

export function acceptEvent(db: Database, who: Reviewer, eventId: string): number {
  const t = target(db, eventId);
  return commit(db, t.reportId, () =>
    appendDecision(db, { reportId: t.reportId, eventKey: t.key, action: "accept", quote: t.quote, before: t.effective, after: null, reason: null, userId: who.id, userName: who.name, undoes: null }),
  );
}

export function rejectEvent(db: Database, who: Reviewer, eventId: string, reason: string): number {
  const r = requireReason(reason, "reject");
  const t = target(db, eventId);
  return commit(db, t.reportId, () =>
    appendDecision(db, { reportId: t.reportId, eventKey: t.key, action: "reject", quote: t.quote, before: t.effective, after: null, reason: r, userId: who.id, userName: who.name, undoes: null }),
  );
}

/**
 * Edits an event: `values` holds the reviewer's value of each field shown; the decision keeps only the
 * fields that differ from the machine's (the patch) with the machine's values before. An added event is
 * edited by a new `add` decision with the new values.
 */
export function editEvent(db: Database, who: Reviewer, eventId: string, values: EventPatch, reason: string): number {
  const r = requireReason(reason, "edit");
  const t = target(db, eventId);
  if (!t.machine) {
    const after = { ...t.effective, ...values };
    return commit(db, t.reportId, () =>
      appendDecision(db, { reportId: t.reportId, eventKey: t.key, action: "add", quote: t.quote, before: t.effective, after, reason: r, userId: who.id, userName: who.name, undoes: null }),
    );
  }
  const patch: Record<string, unknown> = {};
  const before: Record<string, unknown> = {};
  const machine = t.machine as unknown as Record<string, unknown>;
  for (const f of EDITABLE_FIELDS) {
    if (!(f in values)) continue;
    if (fieldJson(f, values[f]) === fieldJson(f, machine[f])) continue;
    patch[f] = values[f];
    before[f] = machine[f] ?? null;
  }
  return commit(db, t.reportId, () =>
    appendDecision(db, { reportId: t.reportId, eventKey: t.key, action: "edit", quote: t.quote, before, after: patch, reason: r, userId: who.id, userName: who.name, undoes: null }),
  );
}

/** Adds an event the machine missed, anchored on the passage `body[start, end)` of the report. */
export function addEvent(db: Database, who: Reviewer, reportId: string, where: { start: number; end: number } | { passage: string }, event: Omit<DefectionEvent, "evidence" | "confidence">, reason: string): number {
  const r = requireReason(reason, "add");
  const body = db.prepare("SELECT body FROM reports WHERE id = ?").pluck().get(reportId) as string | undefined;
  if (body === undefined) throw new ReviewError({ key: "error.noReport", vars: { report: reportId } });
  let start: number;
  let end: number;
  if ("passage" in where) {
    const passage = where.passage.trim();
    start = passage ? body.indexOf(passage) : -1;
    if (start < 0) throw new ReviewError({ key: "error.passageNotInText" });
    end = start + passage.length;
  } else ({ start, end } = where);
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= body.length)) {
    throw new ReviewError({ key: "error.passageMissing" });
  }
  const sentence = sentenceAround(body, start, end);
  const full: DefectionEvent = { ...event, confidence: 1, evidence: { sentence, spans: [{ role: "trigger", start, end }] } };
  const quote = quoteOf(body, start, end, sentence);
  return commit(db, reportId, () => {
    const next = ((db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'decisions'").pluck().get() as number | undefined) ?? 0) + 1;
    return appendDecision(db, { reportId, eventKey: `add:${next}`, action: "add", quote, before: null, after: full, reason: r, userId: who.id, userName: who.name, undoes: null });
  });
}

const SENTENCE_END = /[.!?؟\n]/;

/** The sentence holding `body[start, end)`: from after the previous . ! ? ؟ or line break to the next one (inclusive). */
export function sentenceAround(body: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(body[a - 1])) a--;
  while (a < start && /\s/.test(body[a])) a++;
  let b = end;
  while (b < body.length && !SENTENCE_END.test(body[b])) b++;
  if (b < body.length && body[b] !== "\n") b++;
  return { start: a, end: b };
}

/** Withdraws the reviewer's own last decision (not already undone); null when there is none. */
export function undoLast(db: Database, who: Reviewer): number | null {
  const last = db
    .prepare(
      `SELECT seq, report_id, event_key, quote FROM decisions d WHERE user_id = ? AND action != 'undo'
         AND NOT EXISTS (SELECT 1 FROM decisions u WHERE u.action = 'undo' AND u.undoes = d.seq)
       ORDER BY seq DESC LIMIT 1`,
    )
    .get(who.id) as { seq: number; report_id: string; event_key: string; quote: string } | undefined;
  if (!last) return null;
  return commit(db, last.report_id, () =>
    appendDecision(db, { reportId: last.report_id, eventKey: last.event_key, action: "undo", quote: JSON.parse(last.quote), before: null, after: null, reason: null, userId: who.id, userName: who.name, undoes: last.seq }),
  );
}

/** Clears a decision from "Needs another look" once a person has looked at it. */
export function dismissDecision(db: Database, who: Reviewer, seq: number, reason: string): number {
  const r = requireReason(reason, "dismiss");
  const d = db.prepare("SELECT report_id, event_key, quote FROM decisions WHERE seq = ?").get(seq) as { report_id: string; event_key: string; quote: string } | undefined;
  if (!d) throw new ReviewError({ key: "error.noDecision", vars: { seq } });
  return commit(db, d.report_id, () =>
    appendDecision(db, { reportId: d.report_id, eventKey: d.event_key, action: "dismiss", quote: JSON.parse(d.quote), before: null, after: null, reason: r, userId: who.id, userName: who.name, undoes: null }),
  );
}
