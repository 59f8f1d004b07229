/**
 * One event per incident. Candidates (one per trigger) are folded into events in text order:
 * a candidate joins an earlier event when they share a group (or it names none and continues the
 * event just before it), their counts can be the same people (a vague "عدة/عشرات" and a figure at
 * least its low bound; or two figures whose ranges overlap), and their dates overlap (or one is
 * the default). The more precise count and the narrower date win. Anything else is a new event:
 * a background incident with its own date or figure stays separate.
 */
import type { CountKind } from "./counts";

export interface CandidateCount {
  low: number;
  best: number;
  high: number;
  kind: CountKind;
}

export interface Mergeable {
  /** The groups of the mention (gazetteer ids, or "?text" for unknown ones). */
  groupKeys: string[];
  /** The formations those groups belong to (parents; "iranian-militias" for Iran-backed ones). */
  ancestors?: string[];
  /** Gazetteer place ids of the mention's place (and the place it lies in), if any. */
  places?: string[];
  count: CandidateCount | null;
  /** The range; `expression` false for the default [P-7, P]. */
  date: { start: string; end: string; expression: boolean };
}

const PRECISION: Record<CountKind, number> = { exact: 4, single: 4, approx: 3, bound: 3, vague: 2, unit: 1, none: 1 };

const isFigure = (c: CandidateCount | null) => !!c && c.kind !== "vague" && c.kind !== "none" && c.kind !== "unit";

export function countPrecision(c: CandidateCount | null): number {
  return c ? PRECISION[c.kind] : 0;
}

export function countsCompatible(a: CandidateCount | null, b: CandidateCount | null): boolean {
  if (!a || !b) return true;
  // One person and an unnumbered group of people, or a unit and a head count, are different tellings.
  const plural = (c: CandidateCount) => c.kind === "none" || c.kind === "vague";
  if ((a.kind === "single" && plural(b)) || (b.kind === "single" && plural(a))) return false;
  if ((a.kind === "unit" && isFigure(b)) || (b.kind === "unit" && isFigure(a))) return false;
  if (a.kind === "none" || b.kind === "none" || a.kind === "unit" || b.kind === "unit") return true;
  const av = a.kind === "vague";
  const bv = b.kind === "vague";
  if (av && bv) return a.low === b.low;
  if (av) return b.best >= a.low;
  if (bv) return a.best >= b.low;
  return a.low <= b.high && b.low <= a.high;
}


/**
 * Dates that can belong to one incident: overlapping ranges. A mention without a date of its own
 * fits any date — unless both mentions carry their own figures, which makes the undated one an
 * incident of the last days ([P-7, P]) that must overlap the other.
 */
export function datesCompatible(a: Mergeable, b: Mergeable): boolean {
  const overlap = a.date.start <= b.date.end && b.date.start <= a.date.end;
  if (a.date.expression && b.date.expression) return overlap;
  if (isFigure(a.count) && isFigure(b.count)) return overlap;
  return true;
}

/** The same group, or one is a formation the other belongs to (not two siblings of one parent). */
export function sharesGroup(a: Mergeable, b: Mergeable): boolean {
  return (
    a.groupKeys.some((k) => b.groupKeys.includes(k) || (b.ancestors ?? []).includes(k)) ||
    b.groupKeys.some((k) => (a.ancestors ?? []).includes(k))
  );
}

/** Two figures at two different named places are two incidents ("170 in Quneitra", "about 200 in Rif Dimashq"). */
function differentPlaces(a: Mergeable, b: Mergeable): boolean {
  if (!a.places?.length || !b.places?.length) return false;
  if (!isFigure(a.count) || !isFigure(b.count)) return false;
  return !a.places.some((p) => b.places!.includes(p));
}

/** Examples: two mentions and whether they are one incident. */
export const MERGE_EXAMPLES: Array<[string, Mergeable, Mergeable, boolean]> = [
  [
    "عدة عناصر … منذ يومين / ثمانية عناصر … يوم الاثنين الماضي",
    { groupKeys: ["jaysh-al-ashair"], count: { low: 3, best: 5, high: 9, kind: "vague" }, date: { start: "2019-07-08", end: "2019-07-08", expression: true } },
    { groupKeys: ["jaysh-al-ashair"], count: { low: 8, best: 8, high: 8, kind: "exact" }, date: { start: "2019-07-08", end: "2019-07-08", expression: true } },
    true,
  ],
  [
    "21 عنصراً (no date) / قرابة 25 مقاتلاً في نيسان",
    { groupKeys: ["ndf"], count: { low: 21, best: 21, high: 21, kind: "exact" }, date: { start: "2021-06-07", end: "2021-06-30", expression: false } },
    { groupKeys: ["ndf"], count: { low: 20, best: 25, high: 30, kind: "approx" }, date: { start: "2021-04-01", end: "2021-04-30", expression: true } },
    false,
  ],
  [
    "قرابة 25 في نيسان / 5 عناصر في نهاية أيار",
    { groupKeys: ["ndf"], count: { low: 20, best: 25, high: 30, kind: "approx" }, date: { start: "2021-04-01", end: "2021-04-30", expression: true } },
    { groupKeys: ["ndf"], count: { low: 5, best: 5, high: 5, kind: "exact" }, date: { start: "2021-05-21", end: "2021-05-31", expression: true } },
    false,
  ],
  [
    "أكثر من 5 عناصر اليوم / العشرات خلال الأيام الماضية",
    { groupKeys: ["sdf"], count: { low: 5, best: 5, high: 8, kind: "bound" }, date: { start: "2023-09-02", end: "2023-09-02", expression: true } },
    { groupKeys: ["sdf"], count: { low: 20, best: 30, high: 99, kind: "vague" }, date: { start: "2023-08-26", end: "2023-09-02", expression: true } },
    false,
  ],
  [
    "لواء أبو الفضل العباس / الميليشيات الإيرانية",
    { groupKeys: ["abu-fadl-abbas"], ancestors: ["iranian-militias"], count: null, date: { start: "2021-03-25", end: "2021-03-25", expression: true } },
    { groupKeys: ["iranian-militias"], ancestors: [], count: { low: 20, best: 25, high: 30, kind: "approx" }, date: { start: "2021-03-25", end: "2021-03-27", expression: true } },
    true,
  ],
  [
    "لواء أحرار الرقة / لواء التحرير (both in the SDF)",
    { groupKeys: ["liwa-ahrar-al-raqqa"], ancestors: ["sdf"], count: null, date: { start: "2016-08-26", end: "2016-09-02", expression: true } },
    { groupKeys: ["liwa-al-tahrir"], ancestors: ["sdf"], count: null, date: { start: "2016-08-27", end: "2016-09-03", expression: false } },
    false,
  ],
  [
    "مئة وسبعين في القنيطرة / نحو مئتي في ريف دمشق",
    { groupKeys: ["syrian-army"], places: ["quneitra"], count: { low: 170, best: 170, high: 170, kind: "exact" }, date: { start: "2013-03-19", end: "2013-03-26", expression: false } },
    { groupKeys: ["syrian-army"], places: ["rif-dimashq"], count: { low: 160, best: 200, high: 240, kind: "approx" }, date: { start: "2013-03-19", end: "2013-03-26", expression: false } },
    false,
  ],
  [
    "الدفاع الوطني / لواء القدس",
    { groupKeys: ["ndf"], count: null, date: { start: "2021-06-07", end: "2021-06-30", expression: false } },
    { groupKeys: ["liwa-al-quds"], count: null, date: { start: "2021-06-07", end: "2021-06-30", expression: false } },
    false,
  ],
];

/** True when two mentions of the same group(s) can be one incident. */
export function sameIncident(a: Mergeable, b: Mergeable): boolean {
  return sharesGroup(a, b) && countsCompatible(a.count, b.count) && datesCompatible(a, b) && !differentPlaces(a, b);
}
