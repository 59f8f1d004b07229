/**
 * Which group the people left, beyond what `attachGroups` (groups.ts) reads in the trigger's own
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
const { ARMY_NOUNS, KANA, LEFT_BY_PRONOUN, QAD, RANKS_PRONOUN } = $lexicon;
const { belongsByVerb } = $roles;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { stemIn, withoutArticle } = tokenModule;

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

/**
 * Groups of the nearest earlier sentence that names one ("… من الدفاع الوطني. وقالت مصادر إن العناصر
 * فروا"; "… مرتزقة التنظيم … . وأوضح المصدر … . وكان أحد أمرائه قد سلّم نفسه"): the text continues it.
 */
export function contextGroups(tokens: readonly Token[], groups: readonly GroupMention[], sentences: readonly Segment[], si: number, reach: number): GroupMention[] {
  for (let back = 1; back <= reach && si - back >= 0; back++) {
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
 * leaves the army to them).
 */
export function storyGroupOfSoldiers(tokens: readonly Token[], groups: readonly GroupMention[], sentences: readonly Segment[], triggers: readonly Trigger[], si: number): GroupMention[] {
  const prev = sentences[si - 1];
  if (!prev || !triggers.some((t) => tokens[t.first].start >= prev.start && tokens[t.last].end <= prev.end && !t.join)) return [];
  return contextGroups(tokens, groups, sentences, si, 1);
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
