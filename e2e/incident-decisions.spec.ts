import { count, makeUser } from "./accounts";
import { expect, test } from "./fixtures";

/**
 * Analysts split and merge incidents (issue 12), end to end in Chromium: anonymous requests are refused
 * and write nothing; an editor splits a telling out of the seed corpus's one two-report incident from
 * the incident page, with a reason; the decision is in the log; undo puts the incident back as it was
 * (the other specs assert that incident).
 */

const EDITOR = { email: "editor-incidents-e2e@example.org", name: "Incident Editor", password: "incident-editor-password" };
const A = "005_incident_told_twice_a~0";
const B = "006_incident_told_twice_b~0";

test.describe.configure({ mode: "serial" });

test.beforeAll(() => makeUser(EDITOR, "editor"));

test("anonymous merge and split requests get 401/403 and write nothing; readers see no buttons", async ({ page, request, baseURL }) => {
  const before = count("SELECT COUNT(*) FROM decisions");
  const forms: Array<Record<string, string>> = [{ action: "split", event: B, reason: "x" }, { action: "merge", event: A, other: B, reason: "x" }];
  for (const form of forms) {
    expect((await request.post("/api/review", { headers: { Origin: baseURL! }, form })).status()).toBe(401);
    expect((await request.post("/api/review", { headers: { Origin: "https://evil.example" }, form })).status()).toBe(403);
  }
  expect(count("SELECT COUNT(*) FROM decisions")).toBe(before);
  await page.goto(`/incidents/${encodeURIComponent(`inc~${A}`)}`);
  await expect(page.getByTestId("telling")).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Split out" })).toHaveCount(0);
});

test("an editor splits a telling out with a reason, then undoes it", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "Review" })).toBeVisible();

  // Proposed merges are review items too (the seed corpus may have none: the section is there either way).
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Proposed merges (possibly one incident)" })).toBeVisible();

  await page.goto(`/incidents/${encodeURIComponent(`inc~${A}`)}`);
  const row = page.locator(`[data-testid=telling][data-event-id="${B}"]`);
  await row.getByLabel("Reason").fill("نهر ميديا describes another withdrawal");
  await row.getByRole("button", { name: "Split out" }).click();
  await expect(page.getByRole("status")).toContainText("Saved: split");
  await expect(page.getByTestId("telling")).toHaveCount(1);
  await expect(page.getByTestId("telling")).toHaveAttribute("data-event-id", A);
  expect(count("SELECT COUNT(*) FROM decisions WHERE action = 'split' AND user_name = ?", EDITOR.name)).toBe(1);

  // The dashboard counts two incidents now (its index follows other connections' commits within a second).
  const total = async () => {
    await page.goto("/?groups=4th-division");
    return page.getByTestId("total-events").textContent();
  };
  await expect.poll(total).toBe("2");

  // Undo (the queue's u) withdraws the split: one incident again, told by 2 reports.
  const undo = await page.request.post("/api/review", { headers: { Origin: new URL(page.url()).origin }, form: { action: "undo" }, maxRedirects: 0 });
  expect(undo.status()).toBe(303);
  await page.goto(`/incidents/${encodeURIComponent(`inc~${A}`)}`);
  await expect(page.getByTestId("telling")).toHaveCount(2);
  await expect.poll(total).toBe("1");
});
