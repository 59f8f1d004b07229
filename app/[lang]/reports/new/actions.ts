"use server";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { canReview } from "@/lib/auth/roles";
import { submitBrowserReport } from "@/lib/query/review-dal";
import type { DefectionEvent } from "@/lib/extract/types";
import { revalidateData } from "@/app/_lib/cache";

export interface FormValues {
  title: string;
  outlet: string;
  url: string;
  published: string;
  text: string;
}

export interface NewReportState {
  values: FormValues;
  errors: string[];
  preview: { body: string; events: DefectionEvent[] } | null;
}

/** The form's names for the report-file fields the validation names. */
const FIELD_LABELS: Record<string, string> = { title: "Title", outlet: "Outlet", url: "URL", published: "Published", body: "Text", text: "Text", file: "Text" };

/**
 * Preview (extract, store nothing) or Save (store the report and its events, then open its page).
 * The role is checked here, on the server, whatever the page did: an anonymous call is sent to sign in.
 */
export async function submitReport(_prev: NewReportState, form: FormData): Promise<NewReportState> {
  const viewer = await getViewer();
  if (!viewer || !canReview(viewer.role)) redirect("/sign-in?next=/reports/new");
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  const values: FormValues = { title: get("title"), outlet: get("outlet"), url: get("url"), published: get("published"), text: get("text") };
  let id: string;
  try {
    const out = submitBrowserReport(viewer, { title: values.title, outlet: values.outlet, url: values.url || null, published: values.published, body: values.text }, get("intent") === "save");
    if (!out.ok) return { values, errors: out.errors.map((e) => `${FIELD_LABELS[e.field] ?? e.field}: ${e.message}`), preview: null };
    if (out.id === null) return { values, errors: [], preview: { body: out.body, events: out.events } };
    id = out.id;
  } catch (e) {
    return { values, errors: [e instanceof Error ? e.message : String(e)], preview: null };
  }
  revalidateData();
  redirect(`/reports/${encodeURIComponent(id)}`);
}
