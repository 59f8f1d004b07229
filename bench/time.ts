/**
 * Date-engine benchmark (`npm run bench:time`), one core, rates per CPU second (median and best of 7 rounds):
 * - phrases resolved per second (a fixed set: the gold date_text of seeds, dev set and real-tune), target
 *   ≥ 100,000/s; the rule-corpus examples apart (they grow with the rules);
 *   and whole report sentences resolved per second;
 * - MB/s of Arabic report text scanned by findDateExpressions (seed bodies + dev-set texts, scanned
 *   report by report, and as one large text), target ≥ 5 MB/s;
 * - the slowest adversarial inputs (tatweel runs, digit runs, repeated month words, …) at two sizes,
 *   to show time grows linearly with length.
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { findDateExpressions, resolveExpression } from "../lib/time/index";
import { RULE_MODULES } from "../lib/time/rules";
import type { PublicationWindow } from "../lib/time/types";

const ROOT = path.resolve(__dirname, "..");
const P: PublicationWindow = { start: "2021-06-20", end: "2021-06-20" };

/** Reads a gold set of the repository (one JSON report per line). */
function readGold(file: string): Array<{ text: string; events: Array<{ date_text?: string | null }> }> {
  return readFileSync(path.join(ROOT, "data/dev", file), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

/** The seed texts and the development set (the same 46 texts as ../shared/seeds + dev-reports, read from data/dev). */
function loadTexts(): string[] {
  return [...readGold("seeds.jsonl"), ...readGold("dev-reports.jsonl")].map((r) => r.text);
}

/**
 * Short phrases, a FIXED set so that versions compare: every gold date_text of the seeds, the dev set and
 * the tuning half of the real corpus (what `resolve` is fed). The rule corpora (which grow with the rules)
 * are timed apart.
 */
function loadPhrases(): string[] {
  const phrases: string[] = [];
  for (const file of ["seeds.jsonl", "dev-reports.jsonl", "real-tune.jsonl"]) {
    for (const r of readGold(file)) for (const e of r.events) if (e.date_text) phrases.push(...e.date_text.split(" / "));
  }
  return phrases;
}

/** Whole sentences from the reports, with and without dates (up to 160 characters). */
function loadSentences(texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts) for (const s of t.split(/[.\n]/)) if (s.trim().length > 20) out.push(s.trim().slice(0, 160));
  return out;
}

/**
 * Runs `fn` in rounds of ~`roundMs` of this process's CPU time (process.cpuUsage: user + system)
 * and returns the median and best rate per CPU second. On a shared machine wall time also counts
 * the time other processes hold the core; CPU time does not (it still suffers from shared caches
 * and steal time, so the best round is the nearest to an idle core, the median what a busy
 * machine gives). process.cpuUsage counts every thread of the process, V8's GC and compiler
 * threads included, so a round can show more CPU time than wall time.
 */
function timeIt(fn: () => number, rounds = 7, roundMs = 400): { median: number; best: number } {
  fn(); // warm-up (regex tier-up, JIT)
  fn();
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let units = 0;
    const c0 = process.cpuUsage();
    let cpuMs = 0;
    while (cpuMs < roundMs) {
      units += fn();
      const c = process.cpuUsage(c0);
      cpuMs = (c.user + c.system) / 1000;
    }
    rates.push((units * 1000) / cpuMs);
  }
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(rates.length / 2)], best: rates[rates.length - 1] };
}

const texts = loadTexts();
const phrases = loadPhrases();
const sentences = loadSentences(texts);
const bytesOf = (s: string) => Buffer.byteLength(s, "utf8");

const phraseRate = timeIt(() => {
  for (const p of phrases) resolveExpression(p, P);
  return phrases.length;
});
const examples = RULE_MODULES.flatMap((m) => m.examples.map((e) => e[0]));
const exampleRate = timeIt(() => {
  for (const p of examples) resolveExpression(p, P);
  return examples.length;
});
const sentenceRate = timeIt(() => {
  for (const p of sentences) resolveExpression(p, P);
  return sentences.length;
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
}, 3, 1);

const mb = (bytesPerSecond: number) => (bytesPerSecond / (1024 * 1024)).toFixed(2);
const rate = (n: number) => Math.round(n).toLocaleString("en");
console.log(`load average: ${loadavg().map((x) => x.toFixed(2)).join(" ")} on ${cpus().length} cores (rates per CPU second of this process; the best round is nearest to an idle core)`);
console.log(`corpus: ${texts.length} texts, ${(corpusBytes / 1024).toFixed(0)} KiB; ${phrases.length} phrases; ${sentences.length} sentences`);
console.log(`phrases resolved (gold date_text of seeds, dev set, real-tune): median ${rate(phraseRate.median)} /s, best ${rate(phraseRate.best)} /s   (target ≥ 100,000)`);
console.log(`rule-corpus examples resolved (${examples.length}): median ${rate(exampleRate.median)} /s, best ${rate(exampleRate.best)} /s`);
console.log(`sentences (≤160 chars) resolved: median ${rate(sentenceRate.median)} /s, best ${rate(sentenceRate.best)} /s`);
console.log(`scan, report by report: median ${mb(perReport.median)} MB/s, best ${mb(perReport.best)} MB/s   (target ≥ 5)`);
console.log(`scan, one ${(bigBytes / 1024 / 1024).toFixed(1)} MB text: median ${mb(bigRun.median)} MB/s, best ${mb(bigRun.best)} MB/s`);

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
  // round 3 rules
  ["في 2014 في 2014", (n) => "في 2014 ".repeat(n / 8)],
  ["clock times", (n) => "الساعة الثالثة ".repeat(n / 15)],
  ["day-range openers", (n) => "من 3 و".repeat(n / 6)],
  ["nights", (n) => "ليلة الخميس على ".repeat(n / 16)],
  ["بعد يومين", (n) => "بعد يومين ".repeat(n / 10)],
  ["day/month", (n) => "12/5 ".repeat(n / 5)],
  ["feasts", (n) => "أول أيام عيد الفطر ".repeat(n / 19)],
  ["parts of a year", (n) => "الربع الأول من ".repeat(n / 15)],
  ["weekday of a week", (n) => "الأحد من الأسبوع ".repeat(n / 17)],
  // round 7: calendar dates, each checked for a dateline (quadratic before r7-quad), and "منذ بدء …" (idem)
  ["day and month name", (n) => "3 آذار ".repeat(n / 7)],
  ["منذ بدء العملية", (n) => "منذ بدء العملية ".repeat(n / 16)],
  ["wire datelines, long lines", (n) => ("ب".repeat(n / 8) + "\n").repeat(3) + "دمشق - 12/5 -\n".repeat(n / 8 / 14)],
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
