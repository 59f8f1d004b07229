import { getDatabase } from "@/lib/store/db";
import { parseDashboardParams, queryFilter, type DashboardQuery, type SearchParamsInput } from "@/lib/query/url";

/**
 * The URL schema plus what only the store knows: groups that do not exist are dropped with a
 * notice. Shared by the dashboard and the exports so they read an address the same way.
 */
export function resolveQuery(input: SearchParamsInput): { query: DashboardQuery; notices: string[] } {
  const { query, notices } = parseDashboardParams(input);
  if (query.filter.groups.length > 0) {
    const exists = getDatabase().prepare("SELECT 1 FROM event_groups WHERE group_key = ? LIMIT 1").pluck();
    const unknown = query.filter.groups.filter((g) => !exists.get(g));
    if (unknown.length > 0) {
      query.filter.groups = query.filter.groups.filter((g) => !unknown.includes(g));
      notices.push(`Ignored ${unknown.length} unknown group${unknown.length > 1 ? "s" : ""}.`);
    }
  }
  // What a row counts travels with the filter, so every query of the page and the exports agree.
  query.filter = queryFilter(query);
  return { query, notices };
}
