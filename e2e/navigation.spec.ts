import type { Page, Request } from "@playwright/test";
import { expect, test } from "./fixtures";
import { chartSeries, rowIds } from "./helpers";

/**
 * Client navigation is really client-side: after a sort click, a page click and a filter change, a
 * marker set on `window` before the click is still there (no new document), the browser made no
 * document request, and every router request (navigation or prefetch) completed as an RSC payload.
 */

interface Traffic {
  documents: string[];
  rsc: { url: string; done: boolean; status: number | null; type: string | null; failure?: string }[];
}

function watch(page: Page): Traffic {
  const traffic: Traffic = { documents: [], rsc: [] };
  const entries = new Map<Request, Traffic["rsc"][number]>();
  page.on("request", (request) => {
    if (request.resourceType() === "document") traffic.documents.push(request.url());
    else if (request.headers()["rsc"] === "1") {
      const entry = { url: request.url(), done: false, status: null, type: null };
      entries.set(request, entry);
      traffic.rsc.push(entry);
    }
  });
  page.on("requestfinished", async (request) => {
    const entry = entries.get(request);
    if (!entry) return;
    const response = await request.response();
    entry.status = response?.status() ?? null;
    entry.type = response?.headers()["content-type"] ?? null;
    entry.done = true;
  });
  page.on("requestfailed", async (request) => {
    const entry = entries.get(request);
    if (!entry) return;
    const response = await request.response().catch(() => null);
    entry.status = response?.status() ?? null;
    entry.type = response?.headers()["content-type"] ?? null;
    entry.failure = request.failure()?.errorText ?? "failed";
    entry.done = true;
  });
  return traffic;
}

async function setMarker(page: Page, value: string) {
  await page.evaluate((v) => ((window as unknown as { __inshiqaqMarker: string }).__inshiqaqMarker = v), value);
}

async function marker(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { __inshiqaqMarker?: string }).__inshiqaqMarker);
}

/**
 * Every router request made so far settled (none left pending) with a 200 RSC payload, never HTML.
 * The router reads a prefetch's payload up to what it needs and then cancels the rest of the body:
 * such a request ends as "aborted" in the browser after its RSC response arrived, which is fine;
 * an abort before any response is not. `targets` must each have been answered.
 */
async function expectRscOnly(traffic: Traffic, targets: RegExp[]) {
  expect(traffic.rsc.length, "the router made RSC requests").toBeGreaterThan(0);
  await expect.poll(() => traffic.rsc.filter((r) => !r.done).map((r) => r.url), { timeout: 10_000 }).toEqual([]);
  for (const r of traffic.rsc) {
    if (r.failure) expect(r.failure, r.url).toBe("net::ERR_ABORTED");
    if (r.failure && r.status === null) continue; // cancelled before it was answered: the router no longer needed it
    expect(r.status, r.url).toBe(200);
    expect(r.type, r.url).toMatch(/^text\/x-component/);
  }
  for (const target of targets) expect(traffic.rsc.some((r) => r.status === 200 && target.test(r.url)), String(target)).toBe(true);
}

test("sorting, paging and filtering navigate on the client: same document, RSC responses only", async ({ page }) => {
  await page.goto("/?size=10");
  await chartSeries(page); // hydrated
  const traffic = watch(page);

  // A sort click.
  await setMarker(page, "sort");
  const before = await rowIds(page);
  await page.locator('th[data-column="count"] a').click();
  await expect(page).toHaveURL(/[?&]sort=count/);
  await expect(page.locator('th[data-column="count"]')).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => rowIds(page)).not.toEqual(before);
  expect(await marker(page)).toBe("sort");

  // A page click (the seed corpus has more than 10 events).
  await setMarker(page, "page");
  const firstPage = await rowIds(page);
  await page.locator('.pager a[rel="next"]').click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect.poll(() => rowIds(page)).not.toEqual(firstPage);
  expect(await marker(page)).toBe("page");

  // A filter change through the form.
  await setMarker(page, "filter");
  const option = page.locator(".group-option").first();
  const key = (await option.getAttribute("data-group-key"))!;
  await option.locator("input").check();
  await page.getByTestId("apply-filters").click();
  await expect(page).toHaveURL(new RegExp(`[?&]groups=${encodeURIComponent(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await expect.poll(async () => (await chartSeries(page)).filter((k) => k !== "total")).toEqual([key]);
  expect(await marker(page)).toBe("filter");

  expect(traffic.documents, "no document request after the first load").toEqual([]);
  await expectRscOnly(traffic, [/\?groups=[^&]+&sort=count&size=10&_rsc=/]);
});

test("the same holds in Arabic under /ar", async ({ page }) => {
  await page.goto("/ar?size=10");
  await chartSeries(page);
  const traffic = watch(page);
  await setMarker(page, "ar");
  await page.locator('th[data-column="count"] a').click();
  await expect(page).toHaveURL(/\/ar\?.*sort=count/);
  await expect(page.locator('th[data-column="count"]')).toHaveAttribute("aria-sort", "descending");
  const firstPage = await rowIds(page);
  await page.locator('.pager a[rel="next"]').click();
  await expect(page).toHaveURL(/\/ar\?.*page=2/);
  await expect.poll(() => rowIds(page)).not.toEqual(firstPage);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  expect(await marker(page)).toBe("ar");
  expect(traffic.documents).toEqual([]);
  await expectRscOnly(traffic, [/\/ar\?sort=count&page=2&size=10&_rsc=/]);
});

test("link prefetches of dashboard addresses complete as RSC payloads", async ({ page }) => {
  const traffic = watch(page);
  await page.goto("/?size=10");
  await chartSeries(page);
  // Links in the viewport are prefetched once the page is idle; hovering a link prefetches it too.
  await page.locator('th[data-column="kind"] a').hover();
  await expect.poll(() => traffic.rsc.filter((r) => /[?&]sort=kind/.test(r.url)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  expect(traffic.documents.length).toBe(1); // the first load only
  await expectRscOnly(traffic, [/\?sort=kind&dir=asc&size=10&_rsc=/]);
});
