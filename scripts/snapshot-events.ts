/**
 * npx tsx scripts/snapshot-events.ts GOLD.jsonl OUT.jsonl
 *
 * Writes the extractor's events for every report of a gold file, one JSON line per report:
 * {"id", "extractor", "events": [...]}. Used to keep, as training data for the confidence
 * model, what an earlier extractor found in reports it had not been tuned on (see
 * data/dev/confidence/README.md). Uses only modules every extractor version has, so it can be
 * copied into a checkout of an older commit and run there.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { extractEvents, EXTRACTOR_VERSION } from "../lib/extract";
import { parseGoldJsonl } from "../lib/eval/gold";

const [goldFile, outFile] = process.argv.slice(2);
if (!goldFile || !outFile) {
  process.stderr.write("usage: npx tsx scripts/snapshot-events.ts GOLD.jsonl OUT.jsonl\n");
  process.exit(2);
}
const gold = parseGoldJsonl(readFileSync(goldFile, "utf8"), goldFile);
const lines = gold.map((r) => JSON.stringify({ id: r.id, extractor: EXTRACTOR_VERSION, events: extractEvents({ id: r.id, body: r.text, published: r.published }) }));
writeFileSync(outFile, `${lines.join("\n")}\n`);
process.stdout.write(`${outFile}: ${gold.length} reports, extractor ${EXTRACTOR_VERSION}\n`);
