/**
 * Conformance of the extractor to the annotation conventions (lib/extract/conventions/): cases passed
 * per family, and with --verbose every failing case with what differs.
 * Usage: npx tsx scripts/conventions.ts [--verbose]
 */
import { extractEventsStrict } from "../lib/extract";
import { CONVENTION_FAMILIES, DEFAULT_PUBLISHED, nonConformance } from "../lib/extract/conventions";

const verbose = process.argv.includes("--verbose");
let passed = 0;
let total = 0;
for (const [family, cases] of Object.entries(CONVENTION_FAMILIES)) {
  const failures: string[] = [];
  for (const c of cases) {
    const day = c.published ?? DEFAULT_PUBLISHED;
    const why = nonConformance(c, extractEventsStrict({ id: c.id, body: c.text, published: { start: day, end: day } }));
    if (why) failures.push(`  ${c.id}: ${why}\n    ${c.text}`);
  }
  passed += cases.length - failures.length;
  total += cases.length;
  console.log(`${family.padEnd(11)} ${cases.length - failures.length}/${cases.length}`);
  if (verbose && failures.length) console.log(failures.join("\n"));
}
console.log(`${"all".padEnd(11)} ${passed}/${total} (${((100 * passed) / total).toFixed(1)} %)`);
