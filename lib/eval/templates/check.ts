/** What every template family's test and scripts/templates.ts do with a case: its template, and its events. */
import { extractEventsStrict } from "../../extract";
import { DEFAULT_PUBLISHED } from "../../extract/conventions";
import type { ConventionCase } from "../../extract/conventions/types";
import type { DefectionEvent } from "../../extract/types";

/** The template a case id belongs to: the id up to its last "/" ("verbs/unit/defect/6" → "verbs/unit/defect"). */
export const templateOf = (id: string): string => id.slice(0, Math.max(0, id.lastIndexOf("/")));

/** The extractor's events for a case, published on its day (default DEFAULT_PUBLISHED, a one-day window). */
export function extractCase(c: ConventionCase): DefectionEvent[] {
  const day = c.published ?? DEFAULT_PUBLISHED;
  return extractEventsStrict({ id: c.id, body: c.text, published: { start: day, end: day } });
}

/** A family's cases by template, in the order the templates first appear. */
export function byTemplate(cases: readonly ConventionCase[]): Map<string, ConventionCase[]> {
  const out = new Map<string, ConventionCase[]>();
  for (const c of cases) out.set(templateOf(c.id), [...(out.get(templateOf(c.id)) ?? []), c]);
  return out;
}
