import fs from "node:fs";
import Database from "better-sqlite3";
import type { Command } from "commander";
import { extractEventsStrict } from "../../lib/extract/index";
import { todayIso } from "../../lib/reports/load";
import { constraintsFrom, GAZETTEER, groupIncidents, MAX_COMPATIBLE, NO_CONSTRAINTS, pairsInForce, tellingKey, type Constraints, type Incident, type Telling } from "../../lib/incidents";
import { identify } from "../../lib/review/identity";
import { readPairDecisions } from "../../lib/store/incident-decisions";
import { readExtractFile } from "./extract";

/** One output line: the fields the issue names, tellings as {report, event index}. */
export function incidentLine(i: Incident): string {
  return JSON.stringify({
    id: i.id,
    tellings: i.tellings.map((t) => ({ report: t.report, event: t.index })),
    groups: i.groups,
    kind: i.kind,
    kinds_told: i.kindsTold,
    count: i.count,
    date: i.date,
    place: i.place,
    destination: i.destination,
    conflicts: i.conflicts,
    proposed: i.proposed,
  });
}

/**
 * `incidents FILE...`: reads report files as `extract` does, merges the tellings of one incident
 * across reports (lib/incidents) and prints one JSON object per incident per line. A file that
 * cannot be read or extracted is named on stderr; the others are still merged; exit code 1.
 */
export function registerIncidents(program: Command): void {
  program
    .command("incidents")
    .description("merge the events of report files into incidents, one JSON object per incident per line")
    .argument("<files...>", "report files (front-matter)")
    .option("--db <file>", "apply the analysts' merge and split decisions stored in this database (opened read-only)")
    .action((files: string[], options: { db?: string }) => {
      const today = todayIso();
      const tellings: Telling[] = [];
      /** `report \0 event identity` → telling key, to find the events the stored decisions name. */
      const byIdentity = new Map<string, string>();
      let failed = 0;
      for (const file of files) {
        const input = readExtractFile(file, null, today);
        if (!input.ok) {
          process.stderr.write(`incidents: ${file}: ${input.error}\n`);
          failed++;
          continue;
        }
        if (tellings.some((t) => t.report === input.id)) {
          process.stderr.write(`incidents: ${file}: report id ${input.id} was already read from another file\n`);
          failed++;
          continue;
        }
        try {
          const events = extractEventsStrict(input);
          events.forEach((event, index) => tellings.push({ report: input.id, index, published: input.published, event }));
          for (const e of identify(input.id, input.body, events)) byIdentity.set(`${input.id}\u0000${e.key}`, tellingKey({ report: input.id, index: e.index }));
        } catch (e) {
          process.stderr.write(`incidents: ${file}: the extractor failed: ${e instanceof Error ? e.message : String(e)}\n`);
          failed++;
        }
      }
      let constraints: Constraints = NO_CONSTRAINTS;
      if (options.db !== undefined) {
        const read = storedConstraints(options.db, byIdentity);
        if (!read.ok) {
          process.stderr.write(`incidents: --db ${options.db}: ${read.error}\n`);
          process.exitCode = 2;
          return;
        }
        constraints = read.constraints;
      }
      for (const incident of groupIncidents(tellings, GAZETTEER, MAX_COMPATIBLE, constraints)) process.stdout.write(incidentLine(incident) + "\n");
      if (failed > 0) process.exitCode = 1;
    });
}

/**
 * The merges and splits in force in a store, on the tellings read here: a decision names an event by
 * report and identity (lib/review/identity.ts), as ingest does; one naming an event not read here
 * constrains nothing. Review decisions on events (edits, rejections) are not applied: the tellings are
 * the extractor's.
 */
function storedConstraints(file: string, byIdentity: Map<string, string>): { ok: true; constraints: Constraints } | { ok: false; error: string } {
  if (!fs.existsSync(file)) return { ok: false, error: "does not exist" };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const decisions = readPairDecisions(db);
    return { ok: true, constraints: constraintsFrom(pairsInForce(decisions), (r) => byIdentity.get(`${r.report}\u0000${r.eventKey}`)) };
  } catch (e) {
    return { ok: false, error: `cannot read its decisions (${e instanceof Error ? e.message : String(e)})` };
  } finally {
    db?.close();
  }
}
