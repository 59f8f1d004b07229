import { expect, test } from "./fixtures";

const SEEDS = ["000_3b93e504cde6c02c", "001_84516b5837bfb85c", "002_a1b031b01cb16927", "003_69d4fb9bd9d2fdea", "004_2190b06150921dc5"];

test("the report index lists the five seed reports with their publication windows", async ({ page }) => {
  await page.goto("/reports");
  for (const id of SEEDS) await expect(page.locator(`[data-report-id="${id}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-report-id="003_69d4fb9bd9d2fdea"]`)).toContainText("2021-06-14..2021-06-30");
  await page.screenshot({ path: "e2e/output/reports.png", fullPage: true });
});

test("a report page shows the whole text right-to-left with its publication window", async ({ page }) => {
  await page.goto("/reports");
  await page.locator(`[data-report-id="003_69d4fb9bd9d2fdea"] a`).click();
  await expect(page).toHaveURL(/\/reports\/003_69d4fb9bd9d2fdea$/);
  const body = page.getByTestId("report-body");
  await expect(body).toHaveAttribute("dir", "rtl");
  await expect(body).toContainText("الدفاع الوطني");
  await expect(page.getByTestId("published")).toHaveText("2021-06-14..2021-06-30");
  // Every event and every date expression is highlighted, as elements inside the text.
  await expect(body.locator("mark.hl-trigger")).not.toHaveCount(0);
  await expect(body.locator("mark.hl-date-expression, mark.hl-date")).not.toHaveCount(0);
  await expect(body.locator("script, img")).toHaveCount(0);
  await page.screenshot({ path: "e2e/output/report.png", fullPage: true });
});
