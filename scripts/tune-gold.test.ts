import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs, readTuneGold } from "./tune-gold";

const thrower = (message: string): never => {
  throw new Error(message);
};
const dir = mkdtempSync(path.join(tmpdir(), "tune-gold-"));

describe("readTuneGold and parseArgs (eval:perturb, eval:negated, eval:digest)", () => {
  it("refuses the untouched split by its name, before reading it", () => {
    expect(() => readTuneGold([path.join(dir, "real-untouched.jsonl")], thrower)).toThrow(/untouched split/);
  });
  it("names a missing file, reads a gold file", () => {
    expect(() => readTuneGold([path.join(dir, "absent.jsonl")], thrower)).toThrow(/gold file not found/);
    const f = path.join(dir, "one.jsonl");
    writeFileSync(f, `${JSON.stringify({ id: "x1", published: "2021-03-18", text: "نص", events: [] })}\n`);
    expect(readTuneGold([f], thrower).map((r) => r.id)).toEqual(["x1"]);
  });
  it("the real-tune file when none is given", () => {
    const files: string[] = [];
    expect(readTuneGold(files, thrower).length).toBeGreaterThan(0);
    expect(files).toEqual(["data/dev/real-tune.jsonl"]);
  });
  it("flags, options with a value, files; an unknown option or a missing value fails", () => {
    const a = parseArgs(["a.jsonl", "--json", "--only", "x,y", "b.jsonl"], { flags: ["--json"], values: ["--only"] }, "usage", thrower);
    expect([a.files, [...a.flags], [...a.values]]).toEqual([["a.jsonl", "b.jsonl"], ["--json"], [["--only", "x,y"]]]);
    expect(() => parseArgs(["--nope"], { flags: [], values: [] }, "usage", thrower)).toThrow(/unknown option --nope/);
    expect(() => parseArgs(["--only"], { flags: [], values: ["--only"] }, "usage", thrower)).toThrow(/--only needs a value/);
  });
});
