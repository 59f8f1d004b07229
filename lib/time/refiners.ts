/**
 * Refiners (as in chrono-node): after the parsers have found candidates and overlaps are settled,
 * these merge neighbours into one expression:
 * - a time of day onto the day after it: "مساء أمس", "فجر الاثنين", "صباح اليوم السبت";
 * - a relative day and the weekday that names it: "أمس الأحد", "اليوم السبت", "أمس/ الجمعة"
 *   (the relative day wins; a disagreeing weekday is noted);
 * - a day and the explicit date after it: "السبت، 03 آذار، 2018", "مساء اليوم السبت ( 7 كانون الأول 2024 )"
 *   (the explicit date wins);
 * - "منذ" onto a dated start up to six words later: "منذ بداية عام 2014", "منذ سقوط نظام الأسد في
 *   8 كانون الأول 2024" → [start, P];
 * - "قبل يوم من <event>" onto the calendar date before it (rule "relative-to-event");
 * - "منذ بدء العملية" onto the calendar date that a beginning of the same thing was told with (rule "since-event");
 * - a full date alone on a header line ("نشر بتاريخ: ١٣ نيسان ٢٠٢٥", "20.05.2013"), or a wire dateline
 *   opening a line ("دمشق - 15 آذار 2022 (رويترز) - …"), is marked "dateline-…": a publication date, not an
 *   event date.
 * Markers ("مساء", "منذ") left unattached are dropped.
 */
import * as $explanation from "../i18n/explanation";
import * as $convention from "./convention";
import type { Span } from "./convention";
import * as $calendar from "./calendar";
import * as $lexicon from "./lexicon";
import * as $make from "./rules/make";
import type { Candidate, Rule } from "./rules/types";
import * as $day_refiners from "./day-refiners";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { ref } = $explanation;
const { since } = $convention;
const { plusDays } = $calendar;
const { alt, L, R, TIME_OF_DAY, TIME_OF_DAY_FIRST_WORDS } = $lexicon;
const { firstWords, resolver, rule, span } = $make;
const { anchorDays, mergeDayTime, mergeRange } = $day_refiners;

/** Markers resolve to nothing on their own (one shared function, not a closure per marker). */
function unresolved(): null {
  return null;
}

/** Words that only matter next to a date expression. */
export const MARKER_RULES: Rule[] = [
  rule("time-of-day", `${L}[وفب]?(?<x>${TIME_OF_DAY})${R}`, (m) => {
    const { start, end } = span(m);
    return { start, end, grain: "day", kind: "day", marker: "timeOfDay", resolve: unresolved };
  }, TIME_OF_DAY_FIRST_WORDS),
  rule("since", `${L}[وف]?(?<x>${alt("منذ|مُنذ")})${R}`, (m) => {
    const { start, end } = span(m);
    return { start, end, grain: "span", kind: "period", marker: "since", resolve: unresolved };
  }, firstWords("منذ")),
];

const RELATIVE_DAY_RULES = new Set(["today", "yesterday", "day-before-yesterday", "tomorrow", "tonight", "last-night"]);

const TOD_GAP = new RegExp(`^ (?:${alt("يوم")} )?$`);
const WEEKDAY_GAP = /^ ?[,/-]? ?$/;
/** Between a day and its calendar date: nothing, a comma, a bracket or dash, or "الموافق" ("corresponding to"). */
const DATE_GAP = new RegExp(`^ ?[,(\\-–]? ?(?:${alt("الموافق|الموافقة|المصادف")} ?)?$`);
const SINCE_GAP_MAX_WORDS = 6;
const SINCE_GAP_BREAK = /[.,;:!?\n"()|]/;

/** Runs all refiners in order; `text` is the normalised text. */
export function refine(cands: Candidate[], text: string): Candidate[] {
  let out = mergeTimeOfDay(cands, text);
  out = mergeRelativeWeekday(out, text);
  out = mergeDayWithDate(out, text);
  out = mergeDayTime(out, text);
  out = mergeRange(out, text);
  out = mergeSince(out, text);
  out = mergeRelativeToEvent(out);
  out = anchorDays(out);
  out = out.filter((c) => !c.marker);
  return markDatelines(out, text);
}

function mergeTimeOfDay(cands: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const n = cands[i + 1];
    if (c.marker === "timeOfDay" && n && !n.marker && n.kind === "day" && TOD_GAP.test(text.slice(c.end, n.start))) {
      n.start = c.start; // candidates are the engine's own objects: merge in place
      out.push(n);
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

function mergeRelativeWeekday(cands: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const n = cands[i + 1];
    if (RELATIVE_DAY_RULES.has(c.rule) && n && n.weekday !== undefined && n.rule === "weekday" && WEEKDAY_GAP.test(text.slice(c.end, n.start))) {
      c.end = n.end;
      c.checkWeekday = n.weekday;
      out.push(c);
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

function mergeDayWithDate(cands: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const n = cands[i + 1];
    if (!c.marker && c.kind === "day" && !c.absolute && n && n.absolute && DATE_GAP.test(text.slice(c.end, n.start))) {
      let end = n.end;
      const close = /^ ?\)/.exec(text.slice(end, end + 2));
      if (close && text.slice(c.end, n.start).includes("(")) end += close[0].length;
      n.start = c.start;
      n.end = end;
      n.weekday = undefined;
      out.push(n);
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

function mergeSince(cands: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  // The last calendar date kept so far (kept as the walk goes: walking `out` back per "منذ" was quadratic).
  let lastAbsolute: Candidate | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const n = cands[i + 1];
    if (c.marker === "since" && n && !n.marker && n.rule !== "today-until" && n.kind !== "vague") {
      const gap = text.slice(c.end, n.start);
      const words = gap.trim() === "" ? 0 : gap.trim().split(" ").length;
      if (gap.startsWith(" ") && words <= SINCE_GAP_MAX_WORDS && !SINCE_GAP_BREAK.test(gap)) {
        out.push(sinceCandidate(c.start, n.end, "since", n));
        i++;
        continue;
      }
    }
    const event = c.marker === "since" ? sinceDatedBeginning(lastAbsolute, c, text) : null;
    out.push(event ?? c);
    if (c.absolute && !c.marker) lastAbsolute = c;
  }
  return out;
}

/** How far back (normalised chars) an event date for "قبل يوم من <event>" may be. */
const EVENT_LOOKBACK = 600;

/** "منذ بدء العملية": a beginning, and the word that names what began. */
const SINCE_BEGINNING = new RegExp(`^ ${alt("بدء|بداية|انطلاق|اندلاع")} (?<what>ال[\u0621-\u064A]+)`);
/** A beginning told with its date ("بدأت العملية العسكرية في 9 تشرين الأول"). */
const BEGAN = new RegExp(alt("بدأ|بدأت|بدء|بداية|انطلق|انطلقت|انطلاق|اندلع|اندلعت|اندلاع|أطلق|أطلقت|إطلاق"));
/** How far before its date the beginning may be told (normalised chars). */
const BEGINNING_REACH = 80;

/**
 * "منذ بدء العملية" after a sentence that dates that beginning ("بدأت العملية العسكرية في 9 تشرين الأول
 * الماضي") is [that day, P] (dev-reports convention "منذ <event or date>"). The last calendar date
 * before it counts only when the words just before that date tell the beginning of the same thing;
 * otherwise "منذ" stays unattached (an event the text never dates: the default).
 */
function sinceDatedBeginning(anchor: Candidate | null, c: Candidate, text: string): Candidate | null {
  const m = SINCE_BEGINNING.exec(text.slice(c.end, c.end + 40));
  if (!m) return null;
  if (!anchor || c.start - anchor.end > EVENT_LOOKBACK) return null;
  const told = text.slice(Math.max(0, anchor.start - BEGINNING_REACH), anchor.start);
  const what = m.groups!.what;
  if (!BEGAN.test(told) || !new RegExp(`(?<![\u0621-\u064A])${what}(?![\u0621-\u064A])`).test(told)) return null;
  return sinceCandidate(c.start, c.end + m[0].length, "since-event", anchor);
}

/** "منذ <from>" over [start, end): the span from `from`'s first day to P, explained by `from`'s rule. */
function sinceCandidate(start: number, end: number, rule: "since" | "since-event", from: Candidate): Candidate {
  const fromResolve = from.resolve;
  return {
    start,
    end,
    rule,
    grain: "span",
    kind: "period",
    note: ref("explain.note.since", { rule: from.rule }),
    resolve: resolver((P): Span | null => {
      const r = fromResolve(P);
      return r ? since(P, r.start) : null;
    }),
  };
}

/**
 * "قبل يوم من بيان …" counts from an event dated elsewhere: when a counted "قبل N أيام/أسابيع من"
 * follows an explicit calendar date within EVENT_LOOKBACK characters, it is that date shifted
 * (rule "relative-to-event"); otherwise it stays relative to P ("قبل أسابيع من معسكر …").
 */
function mergeRelativeToEvent(cands: Candidate[]): Candidate[] {
  let lastAbsolute: Candidate | null = null;
  for (const c of cands) {
    if (c.offsetDays !== undefined && lastAbsolute && c.start - lastAbsolute.end <= EVENT_LOOKBACK) {
      const anchor = lastAbsolute;
      const shift = c.offsetDays;
      c.rule = "relative-to-event";
      c.kind = "day";
      c.grain = "day";
      c.note = ref("explain.note.daysFromCalendarDate", { shift: String(shift) });
      c.resolve = resolver((P) => {
        const r = anchor.resolve(P);
        return r ? { start: plusDays(r.start, shift), end: plusDays(r.end, shift) } : null;
      });
    }
    if (c.absolute && !c.marker) lastAbsolute = c;
  }
  return cands;
}

/**
 * A header line opens with one of these ("نشر بتاريخ: …"، "آخر تحديث: …"، "تاريخ النشر: …"); "بتاريخ" alone is
 * "on" ("بتاريخ 12/4/2019، انشق …"), a header only on a short line (MAX_HEADER_LETTERS).
 */
const HEADER_WORDS = new RegExp(`^[^\u0621-\u064A]*${alt("نشر|تحديث|آخر تحديث|نشر في|تاريخ النشر|تاريخ الخبر")}`);
const PREPOSITION_BEFORE = new RegExp(`${alt("في|منذ|حتى|قبل|بعد|خلال|من|إلى|يوم|حتي")} $`);
const MAX_HEADER_LETTERS = 16;
const MAX_LINE = 120;

function markDatelines(cands: Candidate[], text: string): Candidate[] {
  let firstLinesEnd = -1; // found at the first calendar date that needs it
  for (const c of cands) {
    markDateline(c, text);
    if (!c.absolute || c.rule.startsWith("dateline-")) continue;
    if (firstLinesEnd < 0) firstLinesEnd = endOfFirstLines(text);
    markWireDateline(c, text, firstLinesEnd);
  }
  return cands;
}

/**
 * Characters the dateline checks read beyond their candidates (the look-back for a line start, the
 * first lines' end): a count of work, so that a test can show it grows linearly with the text
 * (a look-back to the line start over a text without newlines made "12/5 " × n quadratic).
 */
export const datelineLookWork = { chars: 0 };

/** Marks `c` as a dateline when it is a full date alone on a short header line. */
function markDateline(c: Candidate, text: string): void {
  if (!c.absolute) return;
  const phrase = text.slice(c.start, c.end);
  if (!/\d{4}/.test(phrase)) return;
  // A header line is short: look for its ends no further than MAX_LINE characters away, so a
  // text without newlines costs O(1) per candidate, not O(length).
  const from = Math.max(0, c.start - MAX_LINE);
  const nlInWindow = text.slice(from, c.start).lastIndexOf("\n");
  if (nlInWindow < 0 && from > 0) return;
  const lineStart = nlInWindow < 0 ? 0 : from + nlInWindow + 1;
  const nlAfter = text.slice(c.end, c.end + MAX_LINE).indexOf("\n");
  if (nlAfter < 0 && c.end + MAX_LINE < text.length) return;
  const lineEnd = nlAfter < 0 ? text.length : c.end + nlAfter;
  const before = text.slice(lineStart, c.start);
  const after = text.slice(c.end, lineEnd);
  const letters = (before + after).replace(/[^\u0621-\u064A]/g, "").length;
  const header = HEADER_WORDS.test(before) && before.length < 40;
  if ((letters <= MAX_HEADER_LETTERS && !PREPOSITION_BEFORE.test(before)) || header || bylineAfterHeadline(before, after, lineStart, nlAfter)) c.rule = `dateline-${c.rule}`;
}

/**
 * (r14-headline) A byline run into the headline's line: the text's first line ends with a dash and the full date
 * («… في دير الزور فريق ماسة - 2020-09-19», the headline's line break lost), a line after it. The date ends the line
 * after a separator, so no sentence of the headline governs it: the filing's date, not an event's. So is a publication
 * stamp there: the date with a bar and the hour after it («… بفرقة الحمزة 2023.08.08 | 07:49 دمشق»).
 */
function bylineAfterHeadline(before: string, after: string, lineStart: number, nlAfter: number): boolean {
  if (lineStart !== 0 || nlAfter < 0) return false;
  // a publication stamp: the date, a bar and the hour (maybe the place) end the line («2023.08.08 | 07:49 دمشق»)
  if (/^ ?[|] ?\d{1,2}:\d{2}(?: [\u0621-\u064A]+)? *$/.test(after)) return !PREPOSITION_BEFORE.test(before);
  return after.trim() === "" && /[-–—|] ?$/.test(before) && !PREPOSITION_BEFORE.test(before.replace(/ ?[-–—|] ?$/, " "));
}

/** A wire dateline's head: a place of one to three words, then an agency in brackets or a separator. */
const WIRE_BEFORE = /^[\u0621-\u064A]+(?: [\u0621-\u064A]+){0,2} ?(?:\([^()\n]{1,30}\) ?[-–—,،]?|[-–—,،]) ?$/;
/** … and after the date: maybe the agency, then a dash or a colon that opens the story. */
const WIRE_AFTER = /^ ?(?:\([^()\n]{1,30}\) ?)?[-–—:]/;

/** A story's dateline opens its body: the headline's line or one of the two after it. */
const WIRE_LINES = 3;
/** … and its date stands near the line's start: at most this many characters after it. */
const WIRE_REACH = 40;

/** The offset of the newline that ends the first WIRE_LINES lines (text.length if the text has fewer). */
function endOfFirstLines(text: string): number {
  let at = -1;
  for (let lines = 0; lines < WIRE_LINES; lines++) {
    at = text.indexOf("\n", at + 1);
    if (at < 0) {
      datelineLookWork.chars += text.length;
      return text.length;
    }
  }
  datelineLookWork.chars += at + 1;
  return at;
}

/** The start of the line holding offset `at`, if it is at most `reach` characters before `at`; else -1. */
function lineStartWithin(text: string, at: number, reach: number): number {
  const stop = Math.max(0, at - reach - 1);
  datelineLookWork.chars += at - stop;
  for (let i = at - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return at <= reach ? 0 : -1;
}

/**
 * A wire dateline that opens the story on its own line ("دمشق - 15 آذار 2022 (رويترز) - انشق…"، "الرقة،
 * 16 آذار (سانا) - …"، "إدلب (الأناضول) 16/03/2022 — …"), or a post's date line («الأحد 12 آذار 2017 — …»), dates the
 * filing, not the story: "dateline-…".
 * `c` is a calendar date not marked yet; `firstLinesEnd` is endOfFirstLines(text).
 */
function markWireDateline(c: Candidate, text: string, firstLinesEnd: number): void {
  const lineStart = lineStartWithin(text, c.start, WIRE_REACH);
  if (lineStart < 0 || lineStart > firstLinesEnd) return;
  const before = text.slice(lineStart, c.start);
  // (Not "وفي 12 آذار: انشق …": a preposition makes the date part of the sentence.)
  if (WIRE_BEFORE.test(before) && !PREPOSITION_BEFORE.test(before) && WIRE_AFTER.test(text.slice(c.end, c.end + 36))) c.rule = `dateline-${c.rule}`;
  // (round 16) … or a full date, its year told, opening the line with a dash after it: a post's own date line
  // («الأحد 12 آذار 2017 — انشق …»). Not a date and a colon («12 آذار 2017: انشق …», a timeline's item).
  else if (before.trim() === "" && WITH_YEAR.test(text.slice(c.start, c.end)) && DASH_AFTER.test(text.slice(c.end, c.end + 3))) c.rule = `dateline-${c.rule}`;
}
/** A year in a date's text, and the dash that follows a date line. */
const WITH_YEAR = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/;
const DASH_AFTER = /^ ?[-–—] /;
