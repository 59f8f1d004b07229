/**
 * The store's incremental incidents against the whole-corpus computation for stories retold across
 * dates (lib/incidents/cluster.ts, rule 2's date discount): every order of arrival of three tellings,
 * and random worlds where reports of one week retell a figure at dates that do not meet.
 */
import fc from "fast-check";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DefectionEvent } from "../extract/types";
import { groupIncidents, tellingKey, type Telling } from "../incidents";
import { GROUP, PLACE } from "../incidents/testing";
import { incidentDetail, listIncidents } from "../query/incidents";
import { addDaysIso } from "../time/day";
import { makeEvent, makeReport, tempDatabase } from "./test-fixtures";
import { deleteReport, writeReport } from "./write";

let db: Database;
beforeEach(() => {
  db = tempDatabase().db;
});
afterEach(() => db.close());

const meta = (id: string) => ({ contentHash: id, extractorVersion: "test", file: `${id}.md` });
const on = (day: string) => ({ published: { start: day, end: day }, publishedText: day });

function fromScratch(reports: Map<string, { day: string; events: DefectionEvent[] }>) {
  const tellings: Telling[] = [];
  for (const [id, r] of reports) r.events.forEach((event, index) => tellings.push({ report: id, index, published: { start: r.day, end: r.day }, event }));
  return groupIncidents(tellings).map((i) => ({ id: i.id, events: i.tellings.map(tellingKey), proposed: i.proposed }));
}
const stored = () => listIncidents(db).map((i) => ({ id: i.id, events: i.events, proposed: incidentDetail(db, i.id)?.proposed ?? [] }));

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe("a story retold across dates, told a third time, in the store", () => {
  // d27 dates the crossing a year off, r34 tells it right with the same figure, x tells it right with none.
  const reports: Array<[string, string, DefectionEvent]> = [
    ["d27", "2020-11-12", makeEvent({ start: "2019-11-11", count: [12, 15, 18] })],
    ["r34", "2020-11-13", makeEvent({ start: "2020-11-12", end: "2020-11-13", count: [15, 15, 15] })],
    ["x", "2020-11-14", makeEvent({ start: "2020-11-12", count: null })],
  ];
  it.each(permutations([0, 1, 2]).map((p) => [p.map((i) => reports[i][0]).join(" → "), p] as const))("is one incident whatever the order of arrival (%s), and two again when the third goes", (_, order) => {
    for (const i of order) writeReport(db, makeReport(reports[i][0], on(reports[i][1])), [reports[i][2]], meta(reports[i][0]));
    expect(listIncidents(db).map((i) => i.events)).toEqual([["d27~0", "r34~0", "x~0"]]);
    expect(incidentDetail(db, "inc~d27~0")?.conflicts.map((c) => c.type)).toEqual(["date"]);
    deleteReport(db, "x");
    expect(listIncidents(db).map((i) => i.events)).toEqual([["d27~0", "r34~0"]]);
  });
});

describe("retold stories in the store (property)", () => {
  it("after any sequence of writes and deletions of one week's reports, equals the incidents computed from scratch", () => {
    // One group, a week of publications, dates that often do not meet, figures that often agree.
    const eventSpec = fc.record({
      group: fc.constantFrom(GROUP.army, GROUP.corps5, GROUP.div4),
      start: fc.integer({ min: 0, max: 60 }),
      length: fc.constantFrom(0, 0, 1, 6),
      place: fc.constantFrom(null, null, PLACE.deirezzor, PLACE.mayadin, PLACE.bukamal),
      count: fc.constantFrom(null, [15, 15, 15] as [number, number, number], [12, 15, 18] as [number, number, number], [10, 10, 15] as [number, number, number], [2, 2, 2] as [number, number, number]),
    });
    const op = fc.record({
      report: fc.constantFrom("r1", "r2", "r3", "r4", "r5"),
      remove: fc.boolean(),
      published: fc.integer({ min: 0, max: 9 }),
      events: fc.array(eventSpec, { minLength: 1, maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 10 }), (ops) => {
        db.exec("DELETE FROM reports; DELETE FROM incidents;");
        const model = new Map<string, { day: string; events: DefectionEvent[] }>();
        for (const o of ops) {
          if (o.remove) {
            deleteReport(db, o.report);
            model.delete(o.report);
            continue;
          }
          const publishedOn = addDaysIso("2021-03-01", 60 + o.published);
          const events = o.events.map((e) => makeEvent({ groups: [e.group], start: addDaysIso("2021-03-01", e.start), end: addDaysIso("2021-03-01", e.start + e.length), place: e.place, count: e.count }));
          writeReport(db, makeReport(o.report, on(publishedOn)), events, meta(o.report));
          model.set(o.report, { day: publishedOn, events });
        }
        expect(stored()).toEqual(fromScratch(model));
      }),
      { numRuns: 80 },
    );
  });
});
