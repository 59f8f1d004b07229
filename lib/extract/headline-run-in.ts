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
 *
 * Round 15 (r15-heads): a source label may stand between the headline and the body's verb — one word (a place, the
 * desk's «خاص», an outlet), a dash, the source, a colon: «… في ريف درعا دمشق - المرصد السوري: أعلن …»، «خاص – عنب
 * بلدي:»، «ثقة - متابعات:». The colon opens the story, so the headline ends before the label, which belongs to neither
 * sentence (round 16: a label's place of two words or three, «دير الزور - فرات بوست:», is the label's whole, placeWordsBefore). A kicker ended by «..» before the headline («وسط المعارك.. طاقم دبابة ينشق …») is the headline's, so the
 * sentence after it is read when the first is a kicker. And a present verb with «ت» («كتيبة تنشق»، «مجموعة تفر»,
 * triggers.ts `presentWithTa`) makes the headline nominal as «عناصر ينشقون» does; it is never the body's perfect.
 */
import * as $normalize from "../arabic/normalize";
import * as $gazetteer from "./gazetteer";
import type { Segment } from "./sentences";
import type { Token } from "./tokens";
import * as $triggers from "./triggers";
import type { Trigger } from "./triggers";

const { foldedWords } = $normalize;
const { placeIndex } = $gazetteer;
const { presentWithTa, verbAsWritten } = $triggers;

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
  // (r15) a source label between: the headline ends before it, the body starts at the verb
  ["عناصر ينشقون عن الفرقة الرابعة في ريف درعا دمشق - المرصد السوري: أعلن ناشطون انشقاق خمسة عناصر", ["عناصر ينشقون عن الفرقة الرابعة في ريف درعا", "أعلن ناشطون انشقاق خمسة عناصر"]],
  ["انشقاقات جديدة في صفوف قوات النظام خاص – عنب بلدي: أفادت مصادر محلية بأن خمسة عناصر انشقوا", ["انشقاقات جديدة في صفوف قوات النظام", "أفادت مصادر محلية بأن خمسة عناصر انشقوا"]],
  // (r15) a present verb with «ت»: a nominal headline, not the body's perfect
  ["كتيبة تنشق عن الفرقة الرابعة في ريف درعا أعلن ناشطون انشقاق خمسة عناصر", ["كتيبة تنشق عن الفرقة الرابعة في ريف درعا", "أعلن ناشطون انشقاق خمسة عناصر"]],
  ["مجموعة من العناصر تفر من قوات النظام أفادت مصادر بأن خمسة عناصر فروا", ["مجموعة من العناصر تفر من قوات النظام", "أفادت مصادر بأن خمسة عناصر فروا"]],
  // (r15) «فرّ» opens the body: its «ف» is the root's; «فانشق» goes on with the sentence
  ["انشقاق عناصر من الفرقة الرابعة في ريف درعا فرّ خمسة عناصر من الفرقة الرابعة أمس", ["انشقاق عناصر من الفرقة الرابعة في ريف درعا", "فرّ خمسة عناصر من الفرقة الرابعة أمس"]],
  ["انشقاق عناصر من الفرقة الرابعة في ريف درعا فانشق خمسة عناصر من الفرقة الرابعة أمس", ["انشقاق عناصر من الفرقة الرابعة في ريف درعا فانشق خمسة عناصر من الفرقة الرابعة أمس"]],
  // negatives (r15): a colon with no dash before it is the headline's own (a quote's speaker), no label
  ["قيادي في الفصيل: انشقاق خمسة عناصر أعلن ناشطون ذلك", ["قيادي في الفصيل: انشقاق خمسة عناصر أعلن ناشطون ذلك"]],
  // … nor a label before a verb with no subject after it («أعلن عن»)
  ["عناصر ينشقون عن الفرقة الرابعة دمشق - المرصد السوري: أعلن عن انشقاق خمسة عناصر", ["عناصر ينشقون عن الفرقة الرابعة دمشق - المرصد السوري: أعلن عن انشقاق خمسة عناصر"]],
  // (r16) a label whose place is two words (a place of the gazetteer): both are the label's
  ["عناصر ينشقون عن قوات النظام في ريف درعا دير الزور - فرات بوست: أعلن ناشطون انشقاق خمسة عناصر", ["عناصر ينشقون عن قوات النظام في ريف درعا", "أعلن ناشطون انشقاق خمسة عناصر"]],
  ["انشقاقات جديدة في صفوف قسد رأس العين - خاص: أفادت مصادر محلية بأن خمسة عناصر انشقوا", ["انشقاقات جديدة في صفوف قسد", "أفادت مصادر محلية بأن خمسة عناصر انشقوا"]],
  // negative: the word before is no part of a place with the label's
  ["عناصر ينشقون عن قوات النظام في ريف دير الزور دمشق - المرصد السوري: أعلن ناشطون انشقاق خمسة عناصر", ["عناصر ينشقون عن قوات النظام في ريف دير الزور", "أعلن ناشطون انشقاق خمسة عناصر"]],
];

/** [kicker, headline run into the body, the sentences]: a kicker ended by «..» before a headline run into the body. */
export const KICKER_EXAMPLES: Array<[string, string[]]> = [
  ["وسط المعارك.. طاقم دبابة ينشق عن جيش الأسد ثقة - متابعات: أعلن المكتب الإعلامي انشقاق طاقم دبابة", ["وسط المعارك.. طاقم دبابة ينشق عن جيش الأسد", "أعلن المكتب الإعلامي انشقاق طاقم دبابة"]],
  ["في ضربة موجعة.. انشقاق 26 ضابطاً عن الجيش السوري أفاد ناشطون بأن 26 ضابطاً انشقوا", ["في ضربة موجعة.. انشقاق 26 ضابطاً عن الجيش السوري", "أفاد ناشطون بأن 26 ضابطاً انشقوا"]],
  // negatives: a single stop ends a sentence, not a kicker; a long first sentence is no kicker
  ["وسط المعارك. طاقم دبابة ينشق عن جيش الأسد أعلن المكتب الإعلامي انشقاق طاقم دبابة", ["وسط المعارك.", "طاقم دبابة ينشق عن جيش الأسد أعلن المكتب الإعلامي انشقاق طاقم دبابة"]],
  ["دارت معارك عنيفة في ريف حلب الجنوبي طوال الليل.. طاقم دبابة ينشق عن جيش الأسد أعلن المكتب الإعلامي انشقاق طاقم دبابة", ["دارت معارك عنيفة في ريف حلب الجنوبي طوال الليل..", "طاقم دبابة ينشق عن جيش الأسد أعلن المكتب الإعلامي انشقاق طاقم دبابة"]],
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
  // (the «ف» of «فرّ» is the root's, not the conjunction's: r15)
  return (!/^(ي|و|ف)/.test(w) || (w[0] === "ف" && verbAsWritten(w))) && !/(وا|ون|ان)$/.test(w) && !presentWithTa(w);
}

/**
 * A word of the headline that makes it a complete nominal phrase: a verbal noun, plural or participle trigger, or a
 * present verb that cannot be a perfect («ي…»، «ت…ون»).
 */
function headlineTrigger(t: Trigger, tokens: readonly Token[]): boolean {
  if (t.form !== "verb") return true;
  const w = tokens[t.first].text;
  return /^(ي|وي)/.test(w) || /^(ت|وت).*(ون|ان)$/.test(w) || presentWithTa(w);
}

// , ; : ( ) [ ] and the Arabic comma/semicolon; . ! ? « » are not between the headline and the verb either (a headline's quotes are).
const CLAUSE_MARK = /[,;:()[\]\u060c\u061b.!?]/;
/**
 * A source label right before the body's verb: one word, a dash, one to four words of the source, a colon (normalised
 * text: letters folded, the dash kept). Group 1 is the label.
 */
const SOURCE_LABEL = /(?:^| )([\u0621-\u064A]+ ?[-–—] ?[\u0621-\u064A]+(?: [\u0621-\u064A]+){0,3} ?: ?)$/;

/**
 * (r16) How many words ending at `head` (at most two, never the headline's first two) open with the label's first word
 * (`head + 1`) a place of the gazetteer: «دير» before «الزور»، «رأس» before «العين». The label's place is read whole.
 */
function placeWordsBefore(tokens: readonly Token[], head: number, a: number): number {
  for (let n = 2; n >= 1; n--) {
    if (head - n + 1 <= a + 1) continue;
    const words = tokens.slice(head - n + 1, head + 2);
    if (placeIndex().findAll(words).some((m) => m.first === 0 && m.last === words.length - 1)) return n;
  }
  return 0;
}

/** Where a headline run into the body ends (`head`, its last token) and the body starts (`body`, the verb). */
export interface RunIn {
  head: number;
  body: number;
}

/**
 * Where the body's first sentence starts inside the sentence `first`, when that sentence is a headline run into the
 * body with no mark (or only a source label); null when none.
 */
export function runInBoundary(text: string, tokens: readonly Token[], triggers: readonly Trigger[], first: Segment): RunIn | null {
  let a = 0;
  while (a < tokens.length && tokens[a].start < first.start) a++;
  if (a >= tokens.length || tokens[a].start >= first.end || NOT_A_HEADLINE_NOUN.has(tokens[a].text)) return null;
  const triggerAt = new Map<number, Trigger>();
  for (const t of triggers) if (t.first >= a && tokens[t.first].start < first.end) triggerAt.set(t.first, t);
  let nominal = false;
  for (let k = a; k < tokens.length && k <= a + MAX_HEADLINE_WORDS && tokens[k].end <= first.end; k++) {
    const tok = tokens[k];
    const t = triggerAt.get(k);
    if (OPENING_REPORT.has(tok.text) || (t !== undefined && perfectTrigger(t, tokens))) {
      if (k < a + 2) return null;
      const next = tokens[k + 1];
      if (!nominal || next === undefined || next.end > first.end || NO_SUBJECT.has(next.text)) return null;
      const before = text.slice(tokens[a].start, tok.start);
      const label = SOURCE_LABEL.exec(before);
      if (label) {
        // the headline ends at the last word before the label (two words at least, with its trigger)
        const labelStart = tokens[a].start + before.length - label[1].length;
        let head = k - 1;
        while (head > a && tokens[head].start >= labelStart) head--;
        // (r16) the label's place may be two words or three, a place of the gazetteer («دير الزور - فرات بوست:»)
        head -= placeWordsBefore(tokens, head, a);
        if (head <= a || tokens[head].start >= labelStart || CLAUSE_MARK.test(text.slice(tokens[a].start, tokens[head].end))) return null;
        return { head, body: k };
      }
      if (!CLAUSE_MARK.test(before) && !GOVERNED_AFTER.has(tokens[k - 1].text)) return { head: k - 1, body: k };
      return null; // a perfect verb the phrase before does not end a headline: the sentence is verbal already
    }
    if (t !== undefined && headlineTrigger(t, tokens)) nominal = true;
  }
  return null;
}

/** A kicker: a first sentence of at most this many words, ended by «..» (two stops or more), with no trigger. */
const MAX_KICKER_WORDS = 4;
function isKicker(text: string, tokens: readonly Token[], triggers: readonly Trigger[], s: Segment): boolean {
  if (!/[^.]\.\.+$/.test(text.slice(s.start, s.end))) return false;
  let words = 0;
  for (let k = 0; k < tokens.length && tokens[k].start < s.end; k++) if (tokens[k].start >= s.start) words++;
  if (words === 0 || words > MAX_KICKER_WORDS) return false;
  return !triggers.some((t) => t.start >= s.start && t.end <= s.end);
}

/** The sentences with the first split where a headline run into it ends; `headline` true when split. */
export function splitRunInHeadline(text: string, tokens: readonly Token[], triggers: readonly Trigger[], sentences: readonly Segment[]): { sentences: Segment[]; headline: boolean } {
  if (sentences.length === 0) return { sentences: [...sentences], headline: false };
  // (a kicker «وسط المعارك..» opens the headline: the sentence after it is the one run into the body)
  const kicked = sentences.length > 1 && isKicker(text, tokens, triggers, sentences[0]) ? 1 : 0;
  const first = sentences[kicked];
  const cut = runInBoundary(text, tokens, triggers, first);
  if (cut === null) return { sentences: [...sentences], headline: false };
  return { sentences: [{ start: sentences[0].start, end: tokens[cut.head].end }, { start: tokens[cut.body].start, end: first.end }, ...sentences.slice(kicked + 1)], headline: true };
}
