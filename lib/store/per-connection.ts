import type { Database } from "better-sqlite3";

/**
 * `build(db)` once per connection, kept as long as the connection is: prepared statements (and
 * transaction wrappers) cost a parse each, and every write asks for them.
 */
export function perConnection<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    let value = built.get(db);
    if (value === undefined) {
      value = build(db);
      built.set(db, value);
    }
    return value;
  };
}
