/**
 * Folding candidates into incidents, in text order: a candidate joins an earlier incident when
 * `sameIncident` (merge.ts) says so, continues the incident just before it when it names no group,
 * or opens a new one — a follow-up incident ("كما فرّ عناصر آخرون …") with its own figure, or a
 * background incident with its own group and date. The headline only opens an incident when the
 * body has none. A flashback ("وكان X قد …", background.ts) or a telling of another incident ("وفي
 * حادثة أخرى") continues no incident opened before its sentence: it may only open its own (a flashback
 * that retells the same figure excepted); a mention with no group of its own in a sentence about a
 * founding or a birth tells none.
 * A later telling of the latest incident's lineage with no larger a figure, told loosely, retells it
 * (retelling.ts) unless something says it is another incident; incidents with no figure told between are passed
 * over. People with no figure ("كما انشق عناصر من …") join no one-man incident (plural-telling.ts), nor does another
 * man told by his name ("كما انشق النقيب Y …" after "انشق الملازم X …", named-person.ts, round 11); people with him,
 * unnumbered ("وانشق معه عناصر"), join it and make its head count unknown.
 * Examples and negatives: incidents.test.ts, background.test.ts, retelling.test.ts, plural-telling.test.ts,
 * named-person.test.ts; the "folds" and "named" template families (lib/eval/templates/folds.ts, named.ts).
 */
import type { Candidate } from "../candidate";
import type { Background } from "./background";
import * as $merge from "../merge";
import type { CandidateCount, Mergeable } from "../merge";
import * as $day from "../../time/day";
import * as $retelling from "./retelling";
import * as $namedPerson from "./named-person";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { countsCompatible, countPrecision, datesCompatible, isFigure, sameIncident, sharesGroup, retellsFigure } = $merge;
const { daysBetween } = $day;
const { retellingRefusal, foldProbe } = $retelling;
const { otherMan } = $namedPerson;

/** The incidents of a report: each a list of candidates (its tellings), in the order they were opened. */
export function foldIncidents(
  candidates: readonly Candidate[],
  backgroundOf: (c: Candidate) => Background = () => "none",
  anotherBatchOf: (c: Candidate) => boolean = () => false,
  pluralOf: (c: Candidate) => boolean = () => false,
  chiefCityOf: (c: Candidate) => boolean = () => false,
  nameOf: (c: Candidate) => readonly string[] | null = () => null,
  companionsOf: (c: Candidate) => boolean = () => false,
  storyOf: (c: Candidate) => number = () => 0,
): { events: Candidate[][]; summaries: Mergeable[] } {
  const folded: Folded = { events: [], summaries: [], anotherBatchOf, pluralOf, nameOf, companionsOf, storyOf };
  for (const c of candidates) if (!c.headline) fold(folded, placed(c, chiefCityOf), backgroundOf(c), true);
  for (const c of candidates) if (c.headline) fold(folded, placed(c, chiefCityOf), backgroundOf(c), folded.events.length === 0 && c.count !== null && c.count.kind !== "none");
  return folded;
}

/** A governorate's id said as its chief city is no province a town of it lies in (merge.ts `placesMeet`). */
function placed(c: Candidate, chiefCityOf: (c: Candidate) => boolean): Candidate {
  return c.places?.length && chiefCityOf(c) ? { ...c, chiefCity: true } : c;
}

/** The incidents folded so far. (Module functions rather than closures: tsx names every closure it creates.) */
interface Folded {
  events: Candidate[][];
  summaries: Mergeable[];
  /** The candidate's sentence names another batch ("آخرون") or an earlier happening: retelling.ts `anotherBatchOrEarlier`. */
  anotherBatchOf: (c: Candidate) => boolean;
  /** The candidate tells people with no figure, not with a man told before: plural-telling.ts `pluralWithoutFigure`. */
  pluralOf: (c: Candidate) => boolean;
  /** The name of the man the candidate's trigger tells, if a designation names him: named-person.ts `personNamed`. */
  nameOf: (c: Candidate) => readonly string[] | null;
  /** The candidate tells people who left with the man told before, unnumbered: plural-telling.ts `companionsWithoutFigure`. */
  companionsOf: (c: Candidate) => boolean;
  /** The story the candidate's sentence belongs to: roles.ts `storiesOf` (a turn to another story, a list item). */
  storyOf: (c: Candidate) => number;
}

function fold(folded: Folded, c: Candidate, background: Background, createIfNew: boolean): void {
  const { events, summaries, anotherBatchOf, pluralOf, nameOf } = folded;
  // (A founding or a birth with a group of its own may still tell a defection: "انشق عن الجيش عام 2012 وأسس لواءً".)
  if (background === "another-story" && (c.groups.length === 0 || c.groupFromContext)) return;
  if (c.groups.length === 0) {
    const k = events.length - 1;
    // Another man told by his name with no group ("وأفادت مصادر بانشقاق المدعو … أيضاً") after a one-man incident: the
    // group of the man before, another incident.
    if (createIfNew && background === "none" && k >= 0 && summaries[k].count?.kind === "single" && anotherNamedMan(folded, events[k], c)) {
      if (foldProbe.hear) foldProbe.hear(c, "opened: another man told by his name, in the group of the man before");
      const { groups, groupKeys, ancestors } = events[k][0];
      open(events, summaries, { ...c, groups, groupKeys, ancestors, groupFromContext: true, count: c.count ?? ONE_MAN });
      return;
    }
    // A mention with no group continues the incident before it, or is dropped.
    if (k >= 0 && continuable(folded, events[k], c, background) && countsCompatible(events[k][0].count, c.count) && (!c.dateChoice || !events[k][0].dateChoice || overlaps(events[k][0].date, c.date))) {
      if (foldProbe.hear) foldProbe.hear(c, "folded: a mention with no group continues the incident before");
      add(events, summaries, k, withCompanions(folded, summaries[k], c));
    }
    return;
  }
  // Two triggers on one figure ("فروا … وسلّموا أنفسهم") are one incident of the same people.
  if (c.countMention) {
    const k = events.findIndex((ev) => ev.some((x) => x.countMention === c.countMention));
    if (k >= 0 && continuable(folded, events[k], c, background)) {
      if (foldProbe.hear) foldProbe.hear(c, "folded: two triggers on one figure");
      add(events, summaries, k, c);
      return;
    }
  }
  // A total that grows ("قبل أن يرتفع عدد المنشقين إلى 35") continues the latest incident of its group
  // over no wider a span, and its figure replaces the one told before.
  if (c.runningTotal) {
    const k = events.findLastIndex((ev, j) => continuable(folded, ev, c, background) && sharesGroup(summaries[j], c) && grows(ev, summaries[j], c));
    if (k >= 0) {
      if (foldProbe.hear) foldProbe.hear(c, "folded: a running total");
      add(events, summaries, k, c);
      return;
    }
  }
  // (round 13) A total with a period of its own, rising or not, is an event of its period wherever it is told — in the
  // incident's own sentence, after an incident of the very same group or of its parent, under the same name or an
  // alias: the gold keeps a cumulative figure with its own period "separate as written" (dev-reports d41). Round 12
  // dropped one told after an incident of the very same group; only a total with no period (folded above as a running
  // total, or a statistic's: plausibility.ts) makes no event of its own.
  // A part of people already told ("وتمكن ثلاثة من العناصر الفارين من X") joins the latest incident of its group or
  // lineage that counts at least as many, on days that meet; its figure replaces none.
  if (c.countMention?.partOfTold) {
    const k = events.findLastIndex((ev, j) => continuable(folded, ev, c, background) && holdsPart(summaries[j], c));
    if (k >= 0) {
      if (foldProbe.hear) foldProbe.hear(c, "folded: a part of people told");
      add(events, summaries, k, c);
      return;
    }
  }
  // A body mention continues the latest incident it fits; a headline sums up the report's lead incident,
  // so it joins the first one it fits, not a background incident told at the end.
  let apartFromOneMan = false;
  for (let j = 0; j < events.length; j++) {
    const k = c.headline ? j : events.length - 1 - j;
    if (siblingOfNamedUnit(events[k], c) || !continuable(folded, events[k], c, background, summaries[k])) continue;
    if (!sameIncident(summaries[k], c) || wholeBesideIncident(summaries[k], c)) continue;
    // People with no figure are not a named man's own story ("انشق الملازم X …" then "كما انشق عناصر من …").
    if (summaries[k].count?.kind === "single" && c.count === null && pluralOf(c)) {
      if (foldProbe.hear) foldProbe.hear(c, `kept apart: people with no figure, not the one man's story (${k === events.length - 1 ? "the latest incident" : "an earlier incident"})`);
      apartFromOneMan = true;
      continue;
    }
    // Another man told by his name is another person ("انشق الملازم X …" then "كما انشق النقيب Y …").
    if (summaries[k].count?.kind === "single" && anotherNamedMan(folded, events[k], c)) {
      if (foldProbe.hear) foldProbe.hear(c, `kept apart: another man told by his name (${k === events.length - 1 ? "the latest incident" : "an earlier incident"})`);
      apartFromOneMan = true;
      continue;
    }
    if (foldProbe.hear) {
      const kindOf = (n: Candidate["count"]) => (n === null ? "none" : n.kind);
      foldProbe.hear(c, `folded: sameIncident (${k === events.length - 1 ? "the latest incident" : "an earlier incident"}; the incident's figure ${kindOf(summaries[k].count)}, its own ${kindOf(c.count)}; ${events[k].some((x) => x.sentenceIndex === c.sentenceIndex) ? "in a sentence of the incident" : `${Math.min(...events[k].map((x) => Math.abs(x.sentenceIndex - c.sentenceIndex)))} sentence(s) from it`})`);
    }
    add(events, summaries, k, withCompanions(folded, summaries[k], c));
    return;
  }
  // A later telling of the latest incident of its group or lineage, told loosely with no larger a figure
  // (retelling.ts): the same incident, whose figure stands.
  const latest = retellingTarget(summaries, c);
  const sibling = latest >= 0 && siblingOfNamedUnit(events[latest], c);
  const refusal = latest < 0 ? "no incident before" : sibling ? "a sibling of a named unit" : !sameStory(folded, events[latest], c) ? "told only before a turn to another story" : retellingRefusal({ tellings: events[latest], sum: summaries[latest] }, c, background, anotherBatchOf);
  if (refusal === null) {
    if (foldProbe.hear) foldProbe.hear(c, `folded: a retelling (${latest === events.length - 1 ? "the latest incident" : "past incidents with no figure"})`);
    add(events, summaries, latest, { ...c, retelling: true });
    return;
  }
  if (foldProbe.hear) foldProbe.hear(c, `not a retelling: ${refusal}`);
  // (people kept apart from a man's story, with a group of their own, refer back to no one: they open their incident)
  if (createIfNew && (opensIncident(c) || (apartFromOneMan && !c.groupFromContext))) {
    // (a man named with no rank the counts know, "المدعو …"، "الشاب …", is one man all the same)
    open(events, summaries, c.count === null && nameOf(c) ? { ...c, count: ONE_MAN } : c);
  }
}

/**
 * (round 16, issue 10 class 6) A telling whose figure was set aside as beyond any one incident (plausibility.ts
 * "magnitude": «وانشق عن جيش النظام منذ عام 2011 أكثر من 100 ألف عسكري») counts a whole, not the people of an incident
 * with a figure of its own: it is no telling of that incident (the "implausible" family, total/since-2011).
 */
function wholeBesideIncident(sum: Mergeable, c: Candidate): boolean {
  return c.countDoubt === "magnitude" && sum.count !== null && sum.count.kind !== "none" && sum.count.kind !== "unit";
}

function open(events: Candidate[][], summaries: Mergeable[], c: Candidate): void {
  events.push([c]);
  summaries.push({ groupKeys: c.groupKeys, ancestors: c.ancestors, places: c.places, chiefCity: c.chiefCity, count: c.count, date: c.date });
}

const ONE_MAN: CandidateCount = { low: 1, best: 1, high: 1, kind: "single" };

/**
 * `c` as it joins incident `sum`: marked when it tells people who left with the incident's one man, unnumbered
 * ("وانشق معه عناصر"، "وانشق برفقته عناصر من مجموعته"): the incident's head count is unknown (conventions; build-event.ts).
 */
function withCompanions({ companionsOf }: Folded, sum: Mergeable, c: Candidate): Candidate {
  const unnumbered = c.count === null || c.count.kind === "none";
  return sum.count?.kind === "single" && unnumbered && companionsOf(c) ? { ...c, unnumberedCompanions: true } : c;
}

/**
 * `c`, told in a sentence of its own, names a man (named-person.ts) whom the one-man incident `ev` names otherwise:
 * another person. (A telling in the incident's own sentence is left to the counts: "انشق النقيب X والملازم Y".)
 */
function anotherNamedMan({ nameOf }: Folded, ev: readonly Candidate[], c: Candidate): boolean {
  if (ev.some((x) => x.sentenceIndex === c.sentenceIndex) || (c.count !== null && c.count.kind !== "single")) return false;
  const his = nameOf(c);
  if (!his) return false;
  for (const x of ev) {
    const name = nameOf(x);
    if (name) return otherMan(name, his);
  }
  return false;
}

/**
 * The incident a loose retelling is weighed against: the latest of its group or lineage, reached back only past
 * incidents with no figure of their own ("كما انشق عناصر من قسد" told between the lead and its details tells no
 * people the details could be counting); the latest incident when none is related (refused then as unrelated).
 */
function retellingTarget(summaries: readonly Mergeable[], c: Candidate): number {
  for (let k = summaries.length - 1; k >= 0; k--) {
    if (sharesGroup(summaries[k], c)) return k;
    if (isFigure(summaries[k].count)) break;
  }
  return summaries.length - 1;
}

function add(events: Candidate[][], summaries: Mergeable[], k: number, c: Candidate): void {
  events[k].push(c);
  summaries[k] = refine(summaries[k], c);
}

/**
 * A flashback, or a telling of another incident ("وفي حادثة أخرى"), continues only an incident its own sentence opened
 * ("فكان قد خرج من صفوف X معلناً انشقاقه"); a flashback of a plain figure ("وكان 12 عنصراً قد فروا") also one told before
 * with that same figure (`sum`): the same people told again, if sameIncident finds nothing else that differs.
 * (round 15) A body telling continues no incident told only before a turn to another story («وفي سياق آخر، …» then
 * «وأوضح ناشطون أن فرار مجموعة من X جرى ليلاً»; the next item of a list): roles.ts `storiesOf`.
 */
function continuable(folded: Folded, ev: readonly Candidate[], c: Candidate, background: Background, sum?: Mergeable): boolean {
  if (!sameStory(folded, ev, c)) return false;
  if (background === "none" || background === "another-story") return true;
  if (background === "retold-figure" && sum?.count && c.count && sameFigure(sum.count, c.count)) return true;
  return ev.some((x) => x.sentenceIndex === c.sentenceIndex);
}

/** A headline, or a body telling of a story the incident was told in (a turn to another story starts the next). */
function sameStory({ storyOf }: Folded, ev: readonly Candidate[], c: Candidate): boolean {
  if (c.headline) return true;
  const story = storyOf(c);
  return ev.some((x) => !x.headline && storyOf(x) === story);
}

/**
 * A reference ("بعد انشقاقه", "العناصر الذين فروا") opens an incident only with its own figure, or
 * with its own group and date ("بعد انشقاقه عن جيش النظام مطلع عام 2013": a background incident).
 */
function opensIncident(c: Candidate): boolean {
  return (
    c.verdict !== "reference" ||
    (c.count !== null && c.count.kind !== "none" && c.count.kind !== "vague" && c.count.kind !== "unit") ||
    (c.dateChoice !== null && !c.dateChoice.anchored && c.groups.length > 0 && !c.groupFromContext)
  );
}

/** The same figure of several told again as it was ("12 عنصراً"، "نحو 40 عنصراً"): the same kind and range. */
function sameFigure(a: CandidateCount, b: CandidateCount): boolean {
  return a.kind === b.kind && (a.kind === "exact" || a.kind === "approx" || a.kind === "bound") && a.best > 1 && a.low === b.low && a.best === b.best && a.high === b.high;
}

/**
 * An incident told first by the parent ("عن قسد") and then by one of its units ("لواء أحرار الرقة")
 * is one incident; another unit of the same parent named later is another incident.
 */
function siblingOfNamedUnit(ev: readonly Candidate[], c: Candidate): boolean {
  const head = ev[0].groupKeys;
  // (the cheap tests first: most mentions name no unit beyond the head, or no parent in it)
  if (!c.groupKeys.some((k) => !head.includes(k)) || !(c.ancestors ?? []).some((a) => head.includes(a))) return false;
  let units = false;
  for (const x of ev) {
    for (const k of x.groupKeys) {
      if (head.includes(k)) continue;
      if (c.groupKeys.includes(k)) return false;
      units = true;
    }
  }
  return units;
}

/** Incident `sum` (of `part`'s group or lineage, on days that meet) counts at least the part's people. */
function holdsPart(sum: Mergeable, part: Candidate): boolean {
  return !!sum.count && !!part.count && sum.count.kind !== "none" && sum.count.kind !== "unit" && part.count.best <= sum.count.high && sharesGroup(sum, part) && datesCompatible(sum, part);
}

/**
 * The running total `c` is a later figure of incident `ev` (merged as `sum`): not smaller, dated by the incident's
 * own expression or none, or over a span no wider than its own ("ليرتفع عدد المنشقين منذ بداية الشهر إلى 40" is a
 * tally since an earlier day: an incident of its own).
 */
function grows(ev: readonly Candidate[], sum: Mergeable, c: Candidate): boolean {
  const sameDate = !c.dateChoice || ev.some((x) => x.dateChoice?.match === c.dateChoice?.match);
  const within = sameDate || (overlaps(sum.date, c.date) && daysBetween(c.date.start, c.date.end) <= daysBetween(sum.date.start, sum.date.end));
  return within && !!c.count && (!sum.count || c.count.best >= sum.count.best);
}

function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The merged view of an incident after one more mention: the more precise count, the narrower date. */
function refine(sum: Mergeable, c: Candidate): Mergeable {
  let { count, date } = sum;
  const retold = retellsFigure(c.count, !!c.countMention?.anaphoric, count);
  if (!c.countMention?.partOfTold && !c.retelling && !retold && (countPrecision(c.count) > countPrecision(count) || (c.runningTotal && c.count))) count = c.count;
  if (c.date.expression && (!date.expression || daysBetween(c.date.start, c.date.end) < daysBetween(date.start, date.end))) date = c.date;
  return { groupKeys: sum.groupKeys, ancestors: sum.ancestors, places: sum.places ?? c.places, chiefCity: sum.places ? sum.chiefCity : c.chiefCity, count, date };
}
