import { createInterface } from "node:readline";
import type { Command } from "commander";
import { findDateExpressionsInPhrase } from "../../lib/time/index";
import { publicationWindow } from "../../lib/time/publication";
import type { PublicationWindow } from "../../lib/time/types";

/** One output line: the input line and its matches (offset = character offset in the line). */
/** Arabic letters or Arabic-Indic digits (incl. presentation forms): a line without any is not Arabic text. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function resolveLine(line: string, published: PublicationWindow): string {
  // The command reads Arabic: a line of other text ("2021/06/13 hello") gets no matches.
  const found = ARABIC.test(line) ? findDateExpressionsInPhrase(line, published) : [];
  const matches = found.map((m) => ({
    text: m.text,
    start: m.start,
    end: m.end,
    grain: m.grain,
    rule: m.rule,
    explanation: m.explanation,
    offset: m.offset,
    // Only on future matches ("غداً"): JSON.stringify leaves an undefined field out, so past lines keep their exact shape.
    future: m.future,
  }));
  return JSON.stringify({ text: line, matches });
}

/**
 * `resolve --published <day|month|a..b>`: reads one Arabic phrase or sentence per line on stdin
 * and writes one JSON object per line: {"text", "matches": [{"text","start","end","grain","rule","explanation","offset"}]}.
 */
export function registerResolve(program: Command): void {
  program
    .command("resolve")
    .description("resolve Arabic date expressions, one phrase per stdin line, one JSON object per stdout line")
    .requiredOption("--published <when>", "publication day (2021-06-20), month (2021-06) or range (2021-06-10..2021-06-25)")
    .action(async (opts: { published: string }) => {
      const parsed = publicationWindow(opts.published);
      if (!parsed.ok) {
        process.stderr.write(`resolve: bad value for --published (${JSON.stringify(opts.published)}): ${parsed.error}\n`);
        process.exitCode = 2;
        return;
      }
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      // One write per line, so a caller driving the command line by line gets each answer at once.
      for await (const raw of rl) {
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        process.stdout.write(resolveLine(line, parsed.window) + "\n");
      }
    });
}
