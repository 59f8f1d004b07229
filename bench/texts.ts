/**
 * The report texts the extractor benches build their 4 KB reports from: the report files of data/reports and
 * the dev and own sets. The untouched real split (data/dev/README.md) is left out: nobody runs anything on it
 * but the lead's one eval at merge.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseReport } from "../lib/reports/parse";

const UNTOUCHED = new Set("r03 r07 r08 r10 r15 r19 r21 r22 r23 r25 r29 r30 r31 r35 r39 r41 r43 r49 r50 r52".split(" "));

export function benchTexts(root: string): string[] {
  const texts: string[] = [];
  for (const f of readdirSync(path.join(root, "data/reports")).filter((f) => f.endsWith(".md") && !UNTOUCHED.has(f.slice(0, -3)))) {
    const parsed = parseReport(f, readFileSync(path.join(root, "data/reports", f)), "2100-01-01");
    if (parsed.ok) texts.push(parsed.report.body);
  }
  for (const file of ["data/dev/dev-reports.jsonl", "data/dev/own.jsonl"]) {
    for (const line of readFileSync(path.join(root, file), "utf8").split("\n")) if (line.trim()) texts.push(JSON.parse(line).text);
  }
  return texts;
}

/** How many reports a bench round runs over, and their size in characters (the "4 KB reports" of issue 10). */
export const BENCH_REPORTS = 400;
export const BENCH_REPORT_CHARS = 4096;

/**
 * The bench reports: the texts concatenated in a rotating order and cut at BENCH_REPORT_CHARS characters
 * on a sentence boundary (a full stop in the second half, else the size itself). Every extractor bench
 * runs these, so their figures compare.
 */
export function benchReports(root: string): string[] {
  const texts = benchTexts(root);
  const reports: string[] = [];
  let buf = "";
  for (let round = 0; reports.length < BENCH_REPORTS; round++) {
    for (let i = 0; i < texts.length && reports.length < BENCH_REPORTS; i++) {
      buf += (buf ? "\n" : "") + texts[(i + round * 7) % texts.length];
      while (buf.length >= BENCH_REPORT_CHARS) {
        let cut = buf.lastIndexOf(".", BENCH_REPORT_CHARS);
        if (cut < BENCH_REPORT_CHARS / 2) cut = BENCH_REPORT_CHARS;
        reports.push(buf.slice(0, cut + 1));
        buf = buf.slice(cut + 1);
      }
    }
  }
  return reports;
}
