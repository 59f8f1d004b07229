/**
 * The slot lists of the "roundups" family (./roundups.ts): small counts of men in the nominative and genitive,
 * verbs of leaving with their verbal nouns and the kind each gives with no destination, towns, days (resolved by
 * hand against P = Wednesday 2022-03-16), roundup headings and leads. Written from the grammar and vocabulary of
 * Arabic news, not from a report.
 */
import type { EventKind } from "../../extract/types";

export interface RoundupGroup {
  id: string;
  name: string;
  /** The group named again in short ("الفيلق"، "الفرقة"، "الميليشيا"). */
  short: string;
}
export const ROUNDUP_GROUPS: readonly RoundupGroup[] = [
  { id: "syrian-army", name: "قوات النظام", short: "قوات النظام" },
  { id: "5th-corps", name: "الفيلق الخامس", short: "الفيلق" },
  { id: "4th-division", name: "الفرقة الرابعة", short: "الفرقة" },
  { id: "ndf", name: "ميليشيا الدفاع الوطني", short: "الميليشيا" },
  { id: "sdf", name: "قوات سوريا الديمقراطية", short: "قسد" },
];

/** One to seven men: as a subject after a verb, after a verbal noun or "و" in a list, and taken up ("العنصران"). */
export interface Small {
  nom: string;
  gen: string;
  taken: string;
  value: number;
}
export const SMALL: readonly Small[] = [
  { nom: "عنصر", gen: "عنصر", taken: "العنصر", value: 1 },
  { nom: "عنصران", gen: "عنصرين", taken: "العنصرين", value: 2 },
  // ("مجندين" alone is also the plural "conscripts": the dual is told with "اثنين" after a verbal noun)
  { nom: "مجندان", gen: "مجندين اثنين", taken: "المجندين", value: 2 },
  { nom: "ثلاثة عناصر", gen: "ثلاثة عناصر", taken: "العناصر الثلاثة", value: 3 },
  { nom: "4 مجندين", gen: "4 مجندين", taken: "المجندين الأربعة", value: 4 },
  { nom: "سبعة عناصر", gen: "سبعة عناصر", taken: "العناصر السبعة", value: 7 },
];

/** A verb of leaving (singular: it comes first) and its verbal noun; with no destination told, the kind it gives. */
export interface Verb {
  verb: string;
  masdar: string;
  kind: EventKind;
}
export const VERBS: readonly Verb[] = [
  { verb: "فرّ", masdar: "فرار", kind: "desertion" },
  { verb: "هرب", masdar: "هروب", kind: "desertion" },
  { verb: "تسرّب", masdar: "تسرّب", kind: "desertion" },
  { verb: "انشق", masdar: "انشقاق", kind: "defection" },
];

export const PLACES: readonly string[] = ["في بصرى الشام", "في مدينة الصنمين", "في درعا البلد", "في مدينة الميادين", "في بلدة الكسوة"];

/** Days of a weekly roundup, each a single day against P (a bare weekday: the latest on or before P). */
export const DAYS: ReadonlyArray<{ text: string; range: [string, string] }> = [
  { text: "يوم الأحد", range: ["2022-03-13", "2022-03-13"] },
  { text: "يوم الاثنين", range: ["2022-03-14", "2022-03-14"] },
  { text: "أمس", range: ["2022-03-15", "2022-03-15"] },
  { text: "يوم الخميس الماضي", range: ["2022-03-10", "2022-03-10"] },
];

/** Headings over a list of incidents. */
export const HEADINGS: readonly string[] = ["حصيلة الأسبوع:", "حصيلة الأسبوع الماضي في المنطقة الجنوبية:", "أبرز ما وثقه المرصد خلال الأسبوع:"];
/** Leads that open a list of incidents after one verbal noun. */
export const LEADS: readonly string[] = [
  "وثّق المرصد خلال الأسبوع الماضي",
  "رصدت الشبكة خلال الأيام الماضية",
  "حصيلة الأسبوع:",
  "سجّل مكتب التوثيق هذا الأسبوع",
];
