import { stringify } from "yaml";
import type { Report } from "./parse";

/**
 * A report as a report file (front-matter + body): how a report typed in the browser is validated
 * (by parseReport, with exactly the rules and messages of files) and how it is exported. Pure.
 */

export interface ReportFields {
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  /** As typed: a day, a month or a window `a..b`. */
  published: string;
  language: string;
  notes: string | null;
  body: string;
}

/** The text of the report file holding these fields (YAML quoted by the library: no injection of other fields). */
export function composeReportFile(f: ReportFields): string {
  const front: Record<string, string> = { id: f.id, title: f.title, outlet: f.outlet };
  if (f.url) front.url = f.url;
  front.published = f.published;
  front.language = f.language;
  if (f.notes) front.notes = f.notes;
  const yaml = stringify(front, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });
  return `---\n${yaml}---\n${f.body.replace(/\r\n?/g, "\n")}${f.body.endsWith("\n") ? "" : "\n"}`;
}

/** The fields of a stored report, for export. */
export function fieldsOf(r: Pick<Report, "id" | "title" | "outlet" | "url" | "publishedText" | "language" | "notes" | "body">): ReportFields {
  return { id: r.id, title: r.title, outlet: r.outlet, url: r.url, published: r.publishedText, language: r.language, notes: r.notes, body: r.body };
}

/** A new id for a report added in the browser: `web-<day>-<random hex>` (valid as a report id). */
export function newBrowserReportId(today: string, random: string): string {
  return `web-${today.replaceAll("-", "")}-${random}`;
}
