import { checkMutation } from "@/lib/auth/viewer";
import type { FormFields } from "@/lib/review/form";
import { applyReviewAction, ReviewError } from "@/lib/query/review-dal";
import { revalidateData } from "@/app/_lib/cache";
import { errorText, type ErrorRef } from "@/lib/i18n/errors";

export const dynamic = "force-dynamic";

/** Where to go back to: a path of the review pages only (never an address given by someone else). */
function back(raw: string | undefined): string {
  return raw && /^\/((ar|en)\/)?(review|reports\/|incidents\/)[^\s\\]*$/.test(raw) && !raw.startsWith("//") ? raw : "/review";
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
  let to = back(fields.back);
  try {
    const incident = applyReviewAction(viewer, fields);
    // After a merge or split, back to the incident the event now belongs to (its id may have changed).
    if (typeof incident === "string") to = to.replace(/\/incidents\/[^?]*/, `/incidents/${encodeURIComponent(incident)}`);
    revalidateData();
  } catch (e) {
    // The English text, and the message references the page writes in its language.
    const refused = (refs: ErrorRef[]) => see(to, request, { error: errorText(refs, "en"), error_ref: JSON.stringify(refs) });
    if (e instanceof ReviewError) return refused(e.refs);
    console.error("POST /api/review failed", e);
    return refused([{ key: "error.notStored" }]);
  }
  return see(to, request, { done: fields.action ?? "" });
}
