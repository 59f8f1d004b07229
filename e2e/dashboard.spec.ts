import fs from "node:fs";
import { expect, test } from "./fixtures";
import { chartSeries, rowCounts, rowIds, rowIdsAfterNavigation } from "./helpers";

/** The group filter options as the server lists them: key and event count, most events first. */
async function groupOptions(page: import("@playwright/test").Page) {
  return page.locator(".group-option").evaluateAll((labels) =>
    labels.map((l) => ({ key: l.getAttribute("data-group-key") ?? "", events: Number(l.querySelector(".count")?.textContent ?? "0") })),
  );
}

test("the chart draws the total and the top groups, each with its band, a legend and a text alternative", async ({ page }) => {
  await page.goto("/");
  const groups = await groupOptions(page);
  expect(groups.length, "the seed corpus names at least one group").toBeGreaterThan(0);
  const expected = ["total", ...groups.slice(0, 5).map((g) => g.key)].sort();
  const series = await chartSeries(page);
  expect([...series].sort()).toEqual(expected);
  const chart = page.getByTestId("trend-chart");
  await expect(chart.locator(".recharts-line")).toHaveCount(series.length);
  await expect(chart.locator(".recharts-area")).toHaveCount(series.length);
  await expect(chart.locator(".recharts-line-curve").first()).toHaveAttribute("d", /M[\d.]+/);
  await expect(page.locator(".legend-words")).toContainText("certain");
  await expect(page.locator(".legend-series li")).toHaveCount(series.length);
  await page.getByTestId("series-table").locator("summary").click();
  await expect(page.getByTestId("series-table").locator("tbody tr").first()).toBeVisible();
  await page.screenshot({ path: "e2e/output/dashboard.png", fullPage: true });
});

test("the chart downloads as SVG and as PNG under the page's CSP", async ({ page }) => {
  await page.goto("/");
  await chartSeries(page);
  const svgDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download SVG" }).click();
  const svg = fs.readFileSync((await (await svgDownload).path())!, "utf8");
  expect(svg.startsWith("<svg")).toBe(true);
  expect(svg).toContain("recharts-line-curve");
  const pngDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PNG" }).click();
  const png = fs.readFileSync((await (await pngDownload).path())!);
  expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
  expect(png.length).toBeGreaterThan(2000);
});

test("choosing a group changes the chart, the table and the URL together", async ({ page }) => {
  await page.goto("/");
  const [first] = await groupOptions(page);
  await chartSeries(page);
  await page.locator(`.group-option[data-group-key="${first.key}"] input`).check();
  await page.getByTestId("apply-filters").click();
  await expect(page).toHaveURL(new RegExp(`[?&]groups=${encodeURIComponent(first.key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await expect(page.getByTestId("total-events")).toHaveText(String(first.events));
  await expect.poll(() => chartSeries(page)).toEqual(expect.arrayContaining([first.key]));
  expect((await chartSeries(page)).filter((k) => k !== "total")).toEqual([first.key]);
  const rows = page.locator("[data-testid=events-table] tbody tr");
  const n = await rows.count();
  expect(n).toBe(Math.min(first.events, 25));
  for (let i = 0; i < n; i++) await expect(rows.nth(i).locator(`[data-group-key="${first.key}"]`)).toHaveCount(1);
});

test("sorting by count, descending, puts the largest first and survives a reload", async ({ page }) => {
  await page.goto("/?size=100");
  await chartSeries(page); // hydrated: a click during hydration can be lost (a flake seen under load)
  await page.locator('th[data-column="count"] a').click();
  await expect(page).toHaveURL(/sort=count/);
  await expect(page.locator('th[data-column="count"]')).toHaveAttribute("aria-sort", "descending");
  const counts = await rowCounts(page);
  const numbers = counts.filter((c): c is number => c !== null);
  expect(numbers.length).toBeGreaterThan(0);
  expect(counts[0]).toBe(Math.max(...numbers));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  // Events with no count come after every counted one when the largest are first.
  const firstNull = counts.indexOf(null);
  if (firstNull >= 0) expect(counts.slice(firstNull).every((c) => c === null)).toBe(true);
  const before = await rowIds(page);
  await page.reload();
  await expect(page.locator('th[data-column="count"]')).toHaveAttribute("aria-sort", "descending");
  expect(await rowIds(page)).toEqual(before);
  // The header is a link, so the keyboard sorts too: it reverses to ascending.
  await page.locator('th[data-column="count"] a').focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/dir=asc/);
  await expect(page.locator('th[data-column="count"]')).toHaveAttribute("aria-sort", "ascending");
});

test("a copied link opened in a fresh browser shows the same rows in the same order", async ({ page, browser, baseURL }) => {
  await page.goto("/?sort=confidence&dir=asc&size=10");
  await chartSeries(page); // hydrated: a click during hydration can be lost (a flake seen under load)
  await page.getByTestId("copy-link").click();
  const url = await page.getByTestId("copied-url").inputValue();
  expect(url.startsWith(baseURL!)).toBe(true);
  const ids = await rowIds(page);
  expect(ids.length).toBeGreaterThan(0);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  expect(await rowIds(other)).toEqual(ids);
  await fresh.close();
});

test("back and forward restore earlier views", async ({ page }) => {
  await page.goto("/");
  await chartSeries(page); // hydrated: a click during hydration can be lost (a flake seen under load)
  const first = await rowIds(page);
  await page.locator('th[data-column="count"] a').click();
  await expect(page).toHaveURL(/sort=count/);
  const second = await rowIds(page);
  await page.getByRole("link", { name: "10", exact: true }).click();
  await expect(page).toHaveURL(/size=10/);
  const third = await rowIds(page);
  await page.goBack();
  await expect(page).toHaveURL(/sort=count$/);
  await expect.poll(() => rowIdsAfterNavigation(page)).toEqual(second);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => rowIdsAfterNavigation(page)).toEqual(first);
  await page.goForward();
  await expect.poll(() => rowIdsAfterNavigation(page)).toEqual(second);
  await page.goForward();
  await expect.poll(() => rowIdsAfterNavigation(page)).toEqual(third);
});

test("an event page highlights its spans in the right-to-left source sentence", async ({ page }) => {
  await page.goto("/");
  await chartSeries(page); // hydrated: a click during hydration can be lost (a flake seen under load)
  await page.locator("[data-testid=events-table] tbody tr td[data-column=kind]").first().click();
  await expect(page).toHaveURL(/\/events\//);
  const evidence = page.getByTestId("evidence");
  await expect(evidence).toHaveAttribute("dir", "rtl");
  await expect(evidence.locator("mark.hl-trigger")).not.toHaveCount(0);
  await expect(evidence.locator("mark.hl-group")).not.toHaveCount(0);
  await expect(page.getByTestId("date-explanation")).not.toBeEmpty();
  await page.screenshot({ path: "e2e/output/event.png", fullPage: true });
  await page.getByTestId("group-link").click();
  await expect(page).toHaveURL(/groups=/);
});

test("the CSV download holds the filtered rows, with a BOM", async ({ page }) => {
  await page.goto("/");
  const [first] = await groupOptions(page);
  await page.goto(`/?groups=${encodeURIComponent(first.key)}`);
  const downloadPromise = page.waitForEvent("download");
  await page.getByTestId("csv-link").click();
  const download = await downloadPromise;
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split("\r\n").filter((l) => l !== "");
  expect(lines[0].startsWith("id,kind,date_start,date_end")).toBe(true);
  expect(lines.length - 1).toBe(first.events);
  const keyColumn = lines[0].split(",").indexOf("group_keys");
  expect(keyColumn).toBeGreaterThan(0);
  // Every row names the group (multi-line cells are not expected in these columns).
  for (const line of lines.slice(1)) expect(line).toContain(first.key);
});

test("a URL full of bad parameters shows the notice and a working page", async ({ page }) => {
  await page.goto("/?from=banana&to=2021-13&page=-3&size=100000&groups=no-such-group&sort=password&dir=sideways&grain=day&metric=%3Cscript%3E&kind=x&evil=1");
  const notices = page.getByTestId("notices");
  await expect(notices).toBeVisible();
  await expect(notices).toContainText("from");
  await expect(notices).toContainText("unknown group");
  await expect(page.locator("[data-testid=events-table] tbody tr").first()).toBeVisible();
  await chartSeries(page);
  await page.screenshot({ path: "e2e/output/bad-params.png", fullPage: true });
});

test("the dashboard works at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await chartSeries(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.screenshot({ path: "e2e/output/dashboard-phone.png", fullPage: true });
});

test("the dashboard reads, filters and pages without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("[data-testid=events-table] tbody tr").first()).toBeVisible();
  await page.locator(".group-option input").first().check();
  await page.getByTestId("apply-filters").click();
  await expect(page).toHaveURL(/\?groups=[^&]+$/);
  await page.locator('th[data-column="count"] a').click();
  await expect(page).toHaveURL(/sort=count/);
  await context.close();
});
