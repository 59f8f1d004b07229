import fs from "node:fs";
import type { Database } from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSyntheticStore } from "../../bench/synth";
import { forgetIndex } from "./event-index";
import { tempDatabase } from "../store/test-fixtures";
import { NO_FILTER } from "./testing/filters";
import { deleteReport } from "../store/write";
import { countEvents, iterateEvents, queryEventPage, queryTotals } from "./events";
import { queryDestinations, queryGroupFacets, queryPlaces } from "./facets";
import { querySeries } from "./series";
import { countEventsSql, filterSql, queryDestinationsSql, queryEventPageSql, queryGroupFacetsSql, queryPlacesSql, querySeriesSql, queryTotalsSql, orderSql, sourceSql } from "./testing/sql-reference";
import { SORT_COLUMNS, type EventFilter, type SeriesResult } from "./types";

/**
 * The dashboard answers from the in-memory event index (lib/query/event-index.ts); SQL alone gives the
 * reference answers. On a random store and random filters, both must agree exactly.
 */
let db: Database;
let dir: string;
let values: { groups: string[]; places: string[]; destinations: string[] };

beforeAll(() => {
  ({ db, dir } = tempDatabase());
  buildSyntheticStore(db, 700, 3);
  const pluck = (sql: string) => db.prepare(sql).pluck().all() as string[];
  values = {
    groups: pluck("SELECT DISTINCT group_key FROM event_groups"),
    places: [...pluck("SELECT DISTINCT place_id FROM events WHERE place_id IS NOT NULL"), ...pluck("SELECT DISTINCT place_governorate FROM events WHERE place_governorate IS NOT NULL"), ...pluck("SELECT id FROM places WHERE kind = 'governorate'")],
    destinations: pluck("SELECT DISTINCT destination_text FROM events WHERE destination_text IS NOT NULL"),
  };
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const month = fc.record({ y: fc.integer({ min: 2010, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, "0")}`);
/** Mostly absent, sometimes one of `values`. */
const sometimes = <T,>(arb: fc.Arbitrary<T>, weight = 1) => fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: arb, weight });
const filterArb = (): fc.Arbitrary<EventFilter> =>
  fc
    .record({
      groups: fc.oneof({ arbitrary: fc.constant([] as string[]), weight: 3 }, { arbitrary: fc.subarray(values.groups.slice(0, 12), { minLength: 1, maxLength: 3 }), weight: 2 }, { arbitrary: fc.constant<string[]>(["no-such-group"]), weight: 1 }),
      months: sometimes(fc.tuple(fc.option(month, { nil: null }), fc.option(month, { nil: null })), 2),
      place: sometimes(fc.oneof(fc.constantFrom(...values.places), fc.constant("nowhere"))),
      destination: sometimes(fc.oneof(fc.constantFrom(...values.destinations), fc.constant("sdf"))),
      kind: sometimes(fc.constantFrom("defection" as const, "desertion" as const, "attempted" as const)),
      q: sometimes(fc.constantFrom("انشقاق", "الانشقاق عن", "فروا", "دير الزور", "حاولوا", "من", "xyz")),
      unit: fc.constantFrom(undefined, "incidents" as const, "tellings" as const),
    })
    .map(({ months, ...f }): EventFilter => {
      const [a, b] = months ?? [null, null];
      const [from, to] = a && b && a > b ? [b, a] : [a, b];
      return { ...f, from, to };
    });

function close(a: SeriesResult, b: SeriesResult) {
  expect({ ...a, series: a.series.map((s) => ({ ...s, points: [] })) }).toEqual({ ...b, series: b.series.map((s) => ({ ...s, points: [] })) });
  a.series.forEach((s, k) =>
    s.points.forEach((p, i) => {
      const q = b.series[k].points[i];
      expect([p.bin, p.certain, p.possible, p.uncounted]).toEqual([q.bin, q.certain, q.possible, q.uncounted]);
      expect(p.expected).toBeCloseTo(q.expected, 4);
    }),
  );
}

describe("index and SQL agree", () => {
  it("the store is varied enough to test anything", () => {
    expect(countEvents(db, NO_FILTER)).toBeGreaterThanOrEqual(700);
    expect(values.groups.length).toBeGreaterThan(10);
    expect(values.places.length).toBeGreaterThan(10);
    // Some incidents are told by several reports, so counting incidents differs from counting tellings.
    expect(countEvents(db, { ...NO_FILTER, unit: "incidents" })).toBeLessThan(countEvents(db, NO_FILTER));
    // ... and their combined values differ from their first telling's own: date, count, kind, groups, place, and the
    // labels the table sorts by.
    const differ = db
      .prepare(
        `SELECT SUM(i.date_start <> e.date_start OR i.date_end <> e.date_end) AS date, SUM(IFNULL(i.count_best, -1) <> IFNULL(e.count_best, -1)
           OR IFNULL(i.count_low, -1) <> IFNULL(e.count_low, -1) OR IFNULL(i.count_high, -1) <> IFNULL(e.count_high, -1)) AS count,
           SUM(i.kind <> e.kind) AS kind, SUM(json_array_length(i.json, '$.groups') <> (SELECT COUNT(*) FROM event_groups g WHERE g.event_rid = e.rid)) AS groups,
           SUM(IFNULL(json_extract(i.json, '$.place.id'), '') <> IFNULL(e.place_id, '')) AS place,
           SUM(i.groups_label <> e.groups_label) AS groupsLabel, SUM(i.groups_label_ar <> e.groups_label_ar) AS arabicGroupsLabel,
           SUM(IFNULL(i.place_label, '') <> IFNULL(e.place_label, '')) AS placeLabel,
           SUM(IFNULL(i.destination_label, '') <> IFNULL(e.destination_text, '')) AS destinationLabel
         FROM incidents i JOIN events e ON 'inc~' || e.id = i.id`,
      )
      .get() as Record<string, number>;
    for (const [what, n] of Object.entries(differ)) expect(n, what).toBeGreaterThan(0);
    // The Arabic interface sorts the groups column in another order than the English one, both units.
    for (const unit of ["tellings", "incidents"] as const) {
      const order = (lang: "en" | "ar") => Array.from(iterateEvents(db, { ...NO_FILTER, unit }, "groups", "asc", 1000, lang), (r) => r.id);
      expect(order("ar")).not.toEqual(order("en"));
    }
  });

  it("counting incidents: totals and every chart of the whole store use the combined values", () => {
    const filter: EventFilter = { ...NO_FILTER, unit: "incidents" };
    expect(queryTotals(db, filter)).toEqual(queryTotalsSql(db, filter));
    for (const grain of ["week", "month", "quarter", "year"] as const) {
      for (const metric of ["people", "incidents"] as const) close(querySeries(db, { filter, grain, metric, topGroups: 8 }), querySeriesSql(db, { filter, grain, metric, topGroups: 8 }));
    }
    expect(queryGroupFacets(db, filter)).toEqual(queryGroupFacetsSql(db, filter));
    expect(queryPlaces(db, filter)).toEqual(queryPlacesSql(db, filter));
    expect(queryDestinations(db, filter)).toEqual(queryDestinationsSql(db, filter));
  });

  it("counts, pages (both page strategies, every sort, both ends), series and facets", () => {
    let nonEmpty = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        filterArb(),
        fc.constantFrom(...SORT_COLUMNS),
        fc.constantFrom("asc" as const, "desc" as const),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(7, 25, 100),
        fc.constantFrom("week" as const, "month" as const, "quarter" as const, "year" as const),
        fc.constantFrom("people" as const, "incidents" as const),
        fc.constantFrom("en" as const, "ar" as const),
        (filter, sort, dir, page, pageSize, grain, metric, lang) => {
          const total = countEvents(db, filter);
          expect(total).toBe(countEventsSql(db, filter));
          expect(queryTotals(db, filter)).toEqual(queryTotalsSql(db, filter));
          runs += 1;
          if (total > 0) nonEmpty += 1;
          const query = { filter, sort, dir, page, pageSize, lang };
          const reference = queryEventPageSql(db, query);
          expect(queryEventPage(db, query)).toEqual(reference);
          expect(queryEventPage(db, query, { listMax: 0 })).toEqual(reference); // the index walk
          expect(queryEventPage(db, query, { listMax: 0, walkBudget: 5 })).toEqual(reference); // a walk that gives up
          close(querySeries(db, { filter, grain, metric, topGroups: 3 }), querySeriesSql(db, { filter, grain, metric, topGroups: 3 }));
          expect(queryGroupFacets(db, filter)).toEqual(queryGroupFacetsSql(db, filter));
          expect(queryPlaces(db, filter)).toEqual(queryPlacesSql(db, filter));
          expect(queryDestinations(db, filter)).toEqual(queryDestinationsSql(db, filter));
        },
      ),
      { numRuns: 150 },
    );
    expect(nonEmpty / runs).toBeGreaterThan(0.3); // the filters are not all empty
  });

  it("the export (every matching event, in the table's order) is the SQL reference's", () => {
    fc.assert(
      fc.property(filterArb(), fc.constantFrom(...SORT_COLUMNS), fc.constantFrom("asc" as const, "desc" as const), fc.constantFrom("en" as const, "ar" as const), (filter, sort, dir, lang) => {
        const f = filterSql(filter);
        const reference = db.prepare(`SELECT e.id FROM ${sourceSql(filter.unit)} WHERE ${f.where} ORDER BY ${orderSql(sort, dir, filter.unit, lang)}`).pluck().all(...f.params);
        expect(Array.from(iterateEvents(db, filter, sort, dir, 50, lang), (r) => r.id)).toEqual(reference);
      }),
      { numRuns: 40 },
    );
  });

  it("the index follows writes on the connection", () => {
    forgetIndex(db);
    const before = countEvents(db, NO_FILTER);
    const victim = db.prepare("SELECT id FROM reports WHERE id IN (SELECT report_id FROM events) LIMIT 1").pluck().get() as string;
    const lost = db.prepare("SELECT COUNT(*) FROM events WHERE report_id = ?").pluck().get(victim) as number;
    deleteReport(db, victim); // marks the index stale
    expect(countEvents(db, NO_FILTER)).toBe(before - lost);
    expect(countEvents(db, NO_FILTER)).toBe(countEventsSql(db, NO_FILTER));
  });
});
