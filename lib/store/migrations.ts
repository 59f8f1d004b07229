/**
 * The database schema as an ordered list of migrations. `PRAGMA user_version` holds the number of
 * migrations applied; the app runs the missing ones in one transaction when it opens the database.
 * Never edit a migration that has shipped: append a new one.
 */

import type { Database } from "better-sqlite3";
import { largeStoreLog, markIncidentRules, rekeyIncidents } from "./incidents";
import { rematerialise } from "./write";

export interface Migration {
  version: number;
  description: string;
  sql: string;
  /**
   * Derived data the SQL cannot compute (the incident rules are TypeScript): run in the same
   * transaction after the SQL of every pending migration (lib/store/db.ts migrate), so with today's
   * code on today's schema.
   */
  upgrade?: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "reports, events, event groups, evidence spans, gazetteers, report text search",
    sql: `
CREATE TABLE reports (
  rid               INTEGER PRIMARY KEY, -- stable rowid, shared with report_text
  id                TEXT NOT NULL UNIQUE,
  file              TEXT NOT NULL,
  title             TEXT NOT NULL,
  outlet            TEXT NOT NULL,
  url               TEXT,
  published_start   TEXT NOT NULL,
  published_end     TEXT NOT NULL,
  published_text    TEXT NOT NULL,
  language          TEXT NOT NULL,
  notes             TEXT,
  body              TEXT NOT NULL,
  content_hash      TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  ingested_at       TEXT NOT NULL
);
CREATE INDEX reports_file ON reports(file);

-- The normalised report text (lib/arabic/normalize.ts), indexed by trigrams so that a search
-- finds any substring: "الانشقاق" finds "والإنشقاق". rowid = reports.rid.
CREATE VIRTUAL TABLE report_text USING fts5(norm, tokenize = 'trigram');
CREATE TRIGGER reports_delete_text AFTER DELETE ON reports BEGIN
  DELETE FROM report_text WHERE rowid = old.rid;
END;

-- rid is an internal join key (changes when a report is re-ingested); id is the stable public id.
CREATE TABLE events (
  rid                   INTEGER PRIMARY KEY,
  id                    TEXT NOT NULL UNIQUE,
  report_id             TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  idx                   INTEGER NOT NULL,
  kind                  TEXT NOT NULL,
  date_start            TEXT NOT NULL,
  date_end              TEXT NOT NULL,
  day_start             INTEGER NOT NULL, -- days since 1970-01-01, for the chart's arithmetic
  day_end               INTEGER NOT NULL,
  grain                 TEXT NOT NULL,
  date_basis            TEXT NOT NULL,
  date_text             TEXT,
  date_rule             TEXT NOT NULL,
  date_explanation      TEXT NOT NULL,
  count_low             INTEGER,
  count_best            INTEGER,
  count_high            INTEGER,
  count_text            TEXT,
  place_text            TEXT,
  place_id              TEXT,
  place_name_ar         TEXT,
  place_governorate     TEXT,
  destination_text      TEXT,
  destination_group_id  TEXT,
  destination_area      TEXT,
  confidence            REAL NOT NULL,
  sentence_start        INTEGER NOT NULL,
  sentence_end          INTEGER NOT NULL,
  -- Sort keys, denormalised so that every column of the table sorts through an index.
  groups_label          TEXT NOT NULL,
  place_label           TEXT,
  report_title          TEXT NOT NULL,
  json                  TEXT NOT NULL  -- the full DefectionEvent, for an exact round trip
);
CREATE INDEX events_report      ON events(report_id);
CREATE INDEX events_date        ON events(date_start, date_end, id);
CREATE INDEX events_date_end    ON events(date_end);
CREATE INDEX events_count       ON events(count_best, id);
CREATE INDEX events_kind        ON events(kind, id);
CREATE INDEX events_groups_sort ON events(groups_label, id);
CREATE INDEX events_place_sort  ON events(place_label, id);
CREATE INDEX events_dest_sort   ON events(destination_text, id);
CREATE INDEX events_report_sort ON events(report_title, id);
CREATE INDEX events_conf_sort   ON events(confidence, id);
CREATE INDEX events_place       ON events(place_id);
CREATE INDEX events_governorate ON events(place_governorate);
CREATE INDEX events_dest_group  ON events(destination_group_id);
CREATE INDEX events_dest_area   ON events(destination_area);
-- Covering index for the chart: the series reads only these columns.
CREATE INDEX events_series      ON events(day_start, day_end, count_low, count_best, count_high);

CREATE TABLE event_groups (
  event_rid  INTEGER NOT NULL REFERENCES events(rid) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  group_key  TEXT NOT NULL, -- the gazetteer id, or "x:<name>" for a group not in the gazetteer
  group_id   TEXT,
  name_ar    TEXT NOT NULL,
  name_en    TEXT,
  text       TEXT NOT NULL,
  known      INTEGER NOT NULL,
  PRIMARY KEY (event_rid, position)
) WITHOUT ROWID;
CREATE INDEX event_groups_key ON event_groups(group_key, event_rid);

CREATE TABLE evidence_spans (
  event_rid INTEGER NOT NULL REFERENCES events(rid) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  role      TEXT NOT NULL,
  start     INTEGER NOT NULL,
  "end"     INTEGER NOT NULL,
  PRIMARY KEY (event_rid, position)
) WITHOUT ROWID;

CREATE TABLE groups (
  id       TEXT PRIMARY KEY,
  name_ar  TEXT NOT NULL,
  name_en  TEXT,
  side     TEXT,
  parent   TEXT,
  aliases  TEXT NOT NULL -- JSON array
);

CREATE TABLE places (
  id          TEXT PRIMARY KEY,
  name_ar     TEXT NOT NULL,
  name_en     TEXT,
  governorate TEXT,
  lat         REAL,
  lon         REAL,
  aliases     TEXT NOT NULL -- JSON array
);
`,
  },
  {
    version: 2,
    description: "places: kind (governorate, town, …) and country, so a governorate chosen by id matches its events",
    sql: `
ALTER TABLE places ADD COLUMN kind TEXT;
ALTER TABLE places ADD COLUMN country TEXT;
CREATE INDEX places_kind_governorate ON places(kind, governorate);
`,
  },
  {
    version: 3,
    description: "the full event JSON moves to its own table: event rows stay small, so filters and the chart scan fewer pages",
    sql: `
CREATE TABLE event_json (
  rid  INTEGER PRIMARY KEY REFERENCES events(rid) ON DELETE CASCADE,
  json TEXT NOT NULL -- the full DefectionEvent, for an exact round trip
);
INSERT INTO event_json (rid, json) SELECT rid, json FROM events;
ALTER TABLE events DROP COLUMN json;
`,
  },
  {
    version: 4,
    description: "a log of changed event rids, so a reader's in-memory index applies other processes' commits instead of rebuilding",
    sql: `
-- Every event inserted or deleted (a cascade from its report included) appends its rid. A reader
-- remembers the last seq it applied and re-reads only the rids logged since (lib/query/event-index.ts).
CREATE TABLE event_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  rid INTEGER NOT NULL
);
CREATE TRIGGER events_log_insert AFTER INSERT ON events BEGIN
  INSERT INTO event_changes (rid) VALUES (new.rid);
END;
CREATE TRIGGER events_log_delete AFTER DELETE ON events BEGIN
  INSERT INTO event_changes (rid) VALUES (old.rid);
END;
-- Keep the last million changes; a reader further behind rebuilds its index from scratch.
CREATE TRIGGER event_changes_prune AFTER INSERT ON event_changes WHEN new.seq % 4096 = 0 BEGIN
  DELETE FROM event_changes WHERE seq <= new.seq - 1000000;
END;
`,
  },
  {
    version: 5,
    description: "review: event identity and review status, machine events kept apart, the append-only decision log, reports added in the browser",
    sql: `
-- Where a report comes from: 'file' (data/reports, mirrored by ingest) or 'browser' (added by an editor; never removed by ingest).
ALTER TABLE reports ADD COLUMN origin TEXT NOT NULL DEFAULT 'file' CHECK (origin IN ('file', 'browser'));
-- Events hold the EFFECTIVE values (machine values with the reviewers' decisions applied); rejected events are not stored here.
ALTER TABLE events ADD COLUMN event_key TEXT;
ALTER TABLE events ADD COLUMN review_status TEXT NOT NULL DEFAULT 'unreviewed'
  CHECK (review_status IN ('unreviewed', 'accepted', 'edited', 'added'));
ALTER TABLE events ADD COLUMN reviewed_by TEXT;
ALTER TABLE events ADD COLUMN reviewed_at TEXT;
CREATE INDEX events_review ON events(review_status, confidence, id);

-- The extractor's own output for each report, apart from the effective events, for history and re-application.
CREATE TABLE machine_events (
  report_id         TEXT PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  extractor_version TEXT NOT NULL,
  json              TEXT NOT NULL -- DefectionEvent[] in the extractor's order
);

-- Every reviewer decision, appended and never changed (see lib/review/types.ts). No foreign key: a
-- decision outlives its report and its event, and then waits in "needs another look".
CREATE TABLE decisions (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id  TEXT NOT NULL,
  event_key  TEXT NOT NULL,
  action     TEXT NOT NULL,
  quote      TEXT NOT NULL, -- JSON text-quote selector
  before     TEXT,          -- JSON
  after      TEXT,          -- JSON
  reason     TEXT,
  user_id    TEXT NOT NULL,
  user_name  TEXT NOT NULL,
  created_at TEXT NOT NULL,
  undoes     INTEGER REFERENCES decisions(seq)
);
CREATE INDEX decisions_report ON decisions(report_id, seq);
CREATE INDEX decisions_key ON decisions(event_key, seq);
CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions BEGIN
  SELECT RAISE(ABORT, 'the decision log is append-only: decisions cannot be changed');
END;
CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions BEGIN
  SELECT RAISE(ABORT, 'the decision log is append-only: decisions cannot be deleted');
END;

-- How each decision in force fared at the last re-application of its report (rewritten each time).
CREATE TABLE decision_states (
  seq        INTEGER PRIMARY KEY REFERENCES decisions(seq),
  report_id  TEXT NOT NULL,
  event_key  TEXT NOT NULL,
  anchor     TEXT NOT NULL,
  needs_look TEXT,
  applied_to TEXT
);
CREATE INDEX decision_states_report ON decision_states(report_id);
CREATE INDEX decision_states_look ON decision_states(needs_look) WHERE needs_look IS NOT NULL;
`,
  },
  {
    // Issue 12 (incidents), after issue 11's review migration.
    version: 6,
    description: "incidents: the tellings of one incident across reports, their proposed merges, and the keys that find candidate tellings",
    sql: `
-- An incident groups events of different reports (lib/incidents). id = "inc~" + its smallest event id.
CREATE TABLE incidents (
  rid               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL UNIQUE,
  tellings          INTEGER NOT NULL,
  kind              TEXT NOT NULL,
  date_start        TEXT NOT NULL,
  date_end          TEXT NOT NULL,
  day_start         INTEGER NOT NULL,
  day_end           INTEGER NOT NULL,
  date_basis        TEXT NOT NULL, -- intersection | hull (a date conflict)
  count_low         INTEGER,
  count_best        INTEGER,
  count_high        INTEGER,
  place_id          TEXT,
  place_governorate TEXT,
  conflicts         INTEGER NOT NULL, -- how many conflicts (listed in json)
  json              TEXT NOT NULL     -- the combined IncidentValues
);
CREATE INDEX incidents_date ON incidents(day_start, day_end);

CREATE TABLE incident_events (
  event_rid    INTEGER PRIMARY KEY REFERENCES events(rid) ON DELETE CASCADE,
  incident_rid INTEGER NOT NULL REFERENCES incidents(rid) ON DELETE CASCADE
);
CREATE INDEX incident_events_incident ON incident_events(incident_rid);

-- Compatible events left in different incidents: a merge for an analyst to decide.
CREATE TABLE incident_proposals (
  event_a INTEGER NOT NULL REFERENCES events(rid) ON DELETE CASCADE,
  event_b INTEGER NOT NULL REFERENCES events(rid) ON DELETE CASCADE,
  PRIMARY KEY (event_a, event_b)
) WITHOUT ROWID;
CREATE INDEX incident_proposals_b ON incident_proposals(event_b);

-- Where an event can meet another: each group and its ancestors (lib/incidents reachKeys), with its
-- day range bucketed by length so that a candidate search is a few bounded index ranges.
CREATE TABLE event_match_keys (
  key        TEXT NOT NULL,
  span_class INTEGER NOT NULL,
  day_start  INTEGER NOT NULL,
  day_end    INTEGER NOT NULL,
  event_rid  INTEGER NOT NULL REFERENCES events(rid) ON DELETE CASCADE,
  PRIMARY KEY (key, span_class, day_start, event_rid)
) WITHOUT ROWID;
CREATE INDEX event_match_keys_event ON event_match_keys(event_rid);
`,
  },
  {
    // Issue 12, round 5: the incidents table sorts by what it shows.
    version: 7,
    description: "incidents: the labels of their combined groups, place and destination, so the table sorts an incident by the values it shows",
    sql: `
-- lib/store/labels.ts writes them for every incident computed from now on; these are the same labels
-- read from the combined values of the incidents already stored.
ALTER TABLE incidents ADD COLUMN groups_label TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN place_label TEXT;
ALTER TABLE incidents ADD COLUMN destination_label TEXT;
UPDATE incidents SET
  groups_label = COALESCE((SELECT group_concat(COALESCE(json_extract(g.value, '$.name_en'), json_extract(g.value, '$.name_ar')), ' / ' ORDER BY g.key)
    FROM json_each(incidents.json, '$.groups') AS g), ''),
  place_label = COALESCE(json_extract(json, '$.place.name_ar'), json_extract(json, '$.place.text')),
  destination_label = json_extract(json, '$.destination.text');
`,
  },
  {
    // Issue 12, round 5: an analyst's added event is telling "report~a<seq>", as its event id.
    version: 8,
    description: "incidents: an added event's telling key is its event id (report~a<seq>), not its stored index (report~1000000+seq)",
    sql: `
-- Until now the telling key of an added event was "report~" + its index (1,000,000 + the decision's
-- seq) while its event id is "report~a" + seq, so an incident whose smallest key was an added event
-- had an id naming no event. Keys are compared report first and an incident has one telling per
-- report, so the smallest telling stays the same: only the strings change, in the id and in the
-- combined values (a conflict's tellings, the count's bestFrom). Decisions name events by report and
-- identity, never by these keys: they are untouched.
WITH RECURSIVE renamed(incident_rid, n, old, new) AS (
  SELECT m.incident_rid, row_number() OVER (PARTITION BY m.incident_rid ORDER BY e.rid), json_quote(e.report_id || '~' || e.idx), json_quote(e.id)
  FROM incident_events m JOIN events e ON e.rid = m.event_rid WHERE e.idx >= 1000000
), folded(incident_rid, n, json) AS (
  SELECT rid, 0, json FROM incidents WHERE rid IN (SELECT incident_rid FROM renamed)
  UNION ALL
  SELECT f.incident_rid, f.n + 1, replace(f.json, r.old, r.new) FROM folded f JOIN renamed r ON r.incident_rid = f.incident_rid AND r.n = f.n + 1
)
UPDATE incidents SET json = (SELECT f.json FROM folded f WHERE f.incident_rid = incidents.rid ORDER BY f.n DESC LIMIT 1)
WHERE rid IN (SELECT incident_rid FROM renamed);
UPDATE incidents SET id = (SELECT 'inc~' || e.id FROM incident_events m JOIN events e ON e.rid = m.event_rid
    WHERE m.incident_rid = incidents.rid AND e.idx >= 1000000 AND incidents.id = 'inc~' || e.report_id || '~' || e.idx)
WHERE EXISTS (SELECT 1 FROM incident_events m JOIN events e ON e.rid = m.event_rid
    WHERE m.incident_rid = incidents.rid AND e.idx >= 1000000 AND incidents.id = 'inc~' || e.report_id || '~' || e.idx);
`,
  },
  {
    // Round 6: stores written before round 5 lack the retold rule's "@" publication rows.
    version: 9,
    description: "incidents: every event keyed as a write keys it today (the \"@\" publication rows of the retold rule), and the incidents around changed keys recomputed",
    sql: "",
    upgrade: (db) => {
      // Minutes on a large store: say what it is doing, so that nobody takes it for hung (a small one: silent).
      rekeyIncidents(db, largeStoreLog(db, "migration 9, incident keys"));
    },
  },
  {
    // Round 6: the Arabic interface sorts the groups column by the Arabic names it shows.
    version: 10,
    description: "events and incidents: the label of their groups as the Arabic interface lists them, so /ar sorts the groups column by what it shows",
    sql: `
-- lib/store/labels.ts (arabicGroupsLabel) writes them from now on; these are the same labels read from the
-- stored JSON (the event's groups, the incident's combined groups), in the order the rows list them.
ALTER TABLE events ADD COLUMN groups_label_ar TEXT NOT NULL DEFAULT '';
UPDATE events SET groups_label_ar = COALESCE((SELECT group_concat(json_extract(g.value, '$.name_ar'), ' / ' ORDER BY g.key)
  FROM event_json j, json_each(j.json, '$.groups') AS g WHERE j.rid = events.rid), '');
CREATE INDEX events_groups_ar_sort ON events(groups_label_ar, id);
ALTER TABLE incidents ADD COLUMN groups_label_ar TEXT NOT NULL DEFAULT '';
UPDATE incidents SET groups_label_ar = COALESCE((SELECT group_concat(json_extract(g.value, '$.name_ar'), ' / ' ORDER BY g.key)
  FROM json_each(incidents.json, '$.groups') AS g), '');
`,
  },
  {
    // Round 6: before round 5 a decision's "needs another look" reason was English text (shown as it is in /ar).
    version: 11,
    description: "decision states: the reasons stored as English text are derived again as data, so both languages write them",
    sql: "",
    upgrade: (db) => {
      // The states are derived from the report, its machine events and the decision log: re-applying the
      // log (as a decision does) writes them again, as LookReason JSON (lib/review/types.ts).
      const reports = db.prepare("SELECT DISTINCT report_id FROM decision_states WHERE needs_look NOT LIKE '{%'").pluck().all() as string[];
      for (const id of reports) rematerialise(db, id);
    },
  },
  {
    // Round 6: incidents are derived by rules that change between rounds, and the incremental path
    // recomputes only around what is written; a store says which rules computed its incidents.
    version: 12,
    description: "store_meta: the version of the incident rules the store's incidents were computed by, so ingest recomputes them all when the rules change",
    sql: `
CREATE TABLE store_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
    upgrade: (db) => {
      // A fresh store has no incidents yet: today's rules. A store written before has incidents of older
      // rules: no version, so the next ingest recomputes them all (lib/store/incidents.ts syncIncidents).
      if (db.prepare("SELECT COUNT(*) FROM events").pluck().get() === 0) markIncidentRules(db);
    },
  },
];
