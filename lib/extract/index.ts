/**
 * The defection-event extractor: an Arabic report → the incidents in which members of an armed
 * group defected, deserted or were caught trying, each with groups, count, date range, place,
 * destination and evidence (offsets into the original body). Pure.
 *
 * Pipeline (chrono style: finders, then refiners), all on ONE normalised copy of the body:
 * 1. finders: sentences/clauses (sentences.ts), triggers (triggers.ts), group mentions (groups.ts),
 *    places (places.ts), count phrases (counts.ts), date expressions (lib/time);
 * 2. candidates (candidates.ts), one per trigger: non-event cues (cues.ts), the group left
 *    (groups-attach.ts, refiners/roles.ts), the figure (refiners/count-choice.ts), the date (dates.ts),
 *    place and destination (places.ts, destinations.ts, merge.ts);
 * 3. refiners: a second batch told with no verb of its own (refiners/elliptic.ts), the items of a series told
 *    with the verb once, each its own sentence or line (refiners/series.ts), a verbless item of the story past
 *    other sentences (refiners/verbless-items.ts), an incident told as "بعد
 *    يومين من انشقاق …" dated from its sentence's incident (refiners/counted-from.ts); fold the tellings of one
 *    incident and open follow-up incidents (refiners/incidents.ts),
 *    a figure told next to the incident (refiners/figure-nearby.ts), a date told of it by a
 *    neighbouring sentence (refiners/date-nearby.ts) or, failing that, by a later sentence of the story
 *    (refiners/late-date.ts), then build each event
 *    (build-event.ts): kind (refiners/kind.ts); then every event of the report is scored (confidence/).
 * Word lists shared by the refiners: lexicon.ts.
 */
import * as $normalize from "../arabic/normalize";
import * as $time from "../time";
import type { DateMatch } from "../time/types";
import * as $build_event from "./build-event";
import * as $candidate from "./candidate";
import * as $confidence from "./confidence";
import * as $candidates from "./candidates";
import * as $counts from "./counts";
import * as $dates from "./dates";
import * as $groups from "./groups";
import * as $headline_line from "./headline-line";
import * as $headline_run_in from "./headline-run-in";
import * as $places from "./places";
import * as $date_nearby from "./refiners/date-nearby";
import * as $late_date from "./refiners/late-date";
import * as $counted_from from "./refiners/counted-from";
import * as $elliptic from "./refiners/elliptic";
import * as $series from "./refiners/series";
import * as $verbless_items from "./refiners/verbless-items";
import * as $figure_nearby from "./refiners/figure-nearby";
import * as $background from "./refiners/background";
import * as $incidents from "./refiners/incidents";
import * as $retelling from "./refiners/retelling";
import * as $roles from "./refiners/roles";
import * as $pluralTelling from "./refiners/plural-telling";
import * as $namedPerson from "./refiners/named-person";
import * as $merge from "./merge";
import * as $since_leaving from "./refiners/since-leaving";
import * as $sentences from "./sentences";
import * as $tokens from "./tokens";
import * as $triggers from "./triggers";
import type { DefectionEvent, ReportInput, UnscoredEvent } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { normalizeArabic } = $normalize;
const { findDateExpressionsIn } = $time;
const { buildEvent } = $build_event;
const { statedParents } = $candidate;
const { withConfidence } = $confidence;
const { findCandidates } = $candidates;
const { detectHeadline } = $headline_line;
const { findCounts } = $counts;
const { addDays, dateScanWords, usableDates } = $dates;
const { findGroupMentions } = $groups;
const { splitRunInHeadline } = $headline_run_in;
const { findPlaceMentions } = $places;
const { dateNearby } = $date_nearby;
const { lateDate } = $late_date;
const { withCountedFrom } = $counted_from;
const { withGappedBatches } = $elliptic;
const { withSeriesItems } = $series;
const { withVerblessItems } = $verbless_items;
const { figureNearby, withTheirNumber } = $figure_nearby;
const { backgroundOf } = $background;
const { foldIncidents } = $incidents;
const { anotherBatchOrEarlier } = $retelling;
const { storiesOf } = $roles;
const { pluralWithoutFigure, companionsWithoutFigure } = $pluralTelling;
const { personNamed } = $namedPerson;
const { saidAsChiefCity } = $merge;
const { sinceTheirLeaving } = $since_leaving;
const { splitSentences } = $sentences;
const { tokenize } = $tokens;
const { findTriggers } = $triggers;

export type { DefectionEvent, ReportInput } from "./types";

/** Bumped whenever extraction output may change, so the store re-extracts unchanged reports. */
export const EXTRACTOR_VERSION = "1.30.0";

/**
 * Finds every defection or desertion incident in a report. Never throws: a failure yields no
 * events (the safe API for pages and ingest fallbacks). Tests use `extractEventsStrict`.
 */
export function extractEvents(report: ReportInput): DefectionEvent[] {
  try {
    return extractEventsStrict(report);
  } catch {
    return [];
  }
}

const DEBUG = typeof process !== "undefined" && !!process.env?.DEBUG_EXTRACT;

/** The finders' findings and the candidates of a report, before the refiners fold them (scripts/error-stages.ts reads them too). */
export function readReport(report: ReportInput) {
  const body = report.body ?? "";
  const norm = normalizeArabic(body);
  const text = norm.text;
  const tokens = tokenize(text);
  const triggers = findTriggers(tokens);
  const marked = splitSentences(text);
  const lined = detectHeadline(text, marked);
  // a headline run into the body with no mark (headline-run-in.ts) when no headline line was found
  const runIn = lined < 0 ? splitRunInHeadline(text, tokens, triggers, marked) : null;
  const sentences = runIn ? runIn.sentences : marked;
  const headlineIndex = runIn?.headline ? 0 : lined;
  const groups = findGroupMentions(text, tokens);
  const places = findPlaceMentions(tokens, groups, text);
  const counts = findCounts(text, tokens);
  // No safety net here: a failing date engine must fail the report, not quietly give every event the default range.
  const dates: DateMatch[] = sinceTheirLeaving(usableDates(findDateExpressionsIn(norm, body, report.published, dateScanWords(tokens))), tokens, triggers, norm, body, report.published);
  const P = report.published;
  const defaultRange = { start: addDays(P.start, -7), end: P.end, expression: false as const };

  const parents = statedParents(groups);
  const found = findCandidates({ text, tokens, sentences, headlineIndex, groups, places, counts, dates, triggers, defaultRange, statedParents: parents });
  const gapped = withGappedBatches(found, { text, tokens, counts, dates, triggers, groups, places });
  const series = withSeriesItems(gapped, { text, tokens, sentences, counts, dates, triggers, groups, places, defaultRange, statedParents: parents });
  const items = withVerblessItems(series, { text, tokens, sentences, headlineIndex, counts, dates, triggers, groups, places, statedParents: parents });
  const candidates = withTheirNumber(withCountedFrom(items, { text, tokens, dates }), { tokens, sentences, counts });
  if (DEBUG) for (const c of candidates) process.stderr.write(`cand ${text.slice(c.trigger.start, c.trigger.end)} v=${c.verdict} g=${c.groupKeys.join("+")} n=${c.count ? `${c.count.kind}:${c.count.best}` : "-"} d=${c.dateChoice ? c.dateChoice.match.text : "-"} h=${c.headline}\n`);
  return { body, norm, text, tokens, sentences, headlineIndex, groups, places, counts, dates, triggers, defaultRange, candidates };
}

/** The extractor without its safety net (tests use it to find real failures). */
export function extractEventsStrict(report: ReportInput): DefectionEvent[] {
  const { body, norm, text, tokens, sentences, headlineIndex, groups, counts, dates, triggers, defaultRange, candidates } = readReport(report);
  // (the story of each sentence: a turn to another story or a list item starts the next, roles.ts storiesOf)
  const story = storiesOf(text, tokens, sentences);
  const { events, summaries } = foldIncidents(candidates, (c) => backgroundOf(tokens, c.trigger, c.sentence), (c) => anotherBatchOrEarlier(tokens, c.sentence), (c) => pluralWithoutFigure(tokens, c), (c) => saidAsChiefCity(tokens, c.place), (c) => personNamed(tokens, c), (c) => companionsWithoutFigure(tokens, c), (c) => story[c.sentenceIndex] ?? 0);

  const told = new Set(events.flatMap((ev) => ev.map((c) => c.sentenceIndex)));
  const counted = new Set(events.flatMap((ev) => ev.flatMap((c) => (c.countMention ? [c.countMention] : []))));
  const nearby = { text, tokens, sentences, dates, triggers, groups, counts, told, counted };
  events.forEach((ev, k) => {
    const figure = figureNearby(ev, summaries[k], nearby);
    if (figure) ev.push(figure);
    const dated = dateNearby(ev, nearby) ?? lateDate(ev, nearby);
    if (dated) ev.push(dated);
  });
  const headlineGroups = headlineIndex >= 0 ? groups.filter((g) => g.role === "member" && g.id !== null && g.start >= sentences[headlineIndex].start && g.end <= sentences[headlineIndex].end) : [];
  // (pushed, not `events.map`: a map V8 inlines makes a holey array, and withConfidence's readers, optimized for packed
  // ones, are deoptimized and compiled again; bench/README.md, round 12)
  const built: UnscoredEvent[] = [];
  for (const ev of events) built.push(buildEvent(ev, norm, body, report, defaultRange, headlineGroups));
  return withConfidence(built, { body, norm, tokens });
}
