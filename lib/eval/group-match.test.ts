import { describe, expect, it } from "vitest";
import { GroupMatcher, goldKeys, groupKey, parseGazetteer } from "./group-match";

const gazetteer = parseGazetteer({
  groups: [
    { id: "army", name_ar: "الجيش السوري", aliases: ["قوات النظام", "جيش الأسد"], name_en: "Syrian Army", parent: null },
    { id: "4th", name_ar: "الفرقة الرابعة", aliases: ["الفرقة الرابعة مدرع"], name_en: "4th Division", parent: "army" },
    { id: "ndf", name_ar: "الدفاع الوطني", aliases: ["ميليشيا الدفاع الوطني"], name_en: "NDF", parent: null },
    { id: "jai", name_ar: "جيش الإسلام", aliases: [], name_en: "Jaysh al-Islam", parent: null },
    { id: "isis", name_ar: "تنظيم الدولة", aliases: ["داعش"], name_en: "ISIS", parent: null },
    { name_ar: "no id: skipped" },
  ],
});
const m = new GroupMatcher(gazetteer);
const unknown = (text: string) => ({ id: null, name_ar: text, text });
const known = (id: string, text: string) => ({ id, name_ar: gazetteer.find((g) => g.id === id)!.name_ar, text });

describe("groupKey", () => {
  it("drops militia/forces words, quotes, the article and parenthesised parts", () => {
    expect(groupKey("ميليشيا «الدفاع الوطني»")).toBe("دفاع وطني");
    expect(groupKey("مليشيا الدفاع الوطني")).toBe("دفاع وطني");
    expect(groupKey("قوات النظام")).toBe("نظام");
    expect(groupKey("الجيش السوري (سلاح الجو)")).toBe("جيش سوري");
    expect(groupKey("الفرقة الرابعة")).toBe("فرقه رابعه");
  });
  it("keeps each parenthesised part of a gold name as an alternative key", () => {
    expect(goldKeys("الميليشيات الإيرانية (الحرس الثوري، أبو الفضل العباس)")).toEqual(["ايرانيه", "حرس ثوري", "ابو فضل عباس"]);
  });
});

describe("GroupMatcher", () => {
  it("skips gazetteer entries without an id", () => {
    expect(gazetteer).toHaveLength(5);
  });
  it("resolves gold names through aliases, exactly or by the longest contained alias", () => {
    expect([...m.goldSide("جيش الأسد").ids]).toEqual(["army"]);
    expect([...m.goldSide("عناصر الفرقة الرابعة في دير الزور").ids]).toEqual(["4th"]);
    expect([...m.goldSide("مسلحون في الضمير").ids]).toEqual([]);
  });
  it("agrees on spelling variants and on the same id", () => {
    expect(m.agrees("مليشيا الدفاع الوطني", known("ndf", "ميليشيا الدفاع الوطني"))).toBe(true);
    expect(m.agrees("تنظيم الدولة (داعش)", known("isis", "داعش"))).toBe(true);
  });
  it("agrees between a unit and the army it belongs to, in both directions", () => {
    expect(m.agrees("الفرقة الرابعة", known("army", "قوات النظام"))).toBe(true);
    expect(m.agrees("قوات النظام", known("4th", "الفرقة الرابعة"))).toBe(true);
  });
  it("does not confuse different groups that share a word", () => {
    expect(m.agrees("جيش الإسلام", known("army", "الجيش"))).toBe(false);
    expect(m.agrees("الدفاع الوطني", known("4th", "الفرقة الرابعة"))).toBe(false);
    expect(m.agrees("جيش الإسلام", unknown("جيش"))).toBe(false);
  });
  it("compares unknown groups by their words", () => {
    expect(m.agrees("لواء شهداء القريتين", unknown("لواء شهداء القريتين"))).toBe(true);
    expect(m.agrees("لواء شهداء القريتين", unknown("مقاتلي لواء شهداء القريتين"))).toBe(true);
    expect(m.agrees("لواء شهداء القريتين", unknown("لواء الحمزة"))).toBe(false);
  });
});
