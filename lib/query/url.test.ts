import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { canonicalSearch, dashboardHref, defaultQuery, exportSearch, MAX_TEXT, noticeText, parseDashboardParams, preview, withChanges } from "./url";

const parseKeys = (search: string, known?: string[]) => parseDashboardParams(new URLSearchParams(search), known ? new Set(known) : undefined);
/** The notices in English words (the schema returns message keys: see noticeText). */
const parse = (search: string, known?: string[]) => {
  const parsed = parseKeys(search, known);
  return { query: parsed.query, notices: parsed.notices.map((n) => noticeText(n)) };
};

describe("parseDashboardParams: defaults and good values", () => {
  it("gives the defaults for an empty URL, with no notice", () => {
    const { query, notices } = parse("");
    expect(query).toEqual(defaultQuery());
    expect(query.grain).toBe("month");
    expect(query.metric).toBe("people");
    expect(query.sort).toBe("date");
    expect(query.dir).toBe("desc");
    expect(query.page).toBe(1);
    expect(query.pageSize).toBe(25);
    expect(query.lang).toBe("en");
    expect(notices).toEqual([]);
  });

  it("reads every parameter", () => {
    const { query, notices } = parse(
      "groups=ndf&groups=sdf&from=2021-01&to=2021-06&place=deir-ez-zor&destination=sdf&kind=desertion&q=%D9%81%D8%B1&grain=week&metric=incidents&sort=count&dir=asc&page=3&size=50&lang=ar&unit=tellings",
    );
    expect(notices).toEqual([]);
    expect(query).toEqual({
      filter: { groups: ["ndf", "sdf"], from: "2021-01", to: "2021-06", place: "deir-ez-zor", destination: "sdf", kind: "desertion", q: "فر" },
      grain: "week",
      metric: "incidents",
      sort: "count",
      dir: "asc",
      page: 3,
      pageSize: 50,
      lang: "ar", // read for the exports (the order of the groups column); a page takes its language from its path
      unit: "tellings",
    });
  });

  it("accepts comma-separated groups and drops duplicates", () => {
    expect(parse("groups=sdf,ndf&groups=sdf").query.filter.groups).toEqual(["ndf", "sdf"]);
  });

  it("accepts a Next.js searchParams record", () => {
    const { query } = parseDashboardParams({ groups: ["isis", "ndf"], sort: "count", q: undefined });
    expect(query.filter.groups).toEqual(["isis", "ndf"]);
    expect(query.sort).toBe("count");
  });

  it("treats empty form fields as absent, silently", () => {
    const { query, notices } = parse("from=&to=&place=&q=&kind=&grain=month");
    expect(query).toEqual(defaultQuery());
    expect(notices).toEqual([]);
  });
});

describe("parseDashboardParams: bad values are ignored or clamped, with a notice", () => {
  it.each([
    ["from=banana", "from"],
    ["to=2021-13", "to"],
    ["from=1800-01", "from"],
    ["grain=day", "grain"],
    ["metric=money", "metric"],
    ["sort=password", "sort"],
    ["dir=up", "dir"],
    ["kind=everything", "kind"],
    ["page=abc", "page"],
    ["size=lots", "size"],
    ["lang=fr", "lang"],
  ])("%s → default and a notice", (search, key) => {
    const { query, notices } = parse(search);
    const d = defaultQuery();
    expect(query).toEqual(d);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(key);
  });

  it("clamps a negative page to 1 and a huge page to the maximum", () => {
    expect(parse("page=-3").query.page).toBe(1);
    expect(parse("page=-3").notices).toHaveLength(1);
    expect(parse("page=999999999").query.page).toBe(100_000);
  });

  it("clamps page sizes: negative → default, too large → 100, in between → next allowed size", () => {
    expect(parse("size=-1").query.pageSize).toBe(25);
    expect(parse("size=100000").query.pageSize).toBe(100);
    expect(parse("size=30").query.pageSize).toBe(50);
    expect(parse("size=30").notices).toHaveLength(1);
    expect(parse("size=10").notices).toEqual([]);
  });

  it("swaps from and to when reversed", () => {
    const { query, notices } = parse("from=2022-05&to=2021-01");
    expect([query.filter.from, query.filter.to]).toEqual(["2021-01", "2022-05"]);
    expect(notices).toHaveLength(1);
  });

  it("drops unknown groups when the known set is given", () => {
    const { query, notices } = parse("groups=ndf&groups=nope", ["ndf", "sdf"]);
    expect(query.filter.groups).toEqual(["ndf"]);
    expect(notices[0]).toMatch(/unknown group/);
  });

  it("uses the first of repeated single-valued keys and says so", () => {
    const { query, notices } = parse("sort=count&sort=kind");
    expect(query.sort).toBe("count");
    expect(notices[0]).toMatch(/2 times/);
  });

  it("removes NUL and control characters from text and caps its length", () => {
    const { query, notices } = parse(`q=a%00b&place=${"x".repeat(5000)}`);
    expect(query.filter.q).toBe("ab");
    expect(query.filter.place).toHaveLength(MAX_TEXT);
    expect(notices).toHaveLength(2);
  });

  it("keeps SQL fragments as plain search text (they reach SQL only as bound values)", () => {
    expect(parse("q=' OR 1=1 --").query.filter.q).toBe("' OR 1=1 --");
  });

  it("mentions unknown parameters", () => {
    expect(parse("utm_source=x").notices[0]).toMatch(/unknown parameter/);
  });

  it("never puts markup into a notice", () => {
    const { notices } = parse("from=<script>alert(1)</script>&groups=<img src=x onerror=alert(1)>&<b>=1", ["ndf"]);
    expect(notices.length).toBeGreaterThanOrEqual(3);
    for (const n of notices) expect(n).not.toMatch(/[<>"]/);
  });

  it("caps the number of notices", () => {
    const many = Array.from({ length: 30 }, (_, i) => `from=bad${i}&page=x${i}`).join("&");
    expect(parse(many + "&grain=a&metric=b&sort=c&dir=d&kind=e&size=f&page=g&to=h&x1=1").notices.length).toBeLessThanOrEqual(9);
  });

  it("never throws and always yields a valid query, whatever the input", () => {
    const keys = fc.constantFrom("groups", "from", "to", "place", "destination", "kind", "q", "grain", "metric", "sort", "dir", "page", "size", "lang", "zzz");
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.integer().map(String)))), (pairs) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const { query, notices } = parseDashboardParams(params);
        expect(query.page).toBeGreaterThanOrEqual(1);
        expect([10, 25, 50, 100]).toContain(query.pageSize);
        for (const n of notices) for (const lang of ["en", "ar"] as const) expect(noticeText(n, lang)).not.toMatch(/[<>]/);
        // The canonical form of any parsed query parses back to itself without notices.
        const again = parse(canonicalSearch(query));
        expect(again.query).toEqual(query);
        expect(again.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("canonicalSearch", () => {
  it("is empty for the defaults", () => {
    expect(canonicalSearch(defaultQuery())).toBe("");
    expect(dashboardHref(defaultQuery())).toBe("/");
  });

  it("leaves defaults out and uses a stable key order whatever the input order", () => {
    const a = parse("size=50&sort=count&groups=sdf&grain=month&from=2021-01&groups=ndf&dir=desc").query;
    expect(canonicalSearch(a)).toBe("groups=ndf&groups=sdf&from=2021-01&sort=count&size=50");
    const b = parse("from=2021-01&groups=ndf,sdf&size=50&sort=count").query;
    expect(canonicalSearch(b)).toBe(canonicalSearch(a));
  });

  it("encodes Arabic and reserved characters so the link round-trips", () => {
    const q = parse("q=" + encodeURIComponent("فرّ & هرب")).query;
    expect(parse(canonicalSearch(q)).query.filter.q).toBe("فرّ & هرب");
  });
});

describe("notices as message keys", () => {
  it("are keys with values, shown in either language with the quoted value kept", () => {
    const { notices } = parseKeys("grain=day&from=banana");
    expect(notices.map((n) => n.key).sort()).toEqual(["notice.badMonth", "notice.badValue"]);
    const arabic = notices.map((n) => noticeText(n, "ar")).join(" ");
    expect(arabic).toMatch(/[\u0600-\u06FF]/);
    expect(arabic).toContain("banana");
    expect(arabic).toContain("grain=day");
    expect(noticeText(notices[0], "en")).not.toMatch(/[\u0600-\u06FF]/);
  });
});

describe("lang", () => {
  it("is never in the query string: Arabic links carry the /ar prefix, English ones none", () => {
    expect(canonicalSearch(parse("lang=en").query)).toBe("");
    expect(parse("lang=en").notices).toEqual([]);
    expect(parse("lang=ar").notices).toEqual([]);
    const ar = { ...parse("sort=count&groups=ndf").query, lang: "ar" as const };
    expect(canonicalSearch(ar)).toBe("groups=ndf&sort=count");
    expect(dashboardHref(ar)).toBe("/ar?groups=ndf&sort=count");
    expect(dashboardHref({ ...defaultQuery(), lang: "ar" })).toBe("/ar");
    expect(dashboardHref(defaultQuery())).toBe("/");
  });

  it("is kept by every derived link (sort, page, size, filters) and survives a language change without going back to page 1", () => {
    const q = { ...parse("page=3").query, lang: "ar" as const };
    for (const next of [withChanges(q, { sort: "count" }), withChanges(q, { page: 4 }), withChanges(q, { pageSize: 10 }), withChanges(q, { filter: { kind: "desertion" } })]) {
      expect(dashboardHref(next)).toMatch(/^\/ar\?/);
    }
    expect(withChanges(q, { lang: "en" }).page).toBe(3);
    expect(dashboardHref(withChanges(q, { lang: "en" }))).toBe("/?page=3");
  });

  it("is left out of the exports, which also drop the page and its size, unless it orders the rows", () => {
    const q = { ...parse("groups=ndf&sort=count&page=3&size=10").query, lang: "ar" as const };
    expect(exportSearch(q)).toBe("groups=ndf&sort=count");
    expect(exportSearch({ ...q, sort: "groups" })).toBe("groups=ndf&sort=groups&lang=ar");
    expect(exportSearch({ ...q, sort: "groups", lang: "en" })).toBe("groups=ndf&sort=groups");
  });

  it("read back from an export's address gives the export the page's order of the groups column", () => {
    const q = { ...parse("sort=groups&dir=desc").query, lang: "ar" as const };
    const back = parse(exportSearch(q));
    expect(back.notices).toEqual([]);
    expect(back.query.lang).toBe("ar");
    expect(back.query.sort).toBe("groups");
    expect(back.query.dir).toBe("desc");
  });

  it("names a value that is not a language in a notice", () => {
    expect(parse("lang=fr").notices.join(" ")).toMatch(/lang/);
  });
});

describe("withChanges", () => {
  it("goes back to page 1 when the filter or sort changes, not when the page does", () => {
    const q = { ...defaultQuery(), page: 4 };
    expect(withChanges(q, { sort: "count" }).page).toBe(1);
    expect(withChanges(q, { filter: { kind: "desertion" } }).page).toBe(1);
    expect(withChanges(q, { page: 5 }).page).toBe(5);
    expect(withChanges(q, { grain: "year" }).page).toBe(4);
  });
});

describe("preview", () => {
  it("keeps Arabic and digits, replaces markup characters, and truncates", () => {
    expect(preview("قسد-2021")).toBe("قسد-2021");
    expect(preview("<b>")).toBe("?b?");
    expect(preview("a".repeat(50), 10)).toBe("aaaaaaaaaa…");
  });
});
