import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";

/** What the specs that sign in share: the CLI against the e2e database, accounts made with it, a read-only count. */

export const ROOT = path.resolve(__dirname, "..");
export const DB = path.resolve(ROOT, process.env.DATABASE_PATH ?? ".data/e2e.sqlite");

export function cli(args: string[], input?: string): string {
  return execFileSync("npm", ["run", "-s", "cli", "--", ...args], { cwd: ROOT, input, env: { ...process.env, DATABASE_PATH: DB }, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });
}

/** (Re)creates an account through the CLI, the password on standard input. */
export function makeUser(u: { email: string; name: string; password: string }, role: string): void {
  try {
    cli(["user", "remove", u.email]);
  } catch {
    // not there yet
  }
  cli(["user", "add", "--email", u.email, "--name", u.name, "--role", role], `${u.password}\n`);
}

export function count(sql: string, ...params: unknown[]): number {
  const db = new Database(DB, { readonly: true });
  try {
    return db.prepare(sql).pluck().get(...params) as number;
  } finally {
    db.close();
  }
}
