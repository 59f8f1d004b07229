import { describe, expect, it } from "vitest";
import { normalizeArabic } from "@/lib/arabic/normalize";
import { GROUPS, PLACES, groupIndex, placeIndex } from "@/lib/extract/gazetteer";
import { tokenize } from "@/lib/extract/tokens";

const SIDES = new Set(["regime-army", "regime-security", "regime-militia", "iran-backed", "russia-backed", "sdf", "opposition", "islamist", "jihadist", "isis"]);

function groupsIn(text: string): string[] {
  return groupIndex().findAll(tokenize(normalizeArabic(text).text)).map((m) => m.id);
}
function placesIn(text: string): string[] {
  return placeIndex().findAll(tokenize(normalizeArabic(text).text)).map((m) => m.id);
}

describe("data/groups.json", () => {
  it("has unique ids, Arabic and English names, a known side and parents that exist", () => {
    const ids = new Set(GROUPS.map((g) => g.id));
    expect(ids.size).toBe(GROUPS.length);
    for (const g of GROUPS) {
      expect(g.id).toMatch(/^[a-z0-9-]+$/);
      expect(g.name_ar).toMatch(/[\u0600-\u06ff]/);
      expect(g.name_en.length).toBeGreaterThan(2);
      expect(SIDES.has(g.side)).toBe(true);
      if (g.parent) expect(ids.has(g.parent)).toBe(true);
    }
  });

  it("names every group of the seed reports", () => {
    for (const id of ["ndf", "qadesh", "jaysh-al-ashair", "faylaq-al-ashair", "liwa-al-quds", "brigade-47", "irgc", "qaterji", "syrian-army", "republican-guard", "4th-division", "hezbollah", "fatemiyoun", "sdf", "fsa", "pmf", "isis", "reconciliation"]) {
      expect(GROUPS.some((g) => g.id === id), id).toBe(true);
    }
  });

  it.each([
    ["انشق عناصر من ميليشيا الدفاع الوطني", "ndf"],
    ["من مليشيا الدفاع الوطني", "ndf"],
    ["من ميلشيا الدفاع الوطني", "ndf"],
    ["من قوات الدفاع الوطني", "ndf"],
    ["في صفوف الدفاع الوطني", "ndf"],
    ["للدفاع الوطني", "ndf"],
    ["والدفاع الوطني", "ndf"],
    ["ميليشيا “جيش العشائر” المساندة", "jaysh-al-ashair"],
    ["نحو مناطق قوات سوريا الديمقراطية", "sdf"],
    ["قوات سورية الديموقراطية", "sdf"],
    ["ميليشا قسد", "sdf"],
    ["ﻟﻮﺍﺀ أﺣﺮﺍﺭ ﺍﻟﺮﻗﺔ", "liwa-ahrar-al-raqqa"],
    ["من اللواء 47 التابع", "brigade-47"],
    ["من اللواء ٤٧ التابع", "brigade-47"],
    ["عن جيش نظام الأسد", "syrian-army"],
    ["تنظيم الدولة الإسلامية", "isis"],
    ["عناصر داعش", "isis"],
    ["هيئة تحرير الشام", "hts"],
    ["جبهة فتح الشام", "nusra"],
    ["كتائب حزب الله", "kataib-hezbollah"],
    ["ميليشيا حزب الله", "hezbollah"],
    ["الفرقة 17", "17th-division"],
    ["وحدات \"حماية الشعب\" الكردية", "ypg"],
  ])("finds the group in %s", (text, id) => {
    expect(groupsIn(text)).toContain(id);
  });

  it("prefers the longest name: كتائب حزب الله is not حزب الله, قوات الدفاع الوطني is one mention", () => {
    expect(groupsIn("كتائب حزب الله العراقي")).toEqual(["kataib-hezbollah"]);
    expect(groupsIn("قوات الدفاع الوطني")).toEqual(["ndf"]);
  });

  it("matches whole words only", () => {
    expect(groupsIn("الحرسات")).toEqual([]);
    expect(groupsIn("قسدية")).toEqual([]);
  });
});

describe("data/places.json", () => {
  it("has unique ids and a governorate or a country for every place", () => {
    const ids = new Set(PLACES.map((p) => p.id));
    expect(ids.size).toBe(PLACES.length);
    const governorates = new Set(PLACES.filter((p) => p.kind === "governorate").map((p) => p.name_ar));
    expect(governorates.size).toBe(14);
    for (const p of PLACES) {
      if (p.kind === "town") expect(governorates.has(p.governorate ?? ""), p.id).toBe(true);
      if (p.kind === "abroad") expect(p.country).not.toBe("SY");
      if (p.lat !== null) expect(Math.abs(p.lat)).toBeLessThanOrEqual(90);
    }
  });

  it.each([
    ["في قرية الدوير بريف البوكمال", ["duwayr", "albukamal"]],
    ["ريف ديرالزور الغربي", ["deir-ez-zor"]],
    ["في بلدة الخريطة", ["khraytah"]],
    ["بمنطقة آراك", ["arak"]],
    ["شهدت مدينة “النبك” في ريف دمشق", ["nabk", "rif-dimashq"]],
    ["في بلدة الهيشة في ريف الرقة", ["hisha", "raqqa"]],
    ["إلى الأراضي التركية", ["turkey"]],
    ["ما بين البيارات-السخنة", ["bayarat", "sukhnah"]],
  ])("finds the places in %s", (text, ids) => {
    expect(placesIn(text)).toEqual(ids);
  });
});
