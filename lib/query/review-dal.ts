import { canReview } from "../auth/roles";
import { readEventForm, type FormFields } from "../review/form";
import { gazetteerLookup } from "../review/lookup";
import { checkSubmittedReport, saveBrowserReport, type SubmittedReport } from "../store/browser-reports";
import { getDatabase } from "../store/db";
import { dismissPairDecision, isPairDecision, mergeTellings, splitTelling } from "../store/incident-decisions";
import { incidentOfEvent, proposedMerges } from "./incidents";
import { acceptEvent, addEvent, dismissDecision, editEvent, rejectEvent, ReviewError, undoLast } from "../store/review";
import type { ReportError } from "../reports/parse";
import { getEvent } from "./events";
import { eventHistory, needsLookList, nextInQueue, queueGroups, queueSize, type QueueFilter } from "./review";

/**
 * The data-access layer of the review (like dal.ts for the dashboard): pages and route handlers of the
 * review read and write only through these functions, and each checks the viewer's role itself.
 */

export interface Reviewer {
  id: string;
  name: string;
  role: string;
}

function mustReview(viewer: Reviewer | null): asserts viewer is Reviewer {
  if (!viewer || !canReview(viewer.role)) throw new ReviewError({ key: "error.forbidden" });
}

/** `/review`: what the queue shows. */
export function loadQueue(viewer: Reviewer | null, filter: QueueFilter, skipped: string[]) {
  mustReview(viewer);
  const db = getDatabase();
  return {
    left: queueSize(db, viewer, filter),
    current: nextInQueue(db, viewer, filter, skipped),
    groups: queueGroups(db, viewer),
    looks: needsLookList(db, viewer),
    merges: proposedMerges(db),
  };
}

/** The event page's review status and history (public). */
export function loadEventHistory(eventId: string) {
  return eventHistory(getDatabase(), eventId);
}

/**
 * One decision of the queue or the incident page from its form fields; throws ReviewError (with the
 * field) when refused. A merge returns the incident id of its event afterwards, a split that of the
 * incident it was split from (ids follow their smallest telling, so the page to go back to may have a new id).
 */
export function applyReviewAction(viewer: Reviewer | null, fields: FormFields): string | void {
  mustReview(viewer);
  const db = getDatabase();
  const who = { id: viewer.id, name: viewer.name };
  switch (fields.action) {
    case "accept":
      acceptEvent(db, who, fields.event ?? "");
      return;
    case "reject":
      rejectEvent(db, who, fields.event ?? "", fields.reason ?? "");
      return;
    case "edit": {
      const current = getEvent(db, fields.event ?? "");
      if (!current) throw new ReviewError({ key: "error.noEvent", vars: { event: fields.event ?? "" } });
      const read = readEventForm(fields, current.event, gazetteerLookup());
      if (!read.ok) throw new ReviewError(...read.errors);
      editEvent(db, who, current.row.id, read.values, fields.reason ?? "");
      return;
    }
    case "add": {
      const read = readEventForm(fields, null, gazetteerLookup());
      if (!read.ok) throw new ReviewError(...read.errors);
      const where = fields.passage !== undefined ? { passage: fields.passage } : { start: Number(fields.start), end: Number(fields.end) };
      addEvent(db, who, fields.report ?? "", where, read.values, fields.reason ?? "");
      return;
    }
    case "undo":
      if (undoLast(db, who) === null) throw new ReviewError({ key: "error.nothingToUndo" });
      return;
    case "split":
      // Back to the incident the telling was split from (what remains of it).
      return incidentOfEvent(db, splitTelling(db, who, fields.event ?? "", fields.reason ?? "").remaining)?.id;
    case "merge":
      mergeTellings(db, who, fields.event ?? "", fields.other ?? "", fields.reason ?? "");
      return incidentOfEvent(db, fields.event ?? "")?.id;
    case "dismiss": {
      // A merge or split is dismissed by withdrawing it (its events are not one report's to rebuild).
      const seq = Number(fields.decision);
      if (isPairDecision(db, seq)) dismissPairDecision(db, who, seq, fields.reason ?? "");
      else dismissDecision(db, who, seq, fields.reason ?? "");
      return;
    }
    default:
      throw new ReviewError({ key: "error.unknownAction", vars: { action: fields.action ?? "" } });
  }
}

/** `/reports/new`: Preview (nothing stored) or Save (stored with origin 'browser'; returns its id). */
export function submitBrowserReport(viewer: Reviewer | null, fields: SubmittedReport, save: boolean) {
  mustReview(viewer);
  const checked = checkSubmittedReport(fields);
  if (!checked.ok) return { ok: false as const, errors: checked.errors as ReportError[] };
  if (!save) return { ok: true as const, id: null, body: checked.report.body, events: checked.events };
  return { ok: true as const, id: saveBrowserReport(getDatabase(), checked), body: checked.report.body, events: checked.events };
}

export { ReviewError };
