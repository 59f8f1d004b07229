/**
 * The template corpora of lib/eval/templates/: cases passed per family and per template (the case id up to
 * its last "/"), then by event: expected events found (group, count, kind), found with their day range
 * (for cases that give one), and false events; with --verbose every failing case with what differs.
 * Usage: npx tsx scripts/templates.ts [--verbose] [family...]
 */
import { eventScore, nonConformance } from "../lib/extract/conventions";
import { extractCase, templateOf } from "../lib/eval/templates/check";
import { TEMPLATE_FAMILIES } from "../lib/eval/templates";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const only = args.filter((a) => !a.startsWith("--"));
let passed = 0;
let total = 0;
for (const [family, cases] of Object.entries(TEMPLATE_FAMILIES)) {
  if (only.length > 0 && !only.includes(family)) continue;
  const byTemplate = new Map<string, { passed: number; total: number; expected: number; right: number; dated: number; extra: number }>();
  const failures: string[] = [];
  for (const c of cases) {
    const events = extractCase(c);
    const why = nonConformance(c, events);
    const template = templateOf(c.id);
    const t = byTemplate.get(template) ?? { passed: 0, total: 0, expected: 0, right: 0, dated: 0, extra: 0 };
    t.total++;
    const score = eventScore(c, events);
    t.expected += score.expected;
    t.right += score.right;
    t.dated += score.dated;
    t.extra += score.extra;
    if (why) failures.push(`  ${c.id}: ${why}\n    ${c.text}`);
    else t.passed++;
    byTemplate.set(template, t);
  }
  const ok = cases.length - failures.length;
  passed += ok;
  total += cases.length;
  console.log(`${family.padEnd(12)} ${ok}/${cases.length}`);
  const dated = cases.some((c) => c.events.some((e) => e.date));
  for (const [template, t] of byTemplate) {
    const byEvent = `events ${t.right}/${t.expected}${dated ? `, with date ${t.dated}/${t.expected}` : ""}, false ${t.extra}`;
    console.log(`  ${template.padEnd(40)} ${`${t.passed}/${t.total}`.padEnd(9)} ${byEvent}`);
  }
  if (verbose && failures.length) console.log(failures.join("\n"));
}
console.log(`${"all".padEnd(12)} ${passed}/${total} (${total ? ((100 * passed) / total).toFixed(1) : "0.0"} %)`);
