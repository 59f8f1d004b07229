/**
 * An incident told with no date of its own may be dated by a neighbouring sentence that names no
 * incident of its own (parallel to figure-nearby.ts). Examples and negatives: lib/extract/conventions/dates
 * (families "other-happening", "day-forms", "placement") and the template family lib/eval/templates/latedates.ts.
 *
 * - **After it**, up to six sentences down (news tells the incident first and its day in the details), a
 *   sentence that refers back to it with a verb of happening ("وأوضح المصدر أن العملية جرت فجر اليوم"، "وجرى
 *   ذلك مساء أمس"، "وكان ذلك ليلة الأحد"، "ووقعت الحادثة فجر الثلاثاء"، "وتعود تفاصيل الحادثة إلى مطلع الشهر"،
 *   or "وذلك فجر الأحد"): the subject is an anaphor (ذلك، العملية، الحادثة، الانشقاق…) right beside the verb, or
 *   after the people just told and a construct head ("ونفذ العناصر عملية الانشقاق"). Arrival or leaving too
 *   ("ووصل العناصر مساء أمس إلى إدلب"، "ووصلوا ليلة الأحد"، "وخرج العناصر من مواقعهم فجر الثلاثاء"): a verb
 *   whose subject is the people just told (a pronoun, or "العناصر/المنشقون/هؤلاء…"), not "ووصلت تعزيزات أمس".
 *   Or the incident's group reporting the men missing ("وكانت قيادة الفرقة قد أعلنت في 12 من الشهر الجاري عن
 *   فقدان الاتصال بهم"): a telling, which bounds the incident to the week before its day. The sentence comes
 *   before any other telling and after no sentence that tells another happening (an anaphor refers to the
 *   latest happening told), and its clause names no other happening ("وجرت اشتباكات أمس"); an indefinite
 *   subject ("وجرت عملية تبادل أسرى أمس") is another story.
 * - **Right before a telling**, a sentence that introduces the happening with an incident noun and its date
 *   ("شهدت المنطقة حادثة جديدة فجر الأحد.") and names no other happening.
 * - **Right before it**, a trend sentence that it sums up ("شهدت صفوف الفيلق الخامس مؤخراً حالات انشقاق
 *   عديدة" then "وزاد عدد المنشقين عن 60"): a trend told of the same group, and the incident opened by a
 *   participle that counts the trend's people ("عدد المنشقين"), so its date is the trend's. An incident
 *   told by a verb of its own ("وفي دير الزور … فر 21 عنصراً") is one case inside the trend, and keeps the
 *   default.
 */
import * as $candidate from "../candidate";
import type { Candidate } from "../candidate";
import * as $normalize from "../../arabic/normalize";
import type { DateMatch } from "../../time/types";
import * as $cues from "../cues";
import * as $dates from "../dates";
import * as $background from "./background";
import type { NearbyContext } from "./nearby";
import * as $sentences from "../sentences";
import type { Segment } from "../sentences";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { primaryOf } = $candidate;
const { foldedWords } = $normalize;
const { judgeTrigger } = $cues;
const { addDays, afterThatOne, chooseDate, isLoose, namesAnotherHappening, REPORTING_VERBS } = $dates;
const { SAME_PEOPLE } = $background;
const { splitClauses, segmentOf } = $sentences;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, stems, tokenAt } = tokenModule;


/**
 * Verbs of happening ("وكان ذلك فجر الأحد": كان with an anaphor is one too; "وتعود الحادثة إلى مطلع الشهر": goes
 * back to; "ونُفذت عملية الانشقاق"، "ونفذ العناصر عملية الانشقاق": carried out).
 */
const HAPPENED = foldedWords("جرى جرت جري تم تمت حدث حدثت وقع وقعت حصل حصلت كان كانت تعود يعود نفذ نفذت");
const GOES_BACK = foldedWords("تعود يعود");
const DEMONSTRATIVES = foldedWords("ذلك هذا");
/** Heads of a construct before the anaphor ("ويعود تاريخ الانشقاق إلى"، "وتعود تفاصيل الحادثة"، "عملية الفرار"). */
const CONSTRUCT_HEADS = foldedWords("تاريخ تفاصيل عمليه");
/** Subjects that refer back to the incident just told. */
const ANAPHORS = foldedWords("ذلك هذا العملية الحادثة الواقعة الامر الانشقاق الفرار الهروب الخروج الانسحاب");
/**
 * Verbs of arriving, and of leaving their posts or vanishing ("وخرج العناصر من مواقعهم"، "وكان العناصر قد اختفوا"):
 * with a pronoun subject (plural or dual), or singular before the people's noun.
 */
const MOVED_THEY = foldedWords("وصلوا وصلا خرجوا خرجا اختفوا اختفيا");
const MOVED = foldedWords("وصل وصلت خرج اختفى");
/** Nouns that introduce a happening still to be told (indefinite: "حادثة جديدة"، "واقعة مماثلة"). */
const INCIDENT_NOUNS = foldedWords("حادثه واقعه");
/**
 * How many sentences after a telling of the incident the referring sentence may be: news often tells the
 * incident first and its day in the details, several sentences down ("… ووقعت الحادثة فجر الثلاثاء").
 */
const REACH = 6;

/** What the search reads besides the incident: the report's finders, and which sentences tell any incident. */

/** A date-only telling to fold into an undated incident, or null. */
export function dateNearby(ev: readonly Candidate[], ctx: NearbyContext): Candidate | null {
  const dated = ev.filter((c) => c.dateChoice);
  if (dated.length === 0) return toldAfter(ev, ctx) ?? introducedBefore(ev, ctx) ?? summedUpBefore(ev, ctx);
  // Told only with the day of a telling or a vague span ("قالت مصادر اليوم إن …"، "مؤخراً"), the incident may
  // still be dated by a later sentence inside that bound (build-event.ts keeps the day inside it).
  return dated.every((c) => isLoose(c.dateChoice!)) ? toldAfter(ev, ctx) : null;
}

/** A telling of the incident's date only, from sentence `si` (late-date.ts makes them too). */
export function dateOnly(ev: readonly Candidate[], sentence: Segment, si: number, d: DateMatch, start = d.start, end = d.end, anchored = false): Candidate {
  return {
    ...primaryOf(ev),
    sentence,
    sentenceIndex: si,
    verdict: "reference",
    groups: [],
    countMention: null,
    count: null,
    countDoubt: null,
    place: null,
    destination: null,
    dateChoice: { match: d, start, end, anchored },
    date: { start, end, expression: true },
  };
}

/** A trend sentence right before the incident's first telling, of the same group, that dates it. */
function summedUpBefore(ev: readonly Candidate[], { text, tokens, sentences, dates, triggers, groups, told }: NearbyContext): Candidate | null {
  const opening = openingOf(ev);
  if (opening.trigger.form !== "participle") return null;
  const si = opening.sentenceIndex - 1;
  if (si < 0 || told.has(si)) return null;
  const ids = new Set(ev.flatMap((c) => c.groupKeys));
  const sentence = sentences[si];
  const first = tokenAt(tokens, sentence.start);
  const last = tokenAt(tokens, sentence.end) - 1;
  if (!groups.some((g) => g.id !== null && ids.has(g.id) && g.first >= first && g.last <= last)) return null;
  for (const t of triggers) {
    if (t.first < first || t.first > last || judgeTrigger(tokens, t, first) !== "trend") continue;
    const choice = chooseDate(tokens, dates, t, sentence, splitClauses(text, sentence));
    if (choice) return dateOnly(ev, sentence, si, choice.match, choice.start, choice.end, choice.anchored);
  }
  return null;
}

/** A later sentence that refers back to the incident or tells the people's arrival. */
function toldAfter(ev: readonly Candidate[], ctx: NearbyContext): Candidate | null {
  // After any of its tellings (the headline's, the body's), up to the next sentence that tells an incident.
  for (const first of new Set(ev.map((c) => c.sentenceIndex + 1))) {
    for (let si = first; si < first + REACH && si < ctx.sentences.length; si++) {
      if (ctx.told.has(si)) break;
      const found = datedClause(ctx, si, (from, to, d) => refersBack(ctx.tokens, from, to) || thatIsWhen(ctx.tokens, from, d) || theyMoved(ctx.tokens, from, to));
      if (found) return dateOnly(ev, ctx.sentences[si], si, found);
      const announced = datedClause(ctx, si, (from, to, d) => announcedMissing(ctx, ev, from, to, d));
      if (announced) return dateOnly(ev, ctx.sentences[si], si, announced, addDays(announced.start, -7), announced.end, true);
      // An anaphor refers to the latest happening told: past a sentence that tells another ("واعتقلت دورية
      // شاباً … ووقعت الحادثة مساء الاثنين"), "الحادثة" is that one.
      const { start, end } = ctx.sentences[si];
      if (namesAnotherHappening(ctx.tokens, tokenAt(ctx.tokens, start), tokenAt(ctx.tokens, end))) break;
    }
  }
  return null;
}

/**
 * A sentence right before a telling of the incident (the headline aside, its first telling in the body),
 * telling none itself, that introduces the happening the next sentence tells ("شهدت المنطقة حادثة جديدة فجر
 * الأحد. انشق 5 عناصر …"، "وفي واقعة مماثلة أمس: …"): an incident noun in the date's clause, and no other
 * happening named there.
 */
function introducedBefore(ev: readonly Candidate[], ctx: NearbyContext): Candidate | null {
  for (const c of ev) {
    const si = c.sentenceIndex - 1;
    if (si < 0 || ctx.told.has(si)) continue;
    const found = datedClause(ctx, si, (from, to) => {
      for (let k = from; k < to; k++) if (stems(ctx.tokens[k]).some((w) => INCIDENT_NOUNS.has(w))) return true;
      return false;
    });
    if (found) return dateOnly(ev, ctx.sentences[si], si, found);
  }
  return null;
}

/** The first date of sentence `si` whose clause `says` something (tokens [from, to)) and names no other happening. */
function datedClause({ text, tokens, sentences, dates }: NearbyContext, si: number, says: (from: number, to: number, d: DateMatch) => boolean): DateMatch | null {
  const sentence = sentences[si];
  const inSentence = dates.filter((d) => d.normOffset! >= sentence.start && d.normOffset! < sentence.end);
  if (inSentence.length === 0) return null;
  const clauses = splitClauses(text, sentence);
  for (const d of inSentence) {
    const at = segmentOf(clauses, d.normOffset!);
    const from = tokenAt(tokens, clauses[at].start);
    const to = tokenAt(tokens, clauses[at].end);
    if (says(from, to, d) && !namesAnotherHappening(tokens, from, to)) return d;
    // A date fronted before a comma ("… أن خلال الساعات الماضية، العملية جرت") belongs to the clause after it.
    if (at + 1 < clauses.length && tokenAt(tokens, d.normEndOffset!) >= to) {
      const next = tokenAt(tokens, clauses[at + 1].end);
      if (says(to, next, d) && !namesAnotherHappening(tokens, from, next)) return d;
    }
  }
  return null;
}

function openingOf(ev: readonly Candidate[]): Candidate {
  return ev.reduce((a, c) => (c.sentenceIndex < a.sentenceIndex ? c : a));
}

/** A verb of happening with an anaphor just before or after it ("العملية جرت"، "جرى ذلك"). */
function refersBack(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const readings = stems(tokens[k]);
    if (!readings.some((w) => HAPPENED.has(w))) continue;
    // ("ويعود ذلك إلى قرار …" gives a cause: "goes back to" takes a noun of the incident, not "ذلك".)
    const goesBack = readings.some((w) => GOES_BACK.has(w));
    // (after the verb: the people just told as its subject, then the head of a construct, may stand before the anaphor)
    let next = k + 1;
    if (next < to && SAME_PEOPLE.has(tokens[next].text)) next++;
    if (next < to && CONSTRUCT_HEADS.has(tokens[next].text)) next++;
    if (anaphorAt(tokens, k - 1, from, to, goesBack) || anaphorAt(tokens, next, from, to, goesBack)) return true;
  }
  return false;
}

/**
 * Token i (inside [from, to)) refers back to the incident: an anaphor, but not "ذلك/هذا" before another definite
 * noun ("وكان ذلك القرار قد صدر": a demonstrative of the decision) nor after a verb of going back.
 */
function anaphorAt(tokens: readonly Token[], i: number, from: number, to: number, goesBack: boolean): boolean {
  if (i < from || i >= to || !ANAPHORS.has(tokens[i].text)) return false;
  if (!DEMONSTRATIVES.has(tokens[i].text)) return true;
  return !goesBack && !(i + 1 < to && tokens[i + 1].text.startsWith("ال") && !ANAPHORS.has(tokens[i + 1].text));
}

/** "وذلك فجر الأحد"، "وذلك في 3 آب": the clause opens with the anaphor and the date follows it at once. */
function thatIsWhen(tokens: readonly Token[], from: number, d: DateMatch): boolean {
  const k = tokenAt(tokens, d.normOffset!);
  return k - from <= 2 && afterThatOne(tokens, k);
}

/** Nouns of men gone missing ("فقدان الاتصال بهم"، "تغيب العناصر"، "انقطاع الاتصال"، "اختفائهم"). */
const MISSING = foldedWords("فقدان فقد تغيب تغيبهم غياب غيابهم اختفاء اختفائهم انقطاع");
/** How far from the date the reporting verb before it and the missing noun after it may be (words). */
const ANNOUNCEMENT_SPAN = 3;

/**
 * "وكانت قيادة الفرقة قد أعلنت في 12 من الشهر الجاري عن فقدان الاتصال بهم": the incident's group (or none)
 * reported the men missing on that day — a telling, which bounds the incident to the week before it. A report
 * of another group's men is not this incident's.
 */
function announcedMissing({ tokens, groups }: NearbyContext, ev: readonly Candidate[], from: number, to: number, d: DateMatch): boolean {
  const first = tokenAt(tokens, d.normOffset!);
  const last = tokenAt(tokens, d.normEndOffset!) - 1;
  let verb = false;
  for (let k = Math.max(from, first - ANNOUNCEMENT_SPAN); k < first; k++) if (anyIn(stems(tokens[k]), REPORTING_VERBS)) verb = true;
  let missing = false;
  for (let k = last + 1; k < Math.min(to, last + 1 + ANNOUNCEMENT_SPAN); k++) if (anyIn(stems(tokens[k]), MISSING)) missing = true;
  if (!verb || !missing) return false;
  const ids = new Set(ev.flatMap((c) => c.groupKeys));
  return groups.every((g) => g.last < from || g.first >= to || g.id === null || ids.has(g.id));
}

/** "ووصلوا …"، "ووصل العناصر …"، "وخرج العناصر من مواقعهم …": the people just told arrived somewhere, or left. */
function theyMoved(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const readings = stems(tokens[k]);
    if (readings.some((w) => MOVED_THEY.has(w))) return true;
    if (readings.some((w) => MOVED.has(w)) && k + 1 < to && SAME_PEOPLE.has(tokens[k + 1].text)) return true;
  }
  return false;
}
