/**
 * The slot lists of the "discourse" family (./discourse.ts): the incident sentence's parts (group × count ×
 * predicate × place), and the date expressions, each resolved by hand against P = Wednesday 2022-03-16
 * by the conventions of data/dev/README.md and ../shared/dev-reports/README.md "Dates". Written from the
 * grammar and vocabulary of Arabic news, not from a report.
 */
import { about, type Triple } from "../../extract/conventions/types";
import { spaced } from "./product";

export const P = "2022-03-16";
/** No expression of its own: [P-7, P]. */
export const DEFAULT_RANGE: [string, string] = ["2022-03-09", "2022-03-16"];

export interface GroupForm {
  id: string;
  /** The name as an outlet writes it after "من" / "عن". */
  name: string;
  /** A hashtag spelling ("#قسد"). */
  tag: string;
  /** The verb agrees in the feminine ("شهدت الفرقة"، "شهد التنظيم"). */
  feminine: boolean;
}

export const GROUPS: readonly GroupForm[] = [
  { id: "sdf", name: "قوات سوريا الديمقراطية", tag: "#قسد", feminine: true },
  { id: "4th-division", name: "الفرقة الرابعة", tag: "#الفرقة_الرابعة", feminine: true },
  { id: "ndf", name: "ميليشيا الدفاع الوطني", tag: "#الدفاع_الوطني", feminine: true },
  { id: "hts", name: "هيئة تحرير الشام", tag: "#تحرير_الشام", feminine: true },
  { id: "isis", name: "تنظيم داعش", tag: "#داعش", feminine: false },
];

/**
 * A count of people in the three cases the frames need: after a verb or "من" (nominative/genitive of the
 * plural are the same for these forms), and with "آخرون/آخرين" for a second batch of the same group.
 */
export interface CountForm {
  /** "خمسة عناصر" */
  plain: string;
  /** After a verbal noun or a preposition, when it differs ("عنصرين"). */
  plainGen?: string;
  /** "خمسة عناصر آخرون" (subject) */
  othersNom: string;
  /** "خمسة عناصر آخرين" (after a verbal noun or a preposition) */
  othersGen: string;
  value: Triple;
  /** The verb after it in the dual ("انشقا") rather than the plural ("انشقوا"). */
  dual?: true;
}

const exact = (n: number): Triple => [n, n, n];

/** First incidents' counts. */
export const COUNTS_A: readonly CountForm[] = [
  { plain: "خمسة عناصر", othersNom: "خمسة عناصر آخرون", othersGen: "خمسة عناصر آخرين", value: exact(5) },
  { plain: "12 عنصراً", othersNom: "12 عنصراً آخرون", othersGen: "12 عنصراً آخرين", value: exact(12) },
  { plain: "نحو 40 عنصراً", othersNom: "نحو 40 عنصراً آخرون", othersGen: "نحو 40 عنصراً آخرين", value: about(40) },
];
/** Second incidents' counts (distinct from the first's, so the check can tell the events apart). */
export const COUNTS_B: readonly CountForm[] = [
  { plain: "ثلاثة عناصر", othersNom: "ثلاثة عناصر آخرون", othersGen: "ثلاثة عناصر آخرين", value: exact(3) },
  { plain: "عنصران", plainGen: "عنصرين", othersNom: "عنصران آخران", othersGen: "عنصرين آخرين", value: exact(2), dual: true },
  { plain: "ثمانية مقاتلين", othersNom: "ثمانية مقاتلين آخرون", othersGen: "ثمانية مقاتلين آخرين", value: exact(8) },
];

export const PLACES: readonly string[] = ["في ريف دير الزور الشرقي", "في ريف درعا الغربي", "في ريف حلب الشمالي"];

/** A date expression and its hand-resolved range against P (Wed 2022-03-16). */
export interface DateForm {
  text: string;
  range: [string, string];
}

/** Dates of the report's news: recent days. */
export const RECENT: readonly DateForm[] = [
  { text: "أمس", range: ["2022-03-15", "2022-03-15"] },
  { text: "فجر اليوم", range: ["2022-03-16", "2022-03-16"] },
  { text: "يوم الأحد الماضي", range: ["2022-03-13", "2022-03-13"] }, // the latest Sunday strictly before P
  { text: "مساء الاثنين", range: ["2022-03-14", "2022-03-14"] }, // a bare weekday: the latest on or before P
  { text: "أول أمس", range: ["2022-03-14", "2022-03-14"] },
];

/** Dates of a background incident: before any of RECENT. */
export const EARLIER: readonly DateForm[] = [
  { text: "الشهر الماضي", range: ["2022-02-01", "2022-02-28"] },
  { text: "مطلع الشهر الجاري", range: ["2022-03-01", "2022-03-10"] },
  { text: "في كانون الثاني الماضي", range: ["2022-01-01", "2022-01-31"] },
  { text: "عام 2019", range: ["2019-01-01", "2019-12-31"] },
  { text: "في الخامس من شباط", range: ["2022-02-05", "2022-02-05"] }, // a missing year: the latest such month not after P's
];

/** A verb-first incident sentence: "<verb> <count> من <group> <date> <place> <what they did>". */
export interface Predicate {
  name: string;
  /** With the date (possibly empty) in the shape's natural place; the second verb agrees with the count. */
  say: (count: Pick<CountForm, "plain" | "dual">, group: string, date: string, place: string) => string;
}

/** The plural or dual past-tense ending of the verb that follows the count ("ووصلوا" / "ووصلا"). */
export const they = (c: Pick<CountForm, "dual">, stem: string): string => stem + (c.dual ? "ا" : "وا");

export const PREDICATES: readonly Predicate[] = [
  { name: "inshaqqa", say: (n, g, d, p) => spaced("انشق", n.plain, "من", g, d, p, they(n, "ووصل"), "إلى مناطق المعارضة") },
  { name: "farra-sallamu", say: (n, g, d, p) => spaced("فرّ", n.plain, "من صفوف", g, d, p, they(n, "وسلّم"), n.dual ? "نفسيهما" : "أنفسهم", "لفصائل المعارضة") },
  { name: "taraka-iltahaqu", say: (n, g, d, p) => spaced("ترك", n.plain, "صفوف", g, d, p, they(n, "والتحق"), "بفصائل المعارضة") },
];

/** Connectives that open a follow-up incident in a new sentence. */
export const FOLLOW_UPS: readonly string[] = ["كما", "وفي سياق متصل،", "وفي حادثة منفصلة،", "إلى ذلك،", "من جهة أخرى،"];

/** A span of days counted from another day of the text: after "بعد" ("يومين") and after "قبل ذلك" ("بيومين"). */
export interface ShiftForm {
  plain: string;
  bi: string;
  days: number;
}
export const SHIFTS: readonly ShiftForm[] = [
  { plain: "يومين", bi: "بيومين", days: 2 },
  { plain: "ثلاثة أيام", bi: "بثلاثة أيام", days: 3 },
  { plain: "أسبوع", bi: "بأسبوع", days: 7 },
];

/** Calendar days earlier in P's month, as a first incident counted from. */
export const EARLY_DAYS: readonly DateForm[] = [
  { text: "في الثالث من آذار", range: ["2022-03-03", "2022-03-03"] },
  { text: "في 5 آذار الجاري", range: ["2022-03-05", "2022-03-05"] },
  { text: "يوم الخميس الماضي", range: ["2022-03-10", "2022-03-10"] }, // the latest Thursday strictly before P
];
