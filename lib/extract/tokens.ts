/**
 * Words of the normalised text, with their offsets, and the Arabic proclitics that can be glued
 * to them. Every rule of the extractor looks at words, never at raw characters, so a rule written
 * as "من ميليشيا" also matches "ومن مليشيا" after folding and clitic stripping.
 */

export interface Token {
  /** The word as it appears in the normalised text. */
  text: string;
  /** Memo of `stems(text)` (filled on first use). */
  stems?: string[];
  /** Memo of `classesOf(token)` (filled on first use), and how many classes there were then. */
  classes?: number;
  classesKnown?: number;
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

/** Splits normalised text into words: runs of letters, and runs of digits (so "ال17" is "ال" + "17"). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      // Every token has the same shape from birth (stems included), so the code that reads them stays monomorphic.
      out.push({ text: text.slice(i, j), stems: undefined, classes: undefined, classesKnown: undefined, start: i, end: j, digits: true });
      i = j;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      out.push({ text: text.slice(i, j), stems: undefined, classes: undefined, classesKnown: undefined, start: i, end: j, digits: false });
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
  if (typeof word !== "string") return (word.stems ??= stems(word.text));
  // A word that starts with no proclitic letter is its only reading: no memo needed.
  if (!isProcliticLetter(word.charCodeAt(0))) return endsInBareWaw(word) ? [word, word + "ا"] : [word];
  const cached = STEM_CACHE.get(word);
  if (cached) return cached;
  const out = computeStems(word);
  // Words repeat across reports; a bounded memo keeps the lookups cheap without growing forever.
  if (STEM_CACHE.size >= 50_000) STEM_CACHE.clear();
  STEM_CACHE.set(word, out);
  return out;
}

const STEM_CACHE = new Map<string, string[]>();

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
 * every list one of its readings is in, looked up once per token and kept on it, so a rule asking several
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
  // (a memo made before a module registered its lists is made again)
  if (token.classesKnown === classCount) return token.classes!;
  let bits = 0;
  const all = stems(token);
  for (let i = 0; i < all.length; i++) bits |= CLASSES_OF_WORD.get(all[i]) ?? 0;
  token.classes = bits;
  token.classesKnown = classCount;
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
