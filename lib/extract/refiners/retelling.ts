/**
 * A second telling, told loosely (round 9, r9-fold): a later sentence of the report tells a group related to the
 * latest incident's (the same id, its parent or a unit of it, another of its names: `sharesGroup`) with a figure no
 * larger than the incident's (or an approximation whose range holds its exact figure: "انشق 27 …" then "نحو 30
 * عنصراً من …", round 10; told with no day of its own, one below the range of an incident told with a vague
 * quantity, "عشرات العناصر", round 11), the default date or one that meets it (and is no narrower), and its place absent or
 * the incident's. The latest incident is the latest of the telling's lineage, reached back past incidents with no
 * figure (refiners/incidents.ts `retellingTarget`, round 10). Outlets retell the lead in the details with the other
 * name and a part of the people ("وقال مصدر محلي إن ثلاثة عناصر من الفرقة الرابعة انشقوا"): it folds into that
 * incident, whose figure stands.
 * Nothing may say it is another incident: a connective of one ("وفي حادثة أخرى", background.ts `another-incident`), a
 * flashback ("وكان … قد"، "وسبق أن"), another day, another place, another destination (abroad, then a side at
 * home), "آخرون/آخر/أخرى" in its sentence (another batch), a larger figure, one person (a named man's own story), a
 * tally since a day, or another incident with a figure of its own told between.
 * Examples and negatives: retelling.test.ts; the "retold" template family (lib/eval/templates/retold.ts).
 */
import type { Candidate } from "../candidate";
import type { Background } from "./background";
import type { Mergeable } from "../merge";
import * as $merge from "../merge";
import * as $normalize from "../../arabic/normalize";
import * as $tokens from "../tokens";
import * as $day from "../../time/day";
import type { Token } from "../tokens";
import type { Segment } from "../sentences";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { sharesGroup } = $merge;
const { foldedWords } = $normalize;
const { tokenAt } = $tokens;
const { daysBetween } = $day;

/** "آخرون" and its forms: people (or groups) other than those told. */
const ANOTHER = foldedWords("آخر آخرون آخرين آخران أخرى الآخرين الآخرون");
/** "وسبق أن انشق …": an earlier happening (a flashback without "كان … قد"). */
const PRECEDED = foldedWords("سبق وسبق");
const THAT = foldedWords("أن وأن");
/**
 * (r15-digest2) «ويأتي ذلك بعد …»، «وجاء هذا عقب …»، «ويأتي ذلك إثر …»: what follows came before the story, an earlier
 * happening (not «وتأتي هذه الانشقاقات بعد …», whose subject is the story's own incident).
 */
const COMES = foldedWords("يأتي ويأتي تأتي وتأتي جاء وجاء جاءت وجاءت");
const THIS = foldedWords("ذلك هذا");
const AFTER = foldedWords("بعد عقب إثر");

/** The sentence names another batch of people ("ثلاثة عناصر آخرين"، "عنصر آخر") or an earlier happening ("وسبق أن"، "ويأتي ذلك بعد"). */
export function anotherBatchOrEarlier(tokens: readonly Token[], sentence: Segment): boolean {
  const last = tokenAt(tokens, sentence.end) - 1;
  for (let k = tokenAt(tokens, sentence.start); k <= last; k++) {
    if (ANOTHER.has(tokens[k].text) || (PRECEDED.has(tokens[k].text) && k < last && THAT.has(tokens[k + 1].text))) return true;
    if (COMES.has(tokens[k].text) && k + 2 <= last && THIS.has(tokens[k + 1].text) && AFTER.has(tokens[k + 2].text)) return true;
  }
  return false;
}

/** What the fold knows of the latest incident: its tellings and their merged view. */
export interface Latest {
  tellings: readonly Candidate[];
  sum: Mergeable;
}

/** Why a candidate does not retell the latest incident, first reason that applies (counted by scripts/error-stages.ts). */
export type RetellingRefusal =
  | "background or headline or tally or group from context" | "a figure unknown or vague" | "a larger figure" | "told before the incident"
  | "dates apart" | "a narrower date" | "a tally since a day" | "places apart" | "another destination" | "groups unrelated" | "another batch or an earlier happening";

/**
 * Set by scripts/error-stages.ts only: hears which step of refiners/incidents.ts folded each candidate into an
 * incident, or why the retelling step (the last) did not.
 */
export const foldProbe: { hear: ((c: Candidate, what: string) => void) | null } = { hear: null };

/**
 * Why `c` does not retell the latest incident loosely (see the module comment), or null when it does.
 * `anotherBatch` is asked last: it reads the sentence's words, and most candidates fail a cheaper test first.
 */
export function retellingRefusal({ tellings, sum }: Latest, c: Candidate, background: Background, anotherBatch: (c: Candidate) => boolean): RetellingRefusal | null {
  if (background !== "none" || c.headline || c.runningTotal || c.groupFromContext || c.groups.length === 0) return "background or headline or tally or group from context";
  const told = sum.count;
  const figure = c.count;
  // (an incident told with a vague quantity, "عشرات العناصر", is retold by a figure below it told with no day of its
  // own, round 11: a figure in its range is sameIncident's, the same people; a dated one is a batch of its day)
  const vagueRetold = told?.kind === "vague" && !c.dateChoice;
  if (!told || !figure || (told.kind !== "exact" && told.kind !== "approx" && told.kind !== "bound" && !vagueRetold)) return "a figure unknown or vague";
  if (figure.kind !== "exact" && figure.kind !== "approx" && figure.kind !== "bound") return "a figure unknown or vague";
  if (told.kind === "vague" ? figure.best > told.high : figure.best > told.best && !holdsExact(figure, told)) return "a larger figure";
  if (!tellings.every((x) => x.sentenceIndex < c.sentenceIndex)) return "told before the incident";
  // Its date meets the incident's (an undated telling is of the report's last days, [P-7, P]: they must meet it too)
  // and, if the incident was dated, spans no fewer days; and the incident is no tally since a day: a day inside a
  // tally's period ("منذ مطلع الشهر … 65 حالة انشقاق" then "سجلت اليوم 7 حالات") is an incident of that period
  // (conventions: two-tally-since-period). An undated lead takes the retelling's day.
  if (!(c.date.start <= sum.date.end && sum.date.start <= c.date.end)) return "dates apart";
  if (c.dateChoice && sum.date.expression && daysBetween(c.date.start, c.date.end) < daysBetween(sum.date.start, sum.date.end)) return "a narrower date";
  if (tellings.some((x) => x.dateChoice?.match.rule === "since")) return "a tally since a day";
  // (the same place id: a town and its governorate meet only where the figures agree too, in sameIncident — the
  // gazetteer gives a governorate's chief city its id, and a part told in a town of it is as often another incident)
  if (c.places?.length && sum.places?.length && !c.places.some((p) => sum.places!.includes(p))) return "places apart";
  if (c.destination && tellings.some((x) => x.destination && otherDestination(x.destination, c.destination!))) return "another destination";
  if (!sharesGroup(sum, c)) return "groups unrelated";
  return anotherBatch(c) ? "another batch or an earlier happening" : null;
}

/**
 * A later approximation or bound whose range holds the exact figure told before ("انشق 27 …" then "نحو 30 عنصراً من
 * الفرقة …"): outlets round the lead's figure in the details; the same people, and the exact figure stands.
 * (sameIncident already folds such a pair when nothing else differs; here it lets the refusal name what does.)
 */
function holdsExact(figure: NonNullable<Candidate["count"]>, told: NonNullable<Candidate["count"]>): boolean {
  return told.kind === "exact" && figure.kind !== "exact" && figure.low <= told.best && told.best <= figure.high;
}

/** Two destinations no one batch of people went to: abroad (or home) and a side at home, or two named sides. */
function otherDestination(a: NonNullable<Candidate["destination"]>, b: NonNullable<Candidate["destination"]>): boolean {
  return a.kind !== b.kind || (a.group_id !== null && b.group_id !== null && a.group_id !== b.group_id);
}
