/**
 * The word table: every distinct word met, made once and shared by all its occurrences (its readings, classes
 * and the finders' memos), laid out for the cache. `tokenize` (tokens.ts) looks words up here as it reads them.
 */
import type { Token } from "./tokens";

/**
 * A distinct word, made once and shared by all its occurrences in every report (a bench round of 400 reports
 * has 269,000 words but 4,500 distinct ones): its readings (`stems`), its classes (`classesOf`) and the memos
 * of the finders (`wordMemo`) are computed once per word, not once per occurrence.
 */
export interface Word {
  readonly text: string;
  readonly stems: string[];
  /** The bits of the first 31 word classes that hold one of its readings (tokens.ts `classesOf`); -1: not computed yet. */
  classes: number;
  /** The bits of the classes past the 31st (tokens.ts `highClassesOf`), computed with `classes`. */
  classesHigh: number;
  /**
   * Values of the first `wordMemo` functions (slots 0–15), in the word itself: a finder asking a memo of every word
   * reads the word's own memory lines, not an array beside it (see `wordMemo`). Further slots: `memo`.
   */
  m0: unknown;
  m1: unknown;
  m2: unknown;
  m3: unknown;
  m4: unknown;
  m5: unknown;
  m6: unknown;
  m7: unknown;
  m8: unknown;
  m9: unknown;
  m10: unknown;
  m11: unknown;
  m12: unknown;
  m13: unknown;
  m14: unknown;
  m15: unknown;
  /** Values of `wordMemo` functions of slot INLINE_MEMOS and beyond, by slot − INLINE_MEMOS (null until one is asked). */
  memo: unknown[] | null;
}

/**
 * Words met so far, in an open-addressing table keyed by a hash of a word's letters that `tokenize` computes
 * as it reads them: a word already met is found in place, without slicing it out of the text. Bounded: when
 * full it starts again empty (tokens keep their words; later occurrences get new ones).
 *
 * Laid out for the cache, not only for instructions: between two reports the rest of the extractor evicts the
 * table, so each distinct word of a report costs a cache miss per memory line its look-up reads. A slot holds
 * the word's hash, number, letters' place in one pool of letters and length (16 bytes, one line); the letters
 * are compared in the pool; the word and its text are side by side in one array. Three lines a look-up, where
 * separate arrays of slots and hashes, the Word object and its string read five (bench/README.md, round 8).
 */
const MAX_WORDS = 1 << 16;
/** Fields of a slot in `slots`: the hash, the word's number + 1 (0: empty), its letters' start in `pool`, its length. */
const SLOT = 4;
let slots = new Int32Array(SLOT << 12);
let pool = new Uint16Array(1 << 14);
let poolUsed = 0;
/** Word k at 2k, its text at 2k + 1. */
let known: Array<Word | string> = [];
let wordCount = 0;

export function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}

/**
 * The word text[from, to), whose hash (`hashStep` over its letters) is h, found or made and remembered: its
 * place p in `known` (the Word at p, its text at p + 1).
 */
export function internWord(text: string, from: number, to: number, h: number): number {
  // (the table and the pool in locals: a module variable is loaded and checked again at every read of the loop)
  const table = slots;
  const letters = pool;
  const mask = table.length / SLOT - 1;
  const last = table.length - 1;
  const length = to - from;
  for (let s = (h & mask) * SLOT, k = table[s + 1]; k !== 0; s = (s + SLOT) & last, k = table[s + 1]) {
    if (table[s] !== h || table[s + 3] !== length) continue;
    const at = table[s + 2];
    let i = 0;
    while (i < length && letters[at + i] === text.charCodeAt(from + i)) i++;
    if (i === length) return 2 * (k - 1);
  }
  return addWord(text, from, to, h);
}

/** `internWord` for a word of `units`, the code units of `text` (tokenize's: it reads them from a typed array, code-units.ts). */
export function internUnits(units: Uint16Array, text: string, from: number, to: number, h: number): number {
  const table = slots;
  const letters = pool;
  const mask = table.length / SLOT - 1;
  const last = table.length - 1;
  const length = to - from;
  for (let s = (h & mask) * SLOT, k = table[s + 1]; k !== 0; s = (s + SLOT) & last, k = table[s + 1]) {
    if (table[s] !== h || table[s + 3] !== length) continue;
    const at = table[s + 2];
    let i = 0;
    while (i < length && letters[at + i] === units[from + i]) i++;
    if (i === length) return 2 * (k - 1);
  }
  return addWord(text, from, to, h);
}

/** A word not met yet (internWord's miss, in a function of its own: the look-up stays small, and is inlined into `tokenize`). */
function addWord(text: string, from: number, to: number, h: number): number {
  const length = to - from;
  const t = from === 0 && to === text.length ? text : text.slice(from, to);
  const word: Word = {
    text: t,
    stems: computeStems(t),
    classes: -1,
    classesHigh: 0,
    m0: undefined,
    m1: undefined,
    m2: undefined,
    m3: undefined,
    m4: undefined,
    m5: undefined,
    m6: undefined,
    m7: undefined,
    m8: undefined,
    m9: undefined,
    m10: undefined,
    m11: undefined,
    m12: undefined,
    m13: undefined,
    m14: undefined,
    m15: undefined,
    memo: null,
  };
  if (wordCount >= MAX_WORDS) {
    slots.fill(0);
    known = [];
    wordCount = 0;
    poolUsed = 0;
  } else if (wordCount * 2 >= slots.length / SLOT) {
    const old = slots;
    slots = new Int32Array(old.length * 2);
    for (let s = 0; s < old.length; s += SLOT) if (old[s + 1] !== 0) place(old[s], old[s + 1], old[s + 2], old[s + 3]);
  }
  if (poolUsed + length > pool.length) {
    const grown = new Uint16Array(Math.max(pool.length * 2, poolUsed + length));
    grown.set(pool.subarray(0, poolUsed));
    pool = grown;
  }
  for (let i = 0; i < length; i++) pool[poolUsed + i] = t.charCodeAt(i);
  place(h, ++wordCount, poolUsed, length);
  poolUsed += length;
  known.push(word, t);
  return known.length - 2;
}

function place(h: number, number: number, at: number, length: number): void {
  const mask = slots.length / SLOT - 1;
  let s = (h & mask) * SLOT;
  while (slots[s + 1] !== 0) s = (s + SLOT) & (slots.length - 1);
  slots[s] = h;
  slots[s + 1] = number;
  slots[s + 2] = at;
  slots[s + 3] = length;
}

/** The Word at place p of the table (what `internWord` returned), and its text: read right after the look-up (a full table starts again). */
export function wordAt(p: number): Word {
  return known[p] as Word;
}
export function textAt(p: number): string {
  return known[p + 1] as string;
}

/** Forgets every word's classes (tokens.ts `wordClass`: a class registered after words were met; they are computed again when asked). */
export function forgetClasses(): void {
  const all = known;
  for (let p = 0; p < all.length; p += 2) (all[p] as Word).classes = -1;
}

/** The shared entry of a word (made on first sight). */
export function wordOf(text: string): Word {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = hashStep(h, text.charCodeAt(i));
  return known[internWord(text, 0, text.length, h)] as Word;
}

let memoCount = 0;
/** Memo slots kept in the word itself (`Word.m0`…`m15`). */
const INLINE_MEMOS = 16;

/** The value of memo `slot` kept on the word (undefined: not computed yet). */
function memoValue(word: Word, slot: number): unknown {
  switch (slot) {
    case 0: return word.m0;
    case 1: return word.m1;
    case 2: return word.m2;
    case 3: return word.m3;
    case 4: return word.m4;
    case 5: return word.m5;
    case 6: return word.m6;
    case 7: return word.m7;
    case 8: return word.m8;
    case 9: return word.m9;
    case 10: return word.m10;
    case 11: return word.m11;
    case 12: return word.m12;
    case 13: return word.m13;
    case 14: return word.m14;
    case 15: return word.m15;
    default: return word.memo?.[slot - INLINE_MEMOS];
  }
}

function keepMemo(word: Word, slot: number, value: unknown): void {
  switch (slot) {
    case 0: word.m0 = value; return;
    case 1: word.m1 = value; return;
    case 2: word.m2 = value; return;
    case 3: word.m3 = value; return;
    case 4: word.m4 = value; return;
    case 5: word.m5 = value; return;
    case 6: word.m6 = value; return;
    case 7: word.m7 = value; return;
    case 8: word.m8 = value; return;
    case 9: word.m9 = value; return;
    case 10: word.m10 = value; return;
    case 11: word.m11 = value; return;
    case 12: word.m12 = value; return;
    case 13: word.m13 = value; return;
    case 14: word.m14 = value; return;
    case 15: word.m15 = value; return;
    default: (word.memo ??= [])[slot - INLINE_MEMOS] = value;
  }
}

/**
 * How many memos were made so far, and how many a word holds in its own fields. The extractor's memos must all be
 * inline (word-table.test.ts): round 9's tenth memo pushed a gazetteer's, asked of every word, into the array.
 */
export function memoSlots(): { made: number; inline: number } {
  return { made: memoCount, inline: INLINE_MEMOS };
}

/**
 * A function of a word computed once per distinct word and kept on it (`compute` must be a pure function of the
 * word and never return undefined). Made once, at module load or when an index is built, like a word class.
 * The first INLINE_MEMOS memos made are kept in the word's own fields; a further one would work the same through an
 * array beside the word (one more memory line a word), and word-table.test.ts fails: add a field (m16…) instead.
 */
export function wordMemo<T>(compute: (word: Word) => T): (token: Token) => T {
  const slot = memoCount++;
  return (token) => {
    const word = token.word;
    let value = memoValue(word, slot) as T | undefined;
    if (value === undefined) keepMemo(word, slot, (value = compute(word)));
    return value;
  };
}

/** Proclitic sequences that can precede a word (conjunction, preposition), longest first. */
const PROCLITICS = ["وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"];

/** و ف ب ل ك: the first letters of PROCLITICS. */
export function isProcliticLetter(code: number): boolean {
  return code === 0x0648 || code === 0x0641 || code === 0x0628 || code === 0x0644 || code === 0x0643;
}

/**
 * Web text often leaves out the silent alif of a verb's plural ("انشقو"، "فرو"، "وتوجهو" for "انشقوا"…): a
 * word of two letters or more before a final و also reads with that alif, so every list written with the
 * standard spelling finds it. (The extra reading is a plural verb or nothing: no list holds "نحوا" or "ابوا".)
 */
export function endsInBareWaw(word: string): boolean {
  return word.length >= 3 && word.charCodeAt(word.length - 1) === 0x0648 && word.charCodeAt(word.length - 2) !== 0x0648;
}

/** The readings of a word (tokens.ts `stems`): the word, without its proclitics, with a plural's silent alif. */
function computeStems(word: string): string[] {
  const out = [word];
  if (endsInBareWaw(word)) out.push(word + "ا");
  for (const p of PROCLITICS) {
    if (word.length - p.length >= 2 && word.startsWith(p)) {
      const rest = word.slice(p.length);
      if (!out.includes(rest)) out.push(rest);
      if (endsInBareWaw(rest) && !out.includes(rest + "ا")) out.push(rest + "ا");
      // ل + ال contracts to لل: "للنظام" is ل + "النظام".
      if (p.endsWith("ل") && rest.startsWith("ل") && rest.length >= 3) {
        const withArticle = "ا" + rest;
        if (!out.includes(withArticle)) out.push(withArticle);
      }
    }
  }
  return out;
}

