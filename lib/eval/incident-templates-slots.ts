/**
 * The slot lists of the incident pair templates (./incident-templates.ts): the forms Arabic news offers for
 * each part of a telling of a defection — the group (its name, an alias, its parent or a unit, the name
 * without its kind word), the count (exact, «نحو», «أكثر من», «عشرات», «عدد من»), the kind (verb and
 * verbal noun), the place (a village, its district, its governorate) and the date phrase relative to the
 * report's publication day. Written from the language, not from a report of data/.
 */
import type { EventKind } from "../extract/types";
import { addDaysIso, civilFromDays, dayNumber, isoOf, weekdayOfDayNumber } from "../time/day";
import type { IsoDay } from "../time/types";

/** A group as outlets name it. `unit`/`parent`: another gazetteer group one level away, as outlets name it. */
export interface GroupSlot {
  id: string;
  name: string;
  /** Other names for the same group (gazetteer aliases an outlet writes). */
  aliases: string[];
  /** The name without its kind word («قوات»/«ميليشيا»/«هيئة»), when outlets write it so. */
  bare?: string;
  parent?: { id: string; name: string };
  unit?: { id: string; name: string };
  /** The group under a name of its past that outlets still use (another gazetteer id). */
  formerly?: { id: string; name: string };
}

export const GROUPS: GroupSlot[] = [
  { id: "syrian-army", name: "قوات النظام", aliases: ["جيش النظام السوري", "قوات الأسد"], bare: "النظام", unit: { id: "4th-division", name: "الفرقة الرابعة" } },
  { id: "4th-division", name: "الفرقة الرابعة", aliases: ["الفرقة الرابعة مدرعات"], parent: { id: "syrian-army", name: "قوات النظام" } },
  { id: "5th-corps", name: "الفيلق الخامس", aliases: ["الفيلق الخامس اقتحام"], unit: { id: "8th-brigade", name: "اللواء الثامن" } },
  { id: "ndf", name: "ميليشيا الدفاع الوطني", aliases: ["قوات الدفاع الوطني"], bare: "الدفاع الوطني" },
  { id: "sdf", name: "قوات سوريا الديمقراطية", aliases: ["قسد"], bare: "سوريا الديمقراطية", unit: { id: "ypg", name: "وحدات حماية الشعب" } },
  { id: "hts", name: "هيئة تحرير الشام", aliases: ["تحرير الشام"], bare: "تحرير الشام", formerly: { id: "nusra", name: "جبهة النصرة" } },
  { id: "isis", name: "تنظيم الدولة", aliases: ["داعش"] },
];

/** A village or town with its district (as outlets write it: «ريف X الشرقي») and its governorate. */
export interface PlaceSlot {
  id: string;
  village: string;
  district: string;
  governorate: string;
  /** The governorate's gazetteer id. */
  governorateId: string;
  /** Another town of the same governorate (a different incident's place). */
  neighbour: string;
}

export const PLACES: PlaceSlot[] = [
  { id: "muhasan", village: "بلدة الموحسن", district: "ريف دير الزور الشرقي", governorate: "دير الزور", governorateId: "deir-ez-zor", neighbour: "مدينة الميادين" },
  { id: "talbiseh", village: "مدينة تلبيسة", district: "ريف حمص الشمالي", governorate: "حمص", governorateId: "homs", neighbour: "مدينة تدمر" },
  { id: "saraqib", village: "مدينة سراقب", district: "ريف إدلب الشرقي", governorate: "إدلب", governorateId: "idlib", neighbour: "مدينة أريحا" },
  { id: "manbij", village: "مدينة منبج", district: "ريف حلب الشرقي", governorate: "حلب", governorateId: "aleppo", neighbour: "مدينة الباب" },
  { id: "douma", village: "مدينة دوما", district: "الغوطة الشرقية", governorate: "ريف دمشق", governorateId: "rif-dimashq", neighbour: "مدينة يبرود" },
];

/** A person noun in the three forms a count takes: «15 عنصراً», «7 عناصر», «العناصر». */
interface Person {
  singular: string;
  plural: string;
  definite: string;
}
export const PERSONS: Person[] = [
  { singular: "عنصراً", plural: "عناصر", definite: "العناصر" },
  { singular: "جندياً", plural: "جنود", definite: "الجنود" },
  { singular: "مقاتلاً", plural: "مقاتلين", definite: "المقاتلين" },
];

/** How a telling gives its figure. */
export type CountForm = "exact" | "about" | "more-than" | "dozens" | "unknown";

/** The counted noun phrase: «15 عنصراً», «نحو 20 جندياً», «أكثر من 10 مقاتلين», «عشرات العناصر», «عدد من الجنود». */
export function countPhrase(form: CountForm, n: number, person: Person): string {
  const counted = (k: number) => `${k} ${k >= 3 && k <= 10 ? person.plural : person.singular}`;
  switch (form) {
    case "exact":
      return counted(n);
    case "about":
      return `نحو ${counted(n)}`;
    case "more-than":
      return `أكثر من ${counted(n)}`;
    case "dozens":
      return `عشرات ${person.definite}`;
    case "unknown":
      return `عدد من ${person.definite}`;
  }
}

/** The figure a second outlet rounds to: 15 → 20, 23 → 20, 120 → 100 (one significant digit). */
export { rounder } from "./incident-perturbations";

/** The round figure an outlet puts after «أكثر من»: 15 → 10, 23 → 20, 7 → 5. */
export function roundDown(n: number): number {
  if (n < 10) return Math.max(2, n - 2);
  const unit = 10 ** Math.floor(Math.log10(n));
  return Math.floor(n / unit) * unit;
}

/** A sentence shape of a telling, with the slots filled by the caller. */
export interface Clause {
  count: string;
  group: string;
  /** «في بلدة الموحسن بريف دير الزور الشرقي», or "" with no place. */
  place: string;
  /** The date phrase, or "" with no date. */
  date: string;
}

/** The body sentence of each kind and form (verb or verbal noun after «أفادت مصادر محلية»). */
export type KindForm =
  | "defection-verb" | "defection-noun" | "defection-said" | "defection-date-first" | "defection-announced" | "defection-arrived"
  | "desertion-verb" | "desertion-noun" | "attempted-verb" | "attempted-noun";

export const KIND_OF: Record<KindForm, EventKind> = {
  "defection-verb": "defection",
  "defection-noun": "defection",
  "defection-said": "defection",
  "defection-date-first": "defection",
  "defection-announced": "defection",
  "defection-arrived": "defection",
  "desertion-verb": "desertion",
  "desertion-noun": "desertion",
  "attempted-verb": "attempted",
  "attempted-noun": "attempted",
};

const join = (...parts: string[]) => parts.filter((p) => p !== "").join(" ");

export function bodySentence(form: KindForm, c: Clause): string {
  switch (form) {
    case "defection-verb":
      return `${join("انشق", c.count, "عن", c.group, c.place, c.date)}، بحسب ما أفادت مصادر محلية.`;
    case "defection-noun":
      return `${join("أفادت مصادر محلية بانشقاق", c.count, "عن", c.group, c.place, c.date)}.`;
    case "defection-said":
      return `${join("وقالت شبكة محلية إن", c.count, "انشقوا عن", c.group, c.place, c.date)}.`;
    case "defection-date-first":
      return c.date === "" ? bodySentence("defection-verb", c) : `${c.date.replace(/^في /, "")}، ${join("انشق", c.count, "عن", c.group, c.place)}.`;
    case "defection-announced":
      return `${join("أعلن", c.count, "انشقاقهم عن", c.group, c.place, c.date)}، في تسجيل مصور نشره ناشطون.`;
    case "defection-arrived":
      return `${join("وصل", c.count, "منشقين عن", c.group, "إلى مناطق سيطرة فصائل المعارضة", c.date)}، بعد فرارهم من مواقعهم ${c.place}.`.replace(/ \.$/, ".").replace(/ ،/, "،");
    case "desertion-verb":
      return `${join("فرّ", c.count, "من صفوف", c.group, c.place, c.date)}، بحسب ما أفادت مصادر محلية.`;
    case "desertion-noun":
      return `${join("أفادت مصادر محلية بفرار", c.count, "من صفوف", c.group, c.place, c.date)}.`;
    case "attempted-verb":
      return `${join("حاول", c.count, "من", c.group, "الانشقاق", c.place, c.date)}، بحسب ما أفادت مصادر محلية.`;
    case "attempted-noun":
      return `${join("أفادت مصادر محلية بإحباط محاولة انشقاق", c.count, "من صفوف", c.group, c.place, c.date)}.`;
  }
}

/** A headline: a verbal noun phrase, no date (outlets date in the body). */
export function headline(c: Omit<Clause, "date">): string {
  return join("انشقاق", c.count, "عن", c.group, c.place);
}

const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
const MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
const weekdayOf = (day: IsoDay) => WEEKDAYS[weekdayOfDayNumber(dayNumber(day))];

/** How a telling dates its incident, relative to its own publication day. */
export type DateForm = "today" | "yesterday" | "yesterday-weekday" | "evening-yesterday" | "two-days-ago" | "evening-weekday" | "weekday" | "last-week" | "early-month" | "day-month" | "none";

export const DATE_FORMS: DateForm[] = ["today", "yesterday", "yesterday-weekday", "evening-yesterday", "two-days-ago", "evening-weekday", "weekday", "last-week", "early-month", "day-month", "none"];

/**
 * The date phrase of `form` for an incident on `day` told in a report published on `published`, or null
 * when the form cannot say it (اليوم only for the day itself, «مطلع الشهر» only for its first ten days
 * of the report's month, a weekday only within the week before).
 */
export function datePhrase(form: DateForm, day: IsoDay, published: IsoDay): string | null {
  const ago = dayNumber(published) - dayNumber(day);
  if (ago < 0) return null;
  const { m, d } = civilFromDays(dayNumber(day));
  const sameMonth = civilFromDays(dayNumber(published)).m === m;
  switch (form) {
    case "today":
      return ago === 0 ? "اليوم" : null;
    case "yesterday":
      return ago === 1 ? "أمس" : null;
    case "yesterday-weekday":
      return ago === 1 ? `أمس ${weekdayOf(day)}` : null;
    case "evening-yesterday":
      return ago === 1 ? "مساء أمس" : null;
    case "two-days-ago":
      return ago === 2 ? "قبل يومين" : null;
    case "evening-weekday":
      return ago >= 2 && ago <= 6 ? `مساء ${weekdayOf(day)}` : null;
    case "weekday":
      return ago >= 2 && ago <= 6 ? `يوم ${weekdayOf(day)} الماضي` : null;
    case "last-week":
      return ago >= 2 && ago <= 6 ? "الأسبوع الماضي" : null;
    case "early-month":
      return sameMonth && d <= 10 && ago >= 2 ? "مطلع الشهر الجاري" : null;
    case "day-month":
      return `في ${d} ${MONTHS[m - 1]}`;
    case "none":
      return "";
  }
}

/** The publication days (offsets from the incident day, within `from`..`to`) on which `form` can date it. */
export function offsetsFor(form: DateForm, day: IsoDay, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k <= to; k++) if (datePhrase(form, day, addDaysIso(day, k)) !== null) out.push(k);
  return out;
}

/** The days a date phrase denotes ([start, end] offsets from the publication day), or null for no date. */
export function phraseDays(form: DateForm, day: IsoDay, published: IsoDay): { start: IsoDay; end: IsoDay } | null {
  const { y, m } = civilFromDays(dayNumber(published));
  switch (form) {
    case "none":
      return null;
    case "last-week":
      return { start: addDaysIso(published, -7), end: addDaysIso(published, -1) };
    case "early-month":
      return { start: isoOf(y, m, 1), end: isoOf(y, m, 10) };
    default:
      return { start: day, end: day };
  }
}
