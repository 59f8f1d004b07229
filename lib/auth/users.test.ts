import fs from "node:fs";
import path from "node:path";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../store/db";
import { tempDir } from "../store/test-fixtures";
import { authFor } from "./auth";
import { addUser, findUser, listUsers, removeUser, setRole } from "./users";

let dir: string;
let db: Database;
const PASSWORD = "correct horse battery";

beforeEach(() => {
  dir = tempDir("inshiqaq-auth-");
  db = openDatabase(path.join(dir, "db.sqlite"));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("accounts", () => {
  it("creates users with a scrypt hash (never the password in clear) and a secret file beside the database", async () => {
    await addUser(db, { email: "Rana@Example.org", name: "Rana", role: "admin", password: PASSWORD });
    expect(findUser(db, "rana@example.org")).toMatchObject({ name: "Rana", role: "admin" });
    const stored = db.prepare('SELECT password FROM "account"').pluck().get() as string;
    expect(stored).not.toContain(PASSWORD);
    expect(stored).toMatch(/^[0-9a-f]+:[0-9a-f]+$/); // salt:key of scrypt
    const everything = fs.readFileSync(path.join(dir, "db.sqlite")).toString("latin1") + (fs.existsSync(path.join(dir, "db.sqlite-wal")) ? fs.readFileSync(path.join(dir, "db.sqlite-wal")).toString("latin1") : "");
    expect(everything).not.toContain(PASSWORD);
    expect(fs.readFileSync(path.join(dir, "auth-secret"), "utf8").trim().length).toBeGreaterThanOrEqual(40);
  });

  it("signs in with the right password only, and revokes sessions on a role change", async () => {
    await addUser(db, { email: "ed@example.org", name: "Ed", role: "editor", password: PASSWORD });
    const auth = await authFor(db);
    await expect(auth.api.signInEmail({ body: { email: "ed@example.org", password: "wrong password!" } })).rejects.toThrow();
    const ok = await auth.api.signInEmail({ body: { email: "ed@example.org", password: PASSWORD } });
    expect(ok.user.email).toBe("ed@example.org");
    expect(db.prepare('SELECT COUNT(*) FROM "session"').pluck().get()).toBe(1);
    await setRole(db, "ed@example.org", "admin");
    expect(findUser(db, "ed@example.org")?.role).toBe("admin");
    expect(db.prepare('SELECT COUNT(*) FROM "session"').pluck().get()).toBe(0);
  });

  it("refuses bad input with a message naming the field, and removes users", async () => {
    await expect(addUser(db, { email: "nope", name: "X", role: "admin", password: PASSWORD })).rejects.toThrow(/^email:/);
    await expect(addUser(db, { email: "a@b.org", name: "X", role: "reader", password: PASSWORD })).rejects.toThrow(/^role:/);
    await expect(addUser(db, { email: "a@b.org", name: "X", role: "editor", password: "short" })).rejects.toThrow(/^password:/);
    await addUser(db, { email: "a@b.org", name: "X", role: "editor", password: PASSWORD });
    await expect(addUser(db, { email: "a@b.org", name: "Y", role: "editor", password: PASSWORD })).rejects.toThrow(/already exists/);
    await removeUser(db, "a@b.org");
    expect(await listUsers(db)).toEqual([]);
  });
});
