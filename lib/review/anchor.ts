import { foldQuote, quoteOf, type TextQuote } from "./identity";

/**
 * Fuzzy re-anchoring of text-quote selectors (as Hypothesis does for W3C annotations): when the
 * exact key of a decision is gone, the quote is compared with the candidates' quotes, and a quote is
 * looked for again in a changed text. Pure.
 */

/** Below this similarity two quotes are different passages. */
export const FUZZY_THRESHOLD = 0.72;

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const b = s.slice(i, i + 2);
    m.set(b, (m.get(b) ?? 0) + 1);
  }
  return m;
}

/** Sørensen–Dice similarity of character bigrams, 0..1 (1 = same text). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  if (total === 0) return 0;
  let common = 0;
  for (const [g, n] of x) common += Math.min(n, y.get(g) ?? 0);
  return (2 * common) / total;
}

/** The folded text a quote is compared by: context and quote together. */
export function quoteText(q: Pick<TextQuote, "exact" | "prefix" | "suffix">): string {
  return foldQuote(`${q.prefix} ${q.exact} ${q.suffix}`);
}

/** The candidate whose quote is most like `quote`, when it is like enough. */
export function bestMatch<T>(quote: TextQuote, candidates: readonly T[], quoteOfCandidate: (c: T) => TextQuote): { candidate: T; score: number } | null {
  const target = quoteText(quote);
  const exact = foldQuote(quote.exact);
  let best: { candidate: T; score: number } | null = null;
  for (const c of candidates) {
    const q = quoteOfCandidate(c);
    // The quoted words weigh as much as their context: a new sentence around the same words is not the same passage.
    const score = (similarity(target, quoteText(q)) + similarity(exact, foldQuote(q.exact))) / 2;
    if (score >= FUZZY_THRESHOLD && (!best || score > best.score)) best = { candidate: c, score };
  }
  return best;
}

/**
 * Finds `quote` again in `body`: every occurrence of its exact words is scored by its context, and the
 * best one kept (nearest the old offset on a tie). Null when the words are gone.
 */
export function relocate(body: string, quote: TextQuote): TextQuote | null {
  if (quote.exact.length === 0) return null;
  let best: { q: TextQuote; score: number; distance: number } | null = null;
  for (let at = body.indexOf(quote.exact); at >= 0; at = body.indexOf(quote.exact, at + 1)) {
    const q = quoteOf(body, at, at + quote.exact.length);
    const score = similarity(quoteText(q), quoteText(quote));
    const distance = Math.abs(at - quote.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { q, score, distance };
  }
  return best?.q ?? null;
}
