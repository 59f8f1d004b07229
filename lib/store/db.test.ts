import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closeDatabase, getDatabase, migrate, openDatabase, schemaVersion } from "./db";
import { MIGRATIONS } from "./migrations";
import { tempDir } from "./test-fixtures";

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
