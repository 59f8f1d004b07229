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

  it("rejects an unknown option", () => {
    const r = run("--verbos", "x.jsonl");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option --verbos");
  });
});
