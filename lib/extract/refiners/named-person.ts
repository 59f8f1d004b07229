/**
 * A man told by his name (round 11, r11-fold): the subject of a trigger given as a person's designation — a rank of
 * one or two words ("النقيب"، "المساعد أول"), a title ("القيادي"، "الشيخ"), "المدعو"، "الشاب", or a kunya ("أبو
 * حمزة") — followed by his name's words: after a verb of leaving or a verbal noun ("كما انشق النقيب ياسر الحمود عن
 * …"، "وانشق أيضاً المساعد أول …"، "بانشقاق المدعو …"), or before a verbal noun that carries his pronoun ("كما أعلن
 * القيادي أبو حمزة الديري انشقاقه").
 * Another named man is another person: refiners/incidents.ts folds a telling of one into no one-man incident whose
 * own man is named otherwise ("انشق الملازم أول أحمد العلي …" then "كما انشق النقيب ياسر الحمود …": two incidents).
 * The same man told again shares his family name or is a part of his name ("الملازم العلي"، "أبو محمد" of "أبو محمد
 * الحلبي"); a rank with no name ("النقيب المنشق"), a pronoun ("وأكد أنه انشق") or a speaker before a verb of saying
 * ("وقال الملازم العلي … إنه انشق") names no subject here.
 * Examples and negatives: named-person.test.ts; the "named" template family (lib/eval/templates/named.ts).
 */
import type { Candidate } from "../candidate";
import * as $normalize from "../../arabic/normalize";
import * as $names from "../counts-names";
import * as $gazetteer from "../gazetteer";
import * as $lexicon from "../lexicon";
import * as $tokens from "../tokens";
import type { Token } from "../tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { nameWord } = $names;
const { stemIn } = $tokens;
const { UNIT_NOUNS } = $lexicon;
const { groupIndex, placeIndex } = $gazetteer;

/** Ranks and titles of one man, and "المدعو"، "الشاب" (definite, as before a name; "و" glued is a stem's). */
const DESIGNATIONS = foldedWords(
  "الملازم النقيب الرائد المقدم العقيد العميد اللواء المساعد الرقيب العريف المجند الجندي الضابط الطيار " +
    "القيادي القائد الأمير الشرعي الشيخ المدعو الشاب",
);
/** The second word of a rank ("ملازم أول"، "العميد الركن"): not a name's. */
const RANK_SECOND = foldedWords("أول اول ثاني الركن");
/** A kunya's first word: with the word after it, a name with or without a title ("أبو حمزة"). */
const KUNYA = foldedWords("أبو ابو");
/** Adverbs between a verb and its subject ("وانشق أيضاً النقيب …"). */
const ALSO = foldedWords("أيضا أيضاً كذلك بدوره بدورة");
/**
 * Words that end a name: counts.ts's list (prepositions, conjunctions, relatives, particles) but "علي" — "على"
 * folds to it, and here, after a designation, it is the name Ali.
 */
const NAME_STOPS = new Set([...$names.NAME_STOPS].filter((w) => w !== "علي"));

/** How many words before a verbal noun with his pronoun a designation may start ("أعلن القيادي أبو حمزة الديري انشقاقه"). */
const BEFORE = 6;
/**
 * (round 14) Prepositions that open an adverbial phrase between the subject of «أعلن» and its object («أعلن أبو عمر في
 * بيان مصور انشقاقه»، «عبر حسابه على تلغرام»): they end a name, as "في" does.
 */
const ADVERBIAL_OPENERS = foldedWords("في عبر خلال");
/** How many words such an adverbial (a phrase, or an indefinite accusative «رسمياً»، «علناً») may take. */
const ADVERBIAL_WORDS = 4;
/** A verbal noun carrying the pronoun of one man ("انشقاقه"), not of a woman, a unit or men ("انشقاقها/هم/هما"). */
const HIS = /[^ه]ه$/;
const NOT_HIS = /(ها|هم|هما|هن)$/;

/**
 * The name words (folded, without the designation or "أبو") of the man a designation at token `k` names, with the
 * index of its last word, or null when no name follows it ("النقيب المنشق"، "القيادي في الهيئة"، "اللواء الثامن").
 */
function nameAt(tokens: readonly Token[], k: number, sentenceEnd: number, bound = tokens.length): { words: string[]; last: number } | null {
  const t = tokens[k];
  if (!t) return null;
  let j = k;
  const kunya = stemIn(t, KUNYA);
  // (round 13) «كتيبة «أبو بكر»», «مجموعة أبو عمر»: a kunya right after a unit noun is the unit's name, no man's.
  if (kunya && k > 0 && stemIn(tokens[k - 1], UNIT_NOUNS) && adjacent(tokens, k, 1)) return null;
  if (!kunya) {
    if (!stemIn(t, DESIGNATIONS)) return null;
    j++;
    if (tokens[j] && RANK_SECOND.has(tokens[j].text) && adjacent(tokens, j)) j++;
    if (tokens[j] && KUNYA.has(tokens[j].text) && adjacent(tokens, j, 1)) j++;
  } else j++;
  const words: string[] = [];
  let last = -1;
  for (; j < bound && tokens[j].end <= sentenceEnd && words.length < 3; j++) {
    const w = tokens[j];
    // (a name may open with a quote or a bracket after its designation: «المدعو "أبو علي"»)
    if (!adjacent(tokens, j, j === k + 1 ? 1 : 0) || w.digits || NAME_STOPS.has(w.text) || ADVERBIAL_OPENERS.has(w.text) || stemIn(w, DESIGNATIONS)) break;
    // (a name's first word has no article, unless a kunya's: "أبو العباس"; a family name with it ends the name)
    if (words.length === 0 && w.text.startsWith("ال") && !KUNYA.has(tokens[j - 1].text)) break;
    words.push(w.text);
    last = j;
    if (w.text.startsWith("ال")) break;
  }
  return words.length > 0 ? { words, last } : null;
}

/** Token `j` follows the one before it with a space only, or with `marks` more characters (a quote, a bracket). */
function adjacent(tokens: readonly Token[], j: number, marks = 0): boolean {
  return j > 0 && tokens[j].start - tokens[j - 1].end <= 1 + marks;
}

/**
 * The name of the man `c`'s trigger tells (see the module comment), or null: after the trigger (past "أيضاً"), or
 * ending right before it.
 */
export function personNamed(tokens: readonly Token[], c: Candidate): readonly string[] | null {
  const { first, last } = c.trigger;
  let k = last + 1;
  while (tokens[k] && stemIn(tokens[k], ALSO) && tokens[k].end <= c.sentence.end) k++;
  const after = k < tokens.length && tokens[k].end <= c.sentence.end && adjacent(tokens, k) ? nameAt(tokens, k, c.sentence.end) : null;
  if (after) return after.words;
  // (round 14) before a verbal noun: never one with the pronoun of men or a unit ("أعلن أبو بكر وعناصره انشقاقهم"); before
  // one with his pronoun the name ends at the trigger ("أعلن أبو بكر انشقاقه": "بكر" alone) or at an adverbial right
  // before it ("أعلن أبو عمر في بيان مصور انشقاقه")
  const w = tokens[first].text;
  const masdar = c.trigger.form === "masdar";
  if (masdar && NOT_HIS.test(w)) return null;
  const his = masdar && HIS.test(w);
  for (let j = first - 1; j >= Math.max(first - BEFORE - (his ? ADVERBIAL_WORDS : 0), 0) && tokens[j].start >= c.sentence.start; j--) {
    const before = nameAt(tokens, j, c.sentence.end, his ? first : tokens.length);
    if (before && (before.last === first - 1 || (his && adverbialBetween(tokens, before.last + 1, first)))) return before.words;
  }
  return his ? plainNameAnnouncing(tokens, first, c.sentence.start) : null;
}

/** Verbs of announcing whose subject, a man, announces his own leaving («أعلن أحمد العلي انشقاقه»). */
const ANNOUNCING = foldedWords("أعلن وأعلن يعلن ويعلن");
/** How many words a plain name (no rank, no title, no kunya) may have: a given name alone (round 16), or with one or two more. */
const PLAIN_NAME_WORDS = [1, 2, 3];

/**
 * (round 16) One word alone is a man's given name only if it names no group or place of the gazetteer on its own
 * («أعلن داعش انشقاقه» is a group) and is no adverb of «أيضاً» ("he too"): «أعلن أحمد انشقاقه» is one man.
 */
function oneWordName(w: Token): boolean {
  if (stemIn(w, ALSO) || w.text.length < 3) return false;
  const alone = [w];
  return groupIndex().findAll(alone).length === 0 && placeIndex().findAll(alone).length === 0;
}

/**
 * (round 15) A man told by a plain name as the subject of a verb of announcing right before him, the name ending at
 * the verbal noun with his pronoun at `first` or at an adverbial right before it: «أعلن أحمد العلي انشقاقه»، «أعلن
 * خالد حسين رسمياً انشقاقه»، «أعلن عمر محمد الحسن في بيان مصور انشقاقه». Two or three words, one space apart, the
 * article only on the last (the family name); each a name's word (counts-names.ts `nameWord`: no figure, rank, fighter, unit,
 * «جيش/قوات/تجمع …» word), so «أعلن فصيل أحرار الشرقية انشقاقه» or «أعلن الجيش الوطني …» name no man.
 */
function plainNameAnnouncing(tokens: readonly Token[], first: number, sentenceStart: number): readonly string[] | null {
  for (let end = first; end >= Math.max(first - ADVERBIAL_WORDS, 2) && tokens[end].start >= sentenceStart; end--) {
    if (end !== first && !adverbialBetween(tokens, end, first)) continue;
    for (const n of PLAIN_NAME_WORDS) {
      const i = end - n;
      if (i < 1 || tokens[i].start < sentenceStart || !ANNOUNCING.has(tokens[i - 1].text) || !adjacent(tokens, i)) continue;
      // (the last word no indefinite accusative: «خالد حسين رسمياً» is the name, then an adverbial)
      if (adverbialBetween(tokens, end - 1, end)) continue;
      let ok = n > 1 || oneWordName(tokens[i]);
      for (let k = i; k < end && ok; k++) ok = nameWord(tokens[k]) && (k === i || adjacent(tokens, k)) && (k === end - 1 || !tokens[k].text.startsWith("ال"));
      if (ok) return tokens.slice(i, end).map((t) => t.text);
    }
  }
  return null;
}

/**
 * (round 14) Tokens [from, to) are one adverbial between a verb's subject and its object: an indefinite accusative
 * («رسمياً»، «علناً»: no article, ending in the accusative's alif), or a prepositional phrase of a few words («في بيان
 * مصور»، «عبر حسابه على تلغرام») with no figure in it.
 */
export function adverbialBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > ADVERBIAL_WORDS) return false;
  const t = tokens[from];
  if (n === 1 && !t.digits && !t.text.startsWith("ال") && t.text.length >= 4 && t.text.endsWith("ا")) return true;
  if (!ADVERBIAL_OPENERS.has(t.text)) return false;
  for (let k = from + 1; k < to; k++) if (tokens[k].digits || !adjacent(tokens, k)) return false;
  return n >= 2;
}

/**
 * Two names of two men: neither is a part of the other ("أبو محمد" of "أبو محمد الحلبي") and they end in different
 * family names ("الملازم العلي" is "أحمد العلي").
 */
export function otherMan(a: readonly string[], b: readonly string[]): boolean {
  if (a[a.length - 1] === b[b.length - 1]) return false;
  return !a.every((w) => b.includes(w)) && !b.every((w) => a.includes(w));
}
