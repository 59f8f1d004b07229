/**
 * Rewordings of real reports around the clause (issue 10; `npm run -s eval:perturb`): a sentence-initial
 * connective or follow-up marker («كما»، «وفي سياق متصل،»، «إلى ذلك،»), a source named after the clause («، بحسب ما
 * نقل مراسل محلي»), and a day said otherwise with the same range from the publication date («أمس» ↔ «يوم أمس»,
 * «أمس» → the weekday of the day before, «أول أمس» → «قبل يومين»). Only sentences after the headline that tell
 * an incident are framed; dates are rewritten wherever they stand.
 */
import type { PublicationWindow } from "../../time/types";
import { triggerSentences } from "./framing";
import { applyEdits, hasTrigger, sentencesOf, TRIGGER_VERBS, wordsOf, type Edit } from "./words";

type Frame = ReturnType<typeof triggerSentences>[number];

/** Where a sentence's own و gives way to the connective (not the first letter of a word: وصل، وزير…). */
function afterConjunction(text: string, s: Frame): number {
  const w = s.first;
  return w.plain.startsWith("و") && w.plain.length > 3 && !/^(وصل|وحد|وزار|وكال|وسط|وفق|وجه|وقت|ولا|وزير|وكان|وقع|وقوع)/.test(w.plain) ? s.start + 1 : s.start;
}

/** «كما» before a sentence that opens with its trigger verb: "وانشق 3 عناصر" → "كما انشق 3 عناصر". */
export function kamaBeforeVerb(text: string): string {
  const edits: Edit[] = [];
  for (const s of triggerSentences(text)) {
    const bare = s.first.plain.replace(/^[وف]/, "");
    if (!TRIGGER_VERBS.has(bare) && !TRIGGER_VERBS.has(s.first.plain)) continue;
    edits.push({ start: s.start, end: afterConjunction(text, s), insert: "كما " });
  }
  return applyEdits(text, edits);
}

/** A follow-up marker with its comma before every sentence that tells an incident ("وفي سياق متصل، انشق…"). */
export function followUp(marker: string): (text: string) => string {
  return (text) => applyEdits(text, triggerSentences(text).map((s) => ({ start: s.start, end: afterConjunction(text, s), insert: `${marker}، ` })));
}

/**
 * «، بحسب ما نقل مراسل محلي» at the end of every sentence after the headline that holds a trigger word, before
 * its full stop (or its line break).
 */
export function sourceAfter(text: string): string {
  const firstLineEnd = text.indexOf("\n");
  if (firstLineEnd < 0) return text;
  const edits: Edit[] = [];
  // a dot inside a word ("انشقـ.اق", as some outlets write around filters) ends no sentence
  const sentences: Array<{ start: number; end: number }> = [];
  for (const s of sentencesOf(text)) {
    const prev = sentences.at(-1);
    if (prev && prev.end === s.start && /[\u0621-\u064a\u0640]\.$/.test(text.slice(prev.end - 2, prev.end)) && /^[\u0621-\u064a]/.test(text.slice(s.start))) prev.end = s.end;
    else sentences.push({ ...s });
  }
  for (const s of sentences) {
    if (s.start <= firstLineEnd || !hasTrigger(text, s)) continue;
    const body = text.slice(s.start, s.end);
    const m = body.match(/\s*[.!؟?\n]?\s*$/);
    const at = s.start + body.length - m![0].length;
    // a sentence that ends on a quotation, a colon or a comma is a frame already
    if (/[:،,"»)]$/.test(text.slice(s.start, at))) continue;
    // … and one that names its source already ("، بحسب مراسل …", "وفق مصادر")
    if (/(^|[\s،,])(بحسب|حسب|وفق|وفقا|نقلا)[\s ً]/.test(body)) continue;
    edits.push({ start: at, end: at, insert: "، بحسب ما نقل مراسل محلي" });
  }
  return applyEdits(text, edits);
}

const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
/** Words that make «أمس» part of a longer phrase of the date engine («أول أمس»، «يوم أمس»، «مساء أمس»…). */
const BEFORE_AMS = new Set(["اول", "يوم", "مساء", "صباح", "ليله", "ليل", "ظهر", "فجر", "عصر", "ظهيره", "منذ", "حتي", "قبل", "بعد"]);

/** Each «أمس» that stands alone (no «يوم»، «أول»، «مساء» before it, no «الأول» after it) as a phrase of the same day. */
function lonelyYesterdays(text: string): Array<{ start: number; end: number; clitic: string }> {
  const words = wordsOf(text);
  const out: Array<{ start: number; end: number; clitic: string }> = [];
  words.forEach((w, i) => {
    const clitic = w.plain === "امس" ? "" : w.plain === "وامس" ? "و" : null;
    if (clitic === null) return;
    const prev = words[i - 1];
    const next = words[i + 1];
    if (prev && text.slice(prev.end, w.start).trim() === "" && BEFORE_AMS.has(prev.plain.replace(/^[وف]/, ""))) return;
    if (next && text.slice(w.end, next.start).trim() === "" && (next.plain === "الاول" || next.plain === "القريب")) return;
    out.push({ start: w.start, end: w.end, clitic });
  });
  return out;
}

/** «أمس» → «يوم أمس». */
export const yesterdayAsDay = (text: string): string => applyEdits(text, lonelyYesterdays(text).map((y) => ({ start: y.start, end: y.end, insert: `${y.clitic}يوم أمس` })));

/** «يوم أمس» → «أمس». */
export const dayYesterdayBare = (text: string): string => text.replace(/(?<![\u0621-\u064a])([وف]?)يوم (أمس|امس)(?![\u0621-\u064a])/g, "$1$2");

/**
 * «أمس» → «يوم» + the weekday of the day before publication ("أمس" published on a Monday → "يوم الأحد"), only
 * for a report published on one known day (a window has no one weekday before it).
 */
export function yesterdayAsWeekday(text: string, published: PublicationWindow): string {
  if (published.start !== published.end) return text;
  const day = new Date(`${published.start}T00:00:00Z`);
  const weekday = WEEKDAYS[(day.getUTCDay() + 6) % 7];
  return applyEdits(text, lonelyYesterdays(text).map((y) => ({ start: y.start, end: y.end, insert: `${y.clitic}يوم ${weekday}` })));
}

/** «أول أمس» / «أمس الأول» → «قبل يومين». */
export const dayBeforeAsTwoDaysAgo = (text: string): string => text.replace(/(?<![\u0621-\u064a])([وف]?)(?:(?:يوم )?[أا]ول [أا]مس|[أا]مس الأول)(?![\u0621-\u064a])/g, "$1قبل يومين");
