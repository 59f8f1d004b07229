import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "better-sqlite3";
import { EXTRACTOR_VERSION, extractEventsStrict } from "../extract";
import type { DefectionEvent, ReportInput } from "../extract/types";
import { todayIso } from "../reports/load";
import { composeReportFile, fieldsOf, newBrowserReportId, type ReportFields } from "../reports/compose";
import { parseReport, type Report, type ReportError } from "../reports/parse";
import { contentHash } from "./hash";
import { readStoredReport, storedReportOf, type ReportRow } from "./reports";
import { writeReport } from "./write";

/**
 * Reports added in the browser: validated as report files, stored with origin 'browser' (ingest never
 * removes them), re-extracted by `ingest --reextract`, written back as files by `export-reports`.
 */

export type SubmittedReport = Omit<ReportFields, "id" | "language" | "notes">;

export type Checked = { ok: true; report: Report; text: string; events: DefectionEvent[] } | { ok: false; errors: ReportError[] };

/** Validates a submitted report exactly as a report file, and extracts its events (nothing is stored). */
export function checkSubmittedReport(fields: SubmittedReport, options: { today?: string; id?: string } = {}): Checked {
  const today = options.today ?? todayIso();
  const id = options.id ?? newBrowserReportId(today, randomBytes(4).toString("hex"));
  const text = composeReportFile({ ...fields, url: fields.url?.trim() || null, id, language: "ar", notes: null });
  const parsed = parseReport("the form", Buffer.from(text, "utf8"), today);
  if (!parsed.ok) return parsed;
  try {
    const events = extractEventsStrict(inputOf(parsed.report));
    return { ok: true, report: parsed.report, text, events };
  } catch (e) {
    return { ok: false, errors: [{ file: "the form", field: "text", message: `the extractor failed: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

function inputOf(r: Report): ReportInput {
  return { id: r.id, body: r.body, published: r.published };
}

/** Stores a checked report and its events (one transaction); returns its id. */
export function saveBrowserReport(db: Database, checked: Extract<Checked, { ok: true }>): string {
  const exists = db.prepare("SELECT 1 FROM reports WHERE id = ?").get(checked.report.id);
  if (exists) throw new Error(`id: "${checked.report.id}" is already used`);
  writeReport(db, checked.report, checked.events, {
    contentHash: contentHash(Buffer.from(checked.text, "utf8")),
    extractorVersion: EXTRACTOR_VERSION,
    file: `${checked.report.id}.md`,
    origin: "browser",
  });
  return checked.report.id;
}

/** Re-extracts a stored report from its stored text (the decisions are re-applied by writeReport). */
export function reextractStoredReport(db: Database, id: string, version: string = EXTRACTOR_VERSION, extract: (r: ReportInput) => DefectionEvent[] = extractEventsStrict): { ok: true } | { ok: false; reason: string } {
  const report = readStoredReport(db, id);
  if (!report) return { ok: false, reason: `no report "${id}"` };
  try {
    const events = extract(inputOf(report));
    writeReport(db, report, events, { contentHash: report.contentHash, extractorVersion: version, file: report.file, origin: report.origin });
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: `the extractor failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Writes every report added in the browser to `dir` as `<id>.md`; returns the files written. */
export function exportBrowserReports(db: Database, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const rows = db.prepare("SELECT * FROM reports WHERE origin = 'browser' ORDER BY id").all() as ReportRow[];
  return rows.map(storedReportOf).map((report) => {
    const file = path.join(dir, `${report.id}.md`);
    fs.writeFileSync(file, composeReportFile(fieldsOf(report)));
    return file;
  });
}
