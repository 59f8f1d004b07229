import type { Page } from "@playwright/test";
import { makeUser } from "./accounts";
import { expect, test } from "./fixtures";

// The fixture corpus tells one incident twice: 005_incident_told_twice_a ("أمس", published 2022-03-15 →
// 2022-03-14; "18 عنصراً": exactly 18) and 006_incident_told_twice_b ("الأسبوع الماضي", published 2022-03-17
// → 2022-03-10..16; "نحو عشرين عنصراً": 20, read as 16–24). Combined (lib/incidents/combine.ts): the day
// 2022-03-14 (the intersection), low 16 (the lowest low), high 24 (the highest high), best 18 (the exact
// figure is the most precise).
const A = "005_incident_told_twice_a~0";
const B = "006_incident_told_twice_b~0";

test("two reports of one incident are one row, told by 2 reports, whose page lists both tellings and the intersected date", async ({ page }) => {
  await page.goto("/?groups=4th-division");
  await expect(page.getByTestId("total-events")).toHaveText("1");
  const rows = page.locator("[data-testid=events-table] tbody tr");
  await expect(rows).toHaveCount(1);
  const toldBy = rows.first().getByTestId("told-by");
  await expect(toldBy).toHaveText("told by 2 reports");
  // The row, the totals and the chart count the incident once, at its combined values (not a~0's own 18–18).
  await expect(rows.first().locator(".date-link")).toContainText(/14 Mar(ch)? 2022/);
  await expect(rows.first().locator("[data-count-best]")).toHaveText("18 (16–24)");
  const people = page.getByTestId("total-people");
  await expect(people).toHaveAttribute("data-low", "16");
  await expect(people).toHaveAttribute("data-best", "18");
  await expect(people).toHaveAttribute("data-high", "24");
  await page.getByTestId("series-table").locator("summary").click();
  const march = page.getByTestId("series-table").locator("tbody tr", { hasText: /Mar(ch)? 2022/ });
  await expect(march.locator("td").last()).toHaveText("18 (16–24)");

  await toldBy.click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${encodeURIComponent(`inc~${A}`).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  const tellings = page.getByTestId("telling");
  await expect(tellings).toHaveCount(2);
  await expect(tellings.nth(0)).toHaveAttribute("data-event-id", A);
  await expect(tellings.nth(1)).toHaveAttribute("data-event-id", B);
  await expect(tellings.nth(0)).toContainText("عين الفرات");
  await expect(tellings.nth(1)).toContainText("نهر ميديا");
  await expect(tellings.nth(1)).toContainText("الأسبوع الماضي");
  await expect(tellings.nth(0)).toContainText("فرار 18 عنصراً");
  // Round 11: each telling shows its own evidence — the sentence of its words, as text — not the extractor's range
  // from its report's headline (the incident's other telling there) to the body sentence.
  const evidenceA = tellings.nth(0).getByTestId("evidence-sentence");
  await expect(evidenceA).toHaveCount(1);
  await expect(evidenceA).toHaveText(/^أفادت مصادر محلية بفرار 18 عنصراً من الفرقة الرابعة .* قوات سوريا الديمقراطية\.$/);
  await expect(evidenceA.locator("mark.hl-count")).toHaveText("18 عنصراً");
  await expect(tellings.nth(0).getByTestId("telling-evidence")).not.toContainText("من الفرقة الرابعة في الميادين");
  const evidenceB = tellings.nth(1).getByTestId("evidence-sentence");
  await expect(evidenceB).toHaveCount(1);
  await expect(evidenceB).toHaveText(/^قالت شبكة محلية إن نحو عشرين عنصراً .* ووصلوا إلى مناطق قسد\.$/);
  await expect(tellings.nth(1).getByTestId("telling-evidence")).not.toContainText("انشقاق نحو عشرين عنصراً من الفرقة الرابعة بدير الزور");
  await expect(evidenceB.locator("mark.hl-date")).toContainText("الأسبوع الماضي");
  const date = page.getByTestId("incident-date");
  await expect(date).toHaveAttribute("data-start", "2022-03-14");
  await expect(date).toHaveAttribute("data-end", "2022-03-14");
  await expect(date).toContainText("where every telling's range meets");
  await page.screenshot({ path: "e2e/output/incident.png", fullPage: true });
});

test("unit=tellings shows each report's telling; the toggle goes back to incidents", async ({ page }) => {
  await page.goto("/?groups=4th-division&unit=tellings");
  await expect(page.getByTestId("total-events")).toHaveText("2");
  // Each telling at its own figures: 18 + 20 (16–24).
  await expect(page.getByTestId("total-people")).toHaveAttribute("data-best", "38");
  await expect(page.locator("[data-testid=events-table] tbody tr")).toHaveCount(2);
  await page.getByTestId("unit-toggle").click();
  await expect(page).toHaveURL(/\/\?groups=4th-division$/);
  await expect(page.getByTestId("total-events")).toHaveText("1");
});

test("the exports carry the incident id and its number of tellings", async ({ request }) => {
  const json = await (await request.get("/api/events?groups=4th-division&unit=tellings")).json();
  expect(json.events.map((e: { id: string; incident: { id: string; tellings: number } }) => [e.id, e.incident.id, e.incident.tellings]).sort()).toEqual([
    [A, `inc~${A}`, 2],
    [B, `inc~${A}`, 2],
  ]);
  // Counting incidents (the default), the export carries the incident's combined values.
  const incidents = await (await request.get("/api/events?groups=4th-division")).json();
  expect(incidents.events.map((e: { id: string; date: { start: string; end: string }; count: { low: number; best: number; high: number }; incident: { tellings: number } }) => [e.id, e.date.start, e.date.end, e.count.low, e.count.best, e.count.high, e.incident.tellings])).toEqual([
    [A, "2022-03-14", "2022-03-14", 16, 18, 24, 2],
  ]);
  const csv = await (await request.get("/api/events.csv?groups=4th-division")).text();
  const [header, row] = csv.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  const columns = header.split(",");
  // Quoted fields may hold commas (the date explanation does): split on commas outside quotes.
  const cells = row.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.map((c) => c.replace(/,$/, ""));
  const at = columns.indexOf("incident_id");
  expect(columns.slice(at, at + 3)).toEqual(["incident_id", "incident_tellings", "incident_conflicts"]);
  expect(cells.slice(at, at + 3)).toEqual([`inc~${A}`, "2", ""]); // the two tellings agree: no conflict
});

test("the incident page in Arabic", async ({ page }) => {
  await page.goto(`/ar/incidents/${encodeURIComponent(`inc~${A}`)}`);
  await expect(page.locator("h1")).toHaveText("حادثة واحدة روتها 2 تقارير");
  await expect(page.getByTestId("telling")).toHaveCount(2);
  await expect(page.getByTestId("incident-date")).toHaveAttribute("data-start", "2022-03-14");
});

test("an unknown incident id is a proper 404 page", async ({ request }) => {
  // Through the request API: a browser would log the 404 itself as a console error.
  for (const path of ["/incidents/inc~no-such-report~0", "/ar/incidents/inc~no-such-report~0", "/incidents/%E0%A4%A"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("<h1>Not found</h1>");
  }
});

/**
 * Round 5: an incident whose tellings disagree, made by an editor's merge of the seed incident (2022,
 * 16–24 men near al-Mayadin) with the regime army's 50–75 of 2019 in rural Hama: the dates do not meet,
 * the figures do not overlap, the places differ. Its row is named by the Hama telling (the smallest id),
 * while the groups, place and destination it shows are the incident's. The merge is undone at the end.
 */
const HAMA = "001_84516b5837bfb85c~1";
const EDITOR = { email: "editor-conflicts-e2e@example.org", name: "Conflict Editor", password: "conflict-editor-password" };

/** What the table shows in a column, row by row (null for "—"): the groups joined as their sort label. */
async function shownLabels(page: Page, column: "groups" | "place" | "destination"): Promise<(string | null)[]> {
  return page.locator(`[data-testid=events-table] tbody td[data-column=${column}]`).evaluateAll((cells) =>
    cells.map((cell) => {
      const items = [...cell.querySelectorAll("li")].map((li) => li.textContent ?? "");
      const text = items.length > 0 ? items.join(" / ") : (cell.textContent ?? "");
      return text === "—" ? null : text;
    }),
  );
}

/** SQLite's order of the labels (binary; NULL first), descending when asked. */
function ordered(labels: (string | null)[], dir: "asc" | "desc"): (string | null)[] {
  const cmp = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
  return [...labels].sort((a, b) => (dir === "asc" ? cmp(a, b) : cmp(b, a)));
}

test("a row whose tellings disagree carries a marker to the incident's conflicts; groups, place and destination sort by what the row shows", async ({ page }) => {
  makeUser(EDITOR, "editor");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "Review" })).toBeVisible();
  const origin = new URL(page.url()).origin;
  // A refusal is said in the page's language (the store names its message; the address carries it).
  const refused = await page.request.post("/api/review", {
    headers: { Origin: origin },
    form: { action: "split", event: B, reason: " ", back: `/ar/incidents/${encodeURIComponent(`inc~${A}`)}` },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(303);
  await page.goto(refused.headers().location);
  await expect(page.getByTestId("review-error")).toHaveText("لم يُحفظ: السبب: يلزم سبب قصير لفصل رواية عن حادثتها");
  const merge = await page.request.post("/api/review", { headers: { Origin: origin }, form: { action: "merge", event: A, other: HAMA, reason: "e2e: one incident told three ways" }, maxRedirects: 0 });
  expect(merge.status()).toBe(303);
  try {
    const row = page.locator(`[data-testid=events-table] tbody tr[data-event-id="${HAMA}"]`);
    // The dashboard's index follows other connections' commits within a second.
    await expect.poll(async () => {
      await page.goto("/?sort=groups");
      return row.getByTestId("told-by").textContent().catch(() => null);
    }).toBe("told by 3 reports");
    const mark = row.getByTestId("conflict-mark");
    await expect(mark).toHaveText("tellings disagree");
    await expect(mark).toHaveAttribute("data-conflicts", "date count place");
    await expect(mark).toHaveAccessibleName("The tellings of this incident disagree on the date, the count, the place: see the incident page");
    // Told by the Hama telling alone, the row would show (and sort by) "Syrian Arab Army (regime forces)", Hama, no destination.
    await expect(row.locator("td[data-column=groups] li")).toHaveCount(2);
    await expect(row.locator("td[data-column=destination]")).not.toHaveText("—");
    await page.screenshot({ path: "e2e/output/incidents-table-conflict.png", fullPage: true });

    for (const column of ["groups", "place", "destination"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        await page.goto(`/?sort=${column}&dir=${dir}`);
        await expect(page.locator("[data-testid=events-table] tbody tr")).toHaveCount(11); // 13 events, 3 of them one incident
        const shown = await shownLabels(page, column);
        expect(shown, `${column} ${dir}`).toEqual(ordered(shown, dir));
      }
    }

    // In Arabic: the marker's words and its accessible name.
    await page.goto("/ar/?sort=groups");
    const arMark = page.locator(`[data-testid=events-table] tbody tr[data-event-id="${HAMA}"]`).getByTestId("conflict-mark");
    await expect(arMark).toHaveText("الروايات مختلفة");
    await expect(arMark).toHaveAccessibleName("تختلف روايات هذه الحادثة في التاريخ، العدد، المكان: انظر صفحة الحادثة");
    await page.screenshot({ path: "e2e/output/incidents-table-conflict-ar.png", fullPage: true });

    // The marker leads to the incident page's conflicts, by client navigation: the document is not reloaded.
    await page.goto("/?sort=groups");
    await page.evaluate(() => ((window as unknown as { __conflictMarker: string }).__conflictMarker = "still here"));
    await mark.click();
    await expect(page).toHaveURL(new RegExp(`/incidents/${encodeURIComponent(`inc~${HAMA}`).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}#conflicts$`));
    await expect(page.getByTestId("telling")).toHaveCount(3);
    await expect(page.locator("[data-testid=conflicts] li")).toHaveCount(3);
    expect(await page.evaluate(() => (window as unknown as { __conflictMarker?: string }).__conflictMarker)).toBe("still here");
    await page.screenshot({ path: "e2e/output/incident-conflicts.png", fullPage: true });

    // The exports say what the tellings disagree on, as the row's marker does.
    const exported = await (await page.request.get("/api/events?sort=groups")).json();
    expect(exported.events.find((e: { id: string }) => e.id === HAMA).incident).toEqual({ id: `inc~${HAMA}`, tellings: 3, conflicts: ["date", "count", "place"] });
    const csv = (await (await page.request.get("/api/events.csv?sort=groups")).text()).replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    const conflictsAt = csv[0].split(",").indexOf("incident_conflicts");
    const hamaRow = csv.find((line) => line.startsWith(`${HAMA},`))!;
    expect(hamaRow.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.map((c) => c.replace(/,$/, ""))[conflictsAt]).toBe("date | count | place");

    // A link made before the merge names the seed incident by A's telling: it leads to the incident holding it now.
    await page.goto(`/ar/incidents/${encodeURIComponent(`inc~${A}`)}`);
    await expect(page).toHaveURL(new RegExp(`/ar/incidents/${encodeURIComponent(`inc~${HAMA}`).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expect(page.getByTestId("telling")).toHaveCount(3);
  } finally {
    // Undo (the queue's u) withdraws the merge: the seed incident is as the other specs expect it.
    const undo = await page.request.post("/api/review", { headers: { Origin: origin }, form: { action: "undo" }, maxRedirects: 0 });
    expect(undo.status()).toBe(303);
  }
  await expect.poll(async () => {
    await page.goto("/?groups=4th-division");
    return page.getByTestId("told-by").textContent().catch(() => null);
  }).toBe("told by 2 reports");
});
