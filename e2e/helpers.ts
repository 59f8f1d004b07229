import type { Page } from "@playwright/test";

/** The event ids of the table, in order. */
export async function rowIds(page: Page): Promise<string[]> {
  return page.locator("[data-testid=events-table] tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-event-id") ?? ""));
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
