/**
 * Background: a mention that tells something from before the story, not the incident being told.
 * A mention normally joins an incident told before it (refiners/incidents.ts) and may lend it its date
 * ("context" when it names no group of its own). Arabic marks two kinds of sentence where it must not
 * (examples and negatives: background.test.ts):
 *
 * - **another story** (for a mention with no group of its own: none, or one borrowed from an earlier
 *   sentence): a sentence about a founding or a birth ("وكان ناشطون قد أسسوا المركز السوري
 *   للسلامة والانشقاق مطلع العام", "منذ تأسيسه عام 2019", "وهو من مواليد حمص عام 1970 … منذ انشقاقه"). The
 *   trigger is a word of a name or of a life story and its date is the founding's or the birth's:
 *   the mention tells no incident at all.
 * - **a flashback**: the pluperfect "وكان SUBJECT قد VERB" with a subject of its own that is not the
 *   people just told ("وكان عدد من العناصر قد فرّوا مطلع الشهر الماضي"), or with a verb that is not
 *   the trigger ("وكان ناشطون قد أطلقوا حملة لتشجيع الانشقاق"): an earlier happening. It does not
 *   continue the incident before it; it may still be an incident of its own.
 *
 * The pronoun subject ("وكانوا قد فرّوا ليلة الأحد") and an anaphor of the people just told ("وكان
 * العناصر العشرة/هؤلاء/المنشقون قد فرّوا …") with the trigger as the verb are the same story told on: they
 * continue the incident and lend it their date. So is a verbal noun whose people are referred back, whatever
 * the frame's subject ("وكانت الفرقة قد شهدت انشقاق هؤلاء العناصر مساء الخميس"، "… انشقاق العناصر الخمسة");
 * "انشقاق ثلاثة عناصر آخرين" is another batch, a flashback.
 *
 * Two more (r9-leftovers):
 * - **a retold figure**: a flashback whose subject opens with a figure ("وكان 12 عنصراً قد فروا …", not "12 عنصراً
 *   آخرين") tells those people again when an incident told before has that same figure and nothing else differs
 *   (group, place, date: merge.ts `sameIncident`); otherwise it is a flashback (refiners/incidents.ts).
 * - **another incident**: a connective before the trigger that says so ("وفي حادثة أخرى"، "في حادثة منفصلة"، "وفي
 *   واقعة مماثلة"، "في سياق آخر"): the telling continues no incident opened before its sentence, even with the
 *   same group and figure and no date of its own. Not "في سياق متصل" (a related topic: it says nothing of the
 *   incident) nor "في الحادثة ذاتها" (the same one).
 */
import * as $normalize from "../../arabic/normalize";
import * as $lexicon from "../lexicon";
import * as $numbers from "../../arabic/numbers";
import * as $nouns from "../counts-nouns";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
import type { Segment } from "../sentences";
import type { Trigger } from "../triggers";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { KANA, QAD } = $lexicon;
const { parseNumberAt } = $numbers;
const { isPersonDual } = $nouns;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, inClass, stems, tokenAt, wordClass } = tokenModule;


/**
 * A founding or a birth: the sentence is about an organisation or a person, not an incident. Only
 * words that mean nothing else: not "تشكيل" (also a formation people defect from: "من تشكيل تابع
 * للفرقة"), "تشكل" (also "constitutes": "تشكل الانشقاقات ضربة") nor "ولد" (also "ولّد", "caused").
 */
const FOUNDING_OR_BIRTH = foldedWords(`أسس أسست أسسوا أسسها أسسه تأسس تأسست تأسيس تأسيسه تأسيسها أنشأ أنشأت أنشأوا أنشؤوا أنشئ أنشئت إنشاء إنشائه إنشائها
  مواليد`);
const C_FOUNDING_OR_BIRTH = wordClass(FOUNDING_OR_BIRTH);
/** "كان" in every person the pluperfect frame takes ("وكانوا قد فرّوا"). */
const KANA_ANY = /^(كانوا|وكانوا|فكانوا|كانا|وكانا)$/;
/** Words that open a subject naming the people just told again. */
export const SAME_PEOPLE = foldedWords("هؤلاء هؤلا المنشقون المنشقين الفارون الفارين العناصر الجنود العسكريون العسكريين جميعهم كلهم الضباط الضابط العنصر");
/** How far "كان … قد" and the trigger after it may lie apart (words). */
const FRAME_SPAN = 8;

export type Background = "none" | "another-story" | "flashback" | "retold-figure" | "another-incident";

/** "حادثة/واقعة/حادث/حالة + أخرى/منفصلة/مماثلة/مشابهة/ثانية/جديدة", "سياق آخر/منفصل": an incident other than those told. */
const OTHER_INCIDENT_NOUNS = foldedWords("حادثة حادث واقعة حالة بحادثة بحادث بواقعة");
const OTHER_INCIDENT_ADJECTIVES = foldedWords("أخرى آخر منفصلة منفصل مماثلة مماثل مشابهة مشابه ثانية ثان جديدة جديد");
const OTHER_CONTEXT_NOUNS = foldedWords("سياق");
const OTHER_CONTEXT_ADJECTIVES = foldedWords("آخر منفصل");
/** Words of approximation before a figure ("نحو 40 عنصراً"). */
const APPROXIMATELY = foldedWords("نحو قرابة حوالي حوالى زهاء");
/** "آخرون" after a figure: another batch, not the people told. */
const OTHERS = foldedWords("آخرين آخرون آخران");

/** "هؤلاء"، "أولئك"، and a definite number after the people's noun ("العناصر الخمسة"، "الجنود الـ12"). */
const DEMONSTRATIVES = foldedWords("هؤلاء هؤلا اولئك");
const DEFINITE_NUMBER = /^ال(ـ?\d+|اثنين|اثنان|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)$/;

/** Token k opens the people just told, referred back: a demonstrative, or their noun and a definite number. */
function peopleToldAgain(tokens: readonly Token[], k: number): boolean {
  if (k >= tokens.length) return false;
  if (DEMONSTRATIVES.has(tokens[k].text)) return true;
  return k + 1 < tokens.length && anyIn(stems(tokens[k]), SAME_PEOPLE) && DEFINITE_NUMBER.test(tokens[k + 1].text);
}

/** What kind of background a mention with no group of its own sits in. */
export function backgroundOf(tokens: readonly Token[], trigger: Trigger, sentence: Segment): Background {
  const first = tokenAt(tokens, sentence.start);
  const last = tokenAt(tokens, sentence.end) - 1;
  for (let k = first; k <= last; k++) if (inClass(tokens[k], C_FOUNDING_OR_BIRTH)) return "another-story";
  if (anotherIncidentBefore(tokens, first, trigger.first)) return "another-incident";
  // The nearest "قد" before the trigger, and the "كان" that opens its frame.
  for (let q = trigger.first - 1; q >= Math.max(first, trigger.first - FRAME_SPAN); q--) {
    if (!QAD.test(tokens[q].text)) continue;
    for (let k = q - 1; k >= Math.max(first, q - FRAME_SPAN); k--) {
      if (!KANA.test(tokens[k].text) && !KANA_ANY.test(tokens[k].text)) continue;
      const verbIsTrigger = q + 1 === trigger.first;
      const subject = tokens.slice(k + 1, q);
      // ("وكان العناصر العشرة قد فرّوا": the subject opens with the people just told.)
      const samePeople = subject.length === 0 || anyIn(stems(subject[0]), SAME_PEOPLE);
      // ("وكانت الفرقة قد شهدت انشقاق هؤلاء العناصر": the verbal noun's people are the people just told.)
      if ((verbIsTrigger && samePeople) || peopleToldAgain(tokens, trigger.last + 1)) return "none";
      return verbIsTrigger && plainFigure(subject) ? "retold-figure" : "flashback";
    }
    return "none";
  }
  return "none";
}

/** "وفي حادثة أخرى، …" between the sentence's start and the trigger. */
function anotherIncidentBefore(tokens: readonly Token[], first: number, trigger: number): boolean {
  for (let k = first; k + 1 < trigger; k++) {
    const noun = tokens[k].text;
    const adjective = tokens[k + 1].text;
    if (OTHER_INCIDENT_NOUNS.has(noun) && OTHER_INCIDENT_ADJECTIVES.has(adjective)) return true;
    if (OTHER_CONTEXT_NOUNS.has(noun) && OTHER_CONTEXT_ADJECTIVES.has(adjective)) return true;
  }
  return false;
}

/**
 * A subject that opens with a figure ("12 عنصراً", "نحو 40 عنصراً", "خمسة جنود من X", the dual "عنصران"), not "12 عنصراً آخرين" nor a
 * noun phrase ("عدد من العناصر").
 */
function plainFigure(subject: readonly Token[]): boolean {
  if (subject.length === 0 || subject.some((t) => OTHERS.has(t.text))) return false;
  const head = APPROXIMATELY.has(subject[0].text) && subject.length > 1 ? subject[1] : subject[0];
  return head.digits || parseNumberAt(head.text, 0)?.end === head.text.length || isPersonDual(head.text);
}
