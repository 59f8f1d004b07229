import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/eval.ts"), ...args], { cwd: root, encoding: "utf8" });
const dir = mkdtempSync(path.join(tmpdir(), "eval-cli-"));

describe("npm run eval", () => {
  it("names a missing gold file and exits 2", () => {
    const r = run(path.join(dir, "absent.jsonl"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("gold file not found");
    expect(r.stderr).toContain("absent.jsonl");
  });

  it("names the file and line of a malformed record", () => {
    const file = path.join(dir, "bad.jsonl");
    writeFileSync(file, `${JSON.stringify({ id: "a", published: "2021-06-01", text: "نص", events: [] })}\n{"id": "b", "published": "2021-06-01", "text": "نص", "events": [{"group": "قسد", "kind": "ran"}]}\n`);
    const r = run(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}:2: events[0].kind`);
  });

  it("prints the figures as JSON with --json", () => {
    const file = path.join(dir, "neg.jsonl");
    writeFileSync(file, `${JSON.stringify({ id: "n1", published: "2021-06-01", text: "قتل ثلاثة عناصر من قوات النظام أمس.", events: [] })}\n`);
    const r = run(file, "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary.reports).toBe(1);
    expect(out.summary.negativeReports).toBe(1);
    expect(out.summary.events.fn).toBe(0);
  });

  it("prints the share of correct events per confidence band with --calibration and --cv K", () => {
    const file = path.join(dir, "cal.jsonl");
    const right = { group: "قسد", count: { low: 12, best: 12, high: 12 }, date: { start: "2021-06-19", end: "2021-06-19" }, kind: "defection" };
    const lines = Array.from({ length: 6 }, (_, i) =>
      JSON.stringify({ id: `c${i}`, published: "2021-06-20", text: "انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", events: i < 4 ? [right] : [{ ...right, group: "الدفاع الوطني" }] }),
    );
    writeFileSync(file, `${lines.join("\n")}\n`);
    const r = run(file, "--calibration", "--cv", "3", "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    for (const table of [out.calibration.shipped, out.calibration.cv.bands]) {
      expect(table.map((b: { label: string }) => b.label)).toEqual(["≥ 0.9", "0.7–0.9", "< 0.7"]);
      expect(table.reduce((s: number, b: { events: number }) => s + b.events, 0)).toBe(6);
      expect(table.reduce((s: number, b: { correct: number }) => s + b.correct, 0)).toBe(4);
    }
    expect(out.calibration.cv.folds).toBe(3);
    const text = run(file, "--calibration");
    expect(text.stdout).toMatch(/confidence as shipped/);
    expect(text.stdout).toMatch(/≥ 0\.9 +\d+ events/);
  });

  it("rejects --cv without a number of folds of at least 2", () => {
    const r = run("x.jsonl", "--cv", "1");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--cv needs a whole number of folds ≥ 2 (got 1)");
  });

  it("rejects an unknown option", () => {
    const r = run("--verbos", "x.jsonl");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option --verbos");
  });
});
