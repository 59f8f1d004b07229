import fs from "node:fs";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { binOrdinal } from "./bins";
import { countEvents, queryTotals } from "./events";
import { querySeries } from "./series";
import { openDatabase } from "../store/db";
import { syntheticReport } from "../../bench/synth";
import { CHANGES_PER_STEP, FOREIGN_REFRESH_MS, eventIndex, setChangesPerStep, setForeignRefresh, type EventIndex } from "./event-index";
import { buildIndex } from "./event-index-build";
import { GROUPS, META, makeEvent, makeReport, seedSmallStore, tempDatabase } from "../store/test-fixtures";
import { NO_FILTER } from "./testing/filters";
import { deleteReport, writeReport } from "../store/write";

let db: Database;
let file: string;
let dir: string;
beforeEach(() => {
  ({ db, file, dir } = tempDatabase());
  seedSmallStore(db);
});
afterEach(() => {
  setForeignRefresh(FOREIGN_REFRESH_MS);
  setChangesPerStep(CHANGES_PER_STEP);
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

/** What an index says, independent of the codes it happened to give strings and groups. */
function contents(index: EventIndex) {
  const str = (c: number) => (c < 0 ? null : index.strings[c]);
  const entries = Array.from(index.rid, (rid, i) => ({
    rid,
    days: [index.dayStart[i], index.dayEnd[i]],
    count: index.counted[i] ? [index.low[i], index.best[i], index.high[i]] : null,
    kind: index.kind[i],
    place: [str(index.placeId[i]), str(index.placeGov[i]), str(index.placeText[i])],
    destination: [str(index.destGroup[i]), str(index.destArea[i]), str(index.destText[i])],
    report: index.reportRid[i],
    groups: Array.from(index.groupCodes.subarray(index.groupOffsets[i], index.groupOffsets[i + 1]), (g) => index.groupKeys[g]),
  }));
  const groups = Object.fromEntries(
    index.groupKeys
      .map((key, g) => [key, { rids: Array.from(index.groupEntries[g], (e) => index.rid[e]), name: index.groupNames[g] }] as const)
      .filter(([, v]) => v.rids.length > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  const entryOfRid = Object.fromEntries([...index.entryOfRid.entries()].filter(([, e]) => e >= 0));
  return { n: index.n, entries, groups, entryOfRid, maxReportRid: index.maxReportRid };
}

function writeSynthetic(target: Database, from: number, to: number, seed: number): void {
  target.transaction(() => {
    for (let i = from; i < to; i++) {
      const s = syntheticReport(i, seed);
      writeReport(target, s.report, s.events, { contentHash: `h${seed}-${i}`, extractorVersion: "synthetic", file: s.report.file });
    }
  })();
}

async function settle(): Promise<void> {
  for (let k = 0; k < 500; k++) await new Promise((resolve) => setImmediate(resolve));
}

describe("incremental updates", () => {
  /** Adds, re-extracts (new content, same ids) and removes reports from another connection. */
  function churn(other: Database): void {
    writeSynthetic(other, 300, 360, 1);
    writeSynthetic(other, 0, 40, 2);
    for (let i = 40; i < 70; i++) deleteReport(other, syntheticReport(i, 1).report.id);
    deleteReport(other, "r2");
    writeSynthetic(other, 300, 310, 3);
  }

  it("a snapshot updated from the change log equals one built from scratch", () => {
    const other = openDatabase(file);
    writeSynthetic(other, 0, 300, 1);
    setForeignRefresh(0);
    const before = eventIndex(db);
    expect(before.n).toBeGreaterThan(300);
    querySeries(db, { filter: NO_FILTER, grain: "month", metric: "people", topGroups: 5 }); // computes the month ordinals
    expect(before.ordinals.has("month")).toBe(true);
    churn(other);
    const updated = eventIndex(db);
    expect(updated).not.toBe(before);
    expect(contents(updated)).toEqual(contents(buildIndex(db)));
    // Carried-over bin ordinals equal fresh ones.
    const month = updated.ordinals.get("month")!;
    expect(Array.from(month.start, (o, i) => [o, month.end[i]])).toEqual(Array.from(updated.dayStart, (d, i) => [binOrdinal(d, "month"), binOrdinal(updated.dayEnd[i], "month")]));
    expect(countEvents(db, NO_FILTER)).toBe(db.prepare("SELECT COUNT(*) FROM events").pluck().get());
    other.close();
  });

  it("works off a long backlog in small steps between requests, serving the old snapshot meanwhile", async () => {
    const other = openDatabase(file);
    writeSynthetic(other, 0, 300, 1);
    setForeignRefresh(0);
    eventIndex(db);
    churn(other);
    setChangesPerStep(25);
    const first = eventIndex(db); // one step applied, the rest scheduled
    expect(contents(first)).not.toEqual(contents(buildIndex(db)));
    await settle();
    expect(contents(eventIndex(db))).toEqual(contents(buildIndex(db)));
    other.close();
  });

  it("rebuilds from scratch when the log was pruned past its snapshot", () => {
    const other = openDatabase(file);
    setForeignRefresh(0);
    eventIndex(db);
    churn(other);
    other.exec("DELETE FROM event_changes WHERE seq < (SELECT MAX(seq) FROM event_changes)");
    expect(contents(eventIndex(db))).toEqual(contents(buildIndex(db)));
    other.close();
  });

  it("applies writes on its own connection", () => {
    const index = eventIndex(db);
    writeSynthetic(db, 0, 20, 1);
    deleteReport(db, syntheticReport(5, 1).report.id);
    deleteReport(db, "r2");
    expect(eventIndex(db)).not.toBe(index);
    expect(contents(eventIndex(db))).toEqual(contents(buildIndex(db)));
  });

  it("is one index per database file, shared by the connections of a process", () => {
    const other = openDatabase(file);
    const index = eventIndex(db);
    expect(eventIndex(other)).toBe(index);
    writeSynthetic(other, 0, 5, 1);
    const updated = eventIndex(other);
    expect(updated).not.toBe(index);
    setForeignRefresh(0);
    expect(eventIndex(db)).toBe(updated);
    other.close();
  });
});
