/** One-line forms of gold and extracted events, and of what a rewrite changed, as the probe scripts print them. */
import type { DefectionEvent } from "../../extract/types";
import type { GoldEvent } from "../gold";

/** «kind group + group best» of a gold event («null» for no figure). */
export const goldLine = (g: GoldEvent): string => `${g.kind} ${g.groups.join(" + ")} ${g.count ? `${g.count.best}` : "null"}`;

/** «kind group+group low/best/high» of an extracted event. */
export const eventLine = (e: DefectionEvent): string =>
  `${e.kind} ${e.groups.map((g) => g.id ?? g.text).join("+")} ${e.count ? `${e.count.low}/${e.count.best}/${e.count.high}` : "null"}`;

/** The gold events a rewritten report lost or gained against the report as written, by what was lost or gained. */
export interface GoldChanges {
  /** Gold events matched before and not after, and after and not before. */
  lost: readonly GoldEvent[];
  gained: readonly GoldEvent[];
  /** Gold events matched both times whose count (or kind) held before and not after, and the reverse. */
  countLost: readonly GoldEvent[];
  countGained: readonly GoldEvent[];
  kindLost: readonly GoldEvent[];
  /** Gold events matched both times whose date IoU fell. */
  dateWorse: readonly GoldEvent[];
}

/** Each change as a phrase: «lost [...]», «count wrong [...]» … */
export function changeParts(c: GoldChanges): string[] {
  return [
    ...c.lost.map((g) => `lost [${goldLine(g)}]`),
    ...c.gained.map((g) => `gained [${goldLine(g)}]`),
    ...c.countLost.map((g) => `count wrong [${goldLine(g)}]`),
    ...c.countGained.map((g) => `count right [${goldLine(g)}]`),
    ...c.kindLost.map((g) => `kind wrong [${goldLine(g)}]`),
    ...c.dateWorse.map((g) => `date worse [${goldLine(g)}]`),
  ];
}
