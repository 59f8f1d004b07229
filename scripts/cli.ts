#!/usr/bin/env tsx
/**
 * inshiqaq's command line: `npm run -s cli -- <command> …`.
 * Each command lives in its own module under scripts/cli/ and registers itself here.
 */
import { Command } from "commander";
import { registerResolve } from "./cli/resolve";
import { registerExtract } from "./cli/extract";
import { registerIngest } from "./cli/ingest";
import { registerIncidents } from "./cli/incidents";
import { registerUser } from "./cli/user";
import { registerExportReports } from "./cli/export-reports";

const program = new Command();
program.name("inshiqaq").description("Defections from armed groups in Syria, from Arabic reports.").showHelpAfterError();
registerResolve(program);
registerExtract(program);
registerIngest(program);
registerIncidents(program);
registerUser(program);
registerExportReports(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
