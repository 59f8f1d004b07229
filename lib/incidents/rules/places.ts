import { foldLetters } from "../../arabic/normalize";
import type { EventPlace } from "../../extract/types";
import type { IncidentGazetteer } from "../gazetteer";

/**
 * Rule: two tellings' places are compatible when
 *  - one of them is unknown (no place, or a place the gazetteer does not know: we cannot say it differs),
 *  - they are the same gazetteer place,
 *  - or one is a governorate and the other lies in it (دير الزور ⊃ الميادين).
 * Two different gazetteer places that do not contain each other keep the tellings apart.
 */
export function placesCompatible(a: EventPlace | null, b: EventPlace | null, gaz: IncidentGazetteer): boolean {
  if (a === null || b === null || a.id === null || b.id === null) return true;
  return a.id === b.id || contains(a, b, gaz) || contains(b, a, gaz);
}

/** The gazetteer town a telling names (not a governorate, a region or abroad), or null. */
export function townOf(p: Pick<EventPlace, "id"> | null | undefined, gaz: IncidentGazetteer): string | null {
  return p?.id != null && gaz.placeKind(p.id) === "town" ? p.id : null;
}

/** Both name one gazetteer town: a detail of the story, where a governorate agrees with too much. */
export function sameTown(a: Pick<EventPlace, "id"> | null | undefined, b: Pick<EventPlace, "id"> | null | undefined, gaz: IncidentGazetteer): boolean {
  const town = townOf(a, gaz);
  return town !== null && town === b?.id;
}

/** Whether `outer` is a governorate and `inner` lies in it. */
export function contains(outer: EventPlace, inner: EventPlace, gaz: IncidentGazetteer): boolean {
  return (
    outer.id !== null &&
    gaz.placeKind(outer.id) === "governorate" &&
    outer.governorate !== null &&
    inner.governorate === outer.governorate
  );
}

/**
 * How specific a place is: a gazetteer town (3) over a named place the gazetteer does not know (2,
 * "قرية X" is usually a village) over a governorate, a region or a country (1).
 */
export function placeSpecificity(p: EventPlace, gaz: IncidentGazetteer): number {
  if (p.id === null) return 2;
  return gaz.placeKind(p.id) === "town" ? 3 : 1;
}

/** What makes two places the same for the conflict list: the gazetteer id, else the folded words. */
export function placeIdentity(p: EventPlace): string {
  return p.id ?? `text:${foldLetters(p.text).replace(/\s+/g, " ").trim()}`;
}
