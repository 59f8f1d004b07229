/**
 * `npm run bench:load`: autocannon for 30 s against `next start` on loopback with the 100,000-event
 * store of bench:web, over a mix of filtered views, sorts, pages, event pages and filtered CSV/JSON
 * exports (a group and a few months: hundreds of rows, as analysts export; no whole-store dump).
 *
 * With the writer (the default), the REAL ingest CLI runs in a loop against the same database while
 * the clock runs: `npm run -s cli -- ingest <corpus>` over a folder that holds every report of the
 * store as a file, of which a few hundred change before each pass (re-extracted by the real extractor
 * and replaced, one transaction per report). The ingest removes reports whose file is gone, so the
 * folder must hold the whole store: the run uses a copy of the store (`.data/bench-load.sqlite`)
 * whose content hashes and extractor version are set to those of the files, so that only the changed
 * files are re-extracted. The bench:web store itself is never modified.
 *
 * Target: >= 200 requests/s, 0 errors (non-2xx, socket errors, timeouts), p99 < 500 ms.
 * Options: --duration <s> (default 30), --connections <n> (default 10), --no-writer, --churn <n> (default 300),
 * --nice <n> (run the ingest under `nice -n <n>`; default 0: same priority as the server).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { contentHash } from "../lib/store/ingest";
import { EXTRACTOR_VERSION } from "../lib/extract";
import { syntheticReport } from "./synth";
import { BENCH_DB, BENCH_PORT, ensureBuild, prepareStore, sampleEventIds, sampleValues, startServer } from "./web";

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonRequest {
  method?: string;
  path?: string;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
}
interface AutocannonInstance extends Promise<AutocannonResult> {
  on(event: "reqError", listener: (error: Error) => void): void;
  on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: { setupRequest: (req: AutocannonRequest) => AutocannonRequest }[];
}) => AutocannonInstance;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as Autocannon;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const LOAD_DB = path.resolve(".data/bench-load.sqlite");
const CORPUS = path.resolve("bench/.corpus/load-store");

/**
 * The writer's setup: every report of the store as a file in CORPUS (written once), and a copy of the
 * store whose reports look already ingested from those files (hash of the file, current extractor).
 */
function prepareWriterStore(): { reports: number } {
  const source = new Database(BENCH_DB);
  source.pragma("wal_checkpoint(TRUNCATE)");
  const ids = source.prepare("SELECT id, file FROM reports ORDER BY id").all() as { id: string; file: string }[];
  source.close();
  const t = performance.now();
  fs.mkdirSync(CORPUS, { recursive: true });
  const present = new Set(fs.readdirSync(CORPUS));
  let written = 0;
  ids.forEach((row) => {
    const i = Number(row.id.replace(/^syn-/, ""));
    // Every file back to the store's version (seed 1): a previous run changed some.
    const s = syntheticReport(i, 1);
    const file = path.join(CORPUS, s.report.file);
    if (present.has(s.report.file) && !CHURNED.has(i)) return;
    fs.writeFileSync(file, s.file);
    written++;
  });
  for (const f of [LOAD_DB, `${LOAD_DB}-wal`, `${LOAD_DB}-shm`]) fs.rmSync(f, { force: true });
  fs.copyFileSync(BENCH_DB, LOAD_DB);
  const db = new Database(LOAD_DB);
  const update = db.prepare("UPDATE reports SET content_hash = ?, extractor_version = ? WHERE id = ?");
  db.transaction(() => {
    for (const row of ids) update.run(contentHash(fs.readFileSync(path.join(CORPUS, row.file))), EXTRACTOR_VERSION, row.id);
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  console.log(`writer store: ${ids.length} report files (${written} written) and a copy of the store in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return { reports: ids.length };
}

/** The reports whose files the writer changed (remembered across runs, so the next run restores them). */
const CHURNED_FILE = `${CORPUS}.churned.json`;
const CHURNED = new Set<number>(fs.existsSync(CHURNED_FILE) ? (JSON.parse(fs.readFileSync(CHURNED_FILE, "utf8")) as number[]) : []);

/** The writer cycles through the reports of this many passes (each pass still writes new content). */
const CHURN_PASSES = 20;

/** The report index the writer changes as change `k` of pass `pass`. */
function churnedReport(k: number, pass: number, reports: number): number {
  return (k * 997 + (((pass - 1) % CHURN_PASSES) + 1) * 131) % reports;
}

interface WriterStats {
  passes: number;
  failedPasses: number;
  changedFiles: number;
  lines: string[];
}

/** Runs the real ingest CLI over CORPUS until `until`, changing `churn` files before each pass. */
async function ingestLoop(until: number, churn: number, reports: number, nice: number): Promise<WriterStats> {
  const stats: WriterStats = { passes: 0, failedPasses: 0, changedFiles: 0, lines: [] };
  let pass = 0;
  while (Date.now() < until) {
    pass++;
    // A few hundred reports change: a corrected article, a re-scraped page.
    for (let k = 0; k < churn; k++) {
      const i = churnedReport(k, pass, reports);
      CHURNED.add(i);
      const s = syntheticReport(i, 100 + pass);
      fs.writeFileSync(path.join(CORPUS, `syn-${String(i).padStart(6, "0")}.md`), s.file);
      stats.changedFiles++;
    }
    fs.writeFileSync(CHURNED_FILE, JSON.stringify([...CHURNED]));
    const started = performance.now();
    const code = await new Promise<number | null>((resolve) => {
      const cli = ["npm", "run", "-s", "cli", "--", "ingest", CORPUS, "--quiet"];
      // --nice N: the ingest at a lower CPU priority, as a background job beside a web server would run.
      const command = nice > 0 ? ["nice", "-n", String(nice), ...cli] : cli;
      const child = spawn(command[0], command.slice(1), {
        env: { ...process.env, DATABASE_PATH: LOAD_DB },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      child.on("exit", (c) => {
        const last = out.trim().split("\n").filter((l) => !l.startsWith("npm warn")).pop() ?? "";
        stats.lines.push(`pass ${pass}: exit ${c}, ${((performance.now() - started) / 1000).toFixed(1)} s: ${last}`);
        resolve(c);
      });
    });
    stats.passes++;
    if (code !== 0) stats.failedPasses++;
  }
  return stats;
}

/** User + system CPU time (ms) of every process in a process group (the server: npx and next-server). */
function groupCpuMs(pgid: number): number {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // After the command: state(0) ppid(1) pgrp(2) … utime(11) stime(12).
      if (Number(fields[2]) !== pgid) continue;
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / tick;
    } catch {
      /* gone */
    }
  }
  return total;
}

async function main() {
  const duration = option("duration", 30);
  const connections = option("connections", 10);
  const churn = option("churn", 300);
  const nice = option("nice", 0);
  const withWriter = !process.argv.includes("--no-writer");
  prepareStore();
  ensureBuild();
  const writerStore = withWriter ? prepareWriterStore() : null;
  const { base, stop, child: server } = await startServer(BENCH_PORT + 1, writerStore ? LOAD_DB : BENCH_DB);
  const v = sampleValues();
  // Event pages of reports the writer never touches (a changed report may have fewer events: a fair 404).
  const touched = new Set<number>();
  if (writerStore) for (let pass = 1; pass <= CHURN_PASSES; pass++) for (let k = 0; k < churn; k++) touched.add(churnedReport(k, pass, writerStore.reports));
  const ids = sampleEventIds(400).filter((id) => !touched.has(Number(/^syn-(\d+)/.exec(id)?.[1] ?? -1)));
  const g = encodeURIComponent(v.group);
  const g2 = encodeURIComponent(v.group2);
  // The mix: what analysts do when a story breaks. Weights by repetition. Exports are filtered
  // (a group and a quarter or a month: hundreds of rows), as analysts export.
  const paths = [
    "/",
    "/",
    `/?groups=${g}`,
    `/?${[g, g2].sort().map((x) => `groups=${x}`).join("&")}&grain=week`,
    "/?sort=count",
    "/?sort=count&dir=asc&page=3",
    "/?from=2016-01&to=2016-12&grain=week&metric=incidents",
    `/?groups=${g}&sort=confidence&page=2&size=50`,
    "/?page=40",
    `/?groups=${g2}&q=${encodeURIComponent("انشقاق")}`,
    ...ids.slice(0, 6).map((id) => `/events/${encodeURIComponent(id)}`),
    `/api/events.csv?groups=${g}&from=2016-01&to=2016-03`,
    `/api/events?groups=${g2}&from=2017-06&to=2017-06`,
  ];
  let k = 0;
  // One request template that takes the next URL of the mix each time, across all connections.
  const requests = [{ setupRequest: (req: AutocannonRequest) => ({ ...req, path: paths[k++ % paths.length] }) }];

  // Steady state: every URL once before the clock starts.
  for (const p of paths) await (await fetch(base + p)).arrayBuffer();

  const cpuBefore = groupCpuMs(server.pid ?? -1);
  const causes = new Map<string, number>();
  const count = (cause: string) => causes.set(cause, (causes.get(cause) ?? 0) + 1);
  try {
    console.log(`load: ${connections} connections for ${duration} s over ${paths.length} URLs${withWriter ? `, with the ingest CLI re-ingesting ${churn} changed reports per pass${nice > 0 ? ` (nice ${nice})` : ""}` : ""}`);
    const writer = writerStore ? ingestLoop(Date.now() + duration * 1000, churn, writerStore.reports, nice) : null;
    const run = autocannon({ url: base, connections, duration, requests, timeout: 10 });
    run.on("reqError", (error) => count(`socket: ${(error as NodeJS.ErrnoException).code ?? error.message}`));
    run.on("response", (_client, status) => {
      if (status < 200 || status >= 300) count(`HTTP ${status}`);
    });
    const result = await run;
    const serverCpu = groupCpuMs(server.pid ?? -1) - cpuBefore;
    const stats = writer ? await writer : null;
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(`\nrequests/s: mean ${result.requests.average.toFixed(0)} (total ${result.requests.total} in ${duration} s)`);
    console.log(`latency: median ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`errors: ${errors} (socket errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
    // CPU time is what the other sessions' load inflates least: the server's cost per request.
    console.log(`server CPU: ${(serverCpu / 1000).toFixed(1)} s over the run = ${(serverCpu / Math.max(1, result.requests.total)).toFixed(1)} ms per request (${(serverCpu / 1000 / duration).toFixed(2)} cores)`);
    for (const [cause, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${cause}`);
    if (stats) {
      console.log(`writer: ${stats.passes} ingest passes (${stats.failedPasses} failed), ${stats.changedFiles} files changed`);
      for (const line of stats.lines) console.log(`  ${line}`);
    }
    const ok = result.requests.average >= 200 && errors === 0 && result.latency.p99 < 500 && (stats?.failedPasses ?? 0) === 0;
    console.log(`target (>= 200 req/s, 0 errors, p99 < 500 ms): ${ok ? "met" : "NOT met"}`);
    console.log(`load average: ${(await import("node:os")).loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  } finally {
    stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
