/**
 * Distractors from the negative conventions: a paragraph appended to the report that names the report's
 * group next to a figure of something else — killed and wounded, a camp's population, a recruitment —
 * must add no event. The group is the first one the gold names (or the army, for a report with none).
 */
import { groupById } from "../../extract/gazetteer";
import type { GoldEvent } from "../gold";
import { goldGroupIds } from "./group-names";
import type { Perturbation } from "./types";

/** The name to use for the report's group (the gazetteer's name of the first gold group). */
export function reportGroupName(events: readonly GoldEvent[]): string {
  const [first] = goldGroupIds(events);
  return (first && groupById(first)?.name_ar) || "قوات النظام";
}

const append = (name: string, description: string, sentence: (group: string) => string): Perturbation => ({
  name,
  family: "distractors",
  description,
  apply: (text, events) => ({ text: `${text.replace(/\s+$/, "")}\n${sentence(reportGroupName(events))}`, events: [...events] }),
});

export const DISTRACTORS: Perturbation[] = [
  append("casualties", "\"وفي سياق آخر، قُتل 12 عنصراً من X وأصيب آخرون في قصف استهدف مواقعهم.\" appended", (g) => `وفي سياق آخر، قُتل 12 عنصراً من ${g} وأصيب آخرون في قصف استهدف مواقعهم.`),
  append("camp-population", "\"ويقطن في المخيم القريب من مواقع X نحو 15 ألف نازح.\" appended", (g) => `ويقطن في المخيم القريب من مواقع ${g} نحو 15 ألف نازح.`),
  append("recruitment", "\"وانضم 200 شاب إلى صفوف X بعد حملة تجنيد في المنطقة.\" appended", (g) => `وانضم 200 شاب إلى صفوف ${g} بعد حملة تجنيد في المنطقة.`),
  append("force-strength", "\"ويبلغ تعداد X في المنطقة نحو 3000 مقاتل.\" appended", (g) => `ويبلغ تعداد ${g} في المنطقة نحو 3000 مقاتل.`),
];
