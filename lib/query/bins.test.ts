import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binCount, binEdges, binOrdinal, binStart, civilFromDays, dayNumber, eventAggregate, fitGrain, isoDay, monthWindowDays, nextBinStart, ordinalStart, spreadOverBins, type RangeAggregate } from "./bins";

const d = dayNumber;
const days = (edges: number[]) => edges.map(isoDay);

describe("day numbers", () => {
  it("counts days from 1970-01-01 and back", () => {
    expect(d("1970-01-01")).toBe(0);
    expect(d("1970-01-02")).toBe(1);
    expect(d("2020-03-01") - d("2020-02-28")).toBe(2); // 2020 is a leap year
    expect(isoDay(d("2021-06-20"))).toBe("2021-06-20");
    for (let n = d("1999-12-25"); n < d("2001-03-05"); n++) expect(isoDay(n)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
  });
});

describe("bin starts", () => {
  it("weeks start on Monday", () => {
    expect(isoDay(binStart(d("2021-06-20"), "week"))).toBe("2021-06-14"); // a Sunday
    expect(isoDay(binStart(d("2021-06-14"), "week"))).toBe("2021-06-14"); // a Monday
    expect(isoDay(binStart(d("2021-06-21"), "week"))).toBe("2021-06-21");
    expect(isoDay(binStart(d("1969-12-31"), "week"))).toBe("1969-12-29"); // before day 0
  });
  it("months, quarters and years start on their first day", () => {
    expect(isoDay(binStart(d("2021-06-20"), "month"))).toBe("2021-06-01");
    expect(isoDay(binStart(d("2021-05-15"), "quarter"))).toBe("2021-04-01");
    expect(isoDay(binStart(d("2021-12-31"), "quarter"))).toBe("2021-10-01");
    expect(isoDay(binStart(d("2021-12-31"), "year"))).toBe("2021-01-01");
  });
  it("edges cover the window and end with the day after the last bin", () => {
    expect(days(binEdges("month", d("2021-01-15"), d("2021-03-02")))).toEqual(["2021-01-01", "2021-02-01", "2021-03-01", "2021-04-01"]);
    expect(days(binEdges("week", d("2021-06-07"), d("2021-06-30")))).toEqual(["2021-06-07", "2021-06-14", "2021-06-21", "2021-06-28", "2021-07-05"]);
    expect(days(binEdges("quarter", d("2020-11-01"), d("2021-01-01")))).toEqual(["2020-10-01", "2021-01-01", "2021-04-01"]);
    expect(binCount("month", d("2021-01-15"), d("2021-03-02"))).toBe(3);
    expect(binCount("week", d("2021-06-07"), d("2021-06-30"))).toBe(4);
    expect(binCount("year", d("2011-03-01"), d("2024-12-08"))).toBe(14);
  });
  it("coarsens a grain that would give too many bins", () => {
    expect(fitGrain("week", d("2011-01-01"), d("2020-12-31"))).toBe("month"); // 522 weeks > 400, 120 months
    expect(fitGrain("week", d("2020-01-01"), d("2021-12-31"))).toBe("week");
    expect(fitGrain("month", d("2011-01-01"), d("2020-12-31"), 50)).toBe("quarter"); // 120 months > 50, 40 quarters
    expect(fitGrain("month", d("2011-01-01"), d("2020-12-31"), 30)).toBe("year"); // 40 quarters > 30, 10 years
  });
});

describe("spreading events over bins", () => {
  // A: 25 Jan – 3 Feb 2021 (10 days: 7 in January, 3 in February), 10–20–30 people.
  const a = eventAggregate("2021-01-25", "2021-02-03", { low: 10, best: 20, high: 30 });
  // B: one day in February, exactly 5.
  const b = eventAggregate("2021-02-10", "2021-02-10", { low: 5, best: 5, high: 5 });
  // C: the whole of March, no count.
  const c = eventAggregate("2021-03-01", "2021-03-31", null);
  const months = binEdges("month", d("2021-01-01"), d("2021-03-31"));

  it("people: expected spreads by days, certain needs the whole range, possible any overlap", () => {
    expect(spreadOverBins([a, b, c], months, "people")).toEqual([
      { bin: "2021-01-01", expected: 14, certain: 0, possible: 30, uncounted: 0 },
      { bin: "2021-02-01", expected: 6 + 5, certain: 5, possible: 30 + 5, uncounted: 0 },
      { bin: "2021-03-01", expected: 0, certain: 0, possible: 0, uncounted: 1 },
    ]);
  });

  it("incidents: each event counts 1, spread the same way; uncounted events count", () => {
    expect(spreadOverBins([a, b, c], months, "incidents")).toEqual([
      { bin: "2021-01-01", expected: 0.7, certain: 0, possible: 1, uncounted: 0 },
      { bin: "2021-02-01", expected: 1.3, certain: 1, possible: 2, uncounted: 0 },
      { bin: "2021-03-01", expected: 1, certain: 1, possible: 1, uncounted: 1 },
    ]);
  });

  it("drops the parts of a range outside the bins (a filter window)", () => {
    const february = binEdges("month", d("2021-02-01"), d("2021-02-28"));
    expect(spreadOverBins([a, c], february, "people")).toEqual([{ bin: "2021-02-01", expected: 6, certain: 0, possible: 30, uncounted: 0 }]);
  });

  it("an event of a windowed report: [P-7, P] over a publication window 14–30 June 2021", () => {
    // The default range of a report published 2021-06-14..2021-06-30 is 7–30 June: 24 days.
    const e = eventAggregate("2021-06-07", "2021-06-30", { low: 12, best: 12, high: 12 });
    const weeks = binEdges("week", d("2021-06-07"), d("2021-06-30"));
    expect(spreadOverBins([e], weeks, "people")).toEqual([
      { bin: "2021-06-07", expected: 3.5, certain: 0, possible: 12, uncounted: 0 },
      { bin: "2021-06-14", expected: 3.5, certain: 0, possible: 12, uncounted: 0 },
      { bin: "2021-06-21", expected: 3.5, certain: 0, possible: 12, uncounted: 0 },
      { bin: "2021-06-28", expected: 1.5, certain: 0, possible: 12, uncounted: 0 }, // 28–30 June: 3 of 24 days
    ]);
    const june = binEdges("month", d("2021-06-01"), d("2021-06-30"));
    expect(spreadOverBins([e], june, "people")).toEqual([{ bin: "2021-06-01", expected: 12, certain: 12, possible: 12, uncounted: 0 }]);
  });

  it("a range crossing a year edge, by quarter and by year", () => {
    // 1 Dec 2020 – 31 Jan 2021: 31 + 31 = 62 days, best 62 → 31 each side.
    const e = eventAggregate("2020-12-01", "2021-01-31", { low: 40, best: 62, high: 80 });
    expect(spreadOverBins([e], binEdges("quarter", d("2020-12-01"), d("2021-01-31")), "people")).toEqual([
      { bin: "2020-10-01", expected: 31, certain: 0, possible: 80, uncounted: 0 },
      { bin: "2021-01-01", expected: 31, certain: 0, possible: 80, uncounted: 0 },
    ]);
  });

  it("summing events that share a range gives the same points as spreading them one by one", () => {
    const x = eventAggregate("2021-01-20", "2021-02-09", { low: 1, best: 2, high: 3 });
    const y = eventAggregate("2021-01-20", "2021-02-09", null);
    const summed: RangeAggregate = { start: x.start, end: x.end, events: 2, counted: 1, low: 1, best: 2, high: 3 };
    expect(spreadOverBins([summed], months, "people")).toEqual(spreadOverBins([x, y], months, "people"));
    expect(spreadOverBins([summed], months, "incidents")).toEqual(spreadOverBins([x, y], months, "incidents"));
  });

  it("no bins, no points", () => {
    expect(spreadOverBins([a], [d("2021-01-01")], "people")).toEqual([]);
  });
});

describe("invariants over random events", () => {
  const event = fc
    .record({
      start: fc.integer({ min: d("2011-01-01"), max: d("2025-12-31") }),
      len: fc.integer({ min: 0, max: 400 }),
      low: fc.integer({ min: 0, max: 500 }),
      extra: fc.integer({ min: 0, max: 500 }),
      extra2: fc.integer({ min: 0, max: 500 }),
      counted: fc.boolean(),
    })
    .map(({ start, len, low, extra, extra2, counted }) =>
      eventAggregate(isoDay(start), isoDay(start + len), counted ? { low, best: low + extra, high: low + extra + extra2 } : null),
    );

  it("over bins covering every event: expected sums to the best counts, each event is certain at most once, certain ≤ expected ≤ possible per bin", () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 30 }), fc.constantFrom("week", "month", "quarter", "year" as const), (events, grain) => {
        const from = Math.min(...events.map((e) => e.start));
        const to = Math.max(...events.map((e) => e.end));
        const edges = binEdges(grain, from, to);
        const points = spreadOverBins(events, edges, "people");
        const sum = (f: (p: (typeof points)[number]) => number) => points.reduce((s, p) => s + f(p), 0);
        expect(sum((p) => p.expected)).toBeCloseTo(events.reduce((s, e) => s + e.best, 0), 3);
        expect(sum((p) => p.certain)).toBeLessThanOrEqual(events.reduce((s, e) => s + e.low, 0));
        for (const p of points) {
          expect(p.certain).toBeLessThanOrEqual(p.expected + 1e-6);
          expect(p.expected).toBeLessThanOrEqual(p.possible + 1e-6);
        }
        const incidents = spreadOverBins(events, edges, "incidents");
        expect(incidents.reduce((s, p) => s + p.expected, 0)).toBeCloseTo(events.length, 3);
      }),
      { numRuns: 200 },
    );
  });
});

describe("month windows", () => {
  it("from the first day of `from` to the last day of `to`", () => {
    const w = monthWindowDays("2020-02", "2020-02");
    expect(isoDay(w.from!)).toBe("2020-02-01");
    expect(isoDay(w.to!)).toBe("2020-02-29");
    expect(monthWindowDays(null, "2021-12")).toEqual({ from: null, to: d("2021-12-31") });
  });
});

describe("bin ordinals", () => {
  it("civil dates from day numbers", () => {
    expect(civilFromDays(0)).toEqual({ y: 1970, m: 1, d: 1 });
    expect(civilFromDays(d("2020-02-29"))).toEqual({ y: 2020, m: 2, d: 29 });
    expect(civilFromDays(d("1969-12-31"))).toEqual({ y: 1969, m: 12, d: 31 });
  });
  it("number bins on one line: consecutive bins differ by one, and each ordinal starts where binStart says", () => {
    expect(binOrdinal(d("2021-06-14"), "week") - binOrdinal(d("2021-06-13"), "week")).toBe(1); // Sunday → Monday
    expect(binOrdinal(d("2021-06-20"), "week")).toBe(binOrdinal(d("2021-06-14"), "week"));
    expect(binOrdinal(d("2021-01-01"), "month") - binOrdinal(d("2020-12-31"), "month")).toBe(1);
    expect(binOrdinal(d("2021-04-01"), "quarter") - binOrdinal(d("2021-03-31"), "quarter")).toBe(1);
    expect(binOrdinal(d("2021-12-31"), "year")).toBe(2021);
    fc.assert(
      fc.property(fc.integer({ min: d("1990-01-01"), max: d("2040-12-31") }), fc.constantFrom("week", "month", "quarter", "year" as const), (day, grain) => {
        expect(ordinalStart(binOrdinal(day, grain), grain)).toBe(binStart(day, grain));
        expect(ordinalStart(binOrdinal(day, grain) + 1, grain)).toBe(nextBinStart(binStart(day, grain), grain));
      }),
    );
  });
});
