/**
 * Where the store finds an event's incident neighbours (pure SQL reads, no incident written here):
 * each event is indexed in `event_match_keys` under its groups' keys over its reach, and — when a
 * story retold within a week could be it — over its report's publication window ("@" keys); a
 * telling's compatible and perhaps compatible tellings (lib/incidents/compatible.ts) are found with a
 * few bounded index ranges, the indexed columns deciding each row exactly before any JSON is read. The keys:
 * incident-keys.ts; a candidate row and how it meets a telling: incident-candidate-rows.ts.
 */
import { perConnection } from "./per-connection";
import type { Database, Statement } from "better-sqlite3";
import type { DefectionEvent } from "../extract/types";
import { compatible, GAZETTEER, looselyCompatible, perhapsCompatible, tellingKey, type Telling } from "../incidents";
import { MAX_MERGEABLE_DAYS, POINT_DATE_TOLERANCE_DAYS, reach, tooVague } from "../incidents/rules/dates";
import { townOf } from "../incidents/rules/places";
import { distinctiveFigure, PUBLICATION_MAX_DAYS, RETELLING_WINDOW_DAYS } from "../incidents/rules/retold";
import { CROSSED_PUBLICATION_DAYS, rolesCrossed } from "../incidents/rules/roles";
import { groupSides, sideWentTo } from "../incidents/rules/sides";
import { lookingBackDate, RETROSPECTIVE_MAX_DAYS, SEVERAL } from "../incidents/rules/retrospective";
import type { DayRange } from "../time/types";
import { compatibleFigures, NO_FIGURE, rowMeets, sameFigure, type CandidateRow, type Meeting, type Wanted } from "./incident-candidate-rows";
import { JOINED, joinedGroup, joinedKeys, lookupKeys, RETOLD, retellingWindow, SIDE, SPAN_CLASSES, spanClass, storedKeys } from "./incident-keys";

export interface StoredTelling extends Telling {
  rid: number;
}

/** A search's result: every telling it looks for, or (cut at a limit) only the first ones found. */
interface Found {
  found: StoredTelling[];
  complete: boolean;
}


/** The span classes a reach search reads: a longer range is too vague to merge (rules/dates.ts), not even looked at. */
const REACH_CLASSES = SPAN_CLASSES.flatMap((_max, cls) => (cls > 0 && SPAN_CLASSES[cls - 1] >= MAX_MERGEABLE_DAYS ? [] : [cls]));
/** The span class of a telling looking back (rules/retrospective.ts: longer than a quarter, at most a year). */
const LOOKING_BACK_CLASS = spanClass(RETROSPECTIVE_MAX_DAYS);
/** The figures a recall may meet: as a publication row's (FigureFilter), of several people (retrospective.ts). */
const RECALL_FIGURES = " AND e.count_low <= @lowAtMost AND e.count_high >= @highAtLeast AND (@best IS NULL OR e.count_best = @best) AND e.count_best >= @several";
/** The span classes of publication rows (a publication known to within a week). */
const PUBLICATION_CLASSES = SPAN_CLASSES.flatMap((_max, cls) => (cls <= spanClass(PUBLICATION_MAX_DAYS) ? [cls] : []));

/**
 * One statement for a key's index ranges in every span class, class by class (`UNION ALL` keeps their
 * order): a statement costs ~50 µs through better-sqlite3 even when its range is empty, and most of a
 * busy search's ranges are. Each class reads `day_start` from its own lowest bound (`@lowest<cls>`).
 */
function unionOverClasses(classes: readonly number[], filter: string): string {
  return classes
    .map((cls) => `SELECT k.event_rid AS rid, e.report_id, e.day_start, e.day_end, e.date_basis, e.place_id, e.place_governorate,
      e.count_low, e.count_best, e.count_high, k.day_start AS key_start, k.day_end AS key_end
    FROM event_match_keys k CROSS JOIN events e ON e.rid = k.event_rid
    WHERE k.key = @key AND k.span_class = ${cls} AND k.day_start BETWEEN @lowest${cls} AND @highest AND k.day_end >= @endsFrom${filter}`)
    .join("\nUNION ALL\n");
}

interface Statements {
  insertKey: Statement;
  tellings: Statement;
  publication: Statement;
  candidates: Statement;
  recalledBy: Statement;
  recalling: Statement;
  retellings: Statement;
}

const prepare = perConnection((db): Statements => ({
  insertKey: db.prepare("INSERT OR IGNORE INTO event_match_keys (key, span_class, day_start, day_end, event_rid) VALUES (?, ?, ?, ?, ?)"),
  tellings: db.prepare(`SELECT e.rid, e.report_id, e.idx, r.published_start, r.published_end, j.json
    FROM json_each(?) AS x CROSS JOIN events e ON e.rid = x.value JOIN reports r ON r.id = e.report_id JOIN event_json j ON j.rid = e.rid`),
  publication: db.prepare("SELECT published_start AS start, published_end AS end FROM reports WHERE id = ?"),
  candidates: db.prepare(unionOverClasses(REACH_CLASSES, "")),
  // Told looking back (rules/retrospective.ts): the reach rows a telling looking back spans, and the tellings looking
  // back that span a telling's reach; their figures filtered in SQL (a year of a big group has many rows).
  recalledBy: db.prepare(unionOverClasses(REACH_CLASSES, RECALL_FIGURES)),
  recalling: db.prepare(unionOverClasses([LOOKING_BACK_CLASS], RECALL_FIGURES)),
  // The figures wanted, or (round 9, a town's story retold) the town's rows whatever their figure; @town NULL matches none.
  retellings: db.prepare(unionOverClasses(PUBLICATION_CLASSES, " AND ((e.count_low <= @lowAtMost AND e.count_high >= @highAtLeast AND (@best IS NULL OR e.count_best = @best)) OR e.place_id = @town)")),
}));

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
  if (window && event.count !== null) for (const key of joinedKeys(event)) s.insertKey.run(JOINED + key, spanClass(window.end - window.start + 1), window.start, window.end, rid);
}

/**
 * The tellings stored and their neighbours, read through `event_match_keys`: `candidatesOf` the
 * compatible ones, `perhapsOf` those only perhaps compatible, `looseOf` those of them whose dates
 * meet (lib/incidents/compatible.ts). Given a
 * `limit`, a search stops after that many (the indexed columns decide them exactly: see rowMeets);
 * a complete list is kept for the rest of the change.
 */
export function storedSearch(db: Database) {
  const s = prepare(db);
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

  /** Every loose row of a telling, noted by a compatible search that read all its reach rows. */
  const looseRids = new Map<string, number[]>();
  const publications = new Map<string, DayRange | undefined>();
  const publicationOf = (report: string): DayRange | undefined => {
    if (!publications.has(report)) publications.set(report, s.publication.get(report) as DayRange | undefined);
    return publications.get(report);
  };
  /**
   * The tellings of other groups that may be t's incident read in crossed roles (rules/roles.ts), exactly: the
   * events whose men joined t's group or went to its side ("→" rows) and the events of the group or side t's men
   * joined (RETOLD rows), published within CROSSED_PUBLICATION_DAYS of t's report with t's figure, judged on their
   * JSON (they are few); once per telling for the rest of the change (its three searches read them).
   */
  const crossedMemo = new Map<string, StoredTelling[]>();
  const crossedOf = (t: Telling): StoredTelling[] => {
    const known = crossedMemo.get(tellingKey(t));
    if (known) return known;
    const found = crossedSearch(t);
    crossedMemo.set(tellingKey(t), found);
    return found;
  };
  const crossedSearch = (t: Telling): StoredTelling[] => {
    const window = t.event.count && retellingWindow(t.event, t.published);
    if (!window || !t.event.count) return [];
    const joined = joinedGroup(t.event);
    const side = sideWentTo(t.event.destination, GAZETTEER);
    const keys = [
      ...[...lookupKeys(t.event), ...[...groupSides(t.event.groups, GAZETTEER)].map((x) => SIDE + x)].map((k) => JOINED + k),
      ...(joined ? lookupKeys(joined).map((k) => RETOLD + k) : []),
      ...(side === null ? [] : GAZETTEER.groupsOf(side).map((id) => RETOLD + id)),
    ];
    const lowest = Object.fromEntries(PUBLICATION_CLASSES.map((cls) => [`lowest${cls}`, window.start - CROSSED_PUBLICATION_DAYS - SPAN_CLASSES[cls]]));
    const bounds = { ...lowest, highest: window.end + CROSSED_PUBLICATION_DAYS, endsFrom: window.start - CROSSED_PUBLICATION_DAYS, ...sameFigure(t.event.count), town: null };
    const rids = new Set<number>();
    for (const key of keys) for (const r of s.retellings.iterate({ key, ...bounds }) as IterableIterator<CandidateRow>) if (r.report_id !== t.report) rids.add(r.rid);
    return load([...rids].sort((a, b) => a - b)).filter((u) => rolesCrossed(t, u, GAZETTEER) !== null);
  };
  /**
   * The rows t may be told looking back with (rules/retrospective.ts), their figures filtered in SQL: "compatible"
   * wants the same figure of 10 or more, "perhaps" figures not orders apart (of several people). A telling looking
   * back reads the rows inside its range; any other, the rows of tellings looking back whose range holds its reach.
   */
  const recallRows = (t: Telling, wanted: Meeting, keys: readonly string[], scan: (rows: IterableIterator<CandidateRow>, publicationRow: boolean) => void) => {
    const c = t.event.count;
    const figures = c === null || c.best < SEVERAL ? null : wanted === "compatible" ? (distinctiveFigure(c) ? sameFigure(c) : null) : compatibleFigures(c);
    if (figures === null) return;
    const { start, end } = reach(t.event.date);
    const back = lookingBackDate(t.event.date);
    const lowest = Object.fromEntries((back ? REACH_CLASSES : [LOOKING_BACK_CLASS]).map((cls) => [`lowest${cls}`, back ? start : start - RETROSPECTIVE_MAX_DAYS]));
    const bounds = { ...lowest, highest: back ? end : start, endsFrom: back ? start : end, ...figures, several: SEVERAL };
    for (const key of keys) scan((back ? s.recalledBy : s.recalling).iterate({ key, ...bounds }) as IterableIterator<CandidateRow>, false);
  };
  const search = (t: Telling, wanted: Wanted, limit: number): StoredTelling[] => {
    const meeting: Meeting = wanted === "loose" ? "perhaps" : wanted;
    const meets = wanted === "compatible" ? compatible : wanted === "perhaps" ? perhapsCompatible : looselyCompatible;
    if (tooVague(t.event.date) && !lookingBackDate(t.event.date)) return [];
    // The perhaps compatible tellings whose dates meet are the loose ones: one scan of the reach rows for both.
    const rids = new Set<number>(wanted === "perhaps" ? searchOnce("loose")(t, limit).map((u) => u.rid) : []);
    // A compatible search notes the loose rows it passes: when it reads every reach row, they are all of them.
    const looseSeen = wanted === "compatible" ? new Set<number>() : null;
    let cut = false;
    /** Scans one index range; the rules that need no event JSON first: most rows of a busy group fail them. */
    const scan = (rows: IterableIterator<CandidateRow>, publicationRow: boolean) => {
      if (rids.size >= limit) {
        cut = true;
        rows.return?.();
        return;
      }
      for (const r of rows) {
        const met = rids.has(r.rid) ? null : rowMeets(t, r, publicationRow, publicationOf);
        if (met === meeting) rids.add(r.rid);
        else if (met === "perhaps" && looseSeen && !publicationRow) looseSeen.add(r.rid);
        if (rids.size >= limit) {
          cut = true;
          rows.return?.();
          break;
        }
      }
    };
    // One incident read in crossed roles: few rows, judged exactly; loose ones noted as the reach rows' are.
    for (const u of crossedOf(t)) {
      if (rids.size >= limit) {
        cut = true;
        break;
      }
      if (meets(t, u)) rids.add(u.rid);
      else if (looseSeen && looselyCompatible(t, u)) looseSeen.add(u.rid);
    }
    const keys = lookupKeys(t.event);
    if (wanted !== "perhaps" && !tooVague(t.event.date)) {
      // Every pair whose dates meet has reaches that meet (within the point tolerance); rows are keyed by
      // reach. Dates that meet loosely with nothing else agreeing are "loose" (rules/evidence.ts).
      const { start, end } = reach(t.event.date);
      const lowest = Object.fromEntries(REACH_CLASSES.map((cls) => [`lowest${cls}`, start - POINT_DATE_TOLERANCE_DAYS - Math.min(SPAN_CLASSES[cls], MAX_MERGEABLE_DAYS)]));
      const bounds = { ...lowest, highest: end + POINT_DATE_TOLERANCE_DAYS, endsFrom: start - POINT_DATE_TOLERANCE_DAYS };
      for (const key of keys) scan(s.candidates.iterate({ key, ...bounds }) as IterableIterator<CandidateRow>, false);
    }
    // A telling looking back (a year, months) and one it recalls: never loose (their dates do not meet).
    if (wanted !== "loose") recallRows(t, meeting, keys, scan);
    if (looseSeen && !cut) looseRids.set(tellingKey(t), [...looseSeen].sort((a, b) => a - b));
    // A story retold was published within a week: rows keyed by publication, their figures filtered in
    // SQL (a busy week of a big group has many): the same distinctive figure for a link (the pairs whose
    // dates meet were found above), figures not orders apart for a proposal.
    // (Loose partners meet by dates: the reach rows above hold them all.)
    const window = wanted === "loose" ? null : retellingWindow(t.event, t.published);
    const figures = window && t.event.count && (wanted === "perhaps" ? compatibleFigures(t.event.count) : distinctiveFigure(t.event.count) ? sameFigure(t.event.count) : null);
    // One town's story retold (rules/retold.ts, retoldInSameTown): also the rows of that town, whatever their figure (or none).
    const town = window && wanted === "compatible" ? townOf(t.event.place, GAZETTEER) : null;
    if (window && (figures || town !== null)) {
      const lowest = Object.fromEntries(PUBLICATION_CLASSES.map((cls) => [`lowest${cls}`, window.start - RETELLING_WINDOW_DAYS - SPAN_CLASSES[cls]]));
      const bounds = { ...lowest, highest: window.end + RETELLING_WINDOW_DAYS, endsFrom: window.start - RETELLING_WINDOW_DAYS, ...(figures || NO_FIGURE), town };
      for (const key of keys) scan(s.retellings.iterate({ key: RETOLD + key, ...bounds }) as IterableIterator<CandidateRow>, true);
    }
    return load([...rids].sort((a, b) => a - b)).filter((u) => meets(t, u));
  };
  /**
   * Each telling's searches, kept for the rest of the change: a complete list, or one cut at a limit
   * (its length then says "at least that many", all a limited caller asks: lib/incidents/cluster.ts
   * CandidatesOf), so a busy neighbour asked again with the same or a lower limit is not searched again.
   */
  const memo = { compatible: new Map<string, Found>(), perhaps: new Map<string, Found>(), loose: new Map<string, Found>() };
  const searchOnce = (wanted: Wanted) => (t: Telling, limit = Number.POSITIVE_INFINITY): StoredTelling[] => {
    const known = memo[wanted].get(tellingKey(t));
    if (known && (known.complete || known.found.length >= limit)) return known.found;
    const seen = wanted === "loose" ? looseRids.get(tellingKey(t)) : undefined;
    const found = seen ? load(seen).filter((u) => looselyCompatible(t, u)) : search(t, wanted, limit);
    memo[wanted].set(tellingKey(t), { found, complete: seen !== undefined || found.length < limit });
    return found;
  };
  /**
   * Forgets tellings deleted since (a report removed): a complete search that found them is still
   * complete without them, so one removal searches each neighbourhood once, before and after the delete.
   * (Not after an insert: a memoised search would miss the new rows.)
   */
  const forget = (deleted: readonly number[]): void => {
    const gone = new Set(deleted);
    for (const rid of deleted) {
      const t = byRid.get(rid);
      if (t) for (const m of [...Object.values(memo), looseRids, crossedMemo]) m.delete(tellingKey(t));
      byRid.delete(rid);
    }
    // A cut list without them still holds that many that meet: "at least" its new length.
    for (const m of Object.values(memo)) for (const [k, known] of m) if (known.found.some((u) => gone.has(u.rid))) m.set(k, { ...known, found: known.found.filter((u) => !gone.has(u.rid)) });
    for (const [k, rids] of looseRids) if (rids.some((r) => gone.has(r))) looseRids.set(k, rids.filter((r) => !gone.has(r)));
    for (const [k, found] of crossedMemo) if (found.some((u) => gone.has(u.rid))) crossedMemo.set(k, found.filter((u) => !gone.has(u.rid)));
  };
  return { byRid, load, forget, candidatesOf: searchOnce("compatible"), perhapsOf: searchOnce("perhaps"), looseOf: searchOnce("loose") };
}

export type StoredSearch = ReturnType<typeof storedSearch>;