import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COUNT_DOUBTS } from "../extract/refiners/plausibility";
import { dirOf, emphasisParts, langParam, LANGS, MESSAGES, placeholders, splitLangPath, t, withLang, type MessageKey } from "./messages";

const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** Messages that are rightly written in Latin letters in the Arabic interface. */
const LATIN_IN_ARABIC = new Set<string>(["nav.toggle"]);

describe("the message catalogue", () => {
  const entries = Object.entries(MESSAGES) as [MessageKey, { en: string; ar: string }][];

  it("has both languages, non-empty, for every key", () => {
    expect(entries.length).toBeGreaterThan(50);
    for (const [key, entry] of entries) {
      for (const lang of LANGS) expect(entry[lang]?.trim(), `${key}.${lang}`).toBeTruthy();
    }
  });

  it("writes the Arabic interface in Arabic letters and the English one in Latin", () => {
    for (const [key, entry] of entries) {
      if (!LATIN_IN_ARABIC.has(key)) expect(entry.ar, key).toMatch(ARABIC_LETTER);
      // The English side may quote an Arabic example (a placeholder), but is never Arabic only,
      // except for the toggle, which names the other language in its own script.
      if (!LATIN_IN_ARABIC.has(key)) expect(entry.en, key).toMatch(/[A-Za-z0-9]/);
    }
  });

  it("uses the same placeholders and the same emphasis in both languages", () => {
    for (const [key, entry] of entries) {
      expect(placeholders(entry.ar), key).toEqual(placeholders(entry.en));
      expect(emphasisParts(entry.ar).length, key).toBe(emphasisParts(entry.en).length);
    }
  });

  it("names the twelve months in both languages, Levantine in Arabic", () => {
    expect(t("ar", "month.4")).toBe("نيسان");
    expect(t("ar", "month.1")).toBe("كانون الثاني");
    expect(t("en", "month.12")).toBe("Dec");
  });

  it("has every key that the pages and components ask for", () => {
    // t(lang, "key") and tk("key") calls in the interface code; a typo or a deleted entry fails here
    // even where the type checker cannot see a literal (keys built from a prefix are listed below).
    const root = path.resolve(__dirname, "../..");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts")) files.push(p);
      }
    };
    walk(path.join(root, "app"));
    walk(path.join(root, "components"));
    const used = new Set<string>();
    for (const file of files) {
      const source = fs.readFileSync(file, "utf8");
      for (const m of source.matchAll(/\bt\(\s*[\w.]+\s*,\s*"([\w.-]+)"/g)) used.add(m[1]);
      for (const m of source.matchAll(/\bmsg\(\s*"([\w.-]+)"/g)) used.add(m[1]);
    }
    // Keys built at run time from a prefix and a value of a known list.
    for (const k of ["defection", "desertion", "attempted"]) used.add(`kind.${k}`).add(`event.title.${k}`);
    for (const g of ["day", "week", "month", "quarter", "year", "span"]) used.add(`grain.${g}`);
    for (const g of ["week", "month", "quarter", "year"]) used.add(`chart.grain.${g}`);
    for (const b of ["expression", "context", "default"]) used.add(`explain.basis.${b}`);
    for (let m = 1; m <= 12; m++) used.add(`month.${m}`);
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((k) => !(k in MESSAGES));
    expect(missing).toEqual([]);
  });
});

describe("t", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "pager.status", { page: 2, count: 7 })).toBe("Page 2 of 7");
    expect(t("ar", "pager.status", { page: 2, count: 7 })).toBe("الصفحة 2 من 7");
    expect(t("en", "pager.status", { page: 2 })).toBe("Page 2 of {count}");
  });
});

describe("language helpers", () => {
  it("reads the lang parameter, defaulting to English for anything unknown", () => {
    expect(langParam("ar")).toBe("ar");
    expect(langParam(["ar", "en"])).toBe("ar");
    expect(langParam("fr")).toBe("en");
    expect(langParam(undefined)).toBe("en");
    expect(dirOf("ar")).toBe("rtl");
    expect(dirOf("en")).toBe("ltr");
  });

  it("keeps the language on a link, leaving the default out", () => {
    expect(withLang("/reports", "en")).toBe("/reports");
    expect(withLang("/reports", "ar")).toBe("/ar/reports");
    expect(withLang("/reports?page=2", "ar")).toBe("/ar/reports?page=2");
    expect(withLang("/", "ar")).toBe("/ar");
    expect(withLang("/?sort=count", "ar")).toBe("/ar?sort=count");
  });

  it("splits a path into its language and the rest, the inverse of withLang", () => {
    expect(splitLangPath("/ar")).toEqual({ lang: "ar", path: "/" });
    expect(splitLangPath("/ar/events/x")).toEqual({ lang: "ar", path: "/events/x" });
    expect(splitLangPath("/en/reports")).toEqual({ lang: "en", path: "/reports" });
    expect(splitLangPath("/arabic")).toEqual({ lang: "en", path: "/arabic" });
    expect(splitLangPath("/")).toEqual({ lang: "en", path: "/" });
    for (const path of ["/", "/reports", "/events/a.b"]) for (const lang of ["en", "ar"] as const) expect(splitLangPath(withLang(path, lang))).toEqual({ lang, path });
  });

  it("says in both languages why each kind of figure set aside was not counted (the event page)", () => {
    for (const reason of COUNT_DOUBTS) {
      const key = `event.countSetAside.${reason}`;
      expect(key in MESSAGES, key).toBe(true);
      for (const lang of LANGS) expect(t(lang, key as MessageKey).length, `${key} ${lang}`).toBeGreaterThan(10);
    }
  });

  it("splits emphasis marks", () => {
    expect(emphasisParts("a **b** c")).toEqual(["a ", "b", " c"]);
  });
});
