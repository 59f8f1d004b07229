/**
 * npm run -s eval:incidents [-- GOLD.jsonl ...] [--verbose]
 *
 * Runs the extractor and the incident merging (lib/incidents) over every report of the gold files
 * together (default: data/dev/real-tune.jsonl + data/dev/real-untouched.jsonl, the 96 real reports)
 * and scores the merging against their `same_as` links (lib/eval/incident-pairs.ts): pairs found
 * and false merges. Gold events are paired with extracted ones as `npm run eval` pairs them.
 * `--verbose` lists the missed and wrong pairs, and every merged or proposed pair nobody annotated (to judge by hand).
 * `--perturb` scores the same-incident pairs again with one telling changed the way outlets differ
 * (lib/eval/incident-perturbations.ts: figure, kind, place, group, date), one telling at a time, and
 * counts the false merges of pairs of different incidents of one group, or of a group and the group its men
 * joined (round 10; the first file's tellings)
 * published 1 to 21 days apart, under the same changes; `--wrong-dates` does it for the dates only.
 * `--figures` prints how often two tellings of one group (from different reports) give the same figure:
 * what makes a figure distinctive (lib/incidents/rules/retold.ts).
 * `--why` prints, as counts only, the rule that kept each missed gold pair apart and (round 9) how its groups
 * differ or how its publications, dates, places and figures stand (lib/eval/incident-why.ts).
 * `--templates [--verbose]` reads no file: it scores pairs of tellings written from the language
 * (lib/eval/incident-templates.ts) through the extractor and the incident rules, per variation.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractEvents } from "../lib/extract";
import { parseGoldJsonl } from "../lib/eval/gold";
import { GroupMatcher, parseGazetteer } from "../lib/eval/group-match";
import { goldPairs, sameAsLinks, scoreIncidentPairs } from "../lib/eval/incident-pairs";
import { scoreReport } from "../lib/eval/score";
import { GAZETTEER, groupIncidents, tellingKey, type Incident, type Telling } from "../lib/incidents";
import { countPrecision } from "../lib/incidents/rules/counts";
import { sameGroup } from "../lib/incidents/rules/groups";
import { storiesMeet } from "../lib/incidents/compatible";
import { countsCompatible } from "../lib/incidents/rules/counts";
import { datesCompatible } from "../lib/incidents/rules/dates";
import { placesCompatible } from "../lib/incidents/rules/places";
import { readAsJoined, rolesCrossed } from "../lib/incidents/rules/roles";
import { PERTURBATIONS, publishedAfter } from "../lib/eval/incident-perturbations";
import { crowdTelling, templatePairs } from "../lib/eval/incident-templates";
import { groupsFacet, lookingBackFacet, rolesFacet, storyFacets } from "../lib/eval/incident-why";
import { runPair, scoreVariations } from "../lib/eval/incident-templates-score";

/** Same-incident pairs of invented reports, judged by hand (the Al-Qaim crossing of 7 December 2024). */
const HAND_JUDGED_SAME: Array<[string, string]> = [["d39~0", "m18~0"]];
/** Days between the publications of two different incidents' reports in the false-merge trials. */
const GAPS = [1, 4, 7, 14, 21];
const pairId = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/** Whether two tellings ended in one incident, in proposed ones, or apart. */
function outcome(incidents: Incident[], [a, b]: readonly [string, string]): "merged" | "proposed" | "apart" {
  const of = (k: string) => incidents.find((i) => i.tellings.some((t) => tellingKey(t) === k)) as Incident;
  const [ia, ib] = [of(a), of(b)];
  return ia === ib ? "merged" : ia.proposed.includes(ib.id) ? "proposed" : "apart";
}

const args = process.argv.slice(2);
if (args.includes("--templates")) {
  runTemplates(args.includes("--verbose") || args.includes("-v"));
  process.exit(0);
}
const verbose = args.includes("--verbose") || args.includes("-v");
const wrongDatesOnly = args.includes("--wrong-dates");
const perturb = wrongDatesOnly || args.includes("--perturb");
const figures = args.includes("--figures");
const files = args.filter((a) => !a.startsWith("-"));
if (files.length === 0) files.push("data/dev/real-tune.jsonl", "data/dev/real-untouched.jsonl");

const matcher = new GroupMatcher(parseGazetteer(JSON.parse(readFileSync(path.join(process.cwd(), "data", "groups.json"), "utf8"))));
const tellings: Telling[] = [];
const toTelling = new Map<string, string>();
/** Found gold events whose extracted date range overlaps the gold range. */
const datedRight = new Set<string>();
const rawRecords: Array<{ id: string; events: Array<{ same_as?: unknown }> }> = [];
const linksByFile = new Map<string, Array<[string, string]>>();
const firstFileReports = new Set<string>();
for (const file of files) {
  const content = readFileSync(file, "utf8");
  const raw = content.split(/\r?\n/).filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as { id: string; events: Array<{ same_as?: unknown }> });
  rawRecords.push(...raw);
  linksByFile.set(file, sameAsLinks(raw));
  for (const report of parseGoldJsonl(content, file)) {
    if (file === files[0]) firstFileReports.add(report.id);
    const events = extractEvents({ id: report.id, body: report.text, published: report.published });
    events.forEach((event, index) => tellings.push({ report: report.id, index, published: report.published, event }));
    for (const pair of scoreReport(report.id, report.events, events, matcher).pairs) {
      toTelling.set(`${report.id}#${pair.gold}`, tellingKey({ report: report.id, index: pair.predicted }));
      if (pair.datesOverlap) datedRight.add(`${report.id}#${pair.gold}`);
    }
  }
}

const incidents = groupIncidents(tellings);
const byKey = new Map(tellings.map((t) => [tellingKey(t), t]));
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
if (perturb) {
  // Same-incident pairs: the judged gold pairs, and the pairs of invented reports judged by hand.
  const samePairs = [
    ...goldPairs(sameAsLinks(rawRecords)).filter(([a, b]) => toTelling.has(a) && toTelling.has(b)).map(([a, b]) => [toTelling.get(a), toTelling.get(b)] as [string, string]),
    ...HAND_JUDGED_SAME.filter(([a, b]) => byKey.has(a) && byKey.has(b)),
  ];
  const same = new Set(samePairs.map(([a, b]) => pairId(a, b)));
  // Different incidents of one group: tellings of the first file's reports, from different reports,
  // not a same-incident pair; the second is moved near the first.
  const fromFirst = tellings.filter((t) => firstFileReports.has(t.report));
  const differentPairs: Array<[Telling, Telling]> = [];
  for (let i = 0; i < fromFirst.length; i++) {
    for (let j = i + 1; j < fromFirst.length; j++) {
      const [a, b] = [fromFirst[i], fromFirst[j]];
      const id = pairId(tellingKey(a), tellingKey(b));
      // Round 10: also two incidents of different groups where one's men joined the other's group (rules/roles.ts).
      const related = sameGroup(a.event.groups, b.event.groups, GAZETTEER) || readAsJoined(a, b, GAZETTEER) || readAsJoined(b, a, GAZETTEER);
      if (a.report !== b.report && related && !same.has(id)) differentPairs.push([a, b]);
    }
  }
  const rows: string[][] = [];
  for (const p of [{ family: "", name: "(none)", apply: (t: Telling) => t }, ...PERTURBATIONS]) {
    if (wrongDatesOnly && p.family !== "date") continue;
    // Pairs found: one telling of a same-incident pair perturbed, in the whole corpus, one at a time.
    let [found, proposedOnly, trials] = [0, 0, 0];
    for (const pair of samePairs) {
      for (const side of pair) {
        const altered = p.apply(byKey.get(side) as Telling);
        if (altered === null) continue;
        const got = outcome(groupIncidents(tellings.map((t) => (tellingKey(t) === side ? altered : t))), pair);
        trials++;
        if (verbose && got !== "merged") console.log(`PERTURBED  ${p.name}: ${side} of ${pair.join(" ~ ")} ${got}`);
        found += got === "merged" ? 1 : 0;
        proposedOnly += got === "proposed" ? 1 : 0;
      }
    }
    // False merges: the second telling of a different-incident pair published GAP days after the first, then perturbed.
    let [falseMerged, falseProposed, falseTrials] = [0, 0, 0];
    for (const [a, b] of differentPairs) {
      for (const gap of GAPS) {
        const altered = p.apply(publishedAfter(a, b, gap));
        if (altered === null) continue;
        const got = outcome(groupIncidents([a, altered]), [tellingKey(a), tellingKey(b)]);
        falseTrials++;
        falseMerged += got === "merged" ? 1 : 0;
        falseProposed += got === "proposed" ? 1 : 0;
      }
    }
    rows.push([p.family, p.name, `${found}/${trials}`, pct(found, trials), `${proposedOnly}`, `${falseMerged}/${falseTrials}`, pct(falseMerged, falseTrials), `${falseProposed}`]);
  }
  console.log(`perturbations: ${samePairs.length} same-incident pairs (each telling perturbed in turn, in the whole corpus); ${differentPairs.length} pairs of different incidents of one group from ${path.basename(files[0])}, the second moved to be published ${GAPS.join(", ")} days after the first (each pair alone)`);
  console.log(["family", "perturbation", "found", "%", "+proposed", "false merges", "%", "+proposed"].join("\t"));
  for (const r of rows) console.log(r.join("\t"));
}
if (figures) {
  // Pairs of tellings of one group from different reports, both with an exact or approximate figure.
  const told = tellings.filter((t) => t.event.count !== null && countPrecision(t.event.count) <= 1);
  const shared = new Map<number, number>();
  let pairs = 0;
  for (let i = 0; i < told.length; i++) {
    for (let j = i + 1; j < told.length; j++) {
      const [a, b] = [told[i], told[j]];
      if (a.report === b.report || !sameGroup(a.event.groups, b.event.groups, GAZETTEER)) continue;
      pairs++;
      const [fa, fb] = [a.event.count?.best as number, b.event.count?.best as number];
      if (fa === fb) shared.set(fa, (shared.get(fa) ?? 0) + 1);
    }
  }
  console.log(`tellings with an exact or approximate figure ${told.length}; pairs of one group from different reports ${pairs}`);
  for (const min of [1, 2, 5, 6, 10, 15, 20, 100]) {
    const withFigure = told.filter((t) => (t.event.count?.best as number) >= min).length;
    const same = [...shared].filter(([f]) => f >= min).reduce((n, [, k]) => n + k, 0);
    console.log(`  figure >= ${min}: ${pct(withFigure, told.length)} of tellings; pairs giving the same one ${same} = ${pct(same, pairs)}`);
  }
}
if (args.includes("--why")) {
  // Why each judged gold pair was missed, as counts only (no id, no text: safe on the untouched split; data/dev/README.md).
  const why = new Map<string, number>();
  for (const [a, b] of all.missed) {
    const [ta, tb] = [byKey.get(toTelling.get(a) as string), byKey.get(toTelling.get(b) as string)];
    if (!ta || !tb) continue;
    const dated = datedRight.has(a) && datedRight.has(b) ? "both dates overlap gold" : "a date off gold";
    const reason =
      ta.report === tb.report ? "one report"
      : !sameGroup(ta.event.groups, tb.event.groups, GAZETTEER) ? (rolesCrossed(ta, tb, GAZETTEER) === "bare" ? "groups differ, crossed roles only proposed" : "groups differ")
      : !placesCompatible(ta.event.place, tb.event.place, GAZETTEER) ? "places differ"
      : storiesMeet(ta, tb) === "perhaps" ? "only perhaps (proposal)"
      : storiesMeet(ta, tb) === "compatible" ? "compatible, kept apart by the clustering"
      : !datesCompatible(ta.event.date, tb.event.date) ? "dates do not meet"
      : !countsCompatible(ta.event.count, tb.event.count) ? "figures orders apart"
      : "no rule links them";
    // What a rule across groups or dates would have to use (lib/eval/incident-why.ts).
    const story = reason === "dates do not meet" || reason.startsWith("only perhaps") ? [...storyFacets(ta, tb, GAZETTEER), lookingBackFacet(ta, tb) ?? []].flat() : [];
    const facets = reason.startsWith("groups differ") ? [groupsFacet(ta, tb, GAZETTEER), rolesFacet(ta, tb, GAZETTEER), ...storyFacets(ta, tb, GAZETTEER)] : story;
    const key = [`missed pair · ${reason} · ${dated}`, ...facets].join(" · ");
    why.set(key, (why.get(key) ?? 0) + 1);
  }
  for (const [key, n] of [...why].sort()) console.log(`${key.padEnd(80)} ${n}`);
  if (why.size === 0) console.log("no judged gold pair missed");
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
  const byId = new Map(incidents.map((i) => [i.id, i]));
  for (const i of incidents) {
    for (const other of i.proposed) if (i.id < other) console.log(`PROPOSED  ${i.tellings.map(describe).join(" & ")}  ?  ${(byId.get(other)?.tellings ?? []).map(describe).join(" & ")}`);
  }
}

/** The template pairs, per variation: found (merged) / proposed for one incident, false merges for two. */
function runTemplates(verbose: boolean): void {
  const pairs = templatePairs();
  const results = pairs.map((p) => runPair(p));
  // The same pairs beside another incident of the group told 4 days after, or 5 before.
  const crowded = pairs.map((p, i) => (p.truth === "same" ? runPair(p, [crowdTelling(p, i % 2 === 0 ? 4 : -5)]) : undefined));
  const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
  console.log(["truth", "family", "variation", "pairs", "judged", "merged", "%", "+proposed", "slipped", "merged of read right", "merged beside another incident"].join("\t"));
  const total = { same: [0, 0, 0, 0, 0], different: [0, 0, 0, 0, 0] };
  for (const v of scoreVariations(results, crowded)) {
    const crowd = v.truth === "same" ? `${v.crowdMerged}/${v.crowdJudged}` : "";
    console.log([v.truth, v.family, v.variation, v.pairs, v.judged, v.merged, pct(v.merged, v.judged), v.proposed, v.slipped, `${v.mergedReadRight}/${v.readRight}`, crowd].join("\t"));
    const t = total[v.truth];
    [t[0], t[1], t[2], t[3], t[4]] = [t[0] + v.judged, t[1] + v.merged, t[2] + v.proposed, t[3] + v.crowdJudged, t[4] + v.crowdMerged];
  }
  console.log(`same incident: found ${total.same[1]}/${total.same[0]} = ${pct(total.same[1], total.same[0])} (+${total.same[2]} proposed); beside another incident of the group ${total.same[4]}/${total.same[3]} = ${pct(total.same[4], total.same[3])}`);
  console.log(`different incidents: false merges ${total.different[1]}/${total.different[0]} = ${pct(total.different[1], total.different[0])} (+${total.different[2]} proposed)`);
  if (!verbose) return;
  for (const r of results) {
    const wrong = r.pair.truth === "same" ? r.outcome !== "merged" : r.outcome === "merged";
    if (!wrong && r.slipsA.length + r.slipsB.length === 0) continue;
    console.log(`${wrong ? "WRONG" : "SLIP "} ${r.outcome} ${r.pair.family} / ${r.pair.variation}\n  A ${r.pair.a.published} ${r.pair.a.text.replace(/\n/g, " ⏎ ")} [${r.slipsA.join("; ")}]\n  B ${r.pair.b.published} ${r.pair.b.text.replace(/\n/g, " ⏎ ")} [${r.slipsB.join("; ")}]`);
  }
}
