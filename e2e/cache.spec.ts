import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * The dashboard's view is cached per address, language and data version (app/_lib/cache.ts, `'use cache'`).
 * `data-render` on the view says which render of the server process produced it: a cached view repeats it.
 * That data changes show up at once (a review decision, a re-extraction) is proven in review.spec.ts.
 */

async function renderOf(page: Page): Promise<string> {
  const value = await page.locator(".dashboard").getAttribute("data-render");
  expect(value).toMatch(/^\d+$/);
  return value!;
}

test("a repeated address is served from the cached view; another address, language or sign-in state is not mixed up", async ({ page }) => {
  await page.goto("/?sort=count");
  const first = await renderOf(page);
  const rows = await page.locator("[data-testid=events-table] tbody tr").count();
  await page.reload();
  expect(await renderOf(page)).toBe(first);
  expect(await page.locator("[data-testid=events-table] tbody tr").count()).toBe(rows);

  // Another sort and the other language are other views, rendered for themselves.
  await page.goto("/?dir=asc&sort=count");
  const ascending = await renderOf(page);
  expect(ascending).not.toBe(first);
  await page.goto("/ar?sort=count");
  const arabic = await renderOf(page);
  expect([first, ascending]).not.toContain(arabic);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByTestId("lang-toggle")).toHaveAttribute("href", "/?sort=count");

  // The frame is not cached: an anonymous reader is offered "Sign in" on a cached view.
  await page.goto("/?sort=count");
  expect(await renderOf(page)).toBe(first);
  await expect(page.getByTestId("nav-sign-in")).toBeVisible();
});

test("a client navigation to a cached view is answered as RSC from the cache", async ({ page }) => {
  await page.goto("/?sort=count");
  const first = await renderOf(page);
  await page.goto("/");
  const documents: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "document") documents.push(r.url());
  });
  await page.locator('a.sort-link[href="/?sort=count"]').click();
  await expect(page).toHaveURL(/sort=count/);
  await expect.poll(() => renderOf(page)).toBe(first);
  expect(documents).toEqual([]);
});
