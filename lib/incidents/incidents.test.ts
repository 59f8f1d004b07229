import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GAZETTEER, groupIncidents } from "./index";
import { count, GROUP, PLACE, telling, type TellingSpec } from "./testing";
import { tellingKey, type Incident } from "./types";

const ids = (incidents: Incident[]) => incidents.map((i) => i.tellings.map(tellingKey));

describe("groupIncidents: which tellings are one incident", () => {
  it("merges two outlets' tellings of one split and keeps an unrelated event apart", () => {
    const got = groupIncidents([
      telling({ report: "r28", date: ["2020-04-29", "2020-05-06"], groups: [GROUP.corps5], count: count(700, 700, 1050, "أكثر من 700") }),
      telling({ report: "r29", date: ["2020-05-01", "2020-05-01"], groups: [GROUP.army], count: count(1600, 2000, 2400, "نحو 2000") }),
      telling({ report: "r30", date: ["2020-05-01", "2020-05-01"], groups: [GROUP.sdf], count: count(3, 3, 3) }),
    ]);
    expect(ids(got)).toEqual([["r28~0", "r29~0"], ["r30~0"]]);
    expect(got[0].id).toBe("inc~r28~0");
  });

  it("never merges two events of one report, even through a third report", () => {
    // a1 ~ b and b ~ a2 would chain a1 and a2 of one report: b could be either, so nothing is merged.
    const got = groupIncidents([
      telling({ report: "a", index: 0, date: ["2021-01-01", "2021-01-05"] }),
      telling({ report: "a", index: 1, date: ["2021-01-04", "2021-01-09"] }),
      telling({ report: "b", date: ["2021-01-04", "2021-01-05"] }),
    ]);
    expect(ids(got)).toEqual([["a~0"], ["a~1"], ["b~0"]]);
    const b = got.find((i) => i.id === "inc~b~0");
    expect(b?.proposed).toEqual(["inc~a~0", "inc~a~1"]);
  });

  it("leaves a chain whose ends disagree apart, as proposed merges", () => {
    // a ~ b and b ~ c are the only links, but a and c do not meet: do not guess where b belongs.
    const got = groupIncidents([
      telling({ report: "a", date: ["2021-01-01", "2021-01-05"] }),
      telling({ report: "b", date: ["2021-01-05", "2021-01-10"] }),
      telling({ report: "c", date: ["2021-01-10", "2021-01-15"] }),
    ]);
    expect(ids(got)).toEqual([["a~0"], ["b~0"], ["c~0"]]);
    expect(got.map((i) => i.proposed)).toEqual([["inc~b~0"], ["inc~a~0", "inc~c~0"], ["inc~b~0"]]);
  });

  it("merges three outlets when all three agree", () => {
    const got = groupIncidents([
      telling({ report: "a", date: ["2023-08-25", "2023-09-01"], groups: [GROUP.sdf], place: PLACE.deirezzor }),
      telling({ report: "b", date: ["2023-08-30", "2023-08-30"], groups: [GROUP.sdf], place: PLACE.mayadin }),
      telling({ report: "c", date: ["2023-08-20", "2023-09-02"], groups: [GROUP.sdf] }),
    ]);
    expect(ids(got)).toEqual([["a~0", "b~0", "c~0"]]);
    expect(got[0].place?.id).toBe("mayadin");
    expect(got[0].date).toEqual({ start: "2023-08-30", end: "2023-08-30", basis: "intersection" });
  });

  it("never links a telling compatible with more than MAX_COMPATIBLE others (rule 4)", () => {
    const many = ["a", "b", "c", "d"].map((report) => telling({ report, date: ["2021-01-01", "2021-01-05"] }));
    expect(groupIncidents(many, GAZETTEER, 3)).toHaveLength(1);
    expect(groupIncidents(many, GAZETTEER, 2).map((i) => [i.tellings.length, i.proposed.length])).toEqual([[1, 0], [1, 0], [1, 0], [1, 0]]);
  });

  it("merges an undated telling with a dated one three weeks before its report, dated by the dated one", () => {
    const undated = telling({ report: "b", published: "2021-05-25", date: ["2021-05-18", "2021-05-25"], groups: [GROUP.div4] });
    undated.event.date.basis = "default";
    const dated = telling({ report: "a", published: "2021-05-04", date: ["2021-05-03", "2021-05-03"], groups: [GROUP.div4] });
    const got = groupIncidents([dated, undated]);
    expect(ids(got)).toEqual([["a~0", "b~0"]]);
    expect(got[0].date).toEqual({ start: "2021-05-03", end: "2021-05-03", basis: "intersection" });
    // … but not two undated tellings three weeks apart
    const earlier = telling({ report: "a", published: "2021-05-04", date: ["2021-04-27", "2021-05-04"], groups: [GROUP.div4] });
    earlier.event.date.basis = "default";
    expect(ids(groupIncidents([earlier, undated]))).toEqual([["a~0"], ["b~0"]]);
  });

  it("keeps tellings apart on any one blocking rule", () => {
    const base: TellingSpec = { report: "a", date: ["2021-03-01", "2021-03-07"], place: PLACE.mayadin, count: count(20, 20, 20) };
    const apart: Array<Partial<TellingSpec>> = [
      { groups: [GROUP.sdf] },
      { date: ["2021-03-10", "2021-03-12"] },
      { place: PLACE.bukamal },
      { count: count(2000, 2000, 2000) },
    ];
    for (const change of apart) {
      expect(groupIncidents([telling(base), telling({ ...base, report: "b", ...change })])).toHaveLength(2);
    }
    expect(groupIncidents([telling(base), telling({ ...base, report: "b" })])).toHaveLength(1);
  });
});

describe("order independence (property)", () => {
  // Small worlds where collisions are likely: few groups, days, places and reports.
  const spec = fc.record({
    report: fc.constantFrom("r1", "r2", "r3", "r4", "r5"),
    group: fc.constantFrom(GROUP.army, GROUP.corps5, GROUP.div4, GROUP.sdf, GROUP.unknown("كتيبة درع السخنة")),
    start: fc.integer({ min: 1, max: 20 }),
    length: fc.integer({ min: 0, max: 6 }),
    place: fc.constantFrom(null, PLACE.deirezzor, PLACE.mayadin, PLACE.bukamal, PLACE.unknown("قرية الطيبة")),
    count: fc.constantFrom(null, count(5, 5, 5), count(16, 20, 24), count(20, 30, 99), count(700, 700, 1050)),
    kind: fc.constantFrom("defection" as const, "desertion" as const, "attempted" as const),
    published: fc.integer({ min: 21, max: 28 }),
    // An undated telling: its report's default week, meeting dated tellings over the month before it.
    undated: fc.boolean(),
  });
  const day = (d: number) => `2021-05-${String(d).padStart(2, "0")}`;

  it("gives the same incidents whatever the order of reports and events", () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 14 }), fc.integer(), (specs, seed) => {
        const perReport = new Map<string, number>();
        const tellings = specs.map((s) => {
          const index = perReport.get(s.report) ?? 0;
          perReport.set(s.report, index + 1);
          const t = telling({
            report: s.report,
            index,
            published: day(s.published),
            kind: s.kind,
            groups: [s.group],
            date: s.undated ? [day(s.published - 7), day(s.published)] : [day(s.start), day(s.start + s.length)],
            place: s.place,
            count: s.count,
          });
          if (s.undated) t.event.date.basis = "default";
          return t;
        });
        const shuffled = fc.sample(fc.shuffledSubarray(tellings, { minLength: tellings.length }), { numRuns: 1, seed })[0];
        expect(JSON.stringify(groupIncidents(shuffled))).toBe(JSON.stringify(groupIncidents(tellings)));
        // Also when the vagueness cap (rule 4) bites.
        expect(JSON.stringify(groupIncidents(shuffled, GAZETTEER, 2))).toBe(JSON.stringify(groupIncidents(tellings, GAZETTEER, 2)));
        // And an incident never holds two events of one report.
        for (const i of groupIncidents(tellings)) expect(new Set(i.tellings.map((t) => t.report)).size).toBe(i.tellings.length);
      }),
      { numRuns: 300 },
    );
  });
});
