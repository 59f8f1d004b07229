/**
 * A series told with the verb once (round 8): Arabic news tells several incidents by one verb, then items — each its
 * own sentence or line with no predicate of its own, a place fronted or following, a figure, the group maybe once
 * only: "فرّ عنصران من الفرقة الرابعة في بصرى الشام يوم الأحد. وفي مدينة الصنمين، ثلاثة عناصر من الفرقة يوم
 * الاثنين."، "كذلك اثنان من عناصرها في درعا البلد أمس."، "والحال ذاته في الكسوة حيث عنصر من الفرقة أمس."، or a
 * heading (or lead) that names the verb once over lines "- الصنمين: عنصران (يوم الاثنين)". Each item is an incident
 * of its own: the telling's trigger (so its kind), the item's figure, place and date (the telling's date when it has
 * none), its own group or the telling's.
 *
 * An item is a sentence every word of which is one of: a list mark, an opener (و، كذلك، وأيضاً، والحال ذاته … حيث),
 * its place, its date, one person count phrase (a figure with a soldier noun, "اثنان من عناصرها", one soldier noun
 * alone), "من" + a group. It holds a place or a date of its own; an approximate or large figure with no date of its own
 * is the size of a force ("وفي X نحو 200 عنصر من G"), not an item. A line that names only a place (a paragraph's town)
 * is passed over; the series stops at the first other sentence: a trigger (its own telling), a verb of another class
 * (killed, arrested, sent…), any word besides those above — casualties ("ثلاثة قتلى")، prisoners, "قيد الاعتقال"،
 * a restatement ("أي ثلاثة من …"), a breakdown by rank ("منهم ضابطان"), villages of origin ("من أبناء X"، "من بلدة X"), the men
 * taken up ("العناصر الثلاثة"). Examples and negatives: series.test.ts (and the "series" template family).
 */
import * as $normalize from "../../arabic/normalize";
import type { DateMatch } from "../../time/types";
import * as $candidate from "../candidate";
import type { Candidate } from "../candidate";
import type { CountMention } from "../counts";
import * as $lexicon from "../lexicon";
import type { GroupMention } from "../groups";
import type { PlaceMention } from "../places";
import * as $sentences from "../sentences";
import type { Segment } from "../sentences";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
import type { Trigger } from "../triggers";
import * as $plausibility from "./plausibility";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters, foldedWords } = $normalize;
const { groupAncestors, groupKey, placeKeys } = $candidate;
const { KILLED_OR_HELD_WORDS, MISSING_WORDS } = $lexicon;
const { segmentOf } = $sentences;
const { doubtCount } = $plausibility;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, stems, tokenAt } = tokenModule;

/**
 * The words an item may hold besides its parts, none a predicate: what opens it or ties it to the telling ("والحال
 * ذاته في X حيث …"), "من (صفوف/مرتبات)" before its group and "التابع ل" before a parent, the arms they took
 * ("بأسلحتهم الفردية"، "بكامل عتادهم").
 */
const FILLERS = foldedWords(`و في من كذلك ايضا كما حيث الحال ذاته نفسه الامر صفوف مرتبات التابع التابعه
  بسلاحه بسلاحهم بسلاحيهما سلاحه سلاحهم سلاحيهما اسلحتهم اسلحتهما عتاده عتادهم كامل بكامل الفردي الفرديه الخفيف الخفيفه`);
/** "برتبة ملازم": a rank and the word after it. */
const RANK = foldLetters("رتبه");
/** The source of an item at its end ("، بحسب المصدر"، "، وفق ما أفاد مراسل الشبكة"): no predicate of the item's. */
export const ACCORDING_TO = $lexicon.ACCORDING_TO;
/** An attribution is a few words; past them, or with a word of killing or capture in them, it tells something else. */
const ATTRIBUTION_WORDS = 6;
/**
 * The telling's group named again by a bare descriptor or a possessive ("من الميليشيا"، "من عناصرها"، "من صفوفه"), where
 * the group finder reads no group of its own: the item keeps the telling's group.
 */
const BACK_TO_GROUP = foldedWords("الميليشيا المليشيا الفصيل التنظيم الحركه الجماعه القوات عناصرها عناصره عناصرهم مقاتليها مقاتليه صفوفها صفوفه");
/** One soldier noun alone is one man ("- بصرى الشام: عنصر (يوم الأحد)"). */
const ONE_SOLDIER = foldedWords("عنصر جندي مجند ضابط عسكري مقاتل متطوع");
/** Figures past this with no date of their own are a force's size, not a batch of leavers. */
export const FORCE_SIZE = 100;

export interface SeriesContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Segment[];
  counts: readonly CountMention[];
  dates: readonly DateMatch[];
  triggers: readonly Trigger[];
  groups: readonly GroupMention[];
  places: readonly PlaceMention[];
  defaultRange: Candidate["date"];
  statedParents: ReadonlyMap<string, readonly string[]>;
}

/** What governs a series: the telling's trigger, groups, date, and where its sentence is. */
export interface Head {
  trigger: Trigger;
  groups: GroupMention[];
  sentenceIndex: number;
  attempted: boolean;
  dateChoice: Candidate["dateChoice"];
  date: Candidate["date"];
}

/** The candidates with one more candidate per item of each series (after the candidates of the series' telling). */
export function withSeriesItems(candidates: readonly Candidate[], ctx: SeriesContext): Candidate[] {
  const out = candidates.map((c) => firstItemAfterColon(c, ctx));
  for (const head of headsOf(candidates, ctx)) {
    const items = itemsAfter(head, ctx);
    if (items.length === 0) continue;
    const at = out.findLastIndex((c) => c.sentenceIndex <= head.sentenceIndex) + 1;
    out.splice(at, 0, ...items);
  }
  return out;
}

/**
 * "وثّق المرصد فرار عناصر من X خلال الأسبوع الماضي: ثلاثة عناصر في A يوم الأحد. وعنصران في B أمس.": the figure after
 * the colon is the first item, and the date after it is that item's, not the lead's (the lead's span sums the items).
 */
function firstItemAfterColon(c: Candidate, { text, dates }: SeriesContext): Candidate {
  const m = c.countMention;
  if (c.verdict !== null || !m?.value || !c.dateChoice || m.start < c.trigger.end) return c;
  // (only between the trigger and the figure: a search to the text's end for every candidate is quadratic in a long report)
  const at = text.slice(c.trigger.end, m.start).indexOf(":");
  if (at < 0) return c;
  const colon = c.trigger.end + at;
  if (c.dateChoice.match.normOffset! > colon) return c;
  const d = dates.find((x) => x.normOffset! > m.end && x.normOffset! < c.sentence.end);
  if (!d) return c;
  return { ...c, dateChoice: { match: d, start: d.start, end: d.end, anchored: false }, date: { start: d.start, end: d.end, expression: true } };
}

/**
 * The tellings a series may follow, one a sentence: a live telling by a verb or a verbal noun (with no figure, "فرّ
 * عناصر من X في عدة بلدات", the first item folds into it: its figure is the telling's), or a
 * heading or lead that ends with a colon and names a verb of leaving and a group ("حالات فرار جديدة في صفوف X:").
 */
function headsOf(candidates: readonly Candidate[], { text, tokens, sentences, triggers, groups, defaultRange }: SeriesContext): Head[] {
  const heads = new Map<number, Head>();
  for (const c of candidates) {
    // (a bare verbal noun, "أفادت مصادر بفرار عناصر من X في عدة بلدات", is set aside as talk when nothing of an
    // incident stands beside it: its items are what stands beside it)
    const live = c.verdict === null || (c.verdict === "reference" && c.trigger.form === "masdar" && !c.countMention?.value);
    if (c.headline || !live || (c.trigger.form !== "verb" && c.trigger.form !== "masdar") || c.groups.length === 0) continue;
    heads.set(c.sentenceIndex, { trigger: c.trigger, groups: c.groups, sentenceIndex: c.sentenceIndex, attempted: c.attempted, dateChoice: c.dateChoice, date: c.date });
  }
  for (const t of triggers) {
    if (t.join) continue;
    const si = segmentOf(sentences, t.start);
    if (si < 0 || heads.has(si) || text.charCodeAt(sentences[si].end - 1) !== 0x3a) continue;
    const named = groups.filter((g) => g.role === "member" && g.first > t.last && g.last < tokenAt(tokens, sentences[si].end));
    if (named.length === 0) continue;
    heads.set(si, { trigger: t, groups: [named[0]], sentenceIndex: si, attempted: false, dateChoice: null, date: defaultRange });
  }
  return [...heads.values()].sort((a, b) => a.sentenceIndex - b.sentenceIndex);
}

/** The items told after a telling, up to the first sentence that is neither an item nor a town's name alone. */
function itemsAfter(head: Head, ctx: SeriesContext): Candidate[] {
  const { sentences, tokens, triggers } = ctx;
  const out: Candidate[] = [];
  for (let si = head.sentenceIndex + 1; si < sentences.length; si++) {
    const sf = tokenAt(tokens, sentences[si].start);
    const sl = tokenAt(tokens, sentences[si].end) - 1;
    if (sl < sf) continue;
    if (triggers.some((t) => t.first >= sf && t.first <= sl)) break;
    const item = readItem(head, si, sf, sl, ctx);
    if (item === "place") continue;
    if (!item) break;
    out.push(item);
  }
  return out;
}

/** Sentence `si` as an item of the series (a candidate), "place" for a town's name alone, or null. */
function readItem(head: Head, si: number, sf: number, sl: number, ctx: SeriesContext): Candidate | "place" | null {
  const { text, tokens, sentences, counts, dates, groups, places } = ctx;
  const sentence = sentences[si];
  let count: CountMention | null = null;
  let group: GroupMention | null = null;
  let place: PlaceMention | null = null;
  let date: DateMatch | null = null;
  for (let k = sf; k <= sl; k++) {
    const tok = tokens[k];
    const p = places.find((x) => x.first <= k && k <= x.last);
    if (p) {
      // "عنصر من بلدة X": where a man comes from, not where the item happened (a list of the same men's villages)
      if (p.first > sf && tokens[p.first - 1].text === "من") return null;
      place ??= p;
      k = p.last;
      continue;
    }
    const d = dates.find((x) => x.normOffset! <= tok.start && tok.end <= x.normEndOffset!);
    if (d) {
      date ??= d;
      continue;
    }
    const m = counts.find((x) => x.first <= k && k <= x.last) ?? oneSoldier(tok, k);
    if (m) {
      if (count) return null;
      count = m;
      k = m.last;
      continue;
    }
    // (a unit and the formation it belongs to: "من الفوج 46 التابع للفرقة الرابعة")
    const g = groups.find((x) => x.first <= k && k <= x.last && (x.role === "member" || x.role === "parent"));
    if (g) {
      if (g.role === "member") group ??= g;
      k = g.last;
      continue;
    }
    // (a numbered line's mark: "2- …")
    if (k === sf && tok.digits && /^[-.)]/.test(text.slice(tok.end, tok.end + 1))) continue;
    const readings = stems(tok);
    if (readings.includes(RANK)) {
      k++;
      continue;
    }
    if (readings.some((w) => ACCORDING_TO.has(w))) {
      if (sl - k > ATTRIBUTION_WORDS || tokens.slice(k + 1, sl + 1).some(toldKilledOrHeld)) return null;
      break;
    }
    if (!readings.some((w) => FILLERS.has(w) || BACK_TO_GROUP.has(w))) return null;
  }
  if (!count) return place && !date && !group ? "place" : null;
  if (!count.value || count.subset || count.anaphoric || count.generic || (!place && !date)) return null;
  if (!date && (count.kind !== "exact" && count.kind !== "single" || count.value.best >= FORCE_SIZE)) return null;
  return itemCandidate(head, { sentence, sentenceIndex: si, count, group, place, date }, ctx);
}

/** What an item tells of its own: its sentence, figure, and the group, place and date it names (if any). */
export interface ItemParts {
  sentence: Segment;
  sentenceIndex: number;
  count: CountMention;
  group: GroupMention | null;
  place: PlaceMention | null;
  date: DateMatch | null;
}

/**
 * An item as a candidate: the telling's trigger (so its kind), the item's figure, place and date (the telling's
 * date when it has none), its own group or the telling's. Shared with refiners/verbless-items.ts.
 */
export function itemCandidate(head: Head, { sentence, sentenceIndex, count, group, place, date }: ItemParts, { text, tokens, statedParents }: Pick<SeriesContext, "text" | "tokens" | "statedParents">): Candidate {
  const own = group ? [group] : head.groups;
  const dateChoice = date ? { match: date, start: date.start, end: date.end, anchored: false } : head.dateChoice;
  // (round 11) The item's figure passes the same doubts as a trigger's own (plausibility.ts): set aside, not counted.
  const countDoubt = doubtCount(tokens, count, tokenAt(tokens, sentence.start), tokenAt(tokens, sentence.end) - 1);
  return {
    sentence,
    sentenceIndex,
    trigger: head.trigger,
    verdict: null,
    groups: own,
    groupFromContext: !group,
    groupKeys: own.map(groupKey(text)),
    ancestors: groupAncestors(own, statedParents),
    places: placeKeys(place),
    countMention: count,
    count: countDoubt ? null : { ...count.value!, kind: count.kind },
    dateChoice,
    date: date ? { start: date.start, end: date.end, expression: true } : head.date,
    place,
    destination: null,
    attempted: head.attempted,
    unknownDestination: false,
    suspectedDestination: false,
    abroadAfter: false,
    thenHomeOrAbroad: false,
    partialDestination: false,
    headline: false,
    runningTotal: false,
    countDoubt,
  };
}

/** A word of killing, capture or loss, with its endings ("مقتلهم"، "اعتقالهما"، "فقدوا"). */
export function toldKilledOrHeld(tok: Token): boolean {
  return killedOrHeldIn(stems(tok));
}

/**
 * One of a word's readings is a word of killing, capture or loss (toldKilledOrHeld, for a word memo): as a word with
 * its endings (lexicon KILLED_OR_HELD_WORDS, MISSING_WORDS), never a longer word that starts like one ("فقدّم"، "أسرة").
 */
export function killedOrHeldIn(readings: readonly string[]): boolean {
  return anyIn(readings, KILLED_OR_HELD_WORDS) || anyIn(readings, MISSING_WORDS);
}

/** A soldier noun alone, read as one man (counts.ts reads one only right after a verb of leaving). */
export function oneSoldier(tok: Token, k: number): CountMention | null {
  if (!stems(tok).some((w) => ONE_SOLDIER.has(w))) return null;
  return { value: { low: 1, best: 1, high: 1 }, kind: "single", first: k, last: k, start: tok.start, end: tok.end, generic: false, subset: false };
}
