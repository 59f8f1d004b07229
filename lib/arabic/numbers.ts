/**
 * Arabic cardinal numbers, read from NORMALISED text (see ./normalize.ts: ة→ه, ى→ي, أإآ→ا, ئ→ي,
 * ؤ→و, digits ASCII). So "مئة" is matched as "ميه" and "مائتين" as "مايتين": every word list below is
 * written in natural Arabic and folded with `foldLetters`, never hand-normalised.
 *
 * What is read (one number = one maximal phrase):
 * - ASCII digits, with thousands groups only when every group has exactly 3 digits ("1,000", "12.500");
 *   a decimal ("1.5") only when a multiplier follows ("1.5 مليون");
 * - digits followed by a multiplier word: "5 آلاف" 5000, "20 ألف" 20000, "3 ملايين", "2 مليون";
 * - number words up to the millions: units in both genders and cases (ثلاث/ثلاثة, اثنا/اثني/اثنان/اثنين),
 *   teens ("خمسة عشر", "إحدى عشرة"), unit-و-tens ("ثلاثة وعشرين"), hundreds ("مئة/مائة", dual
 *   "مئتين/مئتان/مائتي", "ثلاثمئة"/"ثلاث مئة"), thousands ("ألف", dual "ألفين/ألفان/ألفي/ألفا",
 *   "ثلاثة آلاف", "عشرين ألفاً"), joined by و in the Arabic order (thousands, hundreds, units, tens:
 *   "ألف ومئتان وخمسة وعشرون");
 * - the definite article on the first word ("الخمسين", "الثلاثة") and "الـ 1000"/"الـ24" (normalised
 *   "ال 1000"/"ال24");
 * - ONE proclitic on the first word: و (and), ب (with/by), ل (to/for), ف, ك ("وخمسة", "بثلاثة",
 *   "لالفين"). The reported span starts at `index` and so includes the proclitic; `prefix` says which.
 *
 * What is NOT read: ordinals (الثالث), vague quantities (عشرات, مئات, آلاف alone, بضعة), fractions.
 * Weekday homographs are excluded: "الاثنين" (Monday) and "الاحد" (Sunday) are never numbers,
 * and "احد/احدي" count only in "احد عشر" (11). Duals of nouns ("عنصرين" = 2) are the caller's concern;
 * `dualStem` helps with them.
 *
 * The reader moves forward word by word with a bounded number of look-ups per word, so scanning
 * a text is linear in its length.
 */
import * as $codeUnits from "./code-units";
import * as $normalize from "./normalize";
import * as $word_filter from "./word-filter";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { codeUnitReader } = $codeUnits;
const { foldLetters } = $normalize;
const { WordFilter } = $word_filter;

export interface NumberMatch {
  value: number;
  /** Normalised offset just past the number. */
  end: number;
  /** `normText.slice(index, end)`. */
  text: string;
}

export interface FoundNumber extends NumberMatch {
  /** Normalised offset where the number (including any proclitic/article) starts. */
  start: number;
  /** The proclitic letter and/or article before the first word ("و", "ب", "ال", "بال"…), or "". */
  prefix: string;
}

type WordClass = "unit" | "ten" | "teenTen" | "hundred" | "thousand" | "million";

interface WordInfo {
  cls: WordClass;
  value: number;
  /** Dual forms stand alone as the whole quantity ("ألفين" = 2000, "مئتين" = 200). */
  dual?: boolean;
  /** Plural multiplier ("آلاف", "ملايين"): only valid after a number. */
  pluralOnly?: boolean;
  /** "احد/احدى": only counts as the unit of a teen ("احد عشر"). */
  teenOnly?: boolean;
}

const WORDS = new Map<string, WordInfo>();

function add(forms: string, info: WordInfo): void {
  for (const form of forms.split(/\s+/)) if (form) WORDS.set(foldLetters(form), info);
}

add("واحد واحدة", { cls: "unit", value: 1 });
add("أحد إحدى احدى", { cls: "unit", value: 1, teenOnly: true });
add("اثنان اثنين اثنا اثني اثنتان اثنتين اثنتا اثنتي إثنين إثنان", { cls: "unit", value: 2 });
add("ثلاث ثلاثة", { cls: "unit", value: 3 });
add("أربع أربعة", { cls: "unit", value: 4 });
add("خمس خمسة", { cls: "unit", value: 5 });
add("ست ستة", { cls: "unit", value: 6 });
add("سبع سبعة", { cls: "unit", value: 7 });
add("ثمان ثماني ثمانية ثمانى", { cls: "unit", value: 8 });
add("تسع تسعة", { cls: "unit", value: 9 });
// "عشر/عشرة" is 10 on its own and the second word of a teen.
add("عشر عشرة", { cls: "teenTen", value: 10 });
add("عشرون عشرين", { cls: "ten", value: 20 });
add("ثلاثون ثلاثين", { cls: "ten", value: 30 });
add("أربعون أربعين", { cls: "ten", value: 40 });
add("خمسون خمسين", { cls: "ten", value: 50 });
add("ستون ستين", { cls: "ten", value: 60 });
add("سبعون سبعين", { cls: "ten", value: 70 });
add("ثمانون ثمانين", { cls: "ten", value: 80 });
add("تسعون تسعين", { cls: "ten", value: 90 });
add("مئة مائة مية ميه", { cls: "hundred", value: 100 });
add("مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي ميتين", { cls: "hundred", value: 200, dual: true });
// Joined hundreds ("ثلاثمئة"); the spaced form "ثلاث مئة" is unit × hundred.
for (const [unit, value] of [
  ["ثلاث", 300], ["ثلث", 300], ["أربع", 400], ["خمس", 500], ["ست", 600], ["سبع", 700], ["ثمان", 800], ["ثماني", 800], ["تسع", 900],
] as const) {
  add(`${unit}مئة ${unit}مائة ${unit}مية`, { cls: "hundred", value });
}
add("ألف ألفا", { cls: "thousand", value: 1000 });
add("ألفين ألفان ألفي", { cls: "thousand", value: 2000, dual: true });
add("آلاف ألاف الاف", { cls: "thousand", value: 1000, pluralOnly: true });
add("مليون", { cls: "million", value: 1_000_000 });
add("مليونين مليونان مليوني", { cls: "million", value: 2_000_000, dual: true });
add("ملايين", { cls: "million", value: 1_000_000, pluralOnly: true });

/** "ألفا" directly after a number is the accusative "thousand" ("عشرين ألفاً"); alone it is the dual 2000. */
const ALFA = foldLetters("ألفا");

/** Words that, after the article ال, are weekdays rather than numbers. */
const WEEKDAY_HOMOGRAPHS = new Set([foldLetters("اثنين"), foldLetters("إثنين"), foldLetters("اثنان"), foldLetters("أحد")]);

function isWordChar(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Reads the Arabic-letter word starting exactly at `i`; returns its end. */
function wordEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isWordChar(s.charCodeAt(j))) j++;
  return j;
}

interface Token {
  info: WordInfo;
  word: string;
  end: number;
}

/**
 * Looks up the word at `i` as a number word. With `requireWaw`, the word must be "و" + a number
 * word (the later parts of a compound: "وعشرين"); `word` is then the part after the و.
 */
function wordAt(s: string, i: number, requireWaw: boolean): Token | null {
  const end = wordEnd(s, i);
  if (end === i) return null;
  const word = s.slice(i, end);
  if (!requireWaw) {
    const direct = WORDS.get(word);
    return direct ? { info: direct, word, end } : null;
  }
  if (word.charCodeAt(0) === 0x0648 /* و */) {
    const rest = word.slice(1);
    const info = WORDS.get(rest);
    if (info) return { info, word: rest, end };
    // "الأربع والعشرين": the article repeats on each part of a definite compound.
    if (rest.startsWith("ال")) {
      const bare = rest.slice(2);
      const defInfo = WORDS.get(bare);
      if (defInfo) return { info: defInfo, word: bare, end };
    }
  }
  return null;
}

/** Skips one space (a compound's words are separated by single spaces after normalisation). */
function nextWordStart(s: string, i: number): number {
  return s.charCodeAt(i) === 0x20 ? i + 1 : -1;
}

interface Partial {
  value: number;
  end: number;
}

/**
 * Reads below-1000 from an already-looked-up first token: hundreds, then "و" + units/tens.
 * `first` is the token at the start (without waw).
 */
function readBelowThousand(s: string, first: Token): Partial | null {
  let value = 0;
  let end = first.end;
  let tok: Token | null = first;
  // Hundreds.
  if (tok.info.cls === "hundred") {
    value = tok.info.value;
    const next = nextWordStart(s, end);
    tok = next >= 0 ? wordAt(s, next, true) : null;
    if (!tok || (tok.info.cls !== "unit" && tok.info.cls !== "ten" && tok.info.cls !== "teenTen")) return { value, end };
    // "مئة وخمسة…": continue with the below-100 part, which must carry the waw.
    const below = readBelowHundred(s, tok);
    if (!below) return { value, end };
    return { value: value + below.value, end: below.end };
  }
  if (tok.info.cls === "unit" && !tok.info.teenOnly) {
    // "ثلاث مئة" (spaced hundreds)?
    const next = nextWordStart(s, end);
    const after = next >= 0 ? wordAt(s, next, false) : null;
    if (after && after.info.cls === "hundred" && !after.info.dual && after.info.value === 100 && tok.info.value >= 3) {
      value = tok.info.value * 100;
      end = after.end;
      const n2 = nextWordStart(s, end);
      const t2 = n2 >= 0 ? wordAt(s, n2, true) : null;
      if (t2 && (t2.info.cls === "unit" || t2.info.cls === "ten" || t2.info.cls === "teenTen")) {
        const below = readBelowHundred(s, t2);
        if (below) return { value: value + below.value, end: below.end };
      }
      return { value, end };
    }
  }
  return readBelowHundred(s, tok);
}

/** Reads 1–99 starting with `tok`: a unit, a teen, a ten, or unit و ten. */
function readBelowHundred(s: string, tok: Token): Partial | null {
  const { info } = tok;
  if (info.cls === "ten") return { value: info.value, end: tok.end };
  if (info.cls === "teenTen") return { value: 10, end: tok.end };
  if (info.cls !== "unit") return null;
  const next = nextWordStart(s, tok.end);
  if (next >= 0) {
    const plain = wordAt(s, next, false);
    if (plain && plain.info.cls === "teenTen") return { value: 10 + info.value, end: plain.end };
    if (!info.teenOnly) {
      const withWaw = wordAt(s, next, true);
      if (withWaw && withWaw.info.cls === "ten") {
        return { value: info.value + withWaw.info.value, end: withWaw.end };
      }
    }
  }
  if (info.teenOnly) return null;
  return { value: info.value, end: tok.end };
}

/** After a complete group, reads an optional multiplier word (ألف/آلاف/ألفا/مليون/ملايين). */
function readMultiplier(s: string, end: number, cls: "thousand" | "million"): { factor: number; end: number } | null {
  const next = nextWordStart(s, end);
  if (next < 0) return null;
  const tok = wordAt(s, next, false);
  if (!tok || tok.info.cls !== cls) return null;
  if (tok.info.dual && tok.word !== ALFA) return null; // "ثلاثة ألفين" is not a number
  return { factor: cls === "thousand" ? 1000 : 1_000_000, end: tok.end };
}

/** Reads a "و"-joined continuation below the current magnitude ("ألف ومئتان وخمسة وعشرون"). */
function readContinuation(s: string, end: number, below: number): Partial | null {
  const next = nextWordStart(s, end);
  if (next < 0 || s.charCodeAt(next) !== 0x0648) return null;
  const tok = wordAt(s, next, true);
  if (!tok || tok.info.teenOnly) return null;
  if (tok.info.cls === "thousand" && !tok.info.pluralOnly && below > 1000) {
    return { value: tok.info.value, end: tok.end };
  }
  if (tok.info.cls === "thousand" || tok.info.cls === "million") return null;
  const part = readBelowThousand(s, tok);
  if (!part || part.value >= below) return null;
  return part;
}

/** Reads a number-word phrase whose first (unprefixed) word starts at `i`. */
function readWords(s: string, i: number, first: Token): Partial | null {
  let total = 0;
  let end: number;
  if (first.info.cls === "thousand" || first.info.cls === "million") {
    if (first.info.pluralOnly) return null; // "آلاف" alone is vague
    total = first.word === ALFA ? 2000 : first.info.value;
    end = first.end;
    if (first.info.cls === "million" && !first.info.dual) {
      // "مليون وخمسمئة ألف" is rare; stop at the million.
      return { value: total, end };
    }
  } else {
    const small = readBelowThousand(s, first);
    if (!small) return null;
    total = small.value;
    end = small.end;
    if (first.info.dual && first.info.cls === "hundred") {
      // "مئتي ألف" = 200,000
      const m = readMultiplier(s, end, "thousand");
      if (m) return { value: total * 1000, end: m.end };
      return { value: total, end };
    }
    const million = readMultiplier(s, end, "million");
    if (million) return { value: total * million.factor, end: million.end };
    const thousand = readMultiplier(s, end, "thousand");
    if (thousand) {
      total *= 1000;
      end = thousand.end;
    } else {
      return { value: total, end };
    }
  }
  // After thousands: "و" + hundreds/units.
  const cont = readContinuation(s, end, 1000);
  if (cont) return { value: total + cont.value, end: cont.end };
  return { value: total, end };
}

/** Reads digits (with 3-digit groups or a decimal before a multiplier) and an optional multiplier. */
function readDigits(s: string, i: number): Partial | null {
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  if (j === i) return null;
  const lead = s.slice(i, j);
  let intText = lead;
  let end = j;
  // Thousands groups: "1,000", "12.500.000" — every group exactly 3 digits, same separator.
  if (lead.length <= 3 && (s[j] === "," || s[j] === ".")) {
    const sep = s[j];
    let k = j;
    let grouped = lead;
    while (s[k] === sep && isDigit(s.charCodeAt(k + 1)) && isDigit(s.charCodeAt(k + 2)) && isDigit(s.charCodeAt(k + 3)) && !isDigit(s.charCodeAt(k + 4))) {
      grouped += s.slice(k + 1, k + 4);
      k += 4;
    }
    if (k > j) {
      intText = grouped;
      end = k;
    }
  }
  let value = Number(intText);
  // Inside a dotted/slashed sequence ("20.05.2013" read from "05") there is no decimal.
  const continuesSequence = i >= 2 && ".,/-".includes(s[i - 1]) && isDigit(s.charCodeAt(i - 2));
  // A decimal before a multiplier: "1.5 مليون", "2,5 ألف".
  if (!continuesSequence && end === j && (s[j] === "." || s[j] === ",") && isDigit(s.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < s.length && isDigit(s.charCodeAt(k))) k++;
    const decimal = Number(`${lead}.${s.slice(j + 1, k)}`);
    const mult = readDigitMultiplier(s, k);
    if (mult) return { value: Math.round(decimal * mult.factor), end: mult.end };
    // A plain decimal ("1.5"), but not the first part of a dotted date ("20.05.2013").
    const sepAfter = (s[k] === "." || s[k] === "," || s[k] === "/" || s[k] === "-") && isDigit(s.charCodeAt(k + 1));
    if (!sepAfter && s[j] === ".") return { value: decimal, end: k };
  }
  const mult = readDigitMultiplier(s, end);
  if (mult) {
    value *= mult.factor;
    end = mult.end;
  }
  return { value, end };
}

function readDigitMultiplier(s: string, end: number): { factor: number; end: number } | null {
  const next = nextWordStart(s, end);
  if (next < 0) return null;
  const tok = wordAt(s, next, false);
  if (!tok) return null;
  if (tok.info.cls === "thousand" && (!tok.info.dual || tok.word === ALFA)) return { factor: 1000, end: tok.end };
  if (tok.info.cls === "million" && !tok.info.dual) return { factor: 1_000_000, end: tok.end };
  return null;
}

const PROCLITICS = new Set(["و", "ب", "ل", "ف", "ك"]);

/**
 * Reads the number that starts at `index` of normalised text, or null. `index` must be the start
 * of a word (or of a digit run); the number must end at a word boundary.
 */
export function parseNumberAt(normText: string, index: number): NumberMatch | null {
  const found = readNumber(normText, index);
  return found ? { value: found.value, end: found.end, text: found.text } : null;
}

function readNumber(s: string, index: number): FoundNumber | null {
  if (index < 0 || index >= s.length) return null;
  const c = s.charCodeAt(index);
  if (isDigit(c)) {
    const d = readDigits(s, index);
    return d ? finish(s, index, d, "") : null;
  }
  if (!isWordChar(c)) return null;
  const end = wordEnd(s, index);
  // (round 17) A word that is no number form, with no digits after it, is turned away before its readings are
  // built: most callers of `parseNumberAt` (a date rule's "قبل …", a count's next word) ask it of ordinary words.
  if (!mayStartNumberAt(s, index, end)) return null;
  const word = s.slice(index, end);
  // Try the word as it is, then without one proclitic, then without the article (with or without a proclitic).
  const candidates: Array<{ skip: number; prefix: string }> = [{ skip: 0, prefix: "" }];
  if (PROCLITICS.has(word[0]) && word.length > 2) candidates.push({ skip: 1, prefix: word[0] });
  if (word.startsWith("ال")) candidates.push({ skip: 2, prefix: "ال" });
  if (PROCLITICS.has(word[0]) && word.startsWith("ال", 1)) candidates.push({ skip: 3, prefix: word.slice(0, 3) });
  if (word.startsWith("لل")) candidates.push({ skip: 2, prefix: "لل" });
  for (const { skip, prefix } of candidates) {
    const start = index + skip;
    if (start === end) {
      // "ال 1000", "ال24": the article before digits.
      if (prefix.endsWith("ال") || prefix === "لل") {
        let d = end;
        if (s.charCodeAt(d) === 0x20) d++;
        if (isDigit(s.charCodeAt(d))) {
          const digits = readDigits(s, d);
          if (digits) return finish(s, index, digits, prefix);
        }
      }
      continue;
    }
    const tok = wordAt(s, start, false);
    if (!tok) continue;
    if (prefix.endsWith("ال") || prefix === "لل") {
      if (WEEKDAY_HOMOGRAPHS.has(tok.word)) continue;
    }
    const part = readWords(s, start, tok);
    if (part) return finish(s, index, part, prefix);
  }
  // Digits glued to a proclitic or article: "ب50", "ال24".
  if (end < s.length && isDigit(s.charCodeAt(end)) && (word === "ال" || (word.length === 1 && PROCLITICS.has(word)) || word === "بال" || word === "لل")) {
    const digits = readDigits(s, end);
    if (digits) return finish(s, index, digits, word);
  }
  return null;
}

function isLatinLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function finish(s: string, index: number, part: Partial, prefix: string): FoundNumber | null {
  // The number must end at a word boundary (not inside a longer word or digit run).
  const after = s.charCodeAt(part.end);
  if (part.end < s.length && (isWordChar(after) || isDigit(after) || isLatinLetter(after))) return null;
  return { value: part.value, start: index, end: part.end, text: s.slice(index, part.end), prefix };
}

/**
 * Every word a number can start with: a number word bare, after one proclitic, after the article,
 * or after both (the prefixes `readNumber` tries). Lets `findNumbers` skip the other words of a
 * text with one set look-up instead of reading each of them.
 */
const NUMBER_FORMS = new Set<string>();
for (const w of WORDS.keys()) for (const p of ["", ...PROCLITICS, "ال", ...[...PROCLITICS].map((x) => x + "ال"), "لل"]) NUMBER_FORMS.add(p + w);
const MAX_NUMBER_FORM = Math.max(...[...NUMBER_FORMS].map((w) => w.length));

/** A lossy filter before the set: almost every other word is turned away without a substring. */
const FORM_FILTER = new WordFilter(NUMBER_FORMS);

/**
 * False when `readNumber` at the letter word [i, j) must fail: the word is no number form and
 * no digits follow it (glued, or after the article and one space: "ب50", "ال 24"). `units` are the
 * code units of `s`, n of them.
 */
function mayStartNumber(s: string, units: Uint16Array, n: number, i: number, j: number): boolean {
  if (j < n) {
    const next = units[j];
    if (isDigit(next) || (next === 0x20 && j + 1 < n && isDigit(units[j + 1]))) return true;
  }
  return j - i <= MAX_NUMBER_FORM && FORM_FILTER.mayHaveUnits(units, i, j) && NUMBER_FORMS.has(s.slice(i, j));
}

/** `mayStartNumber` of the letter word [i, j) of `s` read from the string (`readNumber`, asked at any offset). */
function mayStartNumberAt(s: string, i: number, j: number): boolean {
  const n = s.length;
  if (j < n) {
    const next = s.charCodeAt(j);
    if (isDigit(next) || (next === 0x20 && j + 1 < n && isDigit(s.charCodeAt(j + 1)))) return true;
  }
  return j - i <= MAX_NUMBER_FORM && FORM_FILTER.mayHave(s, i, j) && NUMBER_FORMS.has(s.slice(i, j));
}

/** The code units of the text `findNumbers` scans (code-units.ts: a typed array read, not `charCodeAt`, per character). */
const codeUnits = codeUnitReader();

/**
 * Every number in normalised text, left to right, non-overlapping, with normalised spans.
 * Words are tried only at word starts; digits only at the start of a digit run.
 */
export function findNumbers(normText: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  const n = normText.length;
  // (valid until the reader's next call: readNumber reads the string, never this array)
  const units = codeUnits(normText);
  let i = 0;
  while (i < n) {
    const c = units[i];
    const word = isWordChar(c);
    const digit = isDigit(c);
    if (!word && !digit) {
      i++;
      continue;
    }
    let j = i + 1;
    if (word) while (j < n && isWordChar(units[j])) j++;
    else while (j < n && isDigit(units[j])) j++;
    const found = word && !mayStartNumber(normText, units, n, i, j) ? null : readNumber(normText, i);
    if (found) {
      out.push(found);
      i = found.end;
      continue;
    }
    // Skip the rest of this word or digit run (a number never starts inside one), except that a
    // digit run glued after letters ("ب50") was already tried from the word start.
    // Skip a digit run glued to the word we just passed (it was tried with its proclitic).
    if (word && j < n && isDigit(units[j])) {
      const glued = readNumber(normText, j);
      if (glued) {
        out.push(glued);
        i = glued.end;
        continue;
      }
      while (j < n && isDigit(units[j])) j++;
    }
    i = j;
  }
  return out;
}

/**
 * If `word` (normalised) is the dual of `stem` ("عنصرين"/"عنصران" of "عنصر", "جنديين" of "جندي",
 * "ضابطين"), returns true. Handles a final ه of the stem (ة folded): "دبابه" → "دبابتين"/"دبابتان".
 */
export function isDualOf(word: string, stem: string): boolean {
  const base = stem.endsWith("ه") ? stem.slice(0, -1) + "ت" : stem;
  if (word === base + "ين" || word === base + "ان") return true;
  // With a proclitic or the article: "والعنصرين", "بجنديين".
  for (const pre of ["ال", "و", "ب", "ل", "وال", "بال", "لل"]) {
    if (word.startsWith(pre) && (word.slice(pre.length) === base + "ين" || word.slice(pre.length) === base + "ان")) return true;
  }
  return false;
}

/**
 * If `word` (normalised, no article) looks like a dual noun, returns its singular stem guesses;
 * callers check them against their own noun lists ("عنصرين" → ["عنصر"]).
 */
export function dualStem(word: string): string | null {
  if (word.length < 5) return null;
  if (word.endsWith("ين") || word.endsWith("ان")) {
    const stem = word.slice(0, -2);
    return stem.endsWith("ت") ? stem.slice(0, -1) + "ه" : stem;
  }
  return null;
}
