/**
 * Implausible counts: a figure that counts something other than the people of one incident — a
 * population, the residents of a camp, the strength of a whole force, a toll of losses — read next
 * to a trigger. Such a figure must not reach the chart: the event keeps no count, carries the flag
 * "implausible-count" with the figure set aside, and its confidence drops (build-event.ts).
 *
 * The rules read the words around the figure (its own phrase and a few words either side, within
 * the sentence), never the magnitude alone: real incidents of thousands exist ("ألفي ضابط وجندي
 * … عبروا إلى العراق"). Round 11: a figure of 100 or more with no day of its own in a sentence that counts
 * (a statistic, a toll) is a statistic's ("statistic", or no event beside killing: statisticTie). Examples and
 * negatives: plausibility.test.ts.
 */
import * as $normalize from "../../arabic/normalize";
import type { CountMention } from "../counts";
import * as $lexicon from "../lexicon";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
import * as $battle from "./battle";
import * as $war_total from "./war-total";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { anyBetween, hasCountedToll, tollEnd } = $battle;
const { inWholeWarTally } = $war_total;
const { ACCORDING_TO, THEIR_NUMBER, TOLD_PEOPLE_WORDS } = $lexicon;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { wordListTests } = tokenModule;

/** Why a figure is not counted; the event page says each in words (messages "event.countSetAside.<reason>"). */
export const COUNT_DOUBTS = ["population", "camp", "force-strength", "losses", "crowd", "magnitude", "deployment", "statistic"] as const;
export type CountDoubt = (typeof COUNT_DOUBTS)[number];


/** People who live somewhere: inhabitants, residents, citizens, families, the displaced. */
const POPULATION = foldedWords(`نسمه سكان سكانها سكانه قاطني قاطنيه قاطنيها يقطن يقطنها يقطنه تقطن يسكن يسكنها يسكنه تسكن اهالي اهاليها
  مواطن مواطنا مواطنين مواطنون عائله عائلات عوائل اسره اسر نازح نازحا نازحين نازحون لاجئ لاجئا لاجئين لاجئون مهجر مهجرين`);
/** A camp and what it holds. */
const CAMP = foldedWords("مخيم مخيمات المخيم المخيمات يؤوي تؤوي يأوي يضم_مخيم");
/** The size of a whole force: its strength, what it comprises, how many it numbers. */
const STRENGTH = foldedWords(`انخفض انخفاض تراجع تقلص تناقص قوام قوامه قوامها تعداد تعداده تعدادها عديد عديده عديدها حجم يضم تضم يتالف تتالف يتكون تتكون يبلغ تبلغ يقدر تقدر
  يمتلك تمتلك يملك تملك يحشد تحشد حشد حشدت يناهز`);
/** A toll: losses, casualties, the dead. */
const LOSSES = foldedWords("خسائر خسائره خسائرها خسر خسرت يخسر فقد فقدت خساره حصيله ضحايا");
/** What "فُقد" lost when it is not a loss: contact with, or the trace of, people. */
const LOST_TRACK_OF = /^(الاتصال|الاتصالات|اثر|اثرهم|اثره)$/;
/** Verbs that send, deploy, recruit or train a force: the figure after them is that force ("نشرت قسد 2000 عنصر"). */
// (not "دفع", which also drives men to something: "دفع التضييق عشرات العناصر إلى الانشقاق"; not "نقل", which also quotes)
const DEPLOYING = foldedWords("نشر نشرت ينشر تنشر ارسل ارسلت يرسل ترسل استقدم استقدمت يستقدم زج زجت يزج جند جندت يجند تجند درب دربت يدرب");
/** Verbs and participles of being stationed: the figure before them is a force in place ("3000 عنصر … يتمركزون في المنطقة"). */
const STATIONED = foldedWords(`يتمركز يتمركزون تتمركز متمركزين متمركزون ينتشر ينتشرون تنتشر منتشرين منتشرون يتواجد يتواجدون تتواجد متواجدين
  يرابط يرابطون مرابطين يتحصن يتحصنون`);

/**
 * (round 11, issue 10 class 6) Words of a statistic: a count over some span or over a whole ("إحصائية", "حصيلة",
 * "إجمالي", "تقديرات") and the verbs of documenting and counting ("وثّق", "أحصى") — not a monitor's name
 * ("المرصد" reads "مرصد"). («رصد» is one only over a plural of incidents: OBSERVED_TALLY, round 13.)
 */
const STATISTICS = foldedWords(`احصائيه احصائيات احصاءات احصاء حصيله اجمالي مجموع تقديرات وثق وثقت يوثق توثق توثيق احصي احصت يحصي`);
/**
 * (round 13) «رصد» is "observed, reported" as often as "counted": it heads a tally only over a plural of incidents in
 * its sentence — «رصد … فرار 300 عنصر … في عمليات متفرقة / على دفعات», «حالات/انشقاقات» (those with a figure read no
 * trigger today). Over the verbal noun of one flight («رصدت شبكة انشقاق 150 عنصراً») it reports one incident. (With a period of its own the count is
 * not asked at all.) Examples: STATISTIC_EXAMPLES.
 */
// (round 15) «سجّل/سُجّلت» ("recorded") as «رصد»: «سُجّلت حالات انشقاق في صفوف X … بلغت 22» is the same tally (gold r27
// counts «سجلت، اليوم الأحد، 7 حالات انشقاق»)
const OBSERVED = foldedWords("رصد رصدت يرصد ترصد رصدوا سجل سجلت يسجل تسجل سجلوا");
const OBSERVED_TALLY = foldedWords("حالات عمليات انشقاقات دفعات");
/** "عدد المنشقين", "أعداد الفارين": a count heading the trigger's people. */
const COUNT_OF = foldedWords("عدد اعداد");
/**
 * (round 12) The leavers themselves ("المنشقين"، "الفارين"، "هؤلاء"): «عدد» heading them counts the trigger's own
 * people, which is the heading rule's (countedByStatistic), not a tally of another set.
 */
const TOLD_PEOPLE = foldedWords(TOLD_PEOPLE_WORDS);
/** (round 12) Words after «عدد» that begin like the article and are no noun: إلى، إلا، الآن. */
const NOT_A_DEFINITE = foldedWords("الي الا الان");
/**
 * (round 12) A post named as where the men left it ("من حاجز السبع بحرات"، "من ثكنة …"، "في مطار …"): a place of the
 * incident the gazetteer may not know. Not their own posts ("مواقعهم"، lexicon OWN_POSTS), which name no place.
 */
const NAMED_POSTS = foldedWords("حاجز ثكنه مطار معسكر");
/** Words of killing: the dead, a killing, an assassination, an execution (a toll counted or not). */
// (the article is part of the word's reading: "عمليات القتل والاغتيال")
const KILLING = foldedWords(`قتل قتلوا قتلت مقتل قتلي القتلي قتيل قتيلا القتل مصرع اغتيال الاغتيال اغتيالات الاغتيالات اعدام الاعدام اعدامات
  الاعدامات تصفيه التصفيه`);

/**
 * (round 11, r11-figure) The source of a telling: "بحسب"، "وفقاً لـ" and the verbs of saying. A population word right
 * after it ("وبحسب أسرة أحدهم، …"، "وقالت عائلة أحدهم إن …"، "بحسب أحد سكان البلدة") names who tells, not who is counted.
 */
const SOURCE = new Set([...ACCORDING_TO, ...foldedWords("قال قالت افاد افادت ذكر ذكرت اكد اكدت روي روت نقل نقلت")]);

/** The lists above, asked of the words around every trigger's figure: one memo of bits. */
const [inPopulation, inCamp, inStrength, inLosses, inDeploying, inStationed, inStatistics, inCountOf, inKilling, inSource, inToldPeople, inNamedPosts, inObserved, inObservedTally] = wordListTests(
  POPULATION, CAMP, STRENGTH, LOSSES, DEPLOYING, STATIONED, STATISTICS, COUNT_OF, KILLING, SOURCE, TOLD_PEOPLE, NAMED_POSTS, OBSERVED, OBSERVED_TALLY,
);

function statisticWordBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (inStatisticsWord(tokens, k)) return true;
  return false;
}

/** «رصد» before the trigger, with a plural of incidents after it in the sentence: a tally (OBSERVED_TALLY). */
export function observedTally(tokens: readonly Token[], sf: number, sl: number, trigger: TriggerSpan): boolean {
  for (let k = sf; k < trigger.first; k++) if (inObserved(tokens[k]) && anyBetween(tokens, k + 1, sl, inObservedTally)) return true;
  return false;
}

/**
 * (round 15) A vague quantity of incidents, not of men («عشرات حالات الانشقاق»، «مئات حالات الفرار»): the count phrase
 * ends on the plural of incidents. With no period of its own such a tally names no incident and no span: a trend, as
 * «لوحظ حالات انشقاق …» (dev-reports README "Events"); with a period it is that period's total (candidates.ts).
 */
export function vagueCases(tokens: readonly Token[], m: { kind: string; last: number } | null): boolean {
  return !!m && m.kind === "vague" && inObservedTally(tokens[m.last]);
}

/** A word of STATISTICS at k, but «توثيق» in a monitor's name («مركز توثيق …»), as «المرصد» is none (round 13). */
const inStatisticsWord = (tokens: readonly Token[], k: number): boolean => inStatistics(tokens[k]) && !(k > 0 && MONITOR_HEADS.has(tokens[k - 1].text));
const MONITOR_HEADS = foldedWords("مركز شبكة شبكه لجنة لجنه");

/** The word at k names the telling's source: an attribution or a verb of saying one or two words before it ("بحسب أحد سكان"). */
const toldBy = (tokens: readonly Token[], k: number, sf: number): boolean => (k - 1 >= sf && inSource(tokens[k - 1])) || (k - 2 >= sf && inSource(tokens[k - 2]));

/**
 * A camp named as where something happened or where the men went ("وفي مخيم الركبان، انشق 4 عناصر"، "فرّوا إلى مخيم
 * الركبان") is a place, not the people the figure counts ("يؤوي المخيم 5000"، "400 من سكان المخيم"). «من» is left out:
 * "400 من المخيم" are the camp's people.
 */
const WHERE_BEFORE = foldedWords("في وفي الي والي نحو باتجاه داخل قرب");
const namedAsWhere = (tokens: readonly Token[], k: number, sf: number): boolean => k - 1 >= sf && WHERE_BEFORE.has(tokens[k - 1].text);

/** Civilians, people at large: a crowd that fled is not a unit's defectors. */
const CROWD_MIN = 100;
/**
 * Beyond this, a figure is the size of an army or a country's toll, not one incident: the largest
 * incidents in the real corpus are in the low thousands (2,000 soldiers crossing to Iraq in one
 * night; "more than 5,000" SDF fighters over four months). Such a figure goes to review, uncounted.
 */
const MAGNITUDE_MAX = 10_000;

/** How far before and after the figure the words are read. */
const BEFORE = 5;
const AFTER = 4;

/** Where the trigger stands, for the rules that read the figure's own verb rather than the trigger's. */
export interface TriggerSpan {
  first: number;
  last: number;
}

/**
 * Why the figure is not the count of the incident's people, or null when nothing says so. `undated`: the trigger has
 * no day or period of its own (its figure may then be a statistic's, see statisticTie).
 */
export function doubtCount(tokens: readonly Token[], m: CountMention | null, sf: number, sl: number, trigger?: TriggerSpan, undated = false, placed = false): CountDoubt | null {
  if (!m || !m.value) return null;
  if (m.generic && m.value.best >= CROWD_MIN) return "crowd";
  const from = Math.max(sf, m.first - BEFORE);
  const to = Math.min(sl, m.last + AFTER);
  // What the people are (residents of a camp, a population) before what is said of them (a strength, a toll).
  // (round 16) Not a word before the trigger when the trigger stands between it and the figure: the trigger governs the
  // figure ("ويقطن مخيم الركبان نحو 8 آلاف نازح، وقد انشق 5 عناصر"), as a strength's or a toll's word before it.
  for (let k = from; k <= to; k++) if (inCamp(tokens[k]) && !toldBy(tokens, k, sf) && !namedAsWhere(tokens, k, sf) && !triggerBetween(k, m, trigger)) return "camp";
  for (let k = from; k <= to; k++) if (inPopulation(tokens[k]) && !toldBy(tokens, k, sf) && !triggerBetween(k, m, trigger)) return "population";
  // Strength and losses govern the figure from before it ("قوامه 30 ألف مقاتل", "خسر التنظيم 500 مقاتل"), unless
  // the trigger stands between them and governs it: "حصيلة الأسبوع: فرار 3 عناصر" is a roundup, not a toll.
  for (let k = from; k < m.first; k++) {
    if (triggerBetween(k, m, trigger)) continue;
    // ("ويُقدّر عددهم بنحو 15 عنصراً": a verb of amounting over "their number" counts the people told, not a force;
    // round 14, r14-structure)
    if (inStrength(tokens[k]) && !THEIR_NUMBER.has(tokens[k + 1]?.text ?? "")) return "force-strength";
    // ("فُقد الاتصال بـ / فُقد أثر 14 عنصراً": people lost track of, not a force's losses)
    if (inLosses(tokens[k]) && !LOST_TRACK_OF.test(tokens[k + 1]?.text ?? "")) return "losses";
  }
  if (trigger && governedByAnotherVerb(tokens, m, sf, sl, trigger)) return "deployment";
  if (m.value.best >= MAGNITUDE_MAX) return "magnitude";
  // (round 17) a counted total of the whole war («وتشير تقديرات إلى انشقاق نحو 3000 عنصر عن X منذ 2011»): a statistic
  // of years, never one incident's people, whatever its size (war-total.ts)
  if (trigger && inWholeWarTally(tokens, trigger, sf, sl)) return "statistic";
  return undated && trigger && statisticTie(tokens, m, sf, sl, trigger, placed) ? "statistic" : null;
}

/** The trigger stands between the word at k and the figure after it: the trigger, not the word, governs the figure. */
const triggerBetween = (k: number, m: CountMention, trigger: TriggerSpan | undefined): boolean => !!trigger && k < trigger.first && trigger.last < m.first;

/** From this figure on, a count with no day of its own in a statistic may be a total of an untold span. */
const STATISTIC_MIN = 100;

/**
 * How a large figure (≥ 100) of a trigger with no day or period of its own (the caller knows its date) is tied to
 * a statistic (round 11, issue 10 class 6):
 * - "with-deaths": a statistic that also counts or names killing ("تشير إحصائية … إلى فرار 300 عنصر من X ومقتل 40
 *   آخرين"، "وثّق المرصد … فضلاً عن عمليات قتل"): a whole's losses, no specific incident — the candidate is dropped;
 * - "alone": a statistic of the flights alone ("تشير إحصائية للمرصد إلى فرار أكثر من 300 عنصر من X"، "بلغ عدد
 *   الفارين من X 300 عنصر") or a figure beside a counted toll with no word of statistics ("قُتل 40 … وفرّ 200
 *   آخرون"): one incident or a total of an untold span, honestly either — the event stays, its figure set aside
 *   ("statistic") and flagged for review (confidence ≤ 0.2, feature flagged_for_review);
 * - null: no statistic around it.
 * A statistic is a word of STATISTICS anywhere in the trigger's sentence, or "عدد" heading its people ("عدد
 * الفارين"), or (round 12) — when the incident is bound to no place of its own (`placed`: a town the caller chose; a
 * named post after the trigger) — a tally of another set anywhere in the sentence: «عدد/أعداد» heading a definite
 * noun ("وسط ارتفاع عدد القتلى في صفوفها"، "في حين وصل عدد الحواجز التي أخلتها إلى 40"), never «عدد من»/«أعداد
 * كبيرة من» ("several", "many"), nor the leavers themselves ("عدد المنشقين"، "عددهم": real-tune r28's «وزاد عدد
 * المنشقين عن 700 مقاتل خرجوا من الفصيل» is a total dated by the sentence before, counted by the conventions).
 * A count with a day or a period of its own ("وثّق المرصد فرار 300 عنصر أمس"، "منذ بداية العام") is not asked: the
 * conventions date a total with its own period by that period and count it. Examples: STATISTIC_EXAMPLES (plausibility.test.ts) and the "tallies" template family.
 */
export function statisticTie(tokens: readonly Token[], m: CountMention | null, sf: number, sl: number, trigger: TriggerSpan, placed = false): "with-deaths" | "alone" | null {
  if (!m || !m.value || m.value.best < STATISTIC_MIN) return null;
  if (countedByStatistic(tokens, sf, sl, trigger, placed)) return anyBetween(tokens, sf, sl, inKilling) ? "with-deaths" : "alone";
  // (round 17: not the losses of a fight described after the trigger, «خلال معركة خسر فيها النظام نحو 2000 قتيل»)
  return hasCountedToll(tokens, sf, tollEnd(tokens, trigger, sl)) ? "alone" : null;
}

/**
 * A word of statistics in the sentence [sf, sl], or a count heading the trigger's people ("عدد الفارين"), or — for
 * an incident bound to no place — a tally of a set anywhere in the sentence.
 */
function countedByStatistic(tokens: readonly Token[], sf: number, sl: number, trigger: TriggerSpan, placed: boolean): boolean {
  if ((trigger.first > sf && inCountOf(tokens[trigger.first - 1])) || statisticWordBetween(tokens, sf, sl) || observedTally(tokens, sf, sl, trigger)) return true;
  return !placed && !postNamedAfter(tokens, trigger, sl) && tallyOfASet(tokens, sf, sl);
}

/** (round 12) «عدد/أعداد» + a definite noun other than the leavers ("عدد القتلى"، "عدد الحواجز"، "عدد الذين …") in [sf, sl]. */
function tallyOfASet(tokens: readonly Token[], sf: number, sl: number): boolean {
  for (let k = sf; k < sl; k++) if (inCountOf(tokens[k]) && definite(tokens[k + 1]) && !inToldPeople(tokens[k + 1])) return true;
  return false;
}

/** The word carries the article (or a clitic before it): "القتلى"، "والحواجز"، "الذين". */
const definite = (t: Token): boolean => t.word.stems.some((w) => w.length > 3 && w.startsWith("ال") && !NOT_A_DEFINITE.has(w));

/** How far after the trigger a named post is read. */
const POST_AFTER = 12;
/** (round 12) A post named after the trigger, in its sentence: "فرّ 300 عنصر من صفوف X من حاجز السبع بحرات". */
function postNamedAfter(tokens: readonly Token[], trigger: TriggerSpan, sl: number): boolean {
  return anyBetween(tokens, trigger.last + 1, Math.min(sl, trigger.last + POST_AFTER), inNamedPosts);
}

/**
 * The figure is the argument of a verb other than the trigger: the object of a verb that sends or deploys a force
 * with no trigger between them ("نشرت قسد 2000 عنصر في المنطقة بعد فرار عناصر"), or the subject of a verb of
 * being stationed that stands between it and a later trigger ("3000 عنصر … يتمركزون في المنطقة، وقد فرّ عدد
 * منهم"). Not the men who left told where they were posted: "فرّ 15 عنصراً كانوا متمركزين على الحاجز".
 */
function governedByAnotherVerb(tokens: readonly Token[], m: CountMention, sf: number, sl: number, trigger: TriggerSpan): boolean {
  const before = m.first < trigger.first;
  for (let k = Math.max(sf, m.first - BEFORE); k < m.first; k++) {
    if (inDeploying(tokens[k]) && !(k < trigger.first && trigger.first < m.first)) return true;
  }
  if (!before) return false;
  for (let k = m.last + 1; k <= Math.min(sl, m.last + AFTER, trigger.first - 1); k++) if (inStationed(tokens[k])) return true;
  return false;
}
