import type { Database } from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { useSmallStore } from "../store/test-fixtures";
import { NO_FILTER, filter } from "./testing/filters";
import { upsertGazetteers } from "../store/write";
import { queryDestinations, queryGroupFacets, queryPlaces } from "./facets";

let db: Database;
useSmallStore((opened) => (db = opened));

describe("group facets", () => {
  it("every group with its events, most first, ties by key", () => {
    expect(queryGroupFacets(db, NO_FILTER)).toEqual([
      { key: "ndf", name_ar: "الدفاع الوطني", name_en: "National Defence Forces", known: true, events: 2 },
      { key: "syrian-army", name_ar: "الجيش السوري", name_en: "Syrian Arab Army", known: true, events: 2 },
      { key: "x:كتيبة الأمل", name_ar: "كتيبة الأمل", name_en: null, known: false, events: 1 },
    ]);
  });

  it("count under the other filters, ignoring the group selection itself", () => {
    expect(queryGroupFacets(db, filter({ groups: ["ndf"] })).map((g) => [g.key, g.events])).toEqual([
      ["ndf", 2],
      ["syrian-army", 2],
      ["x:كتيبة الأمل", 1],
    ]);
    expect(queryGroupFacets(db, filter({ kind: "defection" })).map((g) => [g.key, g.events])).toEqual([
      ["syrian-army", 1],
      ["x:كتيبة الأمل", 1],
    ]);
  });

  it("names come from the gazetteer when it is loaded", () => {
    upsertGazetteers(db, [{ id: "ndf", name_ar: "قوات الدفاع الوطني", name_en: "NDF", aliases: ["الدفاع الوطني"] }], []);
    expect(queryGroupFacets(db, NO_FILTER)[0]).toMatchObject({ key: "ndf", name_ar: "قوات الدفاع الوطني", name_en: "NDF" });
    upsertGazetteers(db, [{ id: "ndf", name_ar: "الدفاع الوطني", name_en: "National Defence Forces" }], []);
    expect(db.prepare("SELECT COUNT(*) AS n FROM groups").get()).toEqual({ n: 1 });
  });
});

describe("place and destination options", () => {
  it("places and governorates with events", () => {
    upsertGazetteers(db, [], [{ id: "deir-ez-zor", name_ar: "دير الزور", name_en: "Deir ez-Zor", governorate: "دير الزور", kind: "governorate" }]);
    expect(queryPlaces(db)).toEqual({
      places: [
        { id: "albukamal", name_ar: "البوكمال", name_en: null, governorate: "دير الزور", events: 1 },
        { id: "deir-ez-zor", name_ar: "دير الزور", name_en: "Deir ez-Zor", governorate: "دير الزور", events: 1 },
      ],
      governorates: [{ governorate: "دير الزور", id: "deir-ez-zor", name_ar: "دير الزور", name_en: "Deir ez-Zor", events: 2 }],
    });
    expect(queryPlaces(db, filter({ place: "albukamal", kind: "desertion" })).places.map((p) => p.id)).toEqual(["albukamal"]);
  });

  it("destinations: group, area or words", () => {
    expect(queryDestinations(db, filter({ destination: "sdf" }))).toEqual([
      { value: "sdf", type: "group", name_ar: "قسد", name_en: null, events: 1 },
      { value: "الشمال السوري", type: "area", name_ar: "الشمال السوري", name_en: null, events: 1 },
      { value: "تركيا", type: "text", name_ar: "تركيا", name_en: null, events: 1 },
    ]);
    expect(queryDestinations(db, filter({ groups: ["ndf"] })).map((d) => d.value)).toEqual(["الشمال السوري"]);
  });
});
