import { readFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { extractEventsStrict } from "../../lib/extract/index";
import { decodeUtf8, parseReport } from "../../lib/reports/parse";
import { todayIso } from "../../lib/reports/load";
import { publicationWindow } from "../../lib/time/publication";
import type { PublicationWindow } from "../../lib/time/types";

export type ExtractInput = { ok: true; id: string; body: string; published: PublicationWindow } | { ok: false; error: string };

/**
 * Reads one input file: a report file (front-matter with id and published, as in data/reports/)
 * or, when `published` is given, plain text whose id is the file's base name.
 */
/** Reads an input file from disk: a missing or unreadable file is an error that says so, like a bad one. */
export function readExtractFile(file: string, published: PublicationWindow | null, today: string): ExtractInput {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, error: (e as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : `cannot be read (${(e as Error).message})` };
  }
  return readExtractInput(file, bytes, published, today);
}

export function readExtractInput(file: string, bytes: Uint8Array, published: PublicationWindow | null, today: string): ExtractInput {
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, error: "is not UTF-8 text" };
  if (/^\uFEFF?---[ \t]*\r?\n/.test(text)) {
    const parsed = parseReport(file, bytes, today);
    if (!parsed.ok) return { ok: false, error: parsed.errors.map((e) => `${e.field} ${e.message}`).join("; ") };
    return { ok: true, id: parsed.report.id, body: parsed.report.body, published: published ?? parsed.report.published };
  }
  if (!published) return { ok: false, error: "has no front-matter; give --published for plain text" };
  if (text.trim() === "") return { ok: false, error: "is empty" };
  const id = path.basename(file).replace(/\.[^.]*$/, "");
  return { ok: true, id, body: text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), published };
}

/** One output line for a report (throws when the extractor fails, so the caller can name the file). */
export function extractLine(input: { id: string; body: string; published: PublicationWindow }): string {
  // The date's message references are for the pages (their language); the command keeps its shape, with the English sentence.
  const events = extractEventsStrict(input).map((event) => {
    const { explanationRefs: _refs, ...date } = event.date;
    return { ...event, date }; // `date` keeps its place among the keys
  });
  return JSON.stringify({ id: input.id, published: { start: input.published.start, end: input.published.end }, events });
}

/**
 * `extract FILE... [--published <day|month|a..b>]`: one JSON object per report per stdout line,
 * {"id","published":{"start","end"},"events":[Event]}. A file that cannot be read or parsed gives
 * one error line on stderr naming it; the others are still processed; the exit code is 1 if any failed.
 */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract defection events from report files, one JSON object per report per line")
    .argument("<files...>", "report files (front-matter) or plain-text files (with --published)")
    .option("--published <when>", "publication day (2021-06-20), month (2021-06) or range (2021-06-10..2021-06-25) for plain-text files")
    .action((files: string[], opts: { published?: string }) => {
      let published: PublicationWindow | null = null;
      if (opts.published !== undefined) {
        const parsed = publicationWindow(opts.published);
        if (!parsed.ok) {
          process.stderr.write(`extract: bad value for --published (${JSON.stringify(opts.published)}): ${parsed.error}\n`);
          process.exitCode = 2;
          return;
        }
        published = parsed.window;
      }
      const today = todayIso();
      let failed = 0;
      for (const file of files) {
        const input = readExtractFile(file, published, today);
        if (!input.ok) {
          process.stderr.write(`extract: ${file}: ${input.error}\n`);
          failed++;
          continue;
        }
        try {
          process.stdout.write(extractLine(input) + "\n");
        } catch (e) {
          process.stderr.write(`extract: ${file}: the extractor failed: ${e instanceof Error ? e.message : String(e)}\n`);
          failed++;
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}
