import { describe, expect, it } from "vitest";
import { destinationAgrees, placeAgrees, placeWords } from "./where";

const place = (text: string, name_ar: string | null = null) => ({ text, id: null, name_ar, governorate: null });
const dest = (text: string, area: string | null = null) => ({ text, group_id: null, area });

describe("placeWords", () => {
  it("keeps the distinctive names and drops the kind of place", () => {
    expect([...placeWords("قرية الدوير بريف البوكمال")].sort()).toEqual(["البوكمال", "الدوير"].map((w) => w.replace(/^ال/, "")).sort());
  });
});

describe("placeAgrees", () => {
  it("agrees when a distinctive word is shared, in any spelling", () => {
    expect(placeAgrees("قرية الدوير بريف البوكمال", place("الدوير"))).toBe(true);
    expect(placeAgrees("بلدة الخريطة بريف دير الزور الغربي", place("بلدة الخريطة"))).toBe(true);
    expect(placeAgrees("منطقة آراك", place("بمنطقة اراك"))).toBe(true);
  });
  it("disagrees on a different place or when one side is missing", () => {
    expect(placeAgrees("ريف حمص الشرقي (بين البيارات والسخنة)", place("دمشق"))).toBe(false);
    expect(placeAgrees("النبك", place("حماة"))).toBe(false);
    expect(placeAgrees(null, place("حماة"))).toBe(false);
    expect(placeAgrees("النبك", null)).toBe(false);
    expect(placeAgrees(null, null)).toBe(true);
  });
  it("accepts the gazetteer name when the words as written differ", () => {
    expect(placeAgrees("مدينة دير الزور", place("ديرالزور", "دير الزور"))).toBe(true);
  });
});

describe("destinationAgrees", () => {
  it("compares destinations the same way", () => {
    expect(destinationAgrees("قسد", dest("مناطق سيطرة قسد"))).toBe(true);
    expect(destinationAgrees("الأردن (المفرق)", dest("الاردن", "الأردن"))).toBe(true);
    expect(destinationAgrees("الشمال السوري أو دول الجوار", dest("إدلب"))).toBe(false);
  });
});

describe("destinationAgrees with a group resolver", () => {
  it("accepts a destination group named differently in gold", () => {
    const same = (g: string, _t: string, id: string | null) => g === "قسد" && id === "sdf";
    expect(destinationAgrees("قسد", { text: "مناطق قوات سوريا الديمقراطية", group_id: "sdf", area: null }, same)).toBe(true);
    expect(destinationAgrees("الجيش الحر", { text: "مناطق قوات سوريا الديمقراطية", group_id: "sdf", area: null }, same)).toBe(false);
  });
  it("reads 'لل' as the article after a preposition", () => {
    expect(destinationAgrees("الجيش الحر", { text: "للجيش الحر", group_id: null, area: null })).toBe(true);
  });
});
