/**
 * npx tsx bench/extract-alloc.ts [TREE] [ROUNDS] [NAME,NAME…]: bytes the extractor allocates per bench report, by
 * the function that allocates them (round 11, second wave). V8's sampling heap profiler (inspector, one sample every
 * 256 bytes) with the objects scavenges and major GCs collected **included**, so garbage counts: a regex literal
 * evaluated in a loop, a closure per call, a slice. TREE (default: this tree) may be an older worktree to compare
 * (/tmp/r11w2); its own lib/extract and bench/texts.ts are loaded. Two warm-up rounds, then ROUNDS (default 3) sampled.
 * A function V8 inlined counts in its caller. The figures are deterministic within ~1 % (sampling), unlike CPU time
 * on this shared machine.
 */
import { Session } from "node:inspector";
import path from "node:path";
const dir = path.resolve(process.argv[2] ?? path.join(__dirname, ".."));
const rounds = Number(process.argv[3] ?? 3);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { extractEvents } = require(path.join(dir, "lib/extract/index.ts"));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { benchReports } = require(path.join(dir, "bench/texts.ts"));
const reports: string[] = benchReports(dir);
const published = { start: "2021-06-14", end: "2021-06-30" };
const run = () => { for (const body of reports) extractEvents({ id: "b", body, published }); };
run(); run();
const s = new Session(); s.connect();
const post = (m: string, p?: object) => new Promise<any>((res, rej) => s.post(m, p ?? {}, (e, r) => e ? rej(e) : res(r)));
(async () => {
  await post("HeapProfiler.enable");
  await post("HeapProfiler.startSampling", { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < rounds; i++) run();
  const { profile } = await post("HeapProfiler.stopSampling");
  const by = new Map<string, number>();
  let total = 0;
  // (by function and file: tsx maps no lines)
  const walk = (n: any) => {
    const f = n.callFrame;
    const key = `${f.functionName || "(anon)"} ${path.basename(f.url)}`;
    by.set(key, (by.get(key) ?? 0) + n.selfSize);
    total += n.selfSize;
    n.children.forEach(walk);
  };
  walk(profile.head);
  const per = reports.length * rounds;
  console.log(`total ${(total / per / 1024).toFixed(1)} KB/report (${reports.length} reports x ${rounds})`);
  const want = (process.argv[4] ?? "").split(",").filter(Boolean);
  [...by].filter(([k]) => !want.length || want.some((w) => k.includes(w))).sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, v]) => console.log(`${(v / per / 1024).toFixed(2).padStart(7)} KB  ${k}`));
})();
