/**
 * Orthography as real Arabic web text varies it: hamzas dropped or moved, ة/ه and ى/ي confused at a
 * word's end, tatweel and diacritics added, the conjunction و or the preposition ب set apart or glued,
 * Eastern (Arabic-Indic) or Persian digits, zero-width non-joiners inside words. None changes a value.
 */
import { textOnly, type Perturbation } from "./types";
import { ARABIC_WORD, isIn, TRIGGER_WORDS, wordsOf } from "./words";
import { foldLetters } from "../../arabic/normalize";

const mapWords = (text: string, f: (word: string) => string): string => text.replace(ARABIC_WORD, f);

/** أ إ آ written as bare ا (most web text). */
export const dropHamza = (text: string): string => text.replace(/[أإآ]/g, "ا");
/** The seat of a mid-word hamza moved: مسؤول → مسئول, شؤون → شئون (both spellings are in use). */
export const moveHamzaSeat = (text: string): string => mapWords(text, (w) => w.replace(/ؤ(?=[\u0621-\u064a])/g, "ئ"));
/** ة at a word's end written ه. */
export const taMarbutaAsHa = (text: string): string => mapWords(text, (w) => w.replace(/ة(?=[\u064b-\u065f]*$)/, "ه"));
/** ى at a word's end written ي (على → علي, إلى → إلي). */
export const alifMaqsuraAsYa = (text: string): string => mapWords(text, (w) => w.replace(/ى(?=[\u064b-\u065f]*$)/, "ي"));
/** ي at a word's end written ى, as Egyptian typesetting does (في → فى). */
export const yaAsAlifMaqsura = (text: string): string => mapWords(text, (w) => (w.length >= 2 ? w.replace(/ي(?=[\u064b-\u065f]*$)/, "ى") : w));

/** Letters that join the next one (a tatweel may follow them). */
const JOINING = /[بتثجحخسشصضطظعغفقكلمنهيئ]/;
/** The silent alif after a verb's plural و left out, as much web text does (انشقوا → انشقو, فرّوا → فرّو). */
export const dropAlifFariqa = (text: string): string => mapWords(text, (w) => (foldLetters(w).length >= 4 ? w.replace(/و([\u064b-\u065f]*)ا$/, "و$1") : w));

/** A tatweel stretched inside every word of five letters or more. */
export const addTatweel = (text: string): string =>
  mapWords(text, (w) => {
    if (w.length < 5) return w;
    const at = Math.floor(w.length / 2);
    return JOINING.test(w[at - 1]) ? `${w.slice(0, at)}ـ${w.slice(at)}` : w;
  });

/** Trigger words fully voweled (انشقَّ → اِنْشَقَّ style): a fatha after each consonant but the last. */
export const voweledTriggers = (text: string): string =>
  mapWords(text, (w) => (isIn(foldLetters(w), TRIGGER_WORDS) ? [...w].map((ch, i, all) => (i < all.length - 1 && /[بتثجحخدذرزسشصضطظعغفقكلمنه]/.test(ch) ? `${ch}َ` : ch)).join("") : w));

/** A zero-width non-joiner inside every word of four letters or more. */
export const addZwnj = (text: string): string => mapWords(text, (w) => (w.length >= 4 ? `${w.slice(0, 2)}\u200c${w.slice(2)}` : w));

/**
 * The conjunction و (or the preposition ب) set apart from its word: "والجيش" → "و الجيش", "وانشق" →
 * "و انشق". Only where the rest is a word of its own: it carries the article, or the text uses it bare.
 */
export function separateClitic(text: string, clitic: "و" | "ب"): string {
  const bare = new Set(wordsOf(text).map((w) => w.plain));
  return mapWords(text, (w) => {
    if (!w.startsWith(clitic) || w.length < 4) return w;
    const rest = w.slice(1);
    const plainRest = foldLetters(rest);
    const article = plainRest.startsWith("ال") && plainRest.length >= 4;
    const knownWord = clitic === "و" && plainRest.length >= 3 && (bare.has(plainRest) || TRIGGER_WORDS.has(plainRest));
    return article || knownWord ? `${clitic} ${rest}` : w;
  });
}

/** A و or ب written apart (or the ب of a figure, "بـ 20") glued back to the next word. */
export const glueClitics = (text: string): string => text.replace(/(^|[\s(«"،,])(و|بـ?) +(?=[\u0621-\u064a0-9\u0660-\u0669])/g, (_, before: string, clitic: string) => `${before}${clitic.replace("ـ", "")}`);

/** Persian keyboard letters: ی for ي and ک for ك (Kurdish and Iranian outlets). */
export const persianLetters = (text: string): string => text.replace(/ي/g, "ی").replace(/ك/g, "ک");

const shiftDigits = (text: string, zero: number): string => text.replace(/[0-9]/g, (d) => String.fromCharCode(zero + d.charCodeAt(0) - 48));

export const ORTHOGRAPHY: Perturbation[] = [
  textOnly("hamza-dropped", "orthography", "أ/إ/آ written ا", dropHamza),
  textOnly("hamza-seat", "orthography", "a mid-word ؤ written ئ (مسؤول → مسئول)", moveHamzaSeat),
  textOnly("ta-marbuta-as-ha", "orthography", "a word-final ة written ه", taMarbutaAsHa),
  textOnly("alif-maqsura-as-ya", "orthography", "a word-final ى written ي (على → علي)", alifMaqsuraAsYa),
  textOnly("ya-as-alif-maqsura", "orthography", "a word-final ي written ى (في → فى)", yaAsAlifMaqsura),
  textOnly("alif-fariqa-dropped", "orthography", "a verb's plural ending وا written و (انشقوا → انشقو)", dropAlifFariqa),
  textOnly("tatweel", "orthography", "a tatweel inside every long word", addTatweel),
  textOnly("voweled-triggers", "orthography", "diacritics on every trigger word", voweledTriggers),
  textOnly("waw-apart", "orthography", "و set apart from its word (و الجيش، و انشق)", (t) => separateClitic(t, "و")),
  textOnly("ba-apart", "orthography", "ب set apart from its article (ب الجيش)", (t) => separateClitic(t, "ب")),
  textOnly("clitic-glued", "orthography", "a و or ب written apart glued to its word", glueClitics),
  textOnly("eastern-digits", "orthography", "digits written ٠–٩", (t) => shiftDigits(t, 0x0660)),
  textOnly("persian-digits", "orthography", "digits written ۰–۹", (t) => shiftDigits(t, 0x06f0)),
  textOnly("persian-letters", "orthography", "ي and ك typed as Persian ی and ک", persianLetters),
  textOnly("zwnj", "orthography", "a zero-width non-joiner inside every word of 4+ letters", addZwnj),
];
