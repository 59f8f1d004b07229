/**
 * Gold records for evaluation: one JSON object per line (JSON Lines), as in data/dev/*.jsonl.
 *
 *   {"id", "published": "2021-06-15" | "2021-06" | "2021-06-14..2021-06-30", "text",
 *    "events": [{"group": "..." | "groups": ["...", ...], "count": {low,best,high} | null,
 *                "date": {start,end} | null, "date_text", "place", "destination", "kind", "optional"?}]}
 *
 * Extra fields (group_en, count_text, notes, url, ...) are allowed and ignored. Parsing is pure:
 * the caller reads the file and passes its content and name, so every error can name file and line.
 */
import type { EventKind } from "../extract/types";
import type { DayRange, PublicationWindow } from "../time/types";
import { parseIsoDay, publicationWindow } from "../time/publication";

export interface GoldCount {
  low: number;
  best: number;
  high: number;
}

export interface GoldEvent {
  /** One or more group names as a reader wrote them (free text, may carry a parenthesised detail). */
  groups: string[];
  count: GoldCount | null;
  /** Null when the gold does not fix a date (such an event overlaps any predicted range). */
  date: DayRange | null;
  dateText: string | null;
  place: string | null;
  destination: string | null;
  kind: EventKind;
  /** A reader may count it or not: matching it is neither a hit nor a false alarm; missing it is no miss. */
  optional: boolean;
}

export interface GoldReport {
  id: string;
  published: PublicationWindow;
  text: string;
  events: GoldEvent[];
  /** 1-based line in the gold file, for messages. */
  line: number;
}

export class GoldFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = "GoldFormatError";
  }
}

const KINDS: readonly EventKind[] = ["defection", "desertion", "attempted"];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function optionalString(obj: Json, key: string, where: string): string | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string") throw new Error(`${where}.${key} must be a string or null`);
  return v;
}

function parseCount(v: unknown, where: string): GoldCount | null {
  if (v === null || v === undefined) return null;
  if (!isObject(v)) throw new Error(`${where}.count must be {low, best, high} or null`);
  const out: Record<string, number> = {};
  for (const k of ["low", "best", "high"]) {
    const n = v[k];
    if (typeof n !== "number" || !Number.isFinite(n) || n < 0) throw new Error(`${where}.count.${k} must be a non-negative number`);
    out[k] = n;
  }
  if (!(out.low <= out.best && out.best <= out.high)) throw new Error(`${where}.count must satisfy low <= best <= high`);
  return { low: out.low, best: out.best, high: out.high };
}

function parseRange(v: unknown, where: string): DayRange | null {
  if (v === null || v === undefined) return null;
  if (!isObject(v)) throw new Error(`${where}.date must be {start, end} or null`);
  const start = typeof v.start === "string" ? parseIsoDay(v.start) : null;
  const end = typeof v.end === "string" ? parseIsoDay(v.end) : null;
  if (!start || !end) throw new Error(`${where}.date.start/end must be real days YYYY-MM-DD`);
  if (start > end) throw new Error(`${where}.date is reversed (${start} > ${end})`);
  return { start, end };
}

function parseGroups(e: Json, where: string): string[] {
  const hasOne = e.group !== undefined;
  const hasMany = e.groups !== undefined;
  if (hasOne && hasMany) throw new Error(`${where} has both "group" and "groups"; use one`);
  if (hasOne) {
    if (typeof e.group !== "string" || e.group.trim() === "") throw new Error(`${where}.group must be a non-empty string`);
    return [e.group];
  }
  if (hasMany) {
    if (!Array.isArray(e.groups) || e.groups.length === 0 || !e.groups.every((g) => typeof g === "string" && g.trim() !== "")) {
      throw new Error(`${where}.groups must be a non-empty list of strings`);
    }
    return e.groups as string[];
  }
  throw new Error(`${where} needs "group" (a string) or "groups" (a list)`);
}

function parseEvent(v: unknown, where: string): GoldEvent {
  if (!isObject(v)) throw new Error(`${where} must be an object`);
  const kind = v.kind;
  if (typeof kind !== "string" || !KINDS.includes(kind as EventKind)) throw new Error(`${where}.kind must be one of ${KINDS.join(", ")}`);
  if (v.optional !== undefined && typeof v.optional !== "boolean") throw new Error(`${where}.optional must be true or false`);
  return {
    groups: parseGroups(v, where),
    count: parseCount(v.count, where),
    date: parseRange(v.date, where),
    dateText: optionalString(v, "date_text", where),
    place: optionalString(v, "place", where),
    destination: optionalString(v, "destination", where),
    kind: kind as EventKind,
    optional: v.optional === true,
  };
}

/** Parses one gold line; throws an Error whose message says which field is wrong. */
export function parseGoldRecord(line: string, lineNumber = 1): GoldReport {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    throw new Error(`not valid JSON (${(err as Error).message})`);
  }
  if (!isObject(raw)) throw new Error("a record must be a JSON object");
  if (typeof raw.id !== "string" || raw.id === "") throw new Error(`"id" must be a non-empty string`);
  const pub = publicationWindow(raw.published);
  if (!pub.ok) throw new Error(`"published" ${pub.error}`);
  if (typeof raw.text !== "string" || raw.text.trim() === "") throw new Error(`"text" must be a non-empty string`);
  if (!Array.isArray(raw.events)) throw new Error(`"events" must be a list (empty for a report with no event)`);
  const events = raw.events.map((e, i) => parseEvent(e, `events[${i}]`));
  return { id: raw.id, published: pub.window, text: raw.text, events, line: lineNumber };
}

/** Parses a whole gold file; blank lines are skipped. Throws GoldFormatError naming file and line. */
export function parseGoldJsonl(content: string, file: string): GoldReport[] {
  const out: GoldReport[] = [];
  const seen = new Map<string, number>();
  const lines = content.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let rec: GoldReport;
    try {
      rec = parseGoldRecord(line, i + 1);
    } catch (err) {
      throw new GoldFormatError(file, i + 1, (err as Error).message);
    }
    const first = seen.get(rec.id);
    if (first !== undefined) throw new GoldFormatError(file, i + 1, `id "${rec.id}" repeats line ${first}`);
    seen.set(rec.id, i + 1);
    out.push(rec);
  });
  if (out.length === 0) throw new GoldFormatError(file, 1, "no records (expected one JSON object per line)");
  return out;
}
