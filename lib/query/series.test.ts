import type { Database } from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { META, makeEvent, makeReport, useSmallStore } from "../store/test-fixtures";
import { NO_FILTER, filter } from "./testing/filters";
import { writeReport } from "../store/write";
import { querySeries } from "./series";

let db: Database;
useSmallStore((opened) => (db = opened));

describe("querySeries", () => {
  it("top groups under the filter plus the total, each event once in the total", () => {
    // May–June 2021: r1~0 (army, 19 June, 10) and r1~1 (NDF + army, 25 May – 5 June = 7 + 5 days, 20–30–99).
    const r = querySeries(db, { filter: filter({ from: "2021-05", to: "2021-06" }), grain: "month", metric: "people", topGroups: 2 });
    expect(r.bins).toEqual(["2021-05-01", "2021-06-01"]);
    expect(r.grain).toBe("month");
    expect(r.requestedGrain).toBeUndefined();
    expect(r.series.map((s) => [s.key, s.label])).toEqual([
      ["syrian-army", "Syrian Arab Army"],
      ["ndf", "National Defence Forces"],
      ["total", "Total"],
    ]);
    const army = [
      { bin: "2021-05-01", expected: 17.5, certain: 0, possible: 99, uncounted: 0 }, // 30 × 7/12
      { bin: "2021-06-01", expected: 12.5 + 10, certain: 10, possible: 99 + 10, uncounted: 0 },
    ];
    expect(r.series[0].points).toEqual(army);
    expect(r.series[1].points).toEqual([
      { bin: "2021-05-01", expected: 17.5, certain: 0, possible: 99, uncounted: 0 },
      { bin: "2021-06-01", expected: 12.5, certain: 0, possible: 99, uncounted: 0 },
    ]);
    expect(r.series[2].points).toEqual(army); // r1~1 has two groups but counts once
  });

  it("incidents count events, spread by days", () => {
    const r = querySeries(db, { filter: filter({ from: "2021-05", to: "2021-06" }), grain: "month", metric: "incidents", topGroups: 0 });
    expect(r.series.map((s) => s.key)).toEqual(["total"]);
    expect(r.series[0].points).toEqual([
      { bin: "2021-05-01", expected: Math.round((7 / 12) * 1e6) / 1e6, certain: 0, possible: 1, uncounted: 0 },
      { bin: "2021-06-01", expected: Math.round((5 / 12 + 1) * 1e6) / 1e6, certain: 1, possible: 2, uncounted: 0 },
    ]);
  });

  it("selected groups over the events' extent; uncounted events are reported, not counted", () => {
    // NDF: r2~0 (8 July 2019, no count) and r1~1 (2021, 20–30–99). Extent 2019-07-08..2021-06-05.
    const r = querySeries(db, { filter: filter({ groups: ["ndf"] }), grain: "year", metric: "people", topGroups: 5 });
    expect(r.bins).toEqual(["2019-01-01", "2020-01-01", "2021-01-01"]);
    const ndf = [
      { bin: "2019-01-01", expected: 0, certain: 0, possible: 0, uncounted: 1 },
      { bin: "2020-01-01", expected: 0, certain: 0, possible: 0, uncounted: 0 },
      { bin: "2021-01-01", expected: 30, certain: 20, possible: 99, uncounted: 0 },
    ];
    expect(r.series).toEqual([
      { key: "ndf", label: "National Defence Forces", points: ndf },
      { key: "total", label: "Total", points: ndf },
    ]);
  });

  it("coarsens a grain that would need too many bins, and says so", () => {
    writeReport(db, makeReport("old"), [makeEvent({ start: "2011-01-03" })], { ...META, file: "old.md" });
    const r = querySeries(db, { filter: NO_FILTER, grain: "week", metric: "people", topGroups: 3 });
    expect(r.grain).toBe("month"); // 2011-01-03..2021-06-19 is 546 weeks
    expect(r.requestedGrain).toBe("week");
    expect(r.note).toMatch(/month/);
    expect(r.bins[0]).toBe("2011-01-01");
    expect(r.bins.at(-1)).toBe("2021-06-01");
    const total = r.series.find((s) => s.key === "total")!;
    expect(total.points.reduce((s, p) => s + p.expected, 0)).toBeCloseTo(10 + 10 + 30 + 50, 6);
  });

  it("no events: no bins, the series still named", () => {
    const r = querySeries(db, { filter: filter({ kind: "desertion", to: "2019-01" }), grain: "month", metric: "people", topGroups: 3 });
    expect(r.bins).toEqual([]);
    expect(r.series).toEqual([{ key: "total", label: "Total", points: [] }]);
    const chosen = querySeries(db, { filter: filter({ groups: ["ndf"], kind: "desertion", to: "2019-01" }), grain: "month", metric: "people", topGroups: 3 });
    expect(chosen.series.map((s) => s.key)).toEqual(["ndf", "total"]);
  });
});
