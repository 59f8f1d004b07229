/**
 * Word order and frames: the same incident with its subject first ("5 عناصر من X انشقوا"), in a passive
 * frame with the verbal noun ("سُجّل انشقاق 5 عناصر"), or announced by the people themselves ("أعلن 5
 * عناصر انشقاقهم عن X"). Sites: a perfect of انشق / فرّ / هرب followed by its counted subject.
 */
import { foldLetters } from "../../arabic/normalize";
import { findNumbers } from "../../arabic/numbers";
import { groupNames } from "./group-names";
import { textOnly, type Perturbation } from "./types";
import { applyEdits, isDigits, peopleNoun, readings, wordsOf, type Edit, type WordAt } from "./words";

interface VerbForms {
  plural: string;
  masdar: string;
  /** The verbal noun with "their" ("انشقاقهم"), for the announcing frame; only for defection. */
  theirs?: string;
}
const VERBS = new Map<string, VerbForms>([
  [foldLetters("انشق"), { plural: "انشقوا", masdar: "انشقاق", theirs: "انشقاقهم" }],
  [foldLetters("فر"), { plural: "فروا", masdar: "فرار" }],
  [foldLetters("هرب"), { plural: "هربوا", masdar: "هروب" }],
]);

/** Words a counted subject may open with before its figure. */
const HEDGES = new Set(["نحو", "قرابه", "حوالي", "زهاء", "اكثر", "اقل", "ما"]);

interface Site {
  verb: WordAt;
  forms: VerbForms;
  /** The proclitic of the verb ("و", "ف" or ""). */
  clitic: string;
  /** The counted subject: from its first word to its noun, nothing but words between. */
  subject: { start: number; end: number };
  /** The word after the subject. */
  after: WordAt | undefined;
}

/** A singular perfect trigger verb right before a counted subject (a figure, then a people noun within four words). */
export function verbSubjectSites(text: string): Site[] {
  const words = wordsOf(text);
  const out: Site[] = [];
  words.forEach((w, i) => {
    const stem = readings(w.plain).find((r) => VERBS.has(r));
    if (stem === undefined || stem.length < w.plain.length - 1) return;
    const clitic = w.plain.slice(0, w.plain.length - stem.length);
    if (clitic !== "" && clitic !== "و" && clitic !== "ف") return;
    const first = words[i + 1];
    if (!first || text.slice(w.end, first.start).trim() !== "") return;
    // the subject opens with its figure or a hedge, not a preposition ("انشق مع 3 عناصر" has no subject after it)
    if (!isDigits(first) && !HEDGES.has(first.plain) && findNumbers(first.plain)[0]?.start !== 0) return;
    for (let k = i + 1; k <= i + 4 && k < words.length; k++) {
      // only words (no comma or stop) between the verb and the noun
      if (/[،,.؛;:!?؟()\n]/.test(text.slice(words[k - 1].end, words[k].start))) return;
      const noun = peopleNoun(words[k].plain);
      if (noun) {
        // a figure before the noun: words between, and a noun that is counted (plural, accusative, or after digits)
        const counted = k > i + 1 && (noun.form !== "singular" || words.slice(i + 1, k).some(isDigits));
        if (counted) out.push({ verb: w, forms: VERBS.get(stem)!, clitic, subject: { start: first.start, end: words[k].end }, after: words[k + 1] });
        return;
      }
    }
  });
  return out;
}

/** "انشق 5 عناصر من X" → "5 عناصر من X انشقوا": the subject (and the group it is "من") before a plural verb. */
export function subjectFirst(text: string): string {
  const names = groupNames(text);
  const edits: Edit[] = verbSubjectSites(text).map((s) => {
    let end = s.subject.end;
    // "من" + a group name right after the subject goes with it: "عناصر من قوات النظام انشقوا".
    if (s.after && s.after.plain === "من" && text.slice(s.subject.end, s.after.start).trim() === "") {
      const name = names.find((n) => n.start > s.after!.end && text.slice(s.after!.end, n.start).trim() === "");
      if (name) end = name.end;
    }
    return { start: s.verb.start, end, insert: `${s.clitic}${text.slice(s.subject.start, end)} ${s.forms.plural}` };
  });
  return applyEdits(text, edits);
}

/** "انشق 5 عناصر" → "سُجّل انشقاق 5 عناصر": a passive verb and the verbal noun. */
export function passiveMasdar(text: string): string {
  return applyEdits(text, verbSubjectSites(text).map((s) => ({ start: s.verb.start, end: s.verb.end, insert: `${s.clitic}سُجّل ${s.forms.masdar}` })));
}

/** "انشق 5 عناصر عن X" → "أعلن 5 عناصر انشقاقهم عن X". */
export function announcedMasdar(text: string): string {
  const edits: Edit[] = [];
  for (const s of verbSubjectSites(text)) {
    if (!s.forms.theirs || !s.after || !readings(s.after.plain).includes("عن")) continue;
    edits.push({ start: s.verb.start, end: s.subject.end, insert: `${s.clitic}أعلن ${text.slice(s.subject.start, s.subject.end)} ${s.forms.theirs}` });
  }
  return applyEdits(text, edits);
}

/**
 * The partitive with a construct instead of "من": "5 عناصر من X" → "5 من عناصر X" ("12 جندياً من قوات
 * النظام" → "12 من جنود قوات النظام"), wherever a counted people noun is followed by "من" and a group name.
 */
export function partitive(text: string): string {
  const words = wordsOf(text);
  const names = groupNames(text);
  const edits: Edit[] = [];
  words.forEach((w, i) => {
    const prev = words[i - 1];
    const next = words[i + 1];
    const found = peopleNoun(w.plain);
    if (!found || found.form === "singular" || !prev || !isDigits(prev) || !next || next.plain !== "من") return;
    if (text.slice(prev.end, w.start) !== " " || text.slice(w.end, next.start) !== " ") return;
    const name = names.find((n) => n.start === next.end + 1 && n.clitic === "");
    if (!name) return;
    edits.push({ start: w.start, end: next.end, insert: `من ${found.noun.plural}` });
  });
  return applyEdits(text, edits);
}

export const ORDER: Perturbation[] = [
  textOnly("subject-first", "order", "the counted subject (and its group) before a plural verb: 5 عناصر من X انشقوا", subjectFirst),
  textOnly("partitive", "order", "the counted people as a partitive construct: 5 من عناصر X", partitive),
  textOnly("passive-masdar", "order", "a passive frame with the verbal noun: سُجّل انشقاق 5 عناصر", passiveMasdar),
  textOnly("announced-masdar", "order", "the people announce it: أعلن 5 عناصر انشقاقهم عن X", announcedMasdar),
];
