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
import { foldLetters } from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { stems } = tokenModule;

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
}

const LEXICON = new Map<string, Entry[]>();
/** Kept by `add` with the lexicon: every proper prefix of its words (the first half of a split word). */
const FIRST_HALVES = new Set<string>();

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
add("انشق انشقوا انشقت انشقا انشقتا ينشق ينشقون ينشقوا تنشق انشققت انشققنا", "defect", "verb");
add("انشقاق الانشقاق إنشقاق الإنشقاق انشقاقه انشقاقها انشقاقهم انشقاقهما", "defect", "masdar");
add("انشقاقات الانشقاقات إنشقاقات الإنشقاقات", "defect", "plural");
add("منشق منشقا منشقون منشقين المنشق المنشقون المنشقين منشقة المنشقة منشقان منشقين", "defect", "participle");
// فر / هرب: flight from the unit or the front.
add("فر فروا فرت فرا يفر يفرون يفروا تفر", "flee", "verb");
add("فرار الفرار فرارهم فراره فرارها", "flee", "masdar");
add("هرب هربوا هربت يهرب يهربون يهربوا", "flee", "verb");
add("هروب الهروب هروبهم هروبه هروبها الهرب", "flee", "masdar");
add("الفارين الفارون فارين فارون الفار الهاربين الهاربون هاربين", "flee", "participle");
// Going over: "انضم 20 عنصراً من قسد إلى الجيش الوطني" is a defection when the people come "من/عن" a
// group of their own (candidates.ts drops a join with none: "انضم 200 شاب إلى الميليشيا" is recruitment).
add("انضم انضموا انضمت انضما التحق التحقوا التحقت التحقا انتقل انتقلوا انتقلت", "defect", "verb", "__join__");
// Crossing the border: "عبروا الحدود"; the singular "عبر" is mostly the preposition "via" ("فرّوا عبر
// البادية"), so it is a verb only with a counted subject before its object ("عبر نحو 300 جندي الحدود").
add("عبروا يعبرون يعبروا", "flee", "verb", "الحدود");
add("عبر", "flee", "verb", "__never__");
// Leaving posts or the group: the object says what was left.
const POSTS = "مواقعهم مواقعه نقاطهم نقاطه ثكناتهم قطعهم قطعاتهم مقراتهم صفوف صفوفه صفوفها صفوفهم الحركه الفصيل التنظيم الجبهه الفيلق اللواء الجيش الخدمه الميليشيا المليشيا مراكزهم";
add("غادروا غادر غادرت", "leave", "verb", POSTS);
add("تركوا ترك تركت", "leave", "verb", POSTS);
add("تركها تركهم تركه", "leave", "masdar", POSTS);
add("مغادره", "leave", "masdar", "مواقعهم نقاطهم صفوف");
add("تخلفوا تخلف", "leave", "verb", "عن");
/** What one fails to return to ("تخلّف عشرة عناصر من الفوج عن الالتحاق بقطعهم"): the "عن" may follow the subject. */
const RETURN_TO_SERVICE = new Set("الالتحاق الالتحاق العوده الرجوع الدوام الخدمه قطعهم قطعاتهم".split(" ").map((w) => foldLetters(w)));
add("خرج خرجوا خرجت", "leave", "verb", "من عن");
// Handing oneself over to the other side.
add("سلموا سلم سلمت سلمه سلموه سلمها سلموها يسلمون يسلم تسلم سلما سلمتا يسلمان", "surrender", "verb", "انفسهم نفسه نفسها انفسهما نفسيهما");
add("تسليم", "surrender", "masdar", "انفسهم نفسه نفسيهما");
// A unit splitting from its formation.
add("انفصل انفصلت انفصلوا ينفصل", "split", "verb", "عن");
add("انفصال", "split", "masdar", "عن");
add("انهاء انهي انهت فك", "split", "masdar", "اندماجه اندماجها اندماجهم ارتباطه ارتباطها ارتباطهم الاندماج الارتباط");

/** Examples: each text and the trigger classes found in it (test corpus). */
export const TRIGGER_EXAMPLES: Array<[string, Array<`${TriggerClass}:${TriggerForm}`>]> = [
  ["انشق 21 عنصراً", ["defect:verb"]],
  ["وانشقوا عن النظام", ["defect:verb"]],
  ["أعلن انشقاقه عن الجبهة", ["defect:masdar"]],
  ["تأمين انشقاق مئة عسكري", ["defect:masdar"]],
  ["بالإنشقاق", ["defect:masdar"]],
  ["تزايد الانشقاقات", ["defect:plural"]],
  ["17 جندياً منشقاً", ["defect:participle"]],
  ["فرّ 4 عناصر", ["flee:verb"]],
  ["وفروا باتجاه", ["flee:verb"]],
  ["هـروب عدة عناصر", ["flee:masdar"]],
  ["للفرار من المدينة", ["flee:masdar"]],
  ["غادروا مواقعهم", ["leave:verb"]],
  ["تركوا نقاطهم", ["leave:verb"]],
  ["تركت الحركة", ["leave:verb"]],
  ["خرج من صفوف الجبهة", ["leave:verb"]],
  ["سلّموا أنفسهم للجيش", ["surrender:verb"]],
  ["سلّم 60 عنصراً من التنظيم أنفسهم", ["surrender:verb"]],
  ["ترك آلاف الجنود ثكناتهم", ["leave:verb"]],
  // the subject, with its figure and group, between the verb and its object
  ["ترك قرابة ثلاثين مقاتلاً من لواء الفتح التابع للجبهة مواقعهم", ["leave:verb"]],
  ["غادر 12 جندياً من الفوج 46 في ريف حلب نقاطهم", ["leave:verb"]],
  ["تركت العنصرة صفوفها", ["leave:verb"]],
  ["تخلّف خمسة عشر مجنداً من أبناء البلدة في الفرقة عن الالتحاق بوحداتهم", ["leave:verb"]],
  ["تخلفوا عن العودة إلى قطعهم", ["leave:verb"]],
  ["سلّم خمسة مسلحين من كتيبة الفاروق التابعة لحركة أحرار الشام في ريف حمص أنفسهم", ["surrender:verb"]],
  ["سلّما نفسيهما للجيش", ["surrender:verb"]],
  ["أنهى اندماجه", ["split:masdar"]],
  ["إنهاء اندماجه مع الفيلق", ["split:masdar"]],
  ["انفصل عن الفيلق", ["split:verb"]],
  // not triggers: other words with similar letters, and leaving without an object that names a post
  ["تهريب النفط", []],
  ["ترك أثراً", []],
  ["غادر المدينة", []],
  ["الهرم", []],
  ["فرّوا عبر البادية باتجاه الحدود", ["flee:verb"]],
  ["انشـ ـق 7 عناصر", ["defect:verb"]],
  ["وفـ ـروا باتجاه الشمال", ["flee:verb"]],
  ["أن شقّ الطريق", []],
  ["عبر الحدود إلى تركيا", []],
  ["وعبروا الحدود إلى الأردن", ["flee:verb"]],
  ["عبر نحو 300 جندي من جيش النظام الحدود اللبنانية", ["flee:verb"]],
  ["ترك الطيران أثراً واضحاً على مواقعهم", []],
  ["ترك النظام خلفه في الريف الشرقي مواقعهم", []],
  ["ترك 30 عنصراً صفوف الفصيل", ["leave:verb"]],
  ["تخلّف الطالب عن الامتحان", []],
  ["تخلف المشروع عن موعده بسبب غياب التمويل عن الالتحاق", []],
];

/** Words that are words on their own, so never the first half of a split trigger ("أن شقّ"). */
const WHOLE_WORDS = new Set("ان من في عن الي علي و ف ب ل ما لا لم قد او ثم مع".split(" "));

/** A trigger written in two pieces ("انش" + "ق", "فرا" + "رهم"): joined, it is a one-word lexicon entry. */
function splitWordTrigger(tokens: readonly Token[], i: number): Trigger | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  // (cheap checks first: this runs on every word that is no trigger)
  if (!b || a.text.length > 5 || b.text.length > 5 || a.digits || b.digits || b.start - a.end !== 1 || WHOLE_WORDS.has(a.text) || LEXICON.has(b.text)) return null;
  // The first piece must begin a lexicon word (after و/ف, which the join may strip).
  const c0 = a.text.charCodeAt(0);
  if (!FIRST_HALVES.has(a.text) && !((c0 === 0x0648 || c0 === 0x0641) && FIRST_HALVES.has(a.text.slice(1)))) return null;
  const joined = a.text + b.text;
  for (const s of [joined, joined.replace(/^[وف]/, "")]) {
    const entry = LEXICON.get(s)?.find((e) => !e.next);
    if (entry && s.length >= 4) return { first: i, last: i + 1, start: a.start, end: b.end, cls: entry.cls, form: entry.form };
  }
  return null;
}

/** People as the subject of leaving: a figure, a quantity word or a fighter noun. */
const PEOPLE = /^(ال)?(عنصر|عناصر|مقاتل|جنود|جندي|عسكري|ضابط|ضباط|مجند|مسلح|افراد|فرد|باقون|باقين|اخرون|اخرين|مرتزق|قيادي|قاده|امير|امراء|متطوع)/;

/**
 * "ترك آلاف الجنود ثكناتهم" (the object two or three words on), or a longer subject that names people
 * ("ترك نحو 40 عنصراً من اللواء التابع للفيلق مواقعهم"); the post is the verb's object, not a preposition's.
 */
function leftPostsAfterSubject(tokens: readonly Token[], i: number, posts: ReadonlySet<string>): boolean {
  for (let k = i + 2; k < Math.min(tokens.length, i + 13); k++) {
    const x = tokens[k];
    if (!posts.has(x.text) || PREPOSITIONS.has(tokens[k - 1].text)) continue;
    const possessive = /(هم|ه|ها)$/.test(x.text);
    if (k <= i + 3) {
      if (possessive) return true;
      continue;
    }
    // "ترك 30 عنصراً صفوف الفصيل", "غادر 12 مجنداً من أبناء البلدة الخدمة": with a people subject the object may be any post.
    for (let j = i + 1; j < k; j++) {
      const w = tokens[j];
      if (w.digits || QUANTITY_START.has(w.text) || stems(w).some((st) => PEOPLE.test(st))) return true;
    }
  }
  return false;
}

const QUANTITY_START = new Set("ما نحو قرابه حوالي زهاء اكثر عشرات مئات الاف عدد".split(" "));

/** "عبر" + a subject opened by a number or a quantity word + "الحدود" within a dozen words. */
function crossesWithCountedSubject(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i + 1];
  if (!first || !(first.digits || QUANTITY_START.has(first.text) || /^(ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مي|الف|الفي)/.test(first.text))) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 13); k++) if (tokens[k].text === "الحدود") return true;
  return false;
}

const PREPOSITIONS = new Set("علي في من الي عن قرب حول نحو باتجاه".split(" "));

/** The first "عن" in [from, to) introduces a return to service ("عن الالتحاق", "عن العودة"). */
function returnsAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, tokens.length); k++) {
    if (tokens[k].text === "عن") return !!tokens[k + 1] && RETURN_TO_SERVICE.has(tokens[k + 1].text);
  }
  return false;
}

/** Every trigger in the tokens, left to right. */
export function findTriggers(tokens: readonly Token[]): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.digits || t.text.length < 2) continue;
    let found: Trigger | null = null;
    for (const s of stems(t)) {
      const entries = LEXICON.get(s);
      if (!entries) continue;
      for (const e of entries) {
        if (e.next?.has("__join__")) {
          found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form, join: true };
          break;
        }
        if (e.next) {
          const nt = tokens[i + 1];
          if (!nt || !stems(nt).some((x) => e.next!.has(x))) {
            // "ترك آلاف الجنود ثكناتهم", "ترك نحو 40 عنصراً من اللواء التابع للفيلق مواقعهم": the subject
            // (with its figure and group) may come between the verb and the post it left, whose possessive refers back to it.
            if (e.cls === "leave" && e.form === "verb" && !e.next.has("عن") && leftPostsAfterSubject(tokens, i, e.next)) {
              found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
              break;
            }
            // "تخلّف عشرون عنصراً من الفرقة عن الالتحاق بقطعهم": failing to return, the subject between.
            if (e.cls === "leave" && e.next.has("عن") && /^تخلف/.test(s) && returnsAfter(tokens, i + 2, i + 13)) {
              found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
              break;
            }
            // "عبر ما يزيد على ألف عسكري من الجيش الحدود": a counted subject, then the border.
            if (e.cls === "flee" && s === "عبر" && crossesWithCountedSubject(tokens, i)) {
              found = { first: i, last: i, start: t.start, end: t.end, cls: e.cls, form: e.form };
              break;
            }
            // "سلّم 60 عنصراً من التنظيم أنفسهم": the object may follow the subject.
            if (e.cls === "surrender" && tokens.slice(i + 2, i + 15).some((x) => e.next!.has(x.text))) {
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
    if (found) {
      out.push(found);
      i = found.last;
    }
  }
  return out;
}
