import { cache } from "react";
import { loadCurrentIncidentId, loadEvent, loadIncident, loadReport } from "@/lib/query/dal";
import { routeId } from "./params";

/**
 * Loaders that a page and its generateMetadata both call, once per request (React.cache): the
 * event or report is read once, not twice. A malformed id is null (→ 404), never an error.
 */
export const eventForRoute = cache((raw: string) => {
  const id = routeId(raw);
  return id === null ? null : loadEvent(id);
});

export const incidentForRoute = cache((raw: string) => {
  const id = routeId(raw);
  return id === null ? null : loadIncident(id);
});

/** The incident an incident link leads to now when its id no longer names one (a merge or split since): its id, or null. */
export const incidentNowHolding = cache((raw: string) => {
  const id = routeId(raw);
  return id === null ? null : loadCurrentIncidentId(id);
});

export const reportForRoute = cache((raw: string) => {
  const id = routeId(raw);
  return id === null ? null : loadReport(id);
});
