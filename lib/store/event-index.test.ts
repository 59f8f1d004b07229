import fs from "node:fs";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countEvents, queryTotals } from "../query/events";
import { openDatabase } from "./db";
import { FOREIGN_REFRESH_MS, eventIndex, setForeignRefresh } from "./event-index";
import { GROUPS, META, NO_FILTER, makeEvent, makeReport, seedSmallStore, tempDatabase } from "./test-fixtures";
import { writeReport } from "./write";

let db: Database;
let file: string;
let dir: string;
beforeEach(() => {
  ({ db, file, dir } = tempDatabase());
  seedSmallStore(db);
});
afterEach(() => {
  setForeignRefresh(FOREIGN_REFRESH_MS);
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("event index", () => {
  it("holds one entry per event with its groups", () => {
    const index = eventIndex(db);
    expect(index.n).toBe(4);
    expect(index.groupKeys.sort()).toEqual(["ndf", "syrian-army", "x:كتيبة الأمل"]);
    const ndf = index.groupCode.get("ndf")!;
    expect(Array.from(index.groupEntries[ndf], (e) => index.rid[e])).toEqual(
      db.prepare("SELECT event_rid FROM event_groups WHERE group_key = 'ndf' ORDER BY event_rid").pluck().all(),
    );
  });

  it("totals: events, those with a count, and the sums of low, best and high", () => {
    // r1~0 10/10/10, r1~1 20/30/99, r2~0 no count, r2~1 50/50/99
    expect(queryTotals(db, NO_FILTER)).toEqual({ events: 4, withCount: 3, people: { low: 80, best: 90, high: 208 } });
    expect(queryTotals(db, { ...NO_FILTER, groups: ["ndf"] })).toEqual({ events: 2, withCount: 1, people: { low: 20, best: 30, high: 99 } });
  });

  it("follows writes on its own connection at once", () => {
    expect(countEvents(db, NO_FILTER)).toBe(4);
    writeReport(db, makeReport("r3"), [makeEvent({ groups: [GROUPS.sdf] })], { ...META, file: "r3.md" });
    expect(countEvents(db, NO_FILTER)).toBe(5);
  });

  it("follows another process's commits, at most FOREIGN_REFRESH_MS late", () => {
    setForeignRefresh(60_000);
    expect(countEvents(db, NO_FILTER)).toBe(4);
    const other = openDatabase(file);
    writeReport(other, makeReport("r3"), [makeEvent(), makeEvent()], { ...META, file: "r3.md" });
    expect(countEvents(db, NO_FILTER)).toBe(4); // within the refresh interval: the index may lag
    setForeignRefresh(0);
    expect(countEvents(db, NO_FILTER)).toBe(6);
    other.close();
  });
});
