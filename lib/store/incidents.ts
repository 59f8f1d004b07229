/**
 * Incidents in the store, kept up to date incrementally: writing or deleting a report recomputes only
 * the incidents its events can touch (lib/incidents/cluster.ts says why that is enough), inside the
 * report's own transaction. Candidates come from `event_match_keys`: the same group or a parent/unit,
 * and a day range that can meet, found with a few bounded index ranges.
 */
import type { Database, Statement } from "better-sqlite3";
import type { DefectionEvent } from "../extract/types";
import { assemble, compatible, constraintsFrom, GAZETTEER, MAX_COMPATIBLE, pairsInForce, perhapsCompatible, resolveAround, storiesMeet, tellingKey, type Constraints, type EventRef, type PairDecision, type Telling } from "../incidents";
import { ancestry } from "../incidents/gazetteer";
import { countsCompatible } from "../incidents/rules/counts";
import { datesCompatible, MAX_MERGEABLE_DAYS, POINT_DATE_TOLERANCE_DAYS, reach, tooVague } from "../incidents/rules/dates";
import { groupMatchKey } from "../incidents/rules/groups";
import { placesCompatible } from "../incidents/rules/places";
import { PUBLICATION_MAX_DAYS, RETELLING_WINDOW_DAYS } from "../incidents/rules/retold";
import { dayNumber, isoDay } from "../time/day";
import type { DayRange } from "../time/types";

/**
 * The keys an event is stored under: each group's own key (gazetteer id or "x:" + folded name), and
 * "^" + each ancestor of it. A telling then finds its own group and its units under `key` and "^key",
 * and its parents under their own key only (not their other units, which are never compatible).
 */
function storedKeys(event: DefectionEvent): string[] {
  const keys = new Set<string>();
  for (const g of event.groups) {
    const own = groupMatchKey(g);
    keys.add(own);
    if (g.id !== null) for (const a of ancestry(g.id, GAZETTEER).slice(1)) keys.add(`^${a}`);
  }
  return [...keys];
}

/** The keys a telling looks its candidates up under (see storedKeys). */
function lookupKeys(event: DefectionEvent): string[] {
  const keys = new Set<string>();
  for (const g of event.groups) {
    const own = groupMatchKey(g);
    keys.add(own);
    if (g.id !== null) {
      keys.add(`^${g.id}`);
      for (const a of ancestry(g.id, GAZETTEER).slice(1)) keys.add(a);
    }
  }
  return [...keys];
}

/**
 * The prefix of an event's **publication rows**: a story retold within a week meets the event whatever
 * its dates (rules/retold.ts), so the event is also stored, under "@" + each of its keys, over its
 * report's publication window — when that rule can apply to it at all: it has a figure, a date not
 * too vague, and a publication known to within a week.
 */
const RETOLD = "@";

/** The publication window a telling is found under by a retold story, or null when the rule cannot apply. */
function retellingWindow(event: DefectionEvent, published: DayRange): { start: number; end: number } | null {
  const [start, end] = [dayNumber(published.start), dayNumber(published.end)];
  if (event.count === null || tooVague(event.date) || end - start + 1 > PUBLICATION_MAX_DAYS) return null;
  return { start, end };
}

/**
 * Upper bounds of the day-range length classes; the last class is unbounded (and never merged). Fixed
 * numbers, not the merging rule's constants: stored rows keep their class when a rule changes.
 */
const SPAN_CLASSES = [7, 31, 92, 366, Number.POSITIVE_INFINITY];

export function spanClass(days: number): number {
  return SPAN_CLASSES.findIndex((max) => days <= max);
}

interface StoredTelling extends Telling {
  rid: number;
}

interface CandidateRow {
  rid: number;
  report_id: string;
  /** The event's own range and basis (the key row holds its reach, or its publication). */
  day_start: number;
  day_end: number;
  date_basis: DefectionEvent["date"]["basis"];
  place_id: string | null;
  place_governorate: string | null;
  count_low: number | null;
  count_best: number | null;
  count_high: number | null;
  /** The key row's range: the event's reach, or its report's publication window ("@" rows). */
  key_start: number;
  key_end: number;
}

type Meeting = "compatible" | "perhaps";

/**
 * How a candidate row meets a telling, decided exactly from the indexed columns (the group is the
 * lookup key's): by its dates on a reach row, by `storiesMeet` (dates, or a story retold) on a
 * publication row, whose range is the report's publication window.
 */
function rowMeets(t: Telling, r: CandidateRow, publicationRow: boolean): Meeting | null {
  if (r.report_id === t.report) return null;
  const place = r.place_id === null ? null : { text: "", id: r.place_id, name_ar: null, governorate: r.place_governorate };
  if (!placesCompatible(t.event.place, place, GAZETTEER)) return null;
  const date = { start: isoDay(r.day_start), end: isoDay(r.day_end), basis: r.date_basis };
  const count = r.count_low === null || r.count_best === null || r.count_high === null ? null : { low: r.count_low, best: r.count_best, high: r.count_high };
  if (publicationRow) return storiesMeet(t, { published: { start: isoDay(r.key_start), end: isoDay(r.key_end) }, event: { date, count } });
  return datesCompatible(t.event.date, date) && countsCompatible(t.event.count, count) ? "compatible" : null;
}

interface Statements {
  insertKey: Statement;
  tellings: Statement;
  publication: Statement;
  candidates: Statement;
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
}

const cache = new WeakMap<Database, Statements>();

function prepare(db: Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      insertKey: db.prepare("INSERT OR IGNORE INTO event_match_keys (key, span_class, day_start, day_end, event_rid) VALUES (?, ?, ?, ?, ?)"),
      tellings: db.prepare(`SELECT e.rid, e.report_id, e.idx, r.published_start, r.published_end, j.json
        FROM json_each(?) AS x CROSS JOIN events e ON e.rid = x.value JOIN reports r ON r.id = e.report_id JOIN event_json j ON j.rid = e.rid`),
      publication: db.prepare("SELECT published_start AS start, published_end AS end FROM reports WHERE id = ?"),
      candidates: db.prepare(`SELECT k.event_rid AS rid, e.report_id, e.day_start, e.day_end, e.date_basis, e.place_id, e.place_governorate,
          e.count_low, e.count_best, e.count_high, k.day_start AS key_start, k.day_end AS key_end
        FROM event_match_keys k CROSS JOIN events e ON e.rid = k.event_rid
        WHERE k.key = ? AND k.span_class = ? AND k.day_start BETWEEN ? AND ? AND k.day_end >= ?`),
      incidentOfEvents: db.prepare("SELECT DISTINCT incident_rid FROM incident_events WHERE event_rid IN (SELECT value FROM json_each(?))"),
      membersOf: db.prepare("SELECT event_rid FROM incident_events WHERE incident_rid = ?"),
      proposalPartners: db.prepare("SELECT event_b AS rid FROM incident_proposals WHERE event_a = ? UNION SELECT event_a FROM incident_proposals WHERE event_b = ?"),
      deleteIncident: db.prepare("DELETE FROM incidents WHERE rid = ?"),
      // Two statements: SQLite cannot serve an OR over two indexes of a WITHOUT ROWID table (it would scan).
      deleteProposalsA: db.prepare("DELETE FROM incident_proposals WHERE event_a = ?"),
      deleteProposalsB: db.prepare("DELETE FROM incident_proposals WHERE event_b = ?"),
      insertIncident: db.prepare(`INSERT INTO incidents (id, tellings, kind, date_start, date_end, day_start, day_end, date_basis,
          count_low, count_best, count_high, place_id, place_governorate, conflicts, json)
        VALUES (@id, @tellings, @kind, @date_start, @date_end, @day_start, @day_end, @date_basis,
          @count_low, @count_best, @count_high, @place_id, @place_governorate, @conflicts, @json)`),
      insertMember: db.prepare("INSERT OR REPLACE INTO incident_events (event_rid, incident_rid) VALUES (?, ?)"),
      insertProposal: db.prepare("INSERT OR IGNORE INTO incident_proposals (event_a, event_b) VALUES (?, ?)"),
      orphans: db.prepare("SELECT e.rid FROM events e WHERE NOT EXISTS (SELECT 1 FROM incident_events m WHERE m.event_rid = e.rid)"),
      pairDecisions: db.prepare(`SELECT seq, report_id, event_key, action, after, undoes FROM decisions
        WHERE action IN ('merge', 'split') OR (action = 'undo' AND undoes IN (SELECT seq FROM decisions WHERE action IN ('merge', 'split')))`),
      eventByKey: db.prepare("SELECT rid, idx FROM events WHERE report_id = ? AND event_key = ?"),
    };
    cache.set(db, s);
  }
  return s;
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
 * Records where a newly written event can meet others (called for each event as it is inserted, after
 * its report): under its reach (rules/dates.ts: an undated event's month before its report), so that
 * a dated telling finds it there, and under its report's publication window (RETOLD), so that a story
 * retold within a week finds it whatever its dates; `rowMeets` then judges the event's own values.
 */
export function indexEventForIncidents(db: Database, rid: number | bigint, reportId: string, _index: number, event: DefectionEvent): void {
  const s = prepare(db);
  const { start, end } = reach(event.date);
  const cls = spanClass(end - start + 1);
  const keys = storedKeys(event);
  for (const key of keys) s.insertKey.run(key, cls, start, end, rid);
  const published = s.publication.get(reportId) as DayRange | undefined;
  const window = published && retellingWindow(event, published);
  if (window) for (const key of keys) s.insertKey.run(RETOLD + key, spanClass(window.end - window.start + 1), window.start, window.end, rid);
}

/**
 * What a report's incidents hang on, read before the report is deleted or replaced: the other events
 * of its incidents, its proposal partners, and every telling compatible or perhaps compatible with
 * its events — also those that do not link to them because one side has too many (cluster.ts rules
 * 3 and 4): with one neighbour fewer, they may link or propose again.
 */
export function incidentNeighbours(db: Database, eventRids: readonly number[]): { incidents: number[]; neighbours: number[] } {
  const s = prepare(db);
  const own = new Set(eventRids);
  const incidents = (s.incidentOfEvents.all(JSON.stringify(eventRids)) as Array<{ incident_rid: number }>).map((r) => r.incident_rid);
  const neighbours = new Set<number>();
  for (const i of incidents) for (const r of s.membersOf.all(i) as Array<{ event_rid: number }>) if (!own.has(r.event_rid)) neighbours.add(r.event_rid);
  for (const e of eventRids) for (const r of s.proposalPartners.all(e, e) as Array<{ rid: number }>) if (!own.has(r.rid)) neighbours.add(r.rid);
  const { load, candidatesOf, perhapsOf } = storedSearch(s);
  for (const t of load(eventRids)) for (const u of [...candidatesOf(t), ...perhapsOf(t)] as StoredTelling[]) if (!own.has(u.rid)) neighbours.add(u.rid);
  return { incidents, neighbours: [...neighbours] };
}

/** Deletes incidents (their members' links go with them; the events stay). */
export function dropIncidents(db: Database, incidentRids: readonly number[]): void {
  const s = prepare(db);
  for (const i of incidentRids) s.deleteIncident.run(i);
}

/**
 * The tellings stored and their neighbours, read through `event_match_keys`: `candidatesOf` the
 * compatible ones, `perhapsOf` those only perhaps compatible (lib/incidents/compatible.ts). Given a
 * `limit`, a search stops after that many (the indexed columns decide them exactly: see rowMeets);
 * a complete list is kept for the rest of the change.
 */
function storedSearch(s: Statements) {
  const byRid = new Map<number, StoredTelling>();
  const load = (rids: readonly number[]): StoredTelling[] => {
    const missing = rids.filter((r) => !byRid.has(r));
    if (missing.length > 0) {
      for (const row of s.tellings.all(JSON.stringify(missing)) as Array<{ rid: number; report_id: string; idx: number; published_start: string; published_end: string; json: string }>) {
        byRid.set(row.rid, { rid: row.rid, report: row.report_id, index: row.idx, published: { start: row.published_start, end: row.published_end }, event: JSON.parse(row.json) as DefectionEvent });
      }
    }
    return rids.flatMap((r) => byRid.get(r) ?? []);
  };

  const search = (t: Telling, wanted: Meeting, limit: number): Telling[] => {
    if (tooVague(t.event.date)) return [];
    const rids = new Set<number>();
    /** Scans one index range; the rules that need no event JSON first: most rows of a busy group fail them. */
    const scan = (key: string, cls: number, lowest: number, highest: number, minEnd: number, publicationRow: boolean) => {
      if (rids.size >= limit) return;
      const rows = s.candidates.iterate(key, cls, lowest, highest, minEnd) as IterableIterator<CandidateRow>;
      for (const r of rows) {
        if (!rids.has(r.rid) && rowMeets(t, r, publicationRow) === wanted) rids.add(r.rid);
        if (rids.size >= limit) {
          rows.return?.();
          break;
        }
      }
    };
    const keys = lookupKeys(t.event);
    if (wanted === "compatible") {
      // Every pair whose dates meet has reaches that meet (within the point tolerance); rows are keyed by reach.
      const { start, end } = reach(t.event.date);
      for (const key of keys) {
        SPAN_CLASSES.forEach((max, cls) => {
          // A longer range is too vague to merge (rules/dates.ts): not even looked at.
          if (cls > 0 && SPAN_CLASSES[cls - 1] >= MAX_MERGEABLE_DAYS) return;
          const lowest = start - POINT_DATE_TOLERANCE_DAYS - Math.min(max, MAX_MERGEABLE_DAYS);
          scan(key, cls, lowest, end + POINT_DATE_TOLERANCE_DAYS, start - POINT_DATE_TOLERANCE_DAYS, false);
        });
      }
    }
    // A story retold (compatible or perhaps) was published within a week: rows keyed by publication.
    const window = retellingWindow(t.event, t.published);
    if (window) {
      for (const key of keys) {
        for (let cls = 0; cls <= spanClass(PUBLICATION_MAX_DAYS); cls++) {
          scan(RETOLD + key, cls, window.start - RETELLING_WINDOW_DAYS - SPAN_CLASSES[cls], window.end + RETELLING_WINDOW_DAYS, window.start - RETELLING_WINDOW_DAYS, true);
        }
      }
    }
    const meets = wanted === "compatible" ? compatible : perhapsCompatible;
    return load([...rids].sort((a, b) => a - b)).filter((u) => meets(t, u));
  };
  const memo = { compatible: new Map<string, Telling[]>(), perhaps: new Map<string, Telling[]>() };
  const searchOnce = (wanted: Meeting) => (t: Telling, limit = Number.POSITIVE_INFINITY): Telling[] => {
    const known = memo[wanted].get(tellingKey(t));
    if (known) return known;
    const found = search(t, wanted, limit);
    if (found.length < limit) memo[wanted].set(tellingKey(t), found); // complete
    return found;
  };
  return { byRid, load, candidatesOf: searchOnce("compatible"), perhapsOf: searchOnce("perhaps") };
}

/**
 * Recomputes the incidents of the seeds' chains of sure links, and their proposed merges. Must run
 * inside the write transaction of the change that made the seeds.
 */
export function recomputeIncidents(db: Database, seedRids: readonly number[]): { visited: number; incidents: number } {
  if (seedRids.length === 0) return { visited: 0, incidents: 0 };
  const s = prepare(db);
  const { byRid, load, candidatesOf, perhapsOf } = storedSearch(s);

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
  const resolution = resolveAround(seeds, candidatesOf, MAX_COMPATIBLE, constraints, tellingOf, perhapsOf);
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

/** Gives every event without an incident one (a store migrated from before incidents, or healed). */
export function syncIncidents(db: Database): number {
  const s = prepare(db);
  const orphans = (s.orphans.all() as Array<{ rid: number }>).map((r) => r.rid);
  if (orphans.length === 0) return 0;
  db.transaction(() => {
    // Their match keys may be missing too (written before migration 5): INSERT OR IGNORE makes this safe.
    for (const row of s.tellings.all(JSON.stringify(orphans)) as Array<{ rid: number; report_id: string; idx: number; json: string }>) {
      indexEventForIncidents(db, row.rid, row.report_id, row.idx, JSON.parse(row.json) as DefectionEvent);
    }
    recomputeIncidents(db, orphans);
  }).immediate();
  return orphans.length;
}
