import { describe, expect, it } from "vitest";
import { GoldFormatError, parseGoldJsonl, parseGoldRecord } from "./gold";

const base = { id: "x1", published: "2021-06-15", text: "نص" };

describe("parseGoldRecord", () => {
  it("reads a single group and a list of groups, optional flags and null dates", () => {
    const rec = parseGoldRecord(
      JSON.stringify({
        ...base,
        events: [
          { group: "الدفاع الوطني", count: { low: 21, best: 21, high: 21 }, date: { start: "2021-06-07", end: "2021-06-14" }, date_text: null, place: "الدوير", destination: "قسد", kind: "defection" },
          { groups: ["فيلق العشائر", "الدفاع الوطني"], count: null, date: null, kind: "desertion", optional: true },
        ],
      }),
    );
    expect(rec.published).toEqual({ start: "2021-06-15", end: "2021-06-15" });
    expect(rec.events[0].groups).toEqual(["الدفاع الوطني"]);
    expect(rec.events[0].optional).toBe(false);
    expect(rec.events[1].groups).toEqual(["فيلق العشائر", "الدفاع الوطني"]);
    expect(rec.events[1].date).toBeNull();
    expect(rec.events[1].optional).toBe(true);
  });

  it("accepts month and window publication values", () => {
    expect(parseGoldRecord(JSON.stringify({ ...base, published: "2019-02", events: [] })).published).toEqual({ start: "2019-02-01", end: "2019-02-28" });
    expect(parseGoldRecord(JSON.stringify({ ...base, published: "2014-09-20..2014-12-31", events: [] })).published).toEqual({ start: "2014-09-20", end: "2014-12-31" });
  });

  it("says which field is wrong", () => {
    const ev = { group: "قسد", count: null, date: null, kind: "defection" };
    expect(() => parseGoldRecord(JSON.stringify({ ...base, events: [{ ...ev, kind: "fled" }] }))).toThrow(/events\[0\]\.kind/);
    expect(() => parseGoldRecord(JSON.stringify({ ...base, events: [{ ...ev, groups: ["قسد"] }] }))).toThrow(/both "group" and "groups"/);
    expect(() => parseGoldRecord(JSON.stringify({ ...base, events: [{ ...ev, count: { low: 5, best: 3, high: 6 } }] }))).toThrow(/low <= best <= high/);
    expect(() => parseGoldRecord(JSON.stringify({ ...base, events: [{ ...ev, date: { start: "2021-06-10", end: "2021-06-01" } }] }))).toThrow(/reversed/);
    expect(() => parseGoldRecord(JSON.stringify({ ...base, events: [{ count: null, date: null, kind: "defection" }] }))).toThrow(/needs "group"/);
    expect(() => parseGoldRecord("{not json")).toThrow(/not valid JSON/);
  });
});

describe("parseGoldJsonl", () => {
  it("names the file and the 1-based line of a bad record, counting blank lines", () => {
    const good = JSON.stringify({ ...base, events: [] });
    const bad = JSON.stringify({ ...base, id: "x2", published: "2021-13-01", events: [] });
    let caught: unknown;
    try {
      parseGoldJsonl(`${good}\n\n${bad}\n`, "gold.jsonl");
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(GoldFormatError);
    expect((caught as GoldFormatError).line).toBe(3);
    expect((caught as Error).message).toMatch(/^gold\.jsonl:3: "published"/);
  });

  it("rejects repeated ids and empty files", () => {
    const good = JSON.stringify({ ...base, events: [] });
    expect(() => parseGoldJsonl(`${good}\n${good}`, "g.jsonl")).toThrow(/g\.jsonl:2: id "x1" repeats line 1/);
    expect(() => parseGoldJsonl("\n", "g.jsonl")).toThrow(/no records/);
  });
});
