/**
 * Word-level helpers for rewriting RAW report text (with its hamzas, diacritics and tatweel as written):
 * the perturbations look words up by their folded spelling and splice the original string.
 */
import { foldLetters } from "../../arabic/normalize";

/** An Arabic word as written: letters with their marks and tatweel. */
export const ARABIC_WORD = /[\u0621-\u064a\u0671-\u06d3\u064b-\u065f\u0670\u0640]+/g;

export interface WordAt {
  text: string;
  /** The word folded (no marks, one alef, ة→ه, ى→ي), as the lists below are written. */
  plain: string;
  start: number;
  end: number;
}

/** Every Arabic word or digit run of the text, in order. */
export function wordsOf(text: string): WordAt[] {
  const out: WordAt[] = [];
  for (const m of text.matchAll(/[\u0621-\u064a\u0671-\u06d3\u064b-\u065f\u0670\u0640]+|[0-9\u0660-\u0669\u06f0-\u06f9]+/g)) {
    out.push({ text: m[0], plain: foldLetters(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A folded word without one proclitic (و ف ب ل, or two: وب ول): its readings, the word itself first. */
export function readings(plain: string): string[] {
  const out = [plain];
  for (const p of ["وب", "ول", "فب", "و", "ف", "ب", "ل"]) if (plain.length - p.length >= 2 && plain.startsWith(p)) out.push(plain.slice(p.length));
  return out;
}

export const isIn = (plain: string, set: ReadonlySet<string>): boolean => readings(plain).some((r) => set.has(r));

export const folded = (words: string): Set<string> => new Set(words.split(/\s+/).map((w) => foldLetters(w)));

export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** Applies non-overlapping edits (any order); an edit overlapping an earlier one is skipped. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.insert;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Sentences: spans ending at . ! ? ؟ or a line break (the mark included). */
export function sentencesOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "." || c === "!" || c === "?" || c === "؟") {
      // a dot between digits is a decimal mark
      if (c === "." && /[0-9]/.test(text[i - 1] ?? "") && /[0-9]/.test(text[i + 1] ?? "")) continue;
      if (i + 1 > start) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((s) => text.slice(s.start, s.end).trim() !== "");
}

/**
 * Nouns of counted people: singular, singular accusative (after 11–99), plural (after 3–10), and
 * whether the noun is feminine (which decides the number word's form).
 */
export interface PeopleNoun {
  singular: string;
  accusative: string;
  plural: string;
  feminine: boolean;
}

export const PEOPLE_NOUNS: readonly PeopleNoun[] = [
  { singular: "عنصر", accusative: "عنصراً", plural: "عناصر", feminine: false },
  { singular: "جندي", accusative: "جندياً", plural: "جنود", feminine: false },
  { singular: "ضابط", accusative: "ضابطاً", plural: "ضباط", feminine: false },
  { singular: "مقاتل", accusative: "مقاتلاً", plural: "مقاتلين", feminine: false },
  { singular: "عسكري", accusative: "عسكرياً", plural: "عسكريين", feminine: false },
  { singular: "شخص", accusative: "شخصاً", plural: "أشخاص", feminine: false },
  { singular: "مسلح", accusative: "مسلحاً", plural: "مسلحين", feminine: false },
  { singular: "مجند", accusative: "مجنداً", plural: "مجندين", feminine: false },
  { singular: "مجندة", accusative: "مجندةً", plural: "مجندات", feminine: true },
  { singular: "مقاتلة", accusative: "مقاتلةً", plural: "مقاتلات", feminine: true },
];

export type NounForm = "singular" | "accusative" | "plural";

/** The people noun a folded word is (any of its forms, also the nominative plurals in ون), or null. */
export function peopleNoun(plain: string): { noun: PeopleNoun; form: NounForm } | null {
  for (const noun of PEOPLE_NOUNS) {
    if (plain === foldLetters(noun.accusative)) return { noun, form: "accusative" };
    if (plain === foldLetters(noun.plural) || (noun.plural.endsWith("ين") && plain === foldLetters(noun.plural.slice(0, -2) + "ون"))) return { noun, form: "plural" };
    if (plain === foldLetters(noun.singular)) return { noun, form: "singular" };
  }
  return null;
}

/** The value of a run of digits (ASCII, Arabic-Indic or Persian). */
export function digitValue(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0x06f0 ? c - 0x06f0 : c >= 0x0660 ? c - 0x0660 : c - 48);
  }
  return n;
}

export const isDigits = (w: WordAt): boolean => /^[0-9\u0660-\u0669\u06f0-\u06f9]+$/.test(w.text);

/** Trigger words of the three kinds, folded, for finding the sentences a rewrite must touch. */
export const TRIGGER_VERBS = folded("انشق انشقوا انشقت انشقا فر فروا فرت فرا هرب هربوا هربت تمكن تمكنوا سلم سلموا غادر غادروا ترك تركوا");
export const TRIGGER_WORDS = new Set([
  ...TRIGGER_VERBS,
  ...folded("ينشق ينشقون انشقاق الانشقاق انشقاقه انشقاقهم انشقاقها يفر يفرون فرار الفرار فرارهم فراره هروب الهروب هروبهم هروبه الفارين الفارون الهاربين الهاربون المنشقين المنشقون منشق منشقا منشقين"),
]);

/** True when the span holds a trigger word. */
export function hasTrigger(text: string, span: { start: number; end: number }): boolean {
  return wordsOf(text.slice(span.start, span.end)).some((w) => isIn(w.plain, TRIGGER_WORDS));
}
