/**
 * Moving a date phrase within a report without changing what it dates (CheckList "invariance"): to the
 * start or the end of its clause, into a sentence before it that introduces the incident or a sentence after
 * it that refers back ("وكان ذلك فجر الأحد"), after "وذلك" at the sentence's end, or under a reporting frame
 * with a day of its own ("وذكرت مصادر محلية أمس أنه … فجر الأحد"). Pure: text in, texts out.
 */
import { loose } from "./dates-words";

export interface Span {
  start: number;
  end: number;
}

export interface TextVariant {
  /** The placement ("to sentence start"). */
  name: string;
  /** The placement and what it added. */
  label: string;
  text: string;
}

/** A sentence ends at ! ? ؟ or a line break, or at a full stop before a space (not "انـ.شق"، "م.د"). */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  return "!?؟\n".includes(ch) || (ch === "." && (i + 1 === text.length || /\s/.test(text[i + 1])));
}

/** The sentence around a span: from after the last sentence end before it to the next one (exclusive). */
export function sentenceAround(text: string, site: Span): Span {
  let start = site.start;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  while (start < site.start && /\s/.test(text[start])) start++;
  let end = site.end;
  while (end < text.length && !endsSentence(text, end)) end++;
  return { start, end };
}

/** The sentence without the phrase, its commas and spaces tidied. */
function withoutPhrase(sentence: string, from: number, to: number): string {
  return (sentence.slice(0, from) + sentence.slice(to))
    .replace(/\s*([،,])\s*([،,])/g, "$1")
    .replace(/\s+([،,.])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .replace(/^[\s،,]+|[\s،,]+$/g, "");
}

/** "وانشق" → "انشق" after "أنه": the conjunction of a sentence that now follows a frame. */
const LEADING_AND = /^[وف](?=[اأإتفي])/;
const THAT_DAY = new RegExp(`^(?:${loose("في")}\\s+)?${loose("اليوم")}(?![\u0621-\u064A])`);
const YESTERDAY_IN = new RegExp(`${loose("أمس")}|${loose("البارحة")}`);

/** "أنّ" and its forms: what a reporting verb says starts after it. */
const THAT = new RegExp(`(?:^|\\s)(?:${["أن", "إن", "بأن", "أنه", "أنها", "أنهم", "بأنه", "بأنها", "بأنهم"].map(loose).join("|")})(?=\\s)`, "g");

/** Reporting verbs: a day put before one dates the telling, not what it tells. */
const REPORTING = new RegExp(
  `(?:^|\\s)[وف]?(?:${["قال", "قالت", "قالوا", "ذكر", "ذكرت", "أفاد", "أفادت", "تحدث", "تحدثت", "أعلن", "أعلنت", "أكد", "أكدت", "نقل", "نقلت", "أوضح", "أوضحت", "كشف", "كشفت", "أشار", "أشارت"].map(loose).join("|")})(?=\\s)`,
);

/** The phrase's clause within its sentence: after the last comma or "أن" before it, up to the next comma. */
function clauseAround(sentence: string, from: number, to: number): Span {
  let start = 0;
  // (a comma or colon before a space: "السـ,خط" is a word broken on purpose)
  for (const m of sentence.slice(0, from).matchAll(/[،,؛:](?=\s)/g)) start = m.index + 1;
  for (const m of sentence.slice(0, from).matchAll(THAT)) start = Math.max(start, m.index + m[0].length);
  const next = sentence.slice(to).search(/[،,؛:](?=\s)/);
  return { start, end: next < 0 ? sentence.length : to + next };
}

/**
 * The placements of the phrase at `site` (none for a phrase on the first line of a text of several
 * lines: a headline has no sentence to move within). The phrase moves within its clause ("قال ناشطون إن
 * عناصر انشقوا أمس" → "… إن أمس، عناصر انشقوا" would be odd, so: "… إن عناصر انشقوا أمس" ↔ start of what
 * إن introduces), so that it stays in what it dated and out of a reporting verb's reach or another clause.
 */
export function placements(text: string, site: Span): TextVariant[] {
  const firstLineEnd = text.indexOf("\n");
  if (firstLineEnd >= 0 && site.start < firstLineEnd) return [];
  const s = sentenceAround(text, site);
  const sentence = text.slice(s.start, s.end);
  const phrase = text.slice(site.start, site.end).trim();
  const c = clauseAround(sentence, site.start - s.start, site.end - s.start);
  const clause = sentence.slice(c.start, c.end);
  const restOfClause = withoutPhrase(clause, site.start - s.start - c.start, site.end - s.start - c.start);
  if (restOfClause.length === 0) return [];
  const lead = sentence.slice(0, c.start);
  const space = lead.length > 0 && !/\s$/.test(lead) ? " " : "";
  const put = (replacement: string) => text.slice(0, s.start) + replacement + text.slice(s.end);
  const inClause = (clauseText: string) => put(lead + space + clauseText + sentence.slice(c.end));
  const sentenceWithout = withoutPhrase(sentence, site.start - s.start, site.end - s.start);
  const frameDay = YESTERDAY_IN.test(phrase) ? "اليوم" : "أمس";
  // Before a reporting verb of its clause the phrase would date the telling ("أمس، تحدث ناشطون عن …").
  const toStart = REPORTING.test(sentence.slice(c.start, site.start - s.start)) ? [] : [{ name: "to clause start", label: "to clause start", text: inClause(`${phrase}، ${restOfClause}`) }];
  // A sentence that opens with a reporting verb already has its frame.
  const frame = REPORTING.test(sentence.split(/\s+/).slice(0, 2).join(" ")) ? [] : [{ name: "under a reporting frame", label: `وذكرت مصادر محلية ${frameDay} أنه …`, text: put(`وذكرت مصادر محلية ${frameDay} أنه ${sentence.replace(LEADING_AND, "")}`) }];
  // ("وذلك اليوم" is also "that day": no such variant for a phrase that opens with اليوم.)
  const thatWas = THAT_DAY.test(phrase)
    ? []
    : [
        { name: "into a sentence after", label: "… وكان ذلك …", text: put(`${sentenceWithout}. وكان ذلك ${phrase}`) },
        { name: "after وذلك at the sentence's end", label: "…، وذلك …", text: put(`${sentenceWithout}، وذلك ${phrase}`) },
      ];
  return [
    ...toStart,
    { name: "to clause end", label: "to clause end", text: inClause(`${restOfClause} ${phrase}`) },
    { name: "into a sentence before", label: "شهدت المنطقة حادثة جديدة …", text: put(`شهدت المنطقة حادثة جديدة ${phrase}. ${sentenceWithout}`) },
    ...thatWas,
    ...frame,
  ];
}
