import fs from "node:fs";
import path from "node:path";
import { parseReport, type Report, type ReportError } from "./parse";

export interface CorpusLoad {
  reports: Report[];
  errors: ReportError[];
  warnings: ReportError[];
}

/** Today's date as an ISO day (UTC), the bound for `published`. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The report files of a corpus folder: `*.md` files, sorted by name, not recursive. */
export function listReportFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && d.name.toLowerCase().endsWith(".md"))
    .map((d) => d.name)
    .sort();
}

/**
 * Loads and validates every report in `dir`. A bad file gives errors that name it and its
 * field; the other reports still load. A duplicate id rejects the later file (by name order).
 */
export function loadReports(dir: string, today: string = todayIso()): CorpusLoad {
  const reports: Report[] = [];
  const errors: ReportError[] = [];
  const warnings: ReportError[] = [];
  const seen = new Map<string, string>();
  for (const name of listReportFiles(dir)) {
    const file = path.join(dir, name);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      errors.push({ file, field: "file", message: `cannot be read: ${(e as Error).message}` });
      continue;
    }
    const result = parseReport(file, bytes, today);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    warnings.push(...result.warnings);
    const first = seen.get(result.report.id);
    if (first) {
      errors.push({ file, field: "id", message: `"${result.report.id}" is already used by ${first}` });
      continue;
    }
    seen.set(result.report.id, file);
    reports.push(result.report);
  }
  return { reports, errors, warnings };
}
