import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "better-sqlite3";
import groupsData from "../../data/groups.json";
import placesData from "../../data/places.json";
import { EXTRACTOR_VERSION, extractEvents } from "../extract";
import type { DefectionEvent, ReportInput } from "../extract/types";
import { listReportFiles, todayIso } from "../reports/load";
import { formatReportError, parseReport } from "../reports/parse";
import { deleteReport, upsertGazetteers, writeReport, type GazetteerGroup, type GazetteerPlace } from "./write";

/**
 * Ingest: make the database mirror a folder of report files.
 * - An unchanged report (same bytes, same extractor version) is skipped without parsing.
 * - A new or changed one is parsed, extracted and written in ONE transaction (writeReport), so a
 *   kill leaves the database as it was before the report in progress.
 * - A report whose file is gone is removed; one whose file fails keeps its last good version.
 * - A failing report (validation, duplicate id, extractor error) is reported by file and the rest go on.
 */

export interface IngestFailure {
  /** The file as a person finds it: the folder joined with the file name. */
  file: string;
  reason: string;
}

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  failed: number;
  failures: IngestFailure[];
  warnings: string[];
  /** Files looked at. */
  files: number;
}

export interface IngestOptions {
  extract?: (report: ReportInput) => DefectionEvent[];
  extractorVersion?: string;
  /** The bound for `published` (default: today, UTC). */
  today?: string;
  /** Gazetteers to upsert (default: data/groups.json and data/places.json); null to skip. */
  gazetteers?: { groups: GazetteerGroup[]; places: GazetteerPlace[] } | null;
  /** Called once the work is known (`total` = files to parse) and after each of them. */
  onProgress?: (done: number, total: number) => void;
}

/** sha256 of the file's bytes: a report is re-read only when its bytes (or the extractor) change. */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The line the CLI prints. */
export function formatSummary(s: IngestSummary): string {
  return `added ${s.added}, updated ${s.updated}, unchanged ${s.unchanged}, removed ${s.removed}, failed ${s.failed}`;
}

interface StoredRow {
  id: string;
  file: string;
  content_hash: string;
  extractor_version: string;
}

const DEFAULT_GAZETTEERS = {
  groups: (groupsData as { groups: GazetteerGroup[] }).groups,
  places: (placesData as { places: GazetteerPlace[] }).places,
};

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Ingests every `*.md` report of `dir` (not recursive). Throws, touching nothing, when the folder
 * cannot be read: a typo in a path must never look like "every report was deleted".
 */
export function ingestDirectory(db: Database, dir: string, options: IngestOptions = {}): IngestSummary {
  const extract = options.extract ?? extractEvents;
  const version = options.extractorVersion ?? EXTRACTOR_VERSION;
  const today = options.today ?? todayIso();
  let names: string[];
  try {
    names = listReportFiles(dir);
  } catch (e) {
    throw new Error(`cannot read the report folder ${dir}: ${message(e)}`);
  }

  const summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, removed: 0, failed: 0, failures: [], warnings: [], files: names.length };
  const fail = (name: string, reason: string) => {
    summary.failed += 1;
    summary.failures.push({ file: path.join(dir, name), reason });
  };

  const gazetteers = options.gazetteers === undefined ? DEFAULT_GAZETTEERS : options.gazetteers;
  if (gazetteers) upsertGazetteers(db, gazetteers.groups, gazetteers.places);

  const stored = db.prepare("SELECT id, file, content_hash, extractor_version FROM reports").all() as StoredRow[];
  const storedByFile = new Map<string, StoredRow>();
  const storedById = new Map<string, StoredRow>();
  for (const row of stored) {
    storedByFile.set(row.file, row);
    storedById.set(row.id, row);
  }
  const present = new Set(names);
  /** id → the file that holds it in this run. */
  const claimed = new Map<string, string>();
  /** Files that failed: their last good version stays in the database. */
  const failedFiles = new Set<string>();

  // Pass 1: hash every file; unchanged ones claim their id before any changed file is parsed,
  // so a new file that reuses an id loses to the file already stored under it.
  const pending: { name: string; hash: string }[] = [];
  for (const name of names) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(dir, name));
    } catch (e) {
      failedFiles.add(name);
      fail(name, `cannot be read: ${message(e)}`);
      continue;
    }
    const hash = contentHash(bytes);
    const row = storedByFile.get(name);
    if (row && row.content_hash === hash && row.extractor_version === version && !claimed.has(row.id)) {
      claimed.set(row.id, name);
      summary.unchanged += 1;
    } else pending.push({ name, hash });
  }

  // Pass 2: parse, extract and write the new and changed files, each in its own transaction.
  options.onProgress?.(0, pending.length);
  pending.forEach(({ name, hash }, i) => {
    try {
      const file = path.join(dir, name);
      const bytes = fs.readFileSync(file);
      const parsed = parseReport(file, bytes, today);
      if (!parsed.ok) {
        failedFiles.add(name);
        fail(name, parsed.errors.map((e) => `${e.field}: ${e.message}`).join("; "));
        return;
      }
      for (const w of parsed.warnings) summary.warnings.push(formatReportError(w));
      const report = parsed.report;
      const holder = claimed.get(report.id);
      const owner = storedById.get(report.id);
      const rival = holder ?? (owner && owner.file !== name && present.has(owner.file) ? owner.file : undefined);
      if (rival !== undefined) {
        failedFiles.add(name);
        fail(name, `id: "${report.id}" is already used by ${path.join(dir, rival)}; this file was not ingested`);
        return;
      }
      let events: DefectionEvent[];
      try {
        events = extract({ id: report.id, body: report.body, published: report.published });
      } catch (e) {
        failedFiles.add(name);
        fail(name, `the extractor failed: ${message(e)}`);
        return;
      }
      const outcome = writeReport(db, { ...report, file: name }, events, { contentHash: hash, extractorVersion: version, file: name });
      claimed.set(report.id, name);
      summary[outcome] += 1;
    } catch (e) {
      failedFiles.add(name);
      fail(name, message(e));
    } finally {
      options.onProgress?.(i + 1, pending.length);
    }
  });

  // Pass 3: remove what no file holds any more (a failed file keeps its last good version).
  for (const row of stored) {
    if (claimed.has(row.id) || failedFiles.has(row.file)) continue;
    if (deleteReport(db, row.id)) summary.removed += 1;
  }
  return summary;
}
