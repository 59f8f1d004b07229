/**
 * Numbers as outlets write them: a head count in digits or in words (with the form the counted noun wants:
 * ثلاثة عناصر but ثلاث مجندات; عشرون after a verb, عشرين after a preposition or a verbal noun), and the
 * count itself changed so that the noun takes its other number form (5 عناصر → 15 عنصراً), the gold following.
 */
import { normalizeArabic, originalSpan } from "../../arabic/normalize";
import { findNumbers } from "../../arabic/numbers";
import type { GoldEvent } from "../gold";
import { textOnly, type Perturbation, type Variant } from "./types";
import { applyEdits, digitValue, folded, isDigits, peopleNoun, readings, wordsOf, type Edit } from "./words";

export type NumberCase = "nominative" | "genitive";

const UNITS_MASC = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"];
const UNITS_FEM = ["", "إحدى", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع"];
const TENS = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"];
const HUNDREDS = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"];

const genitive = (word: string, kase: NumberCase): string => (kase === "genitive" ? word.replace(/ان$/, "ين").replace(/ون$/, "ين").replace(/^اثنا/, "اثني").replace(/^اثنتا/, "اثنتي") : word);

/**
 * The words of 1..999 counting a noun of the given gender, in the given case (Modern Standard Arabic:
 * 3–10 take the opposite gender, 11–19 too on their unit, the tens agree with nothing).
 */
export function numberWords(n: number, feminineNoun: boolean, kase: NumberCase): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new Error(`numberWords: ${n} is not a whole number from 1 to 999`);
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(genitive(HUNDREDS[hundreds], kase));
  if (rest > 0) parts.push(belowHundred(rest, feminineNoun, kase));
  return parts.join(" و");
}

function belowHundred(n: number, fem: boolean, kase: NumberCase): string {
  // The number takes the gender opposite to the noun's from 3 to 10.
  const unit = (u: number): string => (u === 1 ? (fem ? "إحدى" : "واحد") : u === 2 ? genitive(fem ? "اثنتان" : "اثنان", kase) : fem ? UNITS_FEM[u] : UNITS_MASC[u]);
  if (n < 10) return unit(n);
  if (n === 10) return fem ? "عشر" : "عشرة";
  if (n === 11) return fem ? "إحدى عشرة" : "أحد عشر";
  if (n === 12) return genitive(fem ? "اثنتا عشرة" : "اثنا عشر", kase);
  if (n < 20) return `${unit(n % 10)} ${fem ? "عشرة" : "عشر"}`;
  const tens = genitive(TENS[Math.floor(n / 10)], kase);
  return n % 10 === 0 ? tens : `${unit(n % 10)} و${tens}`;
}

/** After these verbs the counted people are the subject (nominative): "انشق خمسة وعشرون عنصراً". */
const SUBJECT_VERBS = folded("انشق فر هرب انضم التحق وصل سلم ترك غادر تمكن تسرب عاد خرج");

/** Every "DIGITS NOUN" of counted people, with the figure and the noun's form. */
function countedDigits(text: string) {
  const words = wordsOf(text);
  const out: Array<{ number: (typeof words)[number]; noun: (typeof words)[number]; value: number; found: NonNullable<ReturnType<typeof peopleNoun>>; kase: NumberCase }> = [];
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (!isDigits(w) || !next || text.slice(w.end, next.start).trim() !== "") return;
    const found = peopleNoun(next.plain);
    if (!found) return;
    const prev = words[i - 1];
    const kase: NumberCase = prev && readings(prev.plain).some((r) => SUBJECT_VERBS.has(r)) && text.slice(prev.end, w.start).trim() === "" ? "nominative" : "genitive";
    out.push({ number: w, noun: next, value: digitValue(w.text), found, kase });
  });
  return out;
}

/** "25 عنصراً" → "خمسة وعشرون عنصراً" (3..999; the forms as the noun wants). */
export function digitsToWords(text: string): string {
  const edits: Edit[] = countedDigits(text)
    .filter((s) => s.value >= 3 && s.value <= 999)
    .map((s) => ({ start: s.number.start, end: s.number.end, insert: numberWords(s.value, s.found.noun.feminine, s.kase) }));
  return applyEdits(text, edits);
}

/** "خمسة وعشرين عنصراً" → "25 عنصراً": a number in words of 3 or more right before a people noun. */
export function wordsToDigits(text: string): string {
  const norm = normalizeArabic(text);
  const edits: Edit[] = [];
  for (const n of findNumbers(norm.text)) {
    if (n.value < 3 || /[0-9]/.test(n.text) || n.prefix.includes("ال")) continue;
    const after = norm.text.slice(n.end).match(/^ ([\u0621-\u064a]+)/);
    if (!after || !peopleNoun(after[1])) continue;
    const span = originalSpan(norm, n.start + n.prefix.length, n.end);
    edits.push({ start: span.start, end: span.end, insert: String(n.value) });
  }
  return applyEdits(text, edits);
}

/**
 * The figure moved across the 10/11 line so the noun takes its other number form: 3..9 with a plural
 * (5 عناصر) become 13..19 with the singular accusative (15 عنصراً), and 13..19 become 3..9. Only figures
 * that are some gold event's best count are changed (every mention of that figure), and those events'
 * counts move by the same amount.
 */
export function otherNumberForm(text: string, events: readonly GoldEvent[]): Variant | null {
  const golds = new Set(events.flatMap((e) => (e.count ? [e.count.best] : [])));
  const sites = countedDigits(text);
  // A figure also written elsewhere ("المنشقين الـ17", "سبعة عشر") would tell the old count: leave it.
  const mentions = new Map<number, number>();
  for (const n of findNumbers(normalizeArabic(text).text)) mentions.set(n.value, (mentions.get(n.value) ?? 0) + 1);
  const edits: Edit[] = [];
  const deltas = new Map<number, number>();
  for (const s of sites) {
    if (!golds.has(s.value) || mentions.get(s.value) !== sites.filter((x) => x.value === s.value).length) continue;
    const { noun, form } = s.found;
    if (s.value >= 3 && s.value <= 9 && form === "plural") {
      edits.push({ start: s.number.start, end: s.noun.end, insert: `${s.value + 10} ${noun.accusative}` });
      deltas.set(s.value, 10);
    } else if (s.value >= 13 && s.value <= 19 && form === "accusative") {
      edits.push({ start: s.number.start, end: s.noun.end, insert: `${s.value - 10} ${noun.plural}` });
      deltas.set(s.value, -10);
    }
  }
  if (edits.length === 0) return null;
  return {
    text: applyEdits(text, edits),
    events: events.map((e) => {
      const d = e.count ? deltas.get(e.count.best) : undefined;
      return d === undefined || !e.count ? e : { ...e, count: { low: e.count.low + d, best: e.count.best + d, high: e.count.high + d } };
    }),
  };
}

/** The convention's range for an approximate figure ("نحو N"): ⌊0.8N⌋..N..⌈1.2N⌉. */
export const about = (n: number) => ({ low: Math.floor(0.8 * n), best: n, high: Math.ceil(1.2 * n) });

/**
 * A directional test: an exact head count hedged ("5 عناصر" → "نحو 5 عناصر"); the gold becomes the
 * conventions' range for an approximate figure. Only figures that are some gold event's exact count.
 */
export function hedgedCount(text: string, events: readonly GoldEvent[]): Variant | null {
  const exact = new Set(events.flatMap((e) => (e.count && e.count.low === e.count.best && e.count.best === e.count.high && e.count.best >= 3 ? [e.count.best] : [])));
  const words = wordsOf(text);
  const hedges = new Set(["نحو", "قرابه", "حوالي", "زهاء", "اكثر", "اقل", "من", "يقارب", "بين"]);
  const edits: Edit[] = [];
  const hedged = new Set<number>();
  for (const s of countedDigits(text)) {
    if (!exact.has(s.value)) continue;
    const prev = words.filter((w) => w.end <= s.number.start).at(-1);
    if (prev && hedges.has(prev.plain)) continue;
    edits.push({ start: s.number.start, end: s.number.start, insert: "نحو " });
    hedged.add(s.value);
  }
  if (edits.length === 0) return null;
  return { text: applyEdits(text, edits), events: events.map((e) => (e.count && hedged.has(e.count.best) && e.count.low === e.count.high ? { ...e, count: about(e.count.best) } : e)) };
}

export const NUMBERS: Perturbation[] = [
  textOnly("digits-as-words", "numbers", "a head count in digits written in words", digitsToWords),
  textOnly("words-as-digits", "numbers", "a head count in words written in digits", wordsToDigits),
  { name: "count-hedged", family: "numbers", description: "an exact count hedged (نحو N), gold to ⌊0.8N⌋..N..⌈1.2N⌉", apply: hedgedCount },
  { name: "other-number-form", family: "numbers", description: "the count moved across 10 (5 عناصر ↔ 15 عنصراً), gold adjusted", apply: otherNumberForm },
];
