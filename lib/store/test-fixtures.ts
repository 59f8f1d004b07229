import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach } from "vitest";
import type { DefectionEvent, EventGroup } from "../extract/types";
import type { Report } from "../reports/parse";
import { openDatabase } from "./db";
import { writeReport } from "./write";

/** Hand-made reports and events for the store's tests (real database files in a temp folder). */

export function tempDir(prefix = "inshiqaq-store-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempDatabase(): { db: Database; file: string; dir: string } {
  const dir = tempDir();
  const file = path.join(dir, "test.sqlite");
  return { db: openDatabase(file), file, dir };
}

/**
 * Takes a store back to the schema of `version` (≥ 6) by undoing what later migrations added, for
 * tests of stores written by older code (lib/store/upgrade.test.ts checks that the result is exactly
 * the schema migrations 1–8 and 1–6 make). Migrations 8, 9 and 11 change data only; 12 adds store_meta.
 */
export function backToSchema(db: Database, version: number): void {
  if (version < 12) db.exec("DROP TABLE store_meta;");
  if (version < 10) db.exec("DROP INDEX events_groups_ar_sort; ALTER TABLE events DROP COLUMN groups_label_ar; ALTER TABLE incidents DROP COLUMN groups_label_ar;");
  if (version < 7) db.exec("ALTER TABLE incidents DROP COLUMN groups_label; ALTER TABLE incidents DROP COLUMN place_label; ALTER TABLE incidents DROP COLUMN destination_label;");
  db.pragma(`user_version = ${version}`);
}

export function makeReport(id: string, over: Partial<Report> = {}): Report {
  return {
    id,
    title: `تقرير ${id}`,
    outlet: "test",
    url: `https://example.org/${id}`,
    published: { start: "2021-06-20", end: "2021-06-20" },
    publishedText: "2021-06-20",
    language: "ar",
    notes: null,
    body: "انشق عشرة عناصر من قوات النظام.",
    file: `${id}.md`,
    ...over,
  };
}

export const GROUPS: Record<string, EventGroup> = {
  army: { id: "syrian-army", name_ar: "الجيش السوري", name_en: "Syrian Arab Army", text: "قوات النظام", known: true },
  ndf: { id: "ndf", name_ar: "الدفاع الوطني", name_en: "National Defence Forces", text: "الدفاع الوطني", known: true },
  sdf: { id: "sdf", name_ar: "قوات سوريا الديمقراطية", name_en: "Syrian Democratic Forces", text: "قسد", known: true },
  local: { id: null, name_ar: "كتيبة الأمل", name_en: null, text: "كتيبة الأمل", known: false },
};

export interface EventSpec {
  groups?: EventGroup[];
  start?: string;
  end?: string;
  count?: [number, number, number] | null;
  kind?: DefectionEvent["kind"];
  place?: DefectionEvent["place"];
  destination?: DefectionEvent["destination"];
  confidence?: number;
}

export function makeEvent(spec: EventSpec = {}): DefectionEvent {
  const count = spec.count === undefined ? [10, 10, 10] : spec.count;
  return {
    kind: spec.kind ?? "defection",
    groups: spec.groups ?? [GROUPS.army],
    count: count ? { low: count[0], best: count[1], high: count[2], text: String(count[1]) } : null,
    date: {
      start: spec.start ?? "2021-06-19",
      end: spec.end ?? spec.start ?? "2021-06-19",
      grain: "day",
      basis: "expression",
      text: "أمس",
      rule: "test",
      explanation: "test",
    },
    place: spec.place === undefined ? null : spec.place,
    destination: spec.destination === undefined ? null : spec.destination,
    evidence: { sentence: { start: 0, end: 10 }, spans: [{ role: "trigger", start: 0, end: 4 }, { role: "group", start: 5, end: 9 }] },
    confidence: spec.confidence ?? 0.8,
  };
}

export const META = { contentHash: "hash", extractorVersion: "test" };

export const deir = { text: "دير الزور", id: "deir-ez-zor", name_ar: "دير الزور", governorate: "دير الزور" };
export const bukamal = { text: "بريف البوكمال", id: "albukamal", name_ar: "البوكمال", governorate: "دير الزور" };

/**
 * Four events in two reports (see lib/query/*.test.ts for the answers computed by hand):
 * r1~0 army 2021-06-19 [10,10,10] Deir ez-Zor → SDF; r1~1 NDF+army 2021-05-25..06-05 [20,30,99] desertion al-Bukamal → الشمال السوري;
 * r2~0 NDF 2019-07-08 no count, attempted; r2~1 كتيبة الأمل (unknown) 2019-06-21..30 [50,50,99] → تركيا.
 */
export function seedSmallStore(db: Database): void {
  writeReport(
    db,
    makeReport("r1", { title: "انشقاقات في دير الزور", body: "وأكد المرصد الإنشقاق الجماعي في صفوف الميليشيات." }),
    [
      makeEvent({ groups: [GROUPS.army], start: "2021-06-19", count: [10, 10, 10], place: deir, destination: { text: "قسد", group_id: "sdf", area: null }, confidence: 0.9 }),
      makeEvent({
        groups: [GROUPS.ndf, GROUPS.army],
        start: "2021-05-25",
        end: "2021-06-05",
        count: [20, 30, 99],
        kind: "desertion",
        place: bukamal,
        destination: { text: "الشمال السوري", group_id: null, area: "الشمال السوري" },
        confidence: 0.7,
      }),
    ],
    { ...META, file: "r1.md" },
  );
  writeReport(
    db,
    makeReport("r2", { title: "فرار عناصر", url: null, published: { start: "2019-07-10", end: "2019-07-10" }, body: "فر عناصر من الدفاع الوطني نحو إدلب." }),
    [
      makeEvent({ groups: [GROUPS.ndf], start: "2019-07-08", count: null, kind: "attempted", confidence: 0.5 }),
      makeEvent({ groups: [GROUPS.local], start: "2019-06-21", end: "2019-06-30", count: [50, 50, 99], destination: { text: "تركيا", group_id: null, area: null }, confidence: 0.6 }),
    ],
    { ...META, file: "r2.md" },
  );
}


/**
 * Gives every test of the calling file a fresh database file seeded with `seedSmallStore`
 * (handed to `onOpen`), closed and removed after the test.
 */
export function useSmallStore(onOpen: (db: Database) => void): void {
  let db: Database;
  let dir: string;
  beforeEach(() => {
    ({ db, dir } = tempDatabase());
    seedSmallStore(db);
    onOpen(db);
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
}
