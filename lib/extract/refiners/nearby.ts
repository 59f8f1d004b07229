/**
 * What the refiners that look at an incident's neighbouring sentences (date-nearby.ts, figure-nearby.ts)
 * read of a report: its words and what the scanners found in it, and what the incidents already hold.
 */
import type { DateMatch } from "../../time/types";
import type { CountMention } from "../counts";
import type { GroupMention } from "../groups";
import type { Segment } from "../sentences";
import type { Token } from "../tokens";
import type { Trigger } from "../triggers";

export interface NearbyContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Segment[];
  dates: readonly DateMatch[];
  triggers: readonly Trigger[];
  groups: readonly GroupMention[];
  counts: readonly CountMention[];
  /** Indexes of the sentences that tell any incident: a neighbour's search stops at the first of them. */
  told: ReadonlySet<number>;
  /** The figures the incidents' tellings count (each stays with its incident). */
  counted: ReadonlySet<CountMention>;
}
