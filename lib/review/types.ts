import type { DefectionEvent } from "../extract/types";
import type { TextQuote } from "./identity";

/**
 * The decision record: one reviewer action on one event, appended to the `decisions` table and never
 * changed (SQLite triggers refuse UPDATE and DELETE). The record is general: `action` is free text and
 * `before`/`after` are JSON, so other kinds of decision (e.g. incident merges and splits) fit as well;
 * the review re-application below only interprets the actions it knows and leaves the others alone.
 */

/** The actions of the review queue. `undo` withdraws an earlier decision; `dismiss` clears a "needs another look". */
export const REVIEW_ACTIONS = ["accept", "edit", "reject", "add", "undo", "dismiss"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export interface Decision {
  /** Order of the log (AUTOINCREMENT). */
  seq: number;
  reportId: string;
  /** The identity of the machine event (lib/review/identity.ts); "add:<seq>" for an added event. */
  eventKey: string;
  action: string;
  /** Where in the report text the decision was taken. */
  quote: TextQuote;
  /** JSON: the machine values the decision changed (edit), or the event as seen (accept, reject). */
  before: unknown;
  /** JSON: the new values (edit: a patch; add: the whole event). */
  after: unknown;
  reason: string | null;
  userId: string;
  userName: string;
  createdAt: string;
  /** For `undo`: the seq of the decision withdrawn. */
  undoes: number | null;
}

/** A decision before it is stored (seq and time are given by the store). */
export type NewDecision = Omit<Decision, "seq" | "createdAt"> & { createdAt?: string };

/** The fields an edit may change. */
export const EDITABLE_FIELDS = ["kind", "groups", "count", "date", "place", "destination"] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type EventPatch = Partial<Pick<DefectionEvent, EditableField>>;

export type ReviewStatus = "unreviewed" | "accepted" | "edited" | "added" | "rejected";

/** An event as everything downstream sees it: the machine's values with the reviewers' applied. */
export interface EffectiveEvent {
  event: DefectionEvent;
  key: string;
  status: Exclude<ReviewStatus, "rejected">;
  /** Position in the machine's output; null for an added event. */
  machineIndex: number | null;
  /** The decision that gave the status (null when unreviewed). */
  decisionSeq: number | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

/** An event a merge or split names, as "Needs another look" describes it. */
export interface LookEvent {
  /** Its event id, null when it is no longer stored. */
  id: string | null;
  report: string;
  /** Its event identity (event_key), shortened. */
  identity: string;
  /** The decision's quote of it (the deciding telling's only). */
  quote: string | null;
  gone: boolean;
}

/**
 * Why a decision needs another look, as data: lib/i18n/look.ts writes it in the page's language.
 * Stored as JSON in decision_states.needs_look; a reason stored as English text before round 5 reads
 * as `stored` until its report is re-applied.
 */
export type LookReason =
  | { why: "lost"; action: string; quote: string }
  | { why: "machineChanged"; fields: EditableField[] }
  | { why: "passageGone"; quote: string }
  | { why: "reportGone"; report: string }
  | { why: "pair"; action: "merge" | "split"; named: LookEvent[]; stillApart: boolean }
  | { why: "stored"; text: string };

/** How a decision fared at the last re-application. */
export interface DecisionState {
  seq: number;
  eventKey: string;
  /** `exact`: the same key; `fuzzy`: re-anchored to a changed quote; `none`: the event is gone. */
  anchor: "exact" | "fuzzy" | "none";
  /** Set when a person must look again: why. */
  needsLook: LookReason | null;
  /** The key of the machine event the decision now applies to (differs from eventKey after a fuzzy re-anchor). */
  appliedTo: string | null;
}
