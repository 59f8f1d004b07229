/**
 * Arabic normalisation with an offset map.
 *
 * Every matcher in inshiqaq runs on a normalised copy of a report; every span shown to a
 * person points at the ORIGINAL characters. `normalizeArabic` returns both the copy and a map
 * from each normalised index to the original index it came from.
 *
 * What is folded (and why):
 * - tatweel (ـ), diacritics, zero-width and bidi marks, BOM, soft hyphen: invisible or decorative;
 * - dots/commas/spaces glued to a tatweel inside a word ("هـ.روب", "السـ,خط", "انشـ .ـقاق") and a
 *   bare dot or comma between two letters ("ه.روب"): outlets insert them to dodge filters;
 * - presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to the base letters (NFKC);
 * - alef variants (أ إ آ ٱ) → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Persian ی/ک → ي/ك;
 * - Arabic-Indic (٠–٩) and Persian (۰–۹) digits → 0–9;
 * - quote marks (“ ” « » „ ‘ ’ ‹ › ″ ') → ", Arabic comma/semicolon/question mark → , ; ?;
 * - any run of horizontal whitespace (NBSP, thin spaces, tabs) → one space; newlines are kept;
 * - the conjunction و written as a word of its own glued to the next word ("و انشق" → "وانشق");
 * - Latin letters → lower case.
 */

import * as $codeUnits from "./code-units";

// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { codeUnitReader } = $codeUnits;

export interface NormalizedText {
  /** The normalised copy that matchers run on. */
  text: string;
  /** `map[i]` is the index in the original of normalised char `i`; `map[text.length]` is the original's length. */
  map: Int32Array;
}

const TATWEEL = 0x0640;
const WAW = 0x0648;

function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x063a) ||
    (code >= 0x0641 && code <= 0x064a) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

function isDiacritic(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed);
}

function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x00ad ||
    code === 0x061c
  );
}

/** Dots and commas that outlets press into words (incl. the Arabic decimal/thousands marks, which fold to . and ,). */
function isGluePunct(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x060c || code === 0x066b || code === 0x066c;
}

/** Marks that normalisation removes outright (not tatweel, which is glue in `obfuscationMask`). */
function isSilent(code: number): boolean {
  return isDiacritic(code) || isInvisible(code);
}

function isHorizontalSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

const LETTER_FOLD: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
  "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
  "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ۃ": "ه",
  "ؤ": "و",
  "ک": "ك",
  "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‟": '"', "″": '"', "‘": '"', "’": '"', "‹": '"', "›": '"', "'": '"', "`": '"', "＂": '"',
  "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
  "\r": "\n",
};

/** Folds one already-decomposed character (not a presentation form) to its matching form. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  const folded = LETTER_FOLD[ch];
  if (folded !== undefined) return folded;
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  return ch;
}

/**
 * What each code unit is to `obfuscationMask`: 0 ends a run; RUN_SILENT continues one (a
 * diacritic or invisible mark) but cannot start it; RUN_START and above start one (tatweel, glue
 * punctuation), RUN_SPACE being a space or NBSP. One look-up instead of a chain of comparisons.
 */
const RUN_SILENT = 1;
const RUN_START = 2;
const RUN_SPACE = 3;
const RUN_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code === 0x20 || code === 0xa0) table[code] = RUN_SPACE;
    else if (code === TATWEEL || isGluePunct(code)) table[code] = RUN_START;
    else if (isSilent(code)) table[code] = RUN_SILENT;
  }
  return table;
})();

/** `judgeRun`'s verdicts (its result's two low bits). */
const KEEP_RUN = 0;
const DROP_RUN = 1;
const DROP_FIRST = 2;

/**
 * Judges the run of tatweel, dots, commas and spaces that starts at `original[i]` (a code unit whose RUN_TABLE
 * kind is RUN_START or above): the run obfuscates a word and must vanish if it contains a tatweel and sits between
 * two Arabic letters; a lone dot or comma pressed between two letters vanishes alone. Returns the run's end j
 * times 4 plus the verdict (KEEP_RUN, DROP_RUN: all of [i, j), DROP_FIRST: the code unit at i only). The run ends
 * where `normalizeArabic` judges the next one: no code unit inside it starts another.
 */
function judgeRun(original: Uint16Array, n: number, i: number): number {
  const code = original[i];
  // The run goes on through diacritics and invisible marks, which vanish anyway: "ه.ًروب" and
  // "ٱ,ًـٱ" are as mangled as "ه.روب", and normalising twice must give the same text.
  let j = i;
  let tatweels = 0;
  let spaces = 0;
  let glues = 0;
  let firstGlue = 0;
  let lastGlue = 0;
  while (j < n) {
    const c = original[j];
    if (c === TATWEEL || c === 0x20 || c === 0xa0 || isGluePunct(c)) {
      if (glues === 0) firstGlue = c;
      lastGlue = c;
    }
    if (c === TATWEEL) tatweels++;
    else if (c === 0x20 || c === 0xa0) spaces++;
    else if (isSilent(c)) {
      j++;
      continue;
    } else if (!isGluePunct(c)) break;
    glues++;
    j++;
  }
  let b = i - 1;
  while (b >= 0 && isSilent(original[b])) b--;
  const before = b >= 0 ? original[b] : 0;
  const after = j < n ? original[j] : 0;
  const betweenLetters = isArabicLetter(before) && isArabicLetter(after);
  // A run with a tatweel is a mangled word only if it holds punctuation, is pure tatweel, or
  // wraps its spaces in tatweel ("انشـ ـق"); "كلمةـ كلمة" (tatweel then an ordinary space) keeps its space.
  const hasPunct = glues - tatweels - spaces > 0;
  const wrapped = firstGlue === TATWEEL && lastGlue === TATWEEL && tatweels >= 2;
  if (betweenLetters && tatweels > 0 && (hasPunct || spaces === 0 || wrapped)) return 4 * j + DROP_RUN;
  if (betweenLetters && glues === 1 && isGluePunct(code)) return 4 * j + DROP_FIRST;
  return 4 * j + KEEP_RUN;
}

/**
 * What `normalizeArabic` does with each UTF-16 code unit outside the special cases (presentation
 * forms, surrogates, spaces): DROP, or the folded code unit. Built once from `foldChar` so the two
 * can never disagree; a table look-up per character keeps normalisation well above 10 MB/s.
 */
const DROP = 0xffff;
const FOLD_TABLE: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code === TATWEEL || isDiacritic(code) || isInvisible(code)) {
      table[code] = DROP;
      continue;
    }
    const folded = foldChar(String.fromCharCode(code));
    table[code] = folded.length === 1 ? folded.charCodeAt(0) : code;
  }
  return table;
})();

/**
 * Characters `normalizeArabic` treats specially: horizontal spaces, high surrogates, presentation forms, and
 * tatweel and glue punctuation, which may start a run that obfuscates a word (`judgeRun`) (0: none).
 */
const SPACE = 1;
const HIGH_SURROGATE = 2;
const PRESENTATION = 3;
const GLUE = 4;
const SPECIAL: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (isHorizontalSpace(code)) table[code] = SPACE;
    else if (code >= 0xd800 && code <= 0xdbff) table[code] = HIGH_SURROGATE;
    else if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) table[code] = PRESENTATION;
    else if (RUN_TABLE[code] === RUN_START) table[code] = GLUE;
  }
  return table;
})();

const DECODER = new TextDecoder("utf-16le");
let scratchOut = new Uint16Array(4096);
let scratchMap = new Int32Array(4097);

/** The code units of the text being normalised: both passes read them from a typed array (code-units.ts). */
const codeUnits = codeUnitReader();

/** Normalises `original` for matching and keeps a map back to its offsets (see the module doc). */
export function normalizeArabic(original: string): NormalizedText {
  const n = original.length;
  const src = codeUnits(original);
  const runs = RUN_TABLE;
  const special = SPECIAL;
  const fold = FOLD_TABLE;
  // Scratch buffers are reused between calls (normalisation is synchronous); presentation forms
  // can expand under NFKC (ﷺ), so they also grow on demand.
  if (scratchOut.length < n + 16) {
    scratchOut = new Uint16Array(n + 16);
    scratchMap = new Int32Array(n + 17);
  }
  let out = scratchOut;
  let map = scratchMap;
  let len = 0;
  let lastWasSpace = false;
  let spaceAfterWaw = false;
  // (a run that obfuscates a word is judged at its first code unit, in this one pass: none in [i, runEnd) starts one)
  let runEnd = 0;
  for (let i = 0; i < n; i++) {
    const code = src[i];
    // The common case first: one table look-up for a character that is not a space, a surrogate
    // or a presentation form.
    const kind = special[code];
    if (kind === 0) {
      const folded = fold[code];
      if (folded === DROP) continue;
      out[len] = folded;
      map[len++] = i;
      lastWasSpace = false;
      continue;
    }
    if (kind === GLUE) {
      if (i >= runEnd) {
        const verdict = judgeRun(src, n, i);
        runEnd = verdict >> 2;
        if ((verdict & 3) === DROP_RUN) {
          i = runEnd - 1;
          continue;
        }
        if ((verdict & 3) === DROP_FIRST) continue;
      }
      const folded = fold[code];
      if (folded === DROP) continue;
      out[len] = folded;
      map[len++] = i;
      lastWasSpace = false;
      continue;
    }
    if (kind === SPACE) {
      // (a space or NBSP starts a run only before a tatweel, a glue mark or a silent one: the common case, one space
      // between two words, is no run)
      if (i >= runEnd && runs[code] === RUN_SPACE && i + 1 < n && runs[src[i + 1]] !== 0) {
        const verdict = judgeRun(src, n, i);
        runEnd = verdict >> 2;
        if ((verdict & 3) === DROP_RUN) {
          i = runEnd - 1;
          continue;
        }
      }
      // (only a و that stands alone: the glue pass is skipped for the many texts without one)
      if (len > 0 && out[len - 1] === WAW && (len < 2 || !isArabicLetter(out[len - 2]))) spaceAfterWaw = true;
      if (!lastWasSpace) {
        out[len] = 0x20;
        map[len++] = i;
        lastWasSpace = true;
      }
      continue;
    }
    // Keep surrogate pairs (emoji) whole so the copy stays valid UTF-16.
    if (kind === HIGH_SURROGATE && i + 1 < n) {
      out[len] = code;
      map[len++] = i;
      out[len] = src[i + 1];
      map[len++] = i + 1;
      i++;
      lastWasSpace = false;
      continue;
    }
    if (kind === PRESENTATION) {
      const expanded = original[i].normalize("NFKC");
      if (len + expanded.length + 1 > out.length) {
        const size = Math.max(out.length * 2, len + expanded.length + 16);
        const grownOut = new Uint16Array(size);
        grownOut.set(out.subarray(0, len));
        out = grownOut;
        const grownMap = new Int32Array(size + 1);
        grownMap.set(map.subarray(0, len));
        map = grownMap;
        scratchOut = out;
        scratchMap = map;
      }
      for (const part of expanded) {
        const pc = part.charCodeAt(0);
        if (isDiacritic(pc) || pc === TATWEEL || isHorizontalSpace(pc)) continue;
        out[len] = foldChar(part).charCodeAt(0);
        map[len++] = i;
        // Only a letter ends a run of spaces: an isolated-form mark (U+FE70 "ﹰ") vanishes and
        // must not split one space into two.
        lastWasSpace = false;
      }
      continue;
    }
    const folded = FOLD_TABLE[code];
    if (folded === DROP) continue;
    out[len] = folded;
    map[len++] = i;
    lastWasSpace = false;
  }
  if (spaceAfterWaw) len = glueLoneWaw(out, map, len);
  map[len] = n;
  const text = len < 512 ? String.fromCharCode.apply(null, out.subarray(0, len) as unknown as number[]) : DECODER.decode(out.subarray(0, len));
  return { text, map: map.slice(0, len + 1) }; // a copy: the scratch buffer is reused
}

/**
 * Web text sets the conjunction و apart from its word ("و انشق 5 عناصر"، "و الجيش"); it is a proclitic, and
 * every rule reads it glued. Drops the space after a و that stands alone (no letter before it) when a letter
 * follows, in place on the folded copy (so normalising twice gives the same text); returns the new length.
 */
function glueLoneWaw(out: Uint16Array, map: Int32Array, len: number): number {
  let w = 0;
  for (let r = 0; r < len; r++) {
    const c = out[r];
    if (c === 0x20 && w > 0 && out[w - 1] === WAW && (w < 2 || !isArabicLetter(out[w - 2])) && r + 1 < len && isArabicLetter(out[r + 1])) continue;
    out[w] = c;
    map[w] = map[r];
    w++;
  }
  return w;
}

/**
 * Folds letters and digits the way `normalizeArabic` does, without touching punctuation.
 * Use it on rule patterns written in natural Arabic so they match the normalised text.
 */
export function foldLetters(pattern: string): string {
  // Callers fold the same few words again and again (gazetteer words, rule words): memoised.
  const cached = FOLDED.get(pattern);
  if (cached !== undefined) return cached;
  const out = foldLettersUncached(pattern);
  if (FOLDED.size >= 20_000) FOLDED.clear();
  FOLDED.set(pattern, out);
  return out;
}

/** A word list written as one string ("قتل قتلى مقتل") → the set of its words, folded: how every lexicon is kept. */
export function foldedWords(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map((w) => foldLetters(w)));
}

const FOLDED = new Map<string, string>();

function foldLettersUncached(pattern: string): string {
  let out = "";
  for (const ch of pattern) {
    const code = ch.charCodeAt(0);
    if (code === TATWEEL || isDiacritic(code)) continue;
    out += foldChar(ch);
  }
  return out;
}

/** The original span `[start, end)` for a normalised span `[normStart, normEnd)`. */
export function originalSpan(norm: NormalizedText, normStart: number, normEnd: number): { start: number; end: number } {
  if (normEnd <= normStart) {
    const at = norm.map[Math.min(normStart, norm.map.length - 1)];
    return { start: at, end: at };
  }
  return { start: norm.map[normStart], end: norm.map[normEnd - 1] + 1 };
}
