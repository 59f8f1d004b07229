import fs from "node:fs";
import path from "node:path";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lookText } from "../i18n/look";
import { listIncidents, proposedMerges } from "../query/incidents";
import { readDecisions } from "./decisions";
import { needsLookList } from "../query/review";
import { dismissPairDecision, mergeTellings, splitTelling } from "./incident-decisions";
import { ingestDirectory } from "./ingest";
import { ReviewError, undoLast } from "./review";
import { makeEvent, makeReport, tempDatabase } from "./test-fixtures";
import { writeReport } from "./write";

const SEEDS = path.join(__dirname, "../../data/fixtures/seed-corpus");
const A = "005_incident_told_twice_a";
const B = "006_incident_told_twice_b";
const who = { id: "u1", name: "Analyst" };

let db: Database;
let dir: string;
beforeEach(() => {
  ({ db, dir } = tempDatabase());
  fs.mkdirSync(path.join(dir, "reports"));
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, "reports", f));
  ingestDirectory(db, path.join(dir, "reports"), { gazetteers: null });
});
afterEach(() => db.close());

const incidentsOf = (...reports: string[]) => listIncidents(db).map((i) => i.events).filter((evs) => evs.some((e) => reports.some((r) => e.startsWith(`${r}~`))));
const reextract = (version: string) => ingestDirectory(db, path.join(dir, "reports"), { gazetteers: null, reextract: true, extractorVersion: version });

describe("merge and split decisions in the store", () => {
  it("a split survives ingest --reextract and an edited report text, and undo brings the telling back", () => {
    expect(incidentsOf(A, B)).toEqual([[`${A}~0`, `${B}~0`]]);
    splitTelling(db, who, `${B}~0`, "another unit, says the outlet's follow-up");
    expect(incidentsOf(A, B)).toEqual([[`${A}~0`], [`${B}~0`]]);
    const [d] = readDecisions(db, B);
    expect(d).toMatchObject({ action: "split", reason: "another unit, says the outlet's follow-up", after: { apart: [{ report: A }] } });

    reextract("next");
    expect(incidentsOf(A, B)).toEqual([[`${A}~0`], [`${B}~0`]]);
    // A new paragraph before the event moves nothing the decision hangs on (report id + event identity).
    const file = path.join(dir, "reports", `${B}.md`);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").trimEnd() + "\n\nوأضافت الشبكة أن الطريق بين المدينتين مغلق.\n");
    ingestDirectory(db, path.join(dir, "reports"), { gazetteers: null });
    expect(incidentsOf(A, B)).toEqual([[`${A}~0`], [`${B}~0`]]);

    undoLast(db, who);
    expect(incidentsOf(A, B)).toEqual([[`${A}~0`, `${B}~0`]]);
  });

  it("a merge of tellings the rules keep apart holds after ingest --reextract", () => {
    const other = listIncidents(db).find((i) => !i.events.some((e) => e.startsWith(A) || e.startsWith(B)))?.events[0] as string;
    expect(other).toBeDefined();
    mergeTellings(db, who, `${A}~0`, other, "the same night, another name for the unit");
    const merged = [`${A}~0`, `${B}~0`, other].sort();
    expect(incidentsOf(A).map((evs) => [...evs].sort())).toEqual([merged]);
    reextract("next");
    expect(incidentsOf(A).map((evs) => [...evs].sort())).toEqual([merged]);
  });

  it("refuses a merge or split without a reason, within one report, or with nothing to split from, and writes nothing", () => {
    expect(() => splitTelling(db, who, `${B}~0`, "  ")).toThrow(/reason/);
    // The refusal names its message, so the page can say it in Arabic too.
    expect(() => splitTelling(db, who, `${B}~0`, "  ")).toThrow(expect.objectContaining({ refs: [{ key: "error.reasonRequired.split" }] }));
    expect(() => mergeTellings(db, who, `${A}~0`, `${A}~0`, "x")).toThrow(ReviewError);
    splitTelling(db, who, `${B}~0`, "apart");
    expect(() => splitTelling(db, who, `${B}~0`, "again")).toThrow(/only telling/);
    expect(() => mergeTellings(db, who, "nope~0", `${A}~0`, "x")).toThrow(/no event/);
    expect(db.prepare("SELECT COUNT(*) FROM decisions").pluck().get()).toBe(1);
  });
});

describe("proposed merges as review items", () => {
  it("lists each pair of incidents the rules could not decide, until an analyst merges them", () => {
    // a ~ b and b ~ c, but a and c do not meet: b is not placed, both pairs are proposed. (No figure:
    // one figure told the same day by all three would make them one story retold, whatever the dates.)
    const at = (id: string, start: string, end: string) =>
      writeReport(db, makeReport(id, { published: { start: "2021-02-01", end: "2021-02-01" }, publishedText: "2021-02-01" }), [makeEvent({ start, end, count: null })], { contentHash: id, extractorVersion: "t", file: `${id}.md` });
    at("pa", "2021-01-01", "2021-01-05");
    at("pb", "2021-01-05", "2021-01-10");
    at("pc", "2021-01-10", "2021-01-15");
    const pairs = () => proposedMerges(db).map((m) => [m.event, m.other]).filter(([e]) => e.startsWith("p"));
    expect(pairs()).toEqual([["pa~0", "pb~0"], ["pb~0", "pc~0"]]);
    mergeTellings(db, who, "pa~0", "pb~0", "one night, two outlets");
    expect(incidentsOf("pa", "pb", "pc")).toEqual([["pa~0", "pb~0"], ["pc~0"]]);
    expect(pairs()).toEqual([["pb~0", "pc~0"]]);
  });
});

describe("merges and splits whose events are gone need another look", () => {
  const editor = { id: "u1", name: "Analyst", role: "editor" };
  const looks = () => needsLookList(db, editor).filter((l) => l.decision.action === "merge" || l.decision.action === "split");
  const rewrite = (report: string, body: string) => {
    const file = path.join(dir, "reports", `${report}.md`);
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text.slice(0, text.indexOf("---", 4) + 3) + "\n" + body + "\n");
    ingestDirectory(db, path.join(dir, "reports"), { gazetteers: null });
  };

  it("a split whose other telling was edited out of its report is listed with who, when and which events, until dismissed", () => {
    splitTelling(db, who, `${B}~0`, "another unit");
    expect(looks()).toEqual([]);
    // The outlet's text no longer tells the event: the extractor finds nothing, the split names a vanished event.
    rewrite(A, "قالت الشبكة إن الطريق بين المدينتين مغلق منذ أيام.");
    expect(incidentsOf(A)).toEqual([]);
    const [look, ...more] = looks();
    expect(more).toEqual([]);
    expect(look.decision).toMatchObject({ action: "split", userName: "Analyst", reportId: B, reason: "another unit" });
    expect(look.decision.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Which events: the split's own telling (still there, with its quote) and the one that is gone.
    expect(lookText(look.why, "en")).toMatch(
      new RegExp(`^this split of event ${B}~0 \\(“.+”\\) from an event of ${A} \\(identity [0-9a-f:]+\\) no longer applies in full; gone from the database \\(re-extracted, edited, rejected or removed\\): an event of ${A} \\(identity [0-9a-f:]+\\)$`),
    );
    expect(lookText(look.why, "ar")).toMatch(new RegExp(`^فصل الحادثة ${B}~0 \\(«.+»\\) عن حادثة من التقرير ${A} \\(الهوية [0-9a-f:]+\\) لم يعد ينطبق كاملاً؛ لم يعد في قاعدة البيانات`));

    // Dismissed with a reason: withdrawn (the log says who and why), and no longer listed.
    expect(() => dismissPairDecision(db, who, look.decision.seq, " ")).toThrow(/reason/);
    const seq = dismissPairDecision(db, who, look.decision.seq, "the outlet withdrew the story");
    expect(readDecisions(db, B).at(-1)).toMatchObject({ seq, action: "undo", undoes: look.decision.seq, reason: "the outlet withdrew the story" });
    expect(looks()).toEqual([]);
  });

  const otherThan = () => listIncidents(db).find((i) => !i.events.some((e) => e.startsWith(A) || e.startsWith(B)))?.events[0] as string;
  const removeReport = (report: string) => {
    fs.rmSync(path.join(dir, "reports", `${report}.md`));
    ingestDirectory(db, path.join(dir, "reports"), { gazetteers: null });
  };

  it("a merge whose other report was removed is listed", () => {
    const other = otherThan();
    mergeTellings(db, who, `${A}~0`, other, "the same night");
    const otherReport = other.slice(0, other.indexOf("~"));
    removeReport(otherReport);
    const [look, ...more] = looks();
    expect(more).toEqual([]);
    expect(look.decision).toMatchObject({ action: "merge", reportId: A, reason: "the same night" });
    expect(lookText(look.why, "en")).toMatch(new RegExp(`^this merge of event ${A}~0 \\(“.+”\\) with an event of ${otherReport} \\(identity [^)]+\\) no longer applies in full`));
    expect(lookText(look.why, "ar")).toMatch(new RegExp(`^دمج الحادثة ${A}~0 \\(«.+»\\) مع حادثة من التقرير ${otherReport} \\(الهوية [^)]+\\) لم يعد ينطبق كاملاً`));
  });

  it("a merge superseded by a later split of the same pair is not listed; the split is, and still keeps apart what remains", () => {
    const other = otherThan();
    mergeTellings(db, who, `${A}~0`, other, "the same night");
    splitTelling(db, who, `${A}~0`, "no: two nights"); // apart from B and from `other`
    removeReport(other.slice(0, other.indexOf("~")));
    const listed = looks();
    expect(listed.map((l) => l.decision.action)).toEqual(["split"]);
    expect(lookText(listed[0].why, "en")).toContain(`${B}~0`);
    expect(lookText(listed[0].why, "en")).toMatch(/; it still keeps the events that remain apart$/);
    expect(lookText(listed[0].why, "ar")).toMatch(/؛ وما زال يُبقي الحوادث الباقية منفصلة$/);
    expect(incidentsOf(A, B)).toEqual([[`${A}~0`], [`${B}~0`]]);
  });
});
