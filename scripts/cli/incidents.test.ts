import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitTelling } from "../../lib/store/incident-decisions";
import { ingestDirectory } from "../../lib/store/ingest";
import { tempDatabase } from "../../lib/store/test-fixtures";

/** The real CLI, as `npm run -s cli -- incidents` runs it. */
const ROOT = path.resolve(__dirname, "../..");
const CLI = ["--import", "tsx", path.join(ROOT, "scripts/cli.ts"), "incidents"];
const SEEDS = path.join(ROOT, "data/fixtures/seed-corpus");

function run(...files: string[]) {
  const r = spawnSync(process.execPath, [...CLI, ...files], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, lines: r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l)), stderr: r.stderr };
}

describe("npm run -s cli -- incidents", () => {
  it("prints one JSON object per incident: two reports of one incident are one line with both tellings", () => {
    const r = run(path.join(SEEDS, "006_incident_told_twice_b.md"), path.join(SEEDS, "005_incident_told_twice_a.md"));
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    const [incident] = r.lines;
    expect(incident.id).toBe("inc~005_incident_told_twice_a~0");
    expect(incident.tellings).toEqual([
      { report: "005_incident_told_twice_a", event: 0 },
      { report: "006_incident_told_twice_b", event: 0 },
    ]);
    expect(incident.groups.map((g: { id: string }) => g.id)).toEqual(["4th-division"]);
    expect(incident.date).toEqual({ start: "2022-03-14", end: "2022-03-14", basis: "intersection" });
    expect(incident.count).toMatchObject({ low: 16, best: 18, high: 24 });
    expect(incident.conflicts).toEqual([]);
    expect(incident.proposed).toEqual([]);
    expect(Object.keys(incident)).toEqual(expect.arrayContaining(["id", "tellings", "groups", "kind", "count", "date", "conflicts", "proposed"]));
  }, 120_000);

  it("names a missing file on stderr, still merges the others, and exits 1", () => {
    const r = run(path.join(SEEDS, "005_incident_told_twice_a.md"), path.join(SEEDS, "no-such-report.md"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/incidents: .*no-such-report\.md: does not exist/);
    expect(r.lines.map((l) => l.id)).toEqual(["inc~005_incident_told_twice_a~0"]);
  }, 120_000);

  it("--db applies the merges and splits stored in a database: a split telling is its own incident", () => {
    const { db, file, dir } = tempDatabase();
    try {
      ingestDirectory(db, SEEDS, { gazetteers: null });
      splitTelling(db, { id: "u1", name: "Analyst" }, "006_incident_told_twice_b~0", "another unit");
      const files = [path.join(SEEDS, "005_incident_told_twice_a.md"), path.join(SEEDS, "006_incident_told_twice_b.md")];
      const split = run(...files, "--db", file);
      expect(split.status).toBe(0);
      expect(split.lines.map((l) => l.tellings)).toEqual([[{ report: "005_incident_told_twice_a", event: 0 }], [{ report: "006_incident_told_twice_b", event: 0 }]]);
      // Without --db, the rules alone: one incident.
      expect(run(...files).lines).toHaveLength(1);
      const missing = run(...files, "--db", path.join(dir, "no-such.sqlite"));
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/incidents: --db .*no-such\.sqlite: does not exist/);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

