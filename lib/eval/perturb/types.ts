/**
 * A perturbation in the CheckList sense (Ribeiro et al. 2020): a rewrite of a report that keeps what it
 * says, as real outlets write it differently. Each one is pure: text (and its gold events) in, the variant
 * and its gold out, with the gold adjusted only where the rewrite changes a value (a count).
 */
import type { GoldEvent } from "../gold";

export type PerturbationFamily = "orthography" | "numbers" | "order" | "synonyms" | "framing" | "distractors";

export interface Variant {
  text: string;
  /** The gold events of the variant, index for index those of the original (only values may differ). */
  events: GoldEvent[];
}

export interface Perturbation {
  name: string;
  family: PerturbationFamily;
  /** What it rewrites, in one line (shown by `npm run checklist`). */
  description: string;
  /** The variant, or null when the text offers no place for this rewrite (or the rewrite changes nothing). */
  apply(text: string, events: readonly GoldEvent[]): Variant | null;
}

/** A perturbation that only rewrites text: the gold stays as it is. */
export function textOnly(name: string, family: PerturbationFamily, description: string, rewrite: (text: string, events: readonly GoldEvent[]) => string): Perturbation {
  return {
    name,
    family,
    description,
    apply(text, events) {
      const out = rewrite(text, events);
      return out === text ? null : { text: out, events: [...events] };
    },
  };
}
