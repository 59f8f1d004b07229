import fs from "node:fs";
import path from "node:path";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadReports } from "../reports/load";
import { listReportFiles } from "../reports/load";
import { checkSubmittedReport, exportBrowserReports, saveBrowserReport } from "./browser-reports";
import { openDatabase } from "./db";
import { ingestDirectory } from "./ingest";
import { rejectEvent } from "./review";
import { tempDir } from "./test-fixtures";

const SEEDS = path.resolve(__dirname, "../../data/fixtures/seed-corpus");
const TEXT = "أفادت مصادر محلية بانشقاق خمسة عناصر من قوات النظام في مدينة درعا يوم الأحد الماضي.\nوفي سياق آخر، فر عشرة عناصر من ميليشيا الدفاع الوطني في ريف حمص.";
const FORM = { title: "تقرير من المتصفح: \"اقتباس\"\nid: hacked", outlet: "e2e", url: null, published: "2021-06-20", body: TEXT };

let dir: string;
let db: Database;
beforeEach(() => {
  dir = tempDir("inshiqaq-browser-");
  fs.cpSync(SEEDS, path.join(dir, "reports"), { recursive: true });
  db = openDatabase(path.join(dir, "db.sqlite"));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("reports added in the browser", () => {
  it("are validated with the rules and messages of report files", () => {
    const bad = checkSubmittedReport({ ...FORM, published: "2021-13", body: "  ", url: "ftp://x" }, { today: "2026-01-01" });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.map((e) => e.field).sort()).toEqual(["body", "published", "url"]);
    const future = checkSubmittedReport({ ...FORM, published: "2030-01-01" }, { today: "2026-01-01" });
    expect(!future.ok && future.errors[0].message).toMatch(/in the future/);
  });

  it("keep their title as typed (no front-matter injection), survive ingest and --reextract, and export as report files", () => {
    const checked = checkSubmittedReport(FORM, { today: "2026-01-01", id: "web-20260101-abcd" });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.report.title).toBe(FORM.title.trim());
    expect(checked.events).toHaveLength(2);
    saveBrowserReport(db, checked);
    rejectEvent(db, { id: "u", name: "U" }, "web-20260101-abcd~1", "not a defection");

    ingestDirectory(db, path.join(dir, "reports"), { gazetteers: null });
    expect(db.prepare("SELECT origin, COUNT(*) AS n FROM reports GROUP BY origin ORDER BY origin").all()).toEqual([
      { origin: "browser", n: 1 },
      { origin: "file", n: listReportFiles(SEEDS).length },
    ]);
    const summary = ingestDirectory(db, path.join(dir, "reports"), { gazetteers: null, reextract: true, extractorVersion: "next" });
    expect(summary.updated).toBe(listReportFiles(SEEDS).length + 1); // every file report and the browser-added one
    expect(db.prepare("SELECT id, review_status FROM events WHERE report_id = 'web-20260101-abcd'").all()).toEqual([{ id: "web-20260101-abcd~0", review_status: "unreviewed" }]);

    const out = path.join(dir, "export");
    expect(exportBrowserReports(db, out)).toEqual([path.join(out, "web-20260101-abcd.md")]);
    const loaded = loadReports(out, "2026-01-01");
    expect(loaded.reports.map((r) => [r.id, r.title, r.body.trim()])).toEqual([["web-20260101-abcd", FORM.title.trim(), TEXT]]);

    // A report file may not take the id of a browser-added report.
    fs.copyFileSync(path.join(out, "web-20260101-abcd.md"), path.join(dir, "reports", "web-20260101-abcd.md"));
    const clash = ingestDirectory(db, path.join(dir, "reports"), { gazetteers: null });
    expect(clash.failures.map((f) => f.reason)).toEqual([expect.stringMatching(/already used by a report added in the browser/)]);
  });
});
