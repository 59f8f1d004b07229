import { describe, expect, it } from "vitest";
import { goldPairs, sameAsLinks, scoreIncidentPairs } from "./incident-pairs";

describe("incident pairs against same_as links", () => {
  const records = [
    { id: "r03", events: [{ same_as: null }] },
    { id: "r04", events: [{ same_as: "r03#0" }, {}] },
    { id: "r05", events: [{ same_as: "r04#0" }] },
    { id: "r06", events: [{ same_as: "d01#1" }] },
  ];

  it("closes links transitively: an incident told three times is three pairs", () => {
    expect(goldPairs(sameAsLinks(records))).toEqual([
      ["d01#1", "r06#0"],
      ["r03#0", "r04#0"],
      ["r03#0", "r05#0"],
      ["r04#0", "r05#0"],
    ]);
  });

  it("rejects a malformed link, naming the event", () => {
    expect(() => sameAsLinks([{ id: "r09", events: [{ same_as: "r03" }] }])).toThrow(/r09: events\[0\]\.same_as/);
  });

  it("judges only pairs whose events were found, and counts merged pairs that are no gold pair", () => {
    const toTelling = new Map([
      ["r03#0", "r03~0"],
      ["r04#0", "r04~1"],
      ["r05#0", "r05~0"],
    ]); // d01#1 and r06#0: r06's event was not found
    const s = scoreIncidentPairs(goldPairs(sameAsLinks(records)), toTelling, [["r03~0", "r04~1", "r07~0"], ["r05~0"], ["d01~0", "d02~0"]], [[], [], []], (t) => t.startsWith("r"));
    expect(s).toMatchObject({ goldPairs: 4, judged: 3, found: 1, merged: 3, falseMerges: 2, unjudgedMerges: 1 });
  });
});
