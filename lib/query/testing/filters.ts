import type { EventFilter } from "../types";

/** Filters for the query tests. */
export const NO_FILTER: EventFilter = { groups: [], from: null, to: null, place: null, destination: null, kind: null, q: null };

export function filter(f: Partial<EventFilter>): EventFilter {
  return { ...NO_FILTER, ...f };
}
