/**
 * Where a real report tells an incident in one clause, for the structural rewrites (issue 10, round 14;
 * `restructured-clauses.ts`, `restructured-story.ts`): a trigger verb and its counted subject, verb first («انشق 12
 * عنصراً من X») or subject first («أن 12 عنصراً من X انشقوا»), with the group it left when «من/عن» and a name of
 * the gazetteer follow the subject. Never in the headline (the first line).
 */
import { foldLetters } from "../../arabic/normalize";
import { groupNames } from "./group-names";
import { findNumbers } from "../../arabic/numbers";
import { isDigits, peopleNoun, readings, sentencesOf, wordsOf, type PeopleNoun, type WordAt } from "./words";

export interface VerbFormsOf {
  /** The singular perfect, the plural perfect, the verbal noun, and the participle plural (nominative). */
  singular: string;
  plural: string;
  masdar: string;
  participle: string;
}

const FORMS: Record<string, VerbFormsOf> = {
  [foldLetters("انشق")]: { singular: "انشق", plural: "انشقوا", masdar: "انشقاق", participle: "المنشقون" },
  [foldLetters("فر")]: { singular: "فرّ", plural: "فرّوا", masdar: "فرار", participle: "الفارّون" },
  [foldLetters("هرب")]: { singular: "هرب", plural: "هربوا", masdar: "هروب", participle: "الهاربون" },
};
const PLURAL_VERBS: Record<string, string> = { [foldLetters("انشقوا")]: "انشق", [foldLetters("فروا")]: "فر", [foldLetters("هربوا")]: "هرب" };

export interface Incident {
  order: "verb-first" | "subject-first";
  /** The span the clause rewrites replace: verb … group (verb first) or subject … verb (subject first). */
  start: number;
  end: number;
  /** The proclitic of the verb («و», «ف» or "") when it comes first. */
  clitic: string;
  forms: VerbFormsOf;
  /** The verb as written (its proclitic too). */
  verb: WordAt;
  /** Words of time between a verb that comes first and its subject (« اليوم», « مساء أمس»), with their space; or "". */
  adverb: string;
  /** The counted subject as written («نحو 15 عنصراً»), its hedge («نحو» or ""), its figure (digits or words) and its noun. */
  subject: string;
  hedge: string;
  figure: string;
  digits: boolean;
  noun: PeopleNoun;
  /** «من» or «عن» and the group's name as written (its kind word, quotes and adjectives), or null. */
  prep: string | null;
  group: string | null;
  /** A subject-first site whose group comes after its verb («أن 100 عنصر هربوا من داعش»). */
  groupAfterVerb: boolean;
  /** The sentence (its span) the incident stands in. */
  sentence: { start: number; end: number };
  /** The word right before the site («أن/إن» governs a subject-first site). */
  before: WordAt | undefined;
}

/** The name after «من/عن», as written, with its quotes, kind word and up to two adjectives; its end. */
function groupAfter(text: string, prepEnd: number, names: ReturnType<typeof groupNames>): { written: string; end: number } | null {
  const name = names.find((n) => n.start >= prepEnd && n.clitic === "" && /^[\s"«“]*([\u0621-\u064a]+[\s"«“]+)?$/.test(text.slice(prepEnd, n.start)));
  if (!name) return null;
  const tail = text.slice(name.end).match(/^["»”]?(?: ال[\u0621-\u064a\u064b-\u0652]+){0,2}/)![0];
  // (an adjective that is a word of time or place belongs to the clause: «… الإرهابي» yes, «… الأربعاء» no)
  const kept = tail.replace(/ (?:ال(?:تابع|مدعوم|مرتبط|منضوي|موالي|مقرب|أحد|اثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت|يوم|ماضي|جاري|حالي|شرقي|غربي|شمالي|جنوبي))[\s\S]*$/, "");
  return { written: text.slice(prepEnd, name.end + kept.length).trim(), end: name.end + kept.length };
}

const HEDGE_WORDS = new Set(["نحو", "قرابه", "حوالي", "زهاء"]);
/** Words of a day between a verb and its subject: «انشق اليوم 14 عنصراً»، «فرّ مساء أمس 3 جنود». */
const TIME_WORDS = new Set(["اليوم", "امس", "يوم", "مساء", "صباح", "فجر", "ليل", "ليله", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"]);

/** The figure at word k: digits, or number words («ثلاثة»، «مئة وسبعين»); its text and the word after it. */
function figureAt(words: WordAt[], k: number): { text: string; digits: boolean; next: number } | null {
  const w = words[k];
  if (!w) return null;
  if (isDigits(w)) return { text: w.text, digits: true, next: k + 1 };
  const n = findNumbers(w.plain)[0];
  if (!n || n.start !== 0 || n.end !== w.plain.length) return null;
  // (a compound of words: «مئة وسبعين», «خمسة عشر»)
  let j = k + 1;
  while (words[j] && j < k + 3) {
    const m = findNumbers(words[j].plain.replace(/^و/, ""))[0];
    if (!m || m.start !== 0 || m.end !== words[j].plain.replace(/^و/, "").length) break;
    j++;
  }
  return { text: words.slice(k, j).map((x) => x.text).join(" "), digits: false, next: j };
}

/** Every incident clause of the body, at most one per sentence (the first), in text order. */
export function incidentSites(text: string): Incident[] {
  const firstLineEnd = text.indexOf("\n");
  if (firstLineEnd < 0) return [];
  const words = wordsOf(text);
  const names = groupNames(text);
  const sentences = sentencesOf(text);
  const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end)!;
  const out: Incident[] = [];

  // verb … subject: [و/ف]verb [time words] [hedge] figure noun [من/عن name [adjectives]]
  words.forEach((w, i) => {
    const stem = readings(w.plain).find((r) => FORMS[r] !== undefined);
    if (stem === undefined || w.start < firstLineEnd) return;
    const clitic = w.plain.slice(0, w.plain.length - stem.length);
    if (clitic !== "" && clitic !== "و" && clitic !== "ف") return;
    // («وفر» without its shadda also reads وفّر, "provided")
    if (clitic !== "" && stem === "فر" && !w.text.includes("ّ")) return;
    let k = i + 1;
    while (words[k] && TIME_WORDS.has(words[k].plain) && k < i + 4) k++;
    const adverbEnd = k > i + 1 ? words[k - 1].end : w.end;
    const hedge = words[k] && HEDGE_WORDS.has(words[k].plain) ? words[k++] : undefined;
    const fig = figureAt(words, k);
    if (!fig) return;
    const nounWord = words[fig.next];
    const noun = nounWord && peopleNoun(nounWord.plain);
    if (!noun || (noun.form === "singular" && !isDigits(words[k]))) return;
    const start = w.start;
    if (/[،,.؛:!?؟()\n]/.test(text.slice(w.end, nounWord.start))) return;
    let end = nounWord.end;
    let prep: string | null = null;
    let group: string | null = null;
    const after = words[fig.next + 1];
    if (after && /^(من|عن)$/.test(after.plain) && text.slice(nounWord.end, after.start).trim() === "") {
      const g = groupAfter(text, after.end, names);
      if (g) ({ prep, group, end } = { prep: after.text, group: g.written, end: g.end });
    }
    const subjectStart = (hedge ?? words[k]).start;
    out.push({ order: "verb-first", start, end, clitic, forms: FORMS[stem], verb: w, adverb: text.slice(w.end, adverbEnd), subject: text.slice(subjectStart, nounWord.end), hedge: hedge?.text ?? "", figure: fig.text, digits: fig.digits, noun: noun.noun, prep, group, groupAfterVerb: false, sentence: sentenceOf(start), before: words[i - 1] });
  });

  words.forEach((verb, i) => {
    const singular = PLURAL_VERBS[verb.plain];
    if (!singular || verb.start < firstLineEnd) return;
    // subject … verb: [hedge] figure noun [من/عن name [adjectives]] verb, nothing but spaces and quotes between
    let j = i - 1;
    let prep: string | null = null;
    let group: string | null = null;
    const name = names.filter((n) => n.end <= verb.start && n.clitic === "" && /^[\s"»”]*(?: ال[\u0621-\u064a\u064b-\u0652]+){0,2}\s*$/.test(text.slice(n.end, verb.start))).at(-1);
    if (name) {
      const p = words.findIndex((w) => w.start >= name.start) - 1;
      const pw = words[p];
      if (pw && /^(من|عن)$/.test(pw.plain)) {
        const g = groupAfter(text, pw.end, names);
        if (g && text.slice(g.end, verb.start).trim() === "") ({ prep, group, j } = { prep: pw.text, group: g.written, j: p - 1 });
      }
    }
    const nounWord = words[j];
    const noun = nounWord && peopleNoun(nounWord.plain);
    // (a singular only after a figure of hundreds or thousands: «100 عنصر»، «مئة عنصر»)
    if (!noun) return;
    // the figure before the noun: digits, or one or two number words («خمسة عناصر», «مئة وسبعين عسكرياً»)
    let f = j - 1;
    while (f > j - 3 && words[f - 1] && !isDigits(words[f]) && figureAt(words, f - 1)?.next === j) f--;
    const fig = figureAt(words, f);
    if (!fig || fig.next !== j) return;
    if (noun.form === "singular" && !(fig.digits ? Number(words[f].text) >= 100 : /(مئ|مائ|الف|الاف)/.test(words[j - 1].plain))) return;
    // (the hedge goes with the subject: «نحو 15»، «أكثر من 200»)
    let first = f;
    if (words[f - 1] && HEDGE_WORDS.has(words[f - 1].plain)) first = f - 1;
    else if (words[f - 1]?.plain === "من" && words[f - 2] && /^(اكثر|اقل)$/.test(words[f - 2].plain)) first = f - 2;
    else if (words[f - 1] && /^(اكثر|اقل)$/.test(words[f - 1].plain)) return;
    const start = words[first].start;
    if (/[،,.؛:\n]/.test(text.slice(start, verb.start).replace(/["«»“”]/g, ""))) return;
    if (out.some((o) => o.start <= start && start < o.end)) return;
    // a group after the verb when none came before it: «أن 100 عنصر هربوا من داعش»
    let end = verb.end;
    const next = words[i + 1];
    if (!group && next && /^(من|عن)$/.test(next.plain) && text.slice(verb.end, next.start).trim() === "") {
      const g = groupAfter(text, next.end, names);
      if (g) ({ prep, group, end } = { prep: next.text, group: g.written, end: g.end });
    }
    const groupAfterVerb = end > verb.end;
    out.push({
      order: "subject-first",
      start,
      end,
      clitic: "",
      forms: FORMS[foldLetters(singular)],
      verb,
      adverb: "",
      subject: text.slice(start, nounWord.end),
      hedge: first === f ? "" : text.slice(start, words[f].start).trim(),
      figure: fig.text,
      digits: fig.digits,
      noun: noun.noun,
      prep,
      group,
      groupAfterVerb,
      sentence: sentenceOf(start),
      before: words[first - 1],
    });
  });

  const sorted = out.sort((a, b) => a.start - b.start);
  return sorted.filter((x, k) => k === 0 || sorted[k - 1].sentence.start !== x.sentence.start);
}

/** The noun's plural without a figure, nominative (a subject after its verb) or not: «عناصر»، «مقاتلون/مقاتلين». */
export function bareNounPlural(noun: PeopleNoun, nominative: boolean): string {
  return nominative && noun.plural.endsWith("ين") ? `${noun.plural.slice(0, -2)}ون` : noun.plural;
}

/** Whether the site's verb opens its sentence (after its «و/ف» only). */
export function opensSentence(text: string, site: Incident): boolean {
  return text.slice(site.sentence.start, site.start).trim() === "";
}

/** The sentence's end before its full stop (or line break), and whether it has a full stop. */
export function sentenceClose(text: string, site: Incident): { at: number; stop: boolean } | null {
  const body = text.slice(site.sentence.start, site.sentence.end);
  const m = body.match(/\s*([.!؟?\n])?\s*$/)!;
  if (m[1] && m[1] !== "." && m[1] !== "\n") return null;
  return { at: site.sentence.start + body.length - m[0].length, stop: m[1] === "." };
}
