/**
 * The slot lists of the "series" family (./series.ts): incidents told as a series — the verb once, then items with
 * no verb of their own, each its own sentence or line. The groups, small counts, verbs and days are the roundups'
 * (./roundups-grammar.ts, days resolved by hand against P = Wednesday 2022-03-16); here: how the group is named
 * again in an item, towns as a line's label and as "في X", the openers of a verbless item, the headings and leads
 * that name the verb once, and what a verbless figure may be instead of an incident. Written from the grammar and
 * vocabulary of Arabic news, never from a report.
 */
import { ROUNDUP_GROUPS, type RoundupGroup, type Small, type Verb } from "./roundups-grammar";

export interface SeriesGroup extends RoundupGroup {
  /** "من عناصرها": the group's men with the pronoun of its gender ("الفيلق" is masculine). */
  its: string;
}
export const SERIES_GROUPS: readonly SeriesGroup[] = ROUNDUP_GROUPS.map((g) => ({ ...g, its: g.id === "5th-corps" ? "عناصره" : "عناصرها" }));

/** How an item names its group again: in full, in short, by the pronoun ("ثلاثة من عناصرها"), or not at all. */
export type Again = "name" | "short" | "pronoun" | "none";
export const AGAIN: readonly Again[] = ["name", "short", "pronoun", "none"];

/** The item's people with its group said again: "ثلاثة عناصر من الفرقة"، "ثلاثة من عناصرها"، "ثلاثة عناصر". */
export function itemPeople(n: Small, g: SeriesGroup, again: Again): string {
  if (again === "name") return `${n.nom} من ${g.name}`;
  if (again === "short") return `${n.nom} من ${g.short}`;
  if (again === "pronoun") return n.value === 1 ? `${n.nom} من ${g.its}` : `${NUMBER_WORDS[n.value]} من ${g.its}`;
  return n.nom;
}
/** "ثلاثة من عناصرها": the number alone before "من" (two: "اثنان"). */
const NUMBER_WORDS: Record<number, string> = { 2: "اثنان", 3: "ثلاثة", 4: "أربعة", 7: "سبعة" };

/** Towns known to the gazetteer: a line's label ("- الصنمين:") and after "في". */
export interface Town {
  bare: string;
  in: string;
}
export const TOWNS: readonly Town[] = ["بصرى الشام", "مدينة الصنمين", "درعا البلد", "مدينة الميادين", "بلدة الكسوة"].map((bare) => ({ bare, in: `في ${bare}` }));

/** The openers of an item that is its own sentence: "و"، "كذلك"، "وكذلك"، "وأيضاً" (the item after them). */
export const ALSO_OPENERS: readonly string[] = ["و", "كذلك ", "وكذلك ", "وأيضاً "];

/** "والحال ذاته في X حيث …": the same again, somewhere else. */
export const SAME_AGAIN: readonly string[] = ["والحال ذاته", "والأمر نفسه", "وكذلك الأمر"];

/** A heading or lead that names the verb once over a list of items (the verb's verbal noun). */
export const HEADINGS: ReadonlyArray<(v: Verb, g: SeriesGroup) => string> = [
  (v, g) => `حالات ${v.masdar} جديدة في صفوف ${g.name}:`,
  (v, g) => `رصدت الشبكة خلال الأسبوع الماضي حالات ${v.masdar} في صفوف ${g.name}، وهي:`,
  (v, g) => `تتواصل حالات ${v.masdar} من صفوف ${g.name}، وهذه أبرزها:`,
];

/** A verbless sentence with a figure of the group that is no one leaving it (after a live telling). */
export interface NotAnItem {
  name: string;
  say: (g: SeriesGroup, town: Town, day: string) => string;
}
export const NOT_ITEMS: readonly NotAnItem[] = [
  { name: "killed", say: (g, t, d) => `وفي ${t.bare}، ثلاثة قتلى من ${g.name} ${d}.` },
  { name: "killed-dual", say: (g, t, d) => `وفي ${t.bare} قتيلان من ${g.name} ${d} جراء القصف.` },
  { name: "wounded", say: (g, t, d) => `وفي ${t.bare}، خمسة جرحى من ${g.name} ${d}.` },
  { name: "prisoners", say: (g, t, d) => `وفي ${t.bare}، ثلاثة أسرى من ${g.name} ${d} لدى فصائل المعارضة.` },
  { name: "in-custody", say: (g, t, d) => `وفي ${t.bare}، أربعة عناصر من ${g.name} قيد الاعتقال منذ ${d}.` },
  { name: "killed-source", say: (g, t, d) => `وفي ${t.bare}، ثلاثة عناصر من ${g.name} ${d}، بحسب مصدر أكد مقتلهم.` },
  { name: "total", say: (g, t, d) => `والمجموع ثمانية عناصر من ${g.name} في ${t.bare} وحدها منذ ${d}.` },
  { name: "force", say: (g, t) => `وفي ${t.bare} نحو 200 عنصر من ${g.name}.` },
  { name: "force-posted", say: (g, t) => `وفي ${t.bare} قرابة 300 عنصر من ${g.name} منتشرين على الحواجز.` },
  { name: "force-list", say: (g, t) => `\n- ${t.bare}: نحو 150 عنصراً من ${g.name} وثلاث دبابات.` },
];

/** A verbless sentence told with a predicate of its own of another class: the series stops there. */
export const OWN_PREDICATES: readonly NotAnItem[] = [
  { name: "killed-verb", say: (g, t, d) => `وفي ${t.bare}، قُتل ثلاثة عناصر من ${g.name} ${d} بانفجار لغم.` },
  { name: "arrested-verb", say: (g, t, d) => `وفي ${t.bare}، اعتقلت دورية أمنية ثلاثة عناصر من ${g.name} ${d}.` },
  { name: "sent-verb", say: (g, t, d) => `وفي ${t.bare}، أرسلت القيادة 50 عنصراً من ${g.name} ${d} لتعزيز الحواجز.` },
];

/** A day said with a part of the day ("مساء الأحد"، "ليل الاثنين"، "مساء أمس"): the same day. */
export const atNight = (day: string, part: "مساء" | "ليل"): string => (day.startsWith("يوم ") ? `${part} ${day.slice(4)}` : `${part} ${day}`);

/** What weapons they took: with one man, two, or more. */
const withArms = (n: Small) => (n.value === 1 ? "بسلاحه الفردي" : n.value === 2 ? "بسلاحيهما" : "بأسلحتهم الفردية");

/**
 * An item told with what outlets add to it and is no predicate of its own: the source ("بحسب المصدر"، "وفق ما أفاد
 * مراسل الشبكة"), "من صفوف"، the arms they took, "أيضاً" after the place, a part of the day, a rank. `one`: the item
 * is one man whatever the count slot says.
 */
export interface ItemDetail {
  name: string;
  one?: true;
  say: (n: Small, g: SeriesGroup, town: Town, day: string) => string;
}
export const ITEM_DETAILS: readonly ItemDetail[] = [
  { name: "source", say: (n, g, t, d) => `وفي ${t.bare}، ${n.nom} من ${g.name} ${d}، بحسب المصدر.` },
  { name: "correspondent", say: (n, g, t, d) => `وفي ${t.bare}، ${n.nom} من ${g.name} ${d}، وفق ما أفاد مراسل الشبكة.` },
  { name: "ranks", say: (n, g, t, d) => `وفي ${t.bare}، ${n.nom} من صفوف ${g.name} ${d}.` },
  { name: "arms", say: (n, g, t, d) => `وفي ${t.bare}، ${n.nom} من ${g.name} ${withArms(n)} ${d}.` },
  { name: "also", say: (n, g, t, d) => `وفي ${t.bare} أيضاً، ${n.nom} من ${g.short} ${d}.` },
  { name: "evening", say: (n, g, t, d) => `وفي ${t.bare}، ${n.nom} من ${g.name} ${atNight(d, "مساء")}.` },
  { name: "night", say: (n, g, t, d) => `وفي ${t.bare}، ${n.nom} من ${g.name} ${atNight(d, "ليل")}.` },
  { name: "rank", one: true, say: (_n, g, t, d) => `وفي ${t.bare}، ضابط برتبة ملازم من ${g.name} ${d}.` },
];
