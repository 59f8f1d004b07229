/**
 * Template corpora (round 7): cases written from the grammar and vocabulary of Arabic news, as the product of
 * slot lists (./product.ts), never copied from a report. Each family is a list of ConventionCase checked like the
 * conformance corpus (lib/extract/conventions: the same events, groups, counts and kinds; dates where a case says).
 * `npx tsx scripts/templates.ts [--verbose] [family...]` prints cases passed per family and per template.
 */
import type { ConventionCase } from "../../extract/conventions/types";
import { BATTLE_CASES } from "./battles";
import { CAMP_CASES } from "./camps";
import { DIGEST_CASES } from "./digests";
import { DISCOURSE_CASES } from "./discourse";
import { FOLD_CASES } from "./folds";
import { HEAD_CASES } from "./heads";
import { IMPLAUSIBLE_CASES } from "./implausible";
import { LATEDATE_CASES } from "./latedates";
import { LEFT_CASES } from "./left";
import { LEFTALONE_CASES } from "./leftalone";
import { RANK_CASES } from "./ranks";
import { LEFTOVER_CASES } from "./leftovers";
import { LOOSE_CASES } from "./loose";
import { NAMED_CASES } from "./named";
import { NEGATED_CASES } from "./negated";
import { NEGATIVE_CASES } from "./negatives";
import { NOTICED_CASES } from "./noticed";
import { OUTCOME_CASES } from "./outcomes";
import { OUTSIDE_CASES } from "./outside";
import { RECEIVED_CASES } from "./received";
import { RESTRUCTURED_CASES } from "./restructured";
import { RETOLD_CASES } from "./retold";
import { REWORDED_CASES } from "./reworded";
import { ROUNDUP_CASES } from "./roundups";
import { SERIES_CASES } from "./series";
import { SHAPE_CASES } from "./shapes";
import { SOURCE_CASES } from "./sources";
import { STORY_CASES } from "./stories";
import { TALLY_CASES } from "./tallies";
import { TWIN_CASES } from "./twins";
import { UNIT_CASES } from "./units";
import { VERB_CASES } from "./verbs";

/** Families by name; each engineer adds one line (keep the lines sorted). */
export const TEMPLATE_FAMILIES: Record<string, ConventionCase[]> = {
  battles: BATTLE_CASES,
  camps: CAMP_CASES,
  digests: DIGEST_CASES,
  discourse: DISCOURSE_CASES,
  folds: FOLD_CASES,
  heads: HEAD_CASES,
  implausible: IMPLAUSIBLE_CASES,
  latedates: LATEDATE_CASES,
  left: LEFT_CASES,
  leftalone: LEFTALONE_CASES,
  ranks: RANK_CASES,
  leftovers: LEFTOVER_CASES,
  loose: LOOSE_CASES,
  named: NAMED_CASES,
  negated: NEGATED_CASES,
  negatives: NEGATIVE_CASES,
  noticed: NOTICED_CASES,
  outcomes: OUTCOME_CASES,
  outside: OUTSIDE_CASES,
  received: RECEIVED_CASES,
  restructured: RESTRUCTURED_CASES,
  retold: RETOLD_CASES,
  reworded: REWORDED_CASES,
  roundups: ROUNDUP_CASES,
  series: SERIES_CASES,
  shapes: SHAPE_CASES,
  sources: SOURCE_CASES,
  stories: STORY_CASES,
  tallies: TALLY_CASES,
  twins: TWIN_CASES,
  units: UNIT_CASES,
  verbs: VERB_CASES,
};
