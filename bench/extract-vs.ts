/**
 * npx tsx bench/extract-vs.ts OLD_WORKTREE [ROUNDS]: this extractor against another version of it (a
 * worktree of an older commit: `git worktree add /tmp/old <commit>` and a node_modules link) in ONE
 * process, rounds interleaved old/new on the same 4 KB reports, CPU time per round. Interleaving keeps
 * the ratio meaningful on a shared machine whose speed drifts; the pairwise median ratio is the figure.
 */
import path from "node:path";
import { extractEvents as NEW } from "../lib/extract/index";

import { BENCH_REPORT_CHARS, benchReports } from "./texts";

const oldDir = process.argv[2];
if (!oldDir) {
  process.stderr.write("usage: npx tsx bench/extract-vs.ts OLD_WORKTREE [ROUNDS]\n");
  process.exit(2);
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OLD: typeof NEW = require(path.resolve(oldDir, "lib/extract/index.ts")).extractEvents;
const reports = benchReports(path.resolve(__dirname, ".."));
const published = { start: "2021-06-14", end: "2021-06-30" };
const run = (f: typeof NEW) => { const t = process.cpuUsage(); let n = 0; for (const body of reports) n += f({ id: "b", body, published }).length; const u = process.cpuUsage(t); return { ms: (u.user + u.system) / 1000, n }; };
for (let i = 0; i < 3; i++) { run(OLD); run(NEW); }
const a: number[] = [], b: number[] = [];
const R = Number(process.argv[3] ?? 9);
for (let i = 0; i < R; i++) { const o = run(OLD); const n = run(NEW); a.push(o.ms); b.push(n.ms); if (i === 0) console.log(`events per round: old ${o.n}, new ${n.n}`); }
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
const ratios = a.map((x, i) => b[i] / x);
console.log(`${reports.length} reports of ${BENCH_REPORT_CHARS} chars per round, ${R} interleaved rounds`);
console.log(`old:         median ${med(a).toFixed(0)} ms CPU/round = ${(reports.length / med(a) * 1000).toFixed(0)} reports/s (min ${Math.min(...a).toFixed(0)})`);
console.log(`new:         median ${med(b).toFixed(0)} ms CPU/round = ${(reports.length / med(b) * 1000).toFixed(0)} reports/s (min ${Math.min(...b).toFixed(0)})`);
console.log(`new/old CPU time: median ratio ${med(ratios).toFixed(3)} (pairwise)`);
