/**
 * What the real-text measures share (eval:perturb, eval:negated, eval:digest): their argument loop and the reading
 * of the gold files (default data/dev/real-tune.jsonl), which refuses the untouched split.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseGoldJsonl, type GoldReport } from "../lib/eval/gold";

export type Fail = (message: string) => never;

/** The gold reports of `files` (real-tune when none); fails on the untouched split or a missing file. */
export function readTuneGold(files: string[], fail: Fail): GoldReport[] {
  if (files.length === 0) files.push("data/dev/real-tune.jsonl");
  for (const f of files) {
    if (/untouched/.test(path.basename(f))) fail(`${f} is the untouched split: only the lead measures it, once, at merge`);
    if (!existsSync(f)) fail(`gold file not found: ${f}`);
  }
  return files.flatMap((f) => parseGoldJsonl(readFileSync(f, "utf8"), f));
}

/**
 * The argument loop: `flags` are options without a value, `values` options with one; everything else not starting
 * with "-" is a gold file. --help prints the usage and exits.
 */
export function parseArgs(argv: readonly string[], spec: { flags: readonly string[]; values: readonly string[] }, usage: string, fail: Fail) {
  const files: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (spec.flags.includes(a)) flags.add(a);
    else if (spec.values.includes(a)) values.set(a, argv[++i] ?? fail(`${a} needs a value`));
    else if (a === "--help" || a === "-h") {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    } else if (a.startsWith("-")) fail(`unknown option ${a}`);
    else files.push(a);
  }
  return { files, flags, values };
}

/** The usual fail: the message and the usage on stderr, exit 2. */
export const failWith =
  (script: string, usage: string): Fail =>
  (message) => {
    process.stderr.write(`${script}: ${message}\n${usage}\n`);
    process.exit(2);
  };
