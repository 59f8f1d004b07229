/**
 * Rewordings of real reports that write the men another way (issue 10; run by `npm run -s eval:perturb`): the
 * people noun for another of the same men (عناصر ↔ مقاتلين ↔ جنود ↔ أفراد ↔ منتسبين, in the form and case the
 * place wants), a dual for «اثنان من» + the plural, and the tanween on a men noun's accusative written or left
 * out. None changes a group, count, kind, date or place. The verbs and the other words: ./reworded-words.ts.
 */
import { foldLetters } from "../../arabic/normalize";
import { groupNames } from "./group-names";
import { applyEdits, readings, wordsOf, type Edit, type WordAt } from "./words";

/** A noun of counted men in its forms: singular, accusative singular (after 11–99), plural genitive and nominative. */
export interface MenNoun {
  singular: string;
  accusative: string;
  plural: string;
  pluralNominative: string;
  /** The plural governing a definite noun (its ن dropped): "مقاتلي التنظيم", "مقاتلو التنظيم". */
  construct: string;
  constructNominative: string;
}

export const MEN_NOUNS: Record<string, MenNoun> = {
  element: { singular: "عنصر", accusative: "عنصراً", plural: "عناصر", pluralNominative: "عناصر", construct: "عناصر", constructNominative: "عناصر" },
  fighter: { singular: "مقاتل", accusative: "مقاتلاً", plural: "مقاتلين", pluralNominative: "مقاتلون", construct: "مقاتلي", constructNominative: "مقاتلو" },
  soldier: { singular: "جندي", accusative: "جندياً", plural: "جنود", pluralNominative: "جنود", construct: "جنود", constructNominative: "جنود" },
  military: { singular: "عسكري", accusative: "عسكرياً", plural: "عسكريين", pluralNominative: "عسكريون", construct: "عسكريي", constructNominative: "عسكريو" },
  member: { singular: "منتسب", accusative: "منتسباً", plural: "منتسبين", pluralNominative: "منتسبون", construct: "منتسبي", constructNominative: "منتسبو" },
  individual: { singular: "فرد", accusative: "فرداً", plural: "أفراد", pluralNominative: "أفراد", construct: "أفراد", constructNominative: "أفراد" },
};

type Form = "singular" | "accusative" | "plural";

/** The form of a men noun a bare folded word is (without article or proclitic), or null. */
function formOf(noun: MenNoun, bare: string): Form | null {
  if (bare === foldLetters(noun.accusative)) return "accusative";
  if (bare === foldLetters(noun.plural) || bare === foldLetters(noun.pluralNominative)) return "plural";
  if (bare === foldLetters(noun.singular)) return "singular";
  return null;
}

/** Verbs whose subject the men noun after them is (nominative): "انشق مقاتلون", "رفض مقاتلون". */
const SUBJECT_OF = new Set(
  "انشق فر هرب وصل تمكن انضم التحق سلم عاد خرج بلغ قال اكد رفض امتنع نجح تسرب غادر ترك لجا قام شارك كان اعلن"
    .split(" ")
    .map(foldLetters),
);

/**
 * Nominative where the noun opens its sentence ("عناصر من حزب الله ترفض…") or follows a verb it is the subject of
 * ("انشق عناصر" → "انشق مقاتلون"); everywhere else (after a figure, a preposition, a verbal noun, «أن») genitive or
 * accusative, the same ـين.
 */
function isNominative(text: string, prev: WordAt | undefined, word: WordAt, clitic: string): boolean {
  if (/[بل]$/.test(clitic)) return false;
  if (!prev || /[.!؟?\n:]/.test(text.slice(prev.end, word.start))) return true;
  return readings(prev.plain).some((r) => SUBJECT_OF.has(r));
}

/**
 * Every form of the `from` noun written as the same form of the `to` noun, its proclitic and article kept:
 * "انشق 5 عناصر" → "انشق 5 مقاتلين", "15 عنصراً" → "15 مقاتلاً", "من العناصر" → "من المقاتلين". A sound
 * plural takes ـون as a subject (see `isNominative`) and ـين elsewhere. Not the dual (see `dualAsPartitive`).
 */
export function swapMenNoun(text: string, from: MenNoun, to: MenNoun): string {
  const words = wordsOf(text);
  const named = new Set(groupNames(text).map((n) => n.start));
  const edits: Edit[] = [];
  words.forEach((w, i) => {
    for (const clitic of ["", "و", "ب", "ل", "وب", "ول"]) {
      if (!w.plain.startsWith(clitic)) continue;
      let rest = w.plain.slice(clitic.length);
      const article = rest.startsWith("ال") ? "ال" : rest.startsWith("ل") && /ل$/.test(clitic) ? "ل" : "";
      if (article) rest = rest.slice(article.length);
      const form = formOf(from, rest);
      if (!form) continue;
      // the definite singular in -ي with the article is also an adjective ("الجيش العسكري"): left alone
      if (form !== "plural" && article) return;
      const nominative = isNominative(text, words[i - 1], w, clitic);
      // a plural without the article before a definite noun or a quoted name governs it: "مقاتلي التنظيم"
      const next = words[i + 1];
      const construct = !article && next !== undefined && /^\s*["«“]?$/.test(text.slice(w.end, next.start)) && (next.plain.startsWith("ال") || named.has(next.start) || /["«“]/.test(text.slice(w.end, next.start)));
      const target =
        form === "plural" ? (construct ? (nominative ? to.constructNominative : to.construct) : nominative ? to.pluralNominative : to.plural) : form === "accusative" ? to.accusative : to.singular;
      const written = w.text.slice(0, clitic.length + article.length);
      edits.push({ start: w.start, end: w.end, insert: written + target });
      return;
    }
  });
  return applyEdits(text, edits);
}

const DUALS: Array<[RegExp, string]> = [
  // (not عسكري or منتسب: their ـين is also the plural)
  [/^(عنصر|جندي|ضابط)(ين|ان)$/, ""],
];
const PLURAL_OF: Record<string, string> = { عنصر: "العناصر", جندي: "الجنود", ضابط: "الضباط" };

/** A dual of men written «اثنان/اثنين من» + the definite plural: "فرّ عنصران" → "فرّ اثنان من العناصر". */
export function dualAsPartitive(text: string): string {
  const edits: Edit[] = [];
  for (const w of wordsOf(text)) {
    const clitic = /^[وبل]/.test(w.plain) && DUALS[0][0].test(w.plain.slice(1)) ? w.plain[0] : "";
    const m = w.plain.slice(clitic.length).match(DUALS[0][0]);
    if (!m) continue;
    const number = m[2] === "ان" ? "اثنان" : "اثنين";
    edits.push({ start: w.start, end: w.end, insert: `${w.text.slice(0, clitic.length)}${number} من ${PLURAL_OF[m[1]]}` });
  }
  return applyEdits(text, edits);
}

/** An accusative of a men noun with its tanween written or left out: عنصرا ↔ عنصراً (and every other men noun). */
export function toggleTanween(text: string): string {
  const accusatives = new Set(Object.values(MEN_NOUNS).map((n) => foldLetters(n.accusative)).concat(["ضابطا", "مسلحا", "مجندا", "شخصا"]));
  const edits: Edit[] = [];
  for (const w of wordsOf(text)) {
    if (!accusatives.has(w.plain)) continue;
    edits.push({ start: w.start, end: w.end, insert: w.text.includes("ً") ? w.text.replace("ً", "") : w.text.endsWith("ا") ? `${w.text}ً` : w.text.replace(/اً?$/, "ا") });
  }
  return applyEdits(text, edits);
}

export type { Form as MenNounForm };
