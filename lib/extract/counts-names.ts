/**
 * Names of men (counts.ts): a man's name with no title told by its frame ("أحمد العلي الذي انشق"، "انشق محمد الخالد
 * عن": untitledNameEnd; "علي" opening it is Ali, not "على": aliBeforeFamily), the name after a rank ("المجند علي
 * الحسن": aliAfterTitle), a leader's name then his men ("القيادي أبو بكر وعناصره": hisMenAfterName) and "كل من" then
 * named men, each with his rank (countEachOfList). Each is one man (or the list's men). Examples: counts-names.test.ts.
 */
import * as $normalize from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import * as $lexicon from "./lexicon";
import * as $mention from "./counts-mention";
import type { CountMention } from "./counts-mention";
import * as $nouns from "./counts-nouns";
import * as $vague from "./counts-vague";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { LEAVING_NOUNS, MILITARY_NOUNS, SINGULAR_VERBS } = $lexicon;
const { stemIn } = tokenModule;
const { PHRASE_BREAK } = $mention;
const { IS_TITLE, isUnitName, PASS2_CLASS, withoutAl } = $nouns;
const { QUANTITY_WORDS } = $vague;

export const NAME_STOPS = foldedWords("في من عن الي علي مع بعد قبل و او ثم الذي التي الذين قد كان وكان ان انه بان");

/**
 * Words that head a phrase "X الـY" without being a man's name: a group, a time, a part or a collective of people
 * (a name is told apart by not being any word these modules know, not by a list of names).
 */
const NOT_A_NAME = foldedWords(`جيش قوات حركه جبهه تنظيم تجمع فصيل ميليشيا مليشيا فيلق حزب هيئه غرفه
  يوم صباح مساء فجر ليله ليل ظهر عصر منتصف مطلع اواخر اوائل بدايه نهايه شهر عام امس
  بعض معظم اغلب غالبيه كافه جميع كل نصف ثلث بقيه باقي عدد مجموعه قسم
  ابناء سكان اهالي شباب افراد عائلات عائله
  نحو قرابه حوالي زهاء`);

/**
 * The last word of a man's name with no title at `i` ("أحمد العلي", "أبو محمد الحلبي": one or two words without
 * the article, then the family name with it), or -1. Only where the frame makes it one man who left: the relative
 * "الذي" + a verb of leaving after it, or right after a singular verb of leaving with its "عن/من" after it.
 * Each word is a name's word as after a rank (nameAt: no figure, no stop word), and none is a word of the count,
 * fighter, unit or NOT_A_NAME lists.
 */
export function untitledNameEnd(tokens: readonly Token[], i: number): number {
  // (asked of nearly every word: first the word the frame needs two or three words on, by its length before its letters)
  if (!framingWord(tokens[i + 2], true) && !framingWord(tokens[i + 3], false)) return -1;
  const last = tokens[i + 1]?.text.startsWith("ال") ? i + 1 : tokens[i + 2]?.text.startsWith("ال") ? i + 2 : -1;
  if (last < 0) return -1;
  const after = tokens[last + 1]?.text;
  const relative = after === "الذي" && !!tokens[last + 2] && stemIn(tokens[last + 2], SINGULAR_VERBS);
  const afterVerb = last === i + 1 && i > 0 && (after === "عن" || after === "من") && stemIn(tokens[i - 1], SINGULAR_VERBS);
  if (!relative && !afterVerb) return -1;
  for (let k = i; k <= last; k++) {
    const w = tokens[k];
    if (k === i && aliBeforeFamily(tokens, k, last)) continue;
    if ((k < last && w.text.startsWith("ال")) || (k > i && w.start - tokens[k - 1].end > 1) || !nameWord(w)) return -1;
  }
  return last;
}

/**
 * A word that may be a word of a man's name with no title (untitledNameEnd; named-person.ts, a plain name announcing):
 * no figure, no stop word, and no word of the count, fighter, unit or NOT_A_NAME lists.
 */
export function nameWord(w: Token): boolean {
  // (round 16) a hedge (NOT_A_NAME) or a quantity word is no name's: «انشق نحو المئات من …» tells no man «نحو المئات»
  if (w.digits || NAME_STOPS.has(w.text) || QUANTITY_WORDS.has(w.text)) return false;
  return !(PASS2_CLASS.has(w.text) || stemIn(w, MILITARY_NOUNS) || stemIn(withoutAl(w.text), MILITARY_NOUNS) || isUnitName(w.text) || stemIn(w, NOT_A_NAME));
}

/** "الذي", or with `orPreposition` "عن"/"من": the word after a name that untitledNameEnd's frames need. */
function framingWord(t: Token | undefined, orPreposition: boolean): boolean {
  if (t === undefined) return false;
  const w = t.text;
  return (w.length === 4 && w === "الذي") || (orPreposition && w.length === 2 && (w === "عن" || w === "من"));
}

/**
 * (round 12) What the preposition "على" heads between a verb of leaving and its "عن/من": only an adverbial phrase
 * ("فرّ على الفور من"، "انشق على الأرجح عن"، "فرّ على الأقدام من") — a verb of leaving takes no complement with "على".
 */
const ALA_ADVERBIALS = foldedWords("الفور الارجح الاغلب الاقل الاكثر الرغم التوالي الاثر الاطلاق الخصوص الاقدام الدوام السواء العموم");

/**
 * "انشق علي الحسن عن …": "علي" at `k` opening a name of two words whose family name (`last`, with the article) is no
 * word of an adverbial "على" phrase is the name Ali, not the preposition "على" (folded to the same letters).
 */
function aliBeforeFamily(tokens: readonly Token[], k: number, last: number): boolean {
  return tokens[k].text === "علي" && last === k + 1 && !ALA_ADVERBIALS.has(tokens[last].text);
}

/** A rank or title, written apart ("و الملازم") or with و glued to it ("والملازم"), at token `j`: the token after it. */
function titleAfterAnd(tokens: readonly Token[], j: number): number | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.text === "و") return (PASS2_CLASS.get(tokens[j + 1]?.text ?? "") ?? 0) & IS_TITLE ? j + 2 : null;
  return t.text.startsWith("و") && (PASS2_CLASS.get(t.text.slice(1)) ?? 0) & IS_TITLE ? j + 1 : null;
}

/** A name's first word right after its rank (as the one-man rule above reads it: no article, no stop word). */
function nameAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && !t.digits && !t.text.startsWith("ال") && !NAME_STOPS.has(t.text) && t.start - tokens[k - 1].end <= 1;
}

/** The rest of a name ("خالد العلي", "أبو محمد"): a word, with no و, no stop word, no rank. */
function nameGoesOn(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !t.digits && !t.text.startsWith("و") && !NAME_STOPS.has(t.text) && !(PASS2_CLASS.get(t.text) ?? 0);
}

/**
 * "كل من" (each of) then named men, each with his rank ("انشق كل من النقيب فلان والملازم فلان"): every man of the
 * list counts, so the first man's "single" mention becomes the list's. The list runs over "و" + a rank + a name of
 * up to three words, up to punctuation. "كل من ينشق" (whoever) and "كل من الجيش والأمن" (groups) have no rank after
 * "كل من" and are left alone; so is a name without a rank after و ("و" + a word may be a verb).
 */
export function countEachOfList(out: CountMention[], tokens: readonly Token[]): void {
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (m.kind !== "single" || m.last !== m.first + 1 || tokens[m.first - 1]?.text !== "من" || !/^و?كل$/.test(tokens[m.first - 2]?.text ?? "")) continue;
    let men = 1;
    let last = m.last;
    for (;;) {
      // the rest of this man's name, then "و" + a rank + the next man's name
      let j = last + 1;
      for (let words = 1; words < 3 && j < tokens.length && tokens[j].start - tokens[j - 1].end <= 1 && nameGoesOn(tokens, j); words++) j++;
      const name = j < tokens.length && tokens[j].start - tokens[j - 1].end <= 1 ? titleAfterAnd(tokens, j) : null;
      if (name === null || !nameAt(tokens, name)) break;
      men++;
      last = name;
    }
    if (men === 1) continue;
    m.value = { low: men, best: men, high: men };
    m.kind = "exact";
    m.last = last;
    m.end = tokens[last].end;
    // (a rank written apart, "و الملازم محمد", made its own mention: it is in the list now)
    for (let x = k + 1; x < out.length && out[x].first <= last; ) out.splice(x, 1);
  }
}

/** His men, joined to him by و ("وعناصره", "ومقاتلوه", "ومجموعته"): a leader's companions with no figure. */
const AND_HIS_MEN = foldedWords("وعناصره ومقاتلوه ومقاتليه ورجاله وجنوده ومجموعته واتباعه ومرافقوه ومرافقيه وحرسه");
/** (round 16) His men without the «و»: after a vague quantity of them («وعدد من عناصره»، «وبعض مقاتليه»). */
const HIS_MEN = new Set([...AND_HIS_MEN].map((w) => w.slice(1)));
/** (round 16) A vague quantity joined by «و», then «من» or his men right after it: «وعدد من»، «ومجموعة من»، «وبعض». */
const AND_SOME = foldedWords("وعدد ومجموعة وبعض");
/** How many words of a name may stand between a title and "وعناصره" ("القيادي أبو بكر الحموي وعناصره"). */
const NAME_BEFORE_MEN = 4;

/**
 * (round 15) A title's name starting at token `k` runs, one space apart and with no stop word or figure, to "وعناصره"
 * and the like: the leader and his men, as "ومعه عناصره" (dev-reports-2 README: "a named leader «ومعه عدد من عناصره»
 * → count null"). The masdar after them carries their pronoun («انشقاقهم»), so no one man is told.
 */
export function hisMenAfterName(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + NAME_BEFORE_MEN); j++) {
    const w = tokens[j];
    if (j > k && w.start - tokens[j - 1].end > 1) return false;
    if (AND_HIS_MEN.has(w.text)) return j > k;
    // (round 16) «وعدد من عناصره»، «وبعض عناصره»: so many of his men, still no figure for the leader and them
    if (AND_SOME.has(w.text)) return j > k && someOfHisMen(tokens, j + 1);
    if (w.digits || NAME_STOPS.has(w.text) || LEAVING_NOUNS.has(w.text.endsWith("ه") ? w.text.slice(0, -1) : w.text)) return false;
  }
  return false;
}

/** His men right at `k`, or after «من» there: «(وعدد) من عناصره»، «(وبعض) مقاتليه». */
function someOfHisMen(tokens: readonly Token[], k: number): boolean {
  const at = tokens[k]?.text === "من" ? k + 1 : k;
  return at < tokens.length && HIS_MEN.has(tokens[at].text);
}

/** After a rank ("علي" folds as the preposition "على" does), what never follows the preposition: its name goes on. */
const AFTER_NAME_ALI = foldedWords("عن من في الذي قد كان وكان ثم");

/**
 * "المجند علي الحسن", "العنصر علي من ريف حماة": "علي" (the name Ali) right after a rank is the man's name, not the
 * preposition "على" folded to the same form — when the word after it cannot follow the preposition, or the rank
 * is the subject of a verb (or verbal noun) of leaving, none of which takes "على" ("حصل المجند على إجازة" does).
 */
export function aliAfterTitle(text: string, tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1].text !== "علي") return false;
  const after = tokens[i + 2];
  if (!after || PHRASE_BREAK.test(text.slice(tokens[i + 1].end, after.start)) || AFTER_NAME_ALI.has(after.text)) return true;
  const head = tokens[i - 1];
  return !!head && (stemIn(head, SINGULAR_VERBS) || stemIn(head, LEAVING_NOUNS));
}
