import type { DefectionEvent } from "../extract/types";
import { bestMatch, relocate } from "./anchor";
import { identify, type IdentifiedEvent } from "./identity";
import { EDITABLE_FIELDS, type Decision, type DecisionState, type EditableField, type EffectiveEvent, type EventPatch, type LookReason } from "./types";

/**
 * Re-application of the reviewers' decisions to a fresh extraction of a report (pure): at every ingest,
 * re-extraction or decision, the report's events are rebuilt from its machine events and its decision
 * log. Exact keys first, then a fuzzy re-anchor of the quote; an edit re-applies every edited field;
 * a rejection keeps the event out; an added event stays. A decision that cannot be applied cleanly is
 * never dropped: its state says why a person must look again.
 */

const KNOWN = new Set(["accept", "edit", "reject", "add", "dismiss"]);

/** The decisions in force: the latest one per event key, once undone ones are set aside. */
export function decisionsInForce(decisions: readonly Decision[]): Decision[] {
  const undone = new Set(decisions.filter((d) => d.action === "undo" && d.undoes !== null).map((d) => d.undoes));
  const latest = new Map<string, Decision>();
  for (const d of [...decisions].sort((a, b) => a.seq - b.seq)) {
    if (!KNOWN.has(d.action) || undone.has(d.seq)) continue;
    latest.set(d.eventKey, d);
  }
  return [...latest.values()];
}

/** Canonical JSON of a field value (object keys sorted), to compare machine values. */
export function fieldJson(field: string, value: unknown): string {
  // A date is compared by its range only: the explanation may be reworded by a new extractor.
  if (field === "date" && value && typeof value === "object") {
    const d = value as { start?: unknown; end?: unknown };
    value = { start: d.start, end: d.end };
  }
  return JSON.stringify(value ?? null, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The event with the patch's fields replaced. */
export function applyPatch(event: DefectionEvent, patch: EventPatch): DefectionEvent {
  const out: DefectionEvent = { ...event };
  for (const f of EDITABLE_FIELDS) if (f in patch) (out as unknown as Record<string, unknown>)[f] = patch[f];
  return out;
}

/** The edited fields whose machine value is no longer the one the reviewer corrected. */
export function changedUnderEdit(current: DefectionEvent, patch: EventPatch, before: unknown): EditableField[] {
  const was = (before ?? {}) as Record<string, unknown>;
  return EDITABLE_FIELDS.filter((f) => f in patch && f in was && fieldJson(f, (current as unknown as Record<string, unknown>)[f]) !== fieldJson(f, was[f]));
}

/** Moves an added event's evidence with its quote when the text changed. */
function shiftEvent(event: DefectionEvent, delta: number): DefectionEvent {
  if (delta === 0) return event;
  return {
    ...event,
    evidence: {
      sentence: { start: event.evidence.sentence.start + delta, end: event.evidence.sentence.end + delta },
      spans: event.evidence.spans.map((s) => ({ ...s, start: s.start + delta, end: s.end + delta })),
    },
  };
}

export interface Reapplied {
  /** The events to store, machine order first, then added events in decision order. */
  events: EffectiveEvent[];
  /** One per decision in force. */
  states: DecisionState[];
}

export function reapply(reportId: string, body: string, machine: readonly DefectionEvent[], decisions: readonly Decision[]): Reapplied {
  const identified = identify(reportId, body, machine);
  const byKey = new Map(identified.map((e) => [e.key, e]));
  const inForce = decisionsInForce(decisions);
  const matched = new Map<string, Decision>(); // machine key → decision
  const states: DecisionState[] = [];
  const pending: Decision[] = [];

  for (const d of inForce) {
    if (d.action === "add") continue;
    const hit = byKey.get(d.eventKey);
    if (hit && !matched.has(hit.key)) {
      matched.set(hit.key, d);
      states.push({ seq: d.seq, eventKey: d.eventKey, anchor: "exact", needsLook: null, appliedTo: hit.key });
    } else pending.push(d);
  }
  // Fuzzy pass, oldest decision first, over the machine events no decision holds yet.
  for (const d of pending) {
    const free = identified.filter((e) => !matched.has(e.key));
    const found = bestMatch(d.quote, free, (e: IdentifiedEvent) => e.quote);
    if (found) {
      matched.set(found.candidate.key, d);
      states.push({ seq: d.seq, eventKey: d.eventKey, anchor: "fuzzy", needsLook: null, appliedTo: found.candidate.key });
    } else {
      // A dismissed orphan has been looked at already.
      const needsLook: LookReason | null = d.action === "dismiss" ? null : { why: "lost", action: d.action, quote: d.quote.exact };
      states.push({ seq: d.seq, eventKey: d.eventKey, anchor: "none", needsLook, appliedTo: null });
    }
  }
  const stateOf = new Map(states.map((s) => [s.seq, s]));

  const events: EffectiveEvent[] = [];
  for (const m of identified) {
    const d = matched.get(m.key);
    const reviewed = { decisionSeq: d?.seq ?? null, reviewedBy: d?.userName ?? null, reviewedAt: d?.createdAt ?? null };
    if (!d || d.action === "dismiss") {
      events.push({ event: m.event, key: m.key, status: "unreviewed", machineIndex: m.index, decisionSeq: null, reviewedBy: null, reviewedAt: null });
    } else if (d.action === "reject") {
      continue;
    } else if (d.action === "accept") {
      events.push({ event: m.event, key: m.key, status: "accepted", machineIndex: m.index, ...reviewed });
    } else {
      const patch = (d.after ?? {}) as EventPatch;
      const changed = changedUnderEdit(m.event, patch, d.before);
      if (changed.length > 0) stateOf.get(d.seq)!.needsLook = { why: "machineChanged", fields: changed };
      events.push({ event: applyPatch(m.event, patch), key: m.key, status: "edited", machineIndex: m.index, ...reviewed });
    }
  }
  for (const d of inForce) {
    if (d.action !== "add") continue;
    const added = d.after as DefectionEvent;
    const moved = relocate(body, d.quote);
    const state: DecisionState = { seq: d.seq, eventKey: d.eventKey, anchor: moved ? (moved.start === d.quote.start ? "exact" : "fuzzy") : "none", needsLook: null, appliedTo: d.eventKey };
    if (!moved) state.needsLook = { why: "passageGone", quote: d.quote.exact };
    states.push(state);
    const event = moved ? shiftEvent(added, moved.start - d.quote.start) : clampEvidence(added, body.length);
    events.push({ event, key: d.eventKey, status: "added", machineIndex: null, decisionSeq: d.seq, reviewedBy: d.userName, reviewedAt: d.createdAt });
  }
  states.sort((a, b) => a.seq - b.seq);
  return { events, states };
}

/** Keeps the offsets of an added event whose passage is gone inside the text. */
function clampEvidence(event: DefectionEvent, length: number): DefectionEvent {
  const c = (n: number) => Math.max(0, Math.min(n, length));
  return {
    ...event,
    evidence: {
      sentence: { start: c(event.evidence.sentence.start), end: c(event.evidence.sentence.end) },
      spans: event.evidence.spans.map((s) => ({ ...s, start: c(s.start), end: c(s.end) })),
    },
  };
}
