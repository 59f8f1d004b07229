/**
 * The confidence of an event (0..1), from what was read: how direct the trigger is, whether a cue
 * weakened it, and which parts the text gave. One exported function, so a calibrated scorer can take
 * its place (issue 10, lib/extract/confidence/). Examples: confidence.test.ts.
 */
import type { CueVerdict } from "../cues";
import type { TriggerForm } from "../triggers";
import type { DateBasis } from "../types";

/** What the score reads from one built event. */
export interface ConfidenceFeatures {
  form: TriggerForm;
  verdict: CueVerdict;
  knownGroup: boolean;
  groupFromContext: boolean;
  hasCount: boolean;
  dateBasis: DateBasis;
  hasPlace: boolean;
  hasDestination: boolean;
  /** How many triggers tell the incident. */
  tellings: number;
  /** The figure read counts something else (refiners/plausibility.ts); build-event.ts caps such an event's confidence whatever the score. */
  implausibleCount: boolean;
}

const BY_FORM: Record<TriggerForm, number> = { verb: 0.6, masdar: 0.55, plural: 0.4, participle: 0.45 };

export function scoreConfidence(f: ConfidenceFeatures): number {
  let confidence = BY_FORM[f.form];
  if (f.verdict) confidence -= 0.1;
  if (f.knownGroup) confidence += f.groupFromContext ? 0.05 : 0.1;
  if (f.hasCount) confidence += 0.1;
  if (f.dateBasis !== "default") confidence += 0.1;
  if (f.hasPlace) confidence += 0.05;
  if (f.hasDestination) confidence += 0.05;
  if (f.tellings > 1) confidence += 0.05;
  if (f.implausibleCount) confidence -= 0.4;
  return Math.round(Math.min(0.95, Math.max(0.1, confidence)) * 100) / 100;
}
