/**
 * Count phrases: how many people a phrase names, as {low, best, high}. The conventions are the
 * development set's (shared/dev-reports/README.md):
 * - exact numbers in digits or words, duals ("عنصرين" = 2, "ألفي ضابط" = 2000): low = best = high;
 * - approximations (نحو، قرابة، حوالي، ما يقارب، زهاء): {floor(0.8N), N, ceil(1.2N)};
 * - lower bounds (أكثر من، ما يزيد عن، ما لا يقل عن، فاقت، تجاوز): {N, N, ceil(1.5N)};
 * - vague quantities: عدة/بضعة/عدد من null, عشرات {20, 30, 99}, مئات {200, 300, 999}, آلاف {2000, 3000, 9999};
 *   "عدد من", "عدد كبير", "مجموعة", "أعداد كبيرة" give no figure (`value` null);
 * - one person: "أحد عناصر", "عقيداً من", "قيادي في" → 1; with companions
 *   ("برفقة خمسة عشر شخصاً", "ومعه أربعة آخرون") the companions are added;
 * - numbers that count units ("7 مجموعات", "12 لواء وكتيبة") give no figure.
 * A count is only a count of people when a person noun follows the number (or the number
 * refers back to one: "وعددها 300 عنصر"); everything else (vehicles, money, distances, unit
 * numbers "اللواء 47") is never read as a count here.
 *
 * The modules of the counts, each beside its examples and negatives (its .test.ts), chrono-node's way — parsers
 * that find phrases, refiners that merge them:
 * - counts-mention.ts: the mention model (CountMention, the ranges of a hedge and of a bound);
 * - counts-nouns.ts: what a figure counts (person, dual, unit, crew nouns; ranks; unit names);
 * - counts-figures.ts: pass 1, reading a figure, and the refiner summing a breakdown by rank;
 * - counts-vague.ts: vague quantities; counts-single.ts: one man by a singular noun;
 * - counts-names.ts: names of men, and the refiner of "كل من" lists;
 * - counts-anaphora.ts: people already told; counts-companions.ts: the refiner joining companions to their lead.
 * This module reads every word once (pass 2) and runs the refiners in order.
 */
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import * as $lexicon from "./lexicon";
import * as $mention from "./counts-mention";
import type { CountMention } from "./counts-mention";
import * as $nouns from "./counts-nouns";
import * as $figures from "./counts-figures";
import * as $vague from "./counts-vague";
import * as $names from "./counts-names";
import * as $single from "./counts-single";
import * as $companions from "./counts-companions";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { MILITARY_NOUNS } = $lexicon;
const { firstIn, stemIn, wordMemo } = tokenModule;
const { mention } = $mention;
const { IS_CREW, IS_SINGULAR, IS_TITLE, isPersonDual, PASS2_CLASS, personNounAt, TWO } = $nouns;
const { readFigures, sumRankBreakdowns } = $figures;
const { readVague, VAGUE } = $vague;
const { aliAfterTitle, countEachOfList, hisMenAfterName, NAME_STOPS, untitledNameEnd } = $names;
const { isIndefiniteSingular, listedSingleMan } = $single;
const { figurelessCompanionsAt, joinCompanions } = $companions;

export type { CountKind, CountMention } from "./counts-mention";

function hasReading(readings: readonly string[], word: string): boolean {
  for (let i = 0; i < readings.length; i++) if (readings[i] === word) return true;
  return false;
}

/** What pass 2 of `findCounts` asks of a word, kept per distinct word; null for a word it has nothing to do with (most). */
interface CountWord {
  /** A person noun ending in -ين/-ان, which "اثنين/اثنان" after it makes two people. */
  nounOfTwo: boolean;
  /** A dual of a person noun ("عنصران"). */
  dual: boolean;
  /** Its reading that is a vague quantity (VAGUE), if any. */
  vague: string | undefined;
  /** IS_CREW, IS_TITLE, IS_SINGULAR bits of the word as written. */
  cls: number;
  /** A reading is "احد" (one of). */
  ahad: boolean;
}
const countWordOf = wordMemo((word): CountWord | null => {
  const t = word.text;
  const dual = isPersonDual(t);
  const facts: CountWord = {
    nounOfTwo: /(ين|ان)$/.test(t) && (stemIn(t, MILITARY_NOUNS) || dual),
    dual,
    vague: firstIn(word.stems, VAGUE),
    cls: PASS2_CLASS.get(t) ?? 0,
    ahad: hasReading(word.stems, "احد"),
  };
  return facts.nounOfTwo || facts.dual || facts.vague !== undefined || facts.cls !== 0 || facts.ahad ? facts : null;
});

/** Every count phrase of the text (normalised text and its tokens), left to right. */
export function findCounts(text: string, tokens: readonly Token[]): CountMention[] {
  const out: CountMention[] = [];
  /** Figureless companions ("برفقة عناصر"): kept only when they join a lead, never a phrase of their own. */
  const uncountedCompanions = new Set<CountMention>();
  const used = new Uint8Array(tokens.length);
  // 1. Numbers followed by a person noun (or a unit noun): counts-figures.ts.
  readFigures(text, tokens, out, used);
  // 2. Duals, vague quantities and single people.
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i];
    if (t.digits) {
      // "15عنصراً": digits glued to their noun (the number reader wants a word boundary after a figure).
      const person = tokens[i + 1]?.start === t.end ? personNounAt(tokens, i + 1) : null;
      if (person && person.index === i + 1) {
        out.push(mention(Number(t.text), "exact", i, person.index, tokens, person.generic));
        i = person.index;
      }
      continue;
    }
    // "برفقة عناصر من مجموعته", "ومعه عناصره": companions with no figure, a phrase with none (the lead's count is null).
    if (figurelessCompanionsAt(tokens, i)) {
      const companions: CountMention = { value: null, kind: "none", first: i, last: i, start: t.start, end: t.end, generic: false, subset: false };
      uncountedCompanions.add(companions);
      out.push(companions);
      continue;
    }
    const facts = countWordOf(t);
    // "، وعنصر من X في B"، "، ومجند آخر": one man opening the next conjunct of a list, "و" glued to him.
    if (facts === null && listedSingleMan(text, tokens, i)) {
      out.push({ value: { low: 1, best: 1, high: 1 }, kind: "single", first: i, last: i, start: t.start, end: t.end, generic: false, subset: false });
      continue;
    }
    if (facts === null) {
      // "أحمد العلي الذي انشق", "انشق محمد الخالد عن": a man's name with no title, one person.
      const last = untitledNameEnd(tokens, i);
      if (last >= 0) {
        out.push({ value: { low: 1, best: 1, high: 1 }, kind: "single", first: i, last, start: t.start, end: tokens[last].end, generic: false, subset: false });
        i = last;
      }
      continue;
    }
    // "قياديين اثنين", "عنصران اثنان": a person noun with "two" after it as its adjective (the dual of any noun,
    // even one whose plural is -ين; "اثنين" alone is a weekday).
    if (facts.nounOfTwo && TWO.has(tokens[i + 1]?.text ?? "")) {
      out.push({ value: { low: 2, best: 2, high: 2 }, kind: "exact", first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, generic: false, subset: false });
      i++;
      continue;
    }
    if (facts.dual) {
      out.push({ value: { low: 2, best: 2, high: 2 }, kind: "exact", first: i, last: i, start: t.start, end: t.end, generic: false, subset: false });
      continue;
    }
    const vagueKey = facts.vague;
    if (vagueKey !== undefined) {
      i = readVague(text, tokens, i, vagueKey, out);
      continue;
    }
    const cls = facts.cls;
    if (cls & IS_CREW && tokens[i + 1] && !tokens[i + 1].digits) {
      out.push({ value: null, kind: "unit", first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, generic: false, subset: false });
      i++;
      continue;
    }
    // "النقيب خالد العلي": a rank or title, then a name: one person.
    if (cls & IS_TITLE && tokens[i + 1] && !tokens[i + 1].digits && !tokens[i + 1].text.startsWith("ال") && (!NAME_STOPS.has(tokens[i + 1].text) || aliAfterTitle(text, tokens, i)) && tokens[i + 1].start - t.end <= 2) {
      // (round 15) "القيادي أبو بكر وعناصره": a leader and his men, no figure for them ("ومعه عدد من عناصره": null)
      const withMen = hisMenAfterName(tokens, i + 1);
      out.push({ value: withMen ? null : { low: 1, best: 1, high: 1 }, kind: withMen ? "none" : "single", first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, generic: false, subset: false });
      i++;
      continue;
    }
    // "أحد عناصر", "عنصر في", "عقيداً من": one person, maybe with companions.
    const ahad = facts.ahad;
    if ((ahad && personNounAt(tokens, i + 1)) || (cls & IS_SINGULAR && isIndefiniteSingular(tokens, i))) {
      const last = ahad ? personNounAt(tokens, i + 1)!.index : i;
      out.push({ value: { low: 1, best: 1, high: 1 }, kind: "single", first: i, last, start: t.start, end: tokens[last].end, generic: false, subset: false });
      i = last;
    }
  }
  out.sort((a, b) => a.first - b.first);
  countEachOfList(out, tokens);
  sumRankBreakdowns(out, tokens);
  joinCompanions(out, text, tokens);
  if (uncountedCompanions.size > 0) return out.filter((m) => !uncountedCompanions.has(m));
  return out;
}
