/**
 * Counts of error classes on a gold set, and nothing else: no text, no id, no group name — so it can be run on the
 * untouched split to say *what kind* of error dominates without reading a report (data/dev/README.md logs each run).
 * Misses: the report has no prediction at all / it has an unmatched prediction (the group or the incident read
 * otherwise) / every prediction of it matched another gold event (an incident not told apart). False alarms: in a
 * negative report / beside a miss / in a report whose gold events are all found (an extra or a duplicate).
 * Matched events whose dates do not overlap: by the basis of the predicted date.
 * Usage: npx tsx scripts/error-classes.ts GOLD.jsonl
 */
import { readFileSync } from "node:fs";
import { extractEvents } from "../lib/extract";
import { parseGoldJsonl } from "../lib/eval/gold";
import { GroupMatcher, parseGazetteer } from "../lib/eval/group-match";
import { evaluate } from "../lib/eval/score";

const file = process.argv[2];
if (!file) {
  console.error("usage: npx tsx scripts/error-classes.ts GOLD.jsonl");
  process.exit(2);
}
const gold = parseGoldJsonl(readFileSync(file, "utf8"), file);
const matcher = new GroupMatcher(parseGazetteer(JSON.parse(readFileSync("data/groups.json", "utf8"))));
const { reports } = evaluate(gold, extractEvents, matcher);

const tally = new Map<string, number>();
const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
for (const r of reports) {
  const mandatory = r.gold.filter((g) => !g.optional).length;
  for (const gi of r.misses) {
    const g = r.gold[gi];
    const where = r.predicted.length === 0 ? "no prediction in the report" : r.falseAlarms.length > 0 ? "beside an unmatched prediction" : "every prediction matched another gold event";
    add(`miss · ${where}`);
    add(`miss · kind ${g.kind}`);
    add(`miss · count ${g.count === null ? "null" : g.count.best >= 100 ? "≥ 100" : g.count.best >= 10 ? "10–99" : "1–9"}`);
  }
  for (const _ of r.falseAlarms) {
    add(`false alarm · ${mandatory === 0 ? "in a negative report" : r.misses.length > 0 ? "beside a miss" : "gold all found (extra or duplicate)"}`);
  }
  for (const p of r.pairs) {
    if (p.datesOverlap) continue;
    add(`date apart · predicted basis ${r.predicted[p.predicted].date.basis}`);
  }
}
for (const [key, n] of [...tally].sort()) console.log(`${key.padEnd(60)} ${n}`);
