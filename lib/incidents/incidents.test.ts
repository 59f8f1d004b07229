import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysIso } from "../time/day";
import { datesCompatible } from "./rules/dates";
import { GAZETTEER, groupIncidents } from "./index";
import { count, GROUP, PLACE, telling, type TellingSpec } from "./testing";
import { tellingKey, type Incident, type Telling } from "./types";

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
      telling({ report: "c", date: ["2023-08-20", "2023-09-02"], groups: [GROUP.sdf], place: PLACE.deirezzor }),
    ]);
    expect(ids(got)).toEqual([["a~0", "b~0", "c~0"]]);
    expect(got[0].place?.id).toBe("mayadin");
    expect(got[0].date).toEqual({ start: "2023-08-30", end: "2023-08-30", basis: "intersection" });
  });

  it("only proposes a telling whose two weeks meet the others when nothing else agrees (rules/evidence.ts)", () => {
    const got = groupIncidents([
      telling({ report: "a", date: ["2023-08-25", "2023-09-01"], groups: [GROUP.sdf], place: PLACE.deirezzor }),
      telling({ report: "b", date: ["2023-08-30", "2023-08-30"], groups: [GROUP.sdf], place: PLACE.mayadin }),
      telling({ report: "c", date: ["2023-08-20", "2023-09-02"], groups: [GROUP.sdf] }),
    ]);
    expect(ids(got)).toEqual([["a~0", "b~0"], ["c~0"]]);
    expect(got.map((i) => i.proposed)).toEqual([["inc~c~0"], ["inc~a~0"]]);
  });

  it("never links a telling compatible with more than MAX_COMPATIBLE others (rule 4)", () => {
    const many = ["a", "b", "c", "d"].map((report) => telling({ report, date: ["2021-01-01", "2021-01-05"] }));
    expect(groupIncidents(many, GAZETTEER, 3)).toHaveLength(1);
    expect(groupIncidents(many, GAZETTEER, 2).map((i) => [i.tellings.length, i.proposed.length])).toEqual([[1, 0], [1, 0], [1, 0], [1, 0]]);
  });

  it("merges an undated telling with a dated one three weeks before its report in the same place, dated by the dated one", () => {
    const undated = telling({ report: "b", published: "2021-05-25", date: ["2021-05-18", "2021-05-25"], groups: [GROUP.div4], place: PLACE.mayadin });
    undated.event.date.basis = "default";
    const dated = telling({ report: "a", published: "2021-05-04", date: ["2021-05-03", "2021-05-03"], groups: [GROUP.div4], place: PLACE.deirezzor });
    const got = groupIncidents([dated, undated]);
    expect(ids(got)).toEqual([["a~0", "b~0"]]);
    expect(got[0].date).toEqual({ start: "2021-05-03", end: "2021-05-03", basis: "intersection" });
    // … only proposes it when neither names the place (nothing but the loose date agrees)
    const nowhere = groupIncidents([{ ...dated, event: { ...dated.event, place: null } }, undated]);
    expect(nowhere.map((i) => i.proposed)).toEqual([["inc~b~0"], ["inc~a~0"]]);
    // … but not two undated tellings three weeks apart
    const earlier = telling({ report: "a", published: "2021-05-04", date: ["2021-04-27", "2021-05-04"], groups: [GROUP.div4] });
    earlier.event.date.basis = "default";
    expect(ids(groupIncidents([earlier, undated]))).toEqual([["a~0"], ["b~0"]]);
  });

  it("keeps tellings apart on any one blocking rule", () => {
    const base: TellingSpec = { report: "a", date: ["2021-03-01", "2021-03-07"], place: PLACE.mayadin, count: count(20, 20, 20) };
    const apart: Array<Partial<TellingSpec>> = [
      { groups: [GROUP.sdf] },
      // (published on their last days, three weeks apart: not a story retold within a week)
      { date: ["2021-03-28", "2021-03-30"] },
      { place: PLACE.bukamal },
      { count: count(2000, 2000, 2000) },
    ];
    for (const change of apart) {
      expect(groupIncidents([telling(base), telling({ ...base, report: "b", ...change })])).toHaveLength(2);
    }
    expect(groupIncidents([telling(base), telling({ ...base, report: "b" })])).toHaveLength(1);
  });
});

describe("a loose rival beside a link that tells the same story (cluster.ts, rule 1)", () => {
  // a: «15 عنصراً في الميادين أمس»; b, three days later, undated: «انشق 15 عنصراً في الميادين»; c: another
  // incident of the army four days after a, no place, another figure, which b's month reaches (loosely).
  const a = telling({ report: "a", published: "2023-03-11", date: ["2023-03-10", "2023-03-10"], count: count(15, 15, 15), place: PLACE.mayadin });
  const undated = (report: string, c: ReturnType<typeof count> | null, place: TellingSpec["place"]) => {
    const t = telling({ report, published: "2023-03-14", date: ["2023-03-07", "2023-03-14"], count: c, place });
    return { ...t, event: { ...t.event, date: { ...t.event.date, basis: "default" as const } } };
  };
  const c = telling({ report: "c", published: "2023-03-15", date: ["2023-03-14", "2023-03-14"], count: count(49, 49, 49) });

  it("merges a and b: the same figure and town outweigh a rival with nothing in common", () => {
    const got = groupIncidents([a, undated("b", count(15, 15, 15), PLACE.mayadin), c]);
    expect(ids(got)).toEqual([["a~0", "b~0"], ["c~0"]]);
    expect(got[0].proposed).toEqual(["inc~c~0"]);
  });
  it("keeps the link unsure when b shares only a governorate with a (a governorate agrees with too much)", () => {
    const got = groupIncidents([a, undated("b", null, PLACE.deirezzor), c]);
    expect(ids(got)).toEqual([["a~0"], ["b~0"], ["c~0"]]);
  });
  it("keeps the link unsure when the rival's dates meet b's closely (a compatible rival, not a loose one)", () => {
    const week = telling({ report: "b", published: "2023-03-14", date: ["2023-03-07", "2023-03-13"], count: count(15, 15, 15), place: PLACE.mayadin });
    const near = telling({ report: "c", published: "2023-03-14", date: ["2023-03-13", "2023-03-13"], count: count(49, 49, 49) });
    expect(ids(groupIncidents([a, week, near]))).toEqual([["a~0"], ["b~0"], ["c~0"]]);
  });
});

describe("a story retold within a week, one telling's date wrong", () => {
  it("merges the same distinctive figure whatever the dates, with a date conflict (the hull)", () => {
    // One outlet dates the crossing a year off (a wrong year); the other tells it a day later.
    const got = groupIncidents([
      telling({ report: "d27", published: "2020-11-12", date: ["2019-11-11", "2019-11-11"], groups: [GROUP.army], count: count(12, 15, 18, "نحو 15") }),
      telling({ report: "r34", published: "2020-11-13", date: ["2020-11-12", "2020-11-13"], groups: [GROUP.army], count: count(15, 15, 15) }),
    ]);
    expect(ids(got)).toEqual([["d27~0", "r34~0"]]);
    expect(got[0].date).toEqual({ start: "2019-11-11", end: "2020-11-13", basis: "hull" });
    expect(got[0].conflicts.map((c) => c.type)).toEqual(["date"]);
  });

  it("merges an undated telling with one dated two months before its report (beyond its month's reach)", () => {
    const undated = telling({ report: "b", published: "2021-05-25", date: ["2021-05-18", "2021-05-25"], groups: [GROUP.div4], count: count(23, 23, 23) });
    undated.event.date.basis = "default";
    const dated = telling({ report: "a", published: "2021-05-22", date: ["2021-03-20", "2021-03-20"], groups: [GROUP.div4], count: count(23, 23, 23) });
    expect(ids(groupIncidents([undated, dated]))).toEqual([["a~0", "b~0"]]);
  });

  describe("a third telling of a story retold across dates", () => {
    // d27 dates the crossing a year off; r34 tells it right the next day with the same figure (a link
    // across dates). A third outlet then tells it again.
    const wrongYear = telling({ report: "d27", published: "2020-11-12", date: ["2019-11-11", "2019-11-11"], count: count(12, 15, 18, "نحو 15") });
    const right = telling({ report: "r34", published: "2020-11-13", date: ["2020-11-12", "2020-11-13"], count: count(15, 15, 15) });
    const third = (s: Partial<TellingSpec>) => telling({ report: "x", published: "2020-11-14", date: ["2020-11-12", "2020-11-12"], ...s });

    it.each<[string, Partial<TellingSpec>]>([
      ["with no figure («عدد من العناصر»)", { count: null }],
      ["with another figure not orders apart («أكثر من 10»)", { count: count(10, 10, 15, "أكثر من 10") }],
      ["with the right date, published nearly a week after the wrong one", { published: "2020-11-18", count: null }],
    ])("keeps the three one incident when the third tells it %s, in any order", (_, s) => {
      const tellings = [wrongYear, right, third(s)];
      for (const order of [tellings, [...tellings].reverse(), [tellings[2], tellings[0], tellings[1]]]) {
        const got = groupIncidents(order);
        expect(ids(got)).toEqual([["d27~0", "r34~0", "x~0"]]);
        expect(got[0].date.basis).toBe("hull");
        expect(got[0].conflicts.map((c) => c.type)).toContain("date");
      }
    });

    it.each<[string, Partial<TellingSpec>]>([
      // The third meets the wrong date, not the story: a real incident of the year before.
      ["a telling of the year before that meets the wrong date", { published: "2019-11-12", date: ["2019-11-11", "2019-11-11"], count: null }],
      ["a telling of another town", { count: null, place: PLACE.bukamal }],
      ["a third outlet published more than a week after the wrong date's", { published: "2020-11-20", count: null }],
    ])("does not merge all three with %s", (_, s) => {
      const placed = s.place ? [{ ...wrongYear, event: { ...wrongYear.event, place: PLACE.mayadin } }, right] : [wrongYear, right];
      const got = groupIncidents([...placed, third(s)]);
      expect(got.some((i) => i.tellings.length === 3)).toBe(false);
    });
  });

  it("only proposes a story whose figures merely agree (a named officer: 1 and 1)", () => {
    const got = groupIncidents([
      telling({ report: "a", published: "2012-12-24", date: ["2012-11-10", "2012-11-10"], count: count(1, 1, 1) }),
      telling({ report: "b", published: "2012-12-26", date: ["2012-12-25", "2012-12-25"], count: count(1, 1, 1) }),
    ]);
    expect(ids(got)).toEqual([["a~0"], ["b~0"]]);
    expect(got.map((i) => i.proposed)).toEqual([["inc~b~0"], ["inc~a~0"]]);
  });

  it("never merges a distinctive figure across a different group, a different town or eight days between reports", () => {
    const base: TellingSpec = { report: "a", published: "2021-03-08", date: ["2021-03-07", "2021-03-07"], place: PLACE.mayadin, count: count(20, 20, 20) };
    const other: TellingSpec = { ...base, report: "b", published: "2021-03-10", date: ["2021-01-10", "2021-01-10"] };
    expect(groupIncidents([telling(base), telling(other)])).toHaveLength(1);
    for (const change of [{ groups: [GROUP.sdf] }, { place: PLACE.bukamal }, { published: "2021-03-16" }] as Array<Partial<TellingSpec>>) {
      expect(groupIncidents([telling(base), telling({ ...other, ...change })])).toHaveLength(2);
    }
  });

  /** Incidents' proposed partners whose dates do not meet theirs: proposed on the figure alone. */
  const proposedAcrossDates = (got: Incident[], from: (t: Telling) => boolean) => {
    const byId = new Map(got.map((i) => [i.id, i]));
    return got.filter((i) => from(i.tellings[0])).flatMap((i) => i.proposed.filter((p) => !datesCompatible(i.tellings[0].event.date, (byId.get(p) as Incident).tellings[0].event.date)));
  };
  /** A report of the middle weeks: more than eight others of its group within a week on either side. */
  const midWeeks = (first: string, last: string) => (t: Telling) => t.published.start >= addDaysIso(first, 8) && t.published.end <= addDaysIso(last, -8);

  it("does not chain a big group's many small incidents of a few weeks (figures 1–5): no merge across dates, no proposal in a busy week", () => {
    // The worst case for a rule that ignores dates: the army, 60 reports over six weeks, figures 1–5.
    const tellings = Array.from({ length: 60 }, (_, n) => {
      const published = addDaysIso("2012-06-01", Math.floor((n * 42) / 60));
      const day = addDaysIso(published, -(n % 4));
      const size = 1 + (n % 5);
      return telling({ report: `r${String(n).padStart(2, "0")}`, published, date: [day, day], count: count(size, size, size), place: n % 3 === 0 ? PLACE.deirezzor : null });
    });
    const got = groupIncidents(tellings);
    for (const i of got) {
      for (const a of i.tellings) for (const b of i.tellings) expect(a === b || datesCompatible(a.event.date, b.event.date)).toBe(true);
    }
    expect(proposedAcrossDates(got, midWeeks("2012-06-01", "2012-07-12"))).toEqual([]);
  });

  it("does not chain a big group's distinct figures of 10 or more: each stays alone, proposed only at the quiet ends", () => {
    // 40 reports on 40 days, each dated three weeks (and four days more per report) before it: no dates meet.
    const tellings = Array.from({ length: 40 }, (_, n) => {
      const published = addDaysIso("2012-06-01", n);
      const day = addDaysIso(published, -20 - 4 * n);
      return telling({ report: `r${String(n).padStart(2, "0")}`, published, date: [day, day], count: count(10 + n, 10 + n, 10 + n) });
    });
    const got = groupIncidents(tellings);
    expect(got.every((i) => i.tellings.length === 1)).toBe(true);
    expect(proposedAcrossDates(got, midWeeks("2012-06-01", "2012-07-10"))).toEqual([]);
    expect(proposedAcrossDates(got, () => true).length).toBeGreaterThan(0);
  });
});

describe("order independence (property)", () => {
  // Small worlds where collisions are likely: few groups, days, places and reports.
  const spec = fc.record({
    report: fc.constantFrom("r1", "r2", "r3", "r4", "r5"),
    group: fc.constantFrom(GROUP.army, GROUP.corps5, GROUP.div4, GROUP.sdf, GROUP.unknown("كتيبة درع السخنة")),
    start: fc.integer({ min: 1, max: 20 }),
    // Up to a week (dates that prove it by themselves) and beyond (loose: a place or a figure must agree).
    length: fc.constantFrom(0, 1, 2, 6, 13, 30),
    place: fc.constantFrom(null, PLACE.deirezzor, PLACE.mayadin, PLACE.bukamal, PLACE.unknown("قرية الطيبة")),
    // 12 and 700: distinctive figures that merge a story retold within a week whatever its dates.
    count: fc.constantFrom(null, count(5, 5, 5), count(12, 12, 12), count(16, 20, 24), count(20, 30, 99), count(700, 700, 1050)),
    kind: fc.constantFrom("defection" as const, "desertion" as const, "attempted" as const),
    published: fc.integer({ min: 21, max: 40 }),
    // An undated telling: its report's default week, meeting dated tellings over the month before it.
    undated: fc.boolean(),
  });
  const day = (d: number) => addDaysIso("2021-04-30", d);

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
