import type { Database } from "better-sqlite3";
import { eventIndex, indexFor, type EventIndex } from "./event-index";
import { matchEvents } from "./event-index-match";
import type { EventFilter, GroupFacet } from "./types";

/**
 * The options of the dashboard's filters, each with its number of events under the other filters
 * (a facet ignores its own selection, so choosing one group still shows the others' counts).
 */

export interface GroupName {
  name_ar: string;
  name_en: string | null;
}

export function gazetteerGroups(db: Database): Map<string, GroupName> {
  const names = new Map<string, GroupName>();
  for (const g of db.prepare("SELECT id, name_ar, name_en FROM groups").all() as ({ id: string } & GroupName)[]) names.set(g.id, g);
  return names;
}

/** Every group named by a filtered event, most events first (ties by key). */
export function queryGroupFacets(db: Database, filter: EventFilter): GroupFacet[] {
  const index = indexFor(db, filter);
  const { mask } = matchEvents(db, index, filter, { skipGroups: true });
  const counts = groupCounts(index, mask);
  const gazetteer = gazetteerGroups(db);
  const facets: GroupFacet[] = [];
  counts.forEach((events, g) => {
    if (events === 0) return;
    const key = index.groupKeys[g];
    const known = !key.startsWith("x:");
    const name = gazetteer.get(key) ?? index.groupNames[g];
    facets.push({ key, name_ar: known ? name.name_ar : key.slice(2), name_en: name.name_en ?? null, known, events });
  });
  return facets.sort(byEventsThenKey);
}

export function byEventsThenKey(a: GroupFacet, b: GroupFacet): number {
  return b.events - a.events || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Events per group code among the entries that pass `mask`. */
export function groupCounts(index: EventIndex, mask: Uint8Array): Int32Array {
  const counts = new Int32Array(index.groupKeys.length);
  const { groupOffsets, groupCodes } = index;
  for (let i = 0; i < index.n; i++) {
    if (mask[i] === 0) continue;
    for (let k = groupOffsets[i]; k < groupOffsets[i + 1]; k++) counts[groupCodes[k]] += 1;
  }
  return counts;
}

/** A place of the gazetteer named by events. */
export interface PlaceFacet {
  id: string;
  name_ar: string;
  name_en: string | null;
  governorate: string | null;
  events: number;
}

/** A governorate (as the extractor writes it: its Arabic name) with its events. */
export interface GovernorateFacet {
  governorate: string;
  /** The gazetteer entry of the governorate, when there is one. */
  id: string | null;
  name_ar: string | null;
  name_en: string | null;
  events: number;
}

/**
 * The place filter's options: gazetteer places and governorates that have events, most events first.
 * Either value works as `filter.place` (a place id, or a governorate).
 */
export function queryPlaces(db: Database, filter: EventFilter | null = null): { places: PlaceFacet[]; governorates: GovernorateFacet[] } {
  const index = filter ? indexFor(db, filter) : eventIndex(db);
  const mask = filter ? matchEvents(db, index, filter, { skipPlace: true }).mask : null;
  const byPlace = new Int32Array(index.strings.length);
  const byGov = new Int32Array(index.strings.length);
  const firstOf = new Map<number, number>();
  for (let i = 0; i < index.n; i++) {
    if (mask !== null && mask[i] === 0) continue;
    const p = index.placeId[i];
    if (p >= 0) {
      if (byPlace[p] === 0) firstOf.set(p, i);
      byPlace[p] += 1;
    }
    const g = index.placeGov[i];
    if (g >= 0) byGov[g] += 1;
  }
  const gazetteer = new Map(
    (db.prepare("SELECT id, name_ar, name_en, governorate, kind FROM places").all() as { id: string; name_ar: string; name_en: string | null; governorate: string | null; kind: string | null }[]).map(
      (p) => [p.id, p],
    ),
  );
  const govEntry = new Map<string, { id: string; name_ar: string; name_en: string | null }>();
  for (const p of gazetteer.values()) if (p.kind === "governorate" && p.governorate && !govEntry.has(p.governorate)) govEntry.set(p.governorate, p);
  const eventNames = eventPlaceNames(db, index, firstOf);
  const places: PlaceFacet[] = [...firstOf.keys()].map((code) => {
    const events = byPlace[code];
    const id = index.strings[code];
    const p = gazetteer.get(id);
    const fromEvent = eventNames.get(code);
    return {
      id,
      name_ar: p?.name_ar ?? fromEvent?.name_ar ?? id,
      name_en: p?.name_en ?? null,
      governorate: p?.governorate ?? fromEvent?.governorate ?? null,
      events,
    };
  });
  places.sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const governorates: GovernorateFacet[] = [];
  byGov.forEach((events, code) => {
    if (events === 0) return;
    const governorate = index.strings[code];
    const entry = govEntry.get(governorate);
    governorates.push({ governorate, id: entry?.id ?? null, name_ar: entry?.name_ar ?? null, name_en: entry?.name_en ?? null, events });
  });
  governorates.sort((a, b) => b.events - a.events || (a.governorate < b.governorate ? -1 : a.governorate > b.governorate ? 1 : 0));
  return { places, governorates };
}

/** The Arabic name and governorate an event gave a place id (for ids the gazetteer no longer has). */
function eventPlaceNames(db: Database, index: EventIndex, firstOf: Map<number, number>): Map<number, { name_ar: string | null; governorate: string | null }> {
  const stmt = db.prepare("SELECT COALESCE(place_name_ar, place_text) AS name_ar, place_governorate AS governorate FROM events WHERE rid = ?");
  const names = new Map<number, { name_ar: string | null; governorate: string | null }>();
  for (const [code, entry] of firstOf) {
    // Counting incidents, an entry's place is its incident's (combined), not its own event's.
    const combined = index.incidents?.placeName(entry);
    if (combined) {
      names.set(code, combined);
      continue;
    }
    const row = stmt.get(index.rid[entry]) as { name_ar: string | null; governorate: string | null } | undefined;
    if (row) names.set(code, row);
  }
  return names;
}

/** A destination option: a group of the gazetteer, an area, or (for neither) the words as written. */
export interface DestinationFacet {
  /** The value for `filter.destination`. */
  value: string;
  type: "group" | "area" | "text";
  name_ar: string;
  name_en: string | null;
  events: number;
}

/** The destination filter's options, most events first (at most `limit`). */
export function queryDestinations(db: Database, filter: EventFilter | null = null, limit = 200): DestinationFacet[] {
  const index = filter ? indexFor(db, filter) : eventIndex(db);
  const mask = filter ? matchEvents(db, index, filter, { skipDestination: true }).mask : null;
  // Counts per value code, one array per type; the Arabic words of a group destination: the smallest seen.
  const size = index.strings.length;
  const perType = { group: new Int32Array(size), area: new Int32Array(size), text: new Int32Array(size) };
  const groupText = new Int32Array(size).fill(-1);
  for (let i = 0; i < index.n; i++) {
    if (mask !== null && mask[i] === 0) continue;
    const text = index.destText[i];
    if (text < 0) continue;
    const g = index.destGroup[i];
    if (g >= 0) {
      perType.group[g] += 1;
      const seen = groupText[g];
      if (seen < 0 || (seen !== text && index.strings[text] < index.strings[seen])) groupText[g] = text;
    } else if (index.destArea[i] >= 0) perType.area[index.destArea[i]] += 1;
    else perType.text[text] += 1;
  }
  const counts: { type: DestinationFacet["type"]; code: number; events: number; text: number }[] = [];
  for (const type of ["group", "area", "text"] as const) {
    perType[type].forEach((events, code) => {
      if (events > 0) counts.push({ type, code, events, text: type === "group" ? groupText[code] : code });
    });
  }
  const groups = gazetteerGroups(db);
  const facets: DestinationFacet[] = counts.map((c) => {
    const value = index.strings[c.code];
    const g = c.type === "group" ? groups.get(value) : undefined;
    return { value, type: c.type, name_ar: c.type === "area" ? value : (g?.name_ar ?? index.strings[c.text]), name_en: g?.name_en ?? null, events: c.events };
  });
  facets.sort((a, b) => b.events - a.events || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) || (a.type < b.type ? -1 : 1));
  return facets.slice(0, limit);
}
