/**
 * An incident dated from what governs its sentence: "انشق خمسة عناصر أمس، بعد يومين من انشقاق ثلاثة آخرين" —
 * the verbal noun after "بعد <span> من" tells an earlier incident, <span> before the day of the happening that
 * governs the sentence: another incident (here أمس − 2), or another happening ("قصفت المدفعية القرى يوم الأحد،
 * بعد يومين من انشقاق …": the Friday before). Without this, the verbal noun borrows the governing day as it
 * stands (the date engine leaves "بعد يومين من <event>" alone: it counts from an event it cannot date).
 * Examples and negatives: counted-from.test.ts.
 *
 * Only a counted span ("يومين"، "ثلاثة أيام"، "أسبوع"): "بعد أيام من انشقاق …" says no day. Only when the governing
 * happening has a date of its own (an incident's, else the nearest date of the sentence outside the verbal
 * noun's clause), and the verbal noun none but the borrowed one.
 */
import * as $explanation from "../../i18n/explanation";
import * as $day from "../../time/day";
import * as $anchored_days from "../../time/rules/anchored-days";
import type { Candidate } from "../candidate";
import type { DateChoice } from "../dates";
import type { DateMatch } from "../../time/types";
import * as $sentences from "../sentences";
import type { Token } from "../tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { ref } = $explanation;
const { addDaysIso } = $day;
const { spanOfDays } = $anchored_days;
const { segmentOf, splitClauses } = $sentences;

/** How far back from the verbal noun "بعد" may stand: "بعد ثلاثة أيام من انشقاق". */
const SPAN_WORDS = 2;

export interface CountedFromContext {
  text: string;
  tokens: readonly Token[];
  dates: readonly DateMatch[];
}

/** The candidates, each verbal noun of "بعد <span> من <masdar>" dated <span> before what governs its sentence. */
export function withCountedFrom(candidates: Candidate[], ctx: CountedFromContext): Candidate[] {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (c.trigger.form !== "masdar") continue;
    const days = daysAfterBefore(ctx.tokens, c.trigger.first);
    if (days === null) continue;
    const incident = candidates.find((x) => x !== c && x.sentenceIndex === c.sentenceIndex && x.dateChoice && x.trigger.form === "verb" && daysAfterBefore(ctx.tokens, x.trigger.first) === null);
    const governing = incident?.dateChoice ?? governingDay(c, ctx);
    const own = c.dateChoice;
    if (!governing || (own && own.match !== governing.match)) continue;
    const dateChoice = countedBack(governing, days);
    candidates[k] = { ...c, dateChoice, date: { start: dateChoice.start, end: dateChoice.end, expression: true } };
  }
  return candidates;
}

/** The nearest date of the candidate's sentence outside its own clause (the happening that governs it), as resolved. */
function governingDay(c: Candidate, { text, dates }: CountedFromContext): DateChoice | null {
  const clauses = splitClauses(text, c.sentence);
  const own = clauses[segmentOf(clauses, c.trigger.start)];
  let best: DateMatch | null = null;
  for (const d of dates) {
    const at = d.normOffset!;
    if (at < c.sentence.start || at >= c.sentence.end || (own && at >= own.start && at < own.end)) continue;
    if (!best || Math.abs(at - c.trigger.start) < Math.abs(best.normOffset! - c.trigger.start)) best = d;
  }
  return best ? { match: best, start: best.start, end: best.end, anchored: false } : null;
}

/** N when the words before the trigger at `first` are "بعد <span of N days> من"; else null. */
function daysAfterBefore(tokens: readonly Token[], first: number): number | null {
  if (first < 3 || tokens[first - 1].text !== "من") return null;
  for (let b = first - 2; b >= Math.max(0, first - 2 - SPAN_WORDS); b--) {
    if (tokens[b].text !== "بعد" && tokens[b].text !== "وبعد") continue;
    const words = tokens.slice(b + 1, first - 1).map((t) => t.text);
    const span = spanOfDays(words);
    return span && span.words === words.length ? span.days : null;
  }
  return null;
}

/** The governing incident's day range moved `days` back, its explanation saying so. */
function countedBack(governing: DateChoice, days: number): DateChoice {
  const start = addDaysIso(governing.start, -days);
  const end = addDaysIso(governing.end, -days);
  const match = {
    ...governing.match,
    rule: `${governing.match.rule}+days-before-incident`,
    explanationRefs: [...governing.match.explanationRefs, ref("explain.daysBeforeIncident", { days: String(days), range: `${start}..${end}` })],
  };
  return { match, start, end, anchored: false };
}
