/**
 * People already told (counts.ts): a definite plural noun of fighters before its number ("العناصر الـ12"، "الضباط
 * الثلاثة": read by counts-figures.ts as anaphoric), a part of people already told ("ثلاثة من العناصر الفارين":
 * partOfTold) and a part of a larger figure ("بينهم"، "منهم": SUBSET). Examples: counts-anaphora.test.ts.
 */
import * as $normalize from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import * as $lexicon from "./lexicon";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { DEFINITE_PEOPLE_WORDS, MILITARY_NOUNS, TOLD_PEOPLE_WORDS } = $lexicon;
const { stems } = tokenModule;

export const SUBSET = foldedWords("بينهم منهم");
const TOLD_PEOPLE = foldedWords(TOLD_PEOPLE_WORDS);
const DEFINITE_PEOPLE = foldedWords(DEFINITE_PEOPLE_WORDS);

/**
 * "ثلاثة من العناصر الفارين"، "اثنان من المنشقين"، "3 عناصر من الفارين": a figure taken out of people the report
 * already told ("من" then the participle of their leaving with the article), not a head count of its own.
 * ("خمسة من الجنود المتمركزين على الحاجز" is no such part: the participle must be one of leaving.)
 */
export function partOfTold(tokens: readonly Token[], m: { first: number; last: number }): boolean {
  // "من" inside the phrase ("ثلاثة من العناصر | الفارين") or right after it ("3 عناصر | من الفارين")
  const from = tokens[m.last - 1]?.text === "من" && m.last - 1 > m.first ? m.last : tokens[m.last + 1]?.text === "من" ? m.last + 2 : -1;
  if (from < 0) return false;
  return toldAt(tokens, from) || (DEFINITE_PEOPLE.has(tokens[from]?.text ?? "") && toldAt(tokens, from + 1));
}

/** Word k is the participle of people already told ("الفارين"). (A module function: tsx names every closure a call creates.) */
function toldAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k] !== undefined && TOLD_PEOPLE.has(tokens[k].text);
}

/** A definite plural noun of fighters ("الضباط", "المنشقون", "والعناصر"). */
export function theMen(t: Token): boolean {
  for (const st of stems(t)) if (st.startsWith("ال") && st.length > 4 && MILITARY_NOUNS.has(st.slice(2))) return true;
  return false;
}
