/**
 * A total over the whole war or over years: how many have left a group "منذ بداية الثورة", "خلال سنوات الحرب",
 * "منذ عام 2011", "خلال السنوات الماضية",
 * told as a tally ("بلغ عدد المنشقين عن X منذ بداية الثورة 60 ألفاً") or an estimate ("تشير تقديرات إلى أن آلافاً
 * انشقوا … خلال سنوات الحرب"). It dates no incident and counts no one incident's people, so it is no event.
 * (round 17) An estimate whose verbal noun has a figure of its own («تشير تقديرات إلى انشقاق نحو 70 ألف عسكري … منذ
 * 2011») is a cumulative figure with its own period: an event, its figure set aside (plausibility.ts).
 * A total since a dated, recent start stays an event, as the conventions ask (a running total with its own
 * period: "ارتفع عدد المنشقين منذ بداية الشهر الجاري إلى 40"). Examples and negatives: WAR_TOTAL_EXAMPLES
 * (war-total.test.ts).
 */
import * as $normalize from "../../arabic/normalize";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
import type { Trigger } from "../triggers";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { wordListTests } = tokenModule;


/** "منذ (بداية|اندلاع …) الثورة|الحرب …": the start of the whole war. */
const SINCE = foldedWords("منذ");
const START = foldedWords("بدايه بدء اندلاع انطلاق انطلاقه");
const WAR = foldedWords("الثوره الحرب الاحداث الازمه النزاع الصراع");
/** "خلال|طيلة|طوال|على مدى سنوات الحرب", "خلال السنوات الماضية": years, not an incident. */
const YEARS = foldedWords("سنوات اعوام السنوات الاعوام");
const PAST = foldedWords("الماضيه الاخيره الفائته المنصرمه السابقه");
/** The first years of the war, as a start: "منذ عام 2011", "منذ 2012". */
const WAR_START_YEARS = new Set(["2011", "2012"]);
/** A tally or an estimate: "عدد المنشقين", "تقديرات", "إحصائيات", "إجمالي", "يقدر". */
const TALLY = foldedWords("عدد اعداد تقديرات تقدير يقدر تقدر قدر قدرت احصائيات احصاءات احصائيه اجمالي مجموع حصيله");

/** How far around the trigger the tally and the period are read (words). */
const REACH = 12;

export const WAR_TOTAL_EXAMPLES: Array<[text: string, wholeWar: boolean]> = [
  ["بلغ عدد المنشقين عن جيش النظام منذ بداية الثورة أكثر من 60 ألف عنصر بحسب تقديرات", true],
  ["تشير تقديرات مراكز حقوقية إلى أن آلاف الجنود انشقوا عن قوات النظام خلال سنوات الحرب", true],
  ["قدّر مركز توثيق عدد الفارين من صفوف قوات النظام منذ عام 2011 بنحو 3000", true],
  ["بلغ عدد الهاربين من صفوف قسد منذ اندلاع الحرب نحو 3000 مقاتل", true],
  ["وصل عدد المنشقين عن الجيش خلال السنوات الماضية إلى 1500 عنصر", true],
  // (round 17) an estimate whose verbal noun has its own figure: a cumulative figure with its own period, an event whose
  // figure is set aside; a vague one, or a tally's participle, stays none
  ["وتشير تقديرات إلى انشقاق نحو 70 ألف عسكري عن جيش النظام منذ اندلاع الثورة عام 2011", false],
  ["وتقدّر مصادر حقوقية انشقاق أكثر من 100 ألف عسكري عن قوات النظام خلال سنوات الحرب", false],
  ["وتشير تقديرات إلى انشقاق آلاف الجنود عن قوات النظام منذ عام 2011", true],
  ["قدّرت مصادر عدد المنشقين عن قوات النظام منذ عام 2011 بنحو 70 ألفاً", true],
  // a total since a dated, recent start (an event by the conventions); one man since the war began (no tally)
  ["ارتفع عدد المنشقين عن قسد منذ بداية الشهر الجاري إلى 40 عنصراً", false],
  ["بلغ عدد المنشقين عن قسد منذ سقوط النظام أكثر من 5 آلاف عنصر", false],
  ["انشق العقيد خالد الحسن عن قوات النظام منذ بداية الثورة والتحق بالجيش الحر", false],
  ["انشق 15 عنصراً عن قسد أمس، وهي أول حالة منذ بداية الحرب", false],
];

/** The lists above, asked of the words around every trigger: one memo of bits. */
const [inSince, inStart, inWar, inYears, inPast, inTally] = wordListTests(SINCE, START, WAR, YEARS, PAST, TALLY);

/** The whole war is named as a period in [from, to]. */
function wholeWarPeriod(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (inSince(t)) {
      const next = tokens[k + 1];
      if (next && inStart(next) && inWar(tokens[k + 2])) return true;
      if (next && (WAR_START_YEARS.has(next.text) || (next.text === "عام" && WAR_START_YEARS.has(tokens[k + 2]?.text ?? "")))) return true;
    }
    if (inYears(t) && (inWar(tokens[k + 1]) || inPast(tokens[k + 1]))) return true;
  }
  return false;
}

/** Hedges between a verbal noun and its figure: «نحو»، «قرابة»، «أكثر من»، «ما يزيد عن». */
const HEDGES = foldedWords("نحو قرابه حوالي زهاء اكثر من ما يزيد يقارب عن علي");

/**
 * (round 17) The verbal noun of the estimate has a figure of its own right after it, its subject («وتشير تقديرات إلى
 * انشقاق نحو 70 ألف عسكري عن جيش النظام منذ 2011»): a cumulative figure with its own period, which the conventions keep
 * as an event of its own (dev-reports d41); its figure is then set aside and flagged (plausibility.ts: a magnitude, or a
 * statistic of years), never counted. Not a vague «آلاف الجنود», nor the leavers of a tally («عدد المنشقين»: a participle).
 */
function countedLeaving(tokens: readonly Token[], trigger: Trigger): boolean {
  if (trigger.form !== "masdar") return false;
  for (let k = trigger.last + 1; k <= Math.min(tokens.length - 1, trigger.last + 4); k++) {
    if (tokens[k].digits) return true;
    if (!HEDGES.has(tokens[k].text)) return false;
  }
  return false;
}

/** The trigger is part of a tally or an estimate over the whole war (no event), unless its verbal noun has its own figure. */
export function isWholeWarTotal(tokens: readonly Token[], trigger: Trigger, sentenceFirst: number, sentenceLast: number): boolean {
  return !countedLeaving(tokens, trigger) && inWholeWarTally(tokens, trigger, sentenceFirst, sentenceLast);
}

/**
 * A tally or an estimate over the whole war around the trigger, whatever tells the leaving: plausibility.ts sets the
 * figure of such a counted total aside (round 17), as it is no one incident's people.
 */
export function inWholeWarTally(tokens: readonly Token[], trigger: { first: number; last: number }, sentenceFirst: number, sentenceLast: number): boolean {
  const from = Math.max(sentenceFirst, trigger.first - REACH);
  const to = Math.min(sentenceLast, trigger.last + REACH);
  let tallied = false;
  for (let k = from; k < trigger.first && !tallied; k++) tallied = inTally(tokens[k]);
  return tallied && wholeWarPeriod(tokens, from, to);
}
