/**
 * Framing as outlets add it: the report's sentences attributed to a source ("وبحسب ناشطين،", "وقالت مصادر
 * محلية إن"), a relative clause between the counted people and the group they left, and a sentence cut in two
 * at its "، و" (the second half goes on with the same people). Only sentences with a trigger word are touched,
 * and never the headline (the first line).
 */
import { textOnly, type Perturbation } from "./types";
import { applyEdits, hasTrigger, isIn, peopleNoun, sentencesOf, TRIGGER_VERBS, TRIGGER_WORDS, wordsOf, type Edit } from "./words";

/** Verbs and openers that already frame a sentence ("قال ناشطون"، "وأكد"، "وفي سياق متصل"): no second frame. */
const ALREADY_FRAMED = /^[وف]?(قال|قالت|اكد|اكدت|افاد|افادت|ذكر|ذكرت|اوضح|اوضحت|اضاف|اضافت|اشار|اشارت|نقل|نقلت|تحدث|تحدثت|اعلن|اعلنت|بحسب|حسب|وفق|في|من|على|مع|بعد|قبل|كما|الا|لكن|ان|انه)$/;

/** Sentences of the body (after the first line) with a trigger among their first four words, not already framed. */
export function triggerSentences(text: string) {
  const firstLineEnd = text.indexOf("\n");
  return sentencesOf(text)
    .filter((s) => firstLineEnd >= 0 && s.start > firstLineEnd)
    .map((s) => {
      const lead = text.slice(s.start, s.end).match(/^\s*/)![0].length;
      return { start: s.start + lead, end: s.end, words: wordsOf(text.slice(s.start + lead, s.end)) };
    })
    .filter((s) => s.words.length > 0 && s.words[0].start === 0 && !ALREADY_FRAMED.test(s.words[0].plain) && s.words.slice(0, 4).some((w) => isIn(w.plain, TRIGGER_WORDS)))
    .map((s) => ({ start: s.start, end: s.end, first: s.words[0] }));
}

/** The sentence's own conjunction "و" gives way to the frame's. */
export const withoutConjunction = (text: string, start: number, first: { plain: string; text: string }): number =>
  first.plain.startsWith("و") && first.plain.length > 3 && !/^(وقال|وصل|وحد|وزار|وكال|وسط|وفق|وجه|وقت|ولا|وزير|وكان)/.test(first.plain) ? start + 1 : start;

/** "وبحسب ناشطين، " before each sentence that tells an incident. */
export function accordingToActivists(text: string): string {
  return applyEdits(text, triggerSentences(text).map((s) => ({ start: s.start, end: withoutConjunction(text, s.start, s.first!), insert: "وبحسب ناشطين، " })));
}

/** "وقالت مصادر محلية إن" before each such sentence ("إنه" before a verb, which "إن" cannot govern). */
export function localSourcesSaid(text: string): string {
  return applyEdits(
    text,
    triggerSentences(text).map((s) => {
      // "إن" governs a noun ("إن 5 عناصر انشقوا", "إن انشقاق…"); before anything else (a verb) it takes "ه".
      const rest = s.first!.plain.replace(/^و/, "");
      const noun = /^[0-9]/.test(rest) || rest.startsWith("ال") || (isIn(rest, TRIGGER_WORDS) && !isIn(rest, TRIGGER_VERBS));
      return { start: s.start, end: withoutConjunction(text, s.start, s.first!), insert: `وقالت مصادر محلية ${noun ? "إن" : "إنه"} ` };
    }),
  );
}

/**
 * A relative clause after the counted people and before the group they are "من" or "عن":
 * "انشق 5 عناصر من X" → "انشق 5 عناصر، كانوا يخدمون على حواجز المنطقة، من X".
 */
export function relativeClauseBeforeGroup(text: string): string {
  const words = wordsOf(text);
  const edits: Edit[] = [];
  words.forEach((w, i) => {
    const next = words[i + 1];
    const found = peopleNoun(w.plain);
    if (!found || found.form === "singular" || !next || text.slice(w.end, next.start) !== " " || (next.plain !== "من" && next.plain !== "عن")) return;
    // only in a sentence that tells an incident
    const sentence = sentencesOf(text).find((s) => s.start <= w.start && w.end <= s.end);
    if (!sentence || !hasTrigger(text, sentence)) return;
    edits.push({ start: w.end, end: next.start, insert: "، كانوا يخدمون على حواجز المنطقة، " });
  });
  return applyEdits(text, edits);
}

/** A sentence with a trigger cut at its first "، و" after the trigger: ". و…" (the same people go on). */
export function splitSentences(text: string): string {
  const edits: Edit[] = [];
  for (const s of triggerSentences(text)) {
    const body = text.slice(s.start, s.end);
    const trigger = wordsOf(body).find((w) => isIn(w.plain, TRIGGER_WORDS));
    if (!trigger) continue;
    const cut = body.slice(trigger.end).search(/[،,] و/);
    if (cut < 0) continue;
    const at = s.start + trigger.end + cut;
    edits.push({ start: at, end: at + 1, insert: "." });
  }
  return applyEdits(text, edits);
}

/** Sentences run on: every full stop within a paragraph written as a comma (as posts on social media do). */
export const runOn = (text: string): string => text.replace(/(?<![0-9])\.(?=[ \t]+\S)/g, "،");

/** The headline run into the body: its line break written as a full stop (as a scraped page may give it). */
export const headlineRunIn = (text: string): string => text.replace(/^([^\n.!?؟]+?)[ \t]*\n+\s*/, "$1. ");

export const FRAMING: Perturbation[] = [
  textOnly("frame-activists", "framing", "\"وبحسب ناشطين،\" before each sentence that tells an incident", accordingToActivists),
  textOnly("frame-local-sources", "framing", "\"وقالت مصادر محلية إن(ه)\" before each sentence that tells an incident", localSourcesSaid),
  textOnly("relative-clause", "framing", "a relative clause between the counted people and the group (\"، كانوا يخدمون على حواجز المنطقة،\")", relativeClauseBeforeGroup),
  textOnly("run-on", "framing", "every full stop within a paragraph written as a comma", runOn),
  textOnly("headline-run-in", "framing", "the headline's line break written as a full stop", headlineRunIn),
  textOnly("sentence-split", "framing", "a sentence that tells an incident cut in two at its \"، و\"", splitSentences),
];
