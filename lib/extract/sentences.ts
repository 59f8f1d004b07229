/**
 * Sentences and clauses of the normalised text. A sentence ends at a line break or at . ! ? …
 * — but not at a dot between digits ("1.5", "20.05.2013") and not at a dot inside a word that
 * normalisation left (those are removed already). Clauses split a sentence at , ; : and brackets:
 * the date or group "of the same clause" is the first choice when a rule governs a trigger.
 */
import * as $codeUnits from "../arabic/code-units";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { codeUnitReader } = $codeUnits;

export interface Segment {
  start: number;
  end: number;
}

/** Examples: each text and the sentences it splits into (test corpus and documentation). */
export const SENTENCE_EXAMPLES: Array<[string, string[]]> = [
  ["انشق 5 عناصر. وفر آخرون", ["انشق 5 عناصر.", "وفر آخرون"]],
  ["بلغت النسبة 1.5 مليون\nسطر ثان", ["بلغت النسبة 1.5 مليون", "سطر ثان"]],
  ["نشر بتاريخ 20.05.2013 خبر", ["نشر بتاريخ 20.05.2013 خبر"]],
  ["هل انشقوا؟ نعم!", ["هل انشقوا؟", "نعم!"]],
  ["الجيش الحر.. ومن المناطق", ["الجيش الحر..", "ومن المناطق"]],
];

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// . ! ? … and the Arabic question mark (normalisation already folds it to ?).
const isTerminator = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x061f;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** The code units of the text `splitSentences` reads (code-units.ts: a typed array read, not `charCodeAt`, per character). */
const codeUnits = codeUnitReader();

/** Sentences as normalised spans, trimmed of surrounding spaces; empty ones are dropped. */
export function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const n = text.length;
  const units = codeUnits(text);
  for (let i = 0; i < n; i++) {
    const c = units[i];
    // (most characters are letters, past every mark this loop looks for but two)
    if (c > 0x3f && c !== 0x2026 && c !== 0x061f) continue;
    if (c === 0x0a) {
      pushTrimmed(out, units, start, i);
      start = i + 1;
    } else if (isTerminator(c)) {
      if (c === 0x2e && i > 0 && i + 1 < n && isDigit(units[i - 1]) && isDigit(units[i + 1])) continue;
      let j = i + 1;
      while (j < n && isTerminator(units[j])) j++;
      pushTrimmed(out, units, start, j);
      start = j;
      i = j - 1;
    }
  }
  pushTrimmed(out, units, start, n);
  return out;
}

/** Adds [s, e) of the text whose code units are `units`, trimmed of spaces, unless empty. (A module function: tsx names every closure a call creates, at a cost.) */
function pushTrimmed(out: Segment[], units: Uint16Array, s: number, e: number): void {
  while (s < e && isSpace(units[s])) s++;
  while (e > s && isSpace(units[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}

// , ; : ( ) [ ] and the Arabic comma/semicolon.
const isClauseBreak = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x060c || c === 0x061b;

/** Clauses of one sentence (normalised spans). */
export function splitClauses(text: string, sentence: Segment): Segment[] {
  const out: Segment[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (isClauseBreak(c) && !(c === 0x2c && i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (sentence.end > start) out.push({ start, end: sentence.end });
  return out;
}

/** Index of the segment containing `offset`, or -1. */
export function segmentOf(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
