import { SingleBar, Presets } from "cli-progress";
import type { Command } from "commander";
import { defaultDatabasePath, openDatabase } from "../../lib/store/db";
import { authFor } from "../../lib/auth/auth";
import { formatSummary, ingestDirectoryParallel } from "../../lib/store/ingest";

/** Above this many files to parse, a terminal gets a progress bar. */
const PROGRESS_BAR_FROM = 300;

/**
 * `npm run -s cli -- ingest [DIR]`: loads every report of DIR (default data/reports) into the database
 * (DATABASE_PATH, default .data/inshiqaq.sqlite). Prints one line per failing report on stderr and a
 * one-line summary on stdout; exits 1 when a report failed, 2 when the folder cannot be read.
 */
export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("load the reports of DIR into the database, skipping unchanged ones and removing deleted ones")
    .argument("[dir]", "folder of report files (*.md)", "data/reports")
    .option("--db <file>", "database file (default: $DATABASE_PATH or .data/inshiqaq.sqlite)")
    .option("-q, --quiet", "print only failures and the summary")
    .option("--reextract", "re-extract every report (files and reports added in the browser) whatever its hash")
    .option("--extractor-version <v>", "record this extractor version (tests: simulate a new extractor)")
    .option("--workers <n>", "threads that read and extract reports (default: one per core from 200 changed files, else 0)")
    .action(async (dir: string, opts: { db?: string; quiet?: boolean; workers?: string; reextract?: boolean; extractorVersion?: string }) => {
      const dbFile = opts.db ?? defaultDatabasePath();
      const db = openDatabase(dbFile);
      // Accounts live in the same file: a fresh clone gets their tables at its first ingest.
      await authFor(db);
      let bar: SingleBar | null = null;
      try {
        const workers = opts.workers === undefined ? undefined : Math.max(0, Math.floor(Number(opts.workers)) || 0);
        const summary = await ingestDirectoryParallel(db, dir, {
          workers,
          reextract: opts.reextract,
          extractorVersion: opts.extractorVersion,
          onProgress: (done, total) => {
            if (done === 0 && total > PROGRESS_BAR_FROM && process.stdout.isTTY && !opts.quiet) {
              bar = new SingleBar({ format: "ingest [{bar}] {value}/{total} reports | {eta_formatted} left", hideCursor: true }, Presets.shades_classic);
              bar.start(total, 0);
            } else bar?.update(done);
          },
        });
        (bar as SingleBar | null)?.stop();
        for (const w of summary.warnings) if (!opts.quiet) process.stderr.write(`warning: ${w}\n`);
        for (const f of summary.failures) process.stderr.write(`failed: ${f.file}: ${f.reason}\n`);
        process.stdout.write(`${formatSummary(summary)}\n`);
        if (summary.failed > 0) process.exitCode = 1;
      } finally {
        (bar as SingleBar | null)?.stop();
        db.close();
      }
    });
}
