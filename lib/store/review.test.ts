import fs from "node:fs";
import path from "node:path";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "./db";
import { decisionsForKey, needsAnotherLook } from "./decisions";
import { ingestDirectory } from "./ingest";
import { lookText } from "../i18n/look";
import { acceptEvent, addEvent, editEvent, rejectEvent, ReviewError, sentenceAround, undoLast } from "./review";
import { tempDir } from "./test-fixtures";
import { filter } from "../query/testing/filters";
import { countEventsSql } from "../query/testing/sql-reference";
import { countEvents, queryAllEvents } from "../query/events";
import { parseDashboardParams, canonicalSearch } from "../query/url";

const BODY = [
  "أفادت مصادر محلية بانشقاق خمسة عناصر من قوات النظام في مدينة درعا يوم الأحد الماضي.",
  "وفي سياق آخر، فر عشرة عناصر من ميليشيا الدفاع الوطني في ريف حمص وانضموا إلى الجيش الحر مطلع الشهر الجاري.",
  "وقال ناشطون إن سبعة مقاتلين رموا سلاحهم وعادوا إلى بيوتهم.",
].join("\n");

function reportFile(body: string): string {
  return `---\nid: rv1\ntitle: "تقرير للمراجعة"\noutlet: "test"\npublished: "2021-06-20"\nlanguage: ar\n---\n${body}\n`;
}

const RANA = { id: "u-rana", name: "Rana" };
let dir: string;
let corpus: string;
let db: Database;

beforeEach(() => {
  dir = tempDir("inshiqaq-review-");
  corpus = path.join(dir, "reports");
  fs.mkdirSync(corpus);
  fs.writeFileSync(path.join(corpus, "rv1.md"), reportFile(BODY));
  db = openDatabase(path.join(dir, "db.sqlite"));
  ingestDirectory(db, corpus, { gazetteers: null });
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const events = () =>
  db.prepare("SELECT id, review_status, count_best, reviewed_by FROM events WHERE report_id = 'rv1' ORDER BY idx").all() as { id: string; review_status: string; count_best: number | null; reviewed_by: string | null }[];
const countOf = (n: number) => ({ low: n, best: n, high: n, text: String(n) });

describe("review decisions in the store", () => {
  it("materialises edits and rejections into the event rows, and both survive a re-extraction and a text edit", () => {
    expect(events().map((e) => e.id)).toEqual(["rv1~0", "rv1~1"]);
    editEvent(db, RANA, "rv1~0", { count: countOf(6) }, "the report says six elsewhere");
    rejectEvent(db, RANA, "rv1~1", "not a defection");
    expect(events()).toEqual([{ id: "rv1~0", review_status: "edited", count_best: 6, reviewed_by: "Rana" }]);

    // A new extractor version re-extracts every report: the decisions are re-applied.
    ingestDirectory(db, corpus, { gazetteers: null, extractorVersion: "99.0.0" });
    expect(events()).toEqual([{ id: "rv1~0", review_status: "edited", count_best: 6, reviewed_by: "Rana" }]);

    // A new paragraph before them moves every offset and index; a small edit changes one quote's context.
    const changed = `انشق ثلاثة عناصر من تنظيم داعش في حلب أمس.\n${BODY.replace("وفي سياق آخر،", "وفي سياق منفصل،")}`;
    fs.writeFileSync(path.join(corpus, "rv1.md"), reportFile(changed));
    ingestDirectory(db, corpus, { gazetteers: null });
    const after = events();
    expect(after.filter((e) => e.review_status === "edited").map((e) => e.count_best)).toEqual([6]);
    expect(after.filter((e) => e.review_status !== "edited").map((e) => e.count_best)).toEqual([3]); // the rejected one stays out
    expect(needsAnotherLook(db)).toEqual([]);
  });

  it("keeps an added event and flags a decision whose event vanished", () => {
    const start = BODY.indexOf("رموا سلاحهم");
    addEvent(db, RANA, "rv1", { start, end: start + "رموا سلاحهم".length }, {
      kind: "desertion",
      groups: [{ id: null, name_ar: "مقاتلون", name_en: null, text: "مقاتلين", known: false }],
      count: countOf(7),
      date: { start: "2021-06-13", end: "2021-06-20", grain: "span", basis: "default", text: null, rule: "review", explanation: "set by a reviewer" },
      place: null,
      destination: null,
    }, "the machine missed it");
    rejectEvent(db, RANA, "rv1~1", "not a defection");
    expect(events().map((e) => e.review_status)).toEqual(["unreviewed", "added"]);

    fs.writeFileSync(path.join(corpus, "rv1.md"), reportFile(BODY.split("\n").filter((l) => !l.includes("فر عشرة")).join("\n")));
    ingestDirectory(db, corpus, { gazetteers: null });
    expect(events().map((e) => [e.review_status, e.count_best])).toEqual([["unreviewed", 5], ["added", 7]]);
    const look = needsAnotherLook(db);
    expect(look).toHaveLength(1);
    expect(look[0].decision.action).toBe("reject");
    expect(look[0].why).toMatchObject({ why: "lost", action: "reject" });
    expect(lookText(look[0].why, "en")).toMatch(/^the extractor no longer finds the event this reject decision was about \(“.+”\)$/);
    expect(lookText(look[0].why, "ar")).toMatch(/^لم يعد المستخرِج يجد الحادثة التي يخصها قرار رفض هذا \(«.+»\)$/);
  });

  it("undoes the reviewer's last decision by appending, and keeps the whole history", () => {
    acceptEvent(db, RANA, "rv1~0");
    rejectEvent(db, RANA, "rv1~1", "not a defection");
    expect(undoLast(db, RANA)).not.toBeNull();
    expect(events().map((e) => e.review_status)).toEqual(["accepted", "unreviewed"]);
    const key = db.prepare("SELECT event_key FROM events WHERE id = 'rv1~1'").pluck().get() as string;
    expect(decisionsForKey(db, "rv1", key).map((d) => d.action)).toEqual(["reject", "undo"]);
  });

  it("refuses an edit or a rejection without a reason, and writes nothing", () => {
    expect(() => rejectEvent(db, RANA, "rv1~1", "  ")).toThrow(ReviewError);
    expect(() => editEvent(db, RANA, "rv1~0", { count: null }, "")).toThrow(/reason/);
    expect(() => acceptEvent(db, RANA, "rv1~99")).toThrow(/no event/);
    expect(() => addEvent(db, RANA, "rv1", { passage: "كلمات ليست في النص" }, { kind: "defection", groups: [], count: null, date: { start: "2021-06-20", end: "2021-06-20", grain: "day", basis: "default", text: null, rule: "review", explanation: "x" }, place: null, destination: null }, "missed")).toThrow(/^passage:/);
    expect(db.prepare("SELECT COUNT(*) FROM decisions").pluck().get()).toBe(0);
  });

  it("refuses to change or delete a decision (append-only log)", () => {
    acceptEvent(db, RANA, "rv1~0");
    expect(() => db.prepare("UPDATE decisions SET action = 'reject'").run()).toThrow(/append-only/);
    expect(() => db.prepare("DELETE FROM decisions").run()).toThrow(/append-only/);
    expect(db.prepare("SELECT action FROM decisions").pluck().all()).toEqual(["accept"]);
  });

  it("keeps browser-added reports and decisions when the report file is removed", () => {
    rejectEvent(db, RANA, "rv1~1", "not a defection");
    fs.rmSync(path.join(corpus, "rv1.md"));
    ingestDirectory(db, corpus, { gazetteers: null });
    expect(events()).toEqual([]);
    expect(needsAnotherLook(db).map((l) => lookText(l.why, "en"))).toEqual(["the report rv1 is no longer in the database"]);
    expect(needsAnotherLook(db).map((l) => lookText(l.why, "ar"))).toEqual(["لم يعد التقرير rv1 في قاعدة البيانات"]);
  });

  it("filters reviewed events in the index, in SQL and through the URL, and rows carry their status", () => {
    expect(countEvents(db, filter({ reviewed: true }))).toBe(0);
    acceptEvent(db, RANA, "rv1~1");
    expect(countEvents(db, filter({ reviewed: true }))).toBe(1);
    expect(countEventsSql(db, filter({ reviewed: true }))).toBe(1);
    expect(countEvents(db, filter({}))).toBe(2);
    expect(queryAllEvents(db, filter({})).map((r) => [r.id, r.reviewStatus]).sort()).toEqual([["rv1~0", "unreviewed"], ["rv1~1", "accepted"]]);
    const q = parseDashboardParams(new URLSearchParams("reviewed=1"));
    expect(q.query.filter.reviewed).toBe(true);
    expect(canonicalSearch(q.query)).toBe("reviewed=1");
    expect(parseDashboardParams(new URLSearchParams("reviewed=yes")).notices).toEqual([expect.objectContaining({ key: "notice.badValue", vars: expect.objectContaining({ key: "reviewed" }) })]);
  });

  it("takes an added event's sentence between sentence ends or line breaks", () => {
    const at = BODY.indexOf("رموا سلاحهم");
    const s = sentenceAround(BODY, at, at + 5);
    expect(BODY.slice(s.start, s.end)).toBe("وقال ناشطون إن سبعة مقاتلين رموا سلاحهم وعادوا إلى بيوتهم.");
    const first = sentenceAround(BODY, 3, 6);
    expect(BODY.slice(first.start, first.end)).toBe(BODY.split("\n")[0]);
  });
});
