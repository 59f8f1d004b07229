import type { Database } from "better-sqlite3";
import { authFor } from "./auth";
import { isRole, ROLES, type Role } from "./roles";

/** Account management for the command line (an admin at the machine). Passwords only ever go to better-auth's hash. */

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  createdAt: string;
}

function checkRole(role: string): Role {
  if (!isRole(role)) throw new Error(`role: must be one of ${ROLES.join(", ")} (got "${role}")`);
  return role;
}

function checkEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) throw new Error(`email: "${email}" is not an email address`);
  return e;
}

export async function addUser(db: Database, input: { email: string; name: string; role: string; password: string }): Promise<UserRow> {
  const email = checkEmail(input.email);
  const role = checkRole(input.role);
  const name = input.name.trim();
  if (!name) throw new Error("name: is empty");
  if (input.password.length < 10) throw new Error("password: must be at least 10 characters");
  if (input.password.length > 128) throw new Error("password: must be at most 128 characters");
  const auth = await authFor(db);
  if (findUser(db, email)) throw new Error(`email: a user ${email} already exists`);
  await auth.api.createUser({ body: { email, name, password: input.password, role } });
  return findUser(db, email)!;
}

export function findUser(db: Database, email: string): UserRow | null {
  const row = db.prepare('SELECT id, email, name, role, createdAt FROM "user" WHERE email = ?').get(email.trim().toLowerCase()) as
    | (Omit<UserRow, "createdAt"> & { createdAt: string | number })
    | undefined;
  return row ? { ...row, createdAt: new Date(row.createdAt).toISOString() } : null;
}

export async function listUsers(db: Database): Promise<UserRow[]> {
  await authFor(db);
  return (db.prepare('SELECT email FROM "user" ORDER BY email').pluck().all() as string[]).map((e) => findUser(db, e)!);
}

/** Changes a role; the user's sessions are revoked so the new role applies at once. */
export async function setRole(db: Database, email: string, role: string): Promise<UserRow> {
  await authFor(db);
  const r = checkRole(role);
  const user = findUser(db, checkEmail(email));
  if (!user) throw new Error(`email: no user ${email}`);
  db.transaction(() => {
    db.prepare('UPDATE "user" SET role = ? WHERE id = ?').run(r, user.id);
    db.prepare('DELETE FROM "session" WHERE userId = ?').run(user.id);
  })();
  return findUser(db, user.email)!;
}

/** Removes a user, their sessions and password; their decisions stay in the log under their name. */
export async function removeUser(db: Database, email: string): Promise<void> {
  await authFor(db);
  const user = findUser(db, checkEmail(email));
  if (!user) throw new Error(`email: no user ${email}`);
  db.transaction(() => {
    db.prepare('DELETE FROM "session" WHERE userId = ?').run(user.id);
    db.prepare('DELETE FROM "account" WHERE userId = ?').run(user.id);
    db.prepare('DELETE FROM "user" WHERE id = ?').run(user.id);
  })();
}
