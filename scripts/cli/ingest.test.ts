import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rng, writeSyntheticCorpus } from "../../bench/synth";
import { extractEvents } from "../../lib/extract";
import type { DefectionEvent } from "../../lib/extract/types";
import { countEvents, queryEventPage, queryTotals } from "../../lib/query/events";
import { querySeries } from "../../lib/query/series";
import { openDatabase } from "../../lib/store/db";
import { FOREIGN_REFRESH_MS, eventIndex, setForeignRefresh } from "../../lib/query/event-index";
import { contentHash } from "../../lib/store/ingest";
import { tempDir } from "../../lib/store/test-fixtures";
import { groupKey } from "../../lib/store/write";

/**
 * The real CLI, as `npm run -s cli -- ingest` runs it, in ONE process we can kill: the tsx loader
 * inside node (the `tsx` command would run the script in a grandchild that outlives a SIGKILL).
 */
const ROOT = path.resolve(__dirname, "../..");
const CLI = ["--import", "tsx", path.join(ROOT, "scripts/cli.ts"), "ingest"];

let dir: string;
beforeAll(() => {
  dir = tempDir("inshiqaq-cli-");
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function runIngest(corpus: string, db: string) {
  const r = spawnSync(process.execPath, [...CLI, corpus], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: db }, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run -s cli -- ingest", () => {
  it("prints the summary, exits 0; a failing report exits 1 and is named; an unreadable folder exits 2", () => {
    const corpus = path.join(dir, "seeds");
    fs.cpSync(path.join(ROOT, "data/fixtures/seed-corpus"), corpus, { recursive: true });
    const n = fs.readdirSync(corpus).length;
    const db = path.join(dir, "cli.sqlite");
    const first = runIngest(corpus, db);
    expect(first.stdout).toBe(`added ${n}, updated 0, unchanged 0, removed 0, failed 0\n`);
    expect(first.status).toBe(0);
    fs.writeFileSync(path.join(corpus, "broken.md"), "---\ntitle: no id\n---\nنص\n");
    const second = runIngest(corpus, db);
    expect(second.stdout).toBe(`added 0, updated 0, unchanged ${n}, removed 0, failed 1\n`);
    expect(second.stderr).toContain(`failed: ${path.join(corpus, "broken.md")}: id:`);
    expect(second.status).toBe(1);
    const third = runIngest(path.join(dir, "no-such-folder"), db);
    expect(third.status).toBe(2);
    expect(third.stderr).toMatch(/cannot read the report folder/);
    const check = new Database(db, { readonly: true });
    expect(check.prepare("SELECT COUNT(*) AS n FROM reports").get()).toEqual({ n });
    check.close();
  });
});

/**
 * Checks that every stored report is whole: its events are exactly what the extractor gives for its
 * stored text, with every group link, evidence span and its search text. Returns how many were checked.
 */
function checkWhole(file: string, corpus: string, writtenSince: string): { reports: number; checked: number } {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    const reports = db.prepare("SELECT rid, id, file, body, published_start, published_end, content_hash, ingested_at FROM reports").all() as {
      rid: number;
      id: string;
      file: string;
      body: string;
      published_start: string;
      published_end: string;
      content_hash: string;
      ingested_at: string;
    }[];
    const events = db.prepare("SELECT e.rid, j.json FROM events e JOIN event_json j ON j.rid = e.rid WHERE e.report_id = ? ORDER BY e.idx");
    const links = db.prepare("SELECT COUNT(*) AS n FROM event_groups WHERE event_rid = ?");
    const spans = db.prepare("SELECT COUNT(*) AS n FROM evidence_spans WHERE event_rid = ?");
    const text = db.prepare("SELECT COUNT(*) AS n FROM report_text WHERE rowid = ?");
    const pickSome = rng(reports.length);
    let checked = 0;
    for (const r of reports) {
      // Every report this run wrote (the likely victims of the kill), and a sample of the others.
      if (r.ingested_at < writtenSince && pickSome() > 0.1) continue;
      checked += 1;
      const expected = extractEvents({ id: r.id, body: r.body, published: { start: r.published_start, end: r.published_end } });
      const stored = events.all(r.id) as { rid: number; json: string }[];
      expect(stored.map((e) => JSON.parse(e.json) as DefectionEvent), r.id).toEqual(expected);
      stored.forEach((e, i) => {
        expect((links.get(e.rid) as { n: number }).n).toBe(new Set(expected[i].groups.map(groupKey)).size);
        expect((spans.get(e.rid) as { n: number }).n).toBe(expected[i].evidence.spans.length);
      });
      expect(text.get(r.rid)).toEqual({ n: 1 });
      // A report written by this run is the file's current version (files do not change during a run).
      if (r.ingested_at >= writtenSince) expect(r.content_hash, r.id).toBe(contentHash(fs.readFileSync(path.join(corpus, r.file))));
    }
    return { reports: reports.length, checked };
  } finally {
    db.close();
  }
}

/** Spawns the ingest and kills it (SIGKILL) once it has written `target` reports; resolves when it is dead. */
function ingestAndKill(corpus: string, db: string, since: string, target: number, extra: string[]): Promise<{ killed: boolean; written: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, corpus, ...extra], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: db }, stdio: "ignore" });
    const watch = new Database(db, { readonly: true });
    watch.pragma("busy_timeout = 2000");
    const written = watch.prepare("SELECT COUNT(*) AS n FROM reports WHERE ingested_at >= ?");
    let killed = false;
    let seen = 0;
    const timer = setInterval(() => {
      try {
        seen = (written.get(since) as { n: number }).n;
      } catch {
        return; // busy: look again at the next tick
      }
      if (seen >= target && !killed) {
        killed = child.kill("SIGKILL");
      }
    }, 5);
    child.on("exit", () => {
      clearInterval(timer);
      watch.close();
      resolve({ killed, written: seen });
    });
    child.on("error", (e) => {
      clearInterval(timer);
      watch.close();
      reject(e);
    });
  });
}

describe("reading while an ingest writes", () => {
  it("queries on another connection never fail, and each index is one consistent snapshot", async () => {
    const corpus = path.join(dir, "concurrent");
    writeSyntheticCorpus(corpus, 400, 9);
    const file = path.join(dir, "concurrent.sqlite");
    openDatabase(file).close();
    const reader = openDatabase(file);
    const child = spawn(process.execPath, [...CLI, corpus], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: file }, stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let done = false;
    void exited.then(() => (done = true));
    let reads = 0;
    const filter = { groups: [], from: null, to: null, place: null, destination: null, kind: null, q: null };
    try {
      while (!done) {
        // Rebuild the index from the latest commit, then keep it for the queries of this "request".
        setForeignRefresh(0);
        eventIndex(reader);
        setForeignRefresh(60_000);
        const page = queryEventPage(reader, { filter, sort: "date", dir: "desc", page: 1, pageSize: 25 });
        const series = querySeries(reader, { filter, grain: "month", metric: "people", topGroups: 3 });
        const total = series.series.find((x) => x.key === "total")!;
        expect(total.points.reduce((n, p) => n + p.expected, 0)).toBeCloseTo(queryTotals(reader, filter).people.best, 3);
        expect(page.rows.length).toBe(Math.min(25, page.total));
        reads += 1;
        await new Promise((r) => setTimeout(r, 5));
      }
      expect(await exited).toBe(0);
      expect(reads).toBeGreaterThan(5);
      setForeignRefresh(0);
      expect(countEvents(reader, filter)).toBe(reader.prepare("SELECT COUNT(*) FROM events").pluck().get());
    } finally {
      setForeignRefresh(FOREIGN_REFRESH_MS);
      reader.close();
    }
  }, 120_000);
});

describe("killing the ingest at random points", () => {
  it("always leaves an intact database with every report whole or absent, and the next ingest completes the set", async () => {
    const corpus = path.join(dir, "synthetic");
    const N = 1000;
    const names = writeSyntheticCorpus(corpus, N, 7);
    const db = path.join(dir, "killed.sqlite");
    openDatabase(db).close(); // created and migrated before the first child and the watcher open it
    const random = rng(42);
    let kills = 0;
    for (let round = 0; round < 8; round++) {
      // Change some stored reports, so that kills also land inside replacements (delete + insert).
      for (let k = 0; k < 25; k++) {
        const name = names[Math.floor(random() * N)];
        fs.appendFileSync(path.join(corpus, name), `\nوانشق ${round + 2} عناصر آخرون من قوات النظام أمس.\n`);
      }
      const since = new Date().toISOString();
      const target = 1 + Math.floor(random() * 80);
      // Half the runs with the default worker threads, half in one thread.
      const outcome = await ingestAndKill(corpus, db, since, target, round % 2 === 0 ? [] : ["--workers", "0"]);
      if (outcome.killed) kills += 1;
      const state = checkWhole(db, corpus, since);
      expect(state.reports).toBeLessThanOrEqual(N);
    }
    expect(kills).toBeGreaterThanOrEqual(6); // the kills landed mid-ingest, not after it ended

    const since = new Date().toISOString();
    const final = runIngest(corpus, db);
    expect(final.status).toBe(0);
    expect(final.stdout).toMatch(/failed 0\n$/);
    const state = checkWhole(db, corpus, since);
    expect(state.reports).toBe(N);
    // Every stored report is now the current file.
    const check = new Database(db, { readonly: true });
    const rows = check.prepare("SELECT file, content_hash FROM reports").all() as { file: string; content_hash: string }[];
    check.close();
    for (const r of rows) expect(r.content_hash).toBe(contentHash(fs.readFileSync(path.join(corpus, r.file))));
    const again = runIngest(corpus, db);
    expect(again.stdout).toBe(`added 0, updated 0, unchanged ${N}, removed 0, failed 0\n`);
  }, 240_000);
});
