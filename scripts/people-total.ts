/**
 * npm run -s people -- GOLD.jsonl
 *
 * The figure a chart of people sums: the best counts of all predicted events against the best counts
 * of the gold's non-optional events, and how many events were flagged "implausible-count" (their
 * figure set aside, not summed). Prints summary lines only, so it may be run on the held-out split.
 */
import { readFileSync } from "node:fs";
import { extractEventsStrict } from "../lib/extract";
import { parseGoldJsonl } from "../lib/eval/gold";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: npm run -s people -- GOLD.jsonl\n");
  process.exit(2);
}
let gold = 0;
let predicted = 0;
let flagged = 0;
let setAside = 0;
for (const r of parseGoldJsonl(readFileSync(file, "utf8"), file)) {
  for (const g of r.events) if (!g.optional && g.count) gold += g.count.best;
  for (const e of extractEventsStrict({ id: r.id, body: r.text, published: r.published })) {
    if (e.count) predicted += e.count.best;
    if (e.flags?.includes("implausible-count")) {
      flagged += 1;
      setAside += e.countSetAside?.best ?? 0;
    }
  }
}
const share = gold > 0 ? `${((predicted / gold) * 100).toFixed(1)} % of gold` : "no gold figure";
process.stdout.write(`people in all (sum of best counts): predicted ${predicted}, gold ${gold} (${share})\n`);
process.stdout.write(`events flagged implausible-count: ${flagged} (figures set aside, not counted: ${setAside})\n`);
