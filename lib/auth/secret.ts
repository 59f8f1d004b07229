import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The secret that signs session cookies: `BETTER_AUTH_SECRET` when set, else 32 random bytes generated
 * on first use into `auth-secret` beside the database file (`.data/` is git-ignored), readable by the owner only.
 */
export function authSecret(databaseFile: string): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  if (fromEnv) throw new Error("BETTER_AUTH_SECRET: must be at least 32 characters");
  const dir = databaseFile === ":memory:" ? path.join(process.cwd(), ".data") : path.dirname(path.resolve(/*turbopackIgnore: true*/ databaseFile));
  const file = path.join(dir, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another process wrote it first
    }
  }
}
