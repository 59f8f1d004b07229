/**
 * `npm run bench:load`: autocannon for 30 s against `next start` on loopback with the 100,000-event
 * store of bench:web, over a mix of filtered views, sorts, pages, event pages and CSV exports, while
 * a second process writes reports into the same database the way an ingest does (writeReport, one
 * transaction per report), to show that WAL keeps the readers error-free.
 *
 * Target: >= 200 requests/s, 0 errors (non-2xx or socket errors), p99 < 500 ms.
 * Options: --duration <s> (default 30), --connections <n> (default 10), --no-writer.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { openDatabase } from "../lib/store/db";
import { deleteReport, writeReport } from "../lib/store/write";
import { syntheticReport } from "./synth";
import { BENCH_DB, ensureBuild, prepareStore, sampleEventIds, sampleValues, startServer } from "./web";

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
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: { setupRequest: (req: AutocannonRequest) => AutocannonRequest }[];
}) => Promise<AutocannonResult>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as Autocannon;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** The concurrent writer: adds reports (ids far above the store's), then removes them so the store is reusable. */
async function writer(seconds: number): Promise<void> {
  const db = openDatabase(BENCH_DB);
  const written: string[] = [];
  const end = Date.now() + seconds * 1000;
  let i = 0;
  let events = 0;
  while (Date.now() < end) {
    const s = syntheticReport(5_000_000 + i, 99);
    const report = { ...s.report, id: `loadtest-${i}` };
    writeReport(db, report, s.events, { contentHash: `load-${i}`, extractorVersion: "synthetic", file: `loadtest-${i}.md` });
    written.push(report.id);
    events += s.events.length;
    i++;
    // About 100 reports a second: a busy ingest, leaving the event loop free to be killed.
    await new Promise((r) => setTimeout(r, 10));
  }
  const remove = db.transaction(() => {
    for (const id of written) deleteReport(db, id);
  });
  remove();
  db.close();
  process.stdout.write(`writer: wrote ${written.length} reports (${events} events) during the run, then removed them\n`);
}

async function main() {
  if (process.argv.includes("--writer")) return writer(option("seconds", 30));
  const duration = option("duration", 30);
  const connections = option("connections", 10);
  prepareStore();
  ensureBuild();
  const { base, stop } = await startServer(3301);
  const v = sampleValues();
  const ids = sampleEventIds(200);
  const g = encodeURIComponent(v.group);
  const g2 = encodeURIComponent(v.group2);
  // The mix: what analysts do when a story breaks. Weights by repetition.
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

  // Steady state: every URL once before the clock starts (the store's event index is built on first use).
  for (const p of paths) await (await fetch(base + p)).arrayBuffer();

  const withWriter = !process.argv.includes("--no-writer");
  const child = withWriter
    ? spawn("npx", ["tsx", path.join("bench", "load.ts"), "--writer", "--seconds", String(duration)], { stdio: ["ignore", "inherit", "inherit"] })
    : null;
  const writerDone = child ? new Promise<number | null>((res) => child.on("exit", (code) => res(code))) : Promise.resolve(0);
  try {
    console.log(`load: ${connections} connections for ${duration} s over ${paths.length} URLs${withWriter ? ", with a concurrent writer" : ""}`);
    const result = await autocannon({ url: base, connections, duration, requests, timeout: 10 });
    const writerCode = await writerDone;
    const errors = result.errors + result.timeouts + result.non2xx;
    console.log(`\nrequests/s: mean ${result.requests.average.toFixed(0)} (total ${result.requests.total} in ${duration} s)`);
    console.log(`latency: median ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`errors: ${errors} (socket errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
    console.log(`writer exit code: ${writerCode}`);
    const ok = result.requests.average >= 200 && errors === 0 && result.latency.p99 < 500;
    console.log(`target (>= 200 req/s, 0 errors, p99 < 500 ms): ${ok ? "met" : "NOT met"}`);
  } finally {
    stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
