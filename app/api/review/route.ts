import { checkMutation } from "@/lib/auth/viewer";
import { getDatabase } from "@/lib/store/db";
import { acceptEvent, addEvent, dismissDecision, editEvent, rejectEvent, ReviewError, undoLast } from "@/lib/store/review";
import { readEventForm, type FormFields } from "@/lib/review/form";
import { gazetteerLookup } from "@/lib/review/lookup";
import { getEvent } from "@/lib/query/events";

export const dynamic = "force-dynamic";

/** Where to go back to: a path of the review pages only (never an address given by someone else). */
function back(raw: string | undefined): string {
  return raw && /^\/(review|reports\/)[^\s\\]*$/.test(raw) && !raw.startsWith("//") ? raw : "/review";
}

function see(url: string, request: Request, params: Record<string, string> = {}): Response {
  const u = new URL(url, request.url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return new Response(null, { status: 303, headers: { Location: u.pathname + u.search } });
}

/**
 * Every decision of the review queue (form POSTs, so it works without JavaScript): Origin, session
 * and role are checked first; one decision is appended and the report's events rebuilt in one
 * transaction; then back to the queue (or the report), with the error as text when refused.
 */
export async function POST(request: Request): Promise<Response> {
  const viewer = await checkMutation(request);
  if (viewer instanceof Response) return viewer;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response("Bad request: a form was expected.", { status: 400 });
  }
  const fields: FormFields = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") fields[k] = v;
  const to = back(fields.back);
  const db = getDatabase();
  const who = { id: viewer.id, name: viewer.name };
  try {
    switch (fields.action) {
      case "accept":
        acceptEvent(db, who, fields.event ?? "");
        break;
      case "reject":
        rejectEvent(db, who, fields.event ?? "", fields.reason ?? "");
        break;
      case "edit": {
        const current = getEvent(db, fields.event ?? "");
        if (!current) throw new ReviewError(`event: no event "${fields.event}"`);
        const read = readEventForm(fields, current.event, gazetteerLookup());
        if (!read.ok) throw new ReviewError(read.errors.join("; "));
        editEvent(db, who, current.row.id, read.values, fields.reason ?? "");
        break;
      }
      case "add": {
        const read = readEventForm(fields, null, gazetteerLookup());
        if (!read.ok) throw new ReviewError(read.errors.join("; "));
        const where = fields.passage !== undefined ? { passage: fields.passage } : { start: Number(fields.start), end: Number(fields.end) };
        addEvent(db, who, fields.report ?? "", where, read.values, fields.reason ?? "");
        break;
      }
      case "undo":
        if (undoLast(db, who) === null) throw new ReviewError("undo: you have no decision to undo");
        break;
      case "dismiss":
        dismissDecision(db, who, Number(fields.decision), fields.reason ?? "");
        break;
      default:
        throw new ReviewError(`action: "${fields.action ?? ""}" is not a review action`);
    }
  } catch (e) {
    if (e instanceof ReviewError) return see(to, request, { error: e.message });
    console.error("POST /api/review failed", e);
    return see(to, request, { error: "the decision could not be stored; nothing was changed" });
  }
  return see(to, request, { done: fields.action ?? "" });
}
