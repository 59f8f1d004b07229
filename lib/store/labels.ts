import type { EventDestination, EventGroup, EventPlace } from "../extract/types";

/**
 * The labels the table's groups, place and destination columns sort by, for an event
 * (lib/store/write.ts) and for an incident's combined values (lib/store/incidents.ts): what the row
 * shows. Migrations 7 and 10 state the same for the rows stored before them, in SQL.
 */

/** The groups as the English interface lists them: the English names when known, else the Arabic, joined. */
export function groupsLabel(groups: readonly Pick<EventGroup, "name_en" | "name_ar">[]): string {
  return groups.map((g) => g.name_en ?? g.name_ar).join(" / ");
}

/** The groups as the Arabic interface lists them (`/ar`): the Arabic names, joined. */
export function arabicGroupsLabel(groups: readonly Pick<EventGroup, "name_ar">[]): string {
  return groups.map((g) => g.name_ar).join(" / ");
}

/** The place: its gazetteer's Arabic name, else the words of the report. */
export function placeLabel(place: Pick<EventPlace, "name_ar" | "text"> | null): string | null {
  return place ? (place.name_ar ?? place.text) : null;
}

/** The destination: the words of the report. */
export function destinationLabel(destination: Pick<EventDestination, "text"> | null): string | null {
  return destination?.text ?? null;
}
