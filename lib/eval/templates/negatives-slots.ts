/**
 * Slot lists of the "negatives" family (lib/eval/templates/negatives*.ts): the forms the language offers for
 * the group left, the people counted and the verbs of leaving, written from Arabic grammar and news usage, never
 * from a report of data/. Each verb of leaving comes with the phrases a template needs (verbal noun, perfect,
 * imperfect, subjunctive, participle), each with its own preposition of the group left.
 */
import { about, TENS, type ConventionCase, type Triple } from "../../extract/conventions/types";
import { product } from "./product";
import type { EventKind } from "../../extract/types";

export interface GroupForm {
  text: string;
  /** Gazetteer id. */
  id: string;
}

/** The group left, as outlets name it (full names, abbreviations, the regime's army, militias, factions). */
export const GROUPS: readonly GroupForm[] = [
  { text: "قوات النظام", id: "syrian-army" },
  { text: "قسد", id: "sdf" },
  { text: "قوات سوريا الديمقراطية", id: "sdf" },
  { text: "تنظيم داعش", id: "isis" },
  { text: "هيئة تحرير الشام", id: "hts" },
  { text: "الفرقة الرابعة", id: "4th-division" },
  { text: "ميليشيا الدفاع الوطني", id: "ndf" },
  { text: "الفيلق الخامس", id: "5th-corps" },
  { text: "حزب الله", id: "hezbollah" },
  { text: "الجيش الوطني السوري", id: "sna" },
];

export interface PeopleForm {
  /** A counted subject, in the case a verb-first sentence gives it. */
  text: string;
  count: Triple | null;
}

/** Counted people: digits with the accusative of 11–99, a number word, an approximation, a vague plural. */
export const PEOPLE: readonly PeopleForm[] = [
  { text: "15 عنصراً", count: [15, 15, 15] },
  { text: "40 مقاتلاً", count: [40, 40, 40] },
  { text: "ثمانية عناصر", count: [8, 8, 8] },
  { text: "23 جندياً", count: [23, 23, 23] },
  { text: "نحو 200 عنصر", count: about(200) },
  { text: "عشرات العناصر", count: TENS },
];

/** Figures too large for one incident: a whole army, a war's total, a campaign's target. */
export const LARGE_PEOPLE: readonly string[] = ["1000 عنصر", "أكثر من 60 ألف عنصر", "نحو 3000 مقاتل", "آلاف الجنود"];

export interface LeavingVerb {
  /** The verbal noun with its group: "الانشقاق عن X". */
  masdar: (g: string) => string;
  /** The verbal noun alone, as the object of a preposition: "على الانشقاق". */
  bare: string;
  /** The verbal noun with its counted subject and group: "انشقاق 15 عنصراً عن X". */
  masdarOf: (p: string, g: string) => string;
  /** Verb first, with its subject: "انشق 15 عنصراً عن X". */
  perfect: (p: string, g: string) => string;
  /** Plural perfect after its subject: "انشقوا عن X". */
  perfectPlural: (g: string) => string;
  /** Imperfect (also the subjunctive after أن) with its subject: "ينشق 15 عنصراً عن X". */
  imperfect: (p: string, g: string) => string;
  /** Plural subjunctive after its subject: "أن ينشقوا عن X". */
  subjunctive: (g: string) => string;
  /** The verbal noun, indefinite, after "حالة": "حالة انشقاق". */
  noun: string;
  /** Plural participle with its group, the people who left: "المنشقين عن X". */
  plural: (g: string) => string;
  /** Participle with its group, describing a person: "المنشق عن X". */
  participle: (g: string) => string;
  /** The kind of an incident this verb tells with no destination (conventions: انشقاق → defection; flight → desertion). */
  kind: EventKind;
}

export const VERBS: readonly LeavingVerb[] = [
  {
    masdar: (g) => `الانشقاق عن ${g}`, bare: "الانشقاق", masdarOf: (p, g) => `انشقاق ${p} عن ${g}`,
    perfect: (p, g) => `انشق ${p} عن ${g}`, perfectPlural: (g) => `انشقوا عن ${g}`,
    imperfect: (p, g) => `ينشق ${p} عن ${g}`, subjunctive: (g) => `ينشقوا عن ${g}`,
    noun: "انشقاق", plural: (g) => `المنشقين عن ${g}`, participle: (g) => `المنشق عن ${g}`, kind: "defection",
  },
  {
    masdar: (g) => `الفرار من صفوف ${g}`, bare: "الفرار", masdarOf: (p, g) => `فرار ${p} من صفوف ${g}`,
    perfect: (p, g) => `فرّ ${p} من صفوف ${g}`, perfectPlural: (g) => `فرّوا من صفوف ${g}`,
    imperfect: (p, g) => `يفرّ ${p} من صفوف ${g}`, subjunctive: (g) => `يفرّوا من صفوف ${g}`,
    noun: "فرار", plural: (g) => `الفارين من صفوف ${g}`, participle: (g) => `الفار من صفوف ${g}`, kind: "desertion",
  },
  {
    masdar: (g) => `الهروب من صفوف ${g}`, bare: "الهروب", masdarOf: (p, g) => `هروب ${p} من صفوف ${g}`,
    perfect: (p, g) => `هرب ${p} من صفوف ${g}`, perfectPlural: (g) => `هربوا من صفوف ${g}`,
    imperfect: (p, g) => `يهرب ${p} من صفوف ${g}`, subjunctive: (g) => `يهربوا من صفوف ${g}`,
    noun: "هروب", plural: (g) => `الهاربين من صفوف ${g}`, participle: (g) => `الهارب من صفوف ${g}`, kind: "desertion",
  },
  {
    masdar: (g) => `ترك صفوف ${g}`, bare: "ترك صفوفهم", masdarOf: (p, g) => `ترك ${p} صفوف ${g}`,
    perfect: (p, g) => `ترك ${p} صفوف ${g}`, perfectPlural: (g) => `تركوا صفوف ${g}`,
    imperfect: (p, g) => `يترك ${p} صفوف ${g}`, subjunctive: (g) => `يتركوا صفوف ${g}`,
    noun: "تسرّب", plural: (g) => `المتسربين من صفوف ${g}`, participle: (g) => `المنسحب من صفوف ${g}`, kind: "desertion",
  },
];

/** One man named with his rank, as news names a past defector. */
export const PERSONS: readonly string[] = ["العقيد خالد الحسن", "الملازم أول محمد الصالح", "أحمد العلي"];

/** Cases kept per template: enough to cross every slot form, few enough to run in seconds. */
export const CAP = 40;

export interface Row {
  g: GroupForm;
  p: PeopleForm;
  v: LeavingVerb;
}

/** A template of no event: its name and its sentence from one row of slots. */
export type NoEventTemplate = [name: string, sentence: (r: Row) => string];

/** The rows every template draws from: group × people × verb. */
export const ROWS: Row[] = product({ g: GROUPS, p: PEOPLE, v: VERBS });

/** The cases of templates that must yield no event, `family/template/n`. */
export function noEventCases(prefix: string, templates: readonly NoEventTemplate[], rows: readonly Row[] = ROWS): ConventionCase[] {
  return templates.flatMap(([name, sentence]) =>
    distinct(thin(rows, CAP).map(sentence)).map((text, k) => ({ id: `${prefix}/${name}/${k}`, text, events: [] })),
  );
}


const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * At most `max` rows, taken with a stride coprime to their number: unlike an even spread, every form of every
 * slot comes back (an even spread over group × people × verb keeps only the verbs its stride lands on).
 */
export function thin<T>(rows: readonly T[], max: number): T[] {
  const n = rows.length;
  if (n <= max) return [...rows];
  let step = Math.max(1, Math.floor(n / max));
  while (gcd(step, n) !== 1) step++;
  return Array.from({ length: max }, (_, k) => rows[(k * step) % n]);
}

/** The texts once each, in their first order (a template that reads few slots repeats itself). */
export const distinct = (texts: readonly string[]): string[] => [...new Set(texts)];
