import { describe, expect, it } from "vitest";
import type { DefectionEvent, EventKind } from "../extract/types";
import type { GoldEvent } from "./gold";
import { GroupMatcher, parseGazetteer } from "./group-match";
import { countAgrees, dayRangeIoU, evaluate, prf, scoreReport, summarize } from "./score";

const matcher = new GroupMatcher(
  parseGazetteer([
    { id: "ndf", name_ar: "الدفاع الوطني", aliases: ["قوات الدفاع الوطني"] },
    { id: "army", name_ar: "الجيش السوري", aliases: ["قوات النظام"] },
    { id: "hezbollah", name_ar: "حزب الله", aliases: [] },
  ]),
);

function gold(group: string | string[], date: [string, string] | null, count: [number, number, number] | null, extra: Partial<GoldEvent> = {}): GoldEvent {
  return {
    groups: Array.isArray(group) ? group : [group],
    count: count ? { low: count[0], best: count[1], high: count[2] } : null,
    date: date ? { start: date[0], end: date[1] } : null,
    dateText: null,
    place: null,
    destination: null,
    kind: "defection",
    optional: false,
    ...extra,
  };
}

function pred(id: string | null, text: string, date: [string, string], count: [number, number, number] | null, kind: EventKind = "defection"): DefectionEvent {
  return {
    kind,
    groups: [{ id, name_ar: text, name_en: null, text, known: id !== null }],
    count: count ? { low: count[0], best: count[1], high: count[2], text: "" } : null,
    date: { start: date[0], end: date[1], grain: "day", basis: "expression", text: null, rule: "test", explanation: "" },
    place: null,
    destination: null,
    evidence: { sentence: { start: 0, end: 0 }, spans: [] },
    confidence: 1,
  };
}

describe("dayRangeIoU", () => {
  it("counts inclusive days", () => {
    // 06-06..06-10 shared (5 days) of 06-01..06-15 (15 days).
    expect(dayRangeIoU({ start: "2021-06-01", end: "2021-06-10" }, { start: "2021-06-06", end: "2021-06-15" })).toBeCloseTo(5 / 15);
    expect(dayRangeIoU({ start: "2021-06-13", end: "2021-06-13" }, { start: "2021-06-07", end: "2021-06-30" })).toBeCloseTo(1 / 24);
    expect(dayRangeIoU({ start: "2021-02-28", end: "2021-03-01" }, { start: "2021-02-28", end: "2021-03-01" })).toBe(1);
    expect(dayRangeIoU({ start: "2021-06-01", end: "2021-06-01" }, { start: "2021-06-02", end: "2021-06-02" })).toBe(0);
  });
});

describe("countAgrees", () => {
  it("holds when the gold best figure lies in the predicted range, or both are null", () => {
    expect(countAgrees({ low: 20, best: 25, high: 30 }, { low: 22, high: 28 })).toBe(true);
    expect(countAgrees({ low: 20, best: 25, high: 30 }, { low: 26, high: 40 })).toBe(false);
    expect(countAgrees({ low: 50, best: 50, high: 99 }, { low: 51, high: 75 })).toBe(false);
    expect(countAgrees(null, null)).toBe(true);
    expect(countAgrees(null, { low: 1, high: 1 })).toBe(false);
    expect(countAgrees({ low: 7, best: 7, high: 7 }, null)).toBe(false);
  });
});

describe("prf", () => {
  it("computes precision, recall and F1, with 1 for empty denominators", () => {
    const r = prf(2, 1, 1);
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.f1).toBeCloseTo(2 / 3);
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf(0, 2, 0)).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });
});

describe("scoreReport", () => {
  const june = gold("الدفاع الوطني", ["2021-06-07", "2021-06-30"], [21, 21, 21]);
  const april = gold("الدفاع الوطني", ["2021-04-01", "2021-04-30"], [20, 25, 30]);
  const optionalArmy = gold("قوات النظام", null, null, { optional: true });

  it("pairs same-group events by date rather than by order, and ignores a matched optional event", () => {
    const predicted = [
      pred("ndf", "الدفاع الوطني", ["2021-04-01", "2021-04-30"], [25, 25, 25]), // the April incident, listed first
      pred("ndf", "ميليشيا الدفاع الوطني", ["2021-06-13", "2021-06-13"], [21, 21, 21]),
      pred("army", "قوات النظام", ["2021-06-01", "2021-06-30"], null),
      pred("hezbollah", "حزب الله", ["2021-06-01", "2021-06-30"], [3, 3, 3]),
    ];
    const s = scoreReport("r", [june, april, optionalArmy], predicted, matcher);
    expect(s.pairs.map((p) => [p.gold, p.predicted])).toEqual([
      [0, 1],
      [1, 0],
      [2, 2],
    ]);
    expect(s).toMatchObject({ tp: 2, fp: 1, fn: 0, optionalMatched: 1, misses: [], falseAlarms: [3] });
    expect(s.pairs[0].dateIoU).toBeCloseTo(1 / 24);
    expect(s.pairs[1].dateIoU).toBe(1);
    expect(s.pairs[2].dateIoU).toBeNull();

    const sum = summarize([s]);
    expect(sum.events.precision).toBeCloseTo(2 / 3);
    expect(sum.events.recall).toBe(1);
    expect(sum.events.f1).toBeCloseTo(0.8);
    expect(sum.count).toMatchObject({ matched: 2, agree: 2, share: 1, withFigure: 2, withFigureHit: 2 });
    expect(sum.date.meanIoU).toBeCloseTo((1 / 24 + 1) / 2);
    expect(sum.optionalMatched).toBe(1);
    // 4 predicted defections, 1 matched an optional event: precision over 3, one false alarm.
    expect(sum.perKind.defection).toMatchObject({ gold: 2, found: 2, predicted: 3, falseAlarms: 1 });
    expect(sum.perKind.defection.precision).toBeCloseTo(2 / 3);
  });

  it("a missed optional event is no miss; a missed mandatory one is", () => {
    const s = scoreReport("r", [june, optionalArmy], [], matcher);
    expect(s).toMatchObject({ tp: 0, fp: 0, fn: 1, misses: [0] });
  });

  it("a wrong group never matches, whatever the date", () => {
    const s = scoreReport("r", [june], [pred("hezbollah", "حزب الله", ["2021-06-07", "2021-06-30"], [21, 21, 21])], matcher);
    expect(s).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it("the strict figures also require overlapping dates", () => {
    const s = scoreReport("r", [june], [pred("ndf", "الدفاع الوطني", ["2021-05-01", "2021-05-01"], [21, 21, 21])], matcher);
    expect(s).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.strict).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.pairs[0].dateIoU).toBe(0);
  });

  it("a multi-group gold event matches a prediction naming one of its groups", () => {
    const both = gold(["الدفاع الوطني", "حزب الله"], ["2024-01-18", "2024-02-11"], [45, 50, 55]);
    const s = scoreReport("r", [both], [pred("hezbollah", "حزب الله", ["2024-01-25", "2024-02-01"], [50, 50, 50])], matcher);
    expect(s.tp).toBe(1);
    expect(s.pairs[0].countAgrees).toBe(true);
  });

  it("scores count nulls and kind disagreements", () => {
    const vague = gold("قوات النظام", ["2019-06-21", "2019-06-30"], null, { kind: "desertion" });
    const s = summarize([scoreReport("r", [vague], [pred("army", "الجيش السوري", ["2019-06-21", "2019-06-30"], [20, 30, 99])], matcher)]);
    expect(s.count).toMatchObject({ matched: 1, agree: 0, nullGold: 1, nullAgree: 0 });
    expect(s.kind).toMatchObject({ matched: 1, agree: 0 });
    expect(s.perKind.desertion).toMatchObject({ gold: 1, found: 1 });
    expect(s.perKind.defection).toMatchObject({ predicted: 1, falseAlarms: 0 });
  });
});

describe("evaluate", () => {
  it("runs the extractor on each report body with its publication window, and counts clean negatives", () => {
    const seen: string[] = [];
    const result = evaluate(
      [
        { id: "a", published: { start: "2021-06-15", end: "2021-06-15" }, text: "نص أ", events: [june()], line: 1 },
        { id: "b", published: { start: "2021-06-01", end: "2021-06-30" }, text: "نص ب", events: [], line: 2 },
      ],
      (r) => {
        seen.push(`${r.id}:${r.body}:${r.published.start}..${r.published.end}`);
        return r.id === "a" ? [pred("ndf", "الدفاع الوطني", ["2021-06-10", "2021-06-10"], [21, 21, 21])] : [];
      },
      matcher,
    );
    expect(seen).toEqual(["a:نص أ:2021-06-15..2021-06-15", "b:نص ب:2021-06-01..2021-06-30"]);
    expect(result.summary).toMatchObject({ reports: 2, negativeReports: 1, cleanNegatives: 1, goldEvents: 1, predictedEvents: 1 });
    expect(result.summary.events.f1).toBe(1);
  });
  function june() {
    return gold("الدفاع الوطني", ["2021-06-07", "2021-06-30"], [21, 21, 21]);
  }
});
