/**
 * npx tsx scripts/incidents-chance.ts [FROM TO] [--every N]
 *
 * Merges by chance: the incident rules (lib/incidents) over the synthetic corpus of the benches
 * (bench/synth.ts, seed 1: 57,157 reports, 100,000 events over 2011–2025, a few big groups taking most
 * of them), where every report tells its own incidents, so that every merge is a merge by chance. Takes
 * the reports published FROM..TO (default 2015) and, with `--every N`, one report in N (a sparser
 * corpus). Prints the merges, the proposed merges, and the links made by a story retold within a week
 * whose dates do not meet (lib/incidents/rules/retold.ts) with how many of them were merged.
 * `--joined` (round 10) gives every destination of the corpus (half its tellings; areas there) a gazetteer group
 * of another side, drawn from the corpus's own tellings (so big groups are joined as often as they are told), so
 * that the crossed-roles rule (lib/incidents/rules/roles.ts) can link by chance; it prints those links too.
 */
import { syntheticReport } from "../bench/synth";
import { compatible, groupIncidents, tellingKey, type Telling } from "../lib/incidents";
import { countsCompatible } from "../lib/incidents/rules/counts";
import { datesCompatible } from "../lib/incidents/rules/dates";
import { rolesCrossed } from "../lib/incidents/rules/roles";
import { GAZETTEER } from "../lib/incidents";
import groupsData from "../data/groups.json";

const REPORTS = 57_157;
const args = process.argv.slice(2);
const everyAt = args.indexOf("--every");
const every = everyAt >= 0 ? Number(args[everyAt + 1]) : 1;
const [from = "2015-01-01", to = "2015-12-31"] = args.filter((a, i) => !a.startsWith("--") && i !== everyAt + 1);

const tellings: Telling[] = [];
for (let i = 0; i < REPORTS; i += every) {
  const s = syntheticReport(i, 1);
  if (s.report.published.start < from || s.report.published.start > to) continue;
  s.events.forEach((event, index) => tellings.push({ report: s.report.id, index, published: s.report.published, event }));
}
if (args.includes("--joined")) {
  const side = new Map((groupsData as { groups: Array<{ id: string; side: string }> }).groups.map((g) => [g.id, g.side]));
  const sideOf = (t: Telling) => side.get(t.event.groups[0]?.id ?? "");
  tellings.forEach((t, i) => {
    if (t.event.destination === null) return;
    // The group of another side told nearest after a pseudo-random telling of the corpus.
    for (let k = 0, j = (i * 7919 + 13) % tellings.length; k < tellings.length; k++, j = (j + 1) % tellings.length) {
      const other = tellings[j].event.groups[0]?.id;
      if (other && sideOf(tellings[j]) !== sideOf(t)) {
        tellings[i] = { ...t, event: { ...t.event, destination: { ...t.event.destination, group_id: other } } };
        return;
      }
    }
  });
}
const incidents = groupIncidents(tellings);
const merged = incidents.filter((i) => i.tellings.length > 1);
const proposed = incidents.reduce((n, i) => n + i.proposed.length, 0) / 2;
console.log(`${from}..${to}, one report in ${every}: tellings ${tellings.length}, incidents ${incidents.length}, merged ${merged.length} (${merged.filter((i) => i.conflicts.some((c) => c.type === "date")).length} with a date conflict), proposed pairs ${proposed}`);

const incidentOf = new Map(incidents.flatMap((i) => i.tellings.map((t) => [tellingKey(t), i.id] as const)));
let retoldOnly = 0;
let retoldMerged = 0;
let [crossed, crossedMerged] = [0, 0];
for (let i = 0; i < tellings.length; i++) {
  for (let j = i + 1; j < tellings.length; j++) {
    const [a, b] = [tellings[i], tellings[j]];
    if (rolesCrossed(a, b, GAZETTEER)) {
      crossed++;
      if (incidentOf.get(tellingKey(a)) === incidentOf.get(tellingKey(b))) crossedMerged++;
      continue;
    }
    if (!compatible(a, b) || (datesCompatible(a.event.date, b.event.date) && countsCompatible(a.event.count, b.event.count))) continue;
    retoldOnly++;
    if (incidentOf.get(tellingKey(a)) === incidentOf.get(tellingKey(b))) retoldMerged++;
  }
}
console.log(`links by a story retold within a week whose dates do not meet: ${retoldOnly}, merged ${retoldMerged}`);
console.log(`pairs read in crossed roles (rules/roles.ts): ${crossed}, merged ${crossedMerged}`);
