/** The real `npm run -s cli -- extract` command, spawned. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

function cli(args: string[]) {
  const r = spawnSync(tsx, ["scripts/cli.ts", "extract", ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, out: r.stdout.split("\n").filter(Boolean), err: r.stderr };
}

describe("cli extract", () => {
  it("prints one JSON object per report file with its events", () => {
    const r = cli(["data/reports/003_69d4fb9bd9d2fdea.md", "data/reports/002_a1b031b01cb16927.md"]);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(2);
    const first = JSON.parse(r.out[0]);
    expect(first.id).toBe("003_69d4fb9bd9d2fdea");
    expect(first.published).toEqual({ start: "2021-06-14", end: "2021-06-30" });
    expect(first.events.length).toBeGreaterThanOrEqual(6);
    const e = first.events[0];
    expect(Object.keys(e).sort()).toEqual(["confidence", "count", "date", "destination", "evidence", "groups", "kind", "place"]);
    expect(Object.keys(e.date).sort()).toEqual(["basis", "end", "explanation", "grain", "rule", "start", "text"]);
    expect(JSON.parse(r.out[1])).toMatchObject({ id: "002_a1b031b01cb16927", events: [] });
  });

  it("reads plain text with --published, names it by its base name", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "extract-"));
    const file = path.join(dir, "note-1.txt");
    writeFileSync(file, "انشق 12 عنصراً من ميليشيا الدفاع الوطني أمس في مدينة الميادين.\n");
    const r = cli(["--published", "2021-06-20", file]);
    expect(r.code).toBe(0);
    const line = JSON.parse(r.out[0]);
    expect(line.id).toBe("note-1");
    expect(line.events).toHaveLength(1);
    expect(line.events[0].count).toMatchObject({ low: 12, best: 12, high: 12 });
    expect(line.events[0].date).toMatchObject({ start: "2021-06-19", end: "2021-06-19", basis: "expression" });
    expect(line.events[0].groups[0]).toMatchObject({ id: "ndf", known: true });
  });

  it("reports a missing or unparsable file on stderr, processes the others and exits 1", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "extract-"));
    const bad = path.join(dir, "bad.md");
    writeFileSync(bad, "---\nid: x\n---\nنص\n");
    const r = cli(["/nonexistent/file.md", bad, "data/reports/001_84516b5837bfb85c.md"]);
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(1);
    expect(JSON.parse(r.out[0]).id).toBe("001_84516b5837bfb85c");
    expect(r.err).toContain("/nonexistent/file.md");
    expect(r.err).toContain(bad);
  });

  it("refuses plain text without --published", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "extract-"));
    const file = path.join(dir, "plain.txt");
    writeFileSync(file, "انشق عنصر");
    const r = cli([file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/plain\.txt.*--published/);
  });
});
