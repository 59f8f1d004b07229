/**
 * The kind of an incident: attempted (tried and caught), desertion (abandonment: abroad, home, to
 * an unknown place, into hiding, a side only supposed, handed over to authorities on the way home, or
 * only some reaching another side), or defection (to another side, or by a defect/split/surrender verb). An area
 * outside a side's control that names no one side is no side reached (round 13). A headline's «انشقاق» over a body that
 * tells a flight with no side («فرّ 5 عناصر …») stays a defection: the headline is the text, and the dev-reports README
 * codes a defection «when the text calls it انشقاق and gives no destination» (round 15 weighed the body's verb instead
 * and kept the README's reading).
 * Examples and negatives: kind.test.ts.
 */
import type { Candidate } from "../candidate";
import type { EventKind } from "../types";

export function decideKind(ev: readonly Candidate[]): EventKind {
  if (ev.some((c) => c.attempted) && !ev.some((c) => !c.attempted && c.trigger.form === "verb")) return "attempted";
  const found = ev.find((c) => c.destination)?.destination ?? null;
  // (round 13) The area outside a side's control that names no one side («خارج مناطق سيطرة قسد»: destinations-outside.ts
  // `noSideOf`) says no side joined: the kind is the verb's, as with no destination (a flight a desertion,
  // «انشق» a defection).
  const dest = found && found.noSide ? null : found;
  if (dest && (dest.kind === "abroad" || dest.kind === "home" || dest.kind === "unknown")) return "desertion";
  // Handed over to authorities on the way home ("سلّموا أنفسهم للسلطات العراقية … وعادوا إلى بلدهم"): foreign fighters going home.
  if (dest && !dest.group_id && ev.some((c) => c.thenHomeOrAbroad)) return "desertion";
  if (ev.some((c) => c.unknownDestination) && !(dest && dest.group_id)) return "desertion";
  // Only supposed to have joined a side: the body does not know where they went (a headline may state it as fact).
  if (ev.some((c) => c.suspectedDestination) && !ev.some((c) => c.destination && !c.suspectedDestination && !c.headline)) return "desertion";
  // Mainly abandonment, with only some reaching the other side.
  if (dest && ev.some((c) => c.partialDestination && c.destination) && ev.some((c) => c.trigger.cls === "leave" || c.trigger.cls === "flee")) return "desertion";
  if (dest) return "defection";
  // No destination phrase, but they ended up abroad: a desertion.
  if (ev.some((c) => c.abroadAfter)) return "desertion";
  const classes = new Set(ev.map((c) => c.trigger.cls));
  if (classes.has("defect") || classes.has("split") || classes.has("surrender")) return "defection";
  return "desertion";
}
