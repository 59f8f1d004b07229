/**
 * Rewordings of real reports, word by word, as another outlet writes the same facts (issue 10; run by
 * `npm run -s eval:perturb`): a flight verb for «لاذ بالفرار» or «تمكّن … من الفرار», the trigger verb in another
 * frame (the ranks that saw it, verb first, «أعلن انشقاقه», «من» for «عن»), a hedge for another, the militia word
 * in its other spelling, and the marks a writer may add or leave out (shadda on a doubled verb, every mark).
 * None changes a group, count, kind, date or place. The men nouns, their dual and tanween: ./reworded-men.ts.
 */
import { foldLetters } from "../../arabic/normalize";
import { groupNames } from "./group-names";
import { verbSubjectSites } from "./order";
import { applyEdits, wordsOf, type Edit, type WordAt } from "./words";

/** Flight verbs and their «لاذ بالفرار» of the same person and tense. */
const FLED: Record<string, string> = {
  [foldLetters("فر")]: "لاذ بالفرار",
  [foldLetters("هرب")]: "لاذ بالفرار",
  [foldLetters("فروا")]: "لاذوا بالفرار",
  [foldLetters("هربوا")]: "لاذوا بالفرار",
  [foldLetters("فرت")]: "لاذت بالفرار",
  [foldLetters("هربت")]: "لاذت بالفرار",
  [foldLetters("يفر")]: "يلوذ بالفرار",
  [foldLetters("يفرون")]: "يلوذون بالفرار",
};

/**
 * A flight verb as «لاذ بالفرار» (same person and tense), its و or ف kept: "فرّ 3 عناصر من الحاجز" →
 * "لاذ بالفرار 3 عناصر من الحاجز". A bare "وفر" is left alone (it also reads وفّر, "provided").
 */
export function fledAsLadha(text: string): string {
  const edits: Edit[] = [];
  for (const w of wordsOf(text)) {
    const hasShadda = w.text.includes("ّ");
    for (const clitic of ["", "و", "ف"]) {
      if (!w.plain.startsWith(clitic)) continue;
      const stem = w.plain.slice(clitic.length);
      const to = FLED[stem];
      if (!to) continue;
      if (clitic !== "" && stem.startsWith(foldLetters("فر")) && !hasShadda) continue;
      edits.push({ start: w.start, end: w.end, insert: w.text.slice(0, clitic.length) + to });
      break;
    }
  }
  return applyEdits(text, edits);
}

const ENABLED: Record<string, string> = { [foldLetters("انشقاق")]: "الانشقاق", [foldLetters("فرار")]: "الفرار", [foldLetters("هروب")]: "الهروب" };

/**
 * A perfect trigger verb before its counted subject as «تمكّن … من» + the verbal noun: "انشق 5 عناصر عن X" →
 * "تمكّن 5 عناصر من الانشقاق عن X", "فرّ 3 جنود من الحاجز" → "تمكّن 3 جنود من الفرار من الحاجز".
 */
export function enabledFrame(text: string): string {
  const edits: Edit[] = [];
  for (const s of verbSubjectSites(text)) {
    const noun = ENABLED[foldLetters(s.forms.masdar)];
    if (!noun) continue;
    // "25 عنصراً من أبناء المنطقة": the subject goes on with its origin; the verbal noun has no place inside it
    const after = wordsOf(text.slice(s.subject.end, s.subject.end + 30));
    if (after[0]?.plain === "من" && after[1] && /^(ابناء|اهالي|سكان|اهل)$/.test(after[1].plain)) continue;
    edits.push({ start: s.verb.start, end: s.verb.end, insert: `${s.clitic}تمكّن` });
    edits.push({ start: s.subject.end, end: s.subject.end, insert: ` من ${noun}` });
  }
  return applyEdits(text, edits);
}

/**
 * A perfect trigger verb with its counted subject and the group it left, told as what the group's ranks saw: "انشق
 * 5 عناصر عن قوات النظام" → "شهدت صفوف قوات النظام انشقاق 5 عناصر", "فرّ 3 جنود من الفرقة الرابعة" → "شهدت صفوف
 * الفرقة الرابعة فرار 3 جنود". Only where «من/عن» and a group's name follow the subject right away.
 */
export function ranksWitnessed(text: string): string {
  const names = groupNames(text);
  const edits: Edit[] = [];
  for (const s of verbSubjectSites(text)) {
    if (!s.after || !/^(من|عن)$/.test(s.after.plain) || text.slice(s.subject.end, s.after.start).trim() !== "") continue;
    // (the name as written, its kind word and quotes too: «تنظيم "داعش"»)
    const name = names.find((n) => n.start > s.after!.end && n.clitic === "" && /^[\s"«“]*([\u0621-\u064a]+[\s"«“]+)?$/.test(text.slice(s.after!.end, n.start)));
    if (!name) continue;
    // (… with its closing quote and the adjectives after it: «تنظيم "داعش" الإرهابي»)
    const tail = text.slice(name.end).match(/^["»”]?(?: ال[\u0621-\u064a\u064b-\u0652]+){0,2}/)![0];
    const end = name.end + tail.length;
    const written = text.slice(s.after.end, end).trim();
    edits.push({ start: s.verb.start, end, insert: `${s.clitic}شهدت صفوف ${written} ${s.forms.masdar} ${text.slice(s.subject.start, s.subject.end)}` });
  }
  return applyEdits(text, edits);
}

/** Plural perfect triggers and their singular (the verb before its subject takes the singular). */
const SINGULAR_OF: Record<string, string> = { [foldLetters("انشقوا")]: "انشق", [foldLetters("فروا")]: "فرّ", [foldLetters("هربوا")]: "هرب" };
const COUNTED_NOUNS = new Set(["عناصر", "عنصرا", "عنصر", "مقاتلين", "مقاتلا", "جنود", "جنديا", "عسكريين", "عسكريا", "ضباط", "ضابطا"].map(foldLetters));

/**
 * A counted subject before its plural verb said verb first, as most outlets write it: "أن 40 عنصراً من قوات النظام
 * انشقوا" → "أنه انشق 40 عنصراً من قوات النظام" (أنّ governs a noun, so before the verb it takes its pronoun).
 * Only a figure in digits, its men noun, and «من/عن» + a group's name (its adjectives too) right before the verb.
 */
export function verbFirst(text: string): string {
  const words = wordsOf(text);
  const names = groupNames(text);
  const edits: Edit[] = [];
  words.forEach((w, i) => {
    const verb = words[i];
    const stem = ["", "و", "ف"].map((c) => ({ c, s: verb.plain.slice(c.length) })).find((x) => verb.plain.startsWith(x.c) && SINGULAR_OF[x.s] !== undefined);
    if (!stem || stem.c !== "") return;
    // the name right before the verb (and its adjectives)
    const name = names.filter((n) => n.end <= verb.start && /^[\s"»”]*(?: ال[\u0621-\u064a\u064b-\u0652]+){0,2}\s*$/.test(text.slice(n.end, verb.start))).at(-1);
    if (!name || name.clitic !== "") return;
    const k = words.findIndex((x) => x.start >= name.start) - 1;
    const prep = words[k];
    const noun = words[k - 1];
    const figure = words[k - 2];
    if (!prep || !noun || !figure || !/^(من|عن)$/.test(prep.plain) || !COUNTED_NOUNS.has(noun.plain) || !/^[0-9\u0660-\u0669]+$/.test(figure.text)) return;
    // the hedge before the figure goes with it ("نحو 15 عنصراً", "أكثر من 15 عنصراً")
    let first = k - 2;
    if (words[first - 1] && /^(نحو|قرابه|حوالي|زهاء)$/.test(words[first - 1].plain)) first -= 1;
    else if (words[first - 1]?.plain === "من" && /^(اكثر|اقل)$/.test(words[first - 2]?.plain ?? "")) first -= 2;
    const start = words[first].start;
    if (/[،,.؛:\n]/.test(text.slice(start, verb.start))) return;
    const before = words[first - 1];
    // ("وكان 40 عنصراً … انشقوا": كان wants قد before a verb; left alone)
    if (before && /^[وف]?كان/.test(before.plain)) return;
    const governs = before && /^[وفب]?[اأإ]ن$/.test(before.text) && text.slice(before.end, start).trim() === "";
    const subject = text.slice(start, verb.start).trim();
    if (governs) edits.push({ start: before.end, end: verb.end, insert: `ه ${SINGULAR_OF[stem.s]} ${subject}` });
    else edits.push({ start, end: verb.end, insert: `${SINGULAR_OF[stem.s]} ${subject}` });
  });
  return applyEdits(text, edits);
}

/**
 * «انشقّ» said as «أعلن انشقاقه» where the verb's subject came before it or is its pronoun: "انشقوا عن X" →
 * "أعلنوا انشقاقهم عن X", "… انشق عن X" → "… أعلن انشقاقه عن X", "انشقت عن" → "أعلنت انشقاقها عن".
 */
export function defectedAsAnnounced(text: string): string {
  const words = wordsOf(text);
  const FORMS: Record<string, string> = { [foldLetters("انشقوا")]: "أعلنوا انشقاقهم", [foldLetters("انشق")]: "أعلن انشقاقه", [foldLetters("انشقت")]: "أعلنت انشقاقها" };
  const edits: Edit[] = [];
  words.forEach((w, i) => {
    const clitic = ["", "و", "ف"].find((c) => w.plain.startsWith(c) && FORMS[w.plain.slice(c.length)] !== undefined);
    if (clitic === undefined) return;
    const stem = w.plain.slice(clitic.length);
    const next = words[i + 1];
    // the singular only right before «عن» (its subject is then before it); the plural carries its own subject
    if (stem !== foldLetters("انشقوا") && !(next && next.plain === "عن" && text.slice(w.end, next.start).trim() === "")) return;
    edits.push({ start: w.start, end: w.end, insert: w.text.slice(0, clitic.length) + FORMS[stem] });
  });
  return applyEdits(text, edits);
}

/**
 * The group left after «انشق» with «من» instead of «عن» (both are written: "انشق 5 عناصر من قوات النظام"): every «عن»
 * right after a perfect or verbal noun of انشق, or after its counted subject.
 */
export function defectedFromMin(text: string): string {
  const words = wordsOf(text);
  const edits: Edit[] = [];
  words.forEach((w, i) => {
    if (w.plain !== "عن") return;
    const prev = words[i - 1];
    if (!prev || /[،,.؛:\n]/.test(text.slice(prev.end, w.start))) return;
    const LEAVING = /^[وف]?(انشق|انشقوا|انشقت|انشقاق|انشقاقه|انشقاقهم|انشقاقها)$/;
    // right after the verb or verbal noun, or after its counted subject ("انشق 5 عناصر عن")
    const counted = COUNTED_NOUNS.has(prev.plain) && words[i - 2] && isDigitsWord(words[i - 2]) && words[i - 3] && LEAVING.test(words[i - 3].plain);
    if (LEAVING.test(prev.plain) || counted) edits.push({ start: w.start, end: w.end, insert: "من" });
  });
  return applyEdits(text, edits);
}

const isDigitsWord = (w: WordAt): boolean => /^[0-9\u0660-\u0669]+$/.test(w.text);

/** Hedges of the same range for another («نحو» → «حوالي» → «قرابة» → «نحو»; «أكثر من» → «ما يزيد على»). */
export function hedgeSynonym(text: string): string {
  const HEDGE: Record<string, string> = { نحو: "حوالي", حوالي: "قرابة", حوالى: "قرابة", قرابة: "نحو", قرابه: "نحو" };
  const edits: Edit[] = [];
  const words = wordsOf(text);
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (!next || text.slice(w.end, next.start) !== " ") return;
    const figure = /^[0-9\u0660-\u0669]+$/.test(next.text) || /^(ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مئ|مائ|الف|الفي|عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)/.test(next.plain);
    if (!figure) return;
    if (HEDGE[w.text]) edits.push({ start: w.start, end: w.end, insert: HEDGE[w.text] });
    else if (w.plain === "من" && /^و?اكثر$/.test(words[i - 1]?.plain ?? "") && text.slice(words[i - 1].end, w.start) === " ")
      edits.push({ start: words[i - 1].start, end: w.end, insert: `${words[i - 1].plain.startsWith("و") ? "و" : ""}ما يزيد على` });
  });
  return applyEdits(text, edits);
}

/** «ميليشيا» written «مليشيا» and back (both spellings are in wide use), plural and clitics alike. */
export function militiaSpelling(text: string): string {
  return text.replace(/(?<![\u0621-\u064a])([وبلف]{0,2}(?:ال)?)(مي?ليشي?ا(?:ت)?)(?![\u0621-\u064a])/g, (_, pre: string, word: string) => pre + (word.startsWith("ميل") ? word.replace(/^ميل/, "مل") : word.replace(/^مل/, "ميل")));
}

/** Doubled perfect verbs of the triggers with their shadda written: انشق → انشقّ, فر → فرّ, فروا → فرّوا. */
export function shaddaOnVerbs(text: string): string {
  const edits: Edit[] = [];
  for (const w of wordsOf(text)) {
    if (w.text.includes("ّ")) continue;
    const m = w.text.match(/^([وف]?)(انشق|فر)(وا|ت|ا)?$/);
    if (!m) continue;
    edits.push({ start: w.start, end: w.end, insert: `${m[1]}${m[2]}ّ${m[3] ?? ""}` });
  }
  return applyEdits(text, edits);
}

/** Every short vowel, tanween, shadda and sukun left out (most web text is written bare). */
export const stripMarks = (text: string): string => text.replace(/[\u064b-\u0652\u0670]/g, "");
