import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "./db";
import { ingestDirectory } from "./ingest";
import { tempDir } from "./test-fixtures";

/**
 * Killing the server in the middle of a decision: a child process opens the database, starts the
 * decision's transaction (the decision appended, the report's events deleted for their rebuild) and is
 * killed with SIGKILL before the commit. The database must hold what was committed before, and no
 * half-written decision.
 */

const ROOT = path.resolve(__dirname, "../..");
let dir: string;

beforeEach(() => {
  dir = tempDir("inshiqaq-crash-");
  fs.mkdirSync(path.join(dir, "reports"));
  fs.writeFileSync(
    path.join(dir, "reports", "c1.md"),
    `---\nid: c1\ntitle: "تقرير"\noutlet: "test"\npublished: "2021-06-20"\nlanguage: ar\n---\nأفادت مصادر محلية بانشقاق خمسة عناصر من قوات النظام في مدينة درعا يوم الأحد الماضي.\n`,
  );
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a kill in the middle of a decision", () => {
  it("loses nothing committed and leaves no half-written decision", () => {
    const file = path.join(dir, "db.sqlite");
    const db = openDatabase(file);
    ingestDirectory(db, path.join(dir, "reports"), { gazetteers: null });
    const events = db.prepare("SELECT id, review_status, count_best FROM events ORDER BY id").all();
    expect(events).toHaveLength(1);
    db.close();

    const script = `
      const { openDatabase } = require(${JSON.stringify(path.join(ROOT, "lib/store/db.ts"))});
      const { appendDecision } = require(${JSON.stringify(path.join(ROOT, "lib/store/decisions.ts"))});
      const db = openDatabase(${JSON.stringify(file)});
      db.transaction(() => {
        appendDecision(db, { reportId: "c1", eventKey: "k", action: "reject", quote: { exact: "x", prefix: "", suffix: "", start: 0, end: 1 }, before: null, after: null, reason: "r", userId: "u", userName: "U", undoes: null });
        db.prepare("DELETE FROM events WHERE report_id = 'c1'").run();
        process.kill(process.pid, "SIGKILL");
      }).immediate();
    `;
    const run = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(run.signal).toBe("SIGKILL");

    const after = openDatabase(file);
    expect(after.prepare("SELECT COUNT(*) FROM decisions").pluck().get()).toBe(0);
    expect(after.prepare("SELECT id, review_status, count_best FROM events ORDER BY id").all()).toEqual(events);
    after.close();
  });
});
