import type { EventRow } from "@/lib/query/types";
import type { CsvValue } from "@/lib/csv/csv";

/** The columns of the CSV export, and the same facts for the JSON one. */
export const CSV_HEADER = [
  "id", "kind", "date_start", "date_end", "date_grain", "date_basis", "date_expression", "date_explanation",
  "groups", "group_keys", "count_low", "count_best", "count_high", "count_text",
  "place", "place_id", "governorate", "destination", "destination_group", "destination_area",
  "confidence", "report_id", "report_title", "report_url", "event_path", "incident_id", "incident_tellings", "incident_conflicts", "review_status",
] as const;

export function csvValues(e: EventRow): CsvValue[] {
  return [
    e.id, e.kind, e.start, e.end, e.grain, e.dateBasis, e.dateText, e.dateExplanation,
    e.groups.map((g) => g.name_en ?? g.name_ar).join(" | "), e.groups.map((g) => g.key).join(" | "),
    e.count?.low, e.count?.best, e.count?.high, e.count?.text,
    e.place ? (e.place.name_ar ?? e.place.text) : null, e.place?.id, e.place?.governorate,
    e.destination?.text, e.destination?.group_id, e.destination?.area,
    e.confidence, e.reportId, e.reportTitle, e.reportUrl, `/events/${encodeURIComponent(e.id)}`, e.incidentId, e.tellings, e.conflicts.join(" | "), e.reviewStatus,
  ];
}

export function jsonEvent(e: EventRow) {
  return {
    id: e.id,
    kind: e.kind,
    date: { start: e.start, end: e.end, grain: e.grain, basis: e.dateBasis, expression: e.dateText, explanation: e.dateExplanation },
    groups: e.groups,
    count: e.count,
    place: e.place,
    destination: e.destination,
    confidence: e.confidence,
    review_status: e.reviewStatus,
    report: { id: e.reportId, title: e.reportTitle, url: e.reportUrl },
    path: `/events/${encodeURIComponent(e.id)}`,
    // What the incident's tellings disagree on (date, count, place, destination): its page explains them.
    incident: { id: e.incidentId, tellings: e.tellings, conflicts: e.conflicts },
  };
}
