import { describe, expect, it } from "vitest";
import type { Database } from "better-sqlite3";
import { GROUPS, META, bukamal, makeEvent, makeReport, useSmallStore } from "../store/test-fixtures";
import { NO_FILTER, filter } from "./testing/filters";
import { deleteReport, upsertGazetteers, writeReport } from "../store/write";
import { countEvents, getEvent, getReport, iterateEvents, queryAllEvents, queryEventPage } from "./events";
import type { EventFilter, SortColumn } from "./types";

let db: Database;

const ids = (f: EventFilter, sort: SortColumn = "date", dir: "asc" | "desc" = "asc") =>
  queryEventPage(db, { filter: f, sort, dir, page: 1, pageSize: 100 }).rows.map((r) => r.id);

useSmallStore((opened) => (db = opened));

describe("round trip", () => {
  it("keeps the full event and builds the row from it", () => {
    const original = makeEvent({
      groups: [GROUPS.ndf, GROUPS.army],
      start: "2021-05-25",
      end: "2021-06-05",
      count: [20, 30, 99],
      kind: "desertion",
      place: bukamal,
      destination: { text: "الشمال السوري", group_id: null, area: "الشمال السوري" },
      confidence: 0.7,
    });
    const got = getEvent(db, "r1~1");
    expect(got?.event).toEqual(original);
    expect(got?.report.body).toBe("وأكد المرصد الإنشقاق الجماعي في صفوف الميليشيات.");
    expect(got?.row).toEqual({
      id: "r1~1",
      kind: "desertion",
      groups: [
        { key: "ndf", id: "ndf", name_ar: "الدفاع الوطني", name_en: "National Defence Forces", known: true },
        { key: "syrian-army", id: "syrian-army", name_ar: "الجيش السوري", name_en: "Syrian Arab Army", known: true },
      ],
      start: "2021-05-25",
      end: "2021-06-05",
      grain: "day",
      dateBasis: "expression",
      dateText: "أمس",
      dateExplanation: "test",
      count: { low: 20, best: 30, high: 99, text: "30" },
      place: bukamal,
      destination: { text: "الشمال السوري", group_id: null, area: "الشمال السوري" },
      reportId: "r1",
      reportTitle: "انشقاقات في دير الزور",
      reportUrl: "https://example.org/r1",
      confidence: 0.7,
      incidentId: "inc~r1~1",
      tellings: 1,
      conflicts: [],
      reviewStatus: "unreviewed",
    });
  });

  it("gives the report with its events in order, and null for unknown ids", () => {
    const r = getReport(db, "r2");
    expect(r?.report).toMatchObject({ id: "r2", url: null, published: { start: "2019-07-10", end: "2019-07-10" }, file: "r2.md" });
    expect(r?.events.map((e) => e.row.id)).toEqual(["r2~0", "r2~1"]);
    expect(r?.events[1].row.groups[0].key).toBe("x:كتيبة الأمل");
    expect(getReport(db, "nope")).toBeNull();
    expect(getEvent(db, "r1~9")).toBeNull();
  });

  it("replacing a report replaces its events; deleting removes everything it owned", () => {
    expect(writeReport(db, makeReport("r1"), [makeEvent({ start: "2020-01-01" })], { ...META, file: "r1.md" })).toBe("updated");
    expect(ids(NO_FILTER)).toEqual(["r2~1", "r2~0", "r1~0"]);
    expect(db.prepare("SELECT COUNT(*) AS n FROM event_groups").get()).toEqual({ n: 3 });
    expect(deleteReport(db, "r2")).toBe(true);
    expect(ids(NO_FILTER)).toEqual(["r1~0"]);
    for (const table of ["event_groups", "evidence_spans"]) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: table === "event_groups" ? 1 : 2 });
    }
    expect(db.prepare("SELECT COUNT(*) AS n FROM report_text").get()).toEqual({ n: 1 });
    expect(ids(filter({ q: "إدلب" }))).toEqual([]);
  });
});

describe("filters", () => {
  it("groups: any of the selected", () => {
    expect(ids(filter({ groups: ["ndf"] }))).toEqual(["r2~0", "r1~1"]);
    expect(ids(filter({ groups: ["ndf", "syrian-army"] }))).toEqual(["r2~0", "r1~1", "r1~0"]);
    expect(ids(filter({ groups: ["x:كتيبة الأمل"] }))).toEqual(["r2~1"]);
    expect(ids(filter({ groups: ["sdf"] }))).toEqual([]); // a destination, not a group that lost people
  });

  it("months: an event is in when its range overlaps the window", () => {
    expect(ids(filter({ from: "2021-06" }))).toEqual(["r1~1", "r1~0"]); // 25 May – 5 June overlaps June
    expect(ids(filter({ from: "2021-05", to: "2021-05" }))).toEqual(["r1~1"]);
    expect(ids(filter({ to: "2019-06" }))).toEqual(["r2~1"]);
    expect(ids(filter({ from: "2019-07", to: "2021-04" }))).toEqual(["r2~0"]);
  });

  it("place: a place id, or a governorate by name or by its gazetteer id", () => {
    expect(ids(filter({ place: "albukamal" }))).toEqual(["r1~1"]);
    expect(ids(filter({ place: "دير الزور" }))).toEqual(["r1~1", "r1~0"]); // the governorate of both
    expect(ids(filter({ place: "deir-ez-zor" }))).toEqual(["r1~0"]); // the city itself, until the gazetteer says it is a governorate
    upsertGazetteers(db, [], [{ id: "deir-ez-zor", name_ar: "دير الزور", governorate: "دير الزور", kind: "governorate" }]);
    expect(ids(filter({ place: "deir-ez-zor" }))).toEqual(["r1~1", "r1~0"]);
    upsertGazetteers(db, [], [{ id: "albukamal", name_ar: "البوكمال", governorate: "دير الزور", kind: "town" }]);
    expect(ids(filter({ place: "albukamal" }))).toEqual(["r1~1"]); // a town never widens to its governorate
  });

  it("destination: a group id, an area or the words", () => {
    expect(ids(filter({ destination: "sdf" }))).toEqual(["r1~0"]);
    expect(ids(filter({ destination: "الشمال السوري" }))).toEqual(["r1~1"]);
    expect(ids(filter({ destination: "تركيا" }))).toEqual(["r2~1"]);
  });

  it("kind, and filters combined", () => {
    expect(ids(filter({ kind: "desertion" }))).toEqual(["r1~1"]);
    expect(ids(filter({ kind: "defection", groups: ["syrian-army"], from: "2021-01" }))).toEqual(["r1~0"]);
  });

  it("text search folds Arabic on both sides and finds substrings", () => {
    expect(ids(filter({ q: "الانشقاق" }))).toEqual(["r1~1", "r1~0"]); // the text says الإنشقاق
    expect(ids(filter({ q: "ادلب" }))).toEqual(["r2~1", "r2~0"]); // إدلب
    expect(ids(filter({ q: "انشقاقات" }))).toEqual(["r1~1", "r1~0"]); // in the title
    expect(ids(filter({ q: "فر  الدفاع" }))).toEqual(["r2~1", "r2~0"]); // every term, a short one too
    expect(ids(filter({ q: "فر قسد" }))).toEqual([]);
    expect(ids(filter({ q: "   " }))).toEqual(["r2~1", "r2~0", "r1~1", "r1~0"]);
  });

  it("hostile values are only values", () => {
    for (const q of [`"); DROP TABLE events; --`, `' OR 1=1 --`, `NEAR(a b)`, `*`, `"`, `%`, `_`]) {
      expect(ids(filter({ q }))).toEqual([]);
    }
    expect(ids(filter({ place: "' OR '1'='1" }))).toEqual([]);
    expect(ids(filter({ groups: ["') OR 1=1 --"] }))).toEqual([]);
    expect(countEvents(db, NO_FILTER)).toBe(4);
  });
});

describe("sorting and paging", () => {
  it("sorts by count: nulls are the smallest", () => {
    expect(ids(NO_FILTER, "count", "desc")).toEqual(["r2~1", "r1~1", "r1~0", "r2~0"]);
    expect(ids(NO_FILTER, "count", "asc")).toEqual(["r2~0", "r1~0", "r1~1", "r2~1"]);
  });

  it("sorts by every column, both ways, each the reverse of the other", () => {
    const expected: Record<SortColumn, string[]> = {
      date: ["r2~1", "r2~0", "r1~1", "r1~0"],
      // byte order: "National Defence Forces" < "National Defence Forces / Syrian Arab Army" < "Syrian Arab Army" < Arabic
      groups: ["r2~0", "r1~1", "r1~0", "r2~1"],
      count: ["r2~0", "r1~0", "r1~1", "r2~1"],
      kind: ["r2~0", "r1~0", "r2~1", "r1~1"], // attempted, defection (ids break the tie), desertion
      place: ["r2~0", "r2~1", "r1~1", "r1~0"], // no place first, then البوكمال < دير الزور
      destination: ["r2~0", "r1~1", "r2~1", "r1~0"], // none, الشمال السوري, تركيا, قسد
      report: ["r1~0", "r1~1", "r2~0", "r2~1"], // انشقاقات… < فرار…
      confidence: ["r2~0", "r2~1", "r1~1", "r1~0"],
    };
    for (const [col, order] of Object.entries(expected) as [SortColumn, string[]][]) {
      expect(ids(NO_FILTER, col, "asc"), col).toEqual(order);
      expect(ids(NO_FILTER, col, "desc"), col).toEqual([...order].reverse());
    }
  });

  it("breaks ties by id, so pages never overlap", () => {
    const same = Array.from({ length: 5 }, () => makeEvent({ start: "2022-01-01", count: [7, 7, 7] }));
    writeReport(db, makeReport("r3"), same, { ...META, file: "r3.md" });
    const f = filter({ from: "2022-01" });
    const pages = [1, 2, 3].flatMap((page) => queryEventPage(db, { filter: f, sort: "count", dir: "desc", page, pageSize: 2 }).rows.map((r) => r.id));
    expect(pages).toEqual(["r3~4", "r3~3", "r3~2", "r3~1", "r3~0"]);
  });

  it("clamps the page to [1, pageCount] and reports the total", () => {
    const q = { filter: NO_FILTER, sort: "date" as const, dir: "asc" as const, pageSize: 3 };
    expect(queryEventPage(db, { ...q, page: 9 })).toMatchObject({ total: 4, page: 2, pageCount: 2, pageSize: 3 });
    expect(queryEventPage(db, { ...q, page: 9 }).rows.map((r) => r.id)).toEqual(["r1~0"]);
    expect(queryEventPage(db, { ...q, page: 0 })).toMatchObject({ page: 1 });
    expect(queryEventPage(db, { ...q, page: 1, filter: filter({ kind: "desertion", to: "2019-01" }) })).toEqual({
      rows: [],
      total: 0,
      page: 1,
      pageSize: 3,
      pageCount: 1,
    });
  });

  it("exports the whole filtered set", () => {
    expect(queryAllEvents(db, filter({ groups: ["ndf"] })).map((r) => r.id)).toEqual(["r2~0", "r1~1"]);
    expect(Array.from(iterateEvents(db, NO_FILTER, "count", "desc")).map((r) => r.id)).toEqual(["r2~1", "r1~1", "r1~0", "r2~0"]);
    // In chunks of one, with other statements run between two rows: the order and rows are the same.
    const rows: string[] = [];
    for (const r of iterateEvents(db, NO_FILTER, "count", "desc", 1)) {
      rows.push(r.id);
      expect(getEvent(db, r.id)?.row).toEqual(r);
    }
    expect(rows).toEqual(["r2~1", "r1~1", "r1~0", "r2~0"]);
  });
});
