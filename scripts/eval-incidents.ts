/**
 * npm run -s eval:incidents [-- GOLD.jsonl ...] [--verbose]
 *
 * Runs the extractor and the incident merging (lib/incidents) over every report of the gold files
 * together (default: data/dev/real-tune.jsonl + data/dev/real-untouched.jsonl, the 96 real reports)
 * and scores the merging against their `same_as` links (lib/eval/incident-pairs.ts): pairs found
 * and false merges. Gold events are paired with extracted ones as `npm run eval` pairs them.
 * `--verbose` lists the missed and wrong pairs, and every merged pair nobody annotated (to judge by hand).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractEvents } from "../lib/extract";
import { parseGoldJsonl } from "../lib/eval/gold";
import { GroupMatcher, parseGazetteer } from "../lib/eval/group-match";
import { goldPairs, sameAsLinks, scoreIncidentPairs } from "../lib/eval/incident-pairs";
import { scoreReport } from "../lib/eval/score";
import { groupIncidents, tellingKey, type Telling } from "../lib/incidents";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose") || args.includes("-v");
const files = args.filter((a) => !a.startsWith("-"));
if (files.length === 0) files.push("data/dev/real-tune.jsonl", "data/dev/real-untouched.jsonl");

const matcher = new GroupMatcher(parseGazetteer(JSON.parse(readFileSync(path.join(process.cwd(), "data", "groups.json"), "utf8"))));
const tellings: Telling[] = [];
const toTelling = new Map<string, string>();
/** Found gold events whose extracted date range overlaps the gold range. */
const datedRight = new Set<string>();
const rawRecords: Array<{ id: string; events: Array<{ same_as?: unknown }> }> = [];
const linksByFile = new Map<string, Array<[string, string]>>();
for (const file of files) {
  const content = readFileSync(file, "utf8");
  const raw = content.split(/\r?\n/).filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as { id: string; events: Array<{ same_as?: unknown }> });
  rawRecords.push(...raw);
  linksByFile.set(file, sameAsLinks(raw));
  for (const report of parseGoldJsonl(content, file)) {
    const events = extractEvents({ id: report.id, body: report.text, published: report.published });
    events.forEach((event, index) => tellings.push({ report: report.id, index, published: report.published, event }));
    for (const pair of scoreReport(report.id, report.events, events, matcher).pairs) {
      toTelling.set(`${report.id}#${pair.gold}`, tellingKey({ report: report.id, index: pair.predicted }));
      if (pair.datesOverlap) datedRight.add(`${report.id}#${pair.gold}`);
    }
  }
}

const incidents = groupIncidents(tellings);
const members = incidents.map((i) => i.tellings.map(tellingKey));
const indexOf = new Map(incidents.map((i, n) => [i.id, n]));
const proposed = incidents.map((i) => i.proposed.map((id) => indexOf.get(id) as number));
const proposedPairs = proposed.reduce((n, p) => n + p.length, 0) / 2;
// dev-reports-2 (r*) filled in `same_as`, also towards dev-reports (d*); the d* reports' own links
// were never annotated (null everywhere), so a merge of two d* tellings is not judged.
const annotated = (telling: string) => telling.startsWith("r");

const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
const all = scoreIncidentPairs(goldPairs(sameAsLinks(rawRecords)), toTelling, members, proposed, annotated);
console.log(`reports ${rawRecords.length}, tellings ${tellings.length}, incidents ${incidents.length} (${incidents.filter((i) => i.tellings.length > 1).length} told by several reports), proposed merges ${proposedPairs}`);
console.log(`gold same-incident pairs ${all.goldPairs}, judged ${all.judged} (both events found by the extractor)`);
console.log(`pairs found   ${all.found}/${all.judged} = ${pct(all.found, all.judged)}   (${all.proposedOnly} more only proposed)`);
console.log(`false merges  ${all.falseMerges}/${all.merged} = ${pct(all.falseMerges, all.merged)} of the pairs merged (${all.unjudgedMerges} more merged pairs of d* reports only, not annotated)`);
const wellDated = goldPairs(sameAsLinks(rawRecords)).filter(([a, b]) => datedRight.has(a) && datedRight.has(b));
const dated = scoreIncidentPairs(wellDated, toTelling, members, proposed, annotated);
console.log(`  of the judged pairs whose two extracted dates overlap their gold dates: found ${dated.found}/${dated.judged} = ${pct(dated.found, dated.judged)}`);
for (const [file, links] of linksByFile) {
  const s = scoreIncidentPairs(goldPairs(links), toTelling, members, proposed, annotated);
  console.log(`  links of ${path.basename(file)}: found ${s.found}/${s.judged} = ${pct(s.found, s.judged)} (of ${s.goldPairs} gold pairs)`);
}
if (verbose) {
  for (const [a, b] of all.missed) console.log(`MISSED  ${a} ~ ${b}  (tellings ${toTelling.get(a) ?? "not found"} / ${toTelling.get(b) ?? "not found"})`);
  for (const [a, b] of all.wrong) console.log(`WRONG   ${a} + ${b}`);
  // Merges nobody annotated, to be judged by hand: each with what merged it.
  const describe = (t: Telling) => `${tellingKey(t)} ${t.event.groups.map((g) => g.id ?? g.text).join("+")} ${t.event.date.start}..${t.event.date.end} (${t.event.date.basis}) n=${t.event.count?.best ?? "?"}`;
  for (const i of incidents) {
    const told = i.tellings;
    for (let a = 0; a < told.length; a++) {
      for (let b = a + 1; b < told.length; b++) {
        if (!annotated(tellingKey(told[a])) && !annotated(tellingKey(told[b]))) console.log(`UNJUDGED  ${describe(told[a])}  +  ${describe(told[b])}`);
      }
    }
  }
}
