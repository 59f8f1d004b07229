/**
 * One event per incident. Candidates (one per trigger) are folded into events in text order:
 * a candidate joins an earlier event when they share a group (or it names none and continues the
 * event just before it), their counts can be the same people (a vague "عدة/عشرات" and a figure at
 * least its low bound; or two figures whose ranges overlap), and their dates overlap (or one is
 * the default). The more precise count and the narrower date win. Anything else is a new event:
 * a background incident with its own date or figure stays separate.
 */
import type { CountKind } from "./counts";
import * as $normalize from "../arabic/normalize";
import * as $destinations from "./destinations";
import type { DestinationFound } from "./destinations";
import * as $gazetteer from "./gazetteer";
import type { GroupMention } from "./groups";
import type { PlaceMention } from "./places";
import * as $tokens from "./tokens";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters } = $normalize;
const { placeById } = $gazetteer;
const { findDestination } = $destinations;
const { stems, tokenAt } = $tokens;

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
  /** Its place, a governorate's id, is said as the governorate's chief city ("في مدينة دير الزور"): no province. */
  chiefCity?: boolean;
  /** The range; `expression` false for the default [P-7, P]. */
  date: { start: string; end: string; expression: boolean };
}

const PRECISION: Record<CountKind, number> = { exact: 4, single: 4, approx: 3, bound: 3, vague: 2, unit: 1, none: 1 };

/** A head count told: a figure, a bound or approximation, or one man (not a vague quantity, no figure, nor a unit). */
export const isFigure = (c: CandidateCount | null) => !!c && c.kind !== "vague" && c.kind !== "none" && c.kind !== "unit";

export function countPrecision(c: CandidateCount | null): number {
  return c ? PRECISION[c.kind] : 0;
}

/**
 * A definite noun and its number ("العناصر الأربعون"، "المنشقين العشرين") retells people already told: the number of
 * a figure told before ("نحو 40 عنصراً") adds no precision, and the first telling's approximation or bound stands.
 * Another number is news ("أكثر من 20 عنصراً … العناصر الـ25"), and after a vague quantity ("عشرات العناصر") it is
 * the first figure: both count.
 */
export function retellsFigure(c: CandidateCount | null, anaphoric: boolean, told: CandidateCount | null): boolean {
  return anaphoric && !!c && isFigure(told) && told!.best === c.best;
}

/** An unnumbered group of people. */
function plural(c: CandidateCount): boolean {
  return c.kind === "none" || c.kind === "vague";
}

export function countsCompatible(a: CandidateCount | null, b: CandidateCount | null): boolean {
  if (!a || !b) return true;
  // One person and an unnumbered group of people, or a unit and a head count, are different tellings.
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
 * incident of the last days ([P-7, P]) that must overlap the other; the same exact figure told
 * again ("انشقاق 5 عناصر … في كانون الثاني" over "بانشقاق خمسة عناصر …") is the same people.
 */
export function datesCompatible(a: Mergeable, b: Mergeable): boolean {
  const overlap = a.date.start <= b.date.end && b.date.start <= a.date.end;
  if (a.date.expression && b.date.expression) return overlap;
  if (isFigure(a.count) && isFigure(b.count)) return overlap || sameExactFigure(a.count!, b.count!);
  return true;
}

/** The same head count of several people, told exactly twice (one person told twice may be two people: "ضابط آخر"). */
function sameExactFigure(a: CandidateCount, b: CandidateCount): boolean {
  return a.kind === "exact" && b.kind === "exact" && a.best === b.best && a.best > 1;
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
  return !placesMeet(a, b);
}

/**
 * Two tellings' places can be one place: the same id, or one said at another scale — a town and the governorate
 * it lies in ("في مدينة نوى" / "في ريف درعا"): outlets name the town in one telling and the province in the other.
 * Two towns of one governorate, or a region and anything, stay apart. Only for two figures that agree (sameIncident):
 * the gazetteer gives a governorate's chief city its id ("مدينة دير الزور"), so a smaller part told in a town of it
 * is not taken for the same place by the looser retelling (retelling.ts).
 */
function placesMeet(a: Mergeable, b: Mergeable): boolean {
  for (const p of a.places!) for (const q of b.places!) if (p === q || (!b.chiefCity && liesIn(p, q)) || (!a.chiefCity && liesIn(q, p))) return true;
  return false;
}

/** "مدينة" before a governorate's name: its chief city, not the province (the gazetteer gives both one id). */
const CITY = foldLetters("مدينة");

/** The place of a mention, a governorate's id, is said as its chief city ("في مدينة دير الزور"). */
export function saidAsChiefCity(tokens: readonly Token[], place: { match: { id: string }; first: number } | null): boolean {
  return !!place && tokens[place.first]?.text === CITY && placeById(place.match.id)?.kind === "governorate";
}

/** Town `inner` lies in governorate `outer` (gazetteer ids). */
function liesIn(inner: string, outer: string): boolean {
  const o = placeById(outer);
  if (o?.kind !== "governorate") return false;
  const i = placeById(inner);
  return i?.kind === "town" && i.governorate !== null && i.governorate === o.governorate;
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
    "5 عناصر (no date) / 5 عناصر في كانون الثاني (a headline's date)",
    { groupKeys: ["4th-division"], count: { low: 5, best: 5, high: 5, kind: "exact" }, date: { start: "2022-03-09", end: "2022-03-16", expression: false } },
    { groupKeys: ["4th-division"], count: { low: 5, best: 5, high: 5, kind: "exact" }, date: { start: "2022-01-01", end: "2022-01-31", expression: true } },
    true,
  ],
  [
    "ضابط (no date) / ضابط آخر عام 2013: one person told twice is not the same person",
    { groupKeys: ["syrian-army"], count: { low: 1, best: 1, high: 1, kind: "single" }, date: { start: "2022-03-09", end: "2022-03-16", expression: false } },
    { groupKeys: ["syrian-army"], count: { low: 1, best: 1, high: 1, kind: "single" }, date: { start: "2013-01-01", end: "2013-12-31", expression: true } },
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
    "12 عنصراً في مدينة نوى / 12 عنصراً في ريف درعا: a town and its governorate, one place at two scales",
    { groupKeys: ["syrian-army"], places: ["nawa"], count: { low: 12, best: 12, high: 12, kind: "exact" }, date: { start: "2022-03-15", end: "2022-03-15", expression: true } },
    { groupKeys: ["4th-division"], ancestors: ["syrian-army"], places: ["daraa"], count: { low: 12, best: 12, high: 12, kind: "exact" }, date: { start: "2022-03-09", end: "2022-03-16", expression: false } },
    true,
  ],
  [
    "21 عنصراً في مدينة الميادين / قرابة 25 في مدينة دير الزور: the governorate's chief city is no province",
    { groupKeys: ["ndf"], places: ["mayadin"], count: { low: 21, best: 21, high: 21, kind: "exact" }, date: { start: "2021-06-07", end: "2021-06-30", expression: false } },
    { groupKeys: ["ndf"], places: ["deir-ez-zor"], chiefCity: true, count: { low: 20, best: 25, high: 30, kind: "approx" }, date: { start: "2021-06-07", end: "2021-06-30", expression: false } },
    false,
  ],
  [
    "12 عنصراً في مدينة نوى / 12 عنصراً في مدينة طفس: two towns of one governorate",
    { groupKeys: ["syrian-army"], places: ["nawa"], count: { low: 12, best: 12, high: 12, kind: "exact" }, date: { start: "2022-03-15", end: "2022-03-15", expression: true } },
    { groupKeys: ["syrian-army"], places: ["tafas"], count: { low: 12, best: 12, high: 12, kind: "exact" }, date: { start: "2022-03-15", end: "2022-03-15", expression: true } },
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

/**
 * Place and destination across the mentions of one incident. A later telling often names what the
 * first left out or said only broadly ("… في محافظة الرقة" then "… في بلدة معدان"): a missing part
 * is filled from another mention, and of two, the more specific one is kept. Only mentions already
 * merged into the incident are looked at, so a place is never taken from another incident.
 *
 * Used by buildEvent (index.ts): `placeC = placeMentionOf(ev, first)`, `destC =
 * destinationMentionOf(ev, first)`, and the triggers and sentences of `otherTellings(ev, first)`
 * added to the evidence.
 */
export interface PlacedMention {
  place: { match: { id: string } } | null;
  destination: { group_id: string | null; kind: "abroad" | "home" | "unknown" | "other" } | null;
}

/** 0 for a town (or a settlement named in quotes that the gazetteer lacks), 1 a governorate, 2 a region. */
export function placeSpecificity(placeId: string): number {
  if (placeId === "") return 0;
  const kind = placeById(placeId)?.kind;
  return kind === "town" ? 0 : kind === "governorate" ? 1 : 2;
}

/**
 * Can `inner` be a closer naming of `outer`? It lies in the same governorate, or `outer` is a region
 * (regions span governorates), or it is a settlement the gazetteer does not know.
 */
function narrows(inner: string, outer: string): boolean {
  if (inner === outer) return false;
  if (inner === "") return true;
  const o = placeById(outer);
  const i = placeById(inner);
  if (!o || !i || i.kind === "abroad" || o.kind === "abroad") return false;
  if (o.kind === "region") return true;
  return i.governorate !== null && i.governorate === o.governorate;
}

/** The mention whose place the incident shows: the primary's, unless another names a place inside it. */
export function placeMentionOf<T extends PlacedMention>(mentions: readonly T[], primary: T): T | undefined {
  let chosen: T | undefined = primary.place ? primary : mentions.find((c) => c.place);
  for (const c of mentions) {
    if (!c.place || !chosen?.place || c === chosen) continue;
    const id = c.place.match.id;
    const current = chosen.place.match.id;
    if (placeSpecificity(id) < placeSpecificity(current) && narrows(id, current)) chosen = c;
  }
  return chosen;
}

/** A named side (group or "مناطق سيطرة X") tells more than a generic area ("الشمال السوري", "جهة مجهولة"). */
function destinationRank(d: NonNullable<PlacedMention["destination"]>): number {
  if (d.group_id !== null) return 2;
  return d.kind === "unknown" ? 0 : 1;
}

/**
 * The mention whose destination the incident shows: the primary's, or the first that names one; a
 * named side from another mention replaces a generic area (not a country abroad or "home", which
 * say where they went rather than whom they joined, and decide the kind).
 */
export function destinationMentionOf<T extends PlacedMention>(mentions: readonly T[], primary: T): T | undefined {
  let chosen: T | undefined = primary.destination ? primary : mentions.find((c) => c.destination);
  for (const c of mentions) {
    if (!c.destination || !chosen?.destination || c === chosen) continue;
    const kept = chosen.destination;
    if (kept.kind === "abroad" || kept.kind === "home") continue;
    if (destinationRank(c.destination) > destinationRank(kept)) chosen = c;
  }
  return chosen;
}

/**
 * The mentions besides the primary that told the incident with a trigger of their own, in text
 * order and each trigger once (a figure borrowed from a neighbouring sentence reuses the primary's
 * trigger). Their triggers and sentences belong in the incident's evidence.
 */
export function otherTellings<T extends { trigger: { start: number; end: number } }>(mentions: readonly T[], primary: T): T[] {
  const seen = new Set<number>([primary.trigger.start]);
  const out: T[] = [];
  for (const c of [...mentions].sort((a, b) => a.trigger.start - b.trigger.start)) {
    if (seen.has(c.trigger.start)) continue;
    seen.add(c.trigger.start);
    out.push(c);
  }
  return out;
}

/** Verbs that carry the people just told to where they went ("والتحق هؤلاء بـ", "وانضموا إلى", "ووصلوا إلى"). */
const FOLLOW_VERBS = new Set("التحق التحقوا التحقا انضم انضموا انضما وصل وصلوا وصلا توجه توجهوا لجا لجاوا لجوا عبروا عادوا".split(" ").map(foldLetters));
/** Those of them whose own ending is the plural (or dual) subject. */
const PLURAL_FOLLOW = new Set("التحقوا التحقا انضموا انضما وصلوا وصلا توجهوا لجاوا لجوا عبروا عادوا".split(" ").map(foldLetters));
/** The people of the sentence before, named again as the subject ("هؤلاء", "المنشقون", "جميعهم"). */
const THOSE = new Set("هؤلاء هؤلا المنشقون المنشقين الفارون الفارين جميعهم كلهم العناصر الجنود العسكريون العسكريين".split(" ").map(foldLetters));

/** Mentions with word `k` taken out of the text (later ones one word earlier). (A module function: tsx names every closure a call creates.) */
function withoutWord<T extends { first: number; last: number }>(xs: readonly T[], k: number): T[] {
  return xs.filter((x) => x.last < k || x.first > k).map((x) => (x.first > k ? { ...x, first: x.first - 1, last: x.last - 1 } : x));
}

/**
 * "انشق 12 عنصراً من X في بلدة A. والتحق هؤلاء بصفوف الجيش الحر": the sentence right after a
 * telling that opens with a verb of going or joining whose subject is those people (the verb's own
 * plural, or "هؤلاء/المنشقون" after it) continues the incident and names its destination. Only for
 * the last trigger of its sentence, and only when the next sentence has no trigger of its own (then
 * it is a telling in its own right) and names no other member group.
 */
export function continuationDestination(
  tokens: readonly Token[],
  groups: readonly GroupMention[],
  places: readonly PlaceMention[],
  allTriggers: readonly { first: number; last: number; join?: true }[],
  sentences: readonly { start: number; end: number }[],
  sentenceIndex: number,
  trigger: { first: number; last: number } | undefined,
): DestinationFound | null {
  // (a verb of joining, "والتحق هؤلاء بصفوف …", is the continuation itself, not a telling of its own)
  const triggers = allTriggers.filter((t) => !t.join);
  const next = sentences[sentenceIndex + 1];
  const here = sentences[sentenceIndex];
  if (!next || !here || !trigger) return null;
  const hereLast = tokenAt(tokens, here.end) - 1;
  if (triggers.some((t) => t.first > trigger.last && t.first <= hereLast)) return null;
  const f = tokenAt(tokens, next.start);
  const l = tokenAt(tokens, next.end) - 1;
  if (l <= f || !stems(tokens[f]).some((w) => FOLLOW_VERBS.has(w))) return null;
  const anaphor = THOSE.has(tokens[f + 1].text) ? f + 1 : -1;
  // ("المنشقون" as the subject is the people already told, not a new telling; nor is the opening verb when its
  // own plural is its subject: "وعبروا الحدود إلى تركيا" goes on with them)
  const opener = stems(tokens[f]).some((w) => PLURAL_FOLLOW.has(w)) ? f : -1;
  if (triggers.some((t) => t.first >= f && t.first <= l && t.first !== anaphor && t.first !== opener)) return null;
  if (groups.some((g) => g.first >= f && g.last <= l && g.role === "member")) return null;
  if (anaphor < 0 && opener < 0) return null;
  if (anaphor < 0) return findDestination(tokens, groups, places, f, l);
  // Read the sentence without the subject, so the verb's object comes right after it.
  const found = findDestination(tokens.filter((_, k) => k !== anaphor), withoutWord(groups, anaphor), withoutWord(places, anaphor), f, l - 1);
  if (!found) return null;
  return { ...found, first: found.first >= anaphor ? found.first + 1 : found.first, last: found.last >= anaphor ? found.last + 1 : found.last };
}
