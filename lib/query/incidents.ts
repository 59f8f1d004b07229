/**
 * Reading incidents (lib/store/incidents.ts keeps them). Pages and the API go through here.
 */
import type { Database } from "better-sqlite3";
import type { DefectionEvent } from "../extract/types";
import { ADDED_INDEX, eventIdAt, type IncidentValues } from "../incidents/types";
import { ownEvidence, type EvidenceSentence } from "./evidence";

export interface IncidentTellingRow {
  eventId: string;
  reportId: string;
  index: number;
  outlet: string;
  reportTitle: string;
  publishedStart: string;
  publishedEnd: string;
  event: DefectionEvent;
  /** The sentences that hold the telling's own words (./evidence.ts), as written in its report. */
  evidence: EvidenceSentence[];
}

export interface IncidentDetail extends IncidentValues {
  id: string;
  tellings: IncidentTellingRow[];
  /** Other incidents an analyst may want to merge with this one. */
  proposed: string[];
  /** For each proposed incident, one compatible pair [event of this incident, event of that one] (what a merge records). */
  proposedPairs: Record<string, [string, string]>;
}

/** Every incident with its event ids (sorted), by incident id: for tests, exports and checks. */
export function listIncidents(db: Database): Array<{ id: string; events: string[]; values: IncidentValues }> {
  const rows = db
    .prepare(`SELECT i.id, i.json, (SELECT json_group_array(id) FROM (SELECT e.id FROM incident_events m JOIN events e ON e.rid = m.event_rid
        WHERE m.incident_rid = i.rid ORDER BY e.id)) AS events FROM incidents i ORDER BY i.id`)
    .all() as Array<{ id: string; json: string; events: string }>;
  return rows.map((r) => ({ id: r.id, events: JSON.parse(r.events) as string[], values: JSON.parse(r.json) as IncidentValues }));
}

/** The incident of an event id ("report~index"), with the number of its tellings. */
export function incidentOfEvent(db: Database, eventId: string): { id: string; tellings: number } | null {
  const row = db
    .prepare(`SELECT i.id, i.tellings FROM events e JOIN incident_events m ON m.event_rid = e.rid JOIN incidents i ON i.rid = m.incident_rid WHERE e.id = ?`)
    .get(eventId) as { id: string; tellings: number } | undefined;
  return row ?? null;
}

/**
 * The stored id an incident link names. A link made before migration 8 may name an analyst's added
 * event by its index (`inc~report~1000000+seq`): it names the same incident as `inc~report~a<seq>`.
 */
function storedIncidentId(id: string): string {
  const old = /^inc~(.+)~(\d+)$/.exec(id);
  return old && Number(old[2]) >= ADDED_INDEX ? `inc~${eventIdAt(old[1], Number(old[2]))}` : id;
}

/** One incident with every telling (outlet, publication, figure, date phrase, evidence), or null. */
export function incidentDetail(db: Database, id: string): IncidentDetail | null {
  const head = db.prepare("SELECT rid, id, json FROM incidents WHERE id = ?").get(storedIncidentId(id)) as { rid: number; id: string; json: string } | undefined;
  if (!head) return null;
  const tellings = (
    db
      .prepare(`SELECT e.id AS eventId, e.report_id AS reportId, e.idx AS "index", r.outlet, r.title AS reportTitle,
          r.published_start AS publishedStart, r.published_end AS publishedEnd, j.json, r.body
        FROM incident_events m JOIN events e ON e.rid = m.event_rid JOIN reports r ON r.id = e.report_id JOIN event_json j ON j.rid = e.rid
        WHERE m.incident_rid = ? ORDER BY r.published_end, e.id`)
      .all(head.rid) as Array<Omit<IncidentTellingRow, "event" | "evidence"> & { json: string; body: string }>
  ).map(({ json, body, ...rest }) => {
    const event = JSON.parse(json) as DefectionEvent;
    // Offsets are UTF-16 indexes, as JavaScript slices (SQLite's substr counts code points).
    return { ...rest, event, evidence: ownEvidence(body, event.evidence) };
  });
  const proposed = (
    db
      .prepare(`SELECT DISTINCT i2.id FROM incident_events m
        JOIN incident_proposals p ON p.event_a = m.event_rid OR p.event_b = m.event_rid
        JOIN incident_events m2 ON m2.event_rid = (CASE WHEN p.event_a = m.event_rid THEN p.event_b ELSE p.event_a END)
        JOIN incidents i2 ON i2.rid = m2.incident_rid
        WHERE m.incident_rid = ? AND i2.rid <> ? ORDER BY i2.id`)
      .all(head.rid, head.rid) as Array<{ id: string }>
  ).map((r) => r.id);
  const proposedPairs: Record<string, [string, string]> = {};
  for (const r of db
    .prepare(`SELECT i2.id AS incident, e.id AS mine, e2.id AS theirs FROM incident_events m
        JOIN incident_proposals p ON p.event_a = m.event_rid OR p.event_b = m.event_rid
        JOIN incident_events m2 ON m2.event_rid = (CASE WHEN p.event_a = m.event_rid THEN p.event_b ELSE p.event_a END)
        JOIN incidents i2 ON i2.rid = m2.incident_rid JOIN events e ON e.rid = m.event_rid JOIN events e2 ON e2.rid = m2.event_rid
        WHERE m.incident_rid = ? AND i2.rid <> ? ORDER BY i2.id, e.id, e2.id`)
    .all(head.rid, head.rid) as Array<{ incident: string; mine: string; theirs: string }>) {
    proposedPairs[r.incident] ??= [r.mine, r.theirs];
  }
  return { id: head.id, ...(JSON.parse(head.json) as IncidentValues), tellings, proposed, proposedPairs };
}

/** A proposed merge, as a review item: two compatible tellings left in different incidents. */
export interface ProposedMerge {
  event: string;
  other: string;
  incident: string;
  otherIncident: string;
  title: string;
  otherTitle: string;
}

/** The proposed merges still open (each pair of incidents once), for the review queue. */
export function proposedMerges(db: Database, limit = 50): ProposedMerge[] {
  const rows = db
    .prepare(`SELECT ea.id AS event, eb.id AS other, ia.id AS incident, ib.id AS otherIncident, ea.report_title AS title, eb.report_title AS otherTitle
      FROM incident_proposals p JOIN events ea ON ea.rid = p.event_a JOIN events eb ON eb.rid = p.event_b
      JOIN incident_events ma ON ma.event_rid = ea.rid JOIN incidents ia ON ia.rid = ma.incident_rid
      JOIN incident_events mb ON mb.event_rid = eb.rid JOIN incidents ib ON ib.rid = mb.incident_rid
      WHERE ia.rid <> ib.rid ORDER BY ia.id, ib.id, ea.id, eb.id LIMIT ?`)
    .all(limit * 4) as ProposedMerge[];
  const seen = new Set<string>();
  return rows.filter((r) => {
    const pair = [r.incident, r.otherIncident].sort().join("\n");
    if (seen.has(pair)) return false;
    seen.add(pair);
    return true;
  }).slice(0, limit);
}

export function incidentExists(db: Database, id: string): boolean {
  return db.prepare("SELECT 1 FROM incidents WHERE id = ?").get(storedIncidentId(id)) !== undefined;
}

/**
 * The id of the incident an incident link leads to now. An incident's id names its first telling
 * (`inc~<event id>`); after a merge, a split or an ingest that telling may belong to an incident with
 * another id, and a link shared (or a page rendered) before that still names it: it leads to the
 * incident that holds the telling today. Null when neither the incident nor the telling exists.
 */
export function currentIncidentId(db: Database, id: string): string | null {
  const stored = storedIncidentId(id);
  if (incidentExists(db, stored)) return stored;
  return stored.startsWith("inc~") ? (incidentOfEvent(db, stored.slice("inc~".length))?.id ?? null) : null;
}
