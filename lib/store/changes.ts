import type { Database } from "better-sqlite3";

/**
 * Writes made through this process's connections, counted per connection: a reader that keeps
 * derived data (lib/query/event-index.ts) sees its own connection's writes at once; other
 * processes' commits it sees through `PRAGMA data_version` and the `event_changes` log.
 */
const localWrites = new WeakMap<Database, number>();

/** Called by every write on a connection (lib/store/write.ts). */
export function markWritten(db: Database): void {
  localWrites.set(db, (localWrites.get(db) ?? 0) + 1);
}

/** How many writes went through this connection (0 when none). */
export function localWriteCount(db: Database): number {
  return localWrites.get(db) ?? 0;
}
