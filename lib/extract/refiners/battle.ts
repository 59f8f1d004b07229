/**
 * A flight told as part of a fight's toll: "قُتل 15 عنصراً من X وفرّ العشرات من مواقعهم خلال المعارك",
 * "أسفرت المعارك عن مقتل … وأسر …، فيما فرّ الباقون", "بلغت حصيلة خسائر X في معارك … فضلاً عن فرار العشرات".
 * The sentence counts a fight's dead or captured (a figure: a motive like "بعد مقتل قائدهم" is no toll) and speaks of
 * the fight: the men who fled are a unit routed, not members leaving their group (conventions: killed and captured
 * are never defector counts; attackers who "fled" a battle are no event). A flight from a group's ranks, or one whose men went over somewhere, stays an
 * incident ("فرّ 12 عنصراً من صفوف X خلال المعارك وانضموا إلى …"). Examples and negatives: BATTLE_EXAMPLES
 * (battle.test.ts). The word lists are shared with the confidence features (lib/extract/confidence/features.ts).
 */
import * as $normalize from "../../arabic/normalize";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
import type { Trigger } from "../triggers";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { wordListTests } = tokenModule;


/** A fight: battles, clashes, attacks, ambushes, shelling, raids, an advance. */
export const FIGHT_WORDS = foldedWords(`معركه المعركه معارك المعارك اشتباك اشتباكات الاشتباك الاشتباكات مواجهات المواجهات هجوم هجوما الهجوم هجمات الهجمات
  كمين كمينا الكمين قصف القصف غارات الغارات غاره اقتحام الاقتحام تقدم جبهات الجبهات`);
/** A toll: the dead, the captured, the wounded, and the words of a tally of losses. */
export const TOLL_WORDS = foldedWords(`قتل قتلوا مقتل قتلي القتلي قتيل قتيلا مصرع لقوا اسر واسر اسري الاسري اسيرا جرحي الجرحي جريحا اصابه حصيله خسائر`);
/** A tally or statistics: "حصيلة", "خسائر", "إجمالي", "إحصائية", "وثّق". */
export const TALLY_WORDS = foldedWords("حصيله خسائر اجمالي مجموع احصائيه احصائيات احصاءات وثق وثقت توثيق");
/** What a real incident adds after the flight: from the ranks of a group, to a place or a side, joining one. */
const LEFT_A_GROUP_AFTER = foldedWords("صفوف عن الي باتجاه انضموا التحقوا انضم التحق وانضموا والتحقوا");
/** How far around the trigger the toll and the fight are read (words): a long clause of dead and captured before it. */
const BEFORE = 22;
const AFTER = 18;
/** How far after the trigger the words of leaving a group are read. */
const LEFT_AFTER = 10;

/** Counted tolls (hasCountedToll) and words of killing with no figure. */
export const COUNTED_TOLL_EXAMPLES: Array<[text: string, counted: boolean]> = [
  ["قُتل 15 عنصراً من قوات النظام وفرّ العشرات من مواقعهم", true],
  ["حصيلة المعارك: 40 قتيلاً و20 أسيراً وفرار العشرات", true],
  ["أسفر القصف عن مقتل ثمانية عناصر", true],
  ["سقط عشرات القتلى في الهجوم", true],
  ["بدأوا الانشقاق بعد مقتل عناصر من أبناء المدينة وأسر آخرين خلال المعارك", false],
  ["انشق 12 عنصراً عن قوات النظام أمس احتجاجاً على مقتل قائدهم", false],
];

export const BATTLE_EXAMPLES: Array<[text: string, routed: boolean]> = [
  ["قُتل 15 عنصراً من قوات النظام وفرّ العشرات من مواقعهم خلال المعارك في ريف حماة", true],
  ["أسفرت المعارك عن مقتل ثمانية عناصر من قسد وأسر سبعة آخرين، فيما هرب الباقون من مواقعهم", true],
  ["بلغت حصيلة خسائر الفرقة الرابعة في معارك البادية 40 قتيلاً، فضلاً عن فرار العشرات من مواقعهم", true],
  ["شنت الفصائل هجوماً على مواقع التنظيم أسفر عن مقتل 20 عنصراً، بينما لاذ الباقون بالفرار تاركين أسلحتهم", true],
  // a flight from the ranks, or to somewhere, in the same sentence as a battle's dead: an incident
  ["فرّ 12 عنصراً من صفوف قوات النظام خلال المعارك التي قتل فيها 30 من رفاقهم", false],
  ["قُتل 15 عنصراً من قسد في المعارك، وفرّ 20 آخرون إلى مناطق سيطرة الجيش الوطني", false],
  // (round 10) inside a tally of losses told before the flight, no fight word in the sentence
  ["وارتفع عدد قتلى قوات النظام منذ مطلع الشهر إلى 120 عنصراً، فيما فرّ أكثر من 150 عنصراً من مواقعهم", true],
  ["وبلغ إجمالي قتلى قسد خلال الشهر الماضي 40 قتيلاً، إلى جانب فرار المئات من العناصر", true],
  ["ووفق إحصائية للمرصد، قُتل 15 عنصراً من الفرقة منذ بداية العام، بينما هرب 300 عنصر من مواقعهم", true],
  ["وفرّ المئات من مواقعهم خلال الأسبوع الماضي، في حين بلغ عدد قتلى قوات النظام 120 عنصراً", true],
  // a tally beside a flight that goes over, a tally of the deserters themselves, a count of something else
  ["وارتفع عدد قتلى قوات النظام منذ مطلع الشهر إلى 120، فيما فرّ 12 عنصراً من صفوفها وانضموا إلى الفصائل", false],
  ["فرّ 12 عنصراً من قوات النظام في ريف حماة أمس، ليرتفع عدد الفارين منذ مطلع الشهر إلى 40 بحسب حصيلة المرصد", false],
  ["بعد أن ارتفع عدد الحواجز في المنطقة، فرّ 9 عناصر من الفرقة الرابعة أمس", false],
  ["بعد ارتفاع عدد القتلى في صفوفهم، فرّ 9 عناصر من الفرقة الرابعة من مواقعهم أمس", false],
  ["فرّ 12 عنصراً من الفرقة الرابعة أمس، بحسب إحصائية المرصد التي وثقت أيضاً مقتل 20 عنصراً", false],
  // (round 17) the fight described after the flight by its own losses, in a relative clause whose «فيها» takes it back to
  // the fight: the losses describe the fight, the flight is no part of a toll; a toll outside the clause, or a described
  // fight told before the flight, still routs
  ["فرّ أكثر من 400 عنصر من قوات النظام خلال معركة خسر فيها النظام نحو 2000 قتيل", false],
  ["هرب 25 عنصراً من ميليشيا الدفاع الوطني أمس، في معارك سقط فيها 150 قتيلاً من الميليشيا", false],
  ["فرّ 12 مقاتلاً من قسد خلال المعارك التي خسرت فيها أكثر من 300 عنصر بين قتيل وجريح", false],
  ["قُتل 15 عنصراً من قوات النظام وفرّ العشرات من مواقعهم خلال المعارك التي دارت فيها", true],
  ["خلال معركة قُتل فيها 40 عنصراً من قسد، فرّ الباقون من مواقعهم", true],
  ["فرّ العشرات من مواقعهم خلال معركة عنيفة قُتل فيها 40 عنصراً، وأسر 20 آخرون", true],
  // a fight with no toll, a toll with no fight: not this rule's
  ["فرّ 20 عنصراً من الفرقة هرباً من المعارك", false],
  // a death or losses with no figure: a motive, not a toll
  ["فرّ 25 عنصراً من قوات النظام بعد مقتل قائدهم في هجوم", false],
  ["بعد خسائر فادحة في المعارك، فرّ 9 عناصر من الفرقة الرابعة أمس", false],
  ["قُتل عنصران من الدفاع الوطني بانفجار عبوة، وفرّ خمسة آخرون من الخدمة إلى منازلهم", false],
];

/** Some word of [from, to] passes the test. */
export function anyBetween(tokens: readonly Token[], from: number, to: number, isIn: (t: Token | undefined) => boolean): boolean {
  for (let k = from; k <= to; k++) if (isIn(tokens[k])) return true;
  return false;
}

/** Figures in words, and vague ones: "مقتل ثمانية عناصر", "عشرات القتلى", "سقط المئات بين قتيل وجريح". */
const FIGURE_WORDS = foldedWords(`ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عشر احد احدي اثنا اثني اثنان اثنين عشرون عشرين ثلاثون ثلاثين
  اربعون اربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين مئه مائه مئتي مئتان الف الفا
  عشرات العشرات مئات المئات الاف`);
/** "عدد"، "أعداد": a tally word only before a word of the toll ("عدد قتلى"، "عدد القتلى"). */
const COUNT_OF = foldedWords("عدد اعداد");
/** Words of the toll that are no tally word themselves: the dead, captured, wounded ("حصيلة خسائر X 40 قتيلاً": the losses are a tally word). */
const TOLL_ONLY: ReadonlySet<string> = new Set([...TOLL_WORDS].filter((w) => !TALLY_WORDS.has(w)));
/**
 * After the flight, a tally is a noun of the total that names its dead right away ("، في حين بلغ عدد قتلى X 120"،
 * "إجمالي القتلى"): a source's statistics that also record deaths ("، بحسب إحصائية المرصد التي وثقت أيضاً مقتل 20")
 * are the flight's source, not a tally around it.
 */
const TALLY_NOUNS = foldedWords("عدد اعداد حصيله اجمالي مجموع");
/** The lists above, asked of the words around every flight trigger: one memo of bits. */
export const [inFight, inToll, inLeftAGroupAfter, inFigure, inTally, inCountOf, inTollOnly, inTallyNoun] = wordListTests(
  FIGHT_WORDS, TOLL_WORDS, LEFT_A_GROUP_AFTER, FIGURE_WORDS, TALLY_WORDS, COUNT_OF, TOLL_ONLY, TALLY_NOUNS,
);

/** How near a figure stands to a word of the toll ("مقتل 15", "40 قتيلاً", "مقتل أكثر من 40"). */
const FIGURE_REACH = 3;

/**
 * Words [from, to) hold a counted toll: a word of the dead, captured or wounded with a figure within three words
 * ("مقتل 15 عنصراً", "40 قتيلاً و20 أسيراً") — a casualty count, not a motive ("بعد مقتل عناصر من أبناء المدينة").
 */
export function hasCountedToll(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!inToll(tokens[k])) continue;
    for (let j = Math.max(from, k - FIGURE_REACH); j <= Math.min(to - 1, k + FIGURE_REACH); j++) {
      if (j === k) continue;
      const t = tokens[j];
      if (t.digits || inFigure(t)) return true;
    }
  }
  return false;
}

/**
 * A flight trigger is a unit routed: in a fight whose toll its sentence counts, or inside a tally of losses around
 * it (round 10: "ارتفع عدد قتلى X منذ مطلع الشهر إلى 120، فيما فرّ أكثر من 150 من مواقعهم"، "وفرّ المئات من
 * مواقعهم، في حين بلغ عدد قتلى X …" — the men who fled are counted among the losses, no fight word needed).
 */
export function isRoutInFight(tokens: readonly Token[], trigger: Trigger, sentenceFirst: number, sentenceLast: number): boolean {
  if (trigger.cls !== "flee") return false;
  const from = Math.max(sentenceFirst, trigger.first - BEFORE);
  const to = Math.min(sentenceLast, trigger.last + AFTER);
  if (anyBetween(tokens, trigger.last + 1, Math.min(sentenceLast, trigger.last + LEFT_AFTER), inLeftAGroupAfter)) return false;
  return (hasCountedToll(tokens, from, tollEnd(tokens, trigger, to)) && anyBetween(tokens, from, to, inFight)) || hasTallyOfLosses(tokens, from, to + 1, trigger.first, sentenceLast);
}

/** The pronoun that takes a relative clause back to the fight noun it describes: «فيها»، «فيه»، «خلالها»، «خلاله». */
const RESUMPTIVE = foldedWords("فيها فيه خلالها خلاله");
const RELATIVE_PRONOUNS = foldedWords("التي الذي");

/**
 * (round 17) Where the toll of a flight is sought after it: up to `to`, or up to a fight noun after the trigger that a
 * relative clause describes by its losses («فرّ أكثر من 400 عنصر من قوات النظام خلال معركة خسر فيها النظام نحو 2000
 * قتيل»، «في المعارك التي قُتل فيها 300»: its verb, then the pronoun «فيها» that takes the clause back to the fight). Those
 * losses are the fight's, told to describe it, not a toll the flight is part of. A toll outside such a clause (before the
 * flight, or coordinated with it) still counts. Exclusive end. Examples: BATTLE_EXAMPLES (round 17); plausibility.ts
 * statisticTie asks the same of a large figure beside a toll.
 */
export function tollEnd(tokens: readonly Token[], trigger: { last: number }, to: number): number {
  for (let k = trigger.last + 1; k + 2 <= to; k++) {
    if (!inFight(tokens[k])) continue;
    const j = RELATIVE_PRONOUNS.has(tokens[k + 1].text) ? k + 3 : k + 2;
    if (j <= to && RESUMPTIVE.has(tokens[j].text)) return k + 1;
  }
  return to + 1;
}

/** The parts of `isRoutInFight`'s decision, for scripts/error-stages.ts (counts of which part real text fails). */
export function routParts(tokens: readonly Token[], trigger: Trigger, sentenceFirst: number, sentenceLast: number) {
  const from = Math.max(sentenceFirst, trigger.first - BEFORE);
  const to = Math.min(sentenceLast, trigger.last + AFTER);
  return {
    leftAGroupAfter: anyBetween(tokens, trigger.last + 1, Math.min(sentenceLast, trigger.last + LEFT_AFTER), inLeftAGroupAfter),
    countedToll: hasCountedToll(tokens, from, tollEnd(tokens, trigger, to)),
    fight: anyBetween(tokens, from, to, inFight),
    tallyOfLosses: hasTallyOfLosses(tokens, from, to + 1, trigger.first, sentenceLast),
    tallyWordBefore: anyBetween(tokens, sentenceFirst, trigger.first - 1, inTally),
    tollWordInSentence: anyBetween(tokens, sentenceFirst, sentenceLast, inToll),
  };
}

/** How far after a tally word the toll it counts stands ("إجمالي قتلى"، "حصيلة الأسبوع إلى مقتل"، "خسائر بلغت أكثر من 40 قتيلاً"). */
const TALLY_REACH = 5;

const TALLY_REACH_AFTER = 2;

/**
 * Words [from, to) around the trigger at word `trigger` (its sentence ends at word `sentenceLast`) hold a tally of
 * losses: a word of statistics (TALLY_WORDS, or "عدد" + the toll) with a word of the dead, captured or wounded within
 * five words after it (after the trigger: a noun of the total, two words), and the tally's own figure after the word of statistics, in the
 * sentence (before the trigger when the tally is: "عدد قتلى X منذ مطلع الشهر إلى 120، فيما فرّ") — a count, not a
 * motive ("بعد ارتفاع عدد القتلى في صفوفهم، فرّ 9 عناصر" is why men left: 9 is the flight's).
 */
export function hasTallyOfLosses(tokens: readonly Token[], from: number, to: number, trigger: number, sentenceLast: number): boolean {
  for (let k = from; k < to; k++) {
    if (k < trigger ? !inTally(tokens[k]) && !inCountOf(tokens[k]) : !inTallyNoun(tokens[k])) continue;
    for (let j = k + 1; j <= Math.min(to - 1, k + (k < trigger ? TALLY_REACH : TALLY_REACH_AFTER)); j++) {
      if (!inTollOnly(tokens[j])) continue;
      const last = k < trigger ? trigger - 1 : sentenceLast;
      if (figureBetween(tokens, k + 1, last)) return true;
    }
  }
  return false;
}

/** A figure (digits, a number word, a vague plural) among words [from, to]. */
function figureBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k].digits || inFigure(tokens[k])) return true;
  return false;
}
