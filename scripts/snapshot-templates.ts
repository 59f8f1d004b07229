/**
 * npx tsx scripts/snapshot-templates.ts OLD_EXTRACT_DIR OUT_PREFIX [family...]
 *
 * Training data for the confidence model from an EARLIER extractor on the template families of
 * lib/eval/templates (data/dev/confidence/README.md): what rules that had not yet been written on these
 * families found there — the rules' errors on text they were not tuned on.
 *
 * For each template (case id up to its last "/") the old extractor fails on at least one case, a fixed sample
 * of SAMPLE_PER_TEMPLATE cases spread evenly over the template (chosen by position, not by outcome), written as
 * a gold file `OUT_PREFIX-gold.jsonl` (the cases' expected events, groups by their gazetteer name) and the old
 * extractor's events on them as `OUT_PREFIX-events.jsonl` ({"id", "extractor", "events"}, as
 * scripts/snapshot-events.ts writes). OLD_EXTRACT_DIR is the lib/extract of a checkout of the old commit (its
 * node_modules beside it), e.g. /tmp/r7base/lib/extract.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nonConformance } from "../lib/extract/conventions";
import { DEFAULT_PUBLISHED } from "../lib/extract/conventions";
import type { ConventionCase } from "../lib/extract/conventions/types";
import type { DefectionEvent, ReportInput } from "../lib/extract/types";
import { parseGazetteer } from "../lib/eval/group-match";
import { TEMPLATE_FAMILIES } from "../lib/eval/templates";
import { templateOf } from "../lib/eval/templates/check";
import { spread } from "../lib/eval/templates/product";

/** Cases kept per failed template: enough to show how often the old rules erred there, few enough to train fast. */
const SAMPLE_PER_TEMPLATE = 6;

async function main(): Promise<void> {
  const [oldDir, outPrefix, ...families] = process.argv.slice(2);
  if (!oldDir || !outPrefix || families.length === 0) {
    process.stderr.write("usage: npx tsx scripts/snapshot-templates.ts OLD_EXTRACT_DIR OUT_PREFIX family...\n");
    process.exit(2);
  }
  const old = (await import(path.resolve(oldDir, "index.ts"))) as { EXTRACTOR_VERSION: string; extractEventsStrict: (i: ReportInput) => DefectionEvent[] };
  const nameOf = new Map(parseGazetteer(JSON.parse(readFileSync("data/groups.json", "utf8"))).map((g) => [g.id, g.name_ar]));
  const gold: string[] = [];
  const events: string[] = [];
  for (const family of families) {
    const cases = TEMPLATE_FAMILIES[family];
    if (!cases) throw new Error(`no template family "${family}" (${Object.keys(TEMPLATE_FAMILIES).join(", ")})`);
    const byTemplate = new Map<string, ConventionCase[]>();
    for (const c of cases) byTemplate.set(templateOf(c.id), [...(byTemplate.get(templateOf(c.id)) ?? []), c]);
    let failedTemplates = 0;
    for (const list of byTemplate.values()) {
      const extract = (c: ConventionCase) => {
        const day = c.published ?? DEFAULT_PUBLISHED;
        return old.extractEventsStrict({ id: c.id, body: c.text, published: { start: day, end: day } });
      };
      if (!list.some((c) => nonConformance(c, extract(c)) !== null)) continue;
      failedTemplates++;
      for (const c of spread(list, SAMPLE_PER_TEMPLATE)) {
        const day = c.published ?? DEFAULT_PUBLISHED;
        const goldEvents = c.events.map((e) => {
          const name = nameOf.get(e.group);
          if (!name) throw new Error(`${c.id}: group ${e.group} is not in data/groups.json`);
          return { group: name, count: e.count && { low: e.count[0], best: e.count[1], high: e.count[2] }, date: null, kind: e.kind };
        });
        gold.push(JSON.stringify({ id: c.id, published: day, text: c.text, events: goldEvents }));
        events.push(JSON.stringify({ id: c.id, extractor: old.EXTRACTOR_VERSION, events: extract(c) }));
      }
    }
    process.stdout.write(`${family}: ${failedTemplates} of ${byTemplate.size} templates failed by extractor ${old.EXTRACTOR_VERSION}\n`);
  }
  writeFileSync(`${outPrefix}-gold.jsonl`, `${gold.join("\n")}\n`);
  writeFileSync(`${outPrefix}-events.jsonl`, `${events.join("\n")}\n`);
  process.stdout.write(`${outPrefix}-gold.jsonl, ${outPrefix}-events.jsonl: ${gold.length} cases\n`);
}

void main();
