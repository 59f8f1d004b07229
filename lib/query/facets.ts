import type { Database } from "better-sqlite3";
import { filterSql } from "./events";
import type { EventFilter, GroupFacet } from "./types";

/**
 * The options of the dashboard's filters, each with its number of events under the other filters
 * (a facet ignores its own selection, so choosing one group still shows the others' counts).
 */

interface GroupName {
  name_ar: string;
  name_en: string | null;
}

function gazetteerGroups(db: Database): Map<string, GroupName> {
  const names = new Map<string, GroupName>();
  for (const g of db.prepare("SELECT id, name_ar, name_en FROM groups").all() as ({ id: string } & GroupName)[]) names.set(g.id, g);
  return names;
}

/** Every group named by a filtered event, most events first (ties by key). */
export function queryGroupFacets(db: Database, filter: EventFilter): GroupFacet[] {
  const f = filterSql(filter, { skipGroups: true });
  const counts = (
    f.where === "1"
      ? db.prepare("SELECT group_key AS key, COUNT(*) AS events FROM event_groups GROUP BY group_key").all()
      : db
          .prepare(
            `SELECT g.group_key AS key, COUNT(*) AS events FROM events e JOIN event_groups g ON g.event_rid = e.rid
             WHERE ${f.where} GROUP BY g.group_key`,
          )
          .all(...f.params)
  ) as { key: string; events: number }[];
  const gazetteer = gazetteerGroups(db);
  const nameOf = db.prepare("SELECT name_ar, name_en FROM event_groups WHERE group_key = ? LIMIT 1");
  return counts
    .map((c): GroupFacet => {
      const known = !c.key.startsWith("x:");
      const name = gazetteer.get(c.key) ?? (known ? (nameOf.get(c.key) as GroupName | undefined) : undefined);
      return {
        key: c.key,
        name_ar: name?.name_ar ?? c.key.replace(/^x:/, ""),
        name_en: name?.name_en ?? null,
        known,
        events: c.events,
      };
    })
    .sort((a, b) => b.events - a.events || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
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
  const f = filter ? filterSql(filter, { skipPlace: true }) : { where: "1", params: [] as unknown[] };
  const places = db
    .prepare(
      `SELECT e.place_id AS id, COALESCE(p.name_ar, MIN(e.place_name_ar), MIN(e.place_text)) AS name_ar, p.name_en AS name_en,
         COALESCE(p.governorate, MIN(e.place_governorate)) AS governorate, COUNT(*) AS events
       FROM events e LEFT JOIN places p ON p.id = e.place_id
       WHERE e.place_id IS NOT NULL AND ${f.where}
       GROUP BY e.place_id ORDER BY events DESC, e.place_id`,
    )
    .all(...f.params) as PlaceFacet[];
  // A governorate is named on events; its gazetteer entry (kind 'governorate') gives the id the filter also accepts.
  const governorates = db
    .prepare(
      `SELECT e.place_governorate AS governorate, p.id AS id, p.name_ar AS name_ar, p.name_en AS name_en, COUNT(*) AS events
       FROM events e LEFT JOIN places p ON p.kind = 'governorate' AND p.governorate = e.place_governorate
       WHERE e.place_governorate IS NOT NULL AND ${f.where}
       GROUP BY e.place_governorate ORDER BY events DESC, e.place_governorate`,
    )
    .all(...f.params) as GovernorateFacet[];
  return { places, governorates };
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
  const f = filter ? filterSql(filter, { skipDestination: true }) : { where: "1", params: [] as unknown[] };
  const rows = db
    .prepare(
      `SELECT COALESCE(e.destination_group_id, e.destination_area, e.destination_text) AS value,
         CASE WHEN e.destination_group_id IS NOT NULL THEN 'group' WHEN e.destination_area IS NOT NULL THEN 'area' ELSE 'text' END AS type,
         COALESCE(g.name_ar, MIN(e.destination_text)) AS name_ar, g.name_en AS name_en, COUNT(*) AS events
       FROM events e LEFT JOIN groups g ON g.id = e.destination_group_id
       WHERE e.destination_text IS NOT NULL AND ${f.where}
       GROUP BY value, type ORDER BY events DESC, value LIMIT ?`,
    )
    .all(...f.params, limit) as DestinationFacet[];
  for (const r of rows) if (r.type === "area") r.name_ar = r.value;
  return rows;
}
