import fs from "node:fs";
import path from "node:path";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { extractEventsStrict as extractEvents } from "../extract";
import type { DefectionEvent, ReportInput } from "../extract/types";
import { loadReports } from "../reports/load";
import { openDatabase } from "./db";
import { formatSummary, ingestDirectory, ingestDirectoryParallel } from "./ingest";
import { writeSyntheticCorpus } from "../../bench/synth";
import { makeEvent, tempDir } from "./test-fixtures";

const SEEDS = path.resolve(__dirname, "../../data/fixtures/seed-corpus");
let dir: string;
let corpus: string;
let db: Database;

beforeEach(() => {
  dir = tempDir("inshiqaq-ingest-");
  corpus = path.join(dir, "reports");
  fs.cpSync(SEEDS, corpus, { recursive: true });
  db = openDatabase(path.join(dir, "db.sqlite"));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const seedNames = () => fs.readdirSync(corpus).filter((n) => n.endsWith(".md")).sort();
const reportRows = () =>
  db.prepare("SELECT id, file, content_hash, ingested_at FROM reports ORDER BY id").all() as { id: string; file: string; content_hash: string; ingested_at: string }[];
const eventCount = (reportId?: string) =>
  (
    (reportId
      ? db.prepare("SELECT COUNT(*) AS n FROM events WHERE report_id = ?").get(reportId)
      : db.prepare("SELECT COUNT(*) AS n FROM events").get()) as { n: number }
  ).n;

/** A deterministic stand-in extractor: one event per paragraph that names a defection verb, so the tests see events move. */
function fakeExtract(r: ReportInput): DefectionEvent[] {
  return r.body
    .split("\n")
    .filter((line) => /انشق|فر|هرب/.test(line))
    .map((_, i) => makeEvent({ start: r.published.start, count: [i + 1, i + 1, i + 1] }));
}

describe("ingestDirectory", () => {
  it("ingests the seeds with the real extractor, then finds nothing to do", () => {
    const first = ingestDirectory(db, corpus);
    expect(formatSummary(first)).toBe(`added ${seedNames().length}, updated 0, unchanged 0, removed 0, failed 0`);
    const expected = loadReports(corpus).reports.reduce((n, r) => n + extractEvents(r).length, 0);
    expect(eventCount()).toBe(expected);
    const before = reportRows();
    const again = ingestDirectory(db, corpus);
    expect(formatSummary(again)).toBe(`added 0, updated 0, unchanged ${seedNames().length}, removed 0, failed 0`);
    expect(reportRows()).toEqual(before); // not even rewritten
    expect(db.prepare("SELECT COUNT(*) AS n FROM groups").get()).not.toEqual({ n: 0 }); // the gazetteers are loaded
  });

  it("re-extracts only a changed report", () => {
    ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    const before = new Map(reportRows().map((r) => [r.id, r]));
    const [name] = seedNames();
    const file = path.join(corpus, name);
    fs.writeFileSync(file, `${fs.readFileSync(file, "utf8")}\nوانشق ثلاثة عناصر آخرون.\n`);
    const s = ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    expect([s.added, s.updated, s.unchanged, s.removed, s.failed]).toEqual([0, 1, seedNames().length - 1, 0, 0]);
    for (const row of reportRows()) {
      if (row.file === name) {
        expect(row.content_hash).not.toBe(before.get(row.id)!.content_hash);
        expect(eventCount(row.id)).toBe(fakeExtract(loadReports(corpus).reports.find((r) => r.id === row.id)!).length);
      } else expect(row).toEqual(before.get(row.id));
    }
  });

  it("re-extracts everything when the extractor version changes", () => {
    ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "v1" });
    const s = ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "v2" });
    expect(s.updated).toBe(seedNames().length);
    expect(db.prepare("SELECT DISTINCT extractor_version AS v FROM reports").all()).toEqual([{ v: "v2" }]);
  });

  it("removes a report whose file is gone, with its events", () => {
    ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    const victim = reportRows()[0];
    expect(eventCount(victim.id)).toBeGreaterThan(0);
    fs.rmSync(path.join(corpus, victim.file));
    const s = ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    expect([s.removed, s.unchanged]).toEqual([1, seedNames().length]);
    expect(reportRows().map((r) => r.id)).not.toContain(victim.id);
    expect(eventCount(victim.id)).toBe(0);
    expect(db.prepare("SELECT COUNT(*) AS n FROM event_groups WHERE event_rid NOT IN (SELECT rid FROM events)").get()).toEqual({ n: 0 });
  });

  it("a renamed file keeps its report (updated, not removed and added)", () => {
    ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    const [name] = seedNames();
    fs.renameSync(path.join(corpus, name), path.join(corpus, `zz-${name}`));
    const s = ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    expect([s.added, s.updated, s.removed]).toEqual([0, 1, 0]);
  });

  it("a malformed report among good ones: the others go in, the failure names the file", () => {
    fs.writeFileSync(path.join(corpus, "bad.md"), "---\nid: [unclosed\n---\nنص\n");
    fs.writeFileSync(path.join(corpus, "empty.md"), "");
    const s = ingestDirectory(db, corpus);
    expect(s.added).toBe(seedNames().length - 2);
    expect(s.failed).toBe(2);
    expect(s.failures.map((f) => f.file)).toEqual([path.join(corpus, "bad.md"), path.join(corpus, "empty.md")]);
    expect(s.failures[0].reason).toMatch(/front-matter: is not valid YAML/);
    expect(s.failures[1].reason).toMatch(/empty/);
  });

  it("a report the extractor throws on fails alone", () => {
    const [, second] = loadReports(corpus).reports;
    const s = ingestDirectory(db, corpus, {
      extract: (r) => {
        if (r.id === second.id) throw new Error("boom");
        return fakeExtract(r);
      },
    });
    expect(s.failed).toBe(1);
    expect(s.failures[0]).toEqual({ file: path.join(corpus, path.basename(second.file)), reason: "the extractor failed: boom" });
    expect(reportRows().map((r) => r.id)).not.toContain(second.id);
    expect(s.added).toBe(seedNames().length - 1);
  });

  it("a file that turns bad keeps its last good version", () => {
    ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    const [row] = reportRows();
    const events = eventCount(row.id);
    fs.writeFileSync(path.join(corpus, row.file), "not a report");
    const s = ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    expect([s.failed, s.removed]).toEqual([1, 0]);
    expect(reportRows()[0]).toEqual(row);
    expect(eventCount(row.id)).toBe(events);
  });

  it("a duplicate id is an error naming both files and does not replace the stored report", () => {
    ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    const names = seedNames();
    const last = names[names.length - 1];
    const original = reportRows().find((r) => r.file === last)!;
    // "000-copy.md" sorts before every seed: it must not take the id from the stored file.
    const copy = fs.readFileSync(path.join(corpus, last), "utf8").replace(/\n---\n/, "\n---\nوانشق عنصر.\n");
    fs.writeFileSync(path.join(corpus, "000-copy.md"), copy);
    const s = ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    expect(s.failed).toBe(1);
    expect(s.failures[0].file).toBe(path.join(corpus, "000-copy.md"));
    expect(s.failures[0].reason).toContain(path.join(corpus, last));
    expect(s.failures[0].reason).toContain(original.id);
    expect(reportRows().find((r) => r.id === original.id)).toEqual(original);
    // Two new files with one id in the same run: the first by name wins.
    fs.writeFileSync(path.join(corpus, "new-a.md"), "---\nid: twin\ntitle: a\noutlet: x\npublished: 2020-01-01\nlanguage: ar\n---\nانشق عنصر.\n");
    fs.writeFileSync(path.join(corpus, "new-b.md"), "---\nid: twin\ntitle: b\noutlet: x\npublished: 2020-01-01\nlanguage: ar\n---\nفر عنصر.\n");
    const t = ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    expect(t.added).toBe(1);
    expect(t.failures.map((f) => path.basename(f.file))).toEqual(["000-copy.md", "new-b.md"]);
    expect(t.failures[1].reason).toContain("new-a.md");
    expect(reportRows().find((r) => r.id === "twin")?.file).toBe("new-a.md");
  });

  it("never removes anything when the folder cannot be read", () => {
    ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    const before = reportRows();
    expect(() => ingestDirectory(db, path.join(dir, "missing"), { extract: fakeExtract, extractorVersion: "fake" })).toThrow(/cannot read the report folder/);
    expect(reportRows()).toEqual(before);
  });

  it("an empty folder empties the store (the folder was read: its reports are gone)", () => {
    ingestDirectory(db, corpus, { extract: fakeExtract, extractorVersion: "fake" });
    const empty = path.join(dir, "empty");
    fs.mkdirSync(empty);
    expect(ingestDirectory(db, empty).removed).toBe(seedNames().length);
    expect(eventCount()).toBe(0);
  });
});

describe("ingestDirectoryParallel", () => {
  it("gives exactly the sequential outcome: same summary, same reports and events", async () => {
    writeSyntheticCorpus(corpus, 120, 11);
    fs.writeFileSync(path.join(corpus, "bad.md"), "---\nid: [\n---\n");
    const dup = fs.readFileSync(path.join(corpus, "syn-000005.md"), "utf8").replace("synthetic", "other");
    fs.writeFileSync(path.join(corpus, "syn-000005b.md"), dup); // same id as syn-000005.md, later by name
    const other = openDatabase(path.join(dir, "parallel.sqlite"));
    try {
      const sequential = ingestDirectory(db, corpus);
      const parallel = await ingestDirectoryParallel(other, corpus, { workers: 2 });
      expect(parallel).toEqual(sequential);
      expect(sequential.failed).toBe(2);
      const dump = (d: Database) => ({
        reports: d.prepare("SELECT id, file, content_hash, body FROM reports ORDER BY id").all(),
        events: d.prepare("SELECT e.id, j.json FROM events e JOIN event_json j ON j.rid = e.rid ORDER BY e.id").all(),
        groups: d.prepare("SELECT e.id, g.group_key FROM event_groups g JOIN events e ON e.rid = g.event_rid ORDER BY e.id, g.position").all(),
      });
      const a = dump(db);
      expect(a.events.length).toBeGreaterThan(120);
      expect(dump(other)).toEqual(a);
      const again = await ingestDirectoryParallel(other, corpus, { workers: 2 });
      expect([again.unchanged, again.added, again.updated]).toEqual([sequential.added, 0, 0]);
    } finally {
      other.close();
    }
  });
});
