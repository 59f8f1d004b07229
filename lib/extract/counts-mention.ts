/**
 * The count mention: what a count phrase read by `findCounts` (counts.ts) says — its figure {low, best, high}, its kind
 * and its span — with the ranges of an approximation and of a lower bound (the conventions in counts.ts's doc comment)
 * and the punctuation that closes a phrase. Every module of the counts builds its mentions here; it reads no text.
 */
import type { Token } from "./tokens";

export type CountKind = "exact" | "approx" | "bound" | "vague" | "none" | "unit" | "single";

export interface CountMention {
  /** Null when the phrase names people but no usable figure ("عدد كبير", "7 مجموعات"). */
  value: { low: number; best: number; high: number } | null;
  kind: CountKind;
  /** Token range of the phrase (inclusive). */
  first: number;
  last: number;
  /** Normalised offsets of the phrase. */
  start: number;
  end: number;
  /** The person noun is generic (شخص، مدني) rather than military (عنصر، جندي). */
  generic: boolean;
  /** Introduced by بينهم/منهم: a part of a larger figure. */
  subset: boolean;
  /** A definite noun then its number ("العناصر الخمسة"): people already told, referred back to. */
  anaphoric?: true;
  /** A part of people already told ("ثلاثة من العناصر الفارين"، "اثنان من المنشقين"): see partOfTold. */
  partOfTold?: true;
}

/** Punctuation that closes a phrase (in the normalised text the Arabic comma and semicolon read "," and ";"). */
export const PHRASE_BREAK = /[,;:.!?()،؛؟]/;

export function approxRange(n: number) {
  return { low: Math.floor(0.8 * n), best: n, high: Math.ceil(1.2 * n) };
}
export function boundRange(n: number) {
  return { low: n, best: n, high: Math.ceil(1.5 * n) };
}

export function mention(n: number, kind: CountKind, first: number, last: number, tokens: readonly Token[], generic: boolean): CountMention {
  const value = kind === "approx" ? approxRange(n) : kind === "bound" ? boundRange(n) : { low: n, best: n, high: n };
  return { value, kind, first, last, start: tokens[first].start, end: tokens[last].end, generic, subset: false };
}
