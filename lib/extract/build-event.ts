/**
 * An incident (its candidates) → the DefectionEvent the store keeps: the shown group, the most
 * precise count, the narrowest date, place, destination, kind, confidence, and the evidence spans
 * mapped back to the original body.
 */
import * as $explanation from "../i18n/explanation";
import * as normalizeModule from "../arabic/normalize";
import type { NormalizedText } from "../arabic/normalize";
import * as $day from "../time/day";
import * as $candidate from "./candidate";
import type { Candidate } from "./candidate";
import * as $gazetteer from "./gazetteer";
import type { GroupMention } from "./groups";
import * as $lexicon from "./lexicon";
import * as $dates from "./dates";
import * as $destinations from "./destinations";
import * as $merge from "./merge";
import * as $kind from "./refiners/kind";
import type { Segment } from "./sentences";
import type { DefectionEvent, EventGroup, EvidenceSpan, ReportInput, UnscoredEvent } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { explanationText, ref } = $explanation;
const { daysBetween } = $day;
const { groupAncestors, primaryOf } = $candidate;
const { groupById, placeById } = $gazetteer;
const { UMBRELLAS } = $lexicon;
const { isLoose } = $dates;
const { countPrecision, destinationMentionOf, otherTellings, placeMentionOf, retellsFigure } = $merge;
const { stripPreposition } = $destinations;
const { decideKind } = $kind;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { originalSpan } = normalizeModule;

// Made once: a regex literal makes a new RegExp object each time it is evaluated (orig tests every mark after a span).
const QUOTES = /["“”«»„‟'‘’]/g;
const SPACES = /\s+/g;
/** What normalisation drops at a word's end: diacritics (the tanween of "عنصراً"), the dagger alif, tatweel. */
const DROPPED_MARK = /[\u064B-\u065F\u0670\u0640]/;

function cleanText(s: string): string {
  return isClean(s) ? s : s.replace(QUOTES, "").replace(SPACES, " ").trim();
}

/**
 * No quote and no space to fold or trim in `s` (round 17): most spans (a group's name, a place, a figure) are
 * Arabic letters and single spaces, which `cleanText` would give back unchanged after two regex passes and a trim.
 * Conservative: any code unit it does not know for plain (not an ASCII letter, digit or sign above the
 * apostrophe, nor of the Arabic blocks) sends `s` to the full cleaning.
 */
function isClean(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if ((c > 0x27 && c < 0xa0) || (c >= 0x0600 && c < 0x1680)) continue;
    if (c === 0x20 && i > 0 && i < last && s.charCodeAt(i - 1) !== 0x20) continue;
    return false;
  }
  return true;
}

/** One of OPENING's quotes in `s`: orig looks for a quote to close only then. */
function hasOpeningQuote(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x27 || c === 0xab || c === 0x201c || c === 0x201e || c === 0x2018 || c === 0x2039) return true;
  }
  return false;
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
  while (end < body.length && DROPPED_MARK.test(body[end])) end++;
  const inner = body.slice(span.start, end);
  if (hasOpeningQuote(inner)) for (const open of OPENING) {
    const close = CLOSING[open];
    if (inner.includes(open) && !inner.slice(inner.lastIndexOf(open) + 1).includes(close) && body[end] === close) {
      end++;
      break;
    }
  }
  return { start: span.start, end, text: body.slice(span.start, end) };
}

/** A part of people told, or a loose retelling (refiners/retelling.ts): its figure stands after the incident's. */
const partOrRetelling = (c: Candidate) => !!c.countMention?.partOfTold || !!c.retelling;

/** A count mention to prefer: a plausible figure over an implausible one, else the more precise; never a part of people told, nor a figure retold. */
function betterCount(c: Candidate, than: Candidate): boolean {
  if (partOrRetelling(c) !== partOrRetelling(than)) return !partOrRetelling(c);
  if (retellsFigure(c.count, !!c.countMention?.anaphoric, than.count)) return false;
  return (than.countDoubt !== null && c.countDoubt === null) || ((than.countDoubt === null) === (c.countDoubt === null) && (countPrecision(c.count) > countPrecision(than.count) || (c.runningTotal && countPrecision(c.count) >= countPrecision(than.count))));
}

/** The telling of the best figure among those with a day of their own (build-event's date after an undated update), or null. */
function datedFigure(ev: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of ev) if (c.dateChoice && c.countMention && countPrecision(c.count) >= 3 && (!best || betterCount(c, best))) best = c;
  return best;
}

/**
 * The most specific group the tellings of the incident name: a parent ("قوات النظام") or an umbrella
 * ("الميليشيات الإيرانية") gives way to a unit of it that another telling names ("الفرقة الرابعة", "لواء
 * فاطميون"); an umbrella also to the one the headline names.
 */
function shownGroups(ev: readonly Candidate[], first: Candidate, headlineGroups: readonly GroupMention[]): GroupMention[] {
  const mentions = first.groups;
  if (mentions.length !== 1 || mentions[0].id === null) return mentions;
  const umbrella = mentions[0].id;
  const specific = ev.find((c) => c.groups.length > 0 && !c.groupFromContext && (c.ancestors ?? []).includes(umbrella) && !c.groupKeys.includes(umbrella));
  if (specific) return specific.groups;
  if (!UMBRELLAS.has(umbrella)) return mentions;
  // ("فرار جماعي في صفوف الحرس الثوري" over a body that says "الميليشيات الإيرانية").
  const named = headlineGroups.filter((m) => m.id !== umbrella && groupAncestors([m]).includes(umbrella));
  return named.length === 1 ? named : mentions;
}

export function buildEvent(
  ev: Candidate[],
  norm: NormalizedText,
  body: string,
  report: ReportInput,
  defaultRange: { start: string; end: string },
  headlineGroups: readonly GroupMention[] = [],
): UnscoredEvent {
  const first = primaryOf(ev);
  const spans: EvidenceSpan[] = [];
  const trigSpan = orig(norm, body, first.trigger.start, first.trigger.end);
  spans.push({ role: "trigger", start: trigSpan.start, end: trigSpan.end });

  const groups: EventGroup[] = shownGroups(ev, first, headlineGroups).map((m) => {
    const o = orig(norm, body, m.start, m.end);
    spans.push({ role: "group", start: o.start, end: o.end });
    const entry = m.id ? groupById(m.id) : undefined;
    // An unknown unit referred back to ("الكتيبة") is named as first written.
    const written = cleanText(m.antecedent ? orig(norm, body, m.antecedent.start, m.antecedent.end).text : o.text);
    return entry
      ? { id: entry.id, name_ar: entry.name_ar, name_en: entry.name_en, text: written, known: true }
      : { id: null, name_ar: written, name_en: null, text: written, known: false };
  });

  // Best count: the most precise plausible mention (a figure replaces a vague quantity); an
  // implausible figure only when no other is told, and then it is set aside, not counted.
  let countC: Candidate | null = null;
  for (const c of ev) if (c.countMention && (!countC || betterCount(c, countC))) countC = c;
  let count: DefectionEvent["count"] = null;
  let countSetAside: DefectionEvent["countSetAside"];
  // A named man and people who left with him, unnumbered ("وانشق معه عناصر"): no figure of his alone stands for
  // them all, the head count is unknown (conventions).
  const headsUnknown = ev.some((c) => c.unnumberedCompanions) && (!countC || countC.count?.kind === "single");
  if (headsUnknown) countC = null;
  if (countC && countC.countMention) {
    const m = countC.countMention;
    const o = orig(norm, body, m.start, m.end);
    spans.push({ role: "count", start: o.start, end: o.end });
    if (m.value && countC.countDoubt) countSetAside = { low: m.value.low, best: m.value.best, high: m.value.high, text: o.text, reason: countC.countDoubt };
    else if (m.value) count = { low: m.value.low, best: m.value.best, high: m.value.high, text: o.text };
  } else if (!headsUnknown) {
    // A figure the verb itself gives ("سلّم نفسه" one, "سلّما نفسيهما" two), with the trigger as its text.
    const byVerb = ev.find((c) => c.count && !c.countMention && c.count.best > 0);
    if (byVerb && byVerb.count) count = { low: byVerb.count.low, best: byVerb.count.best, high: byVerb.count.high, text: orig(norm, body, byVerb.trigger.start, byVerb.trigger.end).text };
  }

  // Best date: an expression over the default; the narrowest expression. The telling of the figure
  // dates the incident — but a day that only dates its telling ([day-7, day]) or a vague span ("مؤخراً") is
  // a bound, and gives way to a telling that dates the incident itself inside it ("انشقاق 20 عنصراً أمس"
  // over "قالت مصادر اليوم إن 20 عنصراً انشقوا"; "ووقعت الحادثة فجر الثلاثاء" over "انشقوا مؤخراً").
  let dateC: Candidate | null = countC && countC.dateChoice && countPrecision(countC.count) >= 3 ? countC : null;
  // (r17-shapes) An undated update of the figure — a participle's («وأكد مصدر لاحقاً أن عدد المنشقين بلغ 25») or a
  // running total («وارتفع عددهم إلى 31») — tells men already told and has no day of its own: the dated telling of
  // the figure it takes up dates the incident, not the narrowest day of a part («وتمكّن أحدهم من الفرار … قبل
  // يومين»). Examples: shapes family `update/undated-beside-a-dated-part`.
  if (countC && !countC.dateChoice && (countC.runningTotal || countC.trigger.form === "participle")) dateC = datedFigure(ev);
  const bound = dateC?.dateChoice && isLoose(dateC.dateChoice) ? dateC.dateChoice : null;
  for (const c of dateC && !bound ? [] : ev) {
    if (!c.dateChoice) continue;
    if (bound && (c.dateChoice.anchored || c.dateChoice.start < bound.start || c.dateChoice.end > bound.end)) continue;
    if (!dateC || daysBetween(c.dateChoice.start, c.dateChoice.end) < daysBetween(dateC.dateChoice!.start, dateC.dateChoice!.end)) dateC = c;
  }
  let date: DefectionEvent["date"];
  if (dateC && dateC.dateChoice) {
    const d = dateC.dateChoice;
    const explanationRefs = d.anchored ? [...d.match.explanationRefs, ref("explain.anchored", { range: `${d.start}..${d.end}` })] : d.match.explanationRefs;
    spans.push({ role: "date", start: d.match.offset, end: d.match.endOffset });
    date = {
      start: d.start,
      end: d.end,
      grain: d.anchored ? "span" : d.match.grain,
      // "context": borrowed from a mention that names no group of its own (it continues the incident).
      basis: dateC.groups.length > 0 && !dateC.groupFromContext ? "expression" : "context",
      text: d.match.text,
      rule: d.anchored ? `${d.match.rule}+report-day` : d.match.rule,
      explanation: explanationText(explanationRefs, "en"),
      explanationRefs,
    };
  } else {
    const explanationRefs = [
      ref("explain.default", { published: `${report.published.start}..${report.published.end}`, range: `${defaultRange.start}..${defaultRange.end}` }),
    ];
    date = {
      start: defaultRange.start,
      end: defaultRange.end,
      grain: "span",
      basis: "default",
      text: null,
      rule: "default-week-before-publication",
      explanation: explanationText(explanationRefs, "en"),
      explanationRefs,
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
    const o = orig(norm, body, c.trigger.start, c.trigger.end);
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

  // No confidence here: index.ts scores every event of the report at once (lib/extract/confidence/),
  // which also holds an event flagged for review at or below 0.2.
  const event: UnscoredEvent = {
    kind,
    groups,
    count,
    date,
    place,
    destination,
    evidence: { sentence: { start: sentenceStart, end: sentenceEnd }, spans },
  };
  if (countSetAside) {
    event.flags = ["implausible-count"];
    event.countSetAside = countSetAside;
  }
  return event;
}
