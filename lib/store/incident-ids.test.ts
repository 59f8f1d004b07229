import fs from "node:fs";
import path from "node:path";
import type { Database } from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { currentIncidentId, incidentDetail, incidentExists, listIncidents } from "../query/incidents";
import { migrate, schemaVersion } from "./db";
import { mergeTellings, splitTelling } from "./incident-decisions";
import { syncIncidents } from "./incidents";
import { ingestDirectory } from "./ingest";
import { MIGRATIONS } from "./migrations";
import { addEvent } from "./review";
import { backToSchema, tempDatabase } from "./test-fixtures";

/**
 * An analyst's added event is stored at index 1,000,000 + the seq of its decision, with the event id
 * `report~a<seq>`. Its telling key (which names incidents) is that event id (lib/incidents/types.ts);
 * migration 8 renames the incidents stored while it was `report~<index>`.
 */
const SEEDS = path.join(__dirname, "../../data/fixtures/seed-corpus");
const C = "000_3b93e504cde6c02c"; // sorts before the seed incident's two reports
const A = "005_incident_told_twice_a";
const B = "006_incident_told_twice_b";
const who = { id: "u1", name: "Analyst" };

let db: Database;
let dir: string;
let added: string;
let seq: number;
beforeEach(() => {
  ({ db, dir } = tempDatabase());
  fs.mkdirSync(path.join(dir, "reports"));
  for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, "reports", f));
  ingestDirectory(db, path.join(dir, "reports"), { gazetteers: null });
  // The 4th Division's 30 men of 2019 (C's passage): no rule joins them with A's 18 of 2022-03-14, an analyst does.
  seq = addEvent(db, who, C, { passage: "انشقاق لعدد كبير من مقاتلين قادش" }, {
    kind: "defection",
    groups: [
      { id: "4th-division", name_ar: "الفرقة الرابعة", name_en: "4th Armoured Division", text: "الفرقة الرابعة", known: true },
      { id: null, name_ar: "قادش", name_en: null, text: "قادش", known: false },
    ],
    count: { low: 30, best: 30, high: 30, text: "30" },
    date: { start: "2019-01-01", end: "2019-01-01", grain: "day", basis: "expression", text: null, rule: "review", explanation: "set by a reviewer" },
    place: null,
    destination: null,
  }, "the machine missed it");
  added = `${C}~a${seq}`;
  mergeTellings(db, who, added, `${A}~0`, "the same defection, misdated by the outlet");
  splitTelling(db, who, `${B}~0`, "another unit");
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const incidentOfAdded = () => listIncidents(db).find((i) => i.events.includes(added));

describe("an added event's telling key is its event id", () => {
  it("the incident is named by the added event, and its conflicts name it by its event id", () => {
    const incident = incidentOfAdded();
    expect(incident?.events).toEqual([added, `${A}~0`]);
    expect(incident?.id).toBe(`inc~${added}`);
    const tellingsNamed = incident?.values.conflicts.flatMap((c) => (c.type === "count" ? c.counts.map((x) => x.telling) : c.type === "date" ? c.ranges.map((x) => x.telling) : []));
    expect(new Set(tellingsNamed)).toEqual(new Set([added, `${A}~0`]));
    // Every incident is named by one of its events.
    for (const i of listIncidents(db)) expect(i.events.map((e) => `inc~${e}`)).toContain(i.id);
  });

  it("migration 8 renames an incident stored under the old key; the merge and the split still apply", () => {
    const now = listIncidents(db);
    // The store as the code before migration 8 wrote it: the added event's key was "report~" + its index.
    const oldKey = `${C}~${1_000_000 + seq}`;
    db.prepare("UPDATE incidents SET id = replace(id, ?, ?), json = replace(json, ?, ?)").run(added, oldKey, JSON.stringify(added), JSON.stringify(oldKey));
    backToSchema(db, 7);
    expect(listIncidents(db).map((i) => i.id)).toContain(`inc~${oldKey}`);

    expect(migrate(db)).toBe(MIGRATIONS.length - 7);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(listIncidents(db)).toEqual(now);
    // A link made before the migration still opens the incident.
    expect(incidentExists(db, `inc~${oldKey}`)).toBe(true);
    expect(incidentDetail(db, `inc~${oldKey}`)?.id).toBe(`inc~${added}`);

    // Recomputed from nothing, from the decisions in the log: the same incidents.
    db.prepare("DELETE FROM incidents").run();
    expect(syncIncidents(db)).toBeGreaterThan(0);
    expect(listIncidents(db)).toEqual(now);
    // And after a re-extraction of every report.
    ingestDirectory(db, path.join(dir, "reports"), { gazetteers: null, reextract: true, extractorVersion: "next" });
    expect(listIncidents(db)).toEqual(now);
    expect(listIncidents(db).find((i) => i.events.includes(`${B}~0`))?.events).toEqual([`${B}~0`]);
  });
});

describe("migrations 7 and 10: the sort labels", () => {
  it("computes for the incidents and events already stored the labels the code stores", () => {
    const labels = () => ({
      incidents: db.prepare("SELECT id, groups_label, groups_label_ar, place_label, destination_label FROM incidents ORDER BY id").all(),
      events: db.prepare("SELECT id, groups_label, groups_label_ar FROM events ORDER BY id").all(),
    });
    const stored = labels();
    // Some incident has each label, or the comparison below proves little.
    const rows = stored.incidents as Array<{ groups_label: string; groups_label_ar: string; place_label: string | null; destination_label: string | null }>;
    expect(rows.some((r) => r.groups_label.includes(" / ") && r.groups_label_ar.includes(" / ") && r.groups_label !== r.groups_label_ar)).toBe(true);
    expect((stored.events as Array<{ groups_label_ar: string }>).some((r) => r.groups_label_ar.includes(" / "))).toBe(true);
    expect(rows.some((r) => r.place_label !== null)).toBe(true);
    expect(rows.some((r) => r.destination_label !== null)).toBe(true);
    backToSchema(db, 6);
    expect(migrate(db)).toBe(MIGRATIONS.length - 6);
    expect(labels()).toEqual(stored);
  });
});

describe("an incident link after a merge or a split (currentIncidentId)", () => {
  it("leads to the incident that holds the telling it names, to itself while it names one, and nowhere for an unknown one", () => {
    // Before the analysts' decisions A's telling named the seed incident; merged under the added event, it no longer does.
    expect(incidentExists(db, `inc~${A}~0`)).toBe(false);
    expect(currentIncidentId(db, `inc~${A}~0`)).toBe(`inc~${added}`);
    expect(currentIncidentId(db, `inc~${B}~0`)).toBe(`inc~${B}~0`); // split out: its own incident
    expect(currentIncidentId(db, `inc~${A}~7`)).toBeNull(); // no such telling
    expect(currentIncidentId(db, `${A}~0`)).toBeNull(); // not an incident id
  });
});
