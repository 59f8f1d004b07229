/**
 * Which date expression governs an incident, and what range it gives.
 *
 * Order of choice: an expression in the trigger's own clause; then one elsewhere in the sentence,
 * unless its clause is about something else (a raid, clashes, arrests, a takeover, losses, an
 * agreement…: OTHER_EVENT; a growing trend: TREND_VERBS); otherwise none (the caller borrows from a
 * merged mention or a later sentence, refiners/anaphoric-date.ts, or falls back to [P-7, P]). A date in
 * a relative clause of another happening ("المعارك التي دارت أمس") is that happening's. Two expressions
 * in apposition ("هذا الأسبوع، الاثنين 14 آذار") give the narrower.
 * Datelines ("dateline-…") and end bounds ("حتى اليوم") never date an event.
 *
 * A day that dates the telling, not the incident — an expression between a reporting verb
 * ("قالت، أفادت، نقلت، ذكرت، أعلنت، كشفت، تحدث…"، "وفق ما أعلنته") and the clause that reports the
 * defection, or right before such a verb — bounds the incident instead: [day − 7, day] (for a period:
 * [period start − 7, period end]). A day after the verb's "أن" is inside what it reports, and stands.
 * When a group announces its own split ("أعلن انشقاقه"), the announcement is the event and the day stands.
 * Whole-report examples and negatives: lib/extract/conventions/dates.
 */
import * as $normalize from "../arabic/normalize";
import * as $day from "../time/day";
import * as $time from "../time";
import type { ScanWord, SplitWords } from "../time";
import type { DateMatch } from "../time/types";
import type { Segment } from "./sentences";
import * as $sentences from "./sentences";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { stems, tokenAt, wordListTests, wordMemo } = tokenModule;
import type { Trigger } from "./triggers";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { addDaysIso: addDays, daysBetween } = $day;
const { scanWordOf } = $time;
const { segmentOf } = $sentences;


export const REPORTING_VERBS = foldedWords(`قال قالت قالوا يقول تقول ذكر ذكرت ذكروا يذكر افاد افادت افادوا يفيد تفيد نقل نقلت نقلوا ينقل اعلن اعلنت اعلنوا يعلن
  كشف كشفت كشفوا يكشف اكد اكدت اكدوا يؤكد اوضح اوضحت تحدث تحدثت تحدثوا بث بثت نشر نشرت نشروا صرح صرحت اشار اشارت اضاف اضافت
  افاد رصد رصدت وثق وثقت تداول تداولت ابلغ ابلغت اعلنتكل`);
/**
 * A reporting verb; after "ما" also with its object pronoun ("وفق ما أعلنته"، "بحسب ما نقله"، "كما ذكرها"):
 * only there, since a bare "…ه" may be a noun ("إضافة إلى ذلك").
 */
function isReportingVerb(tokens: readonly Token[], k: number): boolean {
  if (inReportingVerbs(tokens[k])) return k === 0 || !LIGHT_VERBS.has(tokens[k - 1].text);
  if (k === 0 || !WHAT.has(tokens[k - 1].text)) return false;
  const bare = OBJECT_PRONOUN.exec(tokens[k].text);
  return bare !== null && REPORTING_VERBS.has(bare[1]);
}
const WHAT = foldedWords("ما كما بما حسبما وفقما");
/**
 * (r15-heads) Light verbs of the periphrastic passive: «تمّ/جرى رصدُ انشقاق …» is «رُصد انشقاق …», a verbal noun with
 * no teller, so the day beside it («تمّ اليوم رصد …»، «فجر اليوم، تمّ رصد …») is the incident's, not a telling's.
 */
const LIGHT_VERBS = foldedWords("تم تمت يتم جرى جرت يجري");
const OBJECT_PRONOUN = /^(.{3,}?)(?:ه|ها|هم)$/;
/** "أنّ" and its forms (not "عن": "نقلت عن مصادر اليوم أن …" still dates the telling). */
const THAT = foldedWords("ان بان انه انها انهم بانه بانها بانهم");
const COMPLEMENTIZERS = new Set([...THAT, "عن"]);
/** Words that make a clause about another happening than a defection. */
export const OTHER_EVENT = foldedWords(`مداهمه مداهمات دهم حمله حملات اعتقال اعتقالات اعتقل اعتقلت اشتباكات اشتباك معارك معركه قصف غارات غاره هجوم هجمات
  سيطره سيطر سيطرت بسط بسطوا حواجز حاجز استنفار استنفرت دوريات مظاهرات مظاهره تفجير انفجار انفجارات مقتل قتل قتلي قتلوا اصيب اصيبوا جرحي
  كمين وقف اطلاق هدنه التصعيد تصعيد احتجاجات مواجهات عنف تشييع دفن تعزيزات ارسال اجتماع تدور دارت استمر الاتصالات المعارك تاسس تاسست
  التوصل اتفاق تسجيل ضربات الضربات الغارات المداهمات الاعتقالات الاشتباكات عمليات رواتب رواتبهم الرواتب صرف تاخر احتجاجا
  خسائر الخسائر هزائم الهزائم هزيمه الهزيمه اتفق اتفقت اتفقوا اغتيال اغتيالات خطف اختطاف`);
/**
 * Verbs of a growing or recurring phenomenon: a clause with one ("وكانت حالات الانشقاق قد ازدادت في الفترة
 * الماضية") dates the trend, not an incident told in another clause ("وآخرها انشقاق مجموعة … نهاية العام").
 */
const TREND_VERBS = foldedWords("ازداد ازدادت تزايد تزايدت يتزايد تتزايد تصاعد تصاعدت تكاثر تكاثرت كثرت تسارع تسارعت تتكرر تكررت");

export interface DateChoice {
  match: DateMatch;
  /** The range to use (anchored or as resolved). */
  start: string;
  end: string;
  anchored: boolean;
}

export { addDays };

/**
 * A date that only bounds the incident — the day of a telling ([day − 7, day]) or a vague span ("مؤخراً"،
 * "خلال الأيام الماضية") — gives way to a day told of the incident inside it (build-event.ts, refiners/date-nearby.ts).
 */
export function isLoose(d: DateChoice): boolean {
  return d.anchored || d.match.kind === "vague";
}

/** What each word is to the date engine's scan, once per distinct word. */
const scanWordOfToken: (token: Token) => ScanWord = wordMemo((word) => scanWordOf(word.text));

/** The report's tokens for the date engine (`findDateExpressionsIn`), which then does not split the text again. */
export function dateScanWords(tokens: readonly Token[]): SplitWords<Token> {
  return { tokens, scanWord: scanWordOfToken };
}

/** Dates that can date an event at all (not datelines, not "حتى اليوم"). */
export function usableDates(dates: readonly DateMatch[]): DateMatch[] {
  return dates.filter((d) => !d.rule.startsWith("dateline") && d.rule !== "today-until" && d.normOffset !== undefined && !d.future);
}

/** The governing date of a trigger in its sentence, or null. */
export function chooseDate(
  tokens: readonly Token[],
  dates: readonly DateMatch[],
  trigger: Trigger,
  sentence: Segment,
  clauses: readonly Segment[],
): DateChoice | null {
  const trigStart = tokens[trigger.first].start;
  const trigClause = segmentOf(clauses, trigStart);
  const accepted: { d: DateMatch; score: number }[] = [];
  for (const d of dates) {
    const s = d.normOffset!;
    if (s < sentence.start || s >= sentence.end) continue;
    const clause = segmentOf(clauses, s);
    // "…، وذلك فجر الأحد": the anaphor takes the date back to the happening told, over any clause between.
    const referredBack = s > trigStart && afterThatOne(tokens, tokenAt(tokens, s));
    // "… وانضموا إلى مجموعات أجرت التسوية عام 2018": a date inside a relative clause after the trigger dates that clause.
    if (s > trigStart && !referredBack && relativeBetween(tokens, trigger.last + 1, tokenAt(tokens, s))) continue;
    // "فروا … بعد بدء العملية التركية الأسبوع الماضي": the date of the event the flight followed.
    if (s > trigStart && !referredBack && afterAnotherEvent(tokens, trigger.last + 1, tokenAt(tokens, s))) continue;
    // "الخسائر التي تكبدها التنظيم خلال الأشهر الماضية دفعت عناصره إلى الفرار": the date of the other happening.
    if (inRelativeOfAnotherHappening(tokens, tokenAt(tokens, s), trigger)) continue;
    let score: number;
    if (clause === trigClause) score = 0;
    else {
      if (clauseAboutSomethingElse(tokens, clauses[clause], trigStart)) continue;
      score = 10 + Math.abs(clause - trigClause);
    }
    // A date right after "منذ ... حتى" of an offensive etc. is handled by the engine ("since").
    score += Math.abs(s - trigStart) / 1000;
    accepted.push({ d, score });
  }
  if (accepted.length === 0) return null;
  accepted.sort((a, b) => a.score - b.score);
  const d = narrowestInApposition(tokens, dates, accepted[0].d, sentence);
  if (!datesTheTelling(tokens, d, trigger, sentence)) return { match: d, start: d.start, end: d.end, anchored: false };
  // "وذكرت مصادر أمس أنه انشق 5 عناصر فجر الأحد": a date inside what the reporting verb says (after its أن)
  // dates the incident; the telling's day only bounds it when the report gives none.
  const told = reportedInside(tokens, dates, accepted, d, trigger, sentence);
  if (told) return { match: told, start: told.start, end: told.end, anchored: false };
  return { match: d, start: addDays(d.start, -7), end: d.end, anchored: true };
}

/** An accepted date after "أن" that follows the telling's date `telling`, which dates the incident itself. */
function reportedInside(
  tokens: readonly Token[],
  dates: readonly DateMatch[],
  accepted: readonly { d: DateMatch }[],
  telling: DateMatch,
  trigger: Trigger,
  sentence: Segment,
): DateMatch | null {
  const after = tokenAt(tokens, telling.normEndOffset!);
  for (const { d } of accepted) {
    if (d.normOffset! < telling.normEndOffset! || !thatBetween(tokens, after, tokenAt(tokens, d.normOffset!))) continue;
    const inner = narrowestInApposition(tokens, dates, d, sentence);
    if (!datesTheTelling(tokens, inner, trigger, sentence)) return inner;
  }
  return null;
}

const otherEventCache = new WeakMap<Segment, boolean>();

const AREA_BEFORE = foldedWords("مناطق منطقه مناطقه مناطقها");

/** The lists of this module asked of every word of a clause or a window: one memo of bits. */
const [inOtherEvent, inTrendVerbs, inReportingVerbs, inAreaBefore] = wordListTests(OTHER_EVENT, TREND_VERBS, REPORTING_VERBS, AREA_BEFORE);

/** "مناطق سيطرة الحكومة": territory, not a takeover ("سيطرت الفصائل على البلدة"). */
function isTerritory(tokens: readonly Token[], k: number): boolean {
  return k > 0 && stems(tokens[k]).at(-1) === "سيطره" && inAreaBefore(tokens[k - 1]);
}

const RELATIVES = foldedWords("التي الذي الذين اللذين اللتين");
const THAT_ONE = foldedWords("ذلك وذلك");
const DATE_PREPOSITIONS = foldedWords("في يوم بتاريخ خلال");

/** "وذلك"/"ذلك" stands right before token k, or before its preposition ("…، وذلك فجر الأحد"، "وذلك في 3 آب"). */
export function afterThatOne(tokens: readonly Token[], k: number): boolean {
  if (k > 1 && DATE_PREPOSITIONS.has(tokens[k - 1].text)) k--;
  return k > 0 && THAT_ONE.has(tokens[k - 1].text);
}

function relativeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (RELATIVES.has(tokens[k].text)) return true;
  return false;
}

/** How far back from a date its relative pronoun may be (words). */
const RELATIVE_REACH = 6;

/**
 * A date inside a relative clause whose antecedent is another happening ("المعارك التي دارت أمس",
 * "الخسائر التي تكبدها التنظيم خلال الأشهر الماضية") dates that happening, unless the trigger is inside
 * the relative clause itself ("العناصر الذين انشقوا أمس" has a person, not a happening, before "الذين").
 */
function inRelativeOfAnotherHappening(tokens: readonly Token[], dFirst: number, trigger: Trigger): boolean {
  for (let k = dFirst - 1; k >= Math.max(0, dFirst - RELATIVE_REACH); k--) {
    if (!RELATIVES.has(tokens[k].text)) continue;
    if (trigger.first > k && trigger.first < dFirst) return false;
    // The antecedent, or the noun before its adjective ("الهزائم المتلاحقة التي").
    for (let a = k - 1; a >= Math.max(0, k - 2); a--) if (inOtherEvent(tokens[a])) return true;
    return false;
  }
  return false;
}

/** Words that may join a date to the one it specifies ("الشهر الماضي، في 12 شباط"). */
const APPOSITION_JOINERS = foldedWords("في يوم بتاريخ");

/**
 * Two expressions side by side, the second naming the first more precisely ("في وقت سابق من هذا الأسبوع،
 * الاثنين 14 آذار", "الشهر الماضي، في 12 شباط"), are one date: the narrower stands. A conjunction ("أمس
 * واليوم") or any other word between them makes two.
 */
function narrowestInApposition(tokens: readonly Token[], dates: readonly DateMatch[], d: DateMatch, sentence: Segment): DateMatch {
  let out = d;
  let last = tokenAt(tokens, d.normEndOffset!) - 1;
  for (const e of dates) {
    const s = e.normOffset!;
    if (s < d.normEndOffset! || s >= sentence.end) continue;
    let first = tokenAt(tokens, s);
    // ("أمس واليوم": the expression starts after a conjunction inside its word.)
    if (first > 0 && tokens[first - 1].end > s) break;
    if (first === last + 2 && APPOSITION_JOINERS.has(tokens[last + 1].text)) first = last + 1;
    if (first !== last + 1) break;
    if (daysBetween(e.start, e.end) < daysBetween(out.start, out.end)) out = e;
    last = tokenAt(tokens, e.normEndOffset!) - 1;
  }
  return out;
}

const SEQUENCE = foldedWords("بعد قبل اثر عقب اعقاب اثناء ابان اثناء اعقاب");
const OTHER_START = foldedWords("بدء انطلاق العمليه الهجوم المعركه الحمله القصف سقوط دخول");

function afterAnotherEvent(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (SEQUENCE.has(tokens[k].text) && (OTHER_START.has(tokens[k + 1].text) || inOtherEvent(tokens[k + 1]))) return true;
  }
  return false;
}

/** True when a word of tokens [from, to) names another happening (OTHER_EVENT, not "مناطق سيطرة") or a trend. */
export function namesAnotherHappening(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if ((inOtherEvent(tokens[k]) && !isTerritory(tokens, k)) || inTrendVerbs(tokens[k])) return true;
  }
  return false;
}

function clauseAboutSomethingElse(tokens: readonly Token[], clause: Segment, trigStart: number): boolean {
  if (trigStart >= clause.start && trigStart < clause.end) return false;
  const cached = otherEventCache.get(clause);
  if (cached !== undefined) return cached;
  const found = namesAnotherHappening(tokens, tokenAt(tokens, clause.start), tokenAt(tokens, clause.end));
  otherEventCache.set(clause, found);
  return found;
}

function thatBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (THAT.has(tokens[k].text)) return true;
  return false;
}

/**
 * True when the expression dates a report about the incident: a reporting verb shortly before it
 * (or right after it) and the trigger after it, introduced by أن/عن or as the verb's object.
 */
function datesTheTelling(tokens: readonly Token[], d: DateMatch, trigger: Trigger, sentence: Segment): boolean {
  const dFirst = tokenAt(tokens, d.normOffset!);
  const dLast = tokenAt(tokens, d.normEndOffset!) - 1;
  if (trigger.first <= dLast) {
    // "…، بحسب ما أفادت مصادر، وذلك أمس": the anaphor dates the happening, not the telling.
    if (afterThatOne(tokens, dFirst)) return false;
    // "انشق 5 عناصر…، بحسب ما أفادت مصادر أمس": a reporting verb just before a date that follows the trigger.
    for (let k = dFirst - 1; k > trigger.last && k >= dFirst - 5; k--) {
      if (isReportingVerb(tokens, k)) return true;
    }
    return false;
  }
  const sentFirst = tokenAt(tokens, sentence.start);
  let verb = -1;
  for (let k = dFirst - 1; k >= Math.max(sentFirst, dFirst - 12); k--) {
    if (isReportingVerb(tokens, k)) {
      verb = k;
      break;
    }
  }
  // "ذكرت مصادر أن 11 عنصراً انشقوا أمس", "أشارت إلى أن العشرات تمكنوا خلال الأيام الماضية من الانشقاق": a day
  // after the verb's "أن" is inside what it reports, so it dates the happening, not the telling.
  if (verb >= 0 && thatBetween(tokens, verb + 1, dFirst)) verb = -1;
  let verbAfter = -1;
  // («تمّ اليوم رصد انشقاق …»: the light verb before the day governs the verbal noun after it)
  const lightBefore = dFirst > 0 && LIGHT_VERBS.has(tokens[dFirst - 1].text);
  for (let k = dLast + 1; k <= Math.min(trigger.first - 1, dLast + 3); k++) {
    if (isReportingVerb(tokens, k) && !(lightBefore && k === dLast + 1)) {
      verbAfter = k;
      break;
    }
  }
  if (verb < 0 && verbAfter < 0) return false;
  const v = verb >= 0 ? verb : verbAfter;
  // A group declaring its own split ("أعلن اللواء إنهاء اندماجه", "أعلن انشقاقه"): the declaration is the event.
  const trigWord = tokens[trigger.first].text;
  if (/^(اعلن|اعلنت|اعلنوا)$/.test(stems(tokens[v]).at(-1) ?? "") && (/(ه|ها|هم)$/.test(trigWord) || trigger.cls === "split") && !/^(ال)/.test(trigWord)) {
    if (trigger.form === "masdar" || trigger.cls === "split") return false;
  }
  const near = verb >= 0 && dFirst - verb <= 6;
  let complementizer = false;
  for (let k = dLast + 1; k < trigger.first; k++) if (COMPLEMENTIZERS.has(tokens[k].text)) complementizer = true;
  return near || complementizer || trigger.form === "masdar" || verbAfter >= 0;
}
