/**
 * npx tsx bench/extract-vs.ts OLD_WORKTREE [ROUNDS]: this extractor against another version of it (a
 * worktree of an older commit: `git worktree add /tmp/old <commit>` and a node_modules link), CPU time per
 * round over the same 4 KB reports; the pairwise median ratio new/old is the figure.
 * npx tsx bench/extract-vs.ts --self [ROUNDS]: this tree against a copy of itself (lib/ copied to a temporary
 * directory with the gazetteers): the bench's own bias, which must come out 1.00 ± noise.
 *
 * Fair by construction (round 9; before, NEW was a static import loaded first and OLD always ran first in a
 * pair, which favoured NEW by ~4 %, see bench/README.md):
 * - both versions are loaded the same way, by `require` of their own lib/extract/index.ts;
 * - the bench runs in two child processes, one that loads OLD first and one that loads NEW first, each
 *   ROUNDS rounds (rounded up to even);
 * - within a process the order of a pair alternates (even rounds old then new, odd rounds new then old).
 * Interleaving keeps the ratio meaningful on a shared machine whose speed drifts.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { extractEvents } from "../lib/extract/index";

import { BENCH_REPORT_CHARS, benchReports } from "./texts";

type Extract = typeof extractEvents;
type ChildResult = { old: number[]; new: number[]; events: { old: number; new: number } };
const root = path.resolve(__dirname, "..");
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];

/** One child: loads both versions in the order given, runs warm-up then ROUNDS alternated pairs, prints JSON. */
function child(oldDir: string, newDir: string, oldFirst: boolean, rounds: number): void {
  const load = (dir: string): Extract =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.resolve(dir, "lib/extract/index.ts")).extractEvents;
  let OLD: Extract, NEW: Extract;
  if (oldFirst) { OLD = load(oldDir); NEW = load(newDir); } else { NEW = load(newDir); OLD = load(oldDir); }
  const reports = benchReports(root);
  const published = { start: "2021-06-14", end: "2021-06-30" };
  const run = (f: Extract) => { const t = process.cpuUsage(); let n = 0; for (const body of reports) n += f({ id: "b", body, published }).length; const u = process.cpuUsage(t); return { ms: (u.user + u.system) / 1000, n }; };
  for (let i = 0; i < 3; i++) { if (oldFirst) { run(OLD); run(NEW); } else { run(NEW); run(OLD); } }
  const out: ChildResult = { old: [], new: [], events: { old: 0, new: 0 } };
  for (let i = 0; i < rounds; i++) {
    let o, n;
    if (i % 2 === 0) { o = run(OLD); n = run(NEW); } else { n = run(NEW); o = run(OLD); }
    out.old.push(o.ms);
    out.new.push(n.ms);
    out.events = { old: o.n, new: n.n };
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args[1], args[2], args[3] === "old-first", Number(args[4]));
  if (!args[0]) {
    process.stderr.write("usage: npx tsx bench/extract-vs.ts OLD_WORKTREE|--self [ROUNDS]\n");
    process.exit(2);
  }
  compareWith(args[0], Number(args[1] ?? 9));
}

/**
 * This tree's extractor against another tree's (`--self`: a copy of this one), on this tree's bench reports, in
 * two child processes as above; prints the rates and the pairwise median ratio new/old. Also `bench:extract --vs`.
 */
export function compareWith(other: string, rounds: number): void {
  const self = other === "--self";
  let oldDir = path.resolve(other);
  let copy: string | null = null;
  if (self) {
    copy = mkdtempSync(path.join(tmpdir(), "extract-vs-self-"));
    cpSync(path.join(root, "lib"), path.join(copy, "lib"), { recursive: true });
    mkdirSync(path.join(copy, "data"));
    for (const f of ["groups.json", "places.json"]) copyFileSync(path.join(root, "data", f), path.join(copy, "data", f)); // the gazetteers lib imports
    symlinkSync(path.join(root, "node_modules"), path.join(copy, "node_modules"));
    oldDir = copy;
  }
  try {
    const results: ChildResult[] = [];
    const perProcess = Math.ceil(rounds / 2) * 2; // even, so each process has as many old-first pairs as new-first
    // Half the processes load OLD first, half NEW first; each splits its rounds old-first / new-first.
    for (const order of ["old-first", "new-first"]) {
      const r = spawnSync(process.execPath, [...process.execArgv, __filename, "--child", oldDir, root, order, String(perProcess)], { encoding: "utf8", maxBuffer: 1 << 20 });
      if (r.status !== 0) { process.stderr.write(r.stderr); process.exit(1); }
      results.push(JSON.parse(r.stdout.trim().split("\n").pop()!) as ChildResult);
    }
    const a = results.flatMap((r) => r.old), b = results.flatMap((r) => r.new);
    const ratios = a.map((x, i) => b[i] / x);
    const byProcess = results.map((r) => med(r.old.map((x, i) => r.new[i] / x)).toFixed(3));
    // Pairs where old ran first: the even rounds of each process.
    const byPairOrder = [0, 1].map((parity) => med(results.flatMap((r) => r.old.map((x, i) => r.new[i] / x).filter((_, i) => i % 2 === parity))).toFixed(3));
    const n = benchReports(root).length;
    console.log(`events per round: old ${results[0].events.old}, new ${results[0].events.new}`);
    console.log(`${n} reports of ${BENCH_REPORT_CHARS} chars per round, ${a.length} interleaved rounds (2 processes: old loaded first, new loaded first; pair order alternated)${self ? "; SELF-CHECK: old is a copy of this tree" : ""}`);
    console.log(`old:         median ${med(a).toFixed(0)} ms CPU/round = ${(n / med(a) * 1000).toFixed(0)} reports/s (min ${Math.min(...a).toFixed(0)})`);
    console.log(`new:         median ${med(b).toFixed(0)} ms CPU/round = ${(n / med(b) * 1000).toFixed(0)} reports/s (min ${Math.min(...b).toFixed(0)})`);
    console.log(`new/old CPU time: median ratio ${med(ratios).toFixed(3)} (pairwise; per process: old loaded first ${byProcess[0]}, new loaded first ${byProcess[1]}; pairs run old first ${byPairOrder[0]}, new first ${byPairOrder[1]})`);
  } finally {
    if (copy) rmSync(copy, { recursive: true, force: true });
  }
}

// (the entry script, or a child of it: bench/extract.ts imports compareWith)
if (require.main === module) main();
