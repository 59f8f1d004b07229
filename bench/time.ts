/**
 * Date-engine benchmark (`npm run bench:time`), one core:
 * - phrases resolved per second (every rule corpus phrase + every dev-set date_text), target ≥ 20,000/s;
 * - MB/s of Arabic report text scanned by findDateExpressions (seed bodies + dev-set texts, scanned
 *   report by report, and as one large text), target ≥ 5 MB/s;
 * - the slowest adversarial inputs (tatweel runs, digit runs, repeated month words, …) at two sizes,
 *   to show time grows linearly with length.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { findDateExpressions, resolveExpression } from "../lib/time/index";
import { RULE_MODULES } from "../lib/time/rules";
import type { PublicationWindow } from "../lib/time/types";

const ROOT = path.resolve(__dirname, "..");
const P: PublicationWindow = { start: "2021-06-20", end: "2021-06-20" };

function loadTexts(): string[] {
  const texts: string[] = [];
  const seeds = "/work/shared/seeds";
  try {
    for (const f of readdirSync(seeds).filter((x) => x.endsWith(".txt"))) texts.push(readFileSync(path.join(seeds, f), "utf8"));
  } catch {
    for (const f of readdirSync(path.join(ROOT, "data/reports")).filter((x) => x.endsWith(".md"))) texts.push(readFileSync(path.join(ROOT, "data/reports", f), "utf8"));
  }
  try {
    for (const line of readFileSync("/work/shared/dev-reports/reports.jsonl", "utf8").split("\n").filter(Boolean)) texts.push(JSON.parse(line).text);
  } catch {
    /* dev set absent: seeds only */
  }
  return texts;
}

function loadPhrases(texts: string[]): string[] {
  const phrases = RULE_MODULES.flatMap((m) => m.examples.map((e) => e[0]));
  try {
    for (const line of readFileSync("/work/shared/dev-reports/reports.jsonl", "utf8").split("\n").filter(Boolean)) {
      for (const e of JSON.parse(line).events) if (e.date_text) phrases.push(e.date_text);
    }
  } catch {
    /* optional */
  }
  // Plus ordinary sentences with and without dates, as a CLI caller would send.
  for (const t of texts) for (const s of t.split(/[.\n]/)) if (s.trim().length > 20 && phrases.length < 2000) phrases.push(s.trim().slice(0, 160));
  return phrases;
}

function timeIt(fn: () => number, minMs = 1500): { perSecond: number; ms: number; units: number } {
  fn(); // warm-up
  let units = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    units += fn();
    t = performance.now();
  }
  return { perSecond: (units * 1000) / (t - t0), ms: t - t0, units };
}

const texts = loadTexts();
const phrases = loadPhrases(texts);
const bytesOf = (s: string) => Buffer.byteLength(s, "utf8");

const phraseRate = timeIt(() => {
  for (const p of phrases) resolveExpression(p, P);
  return phrases.length;
});

const corpusBytes = texts.reduce((n, t) => n + bytesOf(t), 0);
const perReport = timeIt(() => {
  for (const t of texts) findDateExpressions(t, P);
  return corpusBytes;
});

const big = Array.from({ length: Math.ceil((4 * 1024 * 1024) / corpusBytes) }, () => texts.join("\n\n")).join("\n\n");
const bigBytes = bytesOf(big);
const bigRun = timeIt(() => {
  findDateExpressions(big, P);
  return bigBytes;
}, 2000);

const mb = (bytesPerSecond: number) => (bytesPerSecond / (1024 * 1024)).toFixed(2);
console.log(`corpus: ${texts.length} texts, ${(corpusBytes / 1024).toFixed(0)} KiB; ${phrases.length} phrases`);
console.log(`phrases resolved: ${Math.round(phraseRate.perSecond).toLocaleString("en")} /s   (target ≥ 20,000)`);
console.log(`scan, report by report: ${mb(perReport.perSecond)} MB/s   (target ≥ 5)`);
console.log(`scan, one ${(bigBytes / 1024 / 1024).toFixed(1)} MB text: ${mb(bigRun.perSecond)} MB/s`);

// Adversarial inputs: time at n and 2n characters; linear patterns give a ratio near 2.
const ADVERSARIAL: Array<[string, (n: number) => string]> = [
  ["tatweel runs", (n) => "أ" + "ـ".repeat(n) + "مس"],
  ["tatweel between letters", (n) => "مـ".repeat(n / 2)],
  ["digit run", (n) => "1".repeat(n)],
  ["digits and slashes", (n) => "12/".repeat(n / 3)],
  ["repeated month words", (n) => "نيسان ".repeat(n / 6)],
  ["repeated paired months", (n) => "حزيران/يونيو ".repeat(n / 13)],
  ["منذ منذ منذ", (n) => "منذ ".repeat(n / 4)],
  ["الـ الـ الـ", (n) => "الـ ".repeat(n / 4)],
  ["number words", (n) => "ثلاثة وعشرين ".repeat(n / 13)],
  ["days before a unit", (n) => "خمسة ".repeat(n / 5) + "أيام الماضية"],
  ["weekday chain", (n) => "أمس الأحد ".repeat(n / 10)],
  ["dots and commas", (n) => "ه.،".repeat(n / 3)],
  ["one long line of 2021", (n) => "2021 ".repeat(n / 5)],
];
let worst = { name: "", msPerMB: 0, ratio: 0 };
console.log("adversarial (n = 500k chars and 1M chars):");
for (const [name, make] of ADVERSARIAL) {
  const times: number[] = [];
  for (const n of [500_000, 1_000_000]) {
    const text = make(n);
    const t0 = performance.now();
    findDateExpressions(text, P);
    times.push(performance.now() - t0);
  }
  const msPerMB = times[1] / (make(1_000_000).length / 1_000_000);
  const ratio = times[1] / Math.max(times[0], 0.001);
  console.log(`  ${name.padEnd(26)} ${times[0].toFixed(0).padStart(6)} ms  ${times[1].toFixed(0).padStart(6)} ms  (×${ratio.toFixed(2)})`);
  if (msPerMB > worst.msPerMB) worst = { name, msPerMB, ratio };
}
console.log(`slowest adversarial: ${worst.name}, ${worst.msPerMB.toFixed(0)} ms per million chars (doubling ratio ×${worst.ratio.toFixed(2)})`);
