/**
 * The defection-event extractor: an Arabic report → the incidents in which members of an armed
 * group defected, deserted or were caught trying, each with groups, count, date range, place,
 * destination and evidence (offsets into the original body). Pure; never throws.
 *
 * Pipeline (chrono style: finders, then refiners), all on ONE normalised copy of the body:
 * 1. finders: sentences/clauses (sentences.ts), triggers (triggers.ts), group mentions (groups.ts),
 *    places (places.ts), count phrases (counts.ts), date expressions (lib/time);
 * 2. per trigger: non-event cues (cues.ts), governed group, count, date (dates.ts), place, destination;
 * 3. refiners: merge the mentions of one incident (merge.ts), decide the kind, score the confidence.
 */
import { normalizeArabic, originalSpan, type NormalizedText } from "../arabic/normalize";
import { findDateExpressionsIn } from "../time";
import { daysBetween } from "../time/day";
import type { DateMatch } from "../time/types";
import { withConfidence } from "./confidence";
import { findCounts, type CountMention } from "./counts";
import { isDeclared, judgeTrigger, type CueVerdict } from "./cues";
import { addDays, chooseDate, usableDates, type DateChoice } from "./dates";
import { groupById, placeById } from "./gazetteer";
import { attachGroups, findGroupMentions, type GroupMention } from "./groups";
import { countPrecision, sameIncident, countsCompatible, continuationDestination, destinationMentionOf, otherTellings, placeMentionOf, type CandidateCount, type Mergeable } from "./merge";
import { choosePlace, findDestination, findPlaceMentions, stripPreposition, type DestinationFound, type PlaceMention } from "./places";
import { segmentOf, splitClauses, splitSentences, type Segment } from "./sentences";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, stemIn, stems, tokenAt, tokenize } = tokenModule;
import { findTriggers, type Trigger } from "./triggers";
import type { DefectionEvent, EventGroup, EvidenceSpan, EventKind, ReportInput } from "./types";

export type { DefectionEvent, ReportInput } from "./types";

/** Bumped whenever extraction output may change, so the store re-extracts unchanged reports. */
export const EXTRACTOR_VERSION = "1.12.1";

/** Finds every defection or desertion incident in a report. Never throws: a failure yields no events. */
export function extractEvents(report: ReportInput): DefectionEvent[] {
  try {
    return extractEventsStrict(report);
  } catch {
    return [];
  }
}

interface Candidate extends Mergeable {
  sentence: Segment;
  sentenceIndex: number;
  trigger: Trigger;
  verdict: CueVerdict;
  groups: GroupMention[];
  groupFromContext: boolean;
  countMention: CountMention | null;
  dateChoice: DateChoice | null;
  place: PlaceMention | null;
  destination: DestinationFound | null;
  attempted: boolean;
  unknownDestination: boolean;
  /** A place abroad is named after the trigger in its sentence ("… انشقاقه بطائرته التي هبط بها في الأردن"). */
  abroadAfter: boolean;
  /** Only some of them reached the destination ("وهرب بعضهم إلى…"). */
  partialDestination: boolean;
  headline: boolean;
}

const KILLED_OR_HELD = new Set(
  "قتل مقتل قتلي قتلوا قتيل قتيلا اصابه اصيب اصيبوا جرحي جريح اعتقال اعتقل اعتقلت اعتقلوا اسر اسرت اسري القبض توقيف احتجاز احتجزت ارسال ارسل زج مصرع استهداف خسائر فقد فقدان مفقودين تسريح فصل سرح سرحهم".split(" "),
);
const KILLED = new Set("قتل مقتل قتلي قتلوا قتيل قتيلا اصابه اصيب اصيبوا جرحي جريح مصرع".split(" "));
const ATTEMPT = new Set("محاوله محاولتهم محاولته حاولوا حاول حاولت يحاولون اثناء".split(" "));
const SUCCESS = new Set("تمكن تمكنوا تمكنت نجح نجحوا نجحت".split(" "));
const UNKNOWN_WHERE = /(لم|دون ان|ولم) (تعرف|يعرف|تعرف|تتضح|يتضح) (وجهتهم|وجهته|مصيرهم)|وجه(ه|ة) مجهول/;
const UMBRELLAS = new Set(["iranian-militias", "opposition-factions"]);
const ARMY_NOUNS = new Set("عسكري عسكريا عسكريين عسكريون جندي جنديا جنود مجند مجندا مجندين ضابط ضابطا ضباط طيار طيارا طيارين".split(" "));
const PERSON_TITLES = new Set("الامير الشرعي القائد القيادي العقيد العميد الضابط المسؤول الشيخ المقدم الرائد النقيب الملازم الطيار رييس الرييس وزير الوزير نايب النايب السفير سفير المتحدث الناطق مدير المدير محافظ المحافظ قايد اللواء".split(" "));

/** How far after a trigger its destination may be named (words). */
const DESTINATION_WINDOW = 30;
/** A report with more triggers than this is not prose; the rest are ignored (bounds the work). */
const MAX_CANDIDATES = 300;

const DEBUG = typeof process !== "undefined" && !!process.env?.DEBUG_EXTRACT;

/** The extractor without its safety net (tests use it to find real failures). */
export function extractEventsStrict(report: ReportInput): DefectionEvent[] {
  const body = report.body ?? "";
  const norm = normalizeArabic(body);
  const text = norm.text;
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const headlineIndex = detectHeadline(text, sentences);
  const groups = findGroupMentions(text, tokens);
  const places = findPlaceMentions(tokens, groups, text);
  const counts = findCounts(text, tokens);
  // No safety net here: a failing date engine must fail the report, not quietly give every event the default range.
  const dates: DateMatch[] = usableDates(findDateExpressionsIn(norm, body, report.published));
  const triggers = findTriggers(tokens);
  const P = report.published;
  const defaultRange = { start: addDays(P.start, -7), end: P.end, expression: false };

  const candidates: Candidate[] = [];
  let ti = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si];
    const sf = tokenAt(tokens, sentence.start);
    const sl = tokenAt(tokens, sentence.end) - 1;
    if (sl < sf) continue;
    let unknownWhere: boolean | null = null;
    while (ti < triggers.length && triggers[ti].first < sf) ti++;
    // Clauses only for a sentence with a trigger (most have none).
    if (!(ti < triggers.length && triggers[ti].first <= sl && candidates.length < MAX_CANDIDATES)) continue;
    const clauses = splitClauses(text, sentence);
    const clauseOf = clauseIndex(tokens, clauses);
    for (; ti < triggers.length && triggers[ti].first <= sl && candidates.length < MAX_CANDIDATES; ti++) {
      const trig = triggers[ti];
      let verdict = judgeTrigger(tokens, trig, sf);
      if (verdict === "reject") continue;
      const beforeFrom = Math.max(sf, trig.first - 3);
      // Tried and caught: "أثناء محاولتهم الفرار", or the flight followed by "القبض عليهم".
      const caughtAfter = /(القبض|الامساك) (عليهم|عليه|عليهما)|(اعتقالهم|اعتقلتهم|اوقفتهم|توقيفهم|ضبطهم)/.test(text.slice(tokens[trig.last].end, tokens[Math.min(sl, trig.last + 20)].end));
      const attempted = (readingIn(tokens, beforeFrom, trig.first, ATTEMPT) || caughtAfter) && !readingIn(tokens, beforeFrom, trig.first, SUCCESS);
      const countMention = chooseCount(tokens, counts, trig, sf, sl, clauseOf, attempted);
      // "وبين المنشقين 3 ضباط": a part of people already told, not an incident.
      if (trig.form === "participle" && stems(tokens[trig.first - 1] ?? tokens[trig.first]).includes("بين") && trig.first - 1 >= sf) continue;
      // Crossing a border is a flight from a unit only for counted soldiers or fighters, not for people at large.
      if (/^(عبر|عبروا|يعبرون|يعبروا)$/.test(stems(tokens[trig.first]).at(-1) ?? "") && (!countMention || countMention.generic)) continue;
      // A participle is an incident only next to its figure: "17 جندياً منشقاً", "أعداد المنشقين فاقت الخمسين".
      if (trig.form === "participle" && !(countMention && countMention.value && ((countMention.last >= trig.first - 2 && countMention.last < trig.first) || (countMention.first > trig.last && countMention.first - trig.last <= 2)))) continue;
      let attached = attachGroups(tokens, groups, trig, { first: sf, last: sl }, clauseOf);
      let groupFromContext = false;
      // "انشقاق مئة وسبعين عسكرياً" with no group named: soldiers and officers are the army's.
      if (attached.length === 0 && countMention && countMention.value && stemIn(tokens[countMention.last], ARMY_NOUNS)) {
        attached = [{ id: "syrian-army", first: countMention.last, last: countMention.last, start: tokens[countMention.last].start, end: tokens[countMention.last].end, role: "member", known: true, implied: true, joinedToPrevious: false }];
      }
      attached = leftTheGroupJoined(groups, attached, trig, sf);
      const dateChoice = chooseDate(tokens, dates, trig, sentence, clauses);
      const destination =
        findDestination(tokens, groups, places, trig.last + 1, Math.min(sl, trig.last + DESTINATION_WINDOW)) ??
        continuationDestination(tokens, groups, places, triggers, sentences, si, trig);
      const place = choosePlace(tokens, places, trig, sf, sl, destination, clauseOf, text);
      const count = toCandidateCount(countMention, tokens, trig, sf, sl, (k) => groups.some((g) => g.first === k));
      // A bare verbal noun with nothing of an incident around it (no figure, date, place or
      // destination) is talk about defection ("يفتح كل انشقاق الباب…"): it may add to an incident, not open one.
      if ((trig.form === "masdar" || trig.form === "plural") && verdict === null && !countMention && !dateChoice && !destination && !place && !isDeclared(tokens, trig, sf)) verdict = "reference";
      if (verdict === "trend") {
        const span = dateChoice ? daysBetween(dateChoice.start, dateChoice.end) : Infinity;
        if (!count || count.kind === "none" || count.kind === "unit" || span > 45) continue;
      }
      // (A figure the verb alone gives, "سلّم نفسه", is no sign of an incident of its own.)
      if (attached.length === 0 && (countMention || dateChoice) && si > 0 && !countMention?.generic) {
        // Past the sentence just before, only for a mention that counts fighters of its own ("وكان أحد أمرائه قد…").
        const reach = countMention && countMention.value && !countMention.generic ? CONTEXT_SENTENCES : 1;
        attached = contextGroups(tokens, groups, sentences, si, reach);
        groupFromContext = attached.length > 0;
      }
      candidates.push({
        sentence,
        sentenceIndex: si,
        trigger: trig,
        verdict,
        groups: attached,
        groupFromContext,
        groupKeys: attached.map(groupKey(text)),
        ancestors: groupAncestors(attached),
        places: placeKeys(place),
        countMention,
        count,
        dateChoice,
        date: dateChoice ? { start: dateChoice.start, end: dateChoice.end, expression: true } : defaultRange,
        place,
        destination,
        attempted,
        partialDestination: /^(بعضهم|قسم|بعض|عدد)$/.test(tokens[trig.last + 1]?.text ?? "") || /^(بعضهم|قسم)$/.test(tokens[trig.first - 1]?.text ?? ""),
        unknownDestination: (unknownWhere ??= UNKNOWN_WHERE.test(text.slice(sentence.start, sentence.end))),
        abroadAfter: places.some((p) => p.first > trig.last && p.last <= sl && p.first - trig.last <= DESTINATION_WINDOW && placeById(p.match.id)?.kind === "abroad"),
        headline: si === headlineIndex,
      });
    }
  }

  // Refiners: fold candidates into incidents (each incident keeps a running summary).
  const events: Candidate[][] = [];
  const summaries: Mergeable[] = [];
  const add = (k: number, c: Candidate) => {
    events[k].push(c);
    summaries[k] = refine(summaries[k], c);
  };
  const fold = (c: Candidate, createIfNew: boolean) => {
    if (c.groups.length === 0) {
      // A mention with no group continues the incident before it, or is dropped.
      const k = events.length - 1;
      if (k >= 0 && countsCompatible(events[k][0].count, c.count) && (!c.dateChoice || !events[k][0].dateChoice || overlaps(events[k][0].date, c.date))) add(k, c);
      return;
    }
    // Two triggers on one figure ("فروا … وسلّموا أنفسهم") are one incident of the same people.
    if (c.countMention) {
      const k = events.findIndex((ev) => ev.some((x) => x.countMention === c.countMention));
      if (k >= 0) {
        add(k, c);
        return;
      }
    }
    for (let k = events.length - 1; k >= 0; k--) {
      if (siblingOfNamedUnit(events[k], c)) continue;
      if (sameIncident(summaries[k], c)) {
        add(k, c);
        return;
      }
    }
    // A reference ("بعد انشقاقه", "العناصر الذين فروا") opens an incident only with its own figure, or
    // with its own group and date ("بعد انشقاقه عن جيش النظام مطلع عام 2013": a background incident).
    const opens =
      c.verdict !== "reference" ||
      (c.count !== null && c.count.kind !== "none" && c.count.kind !== "vague" && c.count.kind !== "unit") ||
      (c.dateChoice !== null && !c.dateChoice.anchored && c.groups.length > 0 && !c.groupFromContext);
    if (createIfNew && opens) {
      events.push([c]);
      summaries.push({ groupKeys: c.groupKeys, ancestors: c.ancestors, places: c.places, count: c.count, date: c.date });
    }
  };
  if (DEBUG) for (const c of candidates) process.stderr.write(`cand ${text.slice(c.trigger.start, c.trigger.end)} v=${c.verdict} g=${c.groupKeys.join("+")} n=${c.count ? `${c.count.kind}:${c.count.best}` : "-"} d=${c.dateChoice ? c.dateChoice.match.text : "-"} h=${c.headline}\n`);
  for (const c of candidates) if (!c.headline) fold(c, true);
  for (const c of candidates) if (c.headline) fold(c, events.length === 0 && c.count !== null && c.count.kind !== "none");

  for (const ev of events) {
    const figure = figureNearby(ev, summaries[events.indexOf(ev)], tokens, sentences, counts, groups);
    if (figure) ev.push(figure);
  }
  const headlineGroups = headlineIndex >= 0 ? groups.filter((g) => g.role === "member" && g.id !== null && g.start >= sentences[headlineIndex].start && g.end <= sentences[headlineIndex].end) : [];
  return withConfidence(events.map((ev) => buildEvent(ev, norm, body, report, defaultRange, headlineGroups)), report);
}

/** Token index → index of its clause. (Made here, not as a named closure in the loop: a transpile that keeps names wraps each one.) */
function clauseIndex(tokens: readonly Token[], clauses: readonly Segment[]): (k: number) => number {
  return (k) => segmentOf(clauses, tokens[k].start);
}

/** True when a reading (clitics stripped) of some token in [from, to) is in `set`. */
function readingIn(tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (anyIn(stems(tokens[k]), set)) return true;
  return false;
}

/**
 * An incident told first by the parent ("عن قسد") and then by one of its units ("لواء أحرار الرقة")
 * is one incident; another unit of the same parent named later is another incident.
 */
function siblingOfNamedUnit(ev: Candidate[], c: Candidate): boolean {
  const head = ev[0].groupKeys;
  const units = new Set(ev.flatMap((x) => x.groupKeys).filter((k) => !head.includes(k)));
  if (units.size === 0) return false;
  const own = c.groupKeys.filter((k) => !head.includes(k));
  return own.length > 0 && !own.some((k) => units.has(k)) && (c.ancestors ?? []).some((a) => head.includes(a));
}

/**
 * An incident told with a vague quantity ("مئات الجنود الفارين") may have its figure in a
 * neighbouring sentence that names the same group without a trigger ("ألفي ضابط وجندي من الجيش
 * السوري عبروا إلى العراق"): the figure is taken when it counts soldiers "من" that group and is no
 * smaller than the vague quantity's low end. Returns a count-only mention to fold in, or null.
 */
function figureNearby(
  ev: Candidate[],
  summary: Mergeable,
  tokens: readonly Token[],
  sentences: readonly Segment[],
  counts: readonly CountMention[],
  groups: readonly GroupMention[],
): Candidate | null {
  if (countPrecision(summary.count) >= 3) return null;
  const primary = primaryOf(ev);
  const ids = new Set(primary.groups.map((g) => g.id).filter((x): x is string => x !== null));
  if (ids.size === 0) return null;
  const low = summary.count && summary.count.kind === "vague" ? summary.count.low : 2;
  for (const si of [primary.sentenceIndex, primary.sentenceIndex - 1, primary.sentenceIndex + 1]) {
    const seg = sentences[si];
    if (!seg) continue;
    for (const c of counts) {
      if (c.start < seg.start || c.end > seg.end || !c.value || c.subset || c.generic) continue;
      if (c.kind !== "exact" && c.kind !== "approx" && c.kind !== "bound") continue;
      if (c.value.best < low) continue;
      let held = false;
      for (let k = Math.max(0, c.first - 3); k < c.first; k++) if (anyIn(stems(tokens[k]), KILLED_OR_HELD)) held = true;
      for (let k = c.last + 1; k <= Math.min(tokens.length - 1, c.last + 4); k++) if (anyIn(stems(tokens[k]), KILLED_OR_HELD)) held = true;
      if (held) continue;
      const of = groups.find((g) => g.first > c.last && g.first <= c.last + 3 && g.id !== null && ids.has(g.id));
      if (!of || tokens[c.last + 1]?.text !== "من") continue;
      return { ...primary, countMention: c, count: { ...c.value, kind: c.kind }, dateChoice: null, place: null, destination: null, sentence: seg, sentenceIndex: si, verdict: "reference", groups: [] };
    }
  }
  return null;
}

function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}


const groupKey = (text: string) => (m: GroupMention) => m.id ?? `?${text.slice((m.antecedent ?? m).start, (m.antecedent ?? m).end)}`;

/**
 * The keys under which mentions of a group meet: the group, the formations it belongs to, and for
 * Iran-backed militias the umbrella "الميليشيات الإيرانية" that reports use for all of them.
 */
function groupAncestors(mentions: readonly GroupMention[]): string[] {
  const keys = new Set<string>();
  for (const m of mentions) {
    let entry = m.id ? groupById(m.id) : undefined;
    if (entry?.side === "iran-backed" && entry.id !== "iranian-militias") keys.add("iranian-militias");
    for (let depth = 0; entry?.parent && depth < 4; depth++) {
      keys.add(entry.parent);
      entry = groupById(entry.parent);
    }
  }
  return [...keys];
}

function placeKeys(p: PlaceMention | null): string[] | undefined {
  if (!p) return undefined;
  const within = (p as PlaceMention & { within?: PlaceMention }).within;
  return within ? [p.match.id, within.match.id] : [p.match.id];
}

/** The merged view of an incident after one more mention: the more precise count, the narrower date. */
function refine(sum: Mergeable, c: Candidate): Mergeable {
  let { count, date } = sum;
  if (countPrecision(c.count) > countPrecision(count)) count = c.count;
  if (c.date.expression && (!date.expression || daysBetween(c.date.start, c.date.end) < daysBetween(date.start, date.end))) date = c.date;
  return { groupKeys: sum.groupKeys, ancestors: sum.ancestors, places: sum.places ?? c.places, count, date };
}

function detectHeadline(text: string, sentences: readonly Segment[]): number {
  if (sentences.length < 2) return -1;
  const s = sentences[0];
  const lineEnd = text.indexOf("\n");
  if (lineEnd < 0 || s.end > lineEnd) return -1;
  const line = text.slice(s.start, s.end);
  if (line.length > 160 || /[.!]$/.test(line)) return -1;
  return 0;
}

function chooseCount(
  tokens: readonly Token[],
  counts: readonly CountMention[],
  trig: Trigger,
  sf: number,
  sl: number,
  clauseOf: (k: number) => number,
  attempted = false,
): CountMention | null {
  let best: CountMention | null = null;
  let bestScore = Infinity;
  const trigClause = clauseOf(trig.first);
  // "…، وكان الأخير قد انشق": the subject stands between "كان" and "قد"; a figure before "كان" is someone else's.
  const subjectFrom = subjectStart(tokens, trig, sf);
  for (const c of counts) {
    if (c.first < Math.max(sf, subjectFrom) || c.last > sl) continue;
    const before = c.last < trig.first;
    const spans = c.first <= trig.first && c.last >= trig.last;
    const d = spans ? 0 : before ? trig.first - c.last : c.first - trig.last;
    // The subject can run long before its verb; objects follow closely.
    if (d < 0 || d > (before ? 16 : 12)) continue;
    // Killed, wounded, arrested, sent: not the people who left.
    let other = false;
    // (Those caught while trying to leave are the incident's people.)
    const excluded = attempted ? KILLED : KILLED_OR_HELD;
    for (let k = Math.max(sf, c.first - 3); k < c.first; k++) if (stems(tokens[k]).some((w) => excluded.has(w))) other = true;
    for (let k = c.last + 1; k <= Math.min(sl, c.last + 2); k++) if (anyIn(stems(tokens[k]), KILLED_OR_HELD)) other = true;
    if (other) continue;
    let score = d + (clauseOf(c.first) !== trigClause ? 8 : 0) + (c.subset ? 3 : 0);
    if (c.kind === "none" || c.kind === "unit") score += 4;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  if (!best) return null;
  // "55 شخصاً بينهم 17 جندياً": the fighters, not the crowd; "أكثر من 1000 مسلح بينهم 700": the whole.
  const idx = counts.indexOf(best);
  if (best.generic && best.value) {
    const sub = counts[idx + 1];
    if (sub && sub.subset && !sub.generic && sub.value && sub.first - best.last <= 10) return sub;
  }
  if (best.subset) {
    for (let k = idx - 1; k >= 0 && counts[k].first >= sf; k--) {
      const outer = counts[k];
      if (!outer.subset && !outer.generic && outer.value) return outer;
    }
  }
  return best;
}

/** The object of "سلّم" says how many handed themselves over: نفسه/نفسها one, نفسيهما/أنفسهما two. */
const REFLEXIVE_COUNT: Record<string, number> = { نفسه: 1, نفسها: 1, نفسيهما: 2, انفسهما: 2 };
/** Dual verbs: two people ("انشقا", "فرّا", "سلّما نفسيهما"). */
const DUAL_VERBS = new Set("انشقا انشقتا فرا هربا سلما تركا غادرا خرجا تخلفا ينشقان يفران".split(" "));
/** Masculine singular perfects: after a subject already named ("وكان فلان قد انشق") the subject is one man. */
const SINGULAR_VERBS = new Set("انشق فر هرب سلم ترك غادر خرج تخلف".split(" "));
const SINGULAR_IMPERFECTS = new Set("ينشق يفر يهرب يترك يغادر يخرج".split(" "));
const AFTER_VERB_NO_SUBJECT = new Set("في عن عنه عنها عنهم من منه منها الي مع منذ قبل بعد خلال".split(" "));
/** An indefinite man described in the sentence ("وكان قائداً عسكرياً"). */
const ONE_MAN = new Set("قايدا قياديا ضابطا عنصرا اميرا مسوولا جنديا عقيدا عميدا نقيبا ملازما رايدا مقدما".split(" "));

/**
 * "انشق عن الجيش … والتحق بجيش الإسلام، ثم عاد إلى الجيش وسلّمه نفسه": when the people went back TO
 * the group the trigger would credit (a destination named between that group and the trigger), they
 * left the group they had joined in between.
 */
function leftTheGroupJoined(groups: readonly GroupMention[], attached: GroupMention[], trig: Trigger, sf: number): GroupMention[] {
  if (attached.length !== 1 || attached[0].id === null || attached[0].last >= trig.first) return attached;
  const member = attached[0];
  const back = groups.find((g) => g.role === "destination" && g.id === member.id && g.first > member.last && g.last < trig.first);
  if (!back) return attached;
  const joined = groups.filter((g) => g.role === "destination" && g.id !== null && g.id !== member.id && g.first > member.last && g.last < back.first && g.first >= sf);
  return joined.length > 0 ? [{ ...joined[joined.length - 1], role: "member" }] : attached;
}

/** In "كان SUBJECT قد VERB", the first token of the subject; -1 when the trigger is not in that frame. */
function subjectStart(tokens: readonly Token[], trig: Trigger, sf: number): number {
  if (!/^(قد|وقد|فقد)$/.test(tokens[trig.first - 1]?.text ?? "")) return -1;
  for (let k = trig.first - 2; k >= Math.max(sf, trig.first - 10); k--) {
    // ("عقيداً، كان قد انشق": nothing between كان and قد, so the subject is elsewhere.)
    if (/^(كان|وكان|فكان|كانت|وكانت)$/.test(tokens[k].text)) return k + 1 < trig.first - 1 ? k + 1 : -1;
  }
  return -1;
}

function toCandidateCount(
  m: CountMention | null,
  tokens: readonly Token[],
  trig: Trigger,
  sf: number,
  sl: number = tokens.length - 1,
  startsGroup: (k: number) => boolean = () => false,
): CandidateCount | null {
  if (m) {
    if (!m.value) return { low: 0, best: 0, high: 0, kind: m.kind };
    return { ...m.value, kind: m.kind };
  }
  const one = { low: 1, best: 1, high: 1, kind: "single" as const };
  if (trig.form === "verb") {
    const verb = stems(tokens[trig.first]).at(-1) ?? "";
    if (DUAL_VERBS.has(verb)) return { low: 2, best: 2, high: 2, kind: "exact" };
    if (trig.cls === "surrender") {
      for (let k = trig.first + 1; k <= Math.min(sl, trig.first + 15); k++) {
        const n = REFLEXIVE_COUNT[tokens[k].text];
        if (n === 1) return one;
        if (n === 2) return { low: 2, best: 2, high: 2, kind: "exact" };
        if (tokens[k].text === "انفسهم") break;
      }
    }
    // "وكان الأخير قد انشق", "وكان قائد المجموعة ويدعى فلان قد ترك صفوفها": a subject before "قد" and
    // a singular verb is one person — unless the subject is a unit ("وكان اللواء قد انشق").
    const k = subjectStart(tokens, trig, sf);
    if (SINGULAR_VERBS.has(verb) && k >= 0 && k < trig.first - 1 && !startsGroup(k)) return one;
    // "وكان قائداً في الجبهة، قبل أن ينشق في مطلع 2014": "أن" + a singular verb with no subject of its
    // own (a preposition follows) continues a sentence about one man.
    if ((SINGULAR_VERBS.has(verb) || SINGULAR_IMPERFECTS.has(verb)) && /^(ان|بان|وان)$/.test(tokens[trig.first - 1]?.text ?? "") && AFTER_VERB_NO_SUBJECT.has(tokens[trig.last + 1]?.text ?? "")) {
      for (let j = trig.first - 2; j >= Math.max(sf, trig.first - 20); j--) if (PERSON_TITLES.has(tokens[j].text) || ONE_MAN.has(tokens[j].text)) return one;
    }
  }
  // "أعلن الأمير الشرعي … انشقاقه": one person announcing his own defection.
  const w = tokens[trig.first].text;
  if (trig.form === "masdar" && /ه$/.test(w) && !/(ها|هم)$/.test(w)) {
    for (let k = Math.max(sf, trig.first - 16); k < trig.first; k++) if (PERSON_TITLES.has(tokens[k].text)) return { low: 1, best: 1, high: 1, kind: "single" };
  }
  return null;
}

/** How many sentences back a mention with no group of its own may find the group the text continues. */
const CONTEXT_SENTENCES = 3;

/**
 * Groups of the nearest earlier sentence that names one ("… من الدفاع الوطني. وقالت مصادر إن العناصر
 * فروا"; "… مرتزقة التنظيم … . وأوضح المصدر … . وكان أحد أمرائه قد سلّم نفسه"): the text continues it.
 */
function contextGroups(tokens: readonly Token[], groups: readonly GroupMention[], sentences: readonly Segment[], si: number, reach: number): GroupMention[] {
  for (let back = 1; back <= reach && si - back >= 0; back++) {
    const prev = sentences[si - back];
    const inPrev = groups.filter((g) => g.role === "member" && tokens[g.first].start >= prev.start && tokens[g.last].end <= prev.end && !g.implied);
    if (inPrev.length > 0) return [inPrev[0]];
  }
  return [];
}

function cleanText(s: string): string {
  return s.replace(/["“”«»„‟'‘’]/g, "").replace(/\s+/g, " ").trim();
}

const OPENING = "“«\"„‹'‘";
const CLOSING: Record<string, string> = { "“": "”", "«": "»", '"': '"', "„": "“", "‹": "›", "'": "'", "‘": "’" };

/**
 * The original span of a normalised one, widened over what normalisation dropped at its end
 * (diacritics such as the tanween of "عنصراً", tatweel) and over the closing quote of a quote the
 * span opens ("ميليشيا “جيش العشائر”").
 */
function orig(norm: NormalizedText, body: string, s: number, e: number): { start: number; end: number; text: string } {
  const span = originalSpan(norm, s, e);
  let end = span.end;
  while (end < body.length && /[\u064B-\u065F\u0670\u0640]/.test(body[end])) end++;
  const inner = body.slice(span.start, end);
  for (const open of OPENING) {
    const close = CLOSING[open];
    if (inner.includes(open) && !inner.slice(inner.lastIndexOf(open) + 1).includes(close) && body[end] === close) {
      end++;
      break;
    }
  }
  return { start: span.start, end, text: body.slice(span.start, end) };
}

function buildEvent(
  ev: Candidate[],
  norm: NormalizedText,
  body: string,
  report: ReportInput,
  defaultRange: { start: string; end: string },
  headlineGroups: readonly GroupMention[] = [],
): DefectionEvent {
  const first = primaryOf(ev);
  const spans: EvidenceSpan[] = [];
  const trigSpan = orig(norm, body, tokensStart(first), tokensEnd(first));
  spans.push({ role: "trigger", start: trigSpan.start, end: trigSpan.end });

  // An umbrella ("الميليشيات الإيرانية", "فصائل المعارضة") gives way to the specific group another
  // telling of the incident names ("الحرس الثوري", "لواء أبو الفضل العباس").
  let groupMentions = first.groups;
  if (groupMentions.length === 1 && groupMentions[0].id !== null && UMBRELLAS.has(groupMentions[0].id)) {
    const umbrella = groupMentions[0].id;
    const specific = ev.find((c) => c.groups.length > 0 && !c.groupFromContext && (c.ancestors ?? []).includes(umbrella));
    if (specific) groupMentions = specific.groups;
    // … or the headline names ("فرار جماعي في صفوف الحرس الثوري" over a body that says "الميليشيات الإيرانية").
    else {
      const named = headlineGroups.filter((m) => m.id !== umbrella && groupAncestors([m]).includes(umbrella));
      if (named.length === 1) groupMentions = named;
    }
  }
  const groups: EventGroup[] = groupMentions.map((m) => {
    const o = orig(norm, body, m.start, m.end);
    spans.push({ role: "group", start: o.start, end: o.end });
    const entry = m.id ? groupById(m.id) : undefined;
    // An unknown unit referred back to ("الكتيبة") is named as first written.
    const written = cleanText(m.antecedent ? orig(norm, body, m.antecedent.start, m.antecedent.end).text : o.text);
    return entry
      ? { id: entry.id, name_ar: entry.name_ar, name_en: entry.name_en, text: written, known: true }
      : { id: null, name_ar: written, name_en: null, text: written, known: false };
  });

  // Best count: the most precise mention (a figure replaces a vague quantity).
  let countC: Candidate | null = null;
  for (const c of ev) if (c.countMention && (!countC || countPrecision(c.count) > countPrecision(countC.count))) countC = c;
  let count: DefectionEvent["count"] = null;
  if (countC && countC.countMention) {
    const m = countC.countMention;
    const o = orig(norm, body, m.start, m.end);
    spans.push({ role: "count", start: o.start, end: o.end });
    if (m.value) count = { ...m.value, text: o.text };
  } else {
    // A figure the verb itself gives ("سلّم نفسه" one, "سلّما نفسيهما" two), with the trigger as its text.
    const byVerb = ev.find((c) => c.count && !c.countMention && c.count.best > 0);
    if (byVerb && byVerb.count) count = { low: byVerb.count.low, best: byVerb.count.best, high: byVerb.count.high, text: orig(norm, body, tokensStart(byVerb), tokensEnd(byVerb)).text };
  }

  // Best date: an expression over the default; the narrowest expression.
  let dateC: Candidate | null = countC && countC.dateChoice && countPrecision(countC.count) >= 3 ? countC : null;
  for (const c of dateC ? [] : ev) {
    if (!c.dateChoice) continue;
    if (!dateC || daysBetween(c.dateChoice.start, c.dateChoice.end) < daysBetween(dateC.dateChoice!.start, dateC.dateChoice!.end)) dateC = c;
  }
  let date: DefectionEvent["date"];
  if (dateC && dateC.dateChoice) {
    const d = dateC.dateChoice;
    spans.push({ role: "date", start: d.match.offset, end: d.match.endOffset });
    date = {
      start: d.start,
      end: d.end,
      grain: d.anchored ? "span" : d.match.grain,
      // "context": borrowed from a mention that names no group of its own (it continues the incident).
      basis: dateC.groups.length > 0 && !dateC.groupFromContext ? "expression" : "context",
      text: d.match.text,
      rule: d.anchored ? `${d.match.rule}+report-day` : d.match.rule,
      explanation: d.anchored
        ? `${d.match.explanation}; the expression dates the report, so the incident is bounded by the week before it → ${d.start}..${d.end}`
        : d.match.explanation,
    };
  } else {
    date = {
      start: defaultRange.start,
      end: defaultRange.end,
      grain: "span",
      basis: "default",
      text: null,
      rule: "default-week-before-publication",
      explanation: `no expression dates the incident: [P-7, P] over the publication window ${report.published.start}..${report.published.end} → ${defaultRange.start}..${defaultRange.end}`,
    };
  }

  let place: DefectionEvent["place"] = null;
  const placeC = placeMentionOf(ev, first);
  if (placeC && placeC.place) {
    const p = placeC.place;
    const o = orig(norm, body, p.start, p.end);
    spans.push({ role: "place", start: o.start, end: o.end });
    const entry = placeById(p.match.id);
    place = {
      text: cleanText(o.text),
      id: entry?.id ?? null,
      name_ar: entry?.name_ar ?? null,
      governorate: entry ? entry.governorate ?? (entry.kind === "governorate" ? entry.name_ar : null) : null,
    };
  }

  let destination: DefectionEvent["destination"] = null;
  const destC = destinationMentionOf(ev, first);
  if (destC && destC.destination) {
    const d = destC.destination;
    const o = orig(norm, body, d.start, d.end);
    spans.push({ role: "destination", start: o.start, end: o.end });
    const written = cleanText(o.text);
    destination = { text: written, group_id: d.group_id, area: d.area === "" ? stripPreposition(written) : d.area === "home" ? written : d.area };
  }

  // Every other telling of the incident shows its trigger too, so the evidence covers all of them.
  const others = otherTellings(ev, first);
  for (const c of others) {
    const o = orig(norm, body, tokensStart(c), tokensEnd(c));
    spans.push({ role: "trigger", start: o.start, end: o.end });
  }
  const kind = decideKind(ev);
  // The evidence: the sentences the shown parts come from (the primary telling's and any other).
  const sentencesUsed = new Set<Segment>([first.sentence]);
  for (const c of [countC, dateC, placeC, destC, ...others]) if (c) sentencesUsed.add(c.sentence);
  let sentenceStart = Infinity;
  let sentenceEnd = -1;
  for (const seg of sentencesUsed) {
    const o = originalSpan(norm, seg.start, seg.end);
    sentenceStart = Math.min(sentenceStart, o.start);
    sentenceEnd = Math.max(sentenceEnd, o.end);
  }
  for (const s of spans) {
    sentenceStart = Math.min(sentenceStart, s.start);
    sentenceEnd = Math.max(sentenceEnd, s.end);
  }

  let confidence = { verb: 0.6, masdar: 0.55, plural: 0.4, participle: 0.45 }[first.trigger.form];
  if (first.verdict) confidence -= 0.1;
  if (groups.some((g) => g.known)) confidence += first.groupFromContext ? 0.05 : 0.1;
  if (count) confidence += 0.1;
  if (date.basis !== "default") confidence += 0.1;
  if (place) confidence += 0.05;
  if (destination) confidence += 0.05;
  if (ev.length > 1) confidence += 0.05;
  confidence = Math.round(Math.min(0.95, Math.max(0.1, confidence)) * 100) / 100;

  return {
    kind,
    groups,
    count,
    date,
    place,
    destination,
    evidence: { sentence: { start: sentenceStart, end: sentenceEnd }, spans },
    confidence,
  };
}

/**
 * The telling an incident is shown by: the mention with a group of its own and the most precise
 * figure, then one with a date expression, then the most direct trigger, then the earliest.
 */
function primaryOf(ev: Candidate[]): Candidate {
  let best = ev[0];
  for (const c of ev) if (primaryScore(c) > primaryScore(best)) best = c;
  return best;
}

const FORM_RANK = { verb: 3, masdar: 2, participle: 1, plural: 0 } as const;

function primaryScore(c: Candidate): number {
  return (
    (c.groups.length > 0 && !c.groupFromContext ? 1000 : 0) +
    (countPrecision(c.count) >= 3 ? 100 * countPrecision(c.count) : 0) +
    (c.dateChoice ? 10 : 0) +
    (c.verdict === null ? 5 : 0) +
    FORM_RANK[c.trigger.form]
  );
}

function tokensStart(c: Candidate): number {
  return c.trigger.start;
}
function tokensEnd(c: Candidate): number {
  return c.trigger.end;
}

function decideKind(ev: Candidate[]): EventKind {
  if (ev.some((c) => c.attempted) && !ev.some((c) => !c.attempted && c.trigger.form === "verb")) return "attempted";
  const dest = ev.find((c) => c.destination)?.destination ?? null;
  if (dest && (dest.kind === "abroad" || dest.kind === "home" || dest.kind === "unknown")) return "desertion";
  if (ev.some((c) => c.unknownDestination) && !(dest && dest.group_id)) return "desertion";
  // Mainly abandonment, with only some reaching the other side.
  if (dest && ev.some((c) => c.partialDestination && c.destination) && ev.some((c) => c.trigger.cls === "leave" || c.trigger.cls === "flee")) return "desertion";
  if (dest) return "defection";
  // No destination phrase, but they ended up abroad: a desertion.
  if (ev.some((c) => c.abroadAfter)) return "desertion";
  const classes = new Set(ev.map((c) => c.trigger.cls));
  if (classes.has("defect") || classes.has("split") || classes.has("surrender")) return "defection";
  return "desertion";
}
