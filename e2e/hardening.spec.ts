import { expect, test } from "./fixtures";

const PARAMS = ["groups", "from", "to", "place", "destination", "kind", "q", "grain", "metric", "sort", "dir", "page", "size", "lang", "zzz"];

/** Values a hostile or broken link may carry; the marker-bearing ones must never come back as markup. */
const HOSTILE = [
  "<script>alert('xss-1')</script>",
  '"><img src=x onerror=alert("xss-2")>',
  "' OR 1=1 --",
  "1; DROP TABLE events; --",
  '" OR ""="',
  "%00",
  "\u0000",
  "a\u0000b",
  "-1",
  "0",
  "99999999999999999999999",
  "1e400",
  "NaN",
  "2021-00",
  "9999-99",
  "x".repeat(10_000),
  "قسد".repeat(500),
  "../../etc/passwd",
  "\u202e\u200f",
  "😀",
  "*",
  '"unterminated',
  "NEAR(a b)",
  "groups=a&groups=b",
];

/** A small deterministic generator, so a failure names a reproducible URL. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 48271) % 2147483647) / 2147483647);
}

function randomString(next: () => number): string {
  const alphabet = "abc<>\"'&;=%-_.:/\\ 0123456789قسدانشق\u0000\n\t";
  const length = Math.floor(next() * 40);
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

function fuzzUrls(): string[] {
  const next = random(20261121);
  const urls: string[] = [];
  for (const key of PARAMS) for (const value of HOSTILE) urls.push(`${key}=${encodeURIComponent(value)}`);
  // Raw (not encoded) %00 and broken escapes.
  urls.push("q=%00", "q=%", "q=%E0%A4%A", "from=%ff%fe", "groups=%00%00");
  // Repeated keys, many keys, random combinations.
  urls.push(PARAMS.map((k) => `${k}=1&${k}=2&${k}=3`).join("&"));
  urls.push(Array.from({ length: 300 }, (_, i) => `groups=g${i}`).join("&"));
  for (let i = 0; i < 40; i++) {
    const pairs = Array.from({ length: 1 + Math.floor(next() * 6) }, () => `${PARAMS[Math.floor(next() * PARAMS.length)]}=${encodeURIComponent(randomString(next))}`);
    urls.push(pairs.join("&"));
  }
  return urls;
}

test("fuzzed query parameters never give a 500 and are never reflected as markup", async ({ request }) => {
  test.setTimeout(240_000);
  const failures: string[] = [];
  for (const path of ["/", "/api/events", "/api/events.csv"]) {
    for (const search of fuzzUrls()) {
      const url = `${path}?${search}`;
      const response = await request.get(url, { maxRedirects: 0 });
      const status = response.status();
      if (status >= 500) failures.push(`${status} ${url.slice(0, 200)}`);
      if (status >= 300 && status < 400) continue;
      const body = await response.text();
      if (body.includes("<script>alert(") || body.includes("<img src=x")) failures.push(`reflected: ${url.slice(0, 200)}`);
      if (path === "/api/events" && status === 200) {
        const json = JSON.parse(body);
        expect(Array.isArray(json.events)).toBe(true);
        expect(Array.isArray(json.notices)).toBe(true);
      }
    }
  }
  expect(failures).toEqual([]);
});

test("the JSON export reports bad parameters in its notices field", async ({ request }) => {
  const response = await request.get("/api/events?from=banana&size=-1&groups=nope");
  expect(response.status()).toBe(200);
  const json = await response.json();
  expect(json.notices.join(" ")).toMatch(/from/);
  expect(json.notices.join(" ")).toMatch(/unknown group/);
  const csv = await request.get("/api/events.csv?from=banana");
  expect(csv.status()).toBe(200);
  expect(decodeURIComponent(csv.headers()["x-inshiqaq-notices"] ?? "")).toMatch(/from/);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment/);
  expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
});

test("the JSON export holds the whole filtered set, not one page", async ({ request, page }) => {
  await page.goto("/?size=10");
  const total = Number(await page.getByTestId("total-events").textContent());
  const json = await (await request.get("/api/events?size=10")).json();
  expect(json.total).toBe(total);
  expect(json.events).toHaveLength(total);
  // The totals on the page are the sums over the same events.
  const people = page.getByTestId("total-people");
  type Ev = { count: { low: number; best: number; high: number } | null };
  const sum = (k: "low" | "best" | "high") => (json.events as Ev[]).reduce((s, e) => s + (e.count ? e.count[k] : 0), 0);
  await expect(people).toHaveAttribute("data-low", String(sum("low")));
  await expect(people).toHaveAttribute("data-best", String(sum("best")));
  await expect(people).toHaveAttribute("data-high", String(sum("high")));
});

test("an unknown event or report id is a proper 404 page", async ({ request }) => {
  // Through the request API: a browser would log the 404 itself as a console error.
  for (const path of ["/events/no-such-event", "/reports/no-such-report", "/events/%E0%A4%A", "/reports/..%2F..%2Fetc", `/events/${"x".repeat(5000)}`, "/no/such/page"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("<h1>Not found</h1>");
  }
});

test("security headers are on every kind of response", async ({ request }) => {
  for (const path of ["/", "/reports", "/api/events", "/api/events.csv", "/events/no-such-event", "/icon.svg"]) {
    const response = await request.get(path);
    const h = response.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).toContain("default-src 'self'");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
});
