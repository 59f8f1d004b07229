/**
 * The date engine: parsers (every rule's regex over the normalised text) → overlap resolution
 * (the longest candidate wins; ties go to the earlier rule) → refiners → resolution against the
 * publication window (at every day of it, hull) → DateMatch with original offsets.
 */
import * as $explanation from "../i18n/explanation";
import type { ExplanationRef } from "../i18n/explanation";
import * as $normalize from "../arabic/normalize";
import type { NormalizedText } from "../arabic/normalize";
import * as $calendar from "./calendar";
import type { Day } from "./calendar";
import * as $refiners from "./refiners";
import * as $rules from "./rules";
import * as $make from "./rules/make";
import type { Candidate, Rule } from "./rules/types";
import type { DateMatch, PublicationWindow } from "./types";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { explanationText, ref } = $explanation;
const { normalizeArabic, originalSpan } = $normalize;
const { iso, maxDay, minDay, parseDay, weekdayOf } = $calendar;
const { MARKER_RULES, refine } = $refiners;
const { RULE_MODULES } = $rules;
const { DIGIT } = $make;

const RULES: Rule[] = [...RULE_MODULES.flatMap((m) => m.rules), ...MARKER_RULES];

export interface FindOptions {
  /** Mark full dates alone on a header line as "dateline-…" (default true; off for single phrases). */
  datelines?: boolean;
  /** The text's words as a caller split it already (the extractor's tokens): the scan reads them instead of the text. */
  words?: SplitWords;
}

/** Words of the normalised text in order (runs of letters or of digits, as `tokenize` makes them) and what each is to the scan. */
export interface SplitWords<T extends { start: number; end: number } = { start: number; end: number }> {
  tokens: readonly T[];
  /** `scanWordOf` of the token's text (kept per distinct word by the caller). */
  scanWord(token: T): ScanWord;
}

/** Anchor words of all rules (Rule.anchors) → small ids; 0 is the digit run. */
const ANCHOR_ID = new Map<string, number>([[DIGIT, 0]]);
for (const r of RULES) for (const w of r.anchors?.words ?? []) if (!ANCHOR_ID.has(w)) ANCHOR_ID.set(w, ANCHOR_ID.size);

/** A rule as the scan tries it: its anchors as a table indexed by anchor id (null: always tried). */
interface Tried {
  rule: Rule;
  anchorIds: Uint8Array | null;
  within: number;
  /** 1 when the anchor must stand after the trigger word (Anchors.after), else 0. */
  from: number;
}
const TRIED = new Map<Rule, Tried>();
for (const r of RULES) {
  let ids: Uint8Array | null = null;
  if (r.anchors) {
    ids = new Uint8Array(ANCHOR_ID.size);
    for (const w of r.anchors.words) ids[ANCHOR_ID.get(w)!] = 1;
  }
  TRIED.set(r, { rule: r, anchorIds: ids, within: r.anchors?.within ?? 0, from: r.anchors?.after ? 1 : 0 });
}

/** What a word of the text is to the scan: the rules it triggers (proclitics aside), and its anchor id (-1: none). */
interface WordEntry {
  rules: Tried[] | null;
  anchor: number;
}
/** Entries by folded word; rules that start with a digit. */
const WORDS = new Map<string, WordEntry>();
const DIGIT_RULES: Tried[] = [];
for (const r of RULES) {
  for (const t of r.triggers) {
    if (t === DIGIT) {
      DIGIT_RULES.push(TRIED.get(r)!);
      continue;
    }
    let entry = WORDS.get(t);
    if (!entry) WORDS.set(t, (entry = { rules: null, anchor: ANCHOR_ID.get(t) ?? -1 }));
    if (!entry.rules) entry.rules = [TRIED.get(r)!];
    else if (!entry.rules.some((x) => x.rule === r)) entry.rules.push(TRIED.get(r)!);
  }
}
for (const [w, id] of ANCHOR_ID) if (w !== DIGIT && !WORDS.has(w)) WORDS.set(w, { rules: null, anchor: id });

const MAX_WORD_LENGTH = Math.max(...[...WORDS.keys()].map((k) => k.length));

/**
 * WORDS as an open-addressing table keyed by a hash of a word's letters, which the scan computes as it
 * reads them: a word is looked up in place, without slicing it out of the text (a new string, hashed
 * again by a Map) — most words of a report are no trigger and land on an empty slot.
 */
function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}
/** 31^k mod 2^32: a word's hash is its first letter times 31^(length-1) plus the hash of the rest. */
const POWERS_OF_31 = [1];
for (let k = 1; k < MAX_WORD_LENGTH; k++) POWERS_OF_31.push(Math.imul(POWERS_OF_31[k - 1], 31));
const SLOT_MASK = (1 << Math.ceil(Math.log2(WORDS.size * 4 + 1))) - 1;
const SLOTS = new Int32Array(SLOT_MASK + 1).fill(-1);
const KEYS: string[] = [];
const KEY_HASHES: number[] = [];
const ENTRIES: WordEntry[] = [];
for (const [key, entry] of WORDS) {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
  let slot = h & SLOT_MASK;
  while (SLOTS[slot] !== -1) slot = (slot + 1) & SLOT_MASK;
  SLOTS[slot] = KEYS.length;
  KEYS.push(key);
  KEY_HASHES.push(h);
  ENTRIES.push(entry);
}

/** The entry of text[from, to) whose hash is h, if it is an indexed word. */
function lookUp(text: string, from: number, to: number, h: number): WordEntry | undefined {
  for (let slot = h & SLOT_MASK; ; slot = (slot + 1) & SLOT_MASK) {
    const k = SLOTS[slot];
    if (k === -1) return undefined;
    if (KEY_HASHES[k] !== h) continue;
    const key = KEYS[k];
    if (key.length !== to - from) continue;
    let same = true;
    for (let i = 0; i < key.length && same; i++) same = key.charCodeAt(i) === text.charCodeAt(from + i);
    if (same) return ENTRIES[k];
  }
}

/** The letters of a word as the date rules see it (U+0621–U+064A, U+066E–U+06D3). */
function isLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** و ف ب ل ك: one of them may precede a trigger word. */
function isProclitic(code: number): boolean {
  return code === 0x0648 || code === 0x0641 || code === 0x0628 || code === 0x0644 || code === 0x0643;
}

function tryRule(r: Rule, text: string, at: number, out: Candidate[]): void {
  const re = r.pattern;
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m || m[0].length === 0) return;
  const reading = r.read(m, text) as Candidate | null;
  if (reading && reading.end > reading.start) {
    // Readings are fresh objects: tag in place rather than copy.
    reading.rule = reading.id ?? r.id;
    out.push(reading);
  }
}

/**
 * The scan's words, reused from text to text (the scan is synchronous): per word, its anchor ids
 * as written and without a proclitic; per trigger word, its index, offset and rules.
 */
let anchorAsWritten = new Int32Array(1024);
let anchorStripped = new Int32Array(1024);
/** Room for word w (a text may hold as many words as characters: "ب1ب1…"). */
function makeRoom(w: number): void {
  if (w < anchorAsWritten.length) return;
  const a = new Int32Array(anchorAsWritten.length * 2);
  const b = new Int32Array(anchorAsWritten.length * 2);
  a.set(anchorAsWritten);
  b.set(anchorStripped);
  anchorAsWritten = a;
  anchorStripped = b;
}
const triggerWord: number[] = [];
const triggerAt: number[] = [];
const triggerDirect: (Tried[] | null)[] = [];
const triggerStripped: (Tried[] | null)[] = [];
/**
 * How many of the arrays above the current text uses: they are overwritten, never emptied (setting an array's length
 * to 0 is a runtime call and drops its storage, which the next text's pushes then allocate and grow again).
 */
let triggerCount = 0;
/** Records trigger word w at offset `at` with its rules, as written and without a proclitic. */
function addTrigger(w: number, at: number, direct: Tried[] | null, stripped: Tried[] | null): void {
  const k = triggerCount++;
  triggerWord[k] = w;
  triggerAt[k] = at;
  triggerDirect[k] = direct;
  triggerStripped[k] = stripped;
}

/** Some anchor of `t` is word w (unless `t.from` is 1) or one of the `t.within` words after it (of `words`). */
function anchored(t: Tried, w: number, words: number): boolean {
  const ids = t.anchorIds;
  if (ids === null) return true;
  const last = Math.min(words - 1, w + t.within);
  for (let k = w + t.from; k <= last; k++) {
    const a = anchorAsWritten[k];
    if (a >= 0 && ids[a] === 1) return true;
    const b = anchorStripped[k];
    if (b >= 0 && ids[b] === 1) return true;
  }
  return false;
}

/** What a word is to the scan: its anchor ids (as written, without a proclitic) and the rules it triggers. */
export interface ScanWord {
  /** LETTERS, DIGITS, NO_WORD (no letter of the scan: Latin), or SPLIT (the scan would cut it elsewhere). */
  readonly kind: number;
  readonly asWritten: number;
  readonly stripped: number;
  readonly directRules: Tried[] | null;
  readonly strippedRules: Tried[] | null;
}
const LETTERS = 0;
const DIGITS = 1;
const NO_WORD = 2;
const SPLIT = 3;
const PLAIN_WORD: ScanWord = { kind: LETTERS, asWritten: -1, stripped: -1, directRules: null, strippedRules: null };
const DIGIT_WORD: ScanWord = { kind: DIGITS, asWritten: 0, stripped: -1, directRules: DIGIT_RULES, strippedRules: null };
const NOT_A_WORD: ScanWord = { kind: NO_WORD, asWritten: -1, stripped: -1, directRules: null, strippedRules: null };
const SPLIT_WORD: ScanWord = { kind: SPLIT, asWritten: -1, stripped: -1, directRules: null, strippedRules: null };

/** What the scan makes of `word` (a word of normalised text), as `parseCandidates` does while reading the text. */
export function scanWordOf(word: string): ScanWord {
  const length = word.length;
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < length; i++) {
    const code = word.charCodeAt(i);
    if (isLetter(code)) letters++;
    else if (isDigit(code)) digits++;
  }
  if (length > 0 && digits === length) return DIGIT_WORD;
  if (letters === 0 && digits === 0) return NOT_A_WORD;
  if (letters !== length) return SPLIT_WORD;
  if (length > MAX_WORD_LENGTH + 1) return PLAIN_WORD;
  const c = word.charCodeAt(0);
  let rest = 0;
  for (let i = 1; i < length; i++) rest = hashStep(rest, word.charCodeAt(i));
  const direct = length <= MAX_WORD_LENGTH ? lookUp(word, 0, length, (Math.imul(c, POWERS_OF_31[length - 1]) + rest) | 0) : undefined;
  const stripped = length > 2 && isProclitic(c) ? lookUp(word, 1, length, rest) : undefined;
  if (!direct && !stripped) return PLAIN_WORD;
  return { kind: LETTERS, asWritten: direct ? direct.anchor : -1, stripped: stripped ? stripped.anchor : -1, directRules: direct?.rules ?? null, strippedRules: stripped?.rules ?? null };
}

/**
 * `parseCandidates` over words split already: the same candidates without reading the text again, or null when
 * the split is not the scan's (a word it would cut elsewhere, a letter or digit between words), for the caller to
 * fall back on `parseCandidates`.
 */
export function parseCandidatesOfWords(text: string, split: SplitWords): Candidate[] | null {
  const { tokens } = split;
  triggerCount = 0;
  let words = 0;
  let gapFrom = 0;
  let previousKind = NO_WORD;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (!onlySeparators(text, gapFrom, token.start)) return null;
    const sw = split.scanWord(token);
    if (sw.kind === SPLIT) return null;
    // (two runs of one kind with nothing between them are one word to the scan)
    if (token.start === gapFrom && sw.kind === previousKind && sw.kind !== NO_WORD) return null;
    gapFrom = token.end;
    previousKind = sw.kind;
    if (sw.kind === NO_WORD) continue;
    const w = words++;
    makeRoom(w);
    anchorAsWritten[w] = sw.asWritten;
    anchorStripped[w] = sw.stripped;
    if (sw.directRules || sw.strippedRules) {
      addTrigger(w, token.start, sw.directRules, sw.strippedRules);
    }
  }
  if (!onlySeparators(text, gapFrom, text.length)) return null;
  const out: Candidate[] = [];
  tryTriggers(text, words, out);
  return out;
}

/** No letter or digit of the scan in text[from, to). */
function onlySeparators(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isLetter(code) || isDigit(code)) return false;
  }
  return true;
}

/**
 * Every rule's candidates in normalised text, unsorted. The text is split once into words (runs
 * of letters, runs of digits); a rule's sticky pattern is tried only at the words that can start
 * it (its triggers, with or without one proclitic) and, if it declares anchors, only where one
 * follows, so the cost is linear in the text and barely grows with the number of rules.
 */
export function parseCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const n = text.length;
  triggerCount = 0;
  let words = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      const at = i;
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      makeRoom(words);
      anchorAsWritten[words] = 0;
      anchorStripped[words] = -1;
      addTrigger(words++, at, DIGIT_RULES, null);
      continue;
    }
    if (!isLetter(c)) {
      i++;
      continue;
    }
    const at = i;
    // The hash of the word without its first letter (a proclitic, perhaps), and from it the whole word's.
    let rest = 0;
    i++;
    for (let code: number; i < n && isLetter((code = text.charCodeAt(i))); i++) rest = hashStep(rest, code);
    const w = words++;
    makeRoom(w);
    anchorAsWritten[w] = anchorStripped[w] = -1;
    const length = i - at;
    if (length > MAX_WORD_LENGTH + 1) continue;
    const direct = length <= MAX_WORD_LENGTH ? lookUp(text, at, i, (Math.imul(c, POWERS_OF_31[length - 1]) + rest) | 0) : undefined;
    const stripped = length > 2 && isProclitic(c) ? lookUp(text, at + 1, i, rest) : undefined;
    if (direct) anchorAsWritten[w] = direct.anchor;
    if (stripped) anchorStripped[w] = stripped.anchor;
    const directRules = direct?.rules ?? null;
    const strippedRules = stripped?.rules ?? null;
    if (directRules || strippedRules) {
      addTrigger(w, at, directRules, strippedRules);
    }
  }
  tryTriggers(text, words, out);
  return out;
}

/** Tries the rules of every trigger word the scan recorded (`words`: how many words the text has). */
function tryTriggers(text: string, words: number, out: Candidate[]): void {
  const count = triggerCount;
  for (let k = 0; k < count; k++) {
    const w = triggerWord[k];
    const at = triggerAt[k];
    const direct = triggerDirect[k];
    const stripped = triggerStripped[k];
    if (direct) for (const t of direct) if (anchored(t, w, words)) tryRule(t.rule, text, at, out);
    if (stripped) for (const t of stripped) if ((!direct || !direct.includes(t)) && anchored(t, w, words)) tryRule(t.rule, text, at, out);
  }
}

/** Keeps non-overlapping candidates, preferring the longer one (markers lose ties). */
export function settleOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = cands
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.start - b.c.start || b.c.end - b.c.start - (a.c.end - a.c.start) || Number(!!a.c.marker) - Number(!!b.c.marker) || a.i - b.i)
    .map((x) => x.c);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) {
      kept.push(c);
      continue;
    }
    const longer = c.end - c.start > last.end - last.start || (c.end - c.start === last.end - last.start && last.marker && !c.marker);
    if (longer) {
      kept.pop();
      // The newcomer may also overlap the one before (it starts later but can reach back no further than `last`).
      kept.push(c);
    }
  }
  return kept;
}

/**
 * Every day of the publication window. Not its two ends only: a reading need not move forward with P (a part of
 * the current month wholly after P stays whole, convention.ts soFar), so "منتصف الشهر الجاري" in a window of
 * 7 April–11 May gives 11–20 May for 1 May, more than either end gives; the hull over every day holds them all.
 */
function publicationDays(published: PublicationWindow): Day[] {
  const a = parseDay(published.start);
  const b = parseDay(published.end);
  const days: Day[] = [];
  for (let d = a; d <= b; d++) days.push(d);
  return days;
}

function describeWindow(published: PublicationWindow): string {
  return published.start === published.end ? published.start : `${published.start}..${published.end}`;
}

/** Diacritics and tatweel that follow a letter and fold away. */
function isTrailingMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
}

const WEEKDAY_NAMES = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

/** Resolves candidates against the window and maps them to original offsets. */
function toMatches(cands: Candidate[], norm: NormalizedText, original: string, published: PublicationWindow): DateMatch[] {
  const days = publicationDays(published);
  const pub = describeWindow(published);
  const out: DateMatch[] = [];
  for (const c of cands) {
    let start: Day | null = null;
    let end: Day | null = null;
    let ok = true;
    // Future: wholly after publication at every day of the window.
    let future = true;
    const forcedFuture = c.future === true;
    for (const P of days) {
      const r = c.resolve(P);
      if (!r) {
        ok = false;
        break;
      }
      if (r.start <= P) future = false;
      start = start === null ? r.start : minDay(start, r.start);
      end = end === null ? r.end : maxDay(end, r.end);
    }
    if (!ok || start === null || end === null) continue;
    if (forcedFuture) future = true;
    const span = originalSpan(norm, c.start, c.end);
    // Keep trailing marks that belong to the last letter ("مؤخراً", "غداً").
    while (span.end < original.length && isTrailingMark(original.charCodeAt(span.end))) span.end++;
    const text = original.slice(span.start, span.end);
    // (each ISO day written once: the explanation and the match share the strings)
    const startIso = iso(start);
    const endIso = iso(end);
    const explanationRefs: ExplanationRef[] = [ref("explain.resolved", { text, published: pub, range: `${startIso}..${endIso}` })];
    if (c.note) explanationRefs.push(c.note);
    if (c.checkWeekday !== undefined && days.length === 1) {
      const actual = weekdayOf(start);
      if (actual !== c.checkWeekday) {
        explanationRefs.push(ref("explain.note.weekdayConflict", { said: WEEKDAY_NAMES[c.checkWeekday], day: startIso, actual: WEEKDAY_NAMES[actual] }));
      }
    }
    if (future) explanationRefs.push(ref("explain.flag.future"));
    const match: DateMatch = {
      text,
      offset: span.start,
      endOffset: span.end,
      start: startIso,
      end: endIso,
      grain: c.grain,
      rule: c.rule,
      kind: c.kind,
      normOffset: c.start,
      normEndOffset: c.end,
      explanation: explanationText(explanationRefs, "en"),
      explanationRefs,
    };
    if (future) match.future = true;
    out.push(match);
  }
  return out;
}

export function findIn(norm: NormalizedText, original: string, published: PublicationWindow, options: FindOptions = {}): DateMatch[] {
  const settled = settleOverlaps((options.words && parseCandidatesOfWords(norm.text, options.words)) || parseCandidates(norm.text));
  const refined = refine(settled, norm.text);
  if (options.datelines === false) for (const c of refined) if (c.rule.startsWith("dateline-")) c.rule = c.rule.slice("dateline-".length);
  return toMatches(refined, norm, original, published);
}

export function find(text: string, published: PublicationWindow, options: FindOptions = {}): DateMatch[] {
  return findIn(normalizeArabic(text), text, published, options);
}
