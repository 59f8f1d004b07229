import { contentHash } from "./hash";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Database } from "better-sqlite3";
import groupsData from "../../data/groups.json";
import placesData from "../../data/places.json";
import { EXTRACTOR_VERSION, extractEventsStrict } from "../extract";
import type { DefectionEvent, ReportInput } from "../extract/types";
import { listReportFiles, todayIso } from "../reports/load";
import { formatReportError, parseReport, type Report } from "../reports/parse";
import { syncIncidents } from "./incidents";
import { reextractStoredReport } from "./browser-reports";
import { deleteReport, searchText, upsertGazetteers, writeReport, type GazetteerGroup, type GazetteerPlace } from "./write";

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
  /** Re-extract every report whatever its hash (files and reports added in the browser). */
  reextract?: boolean;
  /** Called once the work is known (`total` = files to parse) and after each of them. */
  onProgress?: (done: number, total: number) => void;
}

export { contentHash } from "./hash";

/** The line the CLI prints. */
export function formatSummary(s: IngestSummary): string {
  return `added ${s.added}, updated ${s.updated}, unchanged ${s.unchanged}, removed ${s.removed}, failed ${s.failed}`;
}

interface StoredRow {
  id: string;
  file: string;
  content_hash: string;
  extractor_version: string;
  origin: "file" | "browser";
}

const DEFAULT_GAZETTEERS = {
  groups: (groupsData as { groups: GazetteerGroup[] }).groups,
  places: (placesData as { places: GazetteerPlace[] }).places,
};

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** What reading one changed file gives: a report with its events, or the reason it fails. */
export type PreparedReport =
  | { ok: true; report: Report; events: DefectionEvent[]; warnings: string[]; searchText: string }
  | { ok: false; reason: string };

/**
 * Reads, validates and extracts one report file (pure of the database: runs in worker threads too).
 * The strict extractor: a crash is this file's failure, named by the ingest, never a silent "no events".
 */
export function prepareReport(dir: string, name: string, today: string, extract: (r: ReportInput) => DefectionEvent[] = extractEventsStrict): PreparedReport {
  const file = path.join(dir, name);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, reason: `cannot be read: ${message(e)}` };
  }
  const parsed = parseReport(file, bytes, today);
  if (!parsed.ok) return { ok: false, reason: parsed.errors.map((e) => `${e.field}: ${e.message}`).join("; ") };
  try {
    const events = extract({ id: parsed.report.id, body: parsed.report.body, published: parsed.report.published });
    return { ok: true, report: parsed.report, events, warnings: parsed.warnings.map(formatReportError), searchText: searchText(parsed.report) };
  } catch (e) {
    return { ok: false, reason: `the extractor failed: ${message(e)}` };
  }
}

/** The bookkeeping of one run, shared by the sequential and the parallel ingest. */
class IngestRun {
  readonly summary: IngestSummary;
  readonly pending: { name: string; hash: string }[] = [];
  private readonly stored: StoredRow[];
  private readonly storedById = new Map<string, StoredRow>();
  private readonly present: Set<string>;
  /** id → the file that holds it in this run. */
  private readonly claimed = new Map<string, string>();
  /** Files that failed: their last good version stays in the database. */
  private readonly failedFiles = new Set<string>();

  private readonly reextract: boolean;

  constructor(
    private readonly db: Database,
    readonly dir: string,
    readonly version: string,
    options: IngestOptions,
  ) {
    this.reextract = options.reextract ?? false;
    let names: string[];
    try {
      names = listReportFiles(dir);
    } catch (e) {
      throw new Error(`cannot read the report folder ${dir}: ${message(e)}`);
    }
    this.present = new Set(names);
    this.summary = { added: 0, updated: 0, unchanged: 0, removed: 0, failed: 0, failures: [], warnings: [], files: names.length };
    // Many small transactions: let the WAL grow to ~40 MB between checkpoints, so that the pages every
    // report touches (indexes, search segments) are copied back to the database once, not once per report.
    db.pragma("wal_autocheckpoint = 10000");
    const gazetteers = options.gazetteers === undefined ? DEFAULT_GAZETTEERS : options.gazetteers;
    if (gazetteers) upsertGazetteers(db, gazetteers.groups, gazetteers.places);
    this.stored = db.prepare("SELECT id, file, content_hash, extractor_version, origin FROM reports").all() as StoredRow[];
    const storedByFile = new Map<string, StoredRow>();
    for (const row of this.stored) {
      // A report added in the browser has no file here: it is never removed, and its id stays taken.
      if (row.origin === "file") storedByFile.set(row.file, row);
      this.storedById.set(row.id, row);
    }
    // Hash every file; unchanged ones claim their id before any changed file is parsed,
    // so a new file that reuses an id loses to the file already stored under it.
    for (const name of names) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(path.join(dir, name));
      } catch (e) {
        this.fail(name, `cannot be read: ${message(e)}`);
        continue;
      }
      const hash = contentHash(bytes);
      const row = storedByFile.get(name);
      if (!this.reextract && row && row.content_hash === hash && row.extractor_version === version && !this.claimed.has(row.id)) {
        this.claimed.set(row.id, name);
        this.summary.unchanged += 1;
      } else this.pending.push({ name, hash });
    }
  }

  fail(name: string, reason: string): void {
    this.failedFiles.add(name);
    this.summary.failed += 1;
    this.summary.failures.push({ file: path.join(this.dir, name), reason });
  }

  /** Writes one prepared report in its own transaction (or records why it fails). */
  apply(name: string, hash: string, prepared: PreparedReport): void {
    if (!prepared.ok) return this.fail(name, prepared.reason);
    this.summary.warnings.push(...prepared.warnings);
    const { report, events } = prepared;
    const owner = this.storedById.get(report.id);
    if (owner?.origin === "browser") return this.fail(name, `id: "${report.id}" is already used by a report added in the browser; this file was not ingested`);
    const rival = this.claimed.get(report.id) ?? (owner && owner.file !== name && this.present.has(owner.file) ? owner.file : undefined);
    if (rival !== undefined) return this.fail(name, `id: "${report.id}" is already used by ${path.join(this.dir, rival)}; this file was not ingested`);
    try {
      const outcome = writeReport(this.db, { ...report, file: name }, events, {
        contentHash: hash,
        extractorVersion: this.version,
        file: name,
        searchText: prepared.searchText,
      });
      this.claimed.set(report.id, name);
      this.summary[outcome] += 1;
    } catch (e) {
      this.fail(name, message(e));
    }
  }

  /** Removes what no file holds any more (a failed file keeps its last good version). */
  finish(): IngestSummary {
    if (this.reextract) {
      for (const row of this.stored) {
        if (row.origin !== "browser") continue;
        const outcome = reextractStoredReport(this.db, row.id, this.version);
        if (outcome.ok) this.summary.updated += 1;
        else this.fail(`(browser) ${row.id}`, outcome.reason);
      }
    }
    for (const row of this.stored) {
      if (row.origin === "browser" || this.claimed.has(row.id) || this.failedFiles.has(row.file)) continue;
      if (deleteReport(this.db, row.id)) this.summary.removed += 1;
    }
    // A store written before incidents existed gets them now; otherwise this finds nothing to do.
    syncIncidents(this.db);
    if (this.summary.added + this.summary.updated + this.summary.removed > 0) this.db.pragma("optimize");
    this.db.pragma("wal_autocheckpoint = 1000");
    this.db.pragma("wal_checkpoint(PASSIVE)");
    return this.summary;
  }
}

/**
 * Ingests every `*.md` report of `dir` (not recursive), in this thread. Throws, touching nothing, when
 * the folder cannot be read: a typo in a path must never look like "every report was deleted".
 */
export function ingestDirectory(db: Database, dir: string, options: IngestOptions = {}): IngestSummary {
  const today = options.today ?? todayIso();
  const run = new IngestRun(db, dir, options.extractorVersion ?? EXTRACTOR_VERSION, options);
  options.onProgress?.(0, run.pending.length);
  run.pending.forEach(({ name, hash }, i) => {
    run.apply(name, hash, prepareReport(dir, name, today, options.extract));
    options.onProgress?.(i + 1, run.pending.length);
  });
  return run.finish();
}

/** From this many files to read, the parallel ingest starts worker threads. */
export const PARALLEL_FROM = 200;

/**
 * The same ingest with the reading, validation and extraction of changed files spread over worker
 * threads (the real extractor only); this thread writes the results in file-name order, each report
 * in its own transaction, so the outcome is exactly the sequential one.
 */
export async function ingestDirectoryParallel(db: Database, dir: string, options: Omit<IngestOptions, "extract"> & { workers?: number } = {}): Promise<IngestSummary> {
  const today = options.today ?? todayIso();
  const run = new IngestRun(db, dir, options.extractorVersion ?? EXTRACTOR_VERSION, options);
  const total = run.pending.length;
  const workers = Math.min(options.workers ?? (total >= PARALLEL_FROM ? Math.min(os.availableParallelism(), 4) : 0), Math.ceil(total / 50));
  options.onProgress?.(0, total);
  if (workers <= 0) {
    run.pending.forEach(({ name, hash }, i) => {
      run.apply(name, hash, prepareReport(dir, name, today));
      options.onProgress?.(i + 1, total);
    });
    return run.finish();
  }
  const results = new Map<number, PreparedReport>();
  let next = 0; // next file to hand out
  let written = 0; // next file to write
  const WINDOW = 64 * workers; // files handed out but not yet written: bounds memory
  const pool = Array.from({ length: workers }, () => new Worker(path.join(__dirname, "ingest-worker.cjs")));
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (w: Worker) => {
        if (next < total && next - written < WINDOW) {
          w.postMessage({ index: next, dir, name: run.pending[next].name, today });
          next += 1;
          return true;
        }
        return false;
      };
      const idle: Worker[] = [];
      for (const w of pool) {
        w.on("message", (m: { index: number; prepared: PreparedReport }) => {
          results.set(m.index, m.prepared);
          while (results.has(written)) {
            const p = results.get(written)!;
            results.delete(written);
            run.apply(run.pending[written].name, run.pending[written].hash, p);
            written += 1;
            options.onProgress?.(written, total);
          }
          if (written === total) return resolve();
          if (!feed(w)) idle.push(w);
          while (idle.length > 0 && feed(idle[idle.length - 1])) idle.pop();
        });
        w.on("error", reject);
        w.on("exit", (code) => {
          if (written < total) reject(new Error(`an ingest worker stopped (exit code ${code})`));
        });
        for (let k = 0; k < 2; k++) if (!feed(w)) break; // two in flight per worker
      }
      if (total === 0) resolve();
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return run.finish();
}
