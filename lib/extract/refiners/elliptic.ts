/**
 * A second batch told with no verb of its own (gapping): "انشق خمسة عناصر من الفرقة الرابعة يوم الأحد، وأربعة
 * آخرون يوم الاثنين"، "…، ثم ثلاثة عناصر آخرون أمس"، "…، و3 عناصر من الدفاع الوطني أول أمس". Arabic leaves out the
 * verb of the second conjunct when it is the first's; the clause is then only "و/ثم + a count + آخرون (or من + a
 * group) + a date". It tells another incident (batches dated differently are separate events), so it becomes a
 * candidate of its own: the first telling's trigger, with the clause's figure, date and group (the first's for
 * "آخرون"). The first telling may be a verbal noun ("بعد انشقاق خمسة عناصر يوم الأحد وثلاثة آخرين مطلع الشهر"), and
 * the batch may follow the last batch's date with no comma. In a roundup's list a batch may have no date but a town
 * of its own, another than the first telling's ("فرار 4 عناصر من X في A، وعنصرين من X في B"): it is on the first
 * telling's date. Examples and negatives: elliptic.test.ts.
 *
 * The batch may also be only a figure and its day, with no "آخرون" nor "من + group" (r9-leftovers): "فرّ 5 عناصر من X
 * يوم السبت و3 يوم الأحد"، "، و6 عناصر يوم الاثنين"، "، وثلاثة أمس": the figure (bare, or with its people noun) stands
 * right before a day of its own, another than the last batch's.
 *
 * Not a batch: the companions of one man ("ومعه أربعة آخرون", counts.ts adds them), a clause with a verb of its
 * own (its trigger makes its own candidate), a clause with neither a date nor a town of its own, "آخرون" on the same date ("وأربعة
 * آخرون في اليوم ذاته" adds no batch the annotators would split), a subset ("بينهم أربعة ضباط").
 */
import * as $normalize from "../../arabic/normalize";
import * as $numbers from "../../arabic/numbers";
import type { DateMatch } from "../../time/types";
import * as $candidate from "../candidate";
import type { Candidate } from "../candidate";
import type { CountMention } from "../counts";
import type { GroupMention } from "../groups";
import * as $places from "../places";
import type { PlaceMention } from "../places";
import * as $sentences from "../sentences";
import type { Segment } from "../sentences";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
import type { Trigger } from "../triggers";
import * as $count_choice from "./count-choice";
import * as $plausibility from "./plausibility";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters } = $normalize;
const { groupAncestors, groupKey, placeKeys } = $candidate;
const { splitClauses, segmentOf } = $sentences;
const { countOf } = $count_choice;
const { doubtCount } = $plausibility;
const { isSettlement } = $places;
const { parseNumberAt } = $numbers;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { tokenAt } = tokenModule;

/**
 * "آخرون" and its dual and oblique forms ("آخرَين" is written as "آخرين"; folded: no hamza on the alif), and one more
 * man: "، ومجند آخر"، "، وعنصر ثالث" (an ordinal after one man counts him after those told).
 */
const OTHERS = new Set("اخرون اخرين اخران اخر ثان ثاني ثالث رابع خامس".split(" ").map((w) => foldLetters(w)));
/** The conjunction that may stand as a word of its own before the count ("ثم ثلاثة آخرون"). */
const THEN = foldLetters("ثم");

export interface EllipticContext {
  text: string;
  tokens: readonly Token[];
  counts: readonly CountMention[];
  dates: readonly DateMatch[];
  triggers: readonly Trigger[];
  groups: readonly GroupMention[];
  places: readonly PlaceMention[];
}

/** The candidates with, after each telling that has gapped batches, one candidate per batch. */
export function withGappedBatches(candidates: readonly Candidate[], ctx: EllipticContext): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    out.push(c);
    if (c.headline || c.verdict !== null || (c.trigger.form !== "verb" && c.trigger.form !== "masdar") || !c.countMention || c.groups.length === 0) continue;
    // (most tellings have no figure after theirs in the sentence: they are spared gappedAfter's closures and arrays)
    if (figureAfter(c, ctx)) gappedAfter(c, ctx, out);
  }
  return out;
}

/** A count mention or a date (which may stand after a bare figure) in the rest of the sentence after c's figure. */
function figureAfter(c: Candidate, { counts, dates }: EllipticContext): boolean {
  const restFrom = c.countMention!.end;
  const restTo = c.sentence.end;
  for (let i = 0; i < counts.length; i++) if (counts[i].start > restFrom && counts[i].start < restTo) return true;
  for (let i = 0; i < dates.length; i++) if (dates[i].normOffset! > restFrom && dates[i].normOffset! < restTo) return true;
  return false;
}

/** Pushes onto `out` one candidate per gapped batch after telling c. */
function gappedAfter(c: Candidate, { text, tokens, counts, dates, triggers, groups, places }: EllipticContext, out: Candidate[]): void {
  // (the rest of the sentence after the telling's figure; no named closures: tsx names each one a call makes)
  const restFrom = c.countMention!.end;
  const restTo = c.sentence.end;
  // (clauses only once a figure of the rest is read: most tellings have none)
  let sentenceClauses: Segment[] | null = null;
  // (an undated first telling has only batches told by their town: a dated batch needs a day to differ from)
  let lastDay = c.dateChoice;
  const bare = bareFigures(tokens, counts, dates, restFrom, restTo, text);
  for (const m of bare.length ? [...counts.filter((x) => x.start > restFrom && x.start < restTo), ...bare].sort((a, b) => a.start - b.start) : counts) {
    if (!(m.start > restFrom && m.start < restTo) || m.subset || !m.value) continue;
    const clauses = (sentenceClauses ??= splitClauses(text, c.sentence));
    const at = segmentOf(clauses, m.start);
    if (at < 0) continue;
    // The batch opens its clause ("، وأربعة آخرون يوم الاثنين") or follows the last batch's date at once ("يوم الأحد
    // وأربعة آخرون يوم الاثنين").
    const clauseStart = tokenAt(tokens, clauses[at].start);
    const afterLastDay = lastDay ? tokenAt(tokens, lastDay.match.normEndOffset!) : -1;
    const from = opensWithConjunction(tokens, clauseStart, m) ? clauseStart : afterLastDay > clauseStart && opensWithConjunction(tokens, afterLastDay, m) ? afterLastDay : -1;
    if (from < 0) continue;
    const to = tokenAt(tokens, clauses[at].end);
    // ("آخرون" may close the count phrase itself: "وأربعة آخرون")
    const others = OTHERS.has(tokens[m.last].text) || OTHERS.has(tokens[m.last + 1]?.text ?? "");
    const group = others ? null : groups.find((g) => g.first === m.last + 2 && g.role === "member" && tokens[m.last + 1].text === "من");
    // ("، و6 عناصر يوم الاثنين": the figure's own day right after it)
    const datedAtOnce = !m.generic && dates.some((x) => x.normOffset === tokens[m.last + 1]?.start);
    if (!others && !group && !datedAtOnce) continue;
    // (a verb of its own makes its own candidate; the search stops at a clause that tells another happening)
    if (triggers.some((t) => t.first >= from && t.first < to)) break;
    const d = dates.find((x) => x.normOffset! >= clauses[at].start && x.normOffset! < clauses[at].end && x.normOffset! > m.end);
    // A batch with no date of its own is told by its own town, another than the first telling's ("فرار عنصر من X في
    // بصرى الشام، وعنصرين من X في درعا البلد"): a roundup's list, on the first telling's date.
    const place = places.find((p) => p.start > m.end && p.start < clauses[at].end);
    const elsewhere = !!place && !!c.place && !placeKeys(c.place)!.some((k) => placeKeys(place)!.includes(k));
    // (a batch of the same group on the same day adds nothing the annotators would split; another group's is its own incident)
    if (d ? !lastDay || (!group && d.start === lastDay.start && d.end === lastDay.end) : !elsewhere) continue;
    const own = group ? { groups: [group], groupFromContext: false, groupKeys: [groupKey(text)(group)], ancestors: groupAncestors([group]) } : {};
    const where = place && elsewhere ? { place, places: placeKeys(place) } : {};
    // (round 11) the batch's figure passes the same doubts as the trigger's own (plausibility.ts): set aside, not counted
    const sf = tokenAt(tokens, c.sentence.start);
    const sl = tokenAt(tokens, c.sentence.end) - 1;
    const countDoubt = doubtCount(tokens, m, sf, sl, c.trigger, !d && !c.dateChoice, isSettlement(place ?? c.place));
    const count = { countMention: m, count: countDoubt ? null : countOf(m, tokens, c.trigger, sf, sl), countDoubt, runningTotal: false };
    if (!d) {
      out.push({ ...c, ...own, ...where, ...count });
      continue;
    }
    const dateChoice = { match: d, start: d.start, end: d.end, anchored: false };
    out.push({ ...c, ...own, ...where, ...count, dateChoice, date: { start: d.start, end: d.end, expression: true } });
    lastDay = dateChoice;
  }
}

/** "وأربعة …" (the conjunction on the count's first word) or "ثم أربعة …", at the clause's start. */
function opensWithConjunction(tokens: readonly Token[], from: number, m: CountMention): boolean {
  if (m.first === from) return tokens[from].text.startsWith("و");
  return m.first === from + 1 && (tokens[from].text === THEN || tokens[from].text === "و");
}

/** A bare figure above this is no batch of people (a year, a distance). */
const LARGEST_BATCH = 999;

/**
 * Figures with no noun that stand right before a day (one of `dates` inside (from, to)) ("و3 يوم الأحد"، "وثلاثة أمس"), as count mentions: the people
 * of the telling before, counted again. Only a number no count phrase holds, after "و"/"ثم" (its own or a word
 * before it), and never a year nor a number inside the date.
 */
function bareFigures(tokens: readonly Token[], counts: readonly CountMention[], dates: readonly DateMatch[], from: number, to: number, text: string): CountMention[] {
  const out: CountMention[] = [];
  for (const d of dates) {
    if (!(d.normOffset! > from && d.normOffset! < to)) continue;
    const k = tokenAt(tokens, d.normOffset!) - 1;
    if (k < 1 || heldByCount(counts, k)) continue;
    const t = tokens[k];
    const glued = !t.digits && t.text.startsWith("و");
    if (!glued && tokens[k - 1].text !== "و" && tokens[k - 1].text !== THEN) continue;
    const n = parseNumberAt(text, t.start);
    if (!n || n.end !== t.end || n.value < 1 || n.value > LARGEST_BATCH) continue;
    const value = { low: n.value, best: n.value, high: n.value };
    out.push({ value, kind: "exact", first: k, last: k, start: t.start, end: t.end, generic: false, subset: false });
  }
  return out;
}

/** Token k is inside a count phrase (a loop, not a closure per date). */
function heldByCount(counts: readonly CountMention[], k: number): boolean {
  for (let i = 0; i < counts.length; i++) if (counts[i].first <= k && k <= counts[i].last) return true;
  return false;
}
