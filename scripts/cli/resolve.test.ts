import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

function run(args: string[], input: string) {
  const r = spawnSync("npx", ["tsx", "scripts/cli.ts", "resolve", ...args], { cwd: ROOT, input, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("cli resolve (spawned)", () => {
  it("writes one JSON object per input line", () => {
    const r = run(["--published", "2021-06-20"], "في نيسان الفائت انشق 25 مقاتلاً\n\nhello world 2021/06/13\nوصلوا مساء أمس ثم منذ يومين\n");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({
      text: "في نيسان الفائت انشق 25 مقاتلاً",
      matches: [
        {
          text: "نيسان الفائت",
          start: "2021-04-01",
          end: "2021-04-30",
          grain: "month",
          rule: "month-name",
          explanation: "نيسان الفائت, published 2021-06-20 → 2021-04-01..2021-04-30",
          offset: 3,
        },
      ],
    });
    expect(lines[1]).toEqual({ text: "", matches: [] });
    expect(lines[2]).toEqual({ text: "hello world 2021/06/13", matches: [] });
    expect(lines[3].matches.map((m: { text: string; start: string; offset: number }) => [m.text, m.start, m.offset])).toEqual([
      ["مساء أمس", "2021-06-19", 6],
      ["منذ يومين", "2021-06-18", 18],
    ]);
  });

  it("accepts a month or a range for --published", () => {
    const month = run(["--published", "2021-06"], "مطلع الشهر الجاري\n");
    expect(JSON.parse(month.stdout).matches[0]).toMatchObject({ start: "2021-06-01", end: "2021-06-10" });
    const range = run(["--published", "2021-06-14..2021-06-30"], "قبل أشهر\n");
    expect(JSON.parse(range.stdout).matches[0]).toMatchObject({ start: "2020-06-14", end: "2021-04-30" });
  });

  it("rejects a bad --published with a clear message and a non-zero exit", () => {
    const r = run(["--published", "2021-13-45"], "أمس\n");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("--published");
    expect(r.stderr).toContain("2021-13-45");
    expect(r.stdout).toBe("");
  });

  it("requires --published", () => {
    const r = run([], "أمس\n");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("--published");
  });
});
