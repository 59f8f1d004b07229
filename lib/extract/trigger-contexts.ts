/**
 * The trigger checks: what must stand around a word for it to say members left. triggers.ts takes a lexicon entry
 * `when` one of these holds at it, or a two-word trigger whose second word comes after its subject. Each takes the
 * tokens and the trigger's index and looks at a short window of words around it:
 * - the subject: people right after the verb ("تسرّب 15 عنصراً"), soldiers as the subject ("لجأ 5 جنود"), a dual before;
 * - the object: posts, ranks or arms left ("ترك … مواقعهم", "من صفوف", "عن مواقعهم"), a return to service not made
 *   ("لم يعودوا إلى قطعهم", "رفض العودة إلى الخدمة"), "إلى حضن الوطن", "عن الأنظار", arms laid down to go home.
 * Examples and negatives: TRIGGER_EXAMPLES (trigger-examples.ts).
 */
import * as $normalize from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import * as $lexicon from "./lexicon";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters } = $normalize;
const { MILITARY_DUALS, OWN_POSTS, possessed } = $lexicon;
const { anyIn, stems } = tokenModule;

/** What one fails to return to ("تخلّف عشرة عناصر من الفوج عن الالتحاق بقطعهم"): the "عن" may follow the subject. */
const RETURN_TO_SERVICE = new Set("الالتحاق الالتحاق العوده الرجوع الدوام الخدمه قطعهم قطعاتهم".split(" ").map((w) => foldLetters(w)));

// The words the trigger checks test, made once (a regex literal makes a new RegExp object each time it is evaluated).
const POSSESSIVE_END = /(هم|هما|ه|ها)$/;
const OFFICERS = new Set(["ضابط", "ضباط"]);
const NUMBER_WORD_FROM_THREE = /^(ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مي|الف|الفي)/;
const NOT_PAST = new Set(["لم", "ولم"]);
const BA_LAM_FIRST = /^[بل]/;
const RETURN_GOVERNORS = new Set(["الي", "من", "عن", "انتهاء"]);
const HOMELAND = new Set(["الوطن", "الدوله"]);
const RANKS_FIRST = /^صفوف/;
const WENT_BACK = /^و?(عاد|عادوا|عادا|توجه|توجهوا|توجها)$/;
const TWO = new Set(["اثنين", "اثنان"]);

/** Some reading matches `re` (a loop, not a closure per word). */
function anyMatches(readings: readonly string[], re: RegExp): boolean {
  for (let i = 0; i < readings.length; i++) if (re.test(readings[i])) return true;
  return false;
}

/** People as the subject of leaving: a figure, a quantity word or a fighter noun. */
const PEOPLE = /^(ال)?(عنصر|عناصر|مقاتل|جنود|جندي|عسكري|ضابط|ضباط|مجند|مسلح|افراد|فرد|باقون|باقين|اخرون|اخرين|مرتزق|قيادي|قاده|امير|امراء|متطوع|شبيح)/;

/**
 * "ترك آلاف الجنود ثكناتهم" (the object two or three words on), or a longer subject that names people
 * ("ترك نحو 40 عنصراً من اللواء التابع للفيلق مواقعهم"), also with where they served ("ترك 11 عنصراً من ميليشيا
 * الدفاع الوطني في مدينة السلمية بريف حماة الشرقي مواقعهم"); the post is the verb's object, not a preposition's.
 */
export function leftPostsAfterSubject(tokens: readonly Token[], i: number, posts: ReadonlySet<string>): boolean {
  for (let k = i + 2; k < Math.min(tokens.length, i + 17); k++) {
    const x = tokens[k];
    if (!posts.has(x.text) || PREPOSITIONS.has(tokens[k - 1].text)) continue;
    const possessive = POSSESSIVE_END.test(x.text);
    if (k <= i + 3 && possessive) return true;
    // "ترك 40 مقاتلاً صفوف X", "غادر 12 مجنداً من أبناء البلدة الخدمة": with a people subject (short or long) the
    // object may be any post.
    if (namesPeople(tokens, i + 1, k)) return true;
  }
  return false;
}

/** A subject naming people in tokens [from, to): a figure, a quantity word or a fighter noun. */
export function namesPeople(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = tokens[j];
    if (w.digits || QUANTITY_START.has(w.text) || anyMatches(stems(w), PEOPLE)) return true;
  }
  return false;
}

const QUANTITY_START = new Set("ما نحو قرابه حوالي زهاء اكثر عشرات مئات الاف عدد".split(" "));
/** Quantity words with the article, which open a subject as well ("العشرات من عناصر"). */
const QUANTITY_DEFINITE = /^(ال)?(عشرات|مئات|ميات|الاف|عشرين|ثلاثين|اربعين|خمسين)$/;
/** Number words that open a counted subject ("ثلاثون", "خمسة عشر", "مئتا"). */
const NUMBER_WORD_START = /^(اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مي|الف|الفي)/;
/** Where soldiers slip away from: their units, posts or service ("تسرّبوا من قطعهم"). */
const SERVICE_PLACES = new Set([...OWN_POSTS, "الخدمه", "صفوف", "صفوفهم"]);

/**
 * "تسرّب 15 عنصراً", "تسرّب العشرات من عناصر", "يتسرّب عناصر الفرقة", "تسرّبوا من قطعهم": the word after the
 * verb opens a counted or soldier subject, or (after "من") names a unit, post or service.
 */
export function peopleRightAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  // An adverb of addition may stand between the verb and its subject ("وفي البلدة، تسرّب كذلك ثلاثة عناصر").
  if (ADDITIVE.has(next.text)) return peopleRightAfter(tokens, i + 1);
  if (next.digits || QUANTITY_START.has(next.text) || QUANTITY_DEFINITE.test(next.text) || NUMBER_WORD_START.test(next.text)) return true;
  if (anyMatches(stems(next), PEOPLE)) return true;
  // "صف ضابط", "صف ضباط": a non-commissioned officer (not "صف" alone, a row)
  if (next.text === "صف" && OFFICERS.has(tokens[i + 2]?.text ?? "")) return true;
  if (next.text === "من" && !!tokens[i + 2] && SERVICE_PLACES.has(tokens[i + 2].text)) return true;
  // Cases of it in the ranks: "حالات تسرّب (جديدة) في صفوف الفرقة" (a heading over a series; not "تسرّب في صفوفهم
  // الإحباط", what seeped into the ranks)
  const at = NEW.has(next.text) ? i + 2 : i + 1;
  return i > 0 && CASES_OF.has(tokens[i - 1].text) && tokens[at]?.text === "في" && tokens[at + 1]?.text === "صفوف";
}

/** "جديدة": an adjective between a verbal noun and what it governs. */
const NEW = new Set(["جديده", "جديد"]);
/** "حالات"، "موجة": the nouns that count cases of a verbal noun. */
const CASES_OF = new Set(["حالات", "حاله", "موجه", "عمليات"]);

/** Adverbs of addition ("also", "likewise", "in turn"), as the normalised text spells them. */
const ADDITIVE = new Set("كذلك ايضا بدوره بدورهم بدورها".split(" ").map((w) => foldLetters(w)));

/** "عبر" + a subject opened by a number or a quantity word + "الحدود" within a dozen words. */
export function crossesWithCountedSubject(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i + 1];
  if (!first || !(first.digits || QUANTITY_START.has(first.text) || NUMBER_WORD_FROM_THREE.test(first.text))) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 13); k++) if (tokens[k].text === "الحدود") return true;
  return false;
}

const PREPOSITIONS = new Set("علي في من الي عن قرب حول نحو باتجاه".split(" "));

/** Soldier nouns (not people at large). */
const SOLDIERS = /^(ال)?(عنصر|عناصر|جندي|جنود|عسكري|ضابط|ضباط|مجند|مقاتل|طيار|صف)/;

/**
 * "لجأ 5 جنود إلى الأردن", "لجوء ضابطين إلى تركيا", "ضابط لجأ إلى تركيا": a soldier noun right after the verb
 * (after its figure or quantity word), or right before it.
 */
export function soldiersAsSubject(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 3); k++) {
    const w = tokens[k];
    if (anyMatches(stems(w), SOLDIERS)) return true;
    if (!(w.digits || QUANTITY_START.has(w.text) || QUANTITY_DEFINITE.test(w.text) || NUMBER_WORD_START.test(w.text) || w.text === "من")) break;
  }
  const prev = tokens[i - 1];
  return !!prev && anyMatches(stems(prev), SOLDIERS);
}

/** Units, posts and leave one comes back to ("قطعهم", "إجازاتهم"): not "الخدمة", which the draft-evader never joined. */
const OWN_UNIT = new Set([...OWN_POSTS, ...possessed("اجازت اجازات كتايب فرق")]);

/** "لم" right before the verb, and within the next twelve words the unit, post or leave it governs. */
export function notBackToTheirUnit(tokens: readonly Token[], i: number): boolean {
  if (!NOT_PAST.has(tokens[i - 1]?.text ?? "")) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 13); k++) {
    if (!anyIn(stems(tokens[k]), OWN_UNIT)) continue;
    // the object of the return ("إلى قطعهم", "بوحداتهم", "من إجازاتهم", "انتهاء إجازاتهم"), not any mention of posts
    if (BA_LAM_FIRST.test(tokens[k].text) || RETURN_GOVERNORS.has(tokens[k - 1].text)) return true;
  }
  return false;
}

/** "إلى حضن الوطن/الدولة" within the fourteen words after the verb (its subject may come first). */
export function toTheHomeland(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 2; k < Math.min(tokens.length - 1, i + 15); k++) {
    if (tokens[k].text === "حضن" && tokens[k - 1].text === "الي" && HOMELAND.has(tokens[k + 1].text)) return true;
  }
  return false;
}

/** What one abandons that makes a desertion: "عن مواقعهم / سلاحهم / صفوف …" within the ten words after token `i`. */
const ABANDONED = new Set([...OWN_POSTS, ...possessed("سلاح اسلحت بزت بزات"), "صفوف", "الخدمه"].map((w) => foldLetters(w)));
export function abandonedPostsAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 11); k++) if (tokens[k].text === "عن" && ABANDONED.has(tokens[k + 1].text)) return true;
  return false;
}

/**
 * "انضمام 12 عنصراً من X", "التحاق ثلاثة من عناصر X", "انضمام ضابط برتبة نقيب من X": the people right after a verbal
 * noun of joining (its subject), then "من/عن" within its six words (the tokens know no sentence end: a longer window
 * reaches the next sentence), before any "إلى" (what they joined; not "نحو", mostly "about" before a figure).
 */
export function cameFromAfter(tokens: readonly Token[], i: number): boolean {
  if (!peopleRightAfter(tokens, i)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const w = tokens[k].text;
    if (w === "من" || w === "عن") return true;
    if (w === "الي") return false;
  }
  return false;
}

/** "من صفوف" within the eight words after token `i` (its subject between). */
export function fromTheRanksAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 9); k++) if (tokens[k].text === "من" && RANKS_FIRST.test(tokens[k + 1].text)) return true;
  return false;
}

/** The first "عن" in [from, to) introduces a return to service ("عن الالتحاق", "عن العودة"). */
export function returnsAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, tokens.length); k++) {
    if (tokens[k].text === "عن") return !!tokens[k + 1] && RETURN_TO_SERVICE.has(tokens[k + 1].text);
  }
  return false;
}

/** What one refuses to come back to, or fails to: one's service, unit or post ("العودة إلى الخدمة", "الالتحاق بقطعهم"). */
const RETURN_NOUNS = new Set("العوده الرجوع الالتحاق".split(" "));
const OWN_SERVICE = new Set([...OWN_POSTS, "الخدمه"]);
/** "رفض (subject) العودة/الالتحاق … الخدمة/قطعهم": the return noun within the eleven words after the verb, its object within three. */
export function refusesToReturn(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 12); k++) {
    if (!RETURN_NOUNS.has(tokens[k].text)) continue;
    for (let j = k + 1; j <= Math.min(tokens.length - 1, k + 3); j++) if (anyIn(stems(tokens[j]), OWN_SERVICE)) return true;
    return false;
  }
  return false;
}

/** "عن الأنظار" within the eleven words after the verb (its subject between). */
export function outOfSightAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 12); k++) if (tokens[k].text === "عن" && tokens[k + 1].text === "الانظار") return true;
  return false;
}

const ARMS = new Set(possessed("سلاح اسلحت", "ه هم هما"));
const HOME_AFTER_RETURN = /^(منازل|منزل|بيوت|بيت|قري|قرا|قريت|بلدات|بلدت|ديار|اهال|عايلات)/;
/**
 * "ألقى 7 عناصر من الفرقة سلاحهم وعادوا إلى بيوتهم": a people subject, their arms as the object, then a return
 * home within eight words (not "ألقى عناصر التنظيم سلاحهم واستسلموا", a capture in a fight).
 */
export function laidDownArmsAndWentHome(tokens: readonly Token[], i: number): boolean {
  if (!peopleRightAfter(tokens, i)) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 12); k++) {
    if (!ARMS.has(tokens[k].text)) continue;
    for (let j = k + 1; j < Math.min(tokens.length - 2, k + 8); j++) {
      if (WENT_BACK.test(tokens[j].text) && tokens[j + 1].text === "الي" && HOME_AFTER_RETURN.test(tokens[j + 2].text)) return true;
    }
    return false;
  }
  return false;
}

/** A dual fighter noun within the six words before ("عنصرين من الجيش السوري هربا"), and no "من" right after (the adverb "هرباً من"). */
export function dualSubjectBefore(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.text === "من") return false;
  // (or any fighter noun with "اثنين/اثنان" after it: "قياديين اثنين")
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (anyIn(stems(tokens[k]), MILITARY_DUALS) || TWO.has(tokens[k].text)) return true;
  return false;
}

/** A people subject, then the preposition the verb governs ("انفصل 60 مقاتلاً من الهيئة عن …" or "انفصل 60 مقاتلاً عن الهيئة"). */
export function peopleThenAfter(tokens: readonly Token[], i: number, prep: string): boolean {
  if (!peopleRightAfter(tokens, i) || tokens[i + 1].text === "من") return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 12); k++) if (tokens[k].text === prep) return true;
  return false;
}

/** Some token of [from, to) (clipped to the tokens) is written as a word of `words` (a loop: no slice nor closure per entry). */
export function textIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < Math.min(to, tokens.length); k++) if (words.has(tokens[k].text)) return true;
  return false;
}
