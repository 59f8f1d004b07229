/**
 * Words of the normalised text, with their offsets, and the Arabic proclitics that can be glued
 * to them. Every rule of the extractor looks at words, never at raw characters, so a rule written
 * as "من ميليشيا" also matches "ومن مليشيا" after folding and clitic stripping.
 */

export interface Token {
  /** The word as it appears in the normalised text (the same string for every occurrence of a word: `word.text`). */
  text: string;
  /** What every occurrence of this word shares (readings, classes, memos): see `Word`. */
  word: Word;
  /** Normalised offsets, end-exclusive. */
  start: number;
  end: number;
  /** True for a run of ASCII digits. */
  digits: boolean;
}

/**
 * A distinct word, made once and shared by all its occurrences in every report (a bench round of 400 reports
 * has 269,000 words but 4,500 distinct ones): its readings (`stems`), its classes (`classesOf`) and the memos
 * of the finders (`wordMemo`) are computed once per word, not once per occurrence.
 */
export interface Word {
  readonly text: string;
  readonly stems: string[];
  classes: number;
  /** How many classes were registered when `classes` was computed (-1: not yet). */
  classesKnown: number;
  /**
   * Values of the first `wordMemo` functions (slots 0–9), in the word itself: a finder asking a memo of every word
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
  /** Values of `wordMemo` functions of slot 8 and beyond, by slot − 8 (null until one is asked). */
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

function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}

/**
 * The word text[from, to), whose hash (`hashStep` over its letters) is h, found or made and remembered: its
 * place p in `known` (the Word at p, its text at p + 1).
 */
function internWord(text: string, from: number, to: number, h: number): number {
  const mask = slots.length / SLOT - 1;
  const length = to - from;
  for (let s = (h & mask) * SLOT, k = slots[s + 1]; k !== 0; s = (s + SLOT) & (slots.length - 1), k = slots[s + 1]) {
    if (slots[s] !== h || slots[s + 3] !== length) continue;
    const at = slots[s + 2];
    let i = 0;
    while (i < length && pool[at + i] === text.charCodeAt(from + i)) i++;
    if (i === length) return 2 * (k - 1);
  }
  const t = from === 0 && to === text.length ? text : text.slice(from, to);
  const word: Word = {
    text: t,
    stems: computeStems(t),
    classes: 0,
    classesKnown: -1,
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

/** The shared entry of a word (made on first sight). */
export function wordOf(text: string): Word {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = hashStep(h, text.charCodeAt(i));
  return known[internWord(text, 0, text.length, h)] as Word;
}

let memoCount = 0;
/** Memo slots kept in the word itself (`Word.m0`…`m9`). */
const INLINE_MEMOS = 10;

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
    default: (word.memo ??= [])[slot - INLINE_MEMOS] = value;
  }
}

/**
 * A function of a word computed once per distinct word and kept on it (`compute` must be a pure function of the
 * word and never return undefined). Made once, at module load or when an index is built, like a word class.
 * The first INLINE_MEMOS memos made are kept in the word's own fields; a further one works the same through an
 * array beside the word, one more memory line a word: for a memo asked of every word, add a field (m8…) instead.
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

function isWordChar(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90)
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Splits normalised text into words: runs of letters, and runs of digits (so "ال17" is "ال" + "17"). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let h = c;
      let j = i + 1;
      for (let d: number; j < n && isDigit((d = text.charCodeAt(j))); j++) h = hashStep(h, d);
      const p = internWord(text, i, j, h);
      out.push({ text: known[p + 1] as string, word: known[p] as Word, start: i, end: j, digits: true });
      i = j;
    } else if (isWordChar(c)) {
      let h = c;
      let j = i + 1;
      for (let d: number; j < n && isWordChar((d = text.charCodeAt(j))); j++) h = hashStep(h, d);
      const p = internWord(text, i, j, h);
      out.push({ text: known[p + 1] as string, word: known[p] as Word, start: i, end: j, digits: false });
      i = j;
    } else i++;
  }
  return out;
}

/** Proclitic sequences that can precede a word (conjunction, preposition), longest first. */
const PROCLITICS = ["وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"];

/**
 * The readings of a word with its proclitics removed, the word itself first:
 * "وبالدفاع" → ["وبالدفاع", "بالدفاع", "الدفاع"]; "للدفاع" → ["للدفاع", "لدفاع", "الدفاع"].
 * A stem must keep at least two letters.
 */
export function stems(word: string | Token): string[] {
  if (typeof word !== "string") return word.word.stems;
  // A word that starts with no proclitic letter is its only reading (and its plural spelling): no look-up needed.
  if (!isProcliticLetter(word.charCodeAt(0))) return endsInBareWaw(word) ? [word, word + "ا"] : [word];
  return wordOf(word).stems;
}

/** و ف ب ل ك: the first letters of PROCLITICS. */
function isProcliticLetter(code: number): boolean {
  return code === 0x0648 || code === 0x0641 || code === 0x0628 || code === 0x0644 || code === 0x0643;
}

/**
 * Web text often leaves out the silent alif of a verb's plural ("انشقو"، "فرو"، "وتوجهو" for "انشقوا"…): a
 * word of two letters or more before a final و also reads with that alif, so every list written with the
 * standard spelling finds it. (The extra reading is a plural verb or nothing: no list holds "نحوا" or "ابوا".)
 */
function endsInBareWaw(word: string): boolean {
  return word.length >= 3 && word.charCodeAt(word.length - 1) === 0x0648 && word.charCodeAt(word.length - 2) !== 0x0648;
}

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

/**
 * Word classes: word lists registered once, at load, each given a bit. A token's classes are the bits of
 * every list one of its readings is in, looked up once per distinct word and kept on it (`Word`), so a rule asking several
 * lists of a word, or windows of words that overlap, pay one look-up per reading in all; a test is then
 * `(classesOf(token) & BIT) !== 0`, the same answer as `anyIn(stems(token), list)`. A list not registered
 * is asked as before.
 */
const CLASSES_OF_WORD = new Map<string, number>();
let classCount = 0;
/** At most 31 lists (one 32-bit integer): a further list throws at load, it is never silently wrong. */
const MAX_CLASSES = 31;

/** Registers a word list as a class (at module load) and returns its bit. */
export function wordClass(list: ReadonlySet<string>): number {
  if (classCount >= MAX_CLASSES) throw new Error(`wordClass: at most ${MAX_CLASSES} word lists; ask the others with anyIn(stems(token), list)`);
  const bit = 1 << classCount++;
  for (const w of list) CLASSES_OF_WORD.set(w, (CLASSES_OF_WORD.get(w) ?? 0) | bit);
  return bit;
}

/** The bits of every registered list that holds some reading of the token (clitics stripped). */
export function classesOf(token: Token): number {
  const word = token.word;
  // (a memo made before a module registered its lists is made again)
  if (word.classesKnown === classCount) return word.classes;
  let bits = 0;
  const all = word.stems;
  for (let i = 0; i < all.length; i++) bits |= CLASSES_OF_WORD.get(all[i]) ?? 0;
  word.classes = bits;
  word.classesKnown = classCount;
  return bits;
}

/** Some reading of the token is in the list of this class (`wordClass`). */
export function inClass(token: Token, cls: number): boolean {
  return (classesOf(token) & cls) !== 0;
}

/** The word without a leading article, for comparisons that ignore "ال". */
export function withoutArticle(word: string): string {
  return word.length > 4 && word.startsWith("ال") ? word.slice(2) : word;
}

/** True when some reading of `word` (clitics stripped) is in `set`. */
export function stemIn(token: string | Token, set: ReadonlySet<string>): boolean {
  const word = typeof token === "string" ? token : token.text;
  if (set.has(word)) return true;
  const all = stems(token);
  for (let i = 1; i < all.length; i++) if (set.has(all[i])) return true;
  return false;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when some word of `words` is in `set` (a plain loop: no closure per call on hot paths). */
export function anyIn(words: readonly string[], set: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  for (let i = 0; i < words.length; i++) if (set.has(words[i])) return true;
  return false;
}

/** The first word of `words` that is in `set`, or undefined. */
export function firstIn(words: readonly string[], set: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | undefined {
  for (let i = 0; i < words.length; i++) if (set.has(words[i])) return words[i];
  return undefined;
}
