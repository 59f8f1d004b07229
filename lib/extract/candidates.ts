/**
 * Finders → candidates: for each trigger of each sentence, the non-event cues, the governed group,
 * the figure, the date, the place and the destination. Rules that drop a trigger outright (a
 * participle with no figure beside it, a crossing by people at large, a part of people already told)
 * sit here; the rules that read each part sit in their own modules.
 */
import * as $day from "../time/day";
import type { DateMatch } from "../time/types";
import * as candidateModule from "./candidate";
import type { Candidate } from "./candidate";
import type { CountMention } from "./counts";
import * as cues from "./cues";
import * as $dates from "./dates";
import * as $destinations from "./destinations";
import * as $gazetteer from "./gazetteer";
import type { GroupMention } from "./groups";
import * as $attach from "./groups-attach";
import * as $heads from "./groups-heads";
import * as lexicon from "./lexicon";
import * as $merge from "./merge";
import * as $places from "./places";
import type { PlaceMention } from "./places";
import * as countChoice from "./refiners/count-choice";
import * as $plausibility from "./refiners/plausibility";
import * as $received from "./refiners/received";
import * as roleRefiners from "./refiners/roles";
import * as sentenceModule from "./sentences";
import type { Segment } from "./sentences";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import * as triggerModule from "./triggers";
import * as $whereabouts from "./whereabouts";
import type { Trigger } from "./triggers";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { daysBetween } = $day;
const { chooseDate } = $dates;
const { findDestination } = $destinations;
const { placeById } = $gazetteer;
const { attachGroups } = $attach;
const { unresolvedHead } = $heads;
const { continuationDestination } = $merge;
const { choosePlace, isSettlement } = $places;
const { doubtCount, observedTally, statisticTie, vagueCases } = $plausibility;
const { receivedDestination } = $received;
// Bound once: a call through a transpiled import is a getter call on the module object every time (this loop
// runs per trigger; a value import used here is best added to these lines).
const { anyIn, stems, tokenAt, wordMemo } = tokenModule;
const { groupAncestors, groupKey, placeKeys } = candidateModule;
const { isDeclared, judgeTrigger } = cues;
const { namesPeople } = triggerModule;
const { ATTEMPT, ATTEMPT_VERBS, CAUGHT_AFTER, CROSSING_VERBS, SOME_OF_THEM, SOME_OF_THEM_AFTER, SOME_OF_THEM_BEFORE, SUCCESS, SUPPOSED, ABROAD_WORDS, TALLY_HEADS, SPEAKERS_OWN } = lexicon;
const { chooseCount, countOf } = countChoice;
const { CONTEXT_SENTENCES, contextGroups, followingAffiliation, groupByPronoun, impliedArmy, leftTheGroupJoined, storyGroupOfSoldiers } = roleRefiners;
const { segmentOf, splitClauses } = sentenceModule;
const { whereaboutsUnknown } = $whereabouts;

/** How far after a trigger its destination may be named (words). */
const DESTINATION_WINDOW = 30;
/** How far after a trigger its people's whereabouts may be told (words), when no other trigger comes first. */
const WHEREABOUTS_WINDOW = 40;
/** A report with more triggers than this is not prose; the rest are ignored (bounds the work). */
const MAX_CANDIDATES = 300;

/** What the finders found in one normalised body. */
export interface Found {
  text: string;
  tokens: Token[];
  sentences: Segment[];
  headlineIndex: number;
  groups: GroupMention[];
  places: PlaceMention[];
  counts: CountMention[];
  dates: DateMatch[];
  triggers: Trigger[];
  defaultRange: { start: string; end: string; expression: false };
  /** Parents the report states for a group ("X التابعة لـY"), see candidate.ts statedParents. */
  statedParents?: ReadonlyMap<string, readonly string[]>;
}

export function findCandidates(f: Found): Candidate[] {
  const { text, tokens, sentences, headlineIndex, groups, places, counts, dates, triggers, defaultRange } = f;
  const candidates: Candidate[] = [];
  const tellingTriggers = triggers.filter((t) => !t.join);
  // Whether sentence k refers back to people whose whereabouts are unknown (whereaboutsUnknown), asked once per sentence.
  const toldUnknownIn: (boolean | undefined)[] = [];
  let ti = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si];
    const sf = tokenAt(tokens, sentence.start);
    const sl = tokenAt(tokens, sentence.end) - 1;
    if (sl < sf) continue;
    while (ti < triggers.length && triggers[ti].first < sf) ti++;
    // Clauses only for a sentence with a trigger (most have none).
    if (!(ti < triggers.length && triggers[ti].first <= sl && candidates.length < MAX_CANDIDATES)) continue;
    const clauses = splitClauses(text, sentence);
    const clauseOf = clauseIndex(tokens, clauses);
    for (; ti < triggers.length && triggers[ti].first <= sl && candidates.length < MAX_CANDIDATES; ti++) {
      const trig = triggers[ti];
      // A join next to a defection verb of its sentence ("انشق … والتحق بـ…") only continues it.
      if (trig.join && tellingTriggers.some((t) => t.first >= sf && t.first <= sl)) continue;
      let verdict = judgeTrigger(tokens, trig, sf, sl);
      if (verdict === "reject") continue;
      const beforeFrom = Math.max(sf, trig.first - 3);
      // Tried and caught: "أثناء محاولتهم الفرار", or the flight followed by "القبض عليهم".
      const caughtAfter = CAUGHT_AFTER.test(text.slice(tokens[trig.last].end, tokens[Math.min(sl, trig.last + 20)].end));
      const attempted =
        (readingIn(tokens, beforeFrom, trig.first, W_ATTEMPT) || triedWithSubject(tokens, trig, sf) || caughtAfter) && !readingIn(tokens, beforeFrom, trig.first, W_SUCCESS);
      // "(بلغ|ارتفع) عدد المنشقين (عن X أمس) (إلى) N": a tally of the participle's people, its figure a few words
      // on (not "عدد المنشقين" itself, which counts no one); "حصيلة/إجمالي/مجموع الفارين" the same (round 12).
      const tally = trig.form === "participle" && trig.first - 1 >= sf && anyIn(stems(tokens[trig.first - 1]), TALLY_HEADS);
      let countMention = chooseCount(tokens, tally ? counts.filter((c) => c.kind !== "none") : counts, trig, sf, sl, clauseOf, attempted);
      // (round 16) «قال أحد المنشقين: "انشققنا…"»: the speakers tell their own defection, and a figure before their
      // verb («أحد», one of them) is not theirs (their figure is the one the report told; retelling folds them). A
      // figure in their own words after it stays: «"انشققنا … وكنا 12 عنصراً"».
      if (countMention && countMention.last < trig.first && anyIn(stems(tokens[trig.first]), SPEAKERS_OWN)) countMention = null;
      // "فرّوا من كتيبة الاقتحام": the unit noun is the group's name, not a count of units.
      if (countMention && countMention.kind === "unit" && groups.some((g) => g.first <= countMention!.last && g.last >= countMention!.first)) countMention = null;
      // "وبين المنشقين 3 ضباط": a part of people already told, not an incident.
      // (also "وبين الضباط المنشقين 11 ضابطاً برتبة عقيد": "among" governs the noun the participle describes)
      if (trig.form === "participle" && [1, 2].some((d) => trig.first - d >= sf && stems(tokens[trig.first - d]).includes("بين"))) continue;
      // Crossing a border is a flight from a unit only for counted soldiers or fighters, not for people at large.
      if (CROSSING_VERBS.test(stems(tokens[trig.first]).at(-1) ?? "") && (!countMention || countMention.generic)) continue;
      // A participle is an incident only next to its figure: "17 جندياً منشقاً", "أعداد المنشقين فاقت الخمسين",
      // or as the figure's own noun: "وصل 7 منشقين عن قوات النظام".
      // ("المنشقون الخمسة": the figure's phrase holds the participle; "العناصر المنشقين بينهم 3 قياديين": a part
      // of people already told is not their figure — but "22 شخصاً بينهم 9 عسكريين منشقين" counts the nine)
      if (trig.form === "participle" && !(countMention && countMention.value && !(countMention.subset && tokens[trig.first].text.startsWith("ال")) && ((countMention.last >= trig.first - 2 && countMention.last <= trig.last) || (countMention.first > trig.last && countMention.first - trig.last <= (tally ? 12 : 2)) || (countMention.first <= trig.first && countMention.last >= trig.last)))) continue;
      let attached = attachGroups(tokens, groups, trig, { first: sf, last: sl }, clauseOf);
      let groupFromContext = false;
      // («وانشق 12 عنصراً من صفوفها»، «… عنه»: the group left told by its pronoun is the one the sentence before
      // named, as surely as its name; no group after the pronoun is the one left; roles.ts, round 14)
      const pronounAt = si > 0 ? groupByPronoun(tokens, trig, countMention, sf, sl) : -1;
      if (pronounAt >= 0 && attached.every((g) => g.first > pronounAt)) {
        const named = contextGroups(text, tokens, groups, sentences, si, 1);
        if (named.length > 0) attached = named;
      }
      if (attached.length === 0) {
        attached = impliedArmy(tokens, countMention);
        // (… but not in a story that told a leaving from another force a sentence before: roles.ts)
        if (attached.length > 0 && si > 0 && !countMention?.anaphoric) {
          const told = storyGroupOfSoldiers(text, tokens, groups, sentences, triggers, si);
          if (told.length > 0) {
            attached = told;
            groupFromContext = true;
          }
        }
      }
      attached = leftTheGroupJoined(groups, attached, trig, sf);
      // A join is a defection only from a group named as the one they came from ("انضم عناصر من قسد إلى …").
      if (trig.join && !(attached.length > 0 && !attached[0].implied && cameFrom(tokens, attached[0]))) continue;
      const dateChoice = chooseDate(tokens, dates, trig, sentence, clauses);
      // (what follows another incident's opening is that incident's: its destination, its "abroad")
      const ownLast = Math.min(sl, trig.last + DESTINATION_WINDOW, followUpBefore(tokens, triggers, ti, sl, counts, clauseOf));
      const toldAfter =
        findDestination(tokens, groups, places, trig.last + 1, ownLast) ??
        continuationDestination(tokens, groups, places, triggers, sentences, si, trig);
      // (told from the side that received them: "أعلن X انضمام … إلى صفوفه", "استقبل X …")
      const destination = receivedDestination(tokens, text, groups, trig, sf, ownLast, attached, tellingTriggers, toldAfter);
      // … and only to another armed group ("إلى الجيش الوطني", "بصفوف الهيئة", the side that received them): joining a
      // front, a town or a battle ("التحق 500 عنصر من الفيلق بجبهات إدلب") is a reinforcement, not a defection.
      if (trig.join && destination === toldAfter && !groups.some((g) => g.role === "destination" && g.id !== null && g.first > trig.last && g.last <= sl && !attached.some((a) => a.id === g.id))) continue;
      // "سلّموا أنفسهم للسلطات العراقية … وعادوا إلى بلدهم": handed over (to no side's force) on the way home or abroad (kind.ts).
      const later = trig.cls === "surrender" && destination && destination.group_id === null && destination.kind === "other" ? findDestination(tokens, groups, places, destination.last + 1, Math.min(sl, trig.last + DESTINATION_WINDOW)) : null;
      const place = choosePlace(tokens, places, trig, sf, sl, destination, clauseOf, text);
      // A figure that counts something else (a camp, a force's strength) is no head count: it neither
      // opens nor splits an incident; build-event.ts sets it aside if nothing better is told.
      // (an incident bound to a town is no statistic's for a tally of another set in its sentence: plausibility.ts)
      const placed = isSettlement(place);
      let countDoubt = doubtCount(tokens, countMention, sf, sl, trig, !dateChoice, placed);
      // (round 16) A figure before the trigger that a word of strength, a population or a camp governs is that whole's;
      // the figure the trigger governs after it is the men's ("وشهد الفيلق الذي يضم نحو 15 ألف مقاتل انشقاق 30 من
      // عناصره"): it is read instead, when nothing doubts it (plausibility.ts; the "implausible" template family).
      if (countDoubt !== null && REREAD_AFTER.has(countDoubt) && countMention && countMention.last < trig.first) {
        const after = chooseCount(tokens, counts.filter((c) => c.first > trig.last && !c.subset), trig, sf, sl, clauseOf, attempted);
        if (after?.value && doubtCount(tokens, after, sf, sl, trig, !dateChoice, placed) === null) {
          countMention = after;
          countDoubt = null;
        }
      }
      // (a statistic of a whole's losses, flights counted beside deaths with no day of their own, is no incident)
      if (countDoubt === "statistic" && statisticTie(tokens, countMention, sf, sl, trig, placed) === "with-deaths") continue;
      const count = countDoubt ? null : countOf(countMention, tokens, trig, sf, sl, (k) => groups.some((g) => g.first === k));
      // A bare verbal noun with nothing of an incident around it (no figure, date, place or
      // destination) is talk about defection ("يفتح كل انشقاق الباب…"): it may add to an incident, not open one.
      if ((trig.form === "masdar" || trig.form === "plural") && verdict === null && !countMention && !dateChoice && !destination && !place && !isDeclared(tokens, trig, sf)) verdict = "reference";
      if (verdict === "trend") {
        const span = dateChoice ? daysBetween(dateChoice.start, dateChoice.end) : Infinity;
        // (round 14) «رصد … حالات انشقاق / انشقاقات» with the men's figure is a tally (plausibility.ts observedTally), read
        // as every tally is: with a period of its own an event of that period, with none its figure doubted as a statistic's
        // (a vague quantity too, «المئات من العناصر»، «عشرات حالات»: as in every tally, under 100 it is not doubted)
        const tally = !!countMention?.value && countMention.kind !== "unit" && observedTally(tokens, sf, sl, trig);
        if (!tally && (!count || count.kind === "none" || count.kind === "unit" || span > 45)) continue;
        // (round 15) … but a vague quantity of incidents with no period of its own («رصد المرصد عشرات حالات الانشقاق») is a trend
        if (tally && !dateChoice && vagueCases(tokens, countMention)) continue;
      }
      // (A figure the verb alone gives, "سلّم نفسه", is no sign of an incident of its own.)
      // ("وأكد ناشطون أن العناصر الخمسة انشقوا": people already told take no group from context; with none named
      // here the telling continues the incident before it)
      // (no group of another head for a group named again by a head that refers back to none: groups-heads.ts unresolvedHead)
      if (attached.length === 0 && (countMention || dateChoice) && si > 0 && !countMention?.generic && !countMention?.anaphoric && !unresolvedHead(tokens, groups, trig.last, sl)) {
        // Past the sentence just before, only for a mention that counts fighters of its own ("وكان أحد أمرائه قد…").
        const reach = countMention && countMention.value && !countMention.generic ? CONTEXT_SENTENCES : 1;
        attached = contextGroups(text, tokens, groups, sentences, si, reach);
        groupFromContext = attached.length > 0;
      }
      if (attached.length === 0 && countMention?.value && !countMention.generic && !countMention.anaphoric) {
        attached = followingAffiliation(tokens, groups, sentences, si);
        groupFromContext = attached.length > 0;
      } else if (attached.length === 1 && attached[0].id !== null && countMention?.value && !countMention.generic) {
        // "انشق 12 عنصراً من قوات النظام. وينتمي العناصر إلى الفرقة الرابعة": the next sentence names their unit
        const unit = followingAffiliation(tokens, groups, sentences, si);
        if (unit.length === 1 && groupAncestors(unit, f.statedParents).includes(attached[0].id)) attached = unit;
      }
      candidates.push({
        sentence,
        sentenceIndex: si,
        trigger: trig,
        verdict,
        groups: attached,
        groupFromContext,
        groupKeys: attached.map(groupKey(text)),
        ancestors: groupAncestors(attached, f.statedParents),
        places: placeKeys(place),
        countMention,
        count,
        dateChoice,
        date: dateChoice ? { start: dateChoice.start, end: dateChoice.end, expression: true } : defaultRange,
        place,
        destination,
        attempted,
        partialDestination: SOME_OF_THEM_AFTER.test(tokens[trig.last + 1]?.text ?? "") || SOME_OF_THEM_BEFORE.test(tokens[trig.first - 1]?.text ?? "") || someOfThemBetween(tokens, trig.last + 1, destination),
        unknownDestination: whereaboutsUnknown(text, tokens, sentences, triggers, si, toldUnknownIn, trig.start, nextTriggerStart(triggers, ti, sl, tokens) ?? tokens[Math.min(sl, trig.last + WHEREABOUTS_WINDOW)].end),
        suspectedDestination: destination !== null && SUPPOSED.test(text.slice(tokens[Math.max(sf, trig.first - 12)].start, destination.start)),
        abroadAfter:
          places.some((p) => p.first > trig.last && p.last <= ownLast && placeById(p.match.id)?.kind === "abroad") ||
          ABROAD_WORDS.test(text.slice(trig.end, tokens[Math.max(trig.last, ownLast)].end)),
        thenHomeOrAbroad: !!later && (later.kind === "home" || later.kind === "abroad"),
        headline: si === headlineIndex,
        runningTotal: tally && risingBefore(tokens, trig.first - 1, sf),
        countDoubt,
      });
    }
  }
  return candidates;
}

/** (round 16) Doubts of a figure before the trigger that leave the figure after it to be read: a whole's size or people. */
const REREAD_AFTER: ReadonlySet<string> = new Set(["force-strength", "population", "camp", "losses"]);

/** Token index → index of its clause. (Made here, not as a named closure in the loop: a transpile that keeps names wraps each one.) */
function clauseIndex(tokens: readonly Token[], clauses: readonly Segment[]): (k: number) => number {
  return (k) => segmentOf(clauses, tokens[k].start);
}

/** Verbs of a total that grows ("ارتفع عدد المنشقين إلى 35", "ليصل عدد الفارين إلى…"). */
const RISE = /^(ارتفع|يرتفع|ترتفع|ارتفاع|وصل|يصل|تصل)$/;

/** A verb of rising within the two words before token `k` ("عدد"), in the sentence. */
function risingBefore(tokens: readonly Token[], k: number, sentenceFirst: number): boolean {
  for (let j = k - 1; j >= Math.max(sentenceFirst, k - 2); j--) if (stems(tokens[j]).some((w) => RISE.test(w))) return true;
  return false;
}

/** Words that open a follow-up incident in the same sentence ("…، فيما فرّ ثلاثة آخرون", "كما انشق…", "في حين"). */
const FOLLOW_UP = /^(فيما|بينما|كما|وكما|حين)$/;

/**
 * The last token before the next trigger of the sentence when a follow-up opener stands right before it, or before
 * that trigger's own figure when the figure opens a later clause than this trigger's (a run-on sentence: "انشق طاقم
 * دبابة …، وذكر ناشطون أن تسعة جنود … انشقوا … ووصلوا إلى الأردن"): what follows belongs to the other incident (its
 * destination is not this one's). Else `sl`.
 */
function followUpBefore(tokens: readonly Token[], triggers: readonly Trigger[], ti: number, sl: number, counts: readonly CountMention[], clauseOf: (k: number) => number): number {
  const next = triggers[ti + 1];
  if (!next || next.first > sl) return sl;
  const trig = triggers[ti];
  for (let k = next.first - 1; k >= Math.max(trig.last + 1, next.first - 2); k--) if (FOLLOW_UP.test(tokens[k].text)) return k - 1;
  const own = counts.find((c) => c.value && !c.subset && c.first > trig.last && c.last < next.first && next.first - c.last <= 8 && clauseOf(c.first) !== clauseOf(trig.first));
  return own ? own.first - 1 : sl;
}

/** Where the trigger after `triggers[ti]` starts, if it is in the same sentence (last token `sl`). */
function nextTriggerStart(triggers: readonly Trigger[], ti: number, sl: number, tokens: readonly Token[]): number | null {
  const next = triggers[ti + 1];
  return next && next.first <= sl ? tokens[next.first].start : null;
}

/** "فرّ 20 عنصراً …، ووصل بعضهم إلى X": only some of them reached the destination (words from `from` to it). */
function someOfThemBetween(tokens: readonly Token[], from: number, destination: { first: number } | null): boolean {
  if (!destination) return false;
  for (let k = from; k < destination.first; k++) {
    if (stems(tokens[k]).some((w) => SOME_OF_THEM.test(w))) return true;
    // (its two-word forms all end in "منهم": the pair is built only then)
    if (tokens[k + 1]?.text === "منهم" && SOME_OF_THEM.test(`${tokens[k].text} منهم`)) return true;
  }
  return false;
}

/** "من X", "عن X", "صفوف X", "N من عناصر X": the mention is what the people came from. */
function cameFrom(tokens: readonly Token[], m: GroupMention): boolean {
  const before = tokens[m.first - 1]?.text ?? "";
  if (tokens[m.first - 2]?.text === "من" && MEN_OF.test(before)) return true;
  return /^(من|عن|صفوف|منشقين|منشقون)$/.test(before) || /^(من|عن)/.test(tokens[m.first].text.slice(0, 2)) && tokens[m.first].text !== tokens[m.first].text.replace(/^(من|عن)/, "");
}

/** The men of a group, after "N من" ("12 من عناصر X"). */
const MEN_OF = /^(عناصر|مقاتلي|جنود|ضباط|منتسبي|افراد|مسلحي)$/;

/** ATTEMPT, SUCCESS and ATTEMPT_VERBS, asked of the words before every trigger: looked up once per distinct word (a memo). */
const W_ATTEMPT = 1;
const W_SUCCESS = 2;
const W_ATTEMPT_VERB = 4;
const attemptWordsOf = wordMemo((w) => (anyIn(w.stems, ATTEMPT) ? W_ATTEMPT : 0) | (anyIn(w.stems, SUCCESS) ? W_SUCCESS : 0) | (anyIn(w.stems, ATTEMPT_VERBS) ? W_ATTEMPT_VERB : 0));

/** True when a reading (clitics stripped) of some token in [from, to) is in the list of `bit` (W_ATTEMPT, W_SUCCESS). */
function readingIn(tokens: readonly Token[], from: number, to: number, bit: number): boolean {
  for (let k = from; k < to; k++) if (attemptWordsOf(tokens[k]) & bit) return true;
  return false;
}

/** How far back an attempt verb may head its verbal noun across the subject (words). */
const ATTEMPT_SUBJECT_WINDOW = 12;

/**
 * "حاول 7 عناصر من قوات النظام الانشقاق": an attempt verb, its people subject, then the verbal noun it governs (with
 * the article, as an object). An attempt the text does not say succeeded is `attempted` (README, issue 10).
 */
function triedWithSubject(tokens: readonly Token[], trig: Trigger, sf: number): boolean {
  if (trig.form !== "masdar" || !tokens[trig.first].text.startsWith("ال")) return false;
  for (let k = trig.first - 1; k >= Math.max(sf, trig.first - ATTEMPT_SUBJECT_WINDOW); k--) {
    if (attemptWordsOf(tokens[k]) & W_ATTEMPT_VERB) return namesPeople(tokens, k + 1, trig.first);
  }
  return false;
}
