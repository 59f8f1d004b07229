/**
 * npm run bench:extract — extractor throughput on one core.
 *
 * Builds 4 KB reports from the seed and development texts (each report: texts concatenated and
 * cut at 4096 characters on a sentence boundary), runs `extractEvents` over them for a few seconds
 * and prints reports/s and MB/s (UTF-8). Target: 1,000 reports of 4 KB per second.
 * Then times adversarial inputs (a 200 KB sentence, 20,000 numbers, tatweel runs, presentation
 * forms) to show there is no catastrophic backtracking: each must finish in well under a second.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractEvents } from "../lib/extract/index";
import { parseReport } from "../lib/reports/parse";

const root = path.resolve(__dirname, "..");
const texts: string[] = [];
for (const f of readdirSync(path.join(root, "data/reports")).filter((f) => f.endsWith(".md"))) {
  const parsed = parseReport(f, readFileSync(path.join(root, "data/reports", f)), "2100-01-01");
  if (parsed.ok) texts.push(parsed.report.body);
}
for (const file of ["data/dev/dev-reports.jsonl", "data/dev/own.jsonl"]) {
  try {
    for (const line of readFileSync(path.join(root, file), "utf8").split("\n")) if (line.trim()) texts.push(JSON.parse(line).text);
  } catch {
    // the dev sets are optional here
  }
}

const SIZE = 4096;
const reports: string[] = [];
let buf = "";
for (let round = 0; reports.length < 400; round++) {
  for (let i = 0; i < texts.length && reports.length < 400; i++) {
    const t = texts[(i + round * 7) % texts.length];
    buf += (buf ? "\n" : "") + t;
    while (buf.length >= SIZE) {
      let cut = buf.lastIndexOf(".", SIZE);
      if (cut < SIZE / 2) cut = SIZE;
      reports.push(buf.slice(0, cut + 1));
      buf = buf.slice(cut + 1);
    }
  }
}
const bytes = reports.reduce((n, r) => n + Buffer.byteLength(r, "utf8"), 0) / reports.length;
const published = { start: "2021-06-14", end: "2021-06-30" };

// Warm up (JIT, gazetteer compilation).
for (let i = 0; i < 50; i++) extractEvents({ id: "w", body: reports[i % reports.length], published });

let n = 0;
let events = 0;
const t0 = process.hrtime.bigint();
let elapsed = 0;
while (elapsed < 3) {
  const r = reports[n % reports.length];
  events += extractEvents({ id: String(n), body: r, published }).length;
  n++;
  if (n % 50 === 0) elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
}
elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
const rps = n / elapsed;
console.log(`reports: ${reports.length} distinct, mean ${Math.round(bytes)} bytes (${SIZE} chars)`);
console.log(`throughput: ${rps.toFixed(0)} reports/s, ${((rps * bytes) / 1048576).toFixed(2)} MB/s on one core (${n} reports in ${elapsed.toFixed(2)} s, ${events} events)`);
console.log(`target 1000 reports/s: ${rps >= 1000 ? "met" : "NOT met"}`);
// Machine calibration: the cost of a trivial loop step, to compare figures across machines.
{
  let acc = 0;
  const c0 = process.hrtime.bigint();
  for (let i = 0; i < 5e7; i++) acc += i & 7;
  const ns = Number(process.hrtime.bigint() - c0) / 5e7;
  console.log(`calibration: ${ns.toFixed(2)} ns per trivial loop step (about 1 ns on a current laptop core)${acc < 0 ? "" : ""}`);
}

const adversarial: Array<[string, string]> = [
  ["one 200 KB sentence", "انشق عناصر من ميليشيا الدفاع الوطني و".repeat(5500)],
  ["20,000 numbers", Array.from({ length: 20000 }, (_, i) => `${i} عنصراً`).join(" و")],
  ["tatweel runs", ("انشـ" + "ـ".repeat(1000) + "ـق ").repeat(200)],
  ["presentation forms", "ﻟﻮﺍﺀ أﺣﺮﺍﺭ ﺍﻟﺮﻗﺔ ﺍﻧﺸﻖ ".repeat(10000)],
  ["number words", "ثلاثة وعشرين ألفاً و".repeat(10000)],
  ["dots and quotes", "“.”«».".repeat(50000)],
];
for (const [label, text] of adversarial) {
  const s = process.hrtime.bigint();
  const out = extractEvents({ id: "adv", body: text, published });
  const ms = Number(process.hrtime.bigint() - s) / 1e6;
  console.log(`adversarial ${label}: ${(text.length / 1024).toFixed(0)} KB in ${ms.toFixed(0)} ms (${out.length} events)`);
}
