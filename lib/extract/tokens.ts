/**
 * Words of the normalised text, with their offsets, and the Arabic proclitics that can be glued
 * to them. Every rule of the extractor looks at words, never at raw characters, so a rule written
 * as "من ميليشيا" also matches "ومن مليشيا" after folding and clitic stripping.
 */
import * as $codeUnits from "../arabic/code-units";
import * as $wordTable from "./word-table";
import type { Word } from "./word-table";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { codeUnitReader } = $codeUnits;
const { endsInBareWaw, forgetClasses, hashStep, internUnits, isProcliticLetter, textAt, wordAt, wordMemo, wordOf } = $wordTable;
export { wordMemo, wordOf, type Word } from "./word-table";

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

/**
 * `tokenAt`'s answers for one tokens array, by offset (0 … its last token's end): the extractor asks tens of
 * thousands of offsets of one report's words (every sentence, clause, date and trigger), and a binary search reads
 * ten tokens scattered over the report for each. Written by `tokenize` for the array it returns, as it reads the
 * words; for another array, on the first question about it.
 */
let indexedTokens: readonly Token[] | null = null;
let indexedCount = 0;
/** The last token's end: offsets 0 … indexedEnd are in the index. */
let indexedEnd = -1;
let offsetIndex = new Int32Array(0);

/**
 * Offsets from … to (inclusive) of `index` answer token k; returns the next offset to write. The index is passed,
 * not read from the module variable, which a loop would load and check again at every offset (bench/README.md, round 12).
 */
function indexUpTo(index: Int32Array, from: number, to: number, k: number): number {
  for (; from <= to; from++) index[from] = k;
  return from;
}

/** The index now answers for `tokens`, offsets 0 … end. */
function indexed(tokens: readonly Token[], end: number): void {
  indexedTokens = tokens;
  indexedCount = tokens.length;
  indexedEnd = end;
}

/** The code units of the text being tokenized (code-units.ts: a typed array read, not `charCodeAt`, per character). */
const codeUnits = codeUnitReader();

/** Splits normalised text into words: runs of letters, and runs of digits (so "ال17" is "ال" + "17"). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  const units = codeUnits(text);
  // (tokenAt's index of these words' offsets is written as they are read, while they are in cache)
  if (offsetIndex.length < n + 1) offsetIndex = new Int32Array(Math.max(n + 1, 2 * offsetIndex.length));
  const index = offsetIndex;
  indexedTokens = null;
  let written = 0;
  let i = 0;
  while (i < n) {
    const c = units[i];
    if (isDigit(c)) {
      let h = c;
      let j = i + 1;
      for (let d: number; j < n && isDigit((d = units[j])); j++) h = hashStep(h, d);
      const p = internUnits(units, text, i, j, h);
      written = indexUpTo(index, written, i, out.length);
      out.push({ text: textAt(p), word: wordAt(p), start: i, end: j, digits: true });
      i = j;
    } else if (isWordChar(c)) {
      let h = c;
      let j = i + 1;
      for (let d: number; j < n && isWordChar((d = units[j])); j++) h = hashStep(h, d);
      const p = internUnits(units, text, i, j, h);
      written = indexUpTo(index, written, i, out.length);
      out.push({ text: textAt(p), word: wordAt(p), start: i, end: j, digits: false });
      i = j;
    } else i++;
  }
  const end = out.length > 0 ? out[out.length - 1].end : -1;
  indexUpTo(index, written, end, out.length);
  indexed(out, end);
  return out;
}

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

/**
 * Word classes: word lists registered once, at load, each given a bit. A token's classes are the bits of
 * every list one of its readings is in, looked up once per distinct word and kept on it (`Word`), so a rule asking several
 * lists of a word, or windows of words that overlap, pay one look-up per reading in all; a test is then
 * `inClass(token, C)`, the same answer as `anyIn(stems(token), list)`. A list not registered is asked as before.
 *
 * The bits live in two 31-bit integers of the word (`classes`, `classesHigh`: small integers, no boxed number), so
 * at most 62 lists. The first 31 registered are bits of `classesOf(token)` (`(classesOf(token) & (C_A | C_B)) !== 0`
 * asks two at once); a class registered later is a negative number C whose bit -C is in `highClassesOf(token)`:
 * ask it with `inClass`, or with `highClassesOf(token) & -C`, never mixed with a class of the first 31.
 */
const CLASSES_OF_WORD = new Map<string, number>();
const HIGH_CLASSES_OF_WORD = new Map<string, number>();
let classCount = 0;
/** Classes kept in each of a word's two integers (bits 0–30: a Smi, and `& C` never meets the sign bit). */
const CLASSES_PER_INT = 31;
/** At most 62 lists: a further list throws at load, it is never silently wrong. */
const MAX_CLASSES = 2 * CLASSES_PER_INT;

/** Registers a word list as a class (at module load) and returns its handle: a bit, or minus a bit of `highClassesOf`. */
export function wordClass(list: ReadonlySet<string>): number {
  if (classCount >= MAX_CLASSES) throw new Error(`wordClass: at most ${MAX_CLASSES} word lists; ask the others with anyIn(stems(token), list)`);
  const high = classCount >= CLASSES_PER_INT;
  const bit = 1 << (classCount++ % CLASSES_PER_INT);
  const table = high ? HIGH_CLASSES_OF_WORD : CLASSES_OF_WORD;
  for (const w of list) table.set(w, (table.get(w) ?? 0) | bit);
  // (a word met before this list was registered computes its classes again)
  forgetClasses();
  return high ? -bit : bit;
}

/** How many word classes are registered, and how many can be. */
export function wordClassCount(): { made: number; max: number } {
  return { made: classCount, max: MAX_CLASSES };
}

/** The bits of the first 31 registered lists that hold some reading of the token (clitics stripped). */
export function classesOf(token: Token): number {
  const bits = token.word.classes;
  return bits >= 0 ? bits : computeClasses(token.word);
}

/** The bits -C of the lists registered past the 31st (C = `wordClass`'s handle) that hold some reading of the token. */
export function highClassesOf(token: Token): number {
  const word = token.word;
  if (word.classes < 0) computeClasses(word);
  return word.classesHigh;
}

/** A word's classes, computed once (`classesOf`'s first ask); returns the first 31 bits. */
function computeClasses(word: Word): number {
  let bits = 0;
  let high = 0;
  const all = word.stems;
  for (let i = 0; i < all.length; i++) bits |= CLASSES_OF_WORD.get(all[i]) ?? 0;
  if (classCount > CLASSES_PER_INT) for (let i = 0; i < all.length; i++) high |= HIGH_CLASSES_OF_WORD.get(all[i]) ?? 0;
  word.classesHigh = high;
  word.classes = bits;
  return bits;
}

/** Some reading of the token is in the list of this class (`wordClass`). */
export function inClass(token: Token, cls: number): boolean {
  return cls > 0 ? (classesOf(token) & cls) !== 0 : (highClassesOf(token) & -cls) !== 0;
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

/** Indexes an array tokenize did not just return (a test's, or the report's again after another text was tokenized). */
function indexOffsets(tokens: readonly Token[]): void {
  const end = tokens.length > 0 ? tokens[tokens.length - 1].end : -1;
  if (offsetIndex.length < end + 1) offsetIndex = new Int32Array(Math.max(end + 1, 2 * offsetIndex.length));
  const index = offsetIndex;
  let offset = 0;
  for (let k = 0; k < tokens.length; k++) offset = indexUpTo(index, offset, tokens[k].start, k);
  // (past the last token's start: no token starts at or after the offset)
  indexUpTo(index, offset, end, tokens.length);
  indexed(tokens, end);
}

/** Index of the first token whose start is >= offset. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  // (the same array grown since, in a test building one word by word, is indexed again)
  if (tokens !== indexedTokens || tokens.length !== indexedCount) indexOffsets(tokens);
  if (offset >= 0 && offset <= indexedEnd) return offsetIndex[offset];
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

/**
 * Word lists a rule asks of a window of words around every trigger, answered from one word memo of bits (each list
 * looked up once per distinct word, not once per word of every window): `const [inA, inB] = wordListTests(A, B)`;
 * `inA(token)` is `anyIn(stems(token), A)`, false for a missing token. Made once, at module load (each call makes a
 * memo: a field of `Word`, word-table.ts).
 */
export function wordListTests(...lists: ReadonlyArray<ReadonlySet<string>>): Array<(token: Token | undefined) => boolean> {
  if (lists.length > 31) throw new Error("wordListTests: at most 31 lists in one memo");
  const bitsOf = wordMemo((w) => {
    let bits = 0;
    for (let i = 0; i < lists.length; i++) if (anyIn(w.stems, lists[i])) bits |= 1 << i;
    return bits;
  });
  return lists.map((_, i) => {
    const bit = 1 << i;
    return (token) => token !== undefined && (bitsOf(token) & bit) !== 0;
  });
}

/** The first word of `words` that is in `set`, or undefined. */
export function firstIn(words: readonly string[], set: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | undefined {
  for (let i = 0; i < words.length; i++) if (set.has(words[i])) return words[i];
  return undefined;
}
