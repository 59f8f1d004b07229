/**
 * One man by a singular person noun (counts.ts): "عقيداً من"، "عنصر في"، "جندي منشق عن"، the subject of a verb or
 * verbal noun of leaving ("فرّ جندي أمس")، an accusative after a verb of arriving or joining ("انضم ضابطاً"), or one
 * man opening a list's next conjunct after a comma ("، وعنصر من …"). Examples: counts-single.test.ts.
 */
import * as $normalize from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import * as $lexicon from "./lexicon";
import * as $nouns from "./counts-nouns";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { LEAVING_NOUNS, MILITARY_NOUNS, SINGULAR_VERBS } = $lexicon;
const { stemIn } = tokenModule;
const { IS_SINGULAR, PASS2_CLASS } = $nouns;

/** After a comma, "و" + a singular soldier noun + "من" / "آخر" / an ordinal: one man, the next item of a list. */
const NEXT_MAN = /^(من|اخر|ثان|ثاني|ثالث|رابع|خامس)$/;
export function listedSingleMan(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.text.startsWith("و") || i === 0 || !/[،,]/.test(text.slice(tokens[i - 1].end, t.start))) return false;
  return ((PASS2_CLASS.get(t.text.slice(1)) ?? 0) & IS_SINGULAR) !== 0 && NEXT_MAN.test(tokens[i + 1]?.text ?? "");
}

/** A singular person noun that stands for one person: "عقيداً من", "عنصر في", "قيادي في"… */
export function isIndefiniteSingular(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text.startsWith("ال")) return false;
  const next = tokens[i + 1];
  // "عنصر تابع للفرقة", "جندي يتبع للواء": one man of a unit.
  // "عنصر واحد": one, said outright.
  // "فرّ جندي أمس", "انشق جندي عن الفرقة", "بانشقاق صف ضابط": right after a verb or verbal noun of leaving, the
  // noun is its subject, one man, whatever follows ("تحدث جندي عن…" is no one's count).
  // (not the first of a list of people: "انشقاق ضابط وعناصر" is an officer and men, how many is not said)
  const head = tokens[i - 1]?.text === "صف" ? i - 2 : i - 1;
  const listGoesOn = !!next && next.text.startsWith("و") && stemIn(next.text.slice(1), MILITARY_NOUNS);
  if (head >= 0 && !listGoesOn && (stemIn(tokens[head], SINGULAR_VERBS) || stemIn(tokens[head], LEAVING_NOUNS))) return true;
  if (!next) return false;
  // "جندي منشق عن X", "صف ضابط فارّ من X": one man described by a participle of leaving.
  // "وصل عنصراً منشقاً", "انشق ضابطاً منشقاً": the participle of leaving in the accusative too.
  if (/^(من|في|برتبه|تابع|يتبع|ينتمي|منتم|واحد|واحدا|منشق|فار|هارب|متسرب|منشقا|فارا|هاربا|متسربا)$/.test(next.text)) return true;
  // "انضم ضابطاً إلى…", "وصل عنصراً إلى…": an accusative singular right after a verb of arriving or joining is one man
  // (the nominative "وصل جندي مصاب" is not: any man arrives somewhere).
  return t.text.endsWith("ا") && head >= 0 && stemIn(tokens[head], ARRIVING_VERBS);
}

/** Verbs of arriving or joining, after which an accusative singular person noun is one man ("انضم ضابطاً"). */
const ARRIVING_VERBS = foldedWords("وصل انضم التحق لجا");
