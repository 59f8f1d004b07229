/**
 * Where a headline run into the body with no mark ends (round 14, r14-headline). Pasted text, RSS bodies and some
 * outlets' pages give the headline and the body's first sentence as one run: «انشقاق ملازم أول وثلاثة عناصر عن قوات
 * الأسد في ريف حماة أعلن الملازم أول … انشقاقه …». A rule of the language tells where the headline ends: a headline is
 * a nominal phrase — a verbal noun («انشقاق/انشقاقات …») or a subject with a present verb («عناصر … ينشقون …»), a
 * participle («ضابط منشق …») — and the body opens verb first, with a perfect verb whose own subject follows it
 * («أعلن اتحاد …»، «أفادت مصادر …»، «انشق خمسة عشر عنصراً …»). A perfect verb after a complete nominal headline, with
 * its subject after it, starts a new sentence: the subject of a perfect verb that stands before it (SVO: «مصدر محلي
 * أكد انشقاق …») leaves no subject after the verb's object, and the phrase before it has no verbal noun nor present
 * verb of leaving. Only the first sentence of a report, and only when no headline line was found.
 */
import * as $normalize from "../arabic/normalize";
import type { Segment } from "./sentences";
import type { Token } from "./tokens";
import type { Trigger } from "./triggers";

const { foldedWords } = $normalize;

/** Perfect verbs of reporting, third person singular (the body's opening verb, its subject after it). */
const OPENING_REPORT = foldedWords("أعلن أعلنت أفاد أفادت ذكر ذكرت قال قالت أكد أكدت كشف كشفت نقل نقلت أورد أوردت أوضح أوضحت");
/** Words after which a perfect verb is inside the phrase, not a new sentence (particles, relatives, conjunctions of time). */
const GOVERNED_AFTER = foldedWords("أن إن بأن وأن قد لقد الذي التي الذين اللذين اللتين ما مما كما حيث عندما حين لما إذ ثم منذ لم لن بعدما قبلما و ف");
/** Words that cannot open the verb's subject (a preposition or particle right after it: «أعلن عن»، «أكد أن»). */
const NO_SUBJECT = foldedWords("أن إن بأن عن من في على إلى الى ب ل مع عنه عنها له لها به بها فيه فيها منه منها");
/** Words that open an adverbial or prepositional phrase, not a headline's noun. */
const NOT_A_HEADLINE_NOUN = foldedWords("في من على إلى الى عن مع بعد قبل منذ خلال وفق وفقا بحسب حسب نقلا اليوم أمس وفي ومن وبعد");

/** Examples: a first sentence and where it splits (or not), normalised before the call in the test. */
export const RUN_IN_EXAMPLES: Array<[string, string[]]> = [
  ["انشقاق ملازم أول وثلاثة عناصر عن قوات الأسد في ريف حماة أعلن الملازم أول سامر الحسين انشقاقه عن الفرقة الرابعة", ["انشقاق ملازم أول وثلاثة عناصر عن قوات الأسد في ريف حماة", "أعلن الملازم أول سامر الحسين انشقاقه عن الفرقة الرابعة"]],
  ["ملازم أول و11 مجنداً ينشقون عن جيش النظام في حمص أعلن ملازم أول انشقاقه عن جيش النظام", ["ملازم أول و11 مجنداً ينشقون عن جيش النظام في حمص", "أعلن ملازم أول انشقاقه عن جيش النظام"]],
  ["انشقاقات جديدة في القنيطرة وريف دمشق أعلن اتحاد التنسيقيات تأمين انشقاق مئة عسكري", ["انشقاقات جديدة في القنيطرة وريف دمشق", "أعلن اتحاد التنسيقيات تأمين انشقاق مئة عسكري"]],
  ["انشقاق 15 عنصراً من ميليشيات إيران في البوكمال انشق خمسة عشر عنصراً من أبناء المنطقة", ["انشقاق 15 عنصراً من ميليشيات إيران في البوكمال", "انشق خمسة عشر عنصراً من أبناء المنطقة"]],
  ["ضابط منشق و300 مسلح يعودون إلى صفوف الجيش في ريف دمشق أفاد قائد ميداني بأن عقيداً عاد", ["ضابط منشق و300 مسلح يعودون إلى صفوف الجيش في ريف دمشق", "أفاد قائد ميداني بأن عقيداً عاد"]],
  // negatives: one sentence
  ["مصدر محلي أكد انشقاق خمسة عناصر من قوات النظام", ["مصدر محلي أكد انشقاق خمسة عناصر من قوات النظام"]], // SVO: no headline before the verb
  ["أعلن ناشطون انشقاق خمسة عناصر ثم قال مصدر إنهم وصلوا", ["أعلن ناشطون انشقاق خمسة عناصر ثم قال مصدر إنهم وصلوا"]], // a perfect verb already before
  ["انشقاق خمسة عناصر من قوات النظام أعلن عنه ناشطون", ["انشقاق خمسة عناصر من قوات النظام أعلن عنه ناشطون"]], // no subject after the verb
  ["انشقاق خمسة عناصر من قوات النظام بعد أن أعلن القائد الانسحاب", ["انشقاق خمسة عناصر من قوات النظام بعد أن أعلن القائد الانسحاب"]], // governed by «أن»
  ["في ريف درعا انشقاق خمسة عناصر أعلن ناشطون ذلك", ["في ريف درعا انشقاق خمسة عناصر أعلن ناشطون ذلك"]], // opens with a preposition
  ["عناصر من قوات النظام ينشقون، أعلن ناشطون ذلك", ["عناصر من قوات النظام ينشقون، أعلن ناشطون ذلك"]], // a clause mark between: not bare
  ["انشقاق خمسة عناصر أعلن", ["انشقاق خمسة عناصر أعلن"]], // nothing after the verb
  ["ترك عنصران صفوف قوات النظام أمس والتحقا بفصائل المعارضة", ["ترك عنصران صفوف قوات النظام أمس والتحقا بفصائل المعارضة"]], // «ت» of a perfect; «و» goes on
  ["تمكن جندي من قوات النظام من الفرار أمس والتحق بصفوف الجيش الحر", ["تمكن جندي من قوات النظام من الفرار أمس والتحق بصفوف الجيش الحر"]],
];

const MAX_HEADLINE_WORDS = 24;

/**
 * A perfect (past) verb trigger that can open a sentence: no present prefix «ي», no conjunction «و/ف» before it (a
 * verb after «و» goes on with the sentence: «… أمس والتحق بصفوف …»), and not the plural of a subject before it.
 * («ت» opens perfects too: «ترك»، «تمكن».)
 */
function perfectTrigger(t: Trigger, tokens: readonly Token[]): boolean {
  if (t.form !== "verb") return false;
  const w = tokens[t.first].text;
  return !/^(ي|و|ف)/.test(w) && !/(وا|ون|ان)$/.test(w);
}

/**
 * A word of the headline that makes it a complete nominal phrase: a verbal noun, plural or participle trigger, or a
 * present verb that cannot be a perfect («ي…»، «ت…ون»).
 */
function headlineTrigger(t: Trigger, tokens: readonly Token[]): boolean {
  if (t.form !== "verb") return true;
  const w = tokens[t.first].text;
  return /^(ي|وي)/.test(w) || /^(ت|وت).*(ون|ان)$/.test(w);
}

// , ; : ( ) [ ] and the Arabic comma/semicolon; . ! ? « » are not between the headline and the verb either (a headline's quotes are).
const CLAUSE_MARK = /[,;:()[\]\u060c\u061b.!?]/;

/**
 * The token index where the body's first sentence starts inside the first sentence, when that sentence is a headline
 * run into the body with no mark; -1 when none.
 */
export function runInBoundary(text: string, tokens: readonly Token[], triggers: readonly Trigger[], first: Segment): number {
  let a = 0;
  while (a < tokens.length && tokens[a].start < first.start) a++;
  if (a >= tokens.length || tokens[a].start >= first.end || NOT_A_HEADLINE_NOUN.has(tokens[a].text)) return -1;
  const triggerAt = new Map<number, Trigger>();
  for (const t of triggers) if (t.first >= a && tokens[t.first].start < first.end) triggerAt.set(t.first, t);
  let nominal = false;
  for (let k = a; k < tokens.length && k <= a + MAX_HEADLINE_WORDS && tokens[k].end <= first.end; k++) {
    const tok = tokens[k];
    const t = triggerAt.get(k);
    if (OPENING_REPORT.has(tok.text) || (t !== undefined && perfectTrigger(t, tokens))) {
      if (k < a + 2) return -1;
      const next = tokens[k + 1];
      const clean = !CLAUSE_MARK.test(text.slice(tokens[a].start, tok.start));
      if (nominal && clean && !GOVERNED_AFTER.has(tokens[k - 1].text) && next !== undefined && next.end <= first.end && !NO_SUBJECT.has(next.text)) return k;
      return -1; // a perfect verb the phrase before does not end a headline: the sentence is verbal already
    }
    if (t !== undefined && headlineTrigger(t, tokens)) nominal = true;
  }
  return -1;
}

/** The sentences with the first split where a headline run into it ends; `headline` true when split. */
export function splitRunInHeadline(text: string, tokens: readonly Token[], triggers: readonly Trigger[], sentences: readonly Segment[]): { sentences: Segment[]; headline: boolean } {
  if (sentences.length === 0) return { sentences: [...sentences], headline: false };
  const first = sentences[0];
  const k = runInBoundary(text, tokens, triggers, first);
  if (k < 0) return { sentences: [...sentences], headline: false };
  return { sentences: [{ start: first.start, end: tokens[k - 1].end }, { start: tokens[k].start, end: first.end }, ...sentences.slice(1)], headline: true };
}
