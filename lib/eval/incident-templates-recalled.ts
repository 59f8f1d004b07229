/**
 * The `looking back` template family (round 10): an incident told as news (telling A: «انشق N عن X في البلدة أمس»),
 * then recalled by another outlet weeks or months later with a vague date — «قبل أشهر», «خلال الأشهر الماضية»,
 * «العام الماضي» — its figure as outlets give it again (the same, «نحو N», a rounder «نحو», «عدد من») and its place
 * (the town, none). Negatives: a recall of another incident of the group in that range, with another figure not
 * orders apart (×3 or ÷3), in the same town or with no place; round 12, with a rounder «نحو» of A's figure (the
 * words of the same-incident pairs: the rule that would link those pairs links these). Written from the language, not from a report of data/.
 * Pure: pairs out (./incident-templates.ts adds them to the template pairs).
 */
import { addDaysIso, civilFromDays, dayNumber, isoOf } from "../time/day";
import type { IsoDay } from "../time/types";
import { PERSONS, countPhrase, rounder, type CountForm } from "./incident-templates-slots";
import { otherFigure, tellingA, tellingText, type Base, type TellingSpec } from "./incident-templates-telling";

/** A vague phrase looking back, and a publication day (after the incident on `day`) on which it holds that day. */
const RECALLS: Array<{ phrase: string; publishedAfter: (day: IsoDay) => IsoDay }> = [
  // «قبل أشهر» reaches from a year to two months before the report.
  { phrase: "قبل أشهر", publishedAfter: (day) => addDaysIso(day, 75) },
  // «خلال الأشهر الماضية»: the half year before the report.
  { phrase: "خلال الأشهر الماضية", publishedAfter: (day) => addDaysIso(day, 120) },
  // «العام الماضي»: the calendar year before the report's (published in February of the next year).
  { phrase: "العام الماضي", publishedAfter: (day) => isoOf(civilFromDays(dayNumber(day)).y + 1, 2, 10) },
];

const COUNTS: Array<{ name: string; count: (n: number) => { form: CountForm; n: number } | null }> = [
  { name: "the same figure", count: (n) => ({ form: "exact", n }) },
  { name: "«نحو N»", count: (n) => ({ form: "about", n }) },
  { name: "a rounder «نحو»", count: (n) => (rounder(n) === n ? null : { form: "about", n: rounder(n) }) },
  { name: "«عدد من»", count: () => ({ form: "unknown", n: 0 }) },
];

export interface RecalledPair {
  truth: "same" | "different";
  variation: string;
  a: { text: string; spec: TellingSpec };
  b: { text: string; spec: TellingSpec };
}

const told = (spec: TellingSpec) => ({ text: tellingText(spec), spec });

/** The recalling telling's text: «كشفت مصادر محلية أن N انشقوا عن X في البلدة PHRASE». */
export function recalledText(s: TellingSpec, phrase: string): string {
  const person = PERSONS[s.person % PERSONS.length];
  return `${["كشفت مصادر محلية أن", countPhrase(s.count.form, s.count.n, person), "انشقوا عن", s.group.text, s.place.text, phrase].filter((p) => p !== "").join(" ")}.`;
}

/** Every pair of the family over the given incidents. */
export function recalledPairs(incidents: readonly Base[]): RecalledPair[] {
  const out: RecalledPair[] = [];
  for (const recall of RECALLS) {
    for (const c of COUNTS) {
      for (const withPlace of [true, false]) {
        for (const b of incidents) {
          const a = tellingA(b);
          const count = c.count(b.n);
          if (count === null) continue;
          const published = recall.publishedAfter(b.day);
          const place = withPlace ? a.place : { id: null, text: "" };
          out.push({ truth: "same", variation: `B: «${recall.phrase}», ${c.name}, place ${withPlace ? "the town" : "none"}`, a: told(a), b: recalled(a, published, count, place, recall.phrase) });
        }
      }
    }
    // Another incident of the group recalled: a month before A's, in the range, another figure not orders apart.
    for (const withPlace of [true, false]) {
      for (const b of incidents) {
        const a = tellingA(b);
        const published = recall.publishedAfter(b.day);
        const day = addDaysIso(b.day, -30);
        const other = recalled({ ...a, day }, published, { form: "exact", n: otherFigure(b.n) }, withPlace ? a.place : { id: null, text: "" }, recall.phrase);
        out.push({ truth: "different", variation: `another incident recalled «${recall.phrase}», another figure, place ${withPlace ? "the town" : "none"}`, a: told(a), b: other });
      }
    }
    // Round 12: another incident of the group a month earlier, recalled in the words the same incident is retold in —
    // a rounder «نحو» of A's figure («نحو 20» for 15 or 23): B's text is the same-incident pair's, word for word.
    for (const withPlace of [true, false]) {
      for (const b of incidents) {
        if (rounder(b.n) === b.n) continue;
        const a = tellingA(b);
        const other = recalled({ ...a, day: addDaysIso(b.day, -30) }, recall.publishedAfter(b.day), { form: "about", n: rounder(b.n) }, withPlace ? a.place : { id: null, text: "" }, recall.phrase);
        out.push({ truth: "different", variation: `another incident recalled «${recall.phrase}», a rounder «نحو» of A's figure, place ${withPlace ? "the town" : "none"}`, a: told(a), b: other });
      }
    }
  }
  return out;
}

function recalled(a: TellingSpec, published: IsoDay, count: TellingSpec["count"], place: TellingSpec["place"], phrase: string): { text: string; spec: TellingSpec } {
  const spec: TellingSpec = { ...a, published, count, place, dateForm: "day-month", kindForm: "defection-said", layout: "body", person: a.person + 1 };
  return { text: recalledText(spec, phrase), spec };
}
