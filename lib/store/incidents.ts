/**
 * Incidents in the store, kept up to date incrementally: writing or deleting a report recomputes only
 * the incidents its events can touch (lib/incidents/cluster.ts says why that is enough), inside the
 * report's own transaction. Candidates are found in `event_match_keys` (lib/store/incident-search.ts).
 */
import { perConnection } from "./per-connection";
import type { Database, Statement } from "better-sqlite3";
import { byKey } from "../incidents/cluster";
import { assemble, combine, constraintsFrom, dateDiscount, linkedAcrossDates, MAX_COMPATIBLE, pairsInForce, resolveAround, tellingKey, type Constraints, type EventRef, type PairDecision, type Telling } from "../incidents";
import { dayNumber } from "../time/day";
import { indexEventForIncidents, storedSearch, type StoredSearch, type StoredTelling } from "./incident-search";
import { arabicGroupsLabel, destinationLabel, groupsLabel, placeLabel } from "./labels";

export { indexEventForIncidents, storedSearch } from "./incident-search";
export { spanClass } from "./incident-keys";

interface Statements {
  incidentOfEvents: Statement;
  membersOf: Statement;
  proposalPartners: Statement;
  deleteIncident: Statement;
  deleteProposalsA: Statement;
  deleteProposalsB: Statement;
  insertIncident: Statement;
  insertMember: Statement;
  insertProposal: Statement;
  orphans: Statement;
  pairDecisions: Statement;
  eventByKey: Statement;
  allEvents: Statement;
  logChanged: Statement;
  combinedIncidents: Statement;
  rulesVersion: Statement;
  setRulesVersion: Statement;
}

const prepare = perConnection((db): Statements => ({
  incidentOfEvents: db.prepare("SELECT DISTINCT incident_rid FROM incident_events WHERE event_rid IN (SELECT value FROM json_each(?))"),
  membersOf: db.prepare("SELECT event_rid FROM incident_events WHERE incident_rid = ?"),
  proposalPartners: db.prepare("SELECT event_b AS rid FROM incident_proposals WHERE event_a = ? UNION SELECT event_a FROM incident_proposals WHERE event_b = ?"),
  deleteIncident: db.prepare("DELETE FROM incidents WHERE rid = ?"),
  // Two statements: SQLite cannot serve an OR over two indexes of a WITHOUT ROWID table (it would scan).
  deleteProposalsA: db.prepare("DELETE FROM incident_proposals WHERE event_a = ?"),
  deleteProposalsB: db.prepare("DELETE FROM incident_proposals WHERE event_b = ?"),
  insertIncident: db.prepare(`INSERT INTO incidents (id, tellings, kind, date_start, date_end, day_start, day_end, date_basis,
      count_low, count_best, count_high, place_id, place_governorate, conflicts, json, groups_label, groups_label_ar, place_label, destination_label)
    VALUES (@id, @tellings, @kind, @date_start, @date_end, @day_start, @day_end, @date_basis,
      @count_low, @count_best, @count_high, @place_id, @place_governorate, @conflicts, @json, @groups_label, @groups_label_ar, @place_label, @destination_label)`),
  insertMember: db.prepare("INSERT OR REPLACE INTO incident_events (event_rid, incident_rid) VALUES (?, ?)"),
  insertProposal: db.prepare("INSERT OR IGNORE INTO incident_proposals (event_a, event_b) VALUES (?, ?)"),
  orphans: db.prepare("SELECT e.rid FROM events e WHERE NOT EXISTS (SELECT 1 FROM incident_events m WHERE m.event_rid = e.rid)"),
  pairDecisions: db.prepare(`SELECT seq, report_id, event_key, action, after, undoes FROM decisions
    WHERE action IN ('merge', 'split') OR (action = 'undo' AND undoes IN (SELECT seq FROM decisions WHERE action IN ('merge', 'split')))`),
  eventByKey: db.prepare("SELECT rid, idx FROM events WHERE report_id = ? AND event_key = ?"),
  allEvents: db.prepare("SELECT rid FROM events ORDER BY rid").pluck(),
  // A reader's event index makes a new snapshot (and incident view) when a rid is logged (migration 4).
  logChanged: db.prepare("INSERT INTO event_changes (rid) SELECT value FROM json_each(?)"),
  combinedIncidents: db.prepare(`SELECT i.json, json_group_array(m.event_rid) AS members FROM incidents i JOIN incident_events m ON m.incident_rid = i.rid
    WHERE i.tellings > 1 GROUP BY i.rid`),
  rulesVersion: db.prepare("SELECT value FROM store_meta WHERE key = 'incident_rules'").pluck(),
  setRulesVersion: db.prepare("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('incident_rules', ?)"),
}));

/**
 * The version of what decides a store's incidents: the rules of lib/incidents and the keys of
 * lib/store/incident-search.ts. **Bump it when a change makes a fresh ingest compute other incidents,
 * proposals or keys than a store holds** (as EXTRACTOR_VERSION for events): the next ingest then
 * recomputes every incident (syncIncidents), which the incremental path never does.
 */
export const INCIDENT_RULES_VERSION = "12.0";

/** Records that the store's incidents are those of today's rules (a fresh store: migration 12). */
export function markIncidentRules(db: Database): void {
  prepare(db).setRulesVersion.run(INCIDENT_RULES_VERSION);
}

/**
 * The analysts' merges and splits in force (lib/incidents/constraints.ts), resolved to the events as
 * stored now: a decision names an event by report and event_key, so it follows the event through a
 * re-extraction; one whose event is gone constrains nothing (the review lists it to look at again).
 */
function storedConstraints(s: Statements): { constraints: Constraints; ridOfKey: Map<string, number> } {
  const rows = s.pairDecisions.all() as Array<{ seq: number; report_id: string; event_key: string; action: string; after: string | null; undoes: number | null }>;
  const ridOfKey = new Map<string, number>();
  if (rows.length === 0) return { constraints: constraintsFrom([], () => undefined), ridOfKey };
  const decisions: PairDecision[] = rows.map((r) => ({ seq: r.seq, reportId: r.report_id, eventKey: r.event_key, action: r.action, after: r.after === null ? null : JSON.parse(r.after), undoes: r.undoes }));
  const keyOf = (ref: EventRef): string | undefined => {
    const row = s.eventByKey.get(ref.report, ref.eventKey) as { rid: number; idx: number } | undefined;
    if (!row) return undefined;
    const k = tellingKey({ report: ref.report, index: row.idx });
    ridOfKey.set(k, row.rid);
    return k;
  };
  return { constraints: constraintsFrom(pairsInForce(decisions), keyOf), ridOfKey };
}

/**
 * What a report's incidents hang on, read before the report is deleted or replaced: the other events
 * of its incidents, its proposal partners, and the tellings compatible or perhaps compatible with its
 * events that it did not link to or propose because one side had too many (cluster.ts rules 3 and 4)
 * — those that, without the report, have few enough to link or propose again. (A neighbour with too
 * many before and after links and proposes nothing either way: it is left alone, which keeps a
 * deletion in a busy month cheap.)
 */
export function incidentNeighbours(db: Database, eventRids: readonly number[], search: StoredSearch = storedSearch(db)): { incidents: number[]; neighbours: number[] } {
  const s = prepare(db);
  const own = new Set(eventRids);
  const incidents = (s.incidentOfEvents.all(JSON.stringify(eventRids)) as Array<{ incident_rid: number }>).map((r) => r.incident_rid);
  const neighbours = new Set<number>();
  for (const i of incidents) for (const r of s.membersOf.all(i) as Array<{ event_rid: number }>) if (!own.has(r.event_rid)) neighbours.add(r.event_rid);
  for (const e of eventRids) for (const r of s.proposalPartners.all(e, e) as Array<{ rid: number }>) if (!own.has(r.rid)) neighbours.add(r.rid);
  const { load, candidatesOf, perhapsOf, looseOf } = search;
  const without = (u: StoredTelling, search: typeof candidatesOf) => search(u, MAX_COMPATIBLE + 1 + own.size).filter((v) => !own.has(v.rid)).length;
  const fewWithout = (u: StoredTelling, search: typeof candidatesOf) => without(u, search) <= MAX_COMPATIBLE;
  /** Whether u has few enough compatible and loose tellings without the report's to be placed (cluster.ts, rule 4). */
  const placeableWithout = (u: StoredTelling) => {
    const n = without(u, candidatesOf);
    return n <= MAX_COMPATIBLE && n + without(u, looseOf) <= MAX_COMPATIBLE;
  };
  for (const t of load(eventRids)) {
    for (const u of candidatesOf(t)) if (!own.has(u.rid) && !neighbours.has(u.rid) && fewWithout(u, candidatesOf)) neighbours.add(u.rid);
    for (const u of perhapsOf(t)) {
      if (own.has(u.rid) || neighbours.has(u.rid)) continue;
      // A loose partner (dates that meet) is in u's neighbourhood (cluster.ts): u changes when it can be placed without it.
      const changes = linkedAcrossDates(t, u) ? fewWithout(u, candidatesOf) && fewWithout(u, perhapsOf) : placeableWithout(u);
      if (changes) neighbours.add(u.rid);
    }
  }
  return { incidents, neighbours: [...neighbours] };
}

/** Deletes incidents (their members' links go with them; the events stay). */
export function dropIncidents(db: Database, incidentRids: readonly number[]): void {
  const s = prepare(db);
  for (const i of incidentRids) s.deleteIncident.run(i);
}

/**
 * Recomputes the incidents of the seeds' chains of sure links, and their proposed merges. Must run
 * inside the write transaction of the change that made the seeds. `search` may be the one that found
 * the seeds, when only deletions happened since (and it `forget`s them).
 */
export function recomputeIncidents(db: Database, seedRids: readonly number[], search: StoredSearch = storedSearch(db)): { visited: number; incidents: number } {
  if (seedRids.length === 0) return { visited: 0, incidents: 0 };
  const s = prepare(db);
  const { byRid, load, candidatesOf, perhapsOf, looseOf } = search;

  // A changed telling changes its neighbours' neighbourhoods, hence possibly their incidents: they are
  // recomputed too (their old incidents dropped, and any member left out recomputed below).
  // So do the tellings it may only be proposed with: their number decides whether they propose at all.
  const changed = load([...new Set(seedRids)]);
  const seeds = [...new Map([...changed, ...changed.flatMap((t) => [...candidatesOf(t), ...perhapsOf(t)])].map((t) => [tellingKey(t), t])).values()];
  const { constraints, ridOfKey } = storedConstraints(s);
  const tellingOf = (k: string): Telling | undefined => {
    const rid = ridOfKey.get(k);
    return rid === undefined ? undefined : load([rid])[0];
  };
  const resolution = resolveAround(seeds, candidatesOf, MAX_COMPATIBLE, constraints, tellingOf, perhapsOf, dateDiscount(), looseOf);
  const ridOf = new Map<string, number>();
  for (const t of byRid.values()) ridOf.set(tellingKey(t), t.rid);
  const visited = resolution.incidents.flat().map((t) => ridOf.get(tellingKey(t)) as number);

  // Replace the old incidents of everything visited; a member of one that was not visited (it cannot
  // happen while the chains are right, but a stale store must heal) is recomputed on its own below.
  const old = (s.incidentOfEvents.all(JSON.stringify(visited)) as Array<{ incident_rid: number }>).map((r) => r.incident_rid);
  const visitedSet = new Set(visited);
  const stranded: number[] = [];
  for (const i of old) for (const r of s.membersOf.all(i) as Array<{ event_rid: number }>) if (!visitedSet.has(r.event_rid)) stranded.push(r.event_rid);
  dropIncidents(db, old);
  for (const r of visited) {
    s.deleteProposalsA.run(r);
    s.deleteProposalsB.run(r);
  }

  for (const incident of assemble(resolution.incidents, resolution.proposals)) {
    const { id, tellings, proposed: _proposed, ...values } = incident;
    const info = s.insertIncident.run({
      id,
      tellings: tellings.length,
      kind: values.kind,
      date_start: values.date.start,
      date_end: values.date.end,
      day_start: dayNumber(values.date.start),
      day_end: dayNumber(values.date.end),
      date_basis: values.date.basis,
      count_low: values.count?.low ?? null,
      count_best: values.count?.best ?? null,
      count_high: values.count?.high ?? null,
      place_id: values.place?.id ?? null,
      place_governorate: values.place?.governorate ?? null,
      conflicts: values.conflicts.length,
      json: JSON.stringify(values),
      groups_label: groupsLabel(values.groups),
      groups_label_ar: arabicGroupsLabel(values.groups),
      place_label: placeLabel(values.place),
      destination_label: destinationLabel(values.destination),
    });
    for (const t of tellings) s.insertMember.run(ridOf.get(tellingKey(t)), info.lastInsertRowid);
  }
  for (const [a, b] of resolution.proposals) {
    const [ra, rb] = [ridOf.get(a) as number, ridOf.get(b) as number];
    s.insertProposal.run(Math.min(ra, rb), Math.max(ra, rb));
  }
  if (stranded.length > 0) recomputeIncidents(db, stranded);
  return { visited: visited.length, incidents: resolution.incidents.length };
}

/**
 * Gives every event without an incident one (a store migrated from before incidents, or healed); when
 * the store's incidents were computed by other rules (INCIDENT_RULES_VERSION), recomputes them all,
 * keys included. Returns how many events were given an incident.
 */
export function syncIncidents(db: Database): number {
  const s = prepare(db);
  if (s.rulesVersion.get() !== INCIDENT_RULES_VERSION) {
    return db.transaction(() => {
      db.exec("DELETE FROM incidents; DELETE FROM incident_proposals;");
      const all = (s.orphans.all() as Array<{ rid: number }>).length;
      // every event is without an incident now: all are recomputed (minutes on a large store: said on stderr)
      rekeyIncidents(db, largeStoreLog(db, `incidents recomputed for rules ${INCIDENT_RULES_VERSION}`));
      markIncidentRules(db);
      return all;
    }).immediate();
  }
  const orphans = (s.orphans.all() as Array<{ rid: number }>).map((r) => r.rid);
  if (orphans.length === 0) return 0;
  db.transaction(() => {
    // Their match keys may be missing too (written before migration 5): INSERT OR IGNORE makes this safe.
    for (const t of storedSearch(db).load(orphans)) indexEventForIncidents(db, t.rid, t.report, t.index, t.event);
    recomputeIncidents(db, orphans);
  }).immediate();
  return orphans.length;
}

/** From this many events an upgrade takes long enough that it must say what it is doing. */
const LOGGED_UPGRADE_EVENTS = 5_000;

/**
 * A log for a long recompute of the whole store: lines on stderr prefixed by what is being done, so
 * that nobody takes a minutes-long upgrade for a hung process; undefined (silent) on a small store.
 */
export function largeStoreLog(db: Database, what: string): ((line: string) => void) | undefined {
  const large = (db.prepare("SELECT COUNT(*) FROM events").pluck().get() as number) >= LOGGED_UPGRADE_EVENTS;
  return large ? (line) => console.error(`store upgrade (${what}): ${line}`) : undefined;
}

/** Events keyed per chunk: their parsed JSON is dropped after each. */
const REKEY_CHUNK = 2000;
/**
 * The tellings of the incidents of several tellings whose stored combined values are not what
 * combine.ts gives them today (a rule changed since: round 5 bounds an undated telling by its reach).
 */
function staleCombinations(db: Database): number[] {
  const { load } = storedSearch(db);
  const stale: number[] = [];
  for (const r of prepare(db).combinedIncidents.all() as Array<{ json: string; members: string }>) {
    const members = JSON.parse(r.members) as number[];
    if (JSON.stringify(combine(load(members).sort(byKey))) !== r.json) stale.push(...members);
  }
  return stale;
}

/**
 * Keys every stored event as a write does today (indexEventForIncidents) and recomputes the incidents
 * around those whose keys changed, those of incidents whose combined values are not today's, and
 * those of any event without an incident. For a store written by older code: before round 5 no event
 * had the "@" publication rows of the retold rule, and a report added in the browser keeps its old
 * rows and incidents until an analyst's decision or `ingest --reextract` rewrites it (migration 9).
 * `log` is told each step (minutes on a large store: bench/README.md). Recomputing around most of a store's
 * events costs what recomputing every incident from scratch does (measured side by side), so there is one path.
 * Must run inside a write transaction. Returns how many events' keys changed.
 */
export function rekeyIncidents(db: Database, log: (line: string) => void = () => {}): number {
  const s = prepare(db);
  db.exec("DROP TABLE IF EXISTS temp.old_match_keys; CREATE TEMP TABLE old_match_keys AS SELECT * FROM main.event_match_keys; DELETE FROM main.event_match_keys;");
  const rids = s.allEvents.all() as number[];
  log(`keying ${count(rids.length)} events as a write keys them today`);
  for (let i = 0; i < rids.length; i += REKEY_CHUNK) {
    for (const t of storedSearch(db).load(rids.slice(i, i + REKEY_CHUNK))) indexEventForIncidents(db, t.rid, t.report, t.index, t.event);
  }
  const changed = db
    .prepare(`SELECT event_rid FROM (SELECT * FROM temp.old_match_keys EXCEPT SELECT * FROM main.event_match_keys)
      UNION SELECT event_rid FROM (SELECT * FROM main.event_match_keys EXCEPT SELECT * FROM temp.old_match_keys)`)
    .pluck()
    .all() as number[];
  db.exec("DROP TABLE temp.old_match_keys");
  const orphans = (s.orphans.all() as Array<{ rid: number }>).map((r) => r.rid);
  const seeds = [...new Set([...changed, ...staleCombinations(db), ...orphans])];
  log(`${count(changed.length)} events' keys changed; ${count(seeds.length)} events to recompute incidents around`);
  if (seeds.length > 0) {
    log("recomputing the incidents around them (minutes for 100,000 events)");
    recomputeIncidents(db, seeds);
    s.logChanged.run(JSON.stringify(seeds));
  }
  log("incidents up to date");
  return changed.length;
}

const count = (n: number) => n.toLocaleString("en-US");
