/**
 * Which group the people left, beyond what `attachGroups` (groups-attach.ts) reads in the trigger's own
 * sentence: the army implied by soldier nouns, the group they had joined before going back, and the
 * group of an earlier sentence that the text continues. Examples and negatives: roles.test.ts.
 */
import type { CountMention } from "../counts";
import type { GroupMention } from "../groups";
import * as $lexicon from "../lexicon";
import * as $roles from "../roles";
import type { Segment } from "../sentences";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
import type { Trigger } from "../triggers";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { AFTER_VERB_NO_SUBJECT, AN, ANOTHER_WORDS, ARMY_NOUNS, BESIDES_DEMONSTRATIVES, BESIDES_PREPOSITIONS, BODY_NOUNS, KAMA, KANA, LEFT_BY_PRONOUN, NEW_TELLERS, OWN_DAY_WORDS, QAD, RANKS_PRONOUN, ROOT_WAW, TELLING_VERBS, TURN_ADJECTIVES, TURN_NOUNS, TURN_PREPOSITIONS, LINKING_PARTICLES, PARTICLES_AFTER_WAW } = $lexicon;
const { belongsByVerb } = $roles;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { stemIn, tokenAt, withoutArticle } = tokenModule;

/** How many sentences back a mention with no group of its own may find the group the text continues. */
export const CONTEXT_SENTENCES = 3;

/** "انشقاق مئة وسبعين عسكرياً" with no group named: soldiers and officers are the army's. */
export function impliedArmy(tokens: readonly Token[], count: CountMention | null): GroupMention[] {
  if (!count || !count.value) return [];
  const noun = tokens[count.last];
  // "عشرات الجنود", "مئات العسكريين": the noun with the article after a quantity word.
  if (!stemIn(noun, ARMY_NOUNS) && !ARMY_NOUNS.has(withoutArticle(noun.text))) return [];
  return [{ id: "syrian-army", first: count.last, last: count.last, start: noun.start, end: noun.end, role: "member", known: true, implied: true, joinedToPrevious: false }];
}

/**
 * "انشق عن الجيش … والتحق بجيش الإسلام، ثم عاد إلى الجيش وسلّمه نفسه": when the people went back TO
 * the group the trigger would credit (a destination named between that group and the trigger), they
 * left the group they had joined in between.
 */
export function leftTheGroupJoined(groups: readonly GroupMention[], attached: GroupMention[], trig: Trigger, sf: number): GroupMention[] {
  if (attached.length !== 1 || attached[0].id === null || attached[0].last >= trig.first) return attached;
  const member = attached[0];
  const back = groups.find((g) => g.role === "destination" && g.id === member.id && g.first > member.last && g.last < trig.first);
  if (!back) return attached;
  const joined = groups.filter((g) => g.role === "destination" && g.id !== null && g.id !== member.id && g.first > member.last && g.last < back.first && g.first >= sf);
  return joined.length > 0 ? [{ ...joined[joined.length - 1], role: "member" }] : attached;
}

/** A list item's mark before a line's first word («- »، «• »، «* »، «● »). */
const LIST_MARK = /^[-–—•*●▪◦]$/;
/** A line opening with such a mark: a list is two of them or more (one is a dateline's or a tag's: «● أخبار سورية …»). */
const LIST_LINE = /(?:^|\n)[ \t]*[-–—•*●▪◦][ \t]/g;
function isList(text: string): boolean {
  let lines = 0;
  for (const _ of text.matchAll(LIST_LINE)) if (++lines >= 2) return true;
  return false;
}

/**
 * The conjunction «و» before a word (not the «و» of a root, «وصل»): before a particle too («وقد أعلن»، «ولم يُعرف»،
 * «وفي بيان»; r17-shapes), not only before a longer word.
 */
function coordinated(word: string): boolean {
  return word.startsWith("و") && (word.length > 3 ? !ROOT_WAW.test(word) : PARTICLES_AFTER_WAW.has(word.slice(1)));
}

/** (r17-shapes) No list line before `at`: the list's first item, which has no item before it to turn from. */
function firstItem(text: string, at: number): boolean {
  for (const m of text.matchAll(LIST_LINE)) return m.index! + m[0].length > at;
  return true;
}

/**
 * (round 15, r15-digest) The sentence turns to another story: it opens with «في سياق آخر/منفصل»، «من جهة أخرى/ثانية»،
 * «على صعيد آخر»، «في حادثة/واقعة أخرى» (a preposition, a noun of context, an adjective of otherness; not «في سياق
 * متصل», a related topic), or it is the next item of a list (a mark before the line's first word, in a text of two such
 * lines or more: a lone «● أخبار سورية …» line is a dateline's), unless the item opens with the conjunction «و» (round
 * 16: «- وأفاد المصدر بأن …» is coordinated with the item before; not the «و» of a root, «- وصل 5 عناصر …»). What comes
 * after continues nothing told before it. (r17-shapes) The list's first item turns from nothing (the headline and
 * lead are what the list tells), and an item opening with «أما»، «ثم» or «كما» is read as in prose.
 */
export function turnsToAnotherStory(text: string, tokens: readonly Token[], sentence: Segment): boolean {
  const k = tokenAt(tokens, sentence.start);
  const first = tokens[k];
  if (!first || first.start >= sentence.end) return false;
  // (round 16, r16-shapes) an item opening with the conjunction «و» is coordinated with the one before: one story's list
  if (LIST_MARK.test(text.slice(sentence.start, first.start).trim())) {
    if (!isList(text) || firstItem(text, sentence.start) || coordinated(first.text)) return false;
    // (r17-shapes) an item opening with a particle that links it to what was told («أما … فـ» details it, «ثم» goes
    // on) is read as the sentence would be in prose; «كما» as in prose: a turn only with a teller or a day of its own
    if (!LINKING_PARTICLES.has(first.text) && !KAMA.has(first.text)) return true;
  }
  if (KAMA.has(first.text)) return kamaWithTellerOfItsOwn(tokens, k, sentence) || kamaWithDayOfItsOwn(tokens, k, sentence);
  if (BESIDES_PREPOSITIONS.has(first.text)) return besidesThat(text, tokens, k, sentence);
  return k + 2 < tokens.length && tokens[k + 2].end <= sentence.end && TURN_PREPOSITIONS.has(first.text) && TURN_NOUNS.has(tokens[k + 1].text) && TURN_ADJECTIVES.has(tokens[k + 2].text);
}

/**
 * (r15-digest2) «كما» adds to the story («كما انشق 30 عسكرياً آخرون»، «كما أفادت المصادر بـ…»، «كما أكدت انشقاق …»), but
 * «كما» with a verb of telling whose subject is a teller of its own — an indefinite one («كما أعلن ناشطون»، «كما تحدث
 * نشطاء») or a body named by its name («كما أعلن اتحاد تنسيقيات الثورة»، «كما ذكرت وكالة الأناضول»; not «الوكالة» alone,
 * the story's) — brings a new item of news: another story.
 */
function kamaWithTellerOfItsOwn(tokens: readonly Token[], k: number, sentence: Segment): boolean {
  const [verb, teller, next] = [tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  if (!verb || !teller || teller.end > sentence.end || !TELLING_VERBS.has(verb.text)) return false;
  if (NEW_TELLERS.has(teller.text)) return true;
  return BODY_NOUNS.has(teller.text) && !!next && next.end <= sentence.end && !AFTER_VERB_NO_SUBJECT.has(next.text) && !AN.test(next.text) && next.text !== "ان";
}

/**
 * (r15-digest3) «إلى ذلك،» (or «وإلى ذلك،») at the sentence's head — a preposition and a demonstrative standing alone
 * as an adverbial, set off by a comma: "besides that" — adds another item of news, as a round-up joins its stories.
 * Not «وبالإضافة إلى ذلك،» (a noun of adding heads the sentence: more of the story), nor «إلى ذلك الحين» (no comma:
 * the demonstrative qualifies a noun).
 */
function besidesThat(text: string, tokens: readonly Token[], k: number, sentence: Segment): boolean {
  const that = tokens[k + 1];
  const next = tokens[k + 2];
  if (!that || !next || next.end > sentence.end || !BESIDES_DEMONSTRATIVES.has(that.text)) return false;
  return /^\s*[،,]/.test(text.slice(that.end, next.start));
}

/** The story of each sentence: how many sentences up to it turn to another story (`turnsToAnotherStory`). */
export function storiesOf(text: string, tokens: readonly Token[], sentences: readonly Segment[]): number[] {
  const out: number[] = [];
  let story = 0;
  for (const s of sentences) {
    if (turnsToAnotherStory(text, tokens, s)) story++;
    out.push(story);
  }
  return out;
}

/**
 * (r15-digest2) «كما» with a day of its own put between its verb and its subject («كما انشق اليوم 14 عنصراً من …»،
 * «كما أعلن أمس ناشطون …») anchors a new happening in time: another story — unless the sentence tells more of the
 * story's men («كما انشق اليوم 30 عسكرياً آخرون»). With no day of its own («كما انشق 30 عسكرياً») the story goes on.
 */
function kamaWithDayOfItsOwn(tokens: readonly Token[], k: number, sentence: Segment): boolean {
  const day = tokens[k + 2];
  if (!tokens[k + 1] || !day || day.end > sentence.end || !OWN_DAY_WORDS.has(day.text)) return false;
  for (let j = k + 3; j < tokens.length && tokens[j].end <= sentence.end; j++) if (ANOTHER_WORDS.has(tokens[j].text)) return false;
  return true;
}

/**
 * Groups of the nearest earlier sentence that names one ("… من الدفاع الوطني. وقالت مصادر إن العناصر
 * فروا"; "… مرتزقة التنظيم … . وأوضح المصدر … . وكان أحد أمرائه قد سلّم نفسه"): the text continues it — not
 * past a sentence that turns to another story (`turnsToAnotherStory`: «وفي سياق آخر، انشق 30 عسكرياً»).
 */
export function contextGroups(text: string, tokens: readonly Token[], groups: readonly GroupMention[], sentences: readonly Segment[], si: number, reach: number): GroupMention[] {
  for (let back = 1; back <= reach && si - back >= 0; back++) {
    if (turnsToAnotherStory(text, tokens, sentences[si - back + 1])) return [];
    const prev = sentences[si - back];
    const inPrev = groups.filter((g) => g.role === "member" && tokens[g.first].start >= prev.start && tokens[g.last].end <= prev.end && !g.implied);
    if (inPrev.length > 0) return [inPrev[0]];
  }
  return [];
}

/**
 * Soldiers with no group of their own in a story that told a defection from a group in the sentence before
 * ("… نجح عدد من العناصر في قسد في الانشقاق عنها. وقالت مصادر إن أكثر من 5 جنود وصلوا بعد انشقاقهم"): a force's
 * men are its soldiers too, so they are that group's, not the army `impliedArmy` would give them. Only a sentence
 * that tells a leaving (a trigger in it) makes its group the story's ("قصفت قوات قسد القرية. وانشق 30 عسكرياً"
 * leaves the army to them), and not past a turn to another story (the army's soldiers again: «… انشق 4 عناصر من قسد.
 * وفي سياق آخر، انشق 30 عسكرياً»، or the next item of a list).
 */
export function storyGroupOfSoldiers(text: string, tokens: readonly Token[], groups: readonly GroupMention[], sentences: readonly Segment[], triggers: readonly Trigger[], si: number): GroupMention[] {
  const prev = sentences[si - 1];
  if (!prev || !triggers.some((t) => tokens[t.first].start >= prev.start && tokens[t.last].end <= prev.end && !t.join)) return [];
  return contextGroups(text, tokens, groups, sentences, si, 1);
}

/**
 * The people's group told in the next sentence ("سلّم 43 مسلحاً أنفسهم … . وذكر المراسل أن المسلحين ينتمون إلى ما
 * يسمى جيش التوحيد"): a group the people belong to by a verb of belonging, and only that frame.
 */
export function followingAffiliation(tokens: readonly Token[], groups: readonly GroupMention[], sentences: readonly Segment[], si: number): GroupMention[] {
  const next = sentences[si + 1];
  if (!next) return [];
  const found = groups.filter((g) => tokens[g.first].start >= next.start && tokens[g.last].end <= next.end && g.role === "member" && !g.implied && belongsByVerb(tokens, g));
  // groups joined by و ("إلى جيش التوحيد وحركة تحرير حمص") go together
  return found.length > 0 ? found.filter((g) => g === found[0] || g.joinedToPrevious) : [];
}

/** In "كان SUBJECT قد VERB", the first token of the subject; -1 when the trigger is not in that frame. */
export function subjectStart(tokens: readonly Token[], trig: Trigger, sf: number): number {
  if (!QAD.test(tokens[trig.first - 1]?.text ?? "")) return -1;
  for (let k = trig.first - 2; k >= Math.max(sf, trig.first - 10); k--) {
    // ("عقيداً، كان قد انشق": nothing between كان and قد, so the subject is elsewhere.)
    if (KANA.test(tokens[k].text)) return k + 1 < trig.first - 1 ? k + 1 : -1;
  }
  return -1;
}

/**
 * (round 14, r14-structure) The group left told by its pronoun, between the people's figure (when it comes first)
 * and a few words after the verb: «وانشق 12 عنصراً من صفوفها / عنها أمس»، «إن خمسة عناصر من صفوفه انشقوا». The
 * group the sentence before named is then told, not guessed from context, and no group named after the pronoun
 * («… وسلّموا أنفسهم للأسايش») is the one left. Not «عنهم» (the people), nor a pronoun past the clause («… ووصلوا إلى
 * مناطق سيطرتها»). The pronoun's token, or -1.
 */
export function groupByPronoun(tokens: readonly Token[], trig: Trigger, count: CountMention | null, sf: number, sl: number): number {
  const from = Math.max(sf, count && count.first < trig.first ? count.last + 1 : trig.last + 1);
  const to = Math.min(sl, trig.last + PRONOUN_REACH);
  for (let k = from; k <= to; k++) {
    const t = tokens[k].text;
    if (LEFT_BY_PRONOUN.has(t)) return k;
    if (RANKS_PRONOUN.has(t) && FROM_OR_OFF.has(tokens[k - 1]?.text ?? "")) return k;
  }
  return -1;
}
/** «من/عن» before «صفوفه/ها» (a Set made once, not a regex literal per call). */
const FROM_OR_OFF = new Set(["من", "عن"]);
/** How far past its verb the pronoun of the group left may stand (the people's figure and noun between). */
const PRONOUN_REACH = 5;
