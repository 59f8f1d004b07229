/** The extractor never throws and every offset it gives lies inside the text (issue 7). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "./index";
import type { DefectionEvent } from "./types";

const published = { start: "2021-06-14", end: "2021-06-30" };
const SAMPLE = "وفي نهاية آيار الفائت سُجل انشقاق 5 عناصر من ميليشيا الدفاع الوطني في بلدة الخريطة بريف دير الزور الغربي، وسلكوا المعابر باتجاه مناطق قسد.";
const PIECES = [
  "انشق", "فروا", "هروب", "عناصر", "عنصراً", "من", "ميليشيا", "مليشيا", "الدفاع", "الوطني", "قسد", "لواء", "القدس", "قرابة", "أكثر من", "عشرات",
  "21", "٢١", "1.5", "ألفي", "أمس", "الجمعة", "مطلع", "آذار", "الماضي", "في", "قرية", "الدوير", "إلى", "مناطق", "سيطرة", "،", ".", "\n", " ",
  "\u200d", "\u200f", "\u200e", "\u00a0", "ـــــــ", "ﻟﻮﺍﺀ", "\ufeff", "😀", "\u064b", "«", "»", "..", "0.5.", "ـ.", "اللواء 47",
];

function checkSpans(text: string, events: DefectionEvent[]) {
  for (const e of events) {
    const all = [e.evidence.sentence, ...e.evidence.spans];
    for (const s of all) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeLessThanOrEqual(s.end);
    }
    expect(e.confidence).toBeGreaterThanOrEqual(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
    if (e.count) expect(e.count.low <= e.count.best && e.count.best <= e.count.high).toBe(true);
    expect(e.date.start <= e.date.end).toBe(true);
  }
}

describe("robustness", () => {
  it("never throws on random mixtures of Arabic words, marks, digits and punctuation", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }), (parts) => {
        const text = parts.join(" ");
        checkSpans(text, extractEventsStrict({ id: "x", body: text, published }));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on a real sentence mutated with arbitrary characters", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(SAMPLE.length), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 20 }), (edits) => {
        let text = SAMPLE;
        for (const [at, ins] of edits) text = text.slice(0, at) + ins + text.slice(at);
        checkSpans(text, extractEventsStrict({ id: "x", body: text, published }));
      }),
      { numRuns: 300 },
    );
  });

  it("handles huge inputs: a long sentence, thousands of numbers, tatweel runs, presentation forms", () => {
    const inputs = [
      "انشق ".repeat(5000) + "عنصراً",
      Array.from({ length: 5000 }, (_, i) => String(i)).join(" ") + " عنصراً انشقوا",
      "ـ".repeat(20000) + "انشـــــق" + "ـ".repeat(20000),
      "ﻟﻮﺍﺀ أﺣﺮﺍﺭ ﺍﻟﺮﻗﺔ ".repeat(2000),
      "\u200d\u200f".repeat(10000),
      "",
    ];
    for (const text of inputs) checkSpans(text, extractEventsStrict({ id: "x", body: text, published }));
  });

  it("points evidence at the original characters even with tatweel and dotted words", () => {
    const text = "وآخر الأخبار هـ.روب عدة عناصر من ميليشيا “جيش العشائر” إلى مناطق سيطرة “قسد” منذ يومين.";
    const [e] = extractEventsStrict({ id: "x", body: text, published: { start: "2019-07-10", end: "2019-07-10" } });
    const trig = e.evidence.spans.find((s) => s.role === "trigger")!;
    expect(text.slice(trig.start, trig.end)).toBe("هـ.روب");
    const group = e.evidence.spans.find((s) => s.role === "group")!;
    expect(text.slice(group.start, group.end)).toBe("ميليشيا “جيش العشائر”");
  });
});

describe("tests use the strict extractor (issue 13)", () => {
  it("no test file imports the error-swallowing extractEvents, so a crash fails a test instead of yielding no events", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const root = path.resolve(__dirname, "../..");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.test\.tsx?$/.test(entry.name) && /import\s*\{[^}]*\bextractEvents\b[^}]*\}\s*from/.test(readFileSync(full, "utf8").replace(/extractEventsStrict as extractEvents/g, ""))) offenders.push(path.relative(root, full));
      }
    };
    for (const dir of ["lib", "scripts", "app", "components"]) walk(path.join(root, dir));
    expect(offenders).toEqual([]);
  });
});
