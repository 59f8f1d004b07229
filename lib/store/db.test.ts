import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { closeDatabase, getDatabase, migrate, openDatabase, schemaVersion } from "./db";
import { MIGRATIONS } from "./migrations";
import { makeEvent, tempDir } from "./test-fixtures";

const dirs: string[] = [];
afterEach(() => {
  closeDatabase();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("openDatabase", () => {
  it("creates the folder and file, migrates to the last version, WAL and foreign keys on", () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = path.join(dir, "nested", "deeper", "x.sqlite");
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  });

  it("runs only the missing migrations, in order, each once", () => {
    const dir = tempDir();
    dirs.push(dir);
    const db = openDatabase(path.join(dir, "x.sqlite"));
    const extra = [...MIGRATIONS, { version: MIGRATIONS.length + 1, description: "test", sql: "CREATE TABLE extra (x INTEGER);" }];
    expect(migrate(db, extra)).toBe(1);
    expect(migrate(db, extra)).toBe(0);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
    db.close();
  });

  it("a failing migration leaves the database at the previous version", () => {
    const dir = tempDir();
    dirs.push(dir);
    const db = openDatabase(path.join(dir, "x.sqlite"));
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, description: "broken", sql: "CREATE TABLE half (x); CREATE TABLE reports (y);" }];
    expect(() => migrate(db, broken)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });

  it("migration 3 moves the event JSON of an existing database to its own table", () => {
    const dir = tempDir();
    dirs.push(dir);
    const db = new Database(path.join(dir, "old.sqlite"));
    db.pragma("foreign_keys = ON");
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare(`INSERT INTO reports (id, file, title, outlet, published_start, published_end, published_text, language, body, content_hash, extractor_version, ingested_at)
      VALUES ('r', 'r.md', 't', 'o', '2021-01-01', '2021-01-01', '2021-01-01', 'ar', 'b', 'h', 'v', 'now')`).run();
    // A whole event: the later migrations key it for incidents (migration 9).
    const json = JSON.stringify(makeEvent({ start: "2021-01-01" }));
    db.prepare(`INSERT INTO events (rid, id, report_id, idx, kind, date_start, date_end, day_start, day_end, grain, date_basis, date_rule,
      date_explanation, confidence, sentence_start, sentence_end, groups_label, report_title, json)
      VALUES (7, 'r~0', 'r', 0, 'defection', '2021-01-01', '2021-01-01', 18628, 18628, 'day', 'default', 'x', 'x', 1, 0, 1, '', 't', ?)`).run(json);
    expect(migrate(db)).toBe(MIGRATIONS.length - 2);
    expect(db.prepare("SELECT rid, json FROM event_json").all()).toEqual([{ rid: 7, json }]);
    expect(db.prepare("SELECT COUNT(*) AS n FROM incident_events WHERE event_rid = 7").get()).toEqual({ n: 1 }); // migration 9
    expect(db.prepare("SELECT COUNT(*) AS n FROM pragma_table_info('events') WHERE name = 'json'").get()).toEqual({ n: 0 });
    db.prepare("DELETE FROM reports").run();
    expect(db.prepare("SELECT COUNT(*) AS n FROM event_json").get()).toEqual({ n: 0 }); // cascades
    db.close();
  });

  it("getDatabase opens DATABASE_PATH lazily, creating a missing file, and reuses it", () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = path.join(dir, "web", "db.sqlite");
    const before = process.env.DATABASE_PATH;
    process.env.DATABASE_PATH = file;
    try {
      expect(fs.existsSync(file)).toBe(false);
      const db = getDatabase();
      expect(getDatabase()).toBe(db);
      expect(fs.existsSync(file)).toBe(true);
      expect(db.prepare("SELECT COUNT(*) AS n FROM events").get()).toEqual({ n: 0 });
    } finally {
      if (before === undefined) delete process.env.DATABASE_PATH;
      else process.env.DATABASE_PATH = before;
    }
  });
});
