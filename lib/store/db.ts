import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS, type Migration } from "./migrations";

export type { Database } from "better-sqlite3";
type Db = Database.Database;

/** `<project>/.data/inshiqaq.sqlite` unless `DATABASE_PATH` says otherwise (`.data/` is git-ignored). */
export function defaultDatabasePath(): string {
  return process.env.DATABASE_PATH || path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "inshiqaq.sqlite");
}

/**
 * Opens (creating the file and its folder when needed) and migrates the database.
 * WAL lets the dashboard read while an ingest writes; foreign keys make deletes cascade;
 * busy_timeout makes a second writer wait instead of failing.
 */
export function openDatabase(file: string = defaultDatabasePath()): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  // NORMAL in WAL mode: a committed transaction survives a killed process; only a power cut can lose the last ones.
  db.pragma("synchronous = NORMAL");
  // The dashboard reads the same pages again and again: keep them in memory (64 MB of cache) and map
  // the file instead of copying every page through read() calls.
  db.pragma("cache_size = -65536");
  db.pragma("mmap_size = 1073741824");
  db.pragma("temp_store = MEMORY");
  migrate(db);
  return db;
}

/** The number of migrations applied to this database. */
export function schemaVersion(db: Db): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/**
 * Applies every migration newer than the database in ONE transaction with the version bump: after a
 * crash the file is at its old version or the new one. The SQL of every pending migration runs first,
 * then their `upgrade` steps in order: those are today's code (lib/store/incidents.ts, …), which
 * reads and writes today's schema, so they run once the whole schema is there.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  // Up to date (the usual case): no write lock, so opening never waits for a running ingest.
  if (migrations.every((m) => m.version <= schemaVersion(db))) return 0;
  const step = db.transaction(() => {
    // Re-read inside the write transaction: two processes opening a fresh file at once must not both migrate.
    const pending = migrations.filter((m) => m.version > schemaVersion(db));
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${Number(m.version)}`);
    }
    for (const m of pending) m.upgrade?.(db);
    return pending.length;
  });
  return step.immediate();
}

let shared: Db | null = null;

/**
 * The web's database: opened on first use (never at import or build time) and kept for the
 * life of the process. A missing file is created and migrated, so a fresh checkout shows an
 * empty dashboard rather than an error.
 */
export function getDatabase(): Db {
  if (!shared) shared = openDatabase();
  return shared;
}

/** Closes the shared database (tests, scripts). */
export function closeDatabase(): void {
  shared?.close();
  shared = null;
}
