import type { Database, Statement, Transaction } from "better-sqlite3";
import { perConnection } from "./per-connection";
import { normalizeArabic } from "../arabic/normalize";
import type { DefectionEvent, EventGroup } from "../extract/types";
import type { Report } from "../reports/parse";
import { dayNumber } from "../time/day";
import { markWritten } from "./changes";
import { reapply } from "../review/apply";
import type { EffectiveEvent } from "../review/types";
import { readDecisions, writeStates } from "./decisions";
import { ADDED_INDEX, eventIdAt } from "../incidents/types";
import { arabicGroupsLabel, groupsLabel, placeLabel } from "./labels";
import { dropIncidents, incidentNeighbours, indexEventForIncidents, recomputeIncidents, storedSearch } from "./incidents";

/** The filter key of a group: its gazetteer id, or "x:<Arabic name>" for a group outside the gazetteer. */
export function groupKey(g: Pick<EventGroup, "id" | "name_ar">): string {
  return g.id ?? `x:${g.name_ar}`;
}

/** What a report needs to be stored besides its parsed fields. */
export interface StoredReportMeta {
  contentHash: string;
  extractorVersion: string;
  /** The file name relative to the corpus folder. */
  file: string;
  ingestedAt?: string;
  /** `searchText(report)`, when already computed (the parallel ingest does it in a worker thread). */
  searchText?: string;
  /**
   * Bulk loads of a fresh store only: leave the incidents to one `syncIncidents` at the end instead of
   * recomputing around every report (the result is the same, lib/store/incidents.ts).
   */
  deferIncidents?: boolean;
  /** 'file' (default: mirrored from the corpus folder) or 'browser' (added by an editor, kept by ingest). */
  origin?: ReportOrigin;
}

export type ReportOrigin = "file" | "browser";

/** The normalised text the search runs on: title and body, folded like every query. */
export function searchText(report: Pick<Report, "title" | "body">): string {
  return normalizeArabic(`${report.title}\n${report.body}`).text;
}

interface Statements {
  deleteReport: Statement;
  insertReport: Statement;
  insertText: Statement;
  insertEvent: Statement;
  insertJson: Statement;
  insertGroup: Statement;
  insertSpan: Statement;
  insertMachine: Statement;
  deleteEvents: Statement;
  db: Database;
  eventRidsOf: Statement;
  /** writeInTransaction wrapped once per connection (building a transaction function is not free). */
  write: Transaction<(report: Report, events: DefectionEvent[], meta: StoredReportMeta) => "added" | "updated">;
}

const prepare = perConnection((db): Statements => {
  const s = {
    deleteReport: db.prepare("DELETE FROM reports WHERE id = ?"),
    insertReport: db.prepare(`INSERT INTO reports (id, file, title, outlet, url, published_start, published_end, published_text,
        language, notes, body, content_hash, extractor_version, ingested_at, origin)
      VALUES (@id, @file, @title, @outlet, @url, @published_start, @published_end, @published_text,
        @language, @notes, @body, @content_hash, @extractor_version, @ingested_at, @origin)`),
    insertMachine: db.prepare("INSERT OR REPLACE INTO machine_events (report_id, extractor_version, json) VALUES (?, ?, ?)"),
    deleteEvents: db.prepare("DELETE FROM events WHERE report_id = ?"),
    eventRidsOf: db.prepare("SELECT rid FROM events WHERE report_id = ?").pluck(),
    insertText: db.prepare("INSERT INTO report_text (rowid, norm) VALUES (?, ?)"),
    insertEvent: db.prepare(`INSERT INTO events (id, report_id, idx, kind, date_start, date_end, day_start, day_end, grain,
        date_basis, date_text, date_rule, date_explanation, count_low, count_best, count_high, count_text,
        place_text, place_id, place_name_ar, place_governorate, destination_text, destination_group_id, destination_area,
        confidence, sentence_start, sentence_end, groups_label, groups_label_ar, place_label, report_title,
        event_key, review_status, reviewed_by, reviewed_at)
      VALUES (@id, @report_id, @idx, @kind, @date_start, @date_end, @day_start, @day_end, @grain,
        @date_basis, @date_text, @date_rule, @date_explanation, @count_low, @count_best, @count_high, @count_text,
        @place_text, @place_id, @place_name_ar, @place_governorate, @destination_text, @destination_group_id, @destination_area,
        @confidence, @sentence_start, @sentence_end, @groups_label, @groups_label_ar, @place_label, @report_title,
        @event_key, @review_status, @reviewed_by, @reviewed_at)`),
    insertJson: db.prepare("INSERT INTO event_json (rid, json) VALUES (?, ?)"),
    insertGroup: db.prepare(`INSERT INTO event_groups (event_rid, position, group_key, group_id, name_ar, name_en, text, known)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    insertSpan: db.prepare(`INSERT INTO evidence_spans (event_rid, position, role, start, "end") VALUES (?, ?, ?, ?, ?)`),
  } as Statements;
  s.db = db;
  s.write = db.transaction((report: Report, events: DefectionEvent[], meta: StoredReportMeta) => writeInTransaction(s, report, events, meta));
  return s;
});

/**
 * Replaces a report and all its events in ONE transaction: after a crash the database holds
 * either the old version or the new one, never a mix. Returns whether the id was new.
 */
export function writeReport(db: Database, report: Report, events: DefectionEvent[], meta: StoredReportMeta): "added" | "updated" {
  // IMMEDIATE takes the write lock at BEGIN, so a concurrent reader-turned-writer cannot deadlock.
  const outcome = prepare(db).write.immediate(report, events, meta);
  markWritten(db);
  return outcome;
}

function writeInTransaction(s: Statements, report: Report, events: DefectionEvent[], meta: StoredReportMeta): "added" | "updated" {
  // The incidents the old version belonged to, and its neighbours, are recomputed with the new events.
  const before = meta.deferIncidents ? { incidents: [], neighbours: [] } : incidentNeighbours(s.db, s.eventRidsOf.all(report.id) as number[]);
  const existed = s.deleteReport.run(report.id).changes > 0;
  dropIncidents(s.db, before.incidents);
  const info = s.insertReport.run({
    id: report.id,
    file: meta.file,
    title: report.title,
    outlet: report.outlet,
    url: report.url,
    published_start: report.published.start,
    published_end: report.published.end,
    published_text: report.publishedText,
    language: report.language,
    notes: report.notes,
    body: report.body,
    content_hash: meta.contentHash,
    extractor_version: meta.extractorVersion,
    ingested_at: meta.ingestedAt ?? new Date().toISOString(),
    origin: meta.origin ?? "file",
  });
  s.insertText.run(info.lastInsertRowid, meta.searchText ?? searchText(report));
  s.insertMachine.run(report.id, meta.extractorVersion, JSON.stringify(events));
  const rids = insertEffective(s, report, events);
  if (!meta.deferIncidents) recomputeIncidents(s.db, [...rids, ...before.neighbours]);
  return existed ? "updated" : "added";
}

/** The report's events as stored: its machine events with the decision log re-applied (lib/review/apply.ts). */
function insertEffective(s: Statements, report: Pick<Report, "id" | "title" | "body">, machine: DefectionEvent[]): number[] {
  const db = s.insertEvent.database;
  const { events, states } = reapply(report.id, report.body, machine, readDecisions(db, report.id));
  const rids = events.map((e) => insertEvent(s, report, e));
  writeStates(db, report.id, states);
  return rids;
}

/**
 * Rebuilds a stored report's events from its stored machine events and its decisions (after a
 * decision), in one transaction. Event rows get new rids; ids stay `<report>~<machine index>`.
 */
export function rematerialise(db: Database, reportId: string): boolean {
  const s = prepare(db);
  const done = db
    .transaction(() => {
      const report = db.prepare("SELECT id, title, body FROM reports WHERE id = ?").get(reportId) as Pick<Report, "id" | "title" | "body"> | undefined;
      if (!report) return false;
      const machine = JSON.parse((db.prepare("SELECT json FROM machine_events WHERE report_id = ?").pluck().get(reportId) as string | undefined) ?? "[]") as DefectionEvent[];
      // A decision changes the report's events (new rids): its incidents and their neighbours are recomputed.
      const before = incidentNeighbours(db, s.eventRidsOf.all(reportId) as number[]);
      s.deleteEvents.run(reportId);
      dropIncidents(db, before.incidents);
      const rids = insertEffective(s, report, machine);
      recomputeIncidents(db, [...rids, ...before.neighbours]);
      return true;
    })
    .immediate();
  markWritten(db);
  return done;
}

/**
 * Where an event is stored in its report: its machine index, or (an added event) after the machine's
 * events. The index gives the event id, `<report>~<machine index>` or `<report>~a<decision>`
 * (eventIdAt, lib/incidents/types.ts), which is also its telling key.
 */
function storedIndex(e: Pick<EffectiveEvent, "machineIndex" | "decisionSeq">): number {
  return e.machineIndex ?? ADDED_INDEX + (e.decisionSeq ?? 0);
}

function insertEvent(s: Statements, report: Pick<Report, "id" | "title">, effective: EffectiveEvent): number {
  const e = effective.event;
  const idx = storedIndex(effective);
  const info = s.insertEvent.run({
    id: eventIdAt(report.id, idx),
    report_id: report.id,
    idx,
    event_key: effective.key,
    review_status: effective.status,
    reviewed_by: effective.reviewedBy,
    reviewed_at: effective.reviewedAt,
    kind: e.kind,
    date_start: e.date.start,
    date_end: e.date.end,
    day_start: dayNumber(e.date.start),
    day_end: dayNumber(e.date.end),
    grain: e.date.grain,
    date_basis: e.date.basis,
    date_text: e.date.text,
    date_rule: e.date.rule,
    date_explanation: e.date.explanation,
    count_low: e.count?.low ?? null,
    count_best: e.count?.best ?? null,
    count_high: e.count?.high ?? null,
    count_text: e.count?.text ?? null,
    place_text: e.place?.text ?? null,
    place_id: e.place?.id ?? null,
    place_name_ar: e.place?.name_ar ?? null,
    place_governorate: e.place?.governorate ?? null,
    destination_text: e.destination?.text ?? null,
    destination_group_id: e.destination?.group_id ?? null,
    destination_area: e.destination?.area ?? null,
    confidence: e.confidence,
    sentence_start: e.evidence.sentence.start,
    sentence_end: e.evidence.sentence.end,
    groups_label: groupsLabel(e.groups),
    groups_label_ar: arabicGroupsLabel(e.groups),
    place_label: placeLabel(e.place),
    report_title: report.title,
  });
  const rid = info.lastInsertRowid;
  s.insertJson.run(rid, JSON.stringify(e));
  const seen = new Set<string>();
  e.groups.forEach((g, position) => {
    // One link per group and event, so that counting links counts events.
    const key = groupKey(g);
    if (seen.has(key)) return;
    seen.add(key);
    s.insertGroup.run(rid, position, key, g.id, g.name_ar, g.name_en, g.text, g.known ? 1 : 0);
  });
  e.evidence.spans.forEach((span, position) => {
    s.insertSpan.run(rid, position, span.role, span.start, span.end);
  });
  indexEventForIncidents(s.db, rid, report.id, idx, e);
  return Number(rid);
}

/** Removes a report and, by cascade, its events, group links, spans and search text. */
export function deleteReport(db: Database, id: string): boolean {
  const s = prepare(db);
  const removed = db.transaction(() => {
    // One search for the whole removal: each neighbourhood read before the delete serves after it.
    const search = storedSearch(db);
    const rids = s.eventRidsOf.all(id) as number[];
    const before = incidentNeighbours(db, rids, search);
    const gone = s.deleteReport.run(id).changes > 0;
    dropIncidents(db, before.incidents);
    search.forget(rids);
    recomputeIncidents(db, before.neighbours, search);
    return gone;
  }).immediate();
  markWritten(db);
  return removed;
}

export interface GazetteerGroup {
  id: string;
  name_ar: string;
  name_en?: string | null;
  side?: string | null;
  parent?: string | null;
  aliases?: string[];
}

export interface GazetteerPlace {
  id: string;
  name_ar: string;
  name_en?: string | null;
  /** The governorate's Arabic name, as the extractor writes it on events. */
  governorate?: string | null;
  /** "governorate", "town", … */
  kind?: string | null;
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
  aliases?: string[];
}

/** Upserts the gazetteers (data/groups.json, data/places.json) so the filters can name every option. */
export function upsertGazetteers(db: Database, groups: GazetteerGroup[], places: GazetteerPlace[]): void {
  const g = db.prepare(`INSERT INTO groups (id, name_ar, name_en, side, parent, aliases) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en, side = excluded.side,
      parent = excluded.parent, aliases = excluded.aliases`);
  const p = db.prepare(`INSERT INTO places (id, name_ar, name_en, governorate, kind, country, lat, lon, aliases) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en, governorate = excluded.governorate,
      kind = excluded.kind, country = excluded.country, lat = excluded.lat, lon = excluded.lon, aliases = excluded.aliases`);
  db.transaction(() => {
    for (const x of groups) g.run(x.id, x.name_ar, x.name_en ?? null, x.side ?? null, x.parent ?? null, JSON.stringify(x.aliases ?? []));
    for (const x of places) {
      p.run(x.id, x.name_ar, x.name_en ?? null, x.governorate ?? null, x.kind ?? null, x.country ?? null, x.lat ?? null, x.lon ?? null, JSON.stringify(x.aliases ?? []));
    }
  })();
  markWritten(db);
}
