import type { Command } from "commander";
import { addUser, listUsers, removeUser, setRole } from "../../lib/auth/users";
import { defaultDatabasePath, openDatabase } from "../../lib/store/db";

/** Reads the password from standard input (never argv or the environment): the first line. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("password (then Enter and Ctrl-D): ");
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0];
}

async function withDb<T>(opts: { db?: string }, run: (db: ReturnType<typeof openDatabase>) => Promise<T>): Promise<T> {
  const db = openDatabase(opts.db ?? defaultDatabasePath());
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

/**
 * `npm run -s cli -- user add --email E --name N --role admin|editor` (password on stdin),
 * `user list`, `user role EMAIL ROLE`, `user remove EMAIL`.
 */
export function registerUser(program: Command): void {
  const user = program.command("user").description("manage the accounts of editors and admins");
  user
    .command("add")
    .description("create an account; the password is read from standard input")
    .requiredOption("--email <email>")
    .requiredOption("--name <name>")
    .requiredOption("--role <role>", "admin or editor")
    .option("--db <file>", "database file (default: $DATABASE_PATH or .data/inshiqaq.sqlite)")
    .action(async (opts: { email: string; name: string; role: string; db?: string }) => {
      const password = await readPassword();
      const u = await withDb(opts, (db) => addUser(db, { ...opts, password }));
      process.stdout.write(`added ${u.email} (${u.role})\n`);
    });
  user
    .command("list")
    .option("--db <file>")
    .action(async (opts: { db?: string }) => {
      const users = await withDb(opts, (db) => listUsers(db));
      for (const u of users) process.stdout.write(`${u.email}\t${u.role}\t${u.name}\t${u.createdAt}\n`);
    });
  user
    .command("role")
    .argument("<email>")
    .argument("<role>", "admin or editor")
    .option("--db <file>")
    .action(async (email: string, role: string, opts: { db?: string }) => {
      const u = await withDb(opts, (db) => setRole(db, email, role));
      process.stdout.write(`${u.email} is now ${u.role}\n`);
    });
  user
    .command("remove")
    .argument("<email>")
    .option("--db <file>")
    .action(async (email: string, opts: { db?: string }) => {
      await withDb(opts, (db) => removeUser(db, email));
      process.stdout.write(`removed ${email}\n`);
    });
}
