import { cacheLife, cacheTag, revalidateTag } from "next/cache";
import { dataVersion, loadDashboard } from "@/lib/query/dal";
import { renderDashboardView, type DashboardView, type SearchParams } from "@/app/_components/Dashboard";
import type { Lang } from "@/lib/i18n/messages";

/**
 * The dashboard's rendered view through Next's `'use cache'` (enabled by `experimental.useCache` in
 * next.config.ts, without `cacheComponents`, so pages keep rendering as before): many readers open the
 * same few links when a story breaks, and for a repeated address the React render of the table, the
 * filters and the chart's props cost more than the queries. What is cached is the RSC output of
 * everything below the page frame (the frame shows the viewer, so it is rendered for each request).
 *
 * Freshness: the key holds the data version (dal.ts `dataVersion`), so a change to the data (an ingest
 * by the CLI in another process, a review decision) is a new key and no stale view is ever served for
 * it; entries also carry DATA_TAG, so `revalidateData()` drops them all at once (call it after any
 * mutation made by this server: a review decision, a report added from the app).
 */
export const DATA_TAG = "inshiqaq-data";

/** Marks every cached dashboard view stale: the next request renders it again. */
export function revalidateData(): void {
  revalidateTag(DATA_TAG, { expire: 0 });
}

/** How many times this process rendered a dashboard view (read by the cache's test through the page's `data-renders`). */
let renders = 0;

function renderCounted(searchParams: SearchParams, lang: Lang): DashboardView {
  renders += 1;
  return renderDashboardView(searchParams, lang, loadDashboard, renders);
}

/**
 * Cached per (address as received, language, data version): the arguments are the key. The address is
 * the received one, not the canonical, because its notices depend on how it was written; non-canonical
 * well-formed addresses are redirected before they get here, so few keys are spent on variants.
 */
async function cachedView(searchParams: SearchParams, lang: Lang, version: number): Promise<DashboardView> {
  "use cache";
  cacheTag(DATA_TAG);
  cacheLife("hours");
  void version;
  return renderCounted(searchParams, lang);
}

/** INSHIQAQ_DATA_CACHE=off turns the cache off (benchmarks measure the uncached render with it). */
const CACHE_OFF = process.env.INSHIQAQ_DATA_CACHE === "off";

/** The dashboard view of this address and language, from the cache when the data has not changed since it was rendered. */
export async function dashboardView(searchParams: SearchParams, lang: Lang): Promise<DashboardView> {
  if (CACHE_OFF) return renderCounted(searchParams, lang);
  return cachedView(searchParams, lang, dataVersion());
}
