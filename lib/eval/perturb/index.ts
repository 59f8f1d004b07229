/** Every perturbation of the CheckList, by family (see the module of each). */
import { DISTRACTORS } from "./distractors";
import { FRAMING } from "./framing";
import { NUMBERS } from "./numbers";
import { ORDER } from "./order";
import { ORTHOGRAPHY } from "./orthography";
import { SYNONYMS } from "./synonyms";
import type { Perturbation } from "./types";

export type { Perturbation, PerturbationFamily, Variant } from "./types";

export const PERTURBATIONS: readonly Perturbation[] = [...ORTHOGRAPHY, ...NUMBERS, ...ORDER, ...SYNONYMS, ...FRAMING, ...DISTRACTORS];
