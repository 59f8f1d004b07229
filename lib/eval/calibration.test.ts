import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "../extract";
import { FEATURE_NAMES, type FeatureVector } from "../extract/confidence/features";
import { trainLogistic, type LabelledExample } from "../extract/confidence/train";
import { brierScore, calibrationTable, crossValidate, labelledExamples, pairedBrierStandardError, reportFolds, scoredAsShipped, snapshotExtractor } from "./calibration";
import { parseGoldRecord } from "./gold";
import { GroupMatcher, parseGazetteer } from "./group-match";

describe("pairedBrierStandardError", () => {
  const run = (confidences: number[]) => confidences.map((confidence, i) => ({ reportId: `r${i}`, confidence, correct: i % 2 === 0 }));
  it("is 0 for identical runs and for a constant difference, and grows with a spread of differences", () => {
    expect(pairedBrierStandardError(run([0.9, 0.2, 0.8, 0.1]), run([0.9, 0.2, 0.8, 0.1]))).toBe(0);
    // every event's squared error 0.01 lower in the first run: a difference with no spread
    expect(pairedBrierStandardError(run([1, 0, 1, 0]), run([0.9, 0.1, 0.9, 0.1]))).toBeCloseTo(0, 12);
    expect(pairedBrierStandardError(run([0.9, 0.2, 0.8, 0.1]), run([0.5, 0.2, 0.9, 0.6]))).toBeGreaterThan(0.01);
  });
  it("refuses runs over different events", () => {
    expect(() => pairedBrierStandardError(run([0.9]), run([0.9, 0.1]))).toThrow(/against/);
  });
});

describe("calibrationTable", () => {
  it("puts 0.9 in the top band, 0.7 in the middle one, 0.69 in the bottom one, with shares", () => {
    const t = calibrationTable([
      { reportId: "a", confidence: 0.9, correct: true },
      { reportId: "a", confidence: 0.95, correct: false },
      { reportId: "b", confidence: 0.7, correct: true },
      { reportId: "c", confidence: 0.69, correct: false },
    ]);
    expect(t.map((b) => [b.label, b.events, b.correct])).toEqual([
      ["≥ 0.9", 2, 1],
      ["0.7–0.9", 1, 1],
      ["< 0.7", 1, 0],
    ]);
    expect(t[0].share).toBe(0.5);
    expect(calibrationTable([])[0].share).toBeNull();
  });

  it("Brier score: 0 when sure and right, 1 when sure and wrong", () => {
    expect(brierScore([{ reportId: "a", confidence: 1, correct: true }])).toBe(0);
    expect(brierScore([{ reportId: "a", confidence: 1, correct: false }])).toBe(1);
  });
});

describe("report-level folds", () => {
  const ids = Array.from({ length: 23 }, (_, i) => `r${i}`);

  it("deal every report to one fold, sizes within one, whatever the order", () => {
    const folds = reportFolds(ids, 5);
    expect(folds.size).toBe(23);
    const sizes = [0, 1, 2, 3, 4].map((f) => [...folds.values()].filter((v) => v === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(reportFolds([...ids].reverse(), 5)).toEqual(folds);
    expect(() => reportFolds(ids, 1)).toThrow(/k ≥ 2/);
  });

  it("never score an event with a model that saw its report", () => {
    const x = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as FeatureVector;
    const examples: LabelledExample[] = ids.flatMap((id, i) => [
      { reportId: id, features: x, correct: i % 3 !== 0 },
      { reportId: id, features: { ...x, group_known: 1 }, correct: true },
    ]);
    const seen: Set<string>[] = [];
    const scored = crossValidate(examples, 4, (training) => {
      seen.push(new Set(training.map((e) => e.reportId)));
      return trainLogistic(training, { l2: 1 });
    });
    expect(scored).toHaveLength(examples.length);
    expect(seen).toHaveLength(4);
    // Extra examples of a held-out report (an older extractor's events on it) stay out of that fold's training too.
    const extraSeen: Set<string>[] = [];
    crossValidate(examples, 4, (training) => {
      extraSeen.push(new Set(training.filter((e) => e.source === "old").map((e) => e.reportId)));
      return trainLogistic(training, { l2: 1 });
    }, [...ids.map((id) => ({ reportId: id, features: x, correct: false, source: "old" })), { reportId: "invented-1", features: x, correct: true, source: "old" }]);
    extraSeen.forEach((trainedOn, f) => {
      expect(trainedOn.has("invented-1")).toBe(true);
      for (const id of ids) expect(trainedOn.has(id)).toBe(reportFolds(ids, 4).get(id) !== f);
    });
    const folds = reportFolds(ids, 4);
    seen.forEach((trainedOn, f) => {
      for (const id of ids) expect(trainedOn.has(id)).toBe(folds.get(id) !== f);
    });
  });
});

describe("labelling the extractor's events against gold", () => {
  const root = path.resolve(__dirname, "../..");
  const matcher = new GroupMatcher(parseGazetteer(JSON.parse(readFileSync(path.join(root, "data/groups.json"), "utf8"))));
  const record = (id: string, text: string, events: unknown[]) => parseGoldRecord(JSON.stringify({ id, published: "2021-06-20", text, events }));
  const gold = [
    record("right", "انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", [
      { group: "قسد", count: { low: 12, best: 12, high: 12 }, date: { start: "2021-06-19", end: "2021-06-19" }, kind: "defection" },
    ]),
    record("wrong", "انشق 12 عنصراً عن قوات سوريا الديمقراطية في ريف دير الزور أمس.", [
      { group: "الدفاع الوطني", count: { low: 12, best: 12, high: 12 }, date: { start: "2021-06-19", end: "2021-06-19" }, kind: "defection" },
    ]),
  ];
  const extract = (r: Parameters<typeof extractEventsStrict>[0]) => extractEventsStrict(r);

  it("marks an event correct when its group agrees with a gold event, wrong otherwise", () => {
    const examples = labelledExamples(gold, extract, matcher);
    expect(examples.map((e) => [e.reportId, e.correct])).toEqual([
      ["right", true],
      ["wrong", false],
    ]);
    expect(examples[0].features.group_after_source_preposition).toBe(1);
    const shipped = scoredAsShipped(gold, extract, matcher);
    expect(shipped.map((e) => e.correct)).toEqual([true, false]);
    expect(shipped[0].confidence).toBeGreaterThan(0);
  });
});

describe("snapshotExtractor", () => {
  it("gives back the saved events of a report and names a malformed line", () => {
    const events = extractEventsStrict({ id: "a", body: "انشق 12 عنصراً عن قوات سوريا الديمقراطية أمس.", published: { start: "2021-06-20", end: "2021-06-20" } });
    const snap = snapshotExtractor(`${JSON.stringify({ id: "a", extractor: "1.0.0", events })}\n`, "s.jsonl");
    expect(snap.version).toBe("1.0.0");
    expect(snap.has("a")).toBe(true);
    expect(snap.extract({ id: "a", body: "", published: { start: "2021-06-20", end: "2021-06-20" } })).toEqual(events);
    expect(() => snap.extract({ id: "b", body: "", published: { start: "2021-06-20", end: "2021-06-20" } })).toThrow(/no snapshot for report b/);
    expect(() => snapshotExtractor(`{"id": "a"}\n`, "s.jsonl")).toThrow(/s\.jsonl:1/);
  });
});
