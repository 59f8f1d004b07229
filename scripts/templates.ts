/**
 * The template corpora of lib/eval/templates/: cases passed per family and per template (the case id up to
 * its last "/"), and with --verbose every failing case with what differs.
 * Usage: npx tsx scripts/templates.ts [--verbose] [family...]
 */
import { extractEventsStrict } from "../lib/extract";
import { DEFAULT_PUBLISHED, nonConformance } from "../lib/extract/conventions";
import { TEMPLATE_FAMILIES } from "../lib/eval/templates";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.filter((a) => !a.startsWith("--"));
let passed = 0;
let total = 0;
for (const [family, cases] of Object.entries(TEMPLATE_FAMILIES)) {
  if (only.length > 0 && !only.includes(family)) continue;
  const byTemplate = new Map<string, { passed: number; total: number }>();
  const failures: string[] = [];
  for (const c of cases) {
    const day = c.published ?? DEFAULT_PUBLISHED;
    const why = nonConformance(c, extractEventsStrict({ id: c.id, body: c.text, published: { start: day, end: day } }));
    const template = c.id.slice(0, Math.max(0, c.id.lastIndexOf("/")));
    const t = byTemplate.get(template) ?? { passed: 0, total: 0 };
    t.total++;
    if (why) failures.push(`  ${c.id}: ${why}\n    ${c.text}`);
    else t.passed++;
    byTemplate.set(template, t);
  }
  const ok = cases.length - failures.length;
  passed += ok;
  total += cases.length;
  console.log(`${family.padEnd(12)} ${ok}/${cases.length}`);
  for (const [template, t] of byTemplate) console.log(`  ${template.padEnd(40)} ${t.passed}/${t.total}`);
  if (verbose && failures.length) console.log(failures.join("\n"));
}
console.log(`${"all".padEnd(12)} ${passed}/${total} (${total ? ((100 * passed) / total).toFixed(1) : "0.0"} %)`);
