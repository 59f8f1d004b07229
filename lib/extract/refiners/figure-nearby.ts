/**
 * An incident told with a vague quantity ("مئات الجنود الفارين") may have its figure in a
 * neighbouring sentence that names the same group without a trigger ("ألفي ضابط وجندي من الجيش
 * السوري عبروا إلى العراق"): the figure is taken when it counts soldiers "من" that group and is no
 * smaller than the vague quantity's low end. A neighbouring sentence that tells an incident of its own
 * ("وذكر ناشطون أن تسعة جنود … انشقوا") keeps its figure; so does a figure another incident counts as its own
 * in the same sentence (a run-on: "انشق طاقم دبابة …، وذكر ناشطون أن تسعة جنود … انشقوا"). Round 11: the figure
 * passes the same doubts as a trigger's own (plausibility.ts `doubtCount`: a population, a camp, a toll, a statistic
 * …); a doubted figure is attached set aside (no count, its doubt named), as candidates.ts does, so build-event.ts
 * sets it aside and flags the event unless a plausible figure is told ("وبحسب إحصائية …، فرّ أكثر من 150 عنصراً
 * من صفوف X، بينما قتل 40 عنصراً في المعارك"). Examples and negatives: figure-nearby.test.ts.
 *
 * Round 14 (issue 10, r14-structure): the sentence right after one of the incident's tellings that opens with "their
 * number" — «عددهم/
 * عددها», alone or after a verb of amounting — tells the figure of the people just told, with no group of its own: «انشق
 * عناصر من X أمس. وبلغ عددهم 12 عنصراً» / «ويُقدّر عددهم بنحو 15 عنصراً» / «وعددهم 12». A sentence that opens
 * otherwise («وبلغ عدد القتلى 12»، «ويبلغ عدد عناصر X 500») names another set, and falls to the rule above.
 *
 * Round 15 (r15-heads): "their number" counts the people of the telling right before it, before the tellings are folded
 * into incidents (`withTheirNumber`): two figureless tellings of one group («انشق طاقم دبابة … . وذكرت مصادر أن ضباطاً
 * … انشقوا ووصلوا إلى الأردن. وبلغ عددهم ثمانية ضباط») are two incidents, the figure the second's, as they are when the
 * figure stands in the second telling itself. The telling is the last of its sentence, told with no figure (a bare
 * plural, no count phrase at all).
 */
import * as $candidate from "../candidate";
import type { Candidate } from "../candidate";
import type { Token } from "../tokens";
import * as $lexicon from "../lexicon";
import * as $merge from "../merge";
import type { Mergeable } from "../merge";
import type { NearbyContext } from "./nearby";
import * as tokenModule from "../tokens";
import * as $places from "../places";
import * as $plausibility from "./plausibility";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { primaryOf } = $candidate;
const { AMOUNTING_VERBS, KILLED_OR_HELD, RISING_VERBS, THEIR_NUMBER } = $lexicon;
const { countPrecision } = $merge;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, stemIn, stems, tokenAt } = tokenModule;
const { doubtCount } = $plausibility;
const { isSettlement } = $places;

/** How many of the sentences read are near the primary telling (itself, the one before, the one after). */
const NEAR = 3;

/** A count-only mention to fold into the incident, or null. */
export function figureNearby(
  ev: Candidate[],
  summary: Mergeable,
  context: NearbyContext,
): Candidate | null {
  const { tokens, sentences, counts, groups, told, counted } = context;
  const rising = risingTotal(ev, summary, context);
  if (rising) return rising;
  if (countPrecision(summary.count) >= 3) return null;
  const primary = primaryOf(ev);
  // (sets and lists built by loops, not `.map(…).filter(…)`: a map V8 inlines makes a holey array, and the filter
  // optimized for a packed one is deoptimized and this function compiled again in a later round; bench/README.md,
  // rounds 12 and 15)
  const ids = new Set<string>();
  for (const g of primary.groups) if (g.id !== null) ids.add(g.id);
  if (ids.size === 0) return null;
  const low = summary.count && summary.count.kind === "vague" ? summary.count.low : 2;
  // (the incident's day, if any telling gives one: a figure with a day of its own is no statistic's)
  const undated = !ev.some((c) => c.dateChoice);
  // (… and its town, if any telling names one: plausibility.ts reads a tally of another set only beside no place)
  const placed = ev.some((c) => isSettlement(c.place));
  // the three sentences near the primary telling, then (for "their number" only) the sentence right after any of the
  // incident's tellings, each once
  const order = [primary.sentenceIndex, primary.sentenceIndex - 1, primary.sentenceIndex + 1];
  for (const c of ev) if (!order.includes(c.sentenceIndex + 1)) order.push(c.sentenceIndex + 1);
  for (let n = 0; n < order.length; n++) {
    const si = order[n];
    const seg = sentences[si];
    if (!seg || (si !== primary.sentenceIndex && told.has(si) && !ev.some((c) => c.sentenceIndex === si))) continue;
    // (asked once per sentence, and before the words around each figure: a sentence past the three is read for
    // "their number" only — r14-cost, same answers)
    const isNear = n < NEAR;
    const afterTelling = ev.some((x) => x.sentenceIndex === si - 1);
    if (!isNear && !afterTelling) continue;
    const open = tokenAt(tokens, seg.start);
    for (const c of counts) {
      if (c.start < seg.start || c.end > seg.end || !c.value || c.subset || c.generic || counted.has(c)) continue;
      if (c.kind !== "exact" && c.kind !== "approx" && c.kind !== "bound") continue;
      if (c.value.best < low) continue;
      const toldBack = afterTelling && opensWithTheirNumber(tokens, c.first, open);
      if (!toldBack && !isNear) continue;
      let held = false;
      for (let k = Math.max(0, c.first - 3); k < c.first; k++) if (anyIn(stems(tokens[k]), KILLED_OR_HELD)) held = true;
      for (let k = c.last + 1; k <= Math.min(tokens.length - 1, c.last + 4); k++) if (anyIn(stems(tokens[k]), KILLED_OR_HELD)) held = true;
      if (held) continue;
      const of = groups.find((g) => g.first > c.last && g.first <= c.last + 3 && g.id !== null && ids.has(g.id));
      if (!toldBack && (!of || tokens[c.last + 1]?.text !== "من")) continue;
      // (read against the incident's trigger in that sentence, if one is there: a statistic is read around a trigger)
      const trigger = ev.find((x) => x.sentenceIndex === si)?.trigger;
      const countDoubt = doubtCount(tokens, c, tokenAt(tokens, seg.start), tokenAt(tokens, seg.end) - 1, trigger, undated, placed);
      const count = countDoubt ? null : { ...c.value, kind: c.kind };
      return { ...primary, countMention: c, count, dateChoice: null, place: null, destination: null, sentence: seg, sentenceIndex: si, verdict: "reference", groups: [], countDoubt };
    }
  }
  return null;
}

/**
 * (round 16) «ثم لحق بهم آخرون، ليصل عددهم إلى 18 عنصراً»، «…، ليرتفع عددهم إلى 18»: "their number" after a verb of
 * rising or reaching, in a telling's own sentence after its trigger or in the sentence right after it, is a running
 * total of the incident's people. It replaces the figure told when no smaller ("A running total replaces an earlier
 * figure", ../shared/dev-reports/README.md "Counts"; build-event.ts prefers a running total's figure). Not a sentence
 * that tells another incident, not a figure another telling counts, not «عدد القتلى» (another set, no «عددهم»).
 */
function risingTotal(ev: Candidate[], summary: Mergeable, { tokens, sentences, counts, told, counted }: NearbyContext): Candidate | null {
  for (const x of ev) {
    for (const si of [x.sentenceIndex, x.sentenceIndex + 1]) {
      const seg = sentences[si];
      if (!seg || (si !== x.sentenceIndex && told.has(si) && !ev.some((c) => c.sentenceIndex === si))) continue;
      for (const c of counts) {
        if (c.start < seg.start || c.end > seg.end || !c.value || c.subset || c.generic || counted.has(c)) continue;
        if ((c.kind !== "exact" && c.kind !== "approx" && c.kind !== "bound") || (si === x.sentenceIndex && c.first <= x.trigger.last)) continue;
        if (!risesTo(tokens, c.first) || (summary.count && c.value.best < summary.count.best)) continue;
        return { ...primaryOf(ev), countMention: c, count: { ...c.value, kind: c.kind }, runningTotal: true, dateChoice: null, place: null, destination: null, sentence: seg, sentenceIndex: si, verdict: "reference", groups: [], countDoubt: null };
      }
    }
  }
  return null;
}

/** The figure at token `first` follows «[ل/و]يصل/ارتفع عددهم إلى». */
function risesTo(tokens: readonly Token[], first: number): boolean {
  const k = first - 2;
  return k >= 1 && tokens[first - 1].text === "الي" && THEIR_NUMBER.has(tokens[k].text) && anyIn(stems(tokens[k - 1]), RISING_VERBS);
}

/**
 * The tellings with the figure of a "their number" sentence right after theirs: the last telling of a sentence, with no
 * count phrase, takes the figure that opens the next sentence («وبلغ عددهم 12 عنصراً»). Pure: changed tellings are copies.
 */
export function withTheirNumber(candidates: readonly Candidate[], { tokens, sentences, counts }: Pick<NearbyContext, "tokens" | "sentences" | "counts">): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.countMention !== null || c.count !== null || c.verdict === "reference") continue;
    // (the last telling of its sentence: a later one is nearer the figure)
    if (candidates.some((x, j) => j !== i && x.sentenceIndex === c.sentenceIndex && x.trigger.first > c.trigger.first)) continue;
    const seg = sentences[c.sentenceIndex + 1];
    if (!seg) continue;
    const open = tokenAt(tokens, seg.start);
    const figure = counts.find((m) => m.start >= seg.start && m.end <= seg.end && m.value !== null && !m.subset && !m.generic && (m.kind === "exact" || m.kind === "approx" || m.kind === "bound") && opensWithTheirNumber(tokens, m.first, open));
    if (!figure || !figure.value) continue;
    out ??= [...candidates];
    out[i] = { ...c, countMention: figure, count: { ...figure.value, kind: figure.kind } };
  }
  return out ?? (candidates as Candidate[]);
}

/**
 * The figure at token `first` is told as "their number" at the head of its sentence (which opens at token `open`):
 * «[و]عددهم N», «[و]بلغ عددهم N», «ويُقدّر عددهم بـN / بنحو N», «ووصل عددهم إلى N».
 */
function opensWithTheirNumber(tokens: readonly Token[], first: number, open: number): boolean {
  let k = first - 1;
  if (tokens[k] && BY_TO_ABOUT.has(tokens[k].text)) k--;
  if (!tokens[k] || !THEIR_NUMBER.has(tokens[k].text)) return false;
  return k === open || (k === open + 1 && stemIn(tokens[open], AMOUNTING_VERBS));
}
/** «بـ/إلى/حوالي» between "their number" and its figure (a Set made once, not a regex literal per call). */
const BY_TO_ABOUT = new Set(["ب", "الي", "حوالي"]);
