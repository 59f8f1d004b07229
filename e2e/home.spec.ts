import { expect, test } from "./fixtures";

const SEEDS = ["000_3b93e504cde6c02c", "001_84516b5837bfb85c", "002_a1b031b01cb16927", "003_69d4fb9bd9d2fdea", "004_2190b06150921dc5"];

test("the dashboard lists the five seed reports with their publication windows", async ({ page }) => {
  await page.goto("/");
  for (const id of SEEDS) await expect(page.locator(`[data-report-id="${id}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-report-id="003_69d4fb9bd9d2fdea"]`)).toContainText("2021-06-14..2021-06-30");
  await page.screenshot({ path: "e2e/output/home.png", fullPage: true });
});
