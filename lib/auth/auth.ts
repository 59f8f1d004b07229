import type { Database } from "better-sqlite3";
import { betterAuth } from "better-auth";
import { getMigrations } from "better-auth/db/migration";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import { authSecret } from "./secret";
import { getDatabase } from "../store/db";

/**
 * better-auth on the store's own SQLite file: email + password (scrypt), database sessions, the admin
 * plugin's roles (admin, editor), sign-in rate-limited with its counters in the database, origin checks.
 * Sign-up is closed: accounts are made by an admin (`npm run -s cli -- user add`).
 */

const ac = createAccessControl(defaultStatements);
const roles = { admin: adminAc, editor: ac.newRole({ user: [], session: [] }) };

/** Sign-in attempts per IP and minute. */
export const SIGN_IN_LIMIT = 5;

function build(db: Database) {
  return betterAuth({
    database: db,
    secret: authSecret(db.name),
    baseURL: process.env.BETTER_AUTH_URL,
    // Without BETTER_AUTH_URL the site is whatever host it is served on (a port per machine): the
    // request's own origin is trusted, so a browser's cross-site request (Origin of another site) is refused.
    trustedOrigins: (request?: Request) => {
      const host = request?.headers.get("host");
      if (!host) return [];
      const proto = request?.headers.get("x-forwarded-proto") ?? new URL(request!.url).protocol.replace(":", "");
      return [`${proto}://${host}`];
    },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    session: { expiresIn: 60 * 60 * 24 * 7 },
    rateLimit: { enabled: true, storage: "database", window: 60, max: 200, customRules: { "/sign-in/email": { window: 60, max: SIGN_IN_LIMIT } } },
    advanced: {
      // Secure cookies when the site is served over https (BETTER_AUTH_URL https://…); httpOnly and SameSite=Lax always.
      useSecureCookies: (process.env.BETTER_AUTH_URL ?? "").startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    plugins: [admin({ ac, roles, defaultRole: "editor", adminRoles: ["admin"] }), nextCookies()],
    logger: { level: "error" },
  });
}

export type Auth = ReturnType<typeof build>;

const instances = new WeakMap<Database, Promise<Auth>>();

/** The auth of a database connection, its tables created (better-auth's migrations) on first use. */
export function authFor(db: Database): Promise<Auth> {
  let p = instances.get(db);
  if (!p) {
    p = (async () => {
      const auth = build(db);
      await ensureAuthTables(auth);
      return auth;
    })();
    instances.set(db, p);
    p.catch(() => instances.delete(db));
  }
  return p;
}

/** Creates better-auth's tables (user, session, account, verification, rateLimit) when missing. */
export async function ensureAuthTables(auth: Auth): Promise<void> {
  const { toBeCreated, toBeAdded, runMigrations } = await getMigrations(auth.options);
  if (toBeCreated.length > 0 || toBeAdded.length > 0) await runMigrations();
}

/** The auth of the app's shared database (route handlers, pages). */
export function getAuth(): Promise<Auth> {
  return authFor(getDatabase());
}
