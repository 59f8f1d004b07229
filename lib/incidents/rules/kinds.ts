import type { EventKind } from "../../extract/types";

/**
 * Rule: kinds never keep two tellings apart. Outlets call the same incident a defection (انشقاق), a
 * desertion (فرار) or a failed attempt (محاولة انشقاق); the incident keeps the most specific kind and
 * shows the others. An attempt says the most (it failed), a desertion says how they left, a
 * defection is the general word.
 */
const SPECIFICITY: Record<EventKind, number> = { attempted: 2, desertion: 1, defection: 0 };

/** Every kind told, most specific first, each once. */
export function kindsBySpecificity(kinds: readonly EventKind[]): EventKind[] {
  return [...new Set(kinds)].sort((a, b) => SPECIFICITY[b] - SPECIFICITY[a]);
}
