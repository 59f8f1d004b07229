import type { EventDestination, EventGroup, EventPlace } from "../extract/types";

/**
 * The labels the table's groups, place and destination columns sort by, for an event
 * (lib/store/write.ts) and for an incident's combined values (lib/store/incidents.ts): what the row
 * shows. Migration 7 states the same for the incidents stored before it, in SQL.
 */

/** The groups: the English names when known, else the Arabic, joined. */
export function groupsLabel(groups: readonly Pick<EventGroup, "name_en" | "name_ar">[]): string {
  return groups.map((g) => g.name_en ?? g.name_ar).join(" / ");
}

/** The place: its gazetteer's Arabic name, else the words of the report. */
export function placeLabel(place: Pick<EventPlace, "name_ar" | "text"> | null): string | null {
  return place ? (place.name_ar ?? place.text) : null;
}

/** The destination: the words of the report. */
export function destinationLabel(destination: Pick<EventDestination, "text"> | null): string | null {
  return destination?.text ?? null;
}
