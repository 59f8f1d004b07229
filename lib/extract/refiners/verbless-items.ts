/**
 * Verbless items of a report's story (round 9, looser than refiners/series.ts): in a report that already tells a
 * live incident of group G by a word of leaving, a sentence with no word of leaving and no candidate that holds one
 * count phrase of soldiers ("ثلاثة عناصر من الفرقة"، "اثنان من عناصرها"، "عنصر من G") and a place or a date of
 * its own tells a further incident of G (or of the group it names): "… وفي مدينة الصنمين، عنصران من الفرقة يوم
 * الاثنين، بحسب المصدر ذاته."، "أما في درعا البلد، فالحديث عن ثلاثة عناصر أمس."، "ولحق بهم أربعة مجندين في بلدة
 * الكسوة."، "وتكرر المشهد في الميادين يوم الأحد مع عنصرين من قسد." — past sentences of detail, between two
 * tellings, in any order. No lead structure is needed (series.ts needs one); its kind is its nearest telling's, its
 * place and date its own (the telling's date when it has none).
 *
 * Not an item when something else governs the figure — a word of its own clause before it (round 10: a governor of
 * an earlier clause governs that clause's figure, "وفي X، حيث تنتشر نقاط عسكرية، ثلاثة عناصر …" is an item; an
 * attribution between, "، بحسب المصدر،", ends no clause) or any word after it in the sentence: killed, wounded,
 * captured, held, arrested (lexicon KILLED_OR_HELD_WORDS: words with their endings, never a longer word that starts
 * like one, "فقدّم"، "أسرة"), men gone missing or out of contact only where a battle is told in the sentence or the
 * one before (outlets say it of deserters: "فقدت X الاتصال بثلاثة من عناصرها"), sent, deployed, stationed, recruited, trained, paid, a
 * force's size ("يضم"، "قوامها"، "تعداد"), a total or tally ("عدد"، "مجموع"، "حصيلة"، "يرتفع")، the men's origin
 * ("ينحدرون"، "أبناء")، a rank breakdown ("بينهم"، "منهم")، a restatement ("أي"، or the very figure of a telling of
 * the same group); nor a sentence that names another happening (an attack, a battle, shelling: dates.ts
 * namesAnotherHappening); nor a figure told of people already told ("العناصر الثلاثة"), nor one man by his title. A large or approximate figure with
 * no date of its own is a force's size. The confidence feature `verbless_item` (confidence/features.ts) lets the
 * model rank these events. Examples and negatives: verbless-items.test.ts and the "loose" template family.
 *
 * Cheap: runs only when a live telling names a group and a count phrase stands outside every candidate's sentence.
 */
import * as $normalize from "../../arabic/normalize";
import type { DateMatch } from "../../time/types";
import type { Candidate } from "../candidate";
import type { CountMention } from "../counts";
import type { GroupMention } from "../groups";
import * as $dates from "../dates";
import * as $lexicon from "../lexicon";
import type { PlaceMention } from "../places";
import * as $sentences from "../sentences";
import type { Segment } from "../sentences";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
import type { Trigger } from "../triggers";
import * as $battle from "./battle";
import * as $series from "./series";
import type { Head } from "./series";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { namesAnotherHappening } = $dates;
const { ATTEMPT_VERBS, KILLED_OR_HELD_WORDS, MISSING_WORDS } = $lexicon;
const { segmentOf, splitClauses } = $sentences;
const { inFight } = $battle;
const { ACCORDING_TO, FORCE_SIZE, itemCandidate, oneSoldier } = $series;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, tokenAt, wordMemo } = tokenModule;


/**
 * Words that put the figure under another governor: sent, deployed, stationed ("ارسل"، "نشر"، "يتمركز"، "ينتشر"،
 * "تعزيزات")، recruited, trained, volunteered ("جند"، "خرج"، "دوره"، "تطوع")، paid ("رواتب"، "يتقاضى")، a force's
 * size ("يضم"، "قوامه"، "تعداده"، "يبلغ")، a total or tally ("عدد"، "مجموع"، "حصيله"، "اجمالي"، "يرتفع"، "ليرتفع")،
 * origin ("ينحدر"، "ابناء")، an attempt ("حاول": with no word of leaving in the sentence, at something else)، crossing or arriving ("عبروا"، "دخلوا"، "وصلوا": the figure told of the incident's
 * own way, which refiners/figure-nearby.ts reads)، a breakdown or restatement ("بينهم"، "منهم"، "اي")، and the wounded, dead and held
 * (as nouns: "قتلي"، "جرحي"، "اسري"، "معتقلين"، "قيد"), dismissed ("يفصل"، "طرد"). Read as whole words, with or without proclitics.
 */
/** The governors by class (scripts/error-stages.ts says which class refused a sentence). */
const GOVERNOR_CLASSES: Readonly<Record<string, ReadonlySet<string>>> = {
  "sent, deployed or stationed": foldedWords(`ارسل ارسلت ارسال ارسلوا نشر نشرت نشروا يتمركز تتمركز متمركزين المتمركزين يتمركزون ينتشر تنتشر منتشرين المنتشرين تعزيزات استقدم استقدمت`),
  "recruited or trained": foldedWords(`دفع دفعت جند جندت تجنيد جندوا خرج خرجت تخريج دوره دورات تدريب تدريبيه درب دربت تطوع تطوعوا انتساب`),
  "paid": foldedWords(`رواتب راتب يتقاضى يتقاضون منح صرف`),
  "dismissed": foldedWords(`يفصل تفصل فصلت يسرح تسرح سرحت طرد طردت يطرد تطرد`),
  "a size or a total": foldedWords(`يضم تضم ضم يضمون قوامه قوامها قوامهم تعداد تعداده تعدادها تعدادهم يبلغ تبلغ بلغ بلغت عدد عددهم مجموع مجموعهم حصيله اجمالي يرتفع ليرتفع ارتفع يصل ليصل وصل`),
  "origin": foldedWords(`ينحدر ينحدرون تنحدر ابناء`),
  "crossing or arriving": foldedWords(`عبر عبروا عبرا يعبرون دخل دخلوا دخلا وصلوا وصلا لجا لجاوا لجوء`),
  "a breakdown or restatement": foldedWords(`بينهم منهم اي`),
  "the dead, wounded or held": foldedWords(`قتلي جرحي اسري معتقلين المعتقلين محتجزين قيد تحتجز يحتجز احتجاز`),
};
const GOVERNORS = new Set(Object.values(GOVERNOR_CLASSES).flatMap((words) => [...words]));

export interface VerblessContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Segment[];
  headlineIndex: number;
  counts: readonly CountMention[];
  dates: readonly DateMatch[];
  triggers: readonly Trigger[];
  groups: readonly GroupMention[];
  places: readonly PlaceMention[];
  statedParents: ReadonlyMap<string, readonly string[]>;
}

/** The live tellings that name a group: the incidents a verbless item may continue. */
export function tellingsOf(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => c.verdict === null && c.groups.length > 0);
}

/** The candidates with one more candidate per verbless item, each after the candidates of the sentences before it. */
export function withVerblessItems(candidates: readonly Candidate[], ctx: VerblessContext): Candidate[] {
  const tellings = tellingsOf(candidates);
  if (tellings.length === 0 || ctx.counts.length === 0) return candidates as Candidate[];
  const withCandidate = new Set(candidates.map((c) => c.sentenceIndex));
  const items: Candidate[] = [];
  const seen = new Set<number>();
  // (a function of the module, not a closure named in this one: tsx and the bundles name every such closure at each call)
  for (const m of ctx.counts) visitSentence(m.start, ctx, tellings, withCandidate, seen, items);
  // (one soldier noun before "من" + a group, which counts.ts reads no figure of after a preposition: "فُقد الاتصال بعنصر من G")
  for (const g of ctx.groups) if (g.role === "member" && soldierBefore(ctx.tokens, g, 0)) visitSentence(g.start, ctx, tellings, withCandidate, seen, items);
  if (items.length === 0) return candidates as Candidate[];
  const out = [...candidates];
  for (const item of items) out.splice(out.findLastIndex((c) => c.sentenceIndex <= item.sentenceIndex) + 1, 0, item);
  return out;
}

/** The sentence at `offset`, read once as verbless items (withVerblessItems) unless it has a candidate or is the headline. */
function visitSentence(offset: number, ctx: VerblessContext, tellings: readonly Candidate[], withCandidate: ReadonlySet<number>, seen: Set<number>, items: Candidate[]): void {
  const si = segmentOf(ctx.sentences, offset);
  if (si < 0 || si === ctx.headlineIndex || withCandidate.has(si) || seen.has(si)) return;
  seen.add(si);
  const read = readVerbless(si, tellings, ctx);
  if (typeof read !== "string") items.push(...read);
}

/**
 * Why a sentence is not a verbless item, first reason that applies (scripts/error-stages.ts counts them: which of
 * this rule's conditions real text fails, without reading it).
 */
export type VerblessRefusal =
  | "a trigger word" | "a governing word" | "another happening" | "a group in another role" | "a group the gazetteer does not know"
  | "no single count phrase" | "a definite or subset figure" | "a place of origin" | "no place and no date" | "an approximate or large figure with no date"
  | "a governed figure between it and its telling" | "the figure of a telling restated" | "a verb of its own";

/**
 * Sentence `si` as verbless items of the nearest telling, or why it is not one. A sentence of several figures, each
 * plain and exact, is a list of items ("عنصران من الفرقة في الصنمين، وثلاثة من اللواء في إنخل"): each figure with
 * the words up to the next one, its own group and place there (else the sentence's), the sentence's date.
 */
export function readVerbless(si: number, tellings: readonly Candidate[], ctx: VerblessContext): Candidate[] | VerblessRefusal {
  const { tokens, sentences, triggers, counts, groups } = ctx;
  const sentence = sentences[si];
  const sf = tokenAt(tokens, sentence.start);
  const sl = tokenAt(tokens, sentence.end) - 1;
  if (sl < sf || triggers.some((t) => t.first >= sf && t.first <= sl)) return "a trigger word";
  if (namesAnotherHappening(tokens, sf, sl + 1)) return "another happening";
  const figures = counts.filter((x) => x.first >= sf && x.last <= sl);
  // (a group's roles other than its members' — the joined, a captor, a helper — tell another story)
  const named = groups.filter((x) => x.first >= sf && x.last <= sl);
  if (named.some((g) => g.role !== "member" && g.role !== "parent")) return "a group in another role";
  const group = named.find((g) => g.role === "member") ?? null;
  // (a name the gazetteer does not know, in a sentence with no word of leaving, is as often an outlet or a place: "ونقل
  // موقع تجمع X عن مصادر أن أحد عناصر الحاجز …")
  if (group && group.id === null) return "a group the gazetteer does not know";
  if (figures.length > 1) {
    if (!figures.every((f) => f.kind === "exact" && f.value && !f.subset && !f.anaphoric && !f.partOfTold && !f.generic)) return "no single count phrase";
    const items: Candidate[] = [];
    let refusal: VerblessRefusal | null = null;
    figures.forEach((f, i) => {
      const part = { first: i === 0 ? sf : f.first, last: i + 1 < figures.length ? figures[i + 1].first - 1 : sl };
      const partGroup = named.find((g) => g.role === "member" && g.first >= part.first && g.last <= part.last) ?? group;
      const item = readItem(si, f, part, partGroup, tellings, ctx);
      if (typeof item === "string") refusal ??= item;
      else items.push(item);
    });
    return items.length > 0 ? items : refusal!;
  }
  const count = figures.length === 1 ? figures[0] : group ? soldierBefore(tokens, group, sf) : null;
  // (one man is an indefinite soldier noun, "عنصر من G"; a definite one with his title is a man already told, "العقيد الطيار X")
  if (!count?.value) return "no single count phrase";
  const item = readItem(si, count, { first: sf, last: sl }, group, tellings, ctx);
  return typeof item === "string" ? item : [item];
}

/** Figure `count` of sentence `si`, with words [part.first, part.last] its own, as an item of the nearest telling, or why not. */
function readItem(si: number, count: CountMention, part: { first: number; last: number }, group: GroupMention | null, tellings: readonly Candidate[], ctx: VerblessContext): Candidate | VerblessRefusal {
  const { tokens, sentences, places, dates } = ctx;
  const sentence = sentences[si];
  if (governorOfFigure(si, count.first, ctx)) return "a governing word";
  if (ownVerbBefore(tokens, count.first, part.first, ctx)) return "a verb of its own";
  if ((count.kind === "single" && tokens[count.first].text.startsWith("ال")) || count.subset || count.anaphoric || count.partOfTold || count.generic) return "a definite or subset figure";
  const place = places.find((x) => x.first >= part.first && x.last <= part.last) ?? null;
  // "عنصر من بلدة X": where a man comes from (a list of the same men's villages), not where an incident happened
  if (place && place.first > part.first && tokens[place.first - 1].text === "من") return "a place of origin";
  const date = dates.find((d) => d.normOffset! >= sentence.start && d.normEndOffset! <= sentence.end) ?? null;
  if (!place && !date) return "no place and no date";
  if (!date && ((count.kind !== "exact" && count.kind !== "single") || count.value!.best >= FORCE_SIZE)) return "an approximate or large figure with no date";
  const telling = nearest(tellings, si);
  if (telling.sentenceIndex < si && !continuesTelling(telling.sentenceIndex, si, ctx)) return "a governed figure between it and its telling";
  const own = group ? [group] : telling.groups;
  // (the very figure of a telling of the same group is that telling restated)
  const ids = new Set(own.map((g) => g.id));
  if (tellings.some((c) => c.count?.best === count.value!.best && c.groups.some((g) => ids.has(g.id)))) return "the figure of a telling restated";
  const head: Head = { trigger: telling.trigger, groups: telling.groups, sentenceIndex: telling.sentenceIndex, attempted: telling.attempted, dateChoice: telling.dateChoice, date: telling.date };
  return itemCandidate(head, { sentence, sentenceIndex: si, count, group, place, date }, ctx);
}

/** The class of governor a word of a sentence is, or null (for scripts/error-stages.ts; the rule reads `governorOf`). */
export function governorClass(word: Token): string | null {
  const governs = governorOf(word);
  if (governs === NOT_A_GOVERNOR) return null;
  if (governs === GONE_MISSING) return "gone missing (lexicon, where a battle is told)";
  const { stems } = word.word;
  if (stems.some((w) => ATTEMPT_VERBS.has(w))) return "an attempt";
  for (const [name, words] of Object.entries(GOVERNOR_CLASSES)) if (stems.some((w) => words.has(w) || (w.startsWith("ال") && words.has(w.slice(2))))) return name;
  return "killed or held (lexicon)";
}

/** What a word does to a figure: nothing; governs it (a verb of another story, an attempt, a toll); tells men gone missing (a toll where a battle is told). */
const NOT_A_GOVERNOR = 0;
const GOVERNS = 1;
const GONE_MISSING = 2;
/** Asked of every word of a sentence, so kept per distinct word. */
const governorOf = wordMemo((word): number => {
  const { stems } = word;
  // (with or without the article: "والمجموع"، "العدد")
  if (stems.some((w) => GOVERNORS.has(w) || ATTEMPT_VERBS.has(w) || (w.startsWith("ال") && GOVERNORS.has(w.slice(2)))) || anyIn(stems, KILLED_OR_HELD_WORDS)) return GOVERNS;
  return anyIn(stems, MISSING_WORDS) ? GONE_MISSING : NOT_A_GOVERNOR;
});

/**
 * Something governs the figure at token `figure` of sentence `si`: a governor after it in the sentence, or before
 * it in its own clause — the clauses of a sentence split at its commas; a clause of a source, a day or a place only
 * ("وأرسلت القيادة، بحسب المصدر، 50 عنصراً"، "…، يوم الأحد، …") ends none —; men gone missing only where a battle
 * is told, in the sentence or the one before.
 */
function governorOfFigure(si: number, figure: number, ctx: VerblessContext): boolean {
  const { text, tokens, sentences } = ctx;
  const sentence = sentences[si];
  const clauses = splitClauses(text, sentence);
  let c = segmentOf(clauses, tokens[figure].start);
  while (c >= 2 && (startsWithAttribution(tokens, clauses[c - 1]) || onlyDayOrPlace(clauses[c - 1], ctx))) c -= 2;
  const from = tokenAt(tokens, clauses[Math.max(c, 0)].start);
  const sl = tokenAt(tokens, sentence.end) - 1;
  let missing = false;
  for (let k = from; k <= sl; k++) {
    const governs = governorOf(tokens[k]);
    if (governs === GOVERNS) return true;
    if (governs === GONE_MISSING) missing = true;
  }
  return missing && (battleIn(tokens, sentence) || (si > 0 && battleIn(tokens, sentences[si - 1])));
}

/** A preposition with a pronoun, which may stand between a verb and its subject: "يظهر فيه أحد قادة". */
const PRONOUN_PREPOSITIONS = foldedWords("فيه فيها فيهم منه منها منهم له لها لهم به بها بهم عليه عليها عليهم معه معها معهم");
/** Words that open with "ي" and are no verb: the day, months, "يومياً". */
const YA_NOUNS = foldedWords("يوم يوما يومي يوميا يناير يونيو يوليو");

/**
 * (round 11) The figure is the subject of a verb of its own that stands right before it (a preposition with a pronoun
 * between at most): an imperfect of the third person, "ي" + three letters or more, "و/ف" glued ("، يظهر فيه أحد
 * قادة الميليشيا وهو يلقي خطاباً": a man seen in a video, no incident). Not a place or a date that opens with "ي"
 * ("في يبرود عنصران من الفرقة"). The perfect, which has no prefix, is not read (a verb of leaving is a trigger, and
 * "ولحق بهم ثلاثة عناصر" an item).
 */
function ownVerbBefore(tokens: readonly Token[], figure: number, from: number, { dates, places, text, sentences }: VerblessContext): boolean {
  const clauseFrom = Math.max(from, tokenAt(tokens, clauseStartOf(text, sentences, tokens[figure].start)));
  let k = figure - 1;
  if (k >= clauseFrom && PRONOUN_PREPOSITIONS.has(tokens[k].text)) k--;
  if (k < clauseFrom) return false;
  const t = tokens[k];
  const word = t.text.replace(/^[وف](?=ي)/, "");
  if (!/^ي.{3,}$/.test(word) || YA_NOUNS.has(word)) return false;
  return !dates.some((d) => d.normOffset! <= t.start && t.end <= d.normEndOffset!) && !places.some((p) => p.start <= t.start && t.end <= p.end);
}

/** Where the clause (of its sentence, split at commas) that holds offset `at` starts. */
function clauseStartOf(text: string, sentences: readonly Segment[], at: number): number {
  const sentence = sentences[segmentOf(sentences, at)];
  const clauses = splitClauses(text, sentence);
  return clauses[Math.max(0, segmentOf(clauses, at))].start;
}

/** A clause that opens with "بحسب"، "وفق"، "نقلاً عن": a source's attribution set between commas. */
function startsWithAttribution(tokens: readonly Token[], clause: Segment): boolean {
  const first = tokens[tokenAt(tokens, clause.start)];
  return !!first && first.start < clause.end && first.word.stems.some((w) => ACCORDING_TO.has(w));
}

/** Every word of the clause is in a date or a place, or a preposition before one ("، يوم الأحد،"، "، في ريف درعا،"). */
function onlyDayOrPlace({ start, end }: Segment, { tokens, dates, places }: VerblessContext): boolean {
  for (let k = tokenAt(tokens, start); k < tokens.length && tokens[k].start < end; k++) {
    const t = tokens[k];
    if (DAY_OR_PLACE_PREPOSITIONS.has(t.text)) continue;
    if (!dates.some((d) => d.normOffset! <= t.start && t.end <= d.normEndOffset!) && !places.some((p) => p.start <= t.start && t.end <= p.end)) return false;
  }
  return true;
}
const DAY_OR_PLACE_PREPOSITIONS = foldedWords("في وفي منذ خلال و");

/** A word of a fight in the span (battle.ts `inFight`: battles, clashes, attacks, shelling). */
function battleIn(tokens: readonly Token[], { start, end }: Segment): boolean {
  for (let k = tokenAt(tokens, start); k < tokens.length && tokens[k].start < end; k++) if (inFight(tokens[k])) return true;
  return false;
}

/** "وهم:"، "منهم:": a colon after a pronoun of the men told opens a list of those men (their ranks, their villages). */
const THEM = foldedWords("هم وهم هما وهما منهم بينهم");

/**
 * An item continues the latest happening told before it: between its telling (from `from`) and sentence `si`, no
 * sentence counts people under another governor ("وفي X، قُتل ثلاثة عناصر …" — the figures after it are that toll's)
 * and none opens a list of the men told ("وهم:").
 */
function continuesTelling(from: number, si: number, { text, tokens, sentences, counts, triggers }: VerblessContext): boolean {
  for (let k = from; k < si; k++) {
    const { start, end } = sentences[k];
    const sf = tokenAt(tokens, start);
    const sl = tokenAt(tokens, end) - 1;
    if (sl < sf) continue;
    if (text.charCodeAt(end - 1) === 0x3a && THEM.has(tokens[sl].text)) return false;
    if (k === from || triggers.some((t) => t.first >= sf && t.first <= sl) || !counts.some((m) => m.first >= sf && m.last <= sl)) continue;
    for (let w = sf; w <= sl; w++) if (governorOf(tokens[w]) === GOVERNS) return false;
    if (namesAnotherHappening(tokens, sf, sl + 1)) return false;
  }
  return true;
}

/** "عنصر من G": a soldier noun alone right before "من" + the group it names (one man). */
function soldierBefore(tokens: readonly Token[], group: GroupMention, sf: number): CountMention | null {
  const k = group.first - 2;
  if (k < sf || tokens[group.first - 1].text !== "من") return null;
  return oneSoldier(tokens[k], k);
}

/** The telling nearest to sentence `si`, the one before it on a tie. */
function nearest(tellings: readonly Candidate[], si: number): Candidate {
  let best = tellings[0];
  for (const c of tellings) if (Math.abs(c.sentenceIndex - si) < Math.abs(best.sentenceIndex - si) || (Math.abs(c.sentenceIndex - si) === Math.abs(best.sentenceIndex - si) && c.sentenceIndex < best.sentenceIndex)) best = c;
  return best;
}
