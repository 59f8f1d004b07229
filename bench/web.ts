/**
 * `npm run bench:web`: server response time of `/` and first-load JavaScript of `/`, against a
 * production build and a 100,000-event synthetic store (bench/synth.ts).
 *
 * Budgets (reported, not asserted): median response < 100 ms; first-load JS < 250 kB gzip.
 * Builds `.next` first when there is no build (or with --build). Uses port BENCH_PORT (default 3300) on loopback.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import { ensureSyntheticStore } from "./synth";

export const BENCH_DB = path.resolve(".data/bench-web.sqlite");
/** The port of bench:web's server (bench:load uses the next one): BENCH_PORT, else 3300. */
export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3300);
export const EVENTS = 100_000;

export function prepareStore(): void {
  const t = performance.now();
  const r = ensureSyntheticStore(BENCH_DB, EVENTS);
  console.log(`store: ${r.events} events in ${r.reports} reports at ${path.relative(process.cwd(), BENCH_DB)} (${r.built ? `built in ${((performance.now() - t) / 1000).toFixed(1)} s` : "reused"})`);
}

export function ensureBuild(force = process.argv.includes("--build")): void {
  if (!force && fs.existsSync(".next/BUILD_ID")) return;
  console.log("building (next build)…");
  const r = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error("next build failed");
}

export async function startServer(port: number, dbFile = BENCH_DB): Promise<{ base: string; stop: () => void; child: ChildProcess }> {
  const child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, DATABASE_PATH: dbFile, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${base}/reports`);
      if (r.ok) return { base, stop, child };
    } catch {
      /* not up yet */
    }
    await new Promise((res) => setTimeout(res, 500));
  }
  stop();
  throw new Error(`next start did not come up:\n${log}`);
}

/** Real filter values from the store, so the variants hit data. */
export function sampleValues(dbFile = BENCH_DB): { group: string; group2: string; place: string | null } {
  const db = new Database(dbFile, { readonly: true });
  try {
    const groups = db.prepare("SELECT group_key FROM event_groups GROUP BY group_key ORDER BY COUNT(*) DESC LIMIT 2").pluck().all() as string[];
    const place = db.prepare("SELECT place_governorate FROM events WHERE place_governorate IS NOT NULL LIMIT 1").pluck().get() as string | undefined;
    return { group: groups[0], group2: groups[1] ?? groups[0], place: place ?? null };
  } finally {
    db.close();
  }
}

export function sampleEventIds(n: number, dbFile = BENCH_DB): string[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare("SELECT id FROM events ORDER BY rid LIMIT ?").pluck().all(n) as string[];
  } finally {
    db.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** `render` sent a header that bypassed the old proxy page cache (removed in issue 13); kept so that older builds can be measured the same way. */
async function timeGet(url: string, render = false): Promise<number> {
  const t = performance.now();
  const r = await fetch(url, { redirect: "manual", headers: render ? { "x-inshiqaq-render": "1" } : {} });
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`${r.status} for ${url}`);
  return performance.now() - t;
}

async function firstLoadJs(base: string): Promise<{ total: number; scripts: { src: string; gzip: number }[] }> {
  const html = await (await fetch(`${base}/`)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  const scripts: { src: string; gzip: number }[] = [];
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    scripts.push({ src, gzip: zlib.gzipSync(body, { level: 9 }).length });
  }
  // Inline scripts (the RSC payload) are part of the HTML document, not of the JavaScript budget.
  return { total: scripts.reduce((s, x) => s + x.gzip, 0), scripts };
}

async function main() {
  prepareStore();
  ensureBuild();
  const { base, stop } = await startServer(BENCH_PORT);
  try {
    const v = sampleValues();
    const variants: [string, string][] = [
      ["default", "/"],
      ["one group", `/?groups=${encodeURIComponent(v.group)}`],
      // Canonical forms only (sorted groups): a non-canonical address is a redirect, not a page.
      ["two groups, week grain", `/?${[v.group, v.group2].sort().map((g) => `groups=${encodeURIComponent(g)}`).join("&")}&grain=week`],
      ["year window, sort by count", "/?from=2016-01&to=2016-12&sort=count"],
      ["place", v.place ? `/?place=${encodeURIComponent(v.place)}` : "/?place=x"],
      ["text search", `/?q=${encodeURIComponent("انشقاق")}`],
      ["page 200", "/?page=200"],
    ];
    for (const render of [true, false]) {
      const all: number[] = [];
      console.log(
        render
          ? `\nserver response time, every request rendered (sequential, 5 warm-up + 40 timed requests per URL; the data of a URL comes from Next's data cache after its first request, INSHIQAQ_DATA_CACHE=off on the server turns that off):`
          : `\nthe same URLs again (there is no page cache any more: what repeated views of a link cost):`,
      );
      for (const [name, url] of variants) {
        for (let i = 0; i < 5; i++) await timeGet(base + url, render);
        const times: number[] = [];
        for (let i = 0; i < 40; i++) times.push(await timeGet(base + url, render));
        times.sort((a, b) => a - b);
        all.push(...times);
        console.log(`  ${name.padEnd(28)} median ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms   ${url}`);
      }
      all.sort((a, b) => a - b);
      const median = percentile(all, 50);
      console.log(`  ${"all".padEnd(28)} median ${median.toFixed(1).padStart(6)} ms   p95 ${percentile(all, 95).toFixed(1).padStart(6)} ms   (budget: median < 100 ms) ${median < 100 ? "OK" : "OVER"}`);
    }

    const js = await firstLoadJs(base);
    console.log(`\nfirst-load JavaScript of / (gzip -9 of each <script src>): ${(js.total / 1024).toFixed(1)} kB in ${js.scripts.length} files (budget: < 250 kB) ${js.total < 250 * 1024 ? "OK" : "OVER"}`);
    for (const s of js.scripts.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(s.gzip / 1024).toFixed(1).padStart(6)} kB  ${s.src}`);
    console.log("  (the recharts chunk loads after hydration through next/dynamic and is not part of the first load)");
  } finally {
    stop();
  }
}

if (process.argv[1] && path.basename(process.argv[1]) === "web.ts") {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
