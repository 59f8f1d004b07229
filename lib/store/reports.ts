import type { Database } from "better-sqlite3";
import type { Report } from "../reports/parse";

/** A stored report: its front-matter and text (a parsed report file) and the ingest bookkeeping. */
export interface StoredReport extends Report {
  contentHash: string;
  extractorVersion: string;
  ingestedAt: string;
  /** Where the report came from: a file of the corpus folder or the browser's Add report page. */
  origin: "file" | "browser";
}

/** A row of `reports` as SQLite returns it. */
export interface ReportRow {
  id: string;
  file: string;
  title: string;
  outlet: string;
  url: string | null;
  published_start: string;
  published_end: string;
  published_text: string;
  language: string;
  notes: string | null;
  body: string;
  content_hash: string;
  extractor_version: string;
  ingested_at: string;
  origin: "file" | "browser";
}

export function storedReportOf(r: ReportRow): StoredReport {
  return {
    id: r.id,
    file: r.file,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    published: { start: r.published_start, end: r.published_end },
    publishedText: r.published_text,
    language: r.language,
    notes: r.notes,
    body: r.body,
    contentHash: r.content_hash,
    extractorVersion: r.extractor_version,
    ingestedAt: r.ingested_at,
    origin: r.origin,
  };
}

/** The stored report of an id, or null. */
export function readStoredReport(db: Database, id: string): StoredReport | null {
  const row = db.prepare("SELECT * FROM reports WHERE id = ?").get(id) as ReportRow | undefined;
  return row ? storedReportOf(row) : null;
}
