/**
 * The trigger lexicon: words that say members left an armed group. Each entry is a word form
 * in natural Arabic (folded at load) with its class and grammatical form; proclitics (و ف ب ل)
 * and the article are stripped before lookup, so "وانشقوا", "بالانشقاق", "للفرار" are found.
 *
 * - `verb`: a finite verb, the strongest evidence of an incident ("انشق 5 عناصر").
 * - `masdar`: a verbal noun ("انشقاق 5 عناصر", "فرار مجموعة").
 * - `plural`: the plural noun "انشقاقات" — often a trend ("تزايد الانشقاقات"), so it needs more
 *   support before it becomes an event (see cues.ts).
 * - `participle`: "منشق", "الفارين" — usually refers to people already mentioned; an event only
 *   right after a count ("17 جندياً منشقاً").
 * Multi-word triggers ("سلموا أنفسهم", "تركوا مواقعهم", "أنهى اندماجه") need their second word.
 */
import * as $normalize from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import * as $lexicon from "./lexicon";
import * as $contexts from "./trigger-contexts";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters } = $normalize;
const { OWN_POSTS, possessed } = $lexicon;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, stems, wordMemo } = tokenModule;
const {
  abandonedPostsAfter, cameFromAfter, crossesWithCountedSubject, dualSubjectBefore, fromTheRanksAfter, laidDownArmsAndWentHome,
  leftPostsAfterSubject, notBackToTheirUnit, outOfSightAfter, peopleRightAfter, peopleThenAfter, refusesToReturn, returnsAfter,
  soldiersAsSubject, textIn, toTheHomeland,
} = $contexts;
// (re-exported: candidates.ts reads namesPeople from this module; the examples live in trigger-examples.ts)
export { namesPeople } from "./trigger-contexts";
export { TRIGGER_EXAMPLES } from "./trigger-examples";

export type TriggerClass = "defect" | "flee" | "leave" | "surrender" | "split";
export type TriggerForm = "verb" | "masdar" | "plural" | "participle";

export interface Trigger {
  first: number;
  last: number;
  /** Normalised offsets of the trigger words. */
  start: number;
  end: number;
  cls: TriggerClass;
  form: TriggerForm;
  /** A verb of joining ("انضم", "التحق"): an incident only with the group the people came from (candidates.ts). */
  join?: true;
}

interface Entry {
  cls: TriggerClass;
  form: TriggerForm;
  /** The next word must be one of these (folded), for two-word triggers. */
  next?: Set<string>;
  /** A trigger only when its context says so ("تسرّب" with soldiers after it); checked at token `i`. */
  when?: (tokens: readonly Token[], i: number) => boolean;
  /** The trigger takes in the word before it ("لم يعودوا"). */
  withPrevious?: true;
  /** A word of joining (Trigger.join). */
  join?: true;
}

const LEXICON = new Map<string, Entry[]>();
/** Kept by `add` with the lexicon: every proper prefix of its words (the first half of a split word). */
const FIRST_HALVES = new Set<string>();

/** Words that are triggers only when `when` holds at them (`join`: a verb of joining, see Trigger.join). */
function addWhen(words: string, cls: TriggerClass, form: TriggerForm, when: (tokens: readonly Token[], i: number) => boolean, withPrevious = false, join = false): void {
  for (const w of words.split(/\s+/)) {
    const key = foldLetters(w);
    const list = LEXICON.get(key) ?? [];
    list.push({ cls, form, when, ...(withPrevious ? { withPrevious: true as const } : {}), ...(join ? { join: true as const } : {}) });
    LEXICON.set(key, list);
  }
}

function add(words: string, cls: TriggerClass, form: TriggerForm, next?: string): void {
  const nextSet = next ? new Set(next.split(/\s+/).map((w) => foldLetters(w))) : undefined;
  for (const w of words.split(/\s+/)) {
    const key = foldLetters(w);
    for (let k = 1; k < key.length; k++) FIRST_HALVES.add(key.slice(0, k));
    const list = LEXICON.get(key) ?? [];
    list.push({ cls, form, next: nextSet });
    LEXICON.set(key, list);
  }
}

// انشق: verbs in the persons a report uses, the verbal noun with possessives, the plural, participles.
add("انشق انشقوا انشقت انشقا انشقتا ينشق ينشقون ينشقوا تنشق انشققت انشققنا ينشقان تنشقان انشققن ينشققن", "defect", "verb");
add("انشقاق الانشقاق إنشقاق الإنشقاق انشقاقه انشقاقها انشقاقهم انشقاقهما انشقاقهن انشقاقا", "defect", "masdar");
add("انشقاقات الانشقاقات إنشقاقات الإنشقاقات", "defect", "plural");
add("منشق منشقا منشقون منشقين المنشق المنشقون المنشقين منشقة المنشقة منشقان منشقين المنشقان منشقات المنشقات", "defect", "participle");
// فر / هرب: flight from the unit or the front.
add("فر فروا فرت فرا فرتا يفر يفرون يفروا تفر يفران تفران", "flee", "verb");
// (the accusative "فراراً", "هروباً", "انشقاقاً" is the object of a verb: "شهدت الفرقة هروباً جماعياً لعشرين عنصراً")
add("فرار الفرار فرارهم فراره فرارها فرارهما فرارا", "flee", "masdar");
// (not "هربا": mostly the adverb "هرباً من …", fleeing something, not the dual verb)
add("هرب هربوا هربت هربتا يهرب يهربون يهربوا يهربان", "flee", "verb");
add("هروب الهروب هروبهم هروبه هروبها هروبهما الهرب هروبا", "flee", "masdar");
// Participles in every number and case ("عنصران فارّان", "جنود هاربون"); still an incident only beside a figure (candidates.ts).
add("الفارين الفارون فارين فارون الفار فاران الفاران الهاربين الهاربون هاربين هاربون هاربان الهاربان", "flee", "participle");
// تسرّب: slipping away from service, one by one ("تسرّب 15 عنصراً من الفرقة"). The same verb says water, news or
// pupils leak ("تسرّبت معلومات", "تسرّب الطلاب"), so it is a trigger only with soldiers right after it (peopleRightAfter).
addWhen("تسرب تسربوا تسربت تسربا يتسرب يتسربون يتسربوا تتسرب", "leave", "verb", peopleRightAfter);
// لجأ: taking refuge abroad or with the other side — soldiers only ("لجأ 5 جنود إلى الأردن"); refugees take refuge too.
addWhen("لجأ لجأوا لجؤوا لجئوا يلجأ يلجؤون", "flee", "verb", soldiersAsSubject);
addWhen("لجوء لجوئهم", "flee", "masdar", soldiersAsSubject);
// Going over: "انضم 20 عنصراً من قسد إلى الجيش الوطني" is a defection when the people come "من/عن" a
// group of their own (candidates.ts drops a join with none: "انضم 200 شاب إلى الميليشيا" is recruitment).
add("انضم انضموا انضمت انضما التحق التحقوا التحقت التحقا انتقل انتقلوا انتقلت", "defect", "verb", "__join__");
// … and their verbal nouns, as the side that received them tells it ("أعلن X انضمام 12 عنصراً من Y إلى صفوفه",
// "أفادت مصادر بالتحاق 12 من عناصر Y بصفوف X"): the same conditions (candidates.ts). Not with the article: "الالتحاق"
// and "الانضمام" are most often one's own service or a call to join ("تخلّف عن الالتحاق بقطعهم", "دعا إلى الانضمام").
// ("بعد عامين من انضمامهم لداعش" tells no one leaving: a verbal noun is a trigger only with its people and the group
// they came from after it, cameFromAfter.)
// (So not with a possessive either, "انضمامهم": its people are the pronoun, told before.)
addWhen("انضمام التحاق", "defect", "masdar", cameFromAfter, false, true);
// Crossing the border: "عبروا الحدود"; the singular "عبر" is mostly the preposition "via" ("فرّوا عبر
// البادية"), so it is a verb only with a counted subject before its object ("عبر نحو 300 جندي الحدود").
add("عبروا يعبرون يعبروا", "flee", "verb", "الحدود");
add("عبر", "flee", "verb", "__never__");
// Leaving posts or the group: the object says what was left.
const POSTS = `${[...OWN_POSTS].join(" ")} صفوف صفوفه صفوفها صفوفهم الحركه الفصيل التنظيم الجبهه الفيلق اللواء الجيش الخدمه الميليشيا المليشيا`;
add("غادروا غادر غادرت غادرا", "leave", "verb", POSTS);
add("تركوا ترك تركت تركا", "leave", "verb", POSTS);
add("تركها تركهم تركه تركهما", "leave", "masdar", POSTS);
add("مغادره", "leave", "masdar", "مواقعهم نقاطهم صفوف");
add("تخلفوا تخلف تخلفا", "leave", "verb", "عن");
// تخلّى عن: abandoning one's posts or weapons ("تخلّى 14 عنصراً من قسد عن مواقعهم"), not a cause or an ally.
addWhen("تخلي تخلوا تخلت تخليا يتخلي يتخلون", "leave", "verb", (tokens, i) => abandonedPostsAfter(tokens, i));
// انسحب: withdrawing from the ranks of a group ("انسحب 20 عنصراً من صفوف X"); a withdrawal from positions or a
// region is a unit moving on orders, no one leaving it ("انسحب المقاتلون من مواقعهم").
addWhen("انسحب انسحبوا انسحبت ينسحب ينسحبون", "leave", "verb", (tokens, i) => fromTheRanksAfter(tokens, i));
addWhen("انسحاب انسحابهم انسحابه", "leave", "masdar", (tokens, i) => fromTheRanksAfter(tokens, i));
// "لم يعودوا إلى قطعهم", "لم يلتحقوا بوحداتهم بعد انتهاء إجازاتهم": soldiers who never came back (the trigger
// takes in its "لم"). Not "لم يلتحقوا بالخدمة" (young men who never joined: draft evasion), not any "لم يعد".
addWhen("يعد يعودوا يعود يعودا يلتحق يلتحقوا يلتحقا", "leave", "verb", notBackToTheirUnit, true);
// تغيّب عن: staying away, a desertion only from service or a unit ("تغيّب 15 عنصراً عن قطعهم"), not from school or a meeting.
addWhen("تغيب تغيبوا تغيبا يتغيب يتغيبون", "leave", "verb", (tokens, i) => returnsAfter(tokens, i + 1, i + 13));
add("خرج خرجوا خرجت", "leave", "verb", "من عن");
// Handing oneself over to the other side.
add("سلموا سلم سلمت سلمه سلموه سلمها سلموها يسلمون يسلم تسلم سلما سلمتا يسلمان", "surrender", "verb", "انفسهم نفسه نفسها انفسهما نفسيهما");
add("تسليم", "surrender", "masdar", "انفسهم نفسه نفسيهما");
// "عادوا إلى حضن الوطن": the regime's idiom for armed men going over to it (the subject may come between).
addWhen("عاد عادوا عادت عادا يعود يعودون", "surrender", "verb", toTheHomeland);
// رفض العودة: refusing to come back to one's service or unit ("رفض 30 عنصراً العودة إلى الخدمة بعد انتهاء إجازاتهم");
// not refusing orders while staying ("رفض تنفيذ الأوامر"), nor residents refusing to go home ("العودة إلى منازلهم").
addWhen("رفض رفضوا رفضا رفضت يرفض يرفضون", "leave", "verb", refusesToReturn);
// توارى عن الأنظار: soldiers gone into hiding ("توارى 7 عناصر من الفرقة عن الأنظار"), not any wanted man or attacker.
addWhen("توارى تواري تواروا توارت تواريا يتوارى يتواري يتوارون", "leave", "verb", (tokens, i) => peopleRightAfter(tokens, i) && outOfSightAfter(tokens, i));
// خلع البزة العسكرية: taking off the uniform, the idiom for leaving the army (not "خلع الرئيس", a deposition).
add("خلع خلعوا خلعت خلعا يخلع يخلعون", "leave", "verb", possessed("بزت بزات زي", "ه هم هما").join(" ") + " البزه الزي");
// ألقى سلاحه … وعاد إلى بيته: laying down arms to go home; laying them down to an enemy ("ألقوا سلاحهم واستسلموا") is a capture.
addWhen("القي القى القوا القيا يلقي يلقون", "leave", "verb", laidDownArmsAndWentHome);
// The participle of تسرّب: "عاد 7 عناصر متسربون من الفرقة إلى قراهم" (an incident only beside a figure, as every participle).
add("متسرب متسربا متسربون متسربين المتسرب المتسربون المتسربين متسربان المتسربان", "leave", "participle");
// "هربا" is mostly the adverb "هرباً من …"; after a dual subject, not before "من", it is the dual verb ("عنصرين من الفرقة هربا أمس").
addWhen("هربا", "flee", "verb", dualSubjectBefore);
// A unit splitting from its formation; people splitting off ("انفصل 60 مقاتلاً عن الهيئة وشكلوا فصيلاً"), the subject between.
add("انفصل انفصلت انفصلوا ينفصل", "split", "verb", "عن");
add("انفصال انفصاله انفصالها انفصالهم", "split", "masdar", "عن");
add("انهاء انهي انهت فك", "split", "masdar", "اندماجه اندماجها اندماجهم ارتباطه ارتباطها ارتباطهم الاندماج الارتباط");

/** Words that are words on their own, so never the first half of a split trigger ("أن شقّ"). */
const WHOLE_WORDS = new Set("ان من في عن الي علي و ف ب ل ما لا لم قد او ثم مع".split(" "));

/** The first piece of a split trigger: a short word, not a word of its own, that begins a lexicon word (after و/ف, which the join may strip). */
const mayBeFirstHalf = wordMemo((word): boolean => {
  const w = word.text;
  const c0 = w.charCodeAt(0);
  if (w.length > 5 || (c0 >= 48 && c0 <= 57) || WHOLE_WORDS.has(w)) return false;
  return FIRST_HALVES.has(w) || ((c0 === 0x0648 || c0 === 0x0641) && FIRST_HALVES.has(w.slice(1)));
});

/** A trigger written in two pieces ("انش" + "ق", "فرا" + "رهم"): joined, it is a one-word lexicon entry. */
function splitWordTrigger(tokens: readonly Token[], i: number): Trigger | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  // (cheap checks first: this runs on every word that is no trigger)
  if (!b || !mayBeFirstHalf(a) || b.text.length > 5 || b.digits || b.start - a.end !== 1 || LEXICON.has(b.text)) return null;
  const joined = a.text + b.text;
  for (const s of [joined, joined.replace(/^[وف]/, "")]) {
    const entry = LEXICON.get(s)?.find((e) => !e.next);
    if (entry && s.length >= 4) return { first: i, last: i + 1, start: a.start, end: b.end, cls: entry.cls, form: entry.form };
  }
  return null;
}

/** «تخلّف» and its persons: failing to return, the subject between the verb and its «عن» (triggerAt). */
const STAYED_BEHIND = /^تخلف/;

/** Per distinct word: its readings that are lexicon words, with their entries (null: none). */
const lexiconHeads = wordMemo((word): Array<{ stem: string; entries: Entry[] }> | null => {
  const heads: Array<{ stem: string; entries: Entry[] }> = [];
  for (const stem of word.stems) {
    const entries = LEXICON.get(stem);
    if (entries) heads.push({ stem, entries });
  }
  return heads.length > 0 ? heads : null;
});

/**
 * (r15-heads) A verb of the lexicon in the feminine (or second person) present: its «ت» is the prefix of the present
 * the lexicon holds with «ي» («تنشق» ← «ينشق»، «تفر» ← «يفر»، «تتسرب» ← «يتسرب»). A perfect that opens with «ت» (forms
 * V and VI: «ترك»، «تسرّب»، «تخلّى») has no such present: «يرك»، «يسرب» are no verbs of it. `word` is folded, maybe
 * with «و/ف» before it.
 */
export function presentWithTa(word: string): boolean {
  if (word.length < 3) return false;
  const w = word.length > 3 && (word[0] === "و" || word[0] === "ف") ? word.slice(1) : word;
  if (w[0] !== "ت") return false;
  const entries = LEXICON.get(`ي${w.slice(1)}`);
  return entries !== undefined && entries.some((e) => e.form === "verb");
}

/** (r15-heads) A verb of the lexicon as written, no proclitic stripped: the «ف» of «فرّ»، «فرّوا» is the root's. */
export function verbAsWritten(word: string): boolean {
  const entries = LEXICON.get(word);
  return entries !== undefined && entries.some((e) => e.form === "verb");
}

/** Every trigger in the tokens, left to right. */
export function findTriggers(tokens: readonly Token[]): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = triggerAt(tokens, i);
    if (found) {
      out.push(found);
      i = found.last;
    }
  }
  return out;
}

/**
 * The trigger read at token `i` (its first token is `i`, or `i - 1` for an entry `withPrevious`), or null.
 * findTriggers reads each token after the last trigger's; the confidence scorer reads one trigger's own.
 */
export function triggerAt(tokens: readonly Token[], i: number): Trigger | null {
  const t = tokens[i];
  if (t.digits || t.text.length < 2) return null;
  let found: Trigger | null = null;
  const heads = lexiconHeads(t);
  if (heads !== null) for (const { stem: s, entries } of heads) {
    for (const e of entries) {
      if (e.when) {
        if (!e.when(tokens, i)) continue;
        const first = e.withPrevious ? i - 1 : i;
        // (the fields written out: no spread per trigger, bench/README.md)
        found = e.join ? { first, last: i, start: tokens[first].start, end: t.end, cls: e.cls, form: e.form, join: true } : { first, last: i, start: tokens[first].start, end: t.end, cls: e.cls, form: e.form };
        break;
      }
      if (e.next?.has("__join__")) {
        found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form, join: true };
        break;
      }
      if (e.next) {
        const nt = tokens[i + 1];
        if (!nt || !anyIn(stems(nt), e.next)) {
          // "ترك آلاف الجنود ثكناتهم", "ترك نحو 40 عنصراً من اللواء التابع للفيلق مواقعهم": the subject
          // (with its figure and group) may come between the verb and the post it left, whose possessive refers back to it.
          if (e.cls === "leave" && e.form === "verb" && !e.next.has("عن") && leftPostsAfterSubject(tokens, i, e.next)) {
            found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
            break;
          }
          // "تخلّف عشرون عنصراً من الفرقة عن الالتحاق بقطعهم": failing to return, the subject between.
          if (e.cls === "leave" && e.next.has("عن") && STAYED_BEHIND.test(s) && returnsAfter(tokens, i + 2, i + 13)) {
            found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
            break;
          }
          // "انفصل 60 مقاتلاً عن هيئة تحرير الشام": a split of people, the subject between the verb and its "عن".
          if (e.cls === "split" && e.form === "verb" && peopleThenAfter(tokens, i, "عن")) {
            found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
            break;
          }
          // "عبر ما يزيد على ألف عسكري من الجيش الحدود": a counted subject, then the border.
          if (e.cls === "flee" && s === "عبر" && crossesWithCountedSubject(tokens, i)) {
            found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
            break;
          }
          // "سلّم 60 عنصراً من التنظيم أنفسهم": the object may follow the subject.
          if (e.cls === "surrender" && textIn(tokens, i + 2, i + 15, e.next)) {
            found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
            break;
          }
          continue;
        }
        found = { first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, cls: e.cls, form: e.form };
      } else found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
      break;
    }
    if (found) break;
  }
  // "انشـ ـق": an obfuscating space between two tatweels splits the word in two (the tatweels are gone).
  if (!found) found = splitWordTrigger(tokens, i);
  return found;
}
