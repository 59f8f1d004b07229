/**
 * npm run -s eval -- GOLD.jsonl [--verbose] [--json] [--groups data/groups.json] [--calibration] [--cv K]
 *
 * Runs the extractor over every report of a gold file (data/dev/*.jsonl format, see
 * data/dev/README.md) and prints event precision/recall/F1, count agreement, date IoU and a
 * per-kind breakdown (rules in lib/eval/score.ts). --verbose lists each report's misses and
 * false alarms with the evidence sentence; --json prints the figures (and per-report details) as JSON.
 *
 * --calibration adds the share of correct events per confidence band (≥ 0.9, 0.7–0.9, < 0.7) as the
 * extractor ships (its weights were trained on data/dev/real-tune.jsonl: on that file the figure is
 * in-sample). --cv K adds the same table from a K-fold cross-validation by report ON THIS FILE (the
 * model retrained K times with the shipped setting): the honest figure for a file it was trained on.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractEvents, EXTRACTOR_VERSION } from "../lib/extract";
import { SHIPPED_SETTING } from "../lib/extract/confidence";
import { FEATURE_NAMES, FEATURE_SETS } from "../lib/extract/confidence/features";
import { trainLogistic } from "../lib/extract/confidence/train";
import { calibrationTable, crossValidate, labelledExamples, scoredAsShipped, snapshotExtractor, type Band } from "../lib/eval/calibration";
import type { DefectionEvent } from "../lib/extract/types";
import { GoldFormatError, parseGoldJsonl, type GoldEvent, type GoldReport } from "../lib/eval/gold";
import { GroupMatcher, parseGazetteer } from "../lib/eval/group-match";
import { evaluate, type EvalSummary, type ReportScore } from "../lib/eval/score";
import { reviewedGold } from "../lib/eval/reviewed";
import { reviewedReports } from "../lib/store/decisions";
import { defaultDatabasePath, openDatabase } from "../lib/store/db";

const USAGE = "usage: npm run -s eval -- GOLD.jsonl|--reviewed [--verbose] [--json] [--groups data/groups.json] [--calibration] [--cv K]";

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  let file: string | null = null;
  let verbose = false;
  let json = false;
  let calibration = false;
  let cv: number | null = null;
  let reviewed = false;
  let groups = path.join(process.cwd(), "data", "groups.json");
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--verbose" || a === "-v") verbose = true;
    else if (a === "--json") json = true;
    else if (a === "--calibration") calibration = true;
    else if (a === "--reviewed") reviewed = true;
    else if (a === "--cv") {
      const next = argv[++i];
      const k = Number(next);
      if (!next || !Number.isInteger(k) || k < 2) fail(`--cv needs a whole number of folds ≥ 2 (got ${next ?? "nothing"})\n${USAGE}`);
      cv = k;
    } else if (a === "--groups") {
      const next = argv[++i];
      if (!next) fail(`--groups needs a file\n${USAGE}`);
      groups = next;
    } else if (a === "--help" || a === "-h") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith("-")) fail(`unknown option ${a}\n${USAGE}`);
    else if (file === null) file = a;
    else fail(`only one gold file is read (got ${file} and ${a})\n${USAGE}`);
  }
  if (file === null && !reviewed) fail(`no gold file given\n${USAGE}`);
  if (file !== null && reviewed) fail(`give a gold file or --reviewed, not both\n${USAGE}`);
  return { file: file ?? `reviewed events in ${defaultDatabasePath()}`, verbose, json, groups, calibration, cv, reviewed };
}

function loadGold(file: string): GoldReport[] {
  if (!existsSync(file)) fail(`gold file not found: ${file}`);
  try {
    return parseGoldJsonl(readFileSync(file, "utf8"), file);
  } catch (err) {
    if (err instanceof GoldFormatError) fail(`malformed gold file: ${err.message}`);
    throw err;
  }
}

function loadMatcher(file: string): { matcher: GroupMatcher; note: string } {
  if (!existsSync(file)) return { matcher: new GroupMatcher([]), note: `no gazetteer at ${file}: groups compared by name only` };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    fail(`${file} is not valid JSON (${(err as Error).message})`);
  }
  const groups = parseGazetteer(json);
  return { matcher: new GroupMatcher(groups), note: `${groups.length} gazetteer groups from ${file}` };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function summaryText(s: EvalSummary): string {
  const lines = [
    `reports ${s.reports} (${s.negativeReports} with no event, ${s.cleanNegatives} of them with no prediction)`,
    `gold events ${s.goldEvents} (+${s.optionalEvents} optional, ${s.optionalMatched} of those found), predicted ${s.predictedEvents}`,
    `events   P ${pct(s.events.precision)}  R ${pct(s.events.recall)}  F1 ${pct(s.events.f1)}   (TP ${s.events.tp}, FP ${s.events.fp}, FN ${s.events.fn}; groups agree)`,
    `strict   P ${pct(s.strict.precision)}  R ${pct(s.strict.recall)}  F1 ${pct(s.strict.f1)}   (TP ${s.strict.tp}, FP ${s.strict.fp}, FN ${s.strict.fn}; groups agree and dates overlap)`,
    `count    ${pct(s.count.share)} of ${s.count.matched} matched events agree (gold figure in [low, high]: ${s.count.withFigureHit}/${s.count.withFigure}; null = null: ${s.count.nullAgree}/${s.count.nullGold})`,
    `date     mean IoU ${s.date.meanIoU.toFixed(3)} over ${s.date.matched} matched dated events (${pct(s.date.overlapShare)} overlap)`,
    `kind     ${pct(s.kind.share)} of ${s.kind.matched} matched events have the gold kind`,
    `place    ${pct(s.place.share)} of ${s.place.matched} matched events name the gold place; destination ${pct(s.destination.share)}`,
  ];
  for (const [kind, k] of Object.entries(s.perKind)) {
    if (k.gold === 0 && k.predicted === 0) continue;
    lines.push(`  ${kind.padEnd(10)} gold ${k.gold}, found ${k.found} (R ${pct(k.recall)}); predicted ${k.predicted}, false alarms ${k.falseAlarms} (P ${pct(k.precision)})`);
  }
  return lines.join("\n");
}

function bandsText(title: string, bands: Band[]): string {
  const rows = bands.map((b) => `  ${b.label.padEnd(8)} ${String(b.events).padStart(4)} events, ${String(b.correct).padStart(4)} correct${b.share === null ? "" : ` (${pct(b.share)})`}`);
  return [title, ...rows].join("\n");
}

/** The calibration tables asked for: as shipped, and/or from a K-fold cross-validation by report on this file. */
function calibrationFigures(file: string, gold: GoldReport[], matcher: GroupMatcher, asShipped: boolean, folds: number | null) {
  const out: { shipped?: Band[]; cv?: { folds: number; features: string; l2: number; invented: string[]; inventedWeight: number; history: string | null; templates: string | null; bands: Band[] } } = {};
  if (asShipped) out.shipped = calibrationTable(scoredAsShipped(gold, extractEvents, matcher));
  if (folds !== null) {
    const keep: readonly string[] = FEATURE_SETS[SHIPPED_SETTING.features];
    const exclude = new Set(FEATURE_NAMES.filter((n) => !keep.includes(n)));
    const examples = labelledExamples(gold, extractEvents, matcher);
    // The invented sets the shipped model was trained with, at their weight (never the file under test).
    const extraFiles = SHIPPED_SETTING.inventedWeight > 0 ? SHIPPED_SETTING.invented.filter((f) => path.resolve(f) !== path.resolve(file)) : [];
    const extra = extraFiles.flatMap((f) => labelledExamples(loadGold(f), extractEvents, matcher)).map((e) => ({ ...e, weight: SHIPPED_SETTING.inventedWeight }));
    // The older extractor's events on the same reports, when the shipped model learnt from them (fold by fold: never a held-out report's).
    const history = SHIPPED_SETTING.history && SHIPPED_SETTING.historyWeight > 0 && existsSync(SHIPPED_SETTING.history) ? SHIPPED_SETTING.history : null;
    if (history) {
      const snapshot = snapshotExtractor(readFileSync(history, "utf8"), history);
      const ids = new Set(gold.map((g) => g.id));
      const covered = gold.filter((g) => snapshot.has(g.id));
      if (covered.length > 0) extra.push(...labelledExamples(covered, snapshot.extract, matcher).filter((e) => ids.has(e.reportId)).map((e) => ({ ...e, weight: SHIPPED_SETTING.historyWeight })));
    }
    // The older extractor's events on template cases, when the shipped model learnt from them (never scored).
    const templates = SHIPPED_SETTING.templates && SHIPPED_SETTING.templateWeight > 0 ? SHIPPED_SETTING.templates : null;
    if (templates) {
      const snapshot = snapshotExtractor(readFileSync(templates.events, "utf8"), templates.events);
      extra.push(...labelledExamples(loadGold(templates.gold), snapshot.extract, matcher).map((e) => ({ ...e, weight: SHIPPED_SETTING.templateWeight })));
    }
    const { l2, nonPositive } = SHIPPED_SETTING;
    const events = crossValidate(examples, folds, (t) => trainLogistic(t, { l2, nonPositive }, exclude), extra);
    out.cv = { folds, features: SHIPPED_SETTING.features, l2, invented: extraFiles, inventedWeight: SHIPPED_SETTING.inventedWeight, history, templates: templates?.events ?? null, bands: calibrationTable(events) };
  }
  return out;
}

function clip(text: string, max = 240): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}

function goldLine(g: GoldEvent): string {
  const count = g.count ? `${g.count.low}/${g.count.best}/${g.count.high}` : "null";
  const date = g.date ? `${g.date.start}..${g.date.end}` : "undated";
  return `${g.kind} ${g.groups.join(" + ")} count ${count} date ${date}${g.dateText ? ` «${g.dateText}»` : ""}${g.place ? ` @ ${g.place}` : ""}${g.destination ? ` → ${g.destination}` : ""}`;
}

function predLine(p: DefectionEvent): string {
  const count = p.count ? `${p.count.low}/${p.count.best}/${p.count.high}` : "null";
  const groups = p.groups.map((g) => (g.known ? g.name_ar : `${g.text}?`)).join(" + ");
  return `${p.kind} ${groups} count ${count} date ${p.date.start}..${p.date.end}${p.date.text ? ` «${p.date.text}»` : ""}${p.place ? ` @ ${p.place.text}` : ""}${p.destination ? ` → ${p.destination.text}` : ""} (confidence ${p.confidence.toFixed(2)})`;
}

function evidence(body: string, p: DefectionEvent): string {
  return clip(body.slice(p.evidence.sentence.start, p.evidence.sentence.end));
}

function reportDetails(r: ReportScore, body: string): string[] {
  const out: string[] = [];
  for (const i of r.misses) out.push(`  MISS        ${goldLine(r.gold[i])}`);
  for (const i of r.falseAlarms) {
    out.push(`  FALSE ALARM ${predLine(r.predicted[i])}`);
    out.push(`              evidence: ${evidence(body, r.predicted[i])}`);
  }
  for (const pair of r.pairs) {
    const issues: string[] = [];
    if (!pair.countAgrees) issues.push("count");
    if (pair.dateIoU !== null && pair.dateIoU < 0.5) issues.push(`date IoU ${pair.dateIoU.toFixed(2)}`);
    if (!pair.kindAgrees) issues.push("kind");
    if (!pair.placeAgrees) issues.push("place");
    if (!pair.destinationAgrees) issues.push("destination");
    if (issues.length === 0) continue;
    out.push(`  ${pair.optional ? "OPTIONAL" : "MATCH   "}    (${issues.join(", ")})`);
    out.push(`              gold: ${goldLine(r.gold[pair.gold])}`);
    out.push(`              got:  ${predLine(r.predicted[pair.predicted])}`);
  }
  return out;
}

function main(): void {
  // `eval ... | head` closes the pipe early; that is not an error.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
  const args = parseArgs(process.argv.slice(2));
  let gold: GoldReport[];
  if (args.reviewed) {
    // Every person's decision is gold: accepted, edited and added events as reviewed, rejected ones absent.
    const db = openDatabase();
    const { gold: fromReview, partial } = reviewedGold(reviewedReports(db));
    db.close();
    if (fromReview.length === 0) fail(`no fully reviewed report in the database yet (${partial} partly reviewed)`);
    if (!args.json) process.stdout.write(`${fromReview.length} fully reviewed reports (${partial} partly reviewed ones left out)\n`);
    gold = fromReview;
  } else gold = loadGold(args.file);
  const { matcher, note } = loadMatcher(args.groups);
  const { reports, summary } = evaluate(gold, extractEvents, matcher);
  const calibration = args.calibration || args.cv !== null ? calibrationFigures(args.file, gold, matcher, args.calibration, args.cv) : undefined;
  if (args.json) {
    const perReport = reports.map((r) => ({
      id: r.id,
      tp: r.tp,
      fp: r.fp,
      fn: r.fn,
      misses: r.misses.map((i) => goldLine(r.gold[i])),
      falseAlarms: r.falseAlarms.map((i) => ({ event: predLine(r.predicted[i]), evidence: evidence(gold.find((g) => g.id === r.id)!.text, r.predicted[i]) })),
    }));
    process.stdout.write(`${JSON.stringify({ file: args.file, extractor: EXTRACTOR_VERSION, summary, calibration, reports: args.verbose ? perReport : undefined }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${args.file} — extractor ${EXTRACTOR_VERSION}; ${note}\n`);
  process.stdout.write(`${summaryText(summary)}\n`);
  if (calibration?.shipped) process.stdout.write(`${bandsText(`confidence as shipped (weights trained on ${SHIPPED_SETTING.trainedOn}; in-sample there), share of events that match a gold event:`, calibration.shipped)}\n`);
  if (calibration?.cv) {
    const c = calibration.cv;
    const extra = `${c.invented.length > 0 ? `; plus ${c.invented.length} invented sets at weight ${c.inventedWeight}` : ""}${c.history ? `; plus ${c.history} for the training folds' reports` : ""}${c.templates ? `; plus ${c.templates} at weight ${SHIPPED_SETTING.templateWeight}` : ""}${SHIPPED_SETTING.nonPositive.length > 0 ? `; ${SHIPPED_SETTING.nonPositive.join(", ")} held non-positive` : ""}`;
    process.stdout.write(`${bandsText(`confidence from a ${c.folds}-fold cross-validation by report on this file (feature set ${c.features}, L2 ${c.l2}${extra}), share of events that match a gold event:`, c.bands)}\n`);
  }
  if (args.verbose) {
    for (const r of reports) {
      const details = reportDetails(r, gold.find((g) => g.id === r.id)!.text);
      if (details.length === 0) continue;
      process.stdout.write(`\n${r.id}: TP ${r.tp}, FP ${r.fp}, FN ${r.fn}\n${details.join("\n")}\n`);
    }
  }
}

main();
