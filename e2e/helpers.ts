import type { Page } from "@playwright/test";

/** The event ids of the table, in order. */
export async function rowIds(page: Page): Promise<string[]> {
  return page.locator("[data-testid=events-table] tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-event-id") ?? ""));
}

/**
 * rowIds for expect.poll across history steps: if the browser does a full load in the middle of a
 * back/forward step (seen about 1 run in 4, also before the lang work), the read is retried instead
 * of failing on "execution context was destroyed"; the view must still end up the same.
 */
export async function rowIdsAfterNavigation(page: Page): Promise<string[] | null> {
  try {
    return await rowIds(page);
  } catch (error) {
    if (/context was destroyed|navigat/i.test(String(error))) return null;
    throw error;
  }
}

/** The best counts of the table's rows, in order (null for "no count"). */
export async function rowCounts(page: Page): Promise<(number | null)[]> {
  return page.locator("[data-testid=events-table] tbody tr").evaluateAll((rows) =>
    rows.map((r) => {
      const v = r.querySelector("[data-count-best]")?.getAttribute("data-count-best");
      return v == null ? null : Number(v);
    }),
  );
}

/** Waits until the chart's SVG is drawn and returns the keys of its series. */
export async function chartSeries(page: Page): Promise<string[]> {
  const chart = page.getByTestId("trend-chart");
  await chart.locator("svg.recharts-surface").waitFor();
  return ((await chart.getAttribute("data-series")) ?? "").split(",").filter(Boolean);
}
