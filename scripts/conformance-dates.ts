/**
 * npx tsx scripts/conformance-dates.ts [--verbose]
 * The gold date conventions over whole reports (lib/extract/conventions/dates): passing cases per
 * convention family; --verbose lists each failing case with what differed.
 */
import { byFamily, runAll } from "../lib/extract/conventions/dates/run";

const results = runAll();
const verbose = process.argv.includes("--verbose");
let pass = 0;
for (const [family, f] of byFamily(results)) {
  pass += f.pass;
  process.stdout.write(`${family.padEnd(18)} ${f.pass}/${f.total}\n`);
}
process.stdout.write(`${"all".padEnd(18)} ${pass}/${results.length}\n`);
if (verbose) for (const r of results) if (!r.ok) process.stdout.write(`FAIL [${r.case.family}] ${r.case.note}: ${r.problem}${r.case.known ? `  (known: ${r.case.known})` : ""}\n`);
