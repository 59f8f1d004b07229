import { revalidateTag, unstable_cache } from "next/cache";
import { dataQuery, dataVersion, loadDashboard, type DashboardData } from "@/lib/query/dal";
import { canonicalSearch, type DashboardQuery } from "@/lib/query/url";

/**
 * The dashboard's data through Next's data cache (`unstable_cache`): many readers open the same few
 * links when a story breaks, and the queries are most of a render's cost on a large store.
 *
 * Freshness: the key holds the data version (dal.ts `dataVersion`), so a change to the data is a new
 * key and no stale result is ever served for it; entries also carry DATA_TAG, so `revalidateData()`
 * drops them all at once (call it after any mutation made by this server: a review decision, an
 * ingest run from the app). The cache is Next's own (in memory and under .next/cache), not ours.
 *
 * Why not `'use cache'` with cacheLife/cacheTag: it needs `cacheComponents`, which changes how every
 * page here renders (no `dynamic = "force-dynamic"`, request data only inside Suspense); left for later.
 */
export const DATA_TAG = "inshiqaq-data";

/**
 * After a mutation made by this server: brings the process's event index up to date through the
 * connection that wrote (pages read through their bundle's own connection, which would see another
 * connection's commit only after the index's refresh interval), then marks every cached dashboard
 * result stale, so the next request shows the change.
 */
export function revalidateData(): void {
  dataVersion();
  revalidateTag(DATA_TAG, { expire: 0 });
}

/**
 * The data version counts snapshots from 1 in each server process, but Next keeps this cache on disk
 * (.next/cache) across restarts: without this process's own token, a restarted server (or one on another
 * database) could be served a previous process's result under the same version number.
 */
const PROCESS_TOKEN = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

const cachedDashboard = unstable_cache(
  async (search: string, version: string, query: DashboardQuery, topGroups: number): Promise<DashboardData> => {
    void search;
    void version;
    return loadDashboard(query, topGroups);
  },
  ["dashboard-data"],
  { tags: [DATA_TAG], revalidate: 3600 },
);

/** INSHIQAQ_DATA_CACHE=off turns the cache off (benchmarks measure the uncached render with it). */
const CACHE_OFF = process.env.INSHIQAQ_DATA_CACHE === "off";

/**
 * loadDashboard, cached per canonical address, data version and — sorting by groups, whose order
 * follows the names each language shows — the language (`dataQuery`; otherwise it does not change the data).
 */
export async function dashboardData(query: DashboardQuery, topGroups: number): Promise<DashboardData> {
  const dataOnly = dataQuery(query);
  if (CACHE_OFF) return loadDashboard(dataOnly, topGroups);
  return cachedDashboard(`${canonicalSearch(dataOnly)}#${dataOnly.lang}`, `${PROCESS_TOKEN}:${dataVersion()}`, dataOnly, topGroups);
}
