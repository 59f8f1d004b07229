import type { Command } from "commander";
import { extractEventsStrict } from "../../lib/extract/index";
import { todayIso } from "../../lib/reports/load";
import { groupIncidents, type Incident, type Telling } from "../../lib/incidents";
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
    .action((files: string[]) => {
      const today = todayIso();
      const tellings: Telling[] = [];
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
          extractEventsStrict(input).forEach((event, index) => tellings.push({ report: input.id, index, published: input.published, event }));
        } catch (e) {
          process.stderr.write(`incidents: ${file}: the extractor failed: ${e instanceof Error ? e.message : String(e)}\n`);
          failed++;
        }
      }
      for (const incident of groupIncidents(tellings)) process.stdout.write(incidentLine(incident) + "\n");
      if (failed > 0) process.exitCode = 1;
    });
}
