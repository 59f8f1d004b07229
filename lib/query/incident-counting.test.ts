import fs from "node:fs";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bukamal, deir, GROUPS, makeEvent, makeReport, META, tempDatabase } from "../store/test-fixtures";
import { writeReport } from "../store/write";
import { forgetIndex } from "./event-index";
import { iterateEvents, queryEventPage, queryTotals } from "./events";
import { queryGroupFacets } from "./facets";
import { listIncidents } from "./incidents";
import { querySeries } from "./series";
import { NO_FILTER } from "./testing/filters";
import type { EventFilter } from "./types";

/**
 * Counting incidents (issue 12): one incident told by two reports with different figures, dates,
 * kinds, groups and places, in a real SQLite file. Every expected value below is worked out by hand
 * from lib/incidents/combine.ts's rules:
 *   a~0 (published 2021-04-04): army, defection, 2021-03-28..2021-04-03, [701, 800, 1000] "أكثر من 700", Deir ez-Zor;
 *   b~0 (published 2021-04-11): army + NDF, desertion, 2021-04-01..2021-04-10, [1800, 2000, 2200] "نحو 2000", al-Bukamal, to the SDF;
 *   combined: 2021-04-01..2021-04-03 (the intersection), low 701 (lowest low), high 2200 (highest high),
 *   best 2000 (both are approximations, high ≤ 2 × low: the later report's), desertion (more specific),
 *   groups army + NDF, place al-Bukamal (a town is more specific than the city of the governorate),
 *   destination the SDF ("قسد", the only one told).
 *   c~0: SDF, 2022-01-05, [5, 5, 5], alone.
 */
let db: Database;
let dir: string;

beforeEach(() => {
  ({ db, dir } = tempDatabase());
  const write = (id: string, published: string, event: ReturnType<typeof makeEvent>, body?: string) =>
    writeReport(db, makeReport(id, { published: { start: published, end: published }, publishedText: published, ...(body ? { body } : {}) }), [event], { ...META, file: `${id}.md` });
  write("a", "2021-04-04", makeEvent({ groups: [GROUPS.army], start: "2021-03-28", end: "2021-04-03", count: [701, 800, 1000], place: deir }));
  write("b", "2021-04-11", makeEvent({ groups: [GROUPS.army, GROUPS.ndf], start: "2021-04-01", end: "2021-04-10", count: [1800, 2000, 2200], kind: "desertion", place: bukamal, destination: { text: "قسد", group_id: "sdf", area: null } }), "فر نحو ألفي عنصر قرب نهر ميديا.");
  write("c", "2022-01-06", makeEvent({ groups: [GROUPS.sdf], start: "2022-01-05", count: [5, 5, 5] }));
});
afterEach(() => {
  forgetIndex(db);
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const incidents = (f: Partial<EventFilter> = {}): EventFilter => ({ ...NO_FILTER, ...f, unit: "incidents" });
const tellings = (f: Partial<EventFilter> = {}): EventFilter => ({ ...NO_FILTER, ...f, unit: "tellings" });

describe("counting incidents by their combined values", () => {
  it("the two tellings are one incident (the premise)", () => {
    expect(listIncidents(db).map((i) => i.events)).toEqual([["a~0", "b~0"], ["c~0"]]);
  });

  it("totals add each incident once, at its combined count", () => {
    expect(queryTotals(db, incidents())).toEqual({ events: 2, withCount: 2, people: { low: 701 + 5, best: 2000 + 5, high: 2200 + 5 } });
    // Each report's telling on its own, for comparison.
    expect(queryTotals(db, tellings())).toEqual({ events: 3, withCount: 3, people: { low: 701 + 1800 + 5, best: 800 + 2000 + 5, high: 1000 + 2200 + 5 } });
  });

  it("the chart bins the incident by its combined date range and figures", () => {
    const window = { from: "2021-03", to: "2021-04" };
    const total = (filter: EventFilter, metric: "people" | "incidents") =>
      querySeries(db, { filter, grain: "month", metric, topGroups: 0 }).series.find((s) => s.key === "total")!.points;
    // 2021-04-01..03 lies wholly in April: expected = best, certain = low, possible = high; nothing in March.
    expect(total(incidents(window), "people")).toEqual([
      { bin: "2021-03-01", expected: 0, certain: 0, possible: 0, uncounted: 0 },
      { bin: "2021-04-01", expected: 2000, certain: 701, possible: 2200, uncounted: 0 },
    ]);
    expect(total(incidents(window), "incidents").map((p) => p.expected)).toEqual([0, 1]);
    // Per report, a~0's 7 days put 4/7 of its 800 in March.
    expect(total(tellings(window), "people")[0].expected).toBeCloseTo((800 * 4) / 7, 6);
  });

  it("filters see the combined values: window, kind, groups, place", () => {
    const count = (f: EventFilter) => queryTotals(db, f).events;
    expect([count(incidents({ from: "2021-03", to: "2021-03" })), count(tellings({ from: "2021-03", to: "2021-03" }))]).toEqual([0, 1]);
    const army = { groups: ["syrian-army"] };
    expect([count(incidents({ ...army, kind: "defection" })), count(incidents({ ...army, kind: "desertion" }))]).toEqual([0, 1]);
    expect(count(tellings({ ...army, kind: "defection" }))).toBe(1);
    // NDF is named by b~0 only, yet the incident (shown as a~0) is one of its incidents.
    expect(queryEventPage(db, { filter: incidents({ groups: ["ndf"] }), sort: "date", dir: "asc", page: 1, pageSize: 10 }).rows.map((r) => r.id)).toEqual(["a~0"]);
    expect(queryGroupFacets(db, incidents()).map((g) => [g.key, g.events])).toEqual([
      ["ndf", 1],
      ["sdf", 1],
      ["syrian-army", 1],
    ]);
    expect([count(incidents({ place: "albukamal" })), count(incidents({ place: "deir-ez-zor" }))]).toEqual([1, 0]);
    expect(count(tellings({ place: "deir-ez-zor" }))).toBe(1);
    // No telling is reviewed, so no incident is.
    expect(count(incidents({ reviewed: true }))).toBe(0);
  });

  it("the table row and the exports show the combined values and the number of tellings", () => {
    const page = queryEventPage(db, { filter: incidents(), sort: "date", dir: "asc", page: 1, pageSize: 10 });
    expect(page.total).toBe(2);
    const row = page.rows[0];
    expect({ id: row.id, incident: row.incidentId, tellings: row.tellings, start: row.start, end: row.end, kind: row.kind, place: row.place?.id }).toEqual({
      id: "a~0",
      incident: "inc~a~0",
      tellings: 2,
      start: "2021-04-01",
      end: "2021-04-03",
      kind: "desertion",
      place: "albukamal",
    });
    expect(row.count).toEqual({ low: 701, best: 2000, high: 2200, text: "" });
    // [701, 1000] and [1800, 2200] do not overlap: a count conflict, the row's only one (the dates meet, al-Bukamal is in Deir ez-Zor).
    expect(row.conflicts).toEqual(["count"]);
    expect(page.rows[1].conflicts).toEqual([]);
    expect(row.groups.map((g) => g.key).sort()).toEqual(["ndf", "syrian-army"]);
    expect(row.dateExplanation).toMatch(/^Where the 2 tellings' date ranges meet\./);
    expect(Array.from(iterateEvents(db, incidents(), "count", "desc"), (r) => [r.id, r.count?.best, r.start])).toEqual([
      ["a~0", 2000, "2021-04-01"],
      ["c~0", 5, "2022-01-05"],
    ]);
    // Per report, each row keeps its own values.
    expect(queryEventPage(db, { filter: tellings(), sort: "date", dir: "asc", page: 1, pageSize: 10 }).rows.map((r) => [r.id, r.start, r.count?.best, r.conflicts.length])).toEqual([
      ["a~0", "2021-03-28", 800, 0],
      ["b~0", "2021-04-01", 2000, 0],
      ["c~0", "2022-01-05", 5, 0],
    ]);
  });

  it("the groups, place and destination columns sort an incident by the combined values it shows", () => {
    // d~0 sorts between the incident's first telling (a~0) and its combined values on each of the three columns:
    // "National Defence Forces / Syrian Arab Army" (combined, groups by key) < "Republican Guard" < "Syrian Arab Army";
    // البوكمال (combined) < الرقة < دير الزور (a~0's); no destination (a~0's) < تركيا < قسد (combined).
    const raqqa = { text: "الرقة", id: "raqqa", name_ar: "الرقة", governorate: "الرقة" };
    const guard = { id: null, name_ar: "الحرس الجمهوري", name_en: "Republican Guard", text: "الحرس الجمهوري", known: false };
    writeReport(db, makeReport("d", { published: { start: "2023-05-02", end: "2023-05-02" }, publishedText: "2023-05-02" }), [makeEvent({ groups: [guard], start: "2023-05-01", place: raqqa, destination: { text: "تركيا", group_id: null, area: "تركيا" } })], { ...META, file: "d.md" });
    const order = (sort: "groups" | "place" | "destination", dir: "asc" | "desc", filter = incidents()) => queryEventPage(db, { filter, sort, dir, page: 1, pageSize: 10 }).rows.map((r) => r.id);
    expect(order("groups", "asc")).toEqual(["a~0", "d~0", "c~0"]);
    expect(order("place", "asc")).toEqual(["c~0", "a~0", "d~0"]); // no place first
    expect(order("destination", "asc")).toEqual(["c~0", "d~0", "a~0"]);
    expect(order("place", "desc")).toEqual(["d~0", "a~0", "c~0"]);
    // The export follows the same order; counting tellings, every row sorts by its own values.
    expect(Array.from(iterateEvents(db, incidents(), "groups", "asc"), (r) => r.id)).toEqual(["a~0", "d~0", "c~0"]);
    expect(order("place", "asc", tellings())).toEqual(["c~0", "b~0", "d~0", "a~0"]);
  });

  it("in Arabic the groups column sorts by the Arabic names the rows show", () => {
    const guard = { id: null, name_ar: "الحرس الجمهوري", name_en: "Republican Guard", text: "الحرس الجمهوري", known: false };
    writeReport(db, makeReport("d", { published: { start: "2023-05-02", end: "2023-05-02" }, publishedText: "2023-05-02" }), [makeEvent({ groups: [guard], start: "2023-05-01" })], { ...META, file: "d.md" });
    const order = (lang: "en" | "ar", dir: "asc" | "desc", filter: EventFilter) => queryEventPage(db, { filter, sort: "groups", dir, page: 1, pageSize: 10, lang }).rows.map((r) => r.id);
    // Counting incidents: "الحرس الجمهوري" (d~0) < "الدفاع الوطني / الجيش السوري" (the incident, groups by key) < "قوات سوريا الديمقراطية" (c~0),
    // where English has "National Defence Forces / Syrian Arab Army" < "Republican Guard" < "Syrian Democratic Forces".
    expect(order("ar", "asc", incidents())).toEqual(["d~0", "a~0", "c~0"]);
    expect(order("ar", "desc", incidents())).toEqual(["c~0", "a~0", "d~0"]);
    expect(order("en", "asc", incidents())).toEqual(["a~0", "d~0", "c~0"]);
    // Counting tellings: "الجيش السوري" (a~0) < "الجيش السوري / الدفاع الوطني" (b~0) < "الحرس الجمهوري" < "قوات …",
    // where English puts "Republican Guard" first.
    expect(order("ar", "asc", tellings())).toEqual(["a~0", "b~0", "d~0", "c~0"]);
    expect(order("en", "asc", tellings())).toEqual(["d~0", "a~0", "b~0", "c~0"]);
    // The index walk (more matches than a list) gives the same order.
    expect(queryEventPage(db, { filter: tellings(), sort: "groups", dir: "asc", page: 1, pageSize: 10, lang: "ar" }, { listMax: 0 }).rows.map((r) => r.id)).toEqual(["a~0", "b~0", "d~0", "c~0"]);
    expect(queryEventPage(db, { filter: incidents(), sort: "groups", dir: "asc", page: 1, pageSize: 10, lang: "ar" }, { listMax: 0 }).rows.map((r) => r.id)).toEqual(["d~0", "a~0", "c~0"]);
    // Other columns do not depend on the language.
    expect(queryEventPage(db, { filter: incidents(), sort: "place", dir: "asc", page: 1, pageSize: 10, lang: "ar" }).rows.map((r) => r.id)).toEqual(
      queryEventPage(db, { filter: incidents(), sort: "place", dir: "asc", page: 1, pageSize: 10 }).rows.map((r) => r.id),
    );
  });

  it("a search finds the incident through any telling's report", () => {
    // Only b's text names the river; the incident's row is a~0's.
    expect(queryTotals(db, tellings({ q: "ميديا" })).events).toBe(1);
    expect(queryEventPage(db, { filter: incidents({ q: "ميديا" }), sort: "date", dir: "asc", page: 1, pageSize: 10 }).rows.map((r) => r.id)).toEqual(["a~0"]);
  });
});
