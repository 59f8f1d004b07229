import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Database as Db } from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { lookText } from "../i18n/look";
import { listIncidents } from "../query/incidents";
import { dayNumber } from "../time/day";
import { checkSubmittedReport, saveBrowserReport } from "./browser-reports";
import { needsAnotherLook } from "./decisions";
import { migrate, openDatabase, schemaVersion } from "./db";
import { mergeTellings, splitTelling } from "./incident-decisions";
import { INCIDENT_RULES_VERSION, rekeyIncidents } from "./incidents";
import { ingestDirectory } from "./ingest";
import { MIGRATIONS } from "./migrations";
import { acceptEvent, addEvent, editEvent, rejectEvent } from "./review";
import { backToSchema, tempDir } from "./test-fixtures";

/**
 * Upgrading a store (round 6): a store written before round 5 has no "@" publication rows in
 * event_match_keys, so the retold rule (lib/incidents/rules/retold.ts) never meets its events — a report
 * added in the browser keeps its rows until something rewrites it. Migration 9 keys every event as a
 * write does today and recomputes the incidents around the changed ones (and those whose combined
 * values an older combine.ts wrote). The old store here is a real file at schema 8 (and 6), written
 * the old way (no "@" rows when any incident was computed); opened by today's code, it must hold
 * exactly what a fresh ingest of the same reports and decisions holds.
 */

const TODAY = "2021-09-01";
const who = { id: "u1", name: "Analyst" };

interface Telling {
  id: string;
  title: string;
  outlet: string;
  published: string;
  body: string;
}

/**
 * With BROWSER, two stories told twice: the same figure of 25 with dates that do not meet (a link only by the
 * retold rule: up_a, up_b) and agreeing small figures (a proposal only: up_c, up_d).
 */
const FILES: Telling[] = [
  { id: "up_a", title: "انشقاق في الميادين", outlet: "عين الفرات", published: "2021-06-20", body: "أفادت مصادر محلية بانشقاق 25 عنصراً من قوات النظام في مدينة الميادين بريف دير الزور الشرقي أمس." },
  { id: "up_c", title: "فرار من الدفاع الوطني", outlet: "حمص الآن", published: "2021-06-21", body: "فرّ ثلاثة عناصر من الدفاع الوطني في مدينة حمص أمس." },
  { id: "up_e", title: "انشقاق في درعا", outlet: "درعا 24", published: "2021-06-22", body: "انشق 40 عنصراً من الفرقة الرابعة في مدينة درعا قبل يومين." },
  { id: "up_f", title: "فرار في درعا", outlet: "تجمع أحرار حوران", published: "2021-06-10", body: "فرار 12 عنصراً من الفرقة الرابعة في ريف درعا منذ أسبوعين." },
  { id: "up_g", title: "انشقاق في منبج", outlet: "الخابور", published: "2021-07-10", body: "انشق 30 عنصراً من قوات سوريا الديمقراطية في مدينة منبج أمس." },
  { id: "up_h", title: "فرار من قسد", outlet: "الشرق", published: "2021-07-11", body: "فرار 30 عنصراً من قسد في مدينة منبج يوم الجمعة." },
  { id: "up_i", title: "انشقاق ضابط", outlet: "حلب اليوم", published: "2021-07-15", body: "انشق ضابط من قوات النظام في مدينة حلب أمس." },
  // Told twice without a figure: no "@" rows, so no key of theirs changes.
  { id: "up_k", title: "انشقاقات في الفرقة الرابعة", outlet: "درعا 24", published: "2021-08-02", body: "انشق عدد من عناصر الفرقة الرابعة في مدينة درعا أمس." },
  { id: "up_l", title: "فرار عناصر", outlet: "حوران", published: "2021-08-03", body: "فر عدد من عناصر الفرقة الرابعة في مدينة درعا يوم الأحد." },
];
/** Added in the browser: `ingest` never re-extracts them, so nothing rewrote their keys. */
const BROWSER: Telling[] = [
  { id: "up_b", title: "عناصر ينشقون في الميادين", outlet: "نداء الفرات", published: "2021-06-23", body: "انشق 25 عنصراً من قوات النظام في مدينة الميادين في الثالث من الشهر الجاري، بحسب ناشطين." },
  {
    id: "up_d",
    title: "انشقاق في حمص",
    outlet: "صوت حمص",
    published: "2021-06-25",
    body: "انشق عنصران من الدفاع الوطني في مدينة حمص في الخامس من الشهر الجاري. وفي سياق آخر غادر 14 مقاتلاً من لواء القدس مواقعهم.",
  },
];

const dirs: string[] = [];
const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function reportFile(r: Telling): string {
  return `---\nid: ${r.id}\ntitle: "${r.title}"\noutlet: "${r.outlet}"\npublished: "${r.published}"\nlanguage: ar\n---\n${r.body}\n`;
}

/**
 * The same reports and analysts' decisions, written by today's code; `afterEachWrite` runs after every
 * write (the old store drops the "@" rows there, as if they had never been written).
 */
function buildStore(file: string, afterEachWrite: (db: Db) => void = () => {}): Db {
  const db = storeOf(file, FILES, afterEachWrite);
  const step = <T,>(write: () => T): T => {
    const out = write();
    afterEachWrite(db);
    return out;
  };
  step(() => acceptEvent(db, who, "up_c~0"));
  step(() => editEvent(db, who, "up_e~0", { count: { low: 45, best: 45, high: 45, text: "45" } }, "the outlet corrected the figure"));
  step(() => rejectEvent(db, who, "up_i~0", "a rumour, denied the next day"));
  step(() =>
    addEvent(db, who, "up_d", { passage: "غادر 14 مقاتلاً من لواء القدس مواقعهم" }, {
      kind: "desertion",
      groups: [{ id: "liwa-al-quds", name_ar: "لواء القدس", name_en: null, text: "لواء القدس", known: true }],
      count: { low: 14, best: 14, high: 14, text: "14" },
      date: { start: "2021-06-22", end: "2021-06-22", grain: "day", basis: "expression", text: null, rule: "review", explanation: "set by a reviewer" },
      place: null,
      destination: null,
    }, "the machine missed it"),
  );
  step(() => mergeTellings(db, who, "up_e~0", "up_f~0", "the same 4th Division men, counted twice"));
  step(() => splitTelling(db, who, "up_h~0", "another SDF unit, says the outlet's follow-up"));
  return db;
}

/**
 * A store of the report files `files`, ingested one run per report in order (so that `afterEachWrite`
 * follows each write), then the browser reports.
 */
function storeOf(file: string, files: Telling[], afterEachWrite: (db: Db) => void = () => {}): Db {
  const db = openDatabase(file);
  open.push(db);
  const step = (write: () => unknown) => {
    write();
    afterEachWrite(db);
  };
  const folder = path.join(path.dirname(file), "reports");
  fs.mkdirSync(folder, { recursive: true });
  for (const r of files) {
    fs.writeFileSync(path.join(folder, `${r.id}.md`), reportFile(r));
    step(() => ingestDirectory(db, folder, { today: TODAY, gazetteers: null }));
  }
  for (const r of BROWSER) {
    const checked = checkSubmittedReport({ title: r.title, outlet: r.outlet, url: null, published: r.published, body: r.body }, { today: TODAY, id: r.id });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    step(() => saveBrowserReport(db, checked));
  }
  return db;
}

const proposalsOf = (db: Db) => db.prepare("SELECT a.id AS a, b.id AS b FROM incident_proposals p JOIN events a ON a.rid = p.event_a JOIN events b ON b.rid = p.event_b ORDER BY 1, 2").all();

/** What a store derives for incidents, named by event ids (rids differ between stores). */
function derived(db: Db) {
  return {
    keys: db.prepare("SELECT k.key, k.span_class, k.day_start, k.day_end, e.id FROM event_match_keys k JOIN events e ON e.rid = k.event_rid ORDER BY 5, 1, 2, 3, 4").all(),
    incidents: listIncidents(db),
    labels: db.prepare("SELECT id, tellings, groups_label, groups_label_ar, place_label, destination_label FROM incidents ORDER BY id").all(),
    proposals: proposalsOf(db),
    events: db.prepare("SELECT e.id, e.review_status, e.count_best, j.json FROM events e JOIN event_json j ON j.rid = e.rid ORDER BY e.id").all(),
  };
}

/** What nothing may change: the decision log, the decisions' states, the events and the reports. */
function kept(db: Db) {
  return {
    decisions: db.prepare("SELECT * FROM decisions ORDER BY seq").all(),
    states: db.prepare("SELECT * FROM decision_states ORDER BY seq").all(),
    events: db.prepare("SELECT e.rid, e.id, e.report_id, e.idx, e.event_key, e.review_status, e.reviewed_by, e.reviewed_at, e.groups_label, j.json FROM events e JOIN event_json j ON j.rid = e.rid ORDER BY e.rid").all(),
    machine: db.prepare("SELECT * FROM machine_events ORDER BY report_id").all(),
    reports: db.prepare("SELECT id, origin, content_hash, extractor_version FROM reports ORDER BY id").all(),
  };
}

/** The schema as `sqlite_master` states it (tables, indexes, triggers), for comparing two files. */
function schemaOf(db: Db) {
  return db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
}

const tellingsOf = (db: Db, eventId: string) => listIncidents(db).find((i) => i.events.includes(eventId))?.events;

/**
 * Back to what the code of a schema version wrote: at 6 (round 4) the incidents had no sort labels
 * (migration 7) and an added event's telling key was "report~" + its stored index (migration 8).
 */
function writtenBy(db: Db, version: 8 | 6): void {
  backToSchema(db, version);
  if (version > 6) return;
  for (const e of db.prepare("SELECT id, report_id, idx FROM events WHERE idx >= 1000000").all() as Array<{ id: string; report_id: string; idx: number }>) {
    const old = `${e.report_id}~${e.idx}`;
    db.prepare("UPDATE incidents SET id = replace(id, ?, ?), json = replace(json, ?, ?)").run(e.id, old, JSON.stringify(e.id), JSON.stringify(old));
  }
}

describe("migration 9: a store written before the retold rule's keys", () => {
  it.each([8, 6] as const)("from schema %i: keys every event as a fresh ingest does, and its incidents and proposals are a fresh ingest's; every decision survives", (version) => {
    const fresh = tempDir("inshiqaq-upgrade-");
    const old = tempDir("inshiqaq-upgrade-");
    dirs.push(fresh, old);
    const reference = buildStore(path.join(fresh, "fresh.sqlite"));
    const oldFile = path.join(old, "old.sqlite");
    let db = buildStore(oldFile, (d) => d.prepare("DELETE FROM event_match_keys WHERE key LIKE '@%'").run());
    // An incident combined by an older rule, which no changed key reaches: up_k and up_l's, stored with another
    // date range than today's combine.ts gives it (the week before the day they tell).
    expect(tellingsOf(db, "up_k~0")).toEqual(["up_k~0", "up_l~0"]);
    const merged = db.prepare("SELECT i.rid, i.json FROM incidents i JOIN incident_events m ON m.incident_rid = i.rid JOIN events e ON e.rid = m.event_rid WHERE e.id = 'up_k~0'").get() as { rid: number; json: string };
    const older = { ...JSON.parse(merged.json), date: { start: "2021-07-26", end: "2021-08-01", basis: "intersection" } };
    db.prepare("UPDATE incidents SET json = ?, date_start = ?, date_end = ?, day_start = ?, day_end = ?, date_basis = 'intersection' WHERE rid = ?").run(
      JSON.stringify(older), older.date.start, older.date.end, dayNumber(older.date.start), dayNumber(older.date.end), merged.rid);
    expect(listIncidents(db).find((i) => i.events.includes("up_k~0"))?.values).not.toEqual(listIncidents(reference).find((i) => i.events.includes("up_k~0"))?.values);

    // The store as the code of that version left it: exactly the schema of its migrations.
    writtenBy(db, version);
    const made = new Database(path.join(old, "made-by-migrations.sqlite"));
    open.push(made);
    migrate(made, MIGRATIONS.slice(0, version));
    expect(schemaOf(db)).toEqual(schemaOf(made));
    expect(schemaVersion(db)).toBe(version);

    // The gap: the retold story and the proposal are not seen; the analysts' decisions are in force.
    expect(db.prepare("SELECT COUNT(*) FROM event_match_keys WHERE key LIKE '@%'").pluck().get()).toBe(0);
    expect(tellingsOf(db, "up_a~0")).toEqual(["up_a~0"]);
    expect(tellingsOf(reference, "up_a~0")).toEqual(["up_a~0", "up_b~0"]);
    expect(proposalsOf(db)).toEqual([]);
    expect(proposalsOf(reference)).toEqual([{ a: "up_c~0", b: "up_d~0" }]);
    const before = kept(db);
    db.close();

    db = openDatabase(oldFile); // today's code: migrates
    open.push(db);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(derived(db)).toEqual(derived(reference));
    expect(kept(db)).toEqual(before);
    expect(db.pragma("foreign_key_check")).toEqual([]);

    // The decisions are in force: the edit and the added event as stored, the rejected event gone, the
    // merge and the split applied.
    const status = Object.fromEntries((db.prepare("SELECT id, review_status FROM events").all() as Array<{ id: string; review_status: string }>).map((r) => [r.id, r.review_status]));
    expect(status).toMatchObject({ "up_c~0": "accepted", "up_e~0": "edited" });
    expect(Object.values(status)).toContain("added");
    expect(status["up_i~0"]).toBeUndefined();
    expect(tellingsOf(db, "up_e~0")).toEqual(["up_e~0", "up_f~0"]);
    expect(tellingsOf(db, "up_h~0")).toEqual(["up_h~0"]);
    expect(tellingsOf(db, "up_a~0")).toEqual(["up_a~0", "up_b~0"]);
  });

  it("on an up-to-date store changes nothing", () => {
    const dir = tempDir("inshiqaq-upgrade-");
    dirs.push(dir);
    const db = buildStore(path.join(dir, "s.sqlite"));
    const [d, k] = [derived(db), kept(db)];
    backToSchema(db, 8);
    expect(migrate(db)).toBe(MIGRATIONS.length - 8);
    expect(derived(db)).toEqual(d);
    expect(kept(db)).toEqual(k);
  });
});

describe("rekeyIncidents on a store without its \"@\" rows", () => {
  it("gives the incidents and proposals of a fresh ingest, and logs each step", () => {
    const dir = tempDir("inshiqaq-upgrade-");
    dirs.push(dir);
    const reference = buildStore(path.join(dir, "fresh.sqlite"));
    const db = buildStore(path.join(dir, "old.sqlite"), (d) => d.prepare("DELETE FROM event_match_keys WHERE key LIKE '@%'").run());
    expect(tellingsOf(db, "up_a~0")).toEqual(["up_a~0"]);
    const log: string[] = [];
    const changed = db.transaction(() => rekeyIncidents(db, (line) => log.push(line))).immediate();
    expect(changed).toBeGreaterThan(0);
    expect(derived(db)).toEqual(derived(reference));
    expect(log[0]).toMatch(/^keying \d+ events/);
    expect(log[1]).toMatch(new RegExp(`^${changed} events' keys changed; \\d+ events to recompute incidents around$`));
    expect(log.at(-1)).toBe("incidents up to date");
  });
});

describe("removing a report recomputes what it held together", () => {
  /** A third telling of the al-Mayadin story, dated like up_a: with up_b, one incident of three tellings. */
  const THIRD: Telling = { id: "up_j", title: "انشقاق 25 عنصراً", outlet: "الخابور", published: "2021-06-21", body: "انشق 25 عنصراً من قوات النظام في مدينة الميادين يوم السبت." };
  const corpus = [...FILES, THIRD];

  it("the premise: up_a, up_b and up_j are one incident", () => {
    const dir = tempDir("inshiqaq-upgrade-");
    dirs.push(dir);
    expect(tellingsOf(storeOf(path.join(dir, "s.sqlite"), corpus), "up_a~0")).toEqual(["up_a~0", "up_b~0", "up_j~0"]);
  });

  it.each(corpus.map((r) => r.id))("without %s: the incidents and proposals of a store that never had it", (gone) => {
    const [a, b] = [tempDir("inshiqaq-upgrade-"), tempDir("inshiqaq-upgrade-")];
    dirs.push(a, b);
    const db = storeOf(path.join(a, "s.sqlite"), corpus);
    fs.rmSync(path.join(a, "reports", `${gone}.md`));
    expect(ingestDirectory(db, path.join(a, "reports"), { today: TODAY, gazetteers: null }).removed).toBe(1);
    const never = storeOf(path.join(b, "s.sqlite"), corpus.filter((r) => r.id !== gone));
    expect(derived(db)).toEqual(derived(never));
  });
});

describe("migration 11: a reason to look again stored as English text", () => {
  it("is derived again from the decision log, as data both languages write", () => {
    const dir = tempDir("inshiqaq-upgrade-");
    dirs.push(dir);
    const db = buildStore(path.join(dir, "s.sqlite"));
    // up_i's officer, rejected by an analyst, is no longer in its report: the rejection needs another look.
    fs.writeFileSync(path.join(dir, "reports", "up_i.md"), reportFile({ ...FILES.find((r) => r.id === "up_i")!, body: "قال مسؤول إن الوضع هادئ في مدينة حلب." }));
    ingestDirectory(db, path.join(dir, "reports"), { today: TODAY, gazetteers: null });
    const look = needsAnotherLook(db);
    expect(look.map((l) => [l.decision.action, l.why.why])).toEqual([["reject", "lost"]]);
    const [statesBefore, derivedBefore] = [kept(db).states, derived(db)];

    // As the code before round 5 stored it: the English sentence.
    const english = lookText(look[0].why, "en");
    db.prepare("UPDATE decision_states SET needs_look = ? WHERE needs_look IS NOT NULL").run(english);
    backToSchema(db, 10);
    expect(needsAnotherLook(db)[0].why).toEqual({ why: "stored", text: english });
    expect(lookText(needsAnotherLook(db)[0].why, "ar")).toBe(english); // the Arabic page showed English

    expect(migrate(db)).toBe(MIGRATIONS.length - 10);
    expect(needsAnotherLook(db)).toEqual(look);
    expect(lookText(needsAnotherLook(db)[0].why, "ar")).toMatch(/^لم يعد المستخرِج يجد الحادثة/);
    expect(kept(db).states).toEqual(statesBefore);
    expect(derived(db)).toEqual(derivedBefore);
  });
});

describe("migration 12: incidents computed by other rules", () => {
  /** As an older rule would have stored it: up_h's telling in up_g's incident (today the analyst's split keeps it apart). */
  function mergedByAnOlderRule(db: Db): void {
    const rid = (id: string) => db.prepare("SELECT rid FROM events WHERE id = ?").pluck().get(id) as number;
    const incidentOf = (id: string) => db.prepare("SELECT incident_rid FROM incident_events WHERE event_rid = ?").pluck().get(rid(id)) as number;
    const [g, h] = [incidentOf("up_g~0"), incidentOf("up_h~0")];
    db.prepare("UPDATE incident_events SET incident_rid = ? WHERE incident_rid = ?").run(g, h);
    db.prepare("DELETE FROM incidents WHERE rid = ?").run(h);
    db.prepare("UPDATE incidents SET tellings = 2 WHERE rid = ?").run(g);
  }

  it("a fresh store records today's rules; ingest recomputes every incident of a store whose rules are not", () => {
    const dir = tempDir("inshiqaq-upgrade-");
    dirs.push(dir);
    const db = buildStore(path.join(dir, "s.sqlite"));
    const rules = () => db.prepare("SELECT value FROM store_meta WHERE key = 'incident_rules'").pluck().get();
    expect(rules()).toBe(INCIDENT_RULES_VERSION);
    const today = derived(db);
    const ingest = () => ingestDirectory(db, path.join(dir, "reports"), { today: TODAY, gazetteers: null });

    // Today's rules recorded: an ingest with nothing to do leaves the incidents as they are, right or not.
    mergedByAnOlderRule(db);
    expect(tellingsOf(db, "up_h~0")).toEqual(["up_g~0", "up_h~0"]);
    expect(ingest().unchanged).toBe(FILES.length);
    expect(tellingsOf(db, "up_h~0")).toEqual(["up_g~0", "up_h~0"]);

    // A store from before migration 12 (or of older rules): the next ingest recomputes them all, keys included.
    backToSchema(db, 11);
    expect(migrate(db)).toBe(1);
    expect(rules()).toBeUndefined();
    db.prepare("DELETE FROM event_match_keys WHERE key LIKE '@%'").run();
    ingest();
    expect(rules()).toBe(INCIDENT_RULES_VERSION);
    expect(derived(db)).toEqual(today);
    expect(tellingsOf(db, "up_h~0")).toEqual(["up_h~0"]);
  });
});
