/**
 * The slot lists of the "twins" family (./twins.ts): one incident told twice in one report, the group named
 * the second time as another gazetteer id of its lineage (data/groups.json: a parent, a unit of it) or under
 * another of its names (an alias, an acronym, a hashtag). Written from the grammar and vocabulary of Arabic
 * news, not from a report. Dates and P are those of the discourse family (./discourse-grammar.ts).
 */
import { about, type Triple } from "../../extract/conventions/types";

export interface Named {
  id: string;
  /** As an outlet writes it after "من" / "عن". */
  name: string;
}

/**
 * Two names of one lineage: `wide` the parent (or one name of the group), `narrow` the unit (or another
 * name). The event is shown with the most specific group: the unit, or the group itself for two names.
 */
export interface Lineage {
  relation: "unit" | "alias";
  wide: Named;
  narrow: Named;
}

const unit = (wide: Named, narrow: Named): Lineage => ({ relation: "unit", wide, narrow });
const alias = (id: string, one: string, other: string): Lineage => ({ relation: "alias", wide: { id, name: one }, narrow: { id, name: other } });

export const LINEAGES: readonly Lineage[] = [
  unit({ id: "syrian-army", name: "قوات النظام" }, { id: "4th-division", name: "الفرقة الرابعة" }),
  unit({ id: "syrian-army", name: "جيش النظام" }, { id: "republican-guard", name: "الحرس الجمهوري" }),
  unit({ id: "sdf", name: "قسد" }, { id: "ypg", name: "وحدات حماية الشعب" }),
  unit({ id: "sdf", name: "قوات سوريا الديمقراطية" }, { id: "asayish", name: "الأسايش" }),
  unit({ id: "sna", name: "الجيش الوطني" }, { id: "sultan-murad", name: "فرقة السلطان مراد" }),
  unit({ id: "iranian-militias", name: "الميليشيات الإيرانية" }, { id: "fatemiyoun", name: "لواء فاطميون" }),
  unit({ id: "5th-corps", name: "الفيلق الخامس" }, { id: "8th-brigade", name: "اللواء الثامن" }),
  alias("sdf", "قوات سوريا الديمقراطية", "#قسد"),
  alias("sdf", "قوات سوريا الديمقراطية", "قسد"),
  alias("isis", "تنظيم الدولة الإسلامية", "داعش"),
  alias("syrian-army", "قوات النظام", "جيش الأسد"),
  alias("hts", "هيئة تحرير الشام", "تحرير الشام"),
];

/** Two units of one parent (siblings): never one incident by their names alone. */
export const SISTERS: ReadonlyArray<[Named, Named]> = [
  [{ id: "4th-division", name: "الفرقة الرابعة" }, { id: "republican-guard", name: "الحرس الجمهوري" }],
  [{ id: "ypg", name: "وحدات حماية الشعب" }, { id: "asayish", name: "الأسايش" }],
  [{ id: "sultan-murad", name: "فرقة السلطان مراد" }, { id: "hamza-division", name: "فرقة الحمزة" }],
  [{ id: "fatemiyoun", name: "لواء فاطميون" }, { id: "zainabiyoun", name: "لواء زينبيون" }],
];

/** The first telling's figure and the ways a second telling restates it. */
export interface Figure {
  /** "12 عنصراً": as the first telling says it. */
  plain: string;
  value: Triple;
  /** The same figure again in the second telling. */
  same: string;
  /** A looser form of the same people ("نحو 12 عنصراً", "عشرات العناصر"). */
  approx: string;
}

const exact = (n: number): Triple => [n, n, n];

export const FIGURES: readonly Figure[] = [
  { plain: "12 عنصراً", value: exact(12), same: "12 عنصراً", approx: "نحو 12 عنصراً" },
  { plain: "سبعة عناصر", value: exact(7), same: "سبعة عناصر", approx: "قرابة سبعة عناصر" },
  { plain: "نحو 40 عنصراً", value: about(40), same: "نحو 40 عنصراً", approx: "عشرات العناصر" },
];

/** A part of the first telling's people, always fewer than any figure above ("تمكن ثلاثة منهم"). */
export const PARTS: readonly string[] = ["ثلاثة", "اثنان"];

/** A sentence between the two tellings that tells nothing dated nor counted. */
export const BETWEEN: readonly string[] = [
  "وتشهد المنطقة حالة من التوتر الأمني وسط استنفار في صفوف الحواجز.",
  "ويأتي ذلك في ظل تردي الأوضاع المعيشية للعناصر وتأخر رواتبهم.",
];

/** A total of the parent's defectors over a period, larger than every first figure. */
export const TOTALS: ReadonlyArray<{ text: string; value: number }> = [
  { text: "60 عنصراً", value: 60 },
  { text: "85 عنصراً", value: 85 },
];

/** A town and the ways its governorate is said: the lead names one, the details the other. */
export const TOWNS: ReadonlyArray<{ town: string; governorate: readonly string[] }> = [
  { town: "في مدينة الميادين", governorate: ["في ريف دير الزور", "في محافظة دير الزور"] },
  { town: "في مدينة نوى", governorate: ["في ريف درعا", "في محافظة درعا"] },
  { town: "في مدينة الباب", governorate: ["في ريف حلب", "في محافظة حلب"] },
];
