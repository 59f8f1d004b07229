/**
 * The row of the events table as SQL reads it: its columns (ROW_COLUMNS, and a unit's: the incident's combined
 * values when counting incidents), its join, the ORDER BY of each sortable column, and the stored record made an
 * EventRow (`toRow`). Every SQL string is assembled from fixed fragments. The queries: events.ts.
 */
import type { DefectionEvent } from "../extract/types";
import type { IsoDay } from "../time/types";
import type { IncidentValues } from "../incidents/types";
import { INCIDENT_JOIN, withCombinedValues } from "./incident-rows";
import { DEFAULT_LANG, type Lang } from "../i18n/messages";
import { sortLanguage } from "./url";
import type { CountUnit, EventRow, SortColumn, SortDir } from "./types";

/**
 * The stored label the groups column sorts by in each interface language: what its rows show, the
 * English names where known in English, the Arabic names in `/ar` (lib/store/labels.ts). A fixed
 * column name per language: the language never reaches SQL as text.
 */
const GROUPS_LABEL: Record<Lang, "groups_label" | "groups_label_ar"> = { en: "groups_label", ar: "groups_label_ar" };


type GroupsLabel = (typeof GROUPS_LABEL)[Lang];

/** The ORDER BY of each sortable column; `e.id` breaks ties so that paging is deterministic. */
const sortSql = (groups: GroupsLabel): Record<SortColumn, string[]> => ({
  date: ["e.date_start", "e.date_end"],
  groups: [`e.${groups}`],
  count: ["e.count_best"],
  kind: ["e.kind"],
  place: ["e.place_label"],
  destination: ["e.destination_text"],
  report: ["e.report_title"],
  confidence: ["e.confidence"],
});

/**
 * Counting incidents, a row is an incident (its representative telling joined to it by INCIDENT_JOIN;
 * an incident told once is its telling): every column it shows combined sorts by the combined value
 * (date, count, kind, and the groups, place and destination labels stored with the incident,
 * lib/store/labels.ts); report and confidence by its representative telling's, as shown.
 */
const sortSqlIncidents = (groups: GroupsLabel): Record<SortColumn, string[]> => ({
  ...sortSql(groups),
  date: ["IIF(ii.tellings > 1, ii.date_start, e.date_start)", "IIF(ii.tellings > 1, ii.date_end, e.date_end)"],
  count: ["IIF(ii.tellings > 1, ii.count_best, e.count_best)"],
  kind: ["IIF(ii.tellings > 1, ii.kind, e.kind)"],
  groups: [`IIF(ii.tellings > 1, ii.${groups}, e.${groups})`],
  place: ["IIF(ii.tellings > 1, ii.place_label, e.place_label)"],
  destination: ["IIF(ii.tellings > 1, ii.destination_label, e.destination_text)"],
});

/** The terms of a sort, `e.id` last (it breaks ties, so that paging is deterministic). */
export function sortTerms(sort: SortColumn, unit?: CountUnit, lang: Lang = DEFAULT_LANG): string[] {
  const columns = (unit === "incidents" ? sortSqlIncidents : sortSql)(GROUPS_LABEL[sortLanguage(sort, lang)]);
  return [...(columns[sort] ?? columns.date), "e.id"];
}

export function orderBySql(sort: SortColumn, dir: SortDir, unit?: CountUnit, lang: Lang = DEFAULT_LANG): string {
  const d = dir === "desc" ? "DESC" : "ASC";
  return sortTerms(sort, unit, lang).map((c) => `${c} ${d}`).join(", ");
}

/** The row columns of a unit: counting incidents, with the incident's combined values (needs INCIDENT_JOIN). */
export function rowColumns(unit?: CountUnit): string {
  return unit === "incidents" ? `${ROW_COLUMNS}, IIF(ii.tellings > 1, ii.json, NULL) AS incident_json` : ROW_COLUMNS;
}

/** The FROM of a unit's rows after `events e`: the incident join when counting incidents. */
export function rowJoin(unit?: CountUnit): string {
  return unit === "incidents" ? INCIDENT_JOIN : "";
}


export const ROW_COLUMNS = `e.id, e.kind, e.date_start, e.date_end, e.grain, e.date_basis, e.date_text, e.date_explanation,
  e.count_low, e.count_best, e.count_high, e.count_text, e.place_text, e.place_id, e.place_name_ar, e.place_governorate,
  e.destination_text, e.destination_group_id, e.destination_area, e.report_id, e.report_title, e.confidence, e.review_status,
  (SELECT j.json FROM event_json j WHERE j.rid = e.rid) AS json,
  (SELECT r.url FROM reports r WHERE r.id = e.report_id) AS report_url,
  (SELECT i.id FROM incident_events m JOIN incidents i ON i.rid = m.incident_rid WHERE m.event_rid = e.rid) AS incident_id,
  (SELECT i.tellings FROM incident_events m JOIN incidents i ON i.rid = m.incident_rid WHERE m.event_rid = e.rid) AS tellings`;

export interface RowRecord {
  id: string;
  kind: EventRow["kind"];
  date_start: IsoDay;
  date_end: IsoDay;
  grain: EventRow["grain"];
  date_basis: EventRow["dateBasis"];
  date_text: string | null;
  date_explanation: string;
  count_low: number | null;
  count_best: number | null;
  count_high: number | null;
  count_text: string | null;
  place_text: string | null;
  place_id: string | null;
  place_name_ar: string | null;
  place_governorate: string | null;
  destination_text: string | null;
  destination_group_id: string | null;
  destination_area: string | null;
  report_id: string;
  report_title: string;
  confidence: number;
  review_status: string;
  json: string;
  report_url: string | null;
  incident_id: string | null;
  tellings: number | null;
  /** Counting incidents: the combined values of the row's incident (null without one). */
  incident_json?: string | null;
}

export function toRow(r: RowRecord, event: DefectionEvent = JSON.parse(r.json) as DefectionEvent): EventRow {
  const row = ownRow(r, event);
  return r.incident_json ? withCombinedValues(row, JSON.parse(r.incident_json) as IncidentValues) : row;
}

function ownRow(r: RowRecord, event: DefectionEvent): EventRow {
  return {
    id: r.id,
    kind: r.kind,
    groups: event.groups.map((g) => ({ key: g.id ?? `x:${g.name_ar}`, id: g.id, name_ar: g.name_ar, name_en: g.name_en, known: g.known })),
    start: r.date_start,
    end: r.date_end,
    grain: r.grain,
    dateBasis: r.date_basis,
    dateText: r.date_text,
    dateExplanation: r.date_explanation,
    count:
      r.count_best === null
        ? null
        : { low: r.count_low ?? r.count_best, best: r.count_best, high: r.count_high ?? r.count_best, text: r.count_text ?? "" },
    place: r.place_text === null ? null : { text: r.place_text, id: r.place_id, name_ar: r.place_name_ar, governorate: r.place_governorate },
    destination:
      r.destination_text === null ? null : { text: r.destination_text, group_id: r.destination_group_id, area: r.destination_area },
    reportId: r.report_id,
    reportTitle: r.report_title,
    reportUrl: r.report_url,
    confidence: r.confidence,
    incidentId: r.incident_id,
    tellings: r.tellings ?? 1,
    conflicts: [],
    reviewStatus: r.review_status,
  };
}
