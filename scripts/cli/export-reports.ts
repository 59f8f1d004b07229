import type { Command } from "commander";
import { exportBrowserReports } from "../../lib/store/browser-reports";
import { defaultDatabasePath, openDatabase } from "../../lib/store/db";

/** `npm run -s cli -- export-reports DIR`: writes every report added in the browser as a report file. */
export function registerExportReports(program: Command): void {
  program
    .command("export-reports")
    .description("write the reports added in the browser to DIR as report files (<id>.md)")
    .argument("<dir>")
    .option("--db <file>")
    .action((dir: string, opts: { db?: string }) => {
      const db = openDatabase(opts.db ?? defaultDatabasePath());
      try {
        const files = exportBrowserReports(db, dir);
        for (const f of files) process.stdout.write(`${f}\n`);
        process.stderr.write(`exported ${files.length} report(s)\n`);
      } finally {
        db.close();
      }
    });
}
