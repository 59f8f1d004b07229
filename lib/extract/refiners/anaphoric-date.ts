/**
 * An incident told with no date of its own may be dated by a later sentence that refers back to it
 * with a verb of happening ("وأوضح المصدر أن العملية جرت فجر اليوم"، "وجرى ذلك مساء أمس"، "وتم الأمر
 * ليلة الأحد"): the subject is an anaphor (ذلك، العملية، الحادثة…) right beside the verb, so the date is
 * the incident's. The sentence must come before any other telling, and its clause must name no other
 * happening ("وجرت اشتباكات أمس"); an indefinite subject ("وجرت عملية تبادل أسرى أمس") is another
 * story. Arrival dates the defection too ("ووصل العناصر مساء أمس إلى إدلب"، "ووصلوا ليلة الأحد"): a verb of
 * arriving whose subject is the people just told (a pronoun, or "العناصر/المنشقون/هؤلاء…"), not
 * "ووصلت تعزيزات أمس". Examples and negatives: lib/extract/conventions/dates (families "other-happening",
 * "day-forms").
 */
import { primaryOf, type Candidate } from "../candidate";
import { foldLetters } from "../../arabic/normalize";
import type { DateMatch } from "../../time/types";
import { namesAnotherHappening } from "../dates";
import { SAME_PEOPLE } from "./background";
import { splitClauses, segmentOf, type Segment } from "../sentences";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { stems, tokenAt } = tokenModule;

const fold = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map((w) => foldLetters(w)));

/** Verbs of happening. */
const HAPPENED = fold("جرى جرت جري تم تمت حدث حدثت وقع وقعت");
/** Subjects that refer back to the incident just told. */
const ANAPHORS = fold("ذلك هذا العملية الحادثة الواقعة الامر الانشقاق الفرار الهروب الخروج الانسحاب");
/** Verbs of arriving: with a pronoun subject (plural or dual), or singular before the people's noun. */
const ARRIVED_THEY = fold("وصلوا وصلا");
const ARRIVED = fold("وصل وصلت");
/** How many sentences after the incident's last telling the referring sentence may be. */
const REACH = 3;

/**
 * A date-only telling to fold into an undated incident, or null. `told` holds the indexes of the
 * sentences that tell any incident: the search stops at the first of them.
 */
export function anaphoricDate(
  ev: readonly Candidate[],
  text: string,
  tokens: readonly Token[],
  sentences: readonly Segment[],
  dates: readonly DateMatch[],
  told: ReadonlySet<number>,
): Candidate | null {
  if (ev.some((c) => c.dateChoice)) return null;
  const last = Math.max(...ev.map((c) => c.sentenceIndex));
  for (let si = last + 1; si <= last + REACH && si < sentences.length; si++) {
    if (told.has(si)) return null;
    const sentence = sentences[si];
    const inSentence = dates.filter((d) => d.normOffset! >= sentence.start && d.normOffset! < sentence.end);
    if (inSentence.length === 0) continue;
    const clauses = splitClauses(text, sentence);
    for (const d of inSentence) {
      const clause = clauses[segmentOf(clauses, d.normOffset!)];
      const from = tokenAt(tokens, clause.start);
      const to = tokenAt(tokens, clause.end);
      if (!(refersBack(tokens, from, to) || theyArrived(tokens, from, to)) || namesAnotherHappening(tokens, from, to)) continue;
      const primary = primaryOf(ev);
      return {
        ...primary,
        sentence,
        sentenceIndex: si,
        verdict: "reference",
        groups: [],
        countMention: null,
        count: null,
        countDoubt: null,
        place: null,
        destination: null,
        dateChoice: { match: d, start: d.start, end: d.end, anchored: false },
        date: { start: d.start, end: d.end, expression: true },
      };
    }
  }
  return null;
}

/** A verb of happening with an anaphor just before or after it ("العملية جرت"، "جرى ذلك"). */
function refersBack(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!stems(tokens[k]).some((w) => HAPPENED.has(w))) continue;
    const before = k - 1 >= from ? tokens[k - 1].text : "";
    const after = k + 1 < to ? tokens[k + 1].text : "";
    if (ANAPHORS.has(before) || ANAPHORS.has(after)) return true;
  }
  return false;
}

/** "ووصلوا …"، "ووصل العناصر …": the people just told arrived somewhere. */
function theyArrived(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const readings = stems(tokens[k]);
    if (readings.some((w) => ARRIVED_THEY.has(w))) return true;
    if (readings.some((w) => ARRIVED.has(w)) && k + 1 < to && SAME_PEOPLE.has(tokens[k + 1].text)) return true;
  }
  return false;
}
