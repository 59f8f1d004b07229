/**
 * One telling of an incident in the incident pair templates (./incident-templates.ts): what it says
 * (`TellingSpec`: group, figure, kind, place, date phrase, layout, publication day) and its report text, and
 * the incidents told first (telling A: every group × figure × place × date phrase). Slots:
 * ./incident-templates-slots.ts. Pure.
 */
import { addDaysIso } from "../time/day";
import type { IsoDay } from "../time/types";
import { spread } from "./templates/product";
import {
  GROUPS, PERSONS, PLACES, bodySentence, countPhrase, datePhrase, headline, offsetsFor,
  type CountForm, type DateForm, type GroupSlot, type KindForm, type PlaceSlot,
} from "./incident-templates-slots";

/** What a telling says: the slots of its text, and what a reader takes from it. */
export interface TellingSpec {
  published: IsoDay;
  /** The incident's day (the truth; the phrase may only bound it). */
  day: IsoDay;
  group: { id: string; text: string };
  count: { form: CountForm; n: number };
  kindForm: KindForm;
  place: { id: string | null; text: string };
  dateForm: DateForm;
  /**
   * "body": one sentence; "headline+body": a headline line, then the sentence; "headline": the headline and an
   * undated line; "date-after": the sentence without its date, then «وأوضحت المصادر أن الانشقاق جرى DATE»;
   * "background": the sentence, then an earlier incident of the group recalled («وكان … قد انشقوا … الشهر الماضي»);
   * "and-another": the sentence, then another incident of the group the same day in another town («وفي سياق متصل»).
   */
  layout: "body" | "headline+body" | "headline" | "date-after" | "background" | "and-another";
  /** Another town of the governorate, for "and-another". */
  otherTown?: string;
  person: number;
}

export interface TemplateReport {
  id: string;
  published: IsoDay;
  text: string;
  spec: TellingSpec;
}

export const placeText = (p: PlaceSlot, form: "village+district" | "village" | "district" | "governorate" | "none"): { id: string | null; text: string } => {
  switch (form) {
    case "village+district":
      return { id: p.id, text: `في ${p.village} ب${p.district}` };
    case "village":
      return { id: p.id, text: `في ${p.village}` };
    case "district":
      return { id: p.governorateId, text: `في ${p.district}` };
    case "governorate":
      return { id: p.governorateId, text: `في محافظة ${p.governorate}` };
    case "none":
      return { id: null, text: "" };
  }
};

/** The report text of a telling. */
export function tellingText(s: TellingSpec): string {
  const person = PERSONS[s.person % PERSONS.length];
  const count = countPhrase(s.count.form, s.count.n, person);
  const date = datePhrase(s.dateForm, s.day, s.published);
  if (date === null) throw new Error(`${s.dateForm} cannot date ${s.day} from ${s.published}`);
  const clause = { count, group: s.group.text, place: s.place.text, date };
  const body = bodySentence(s.kindForm, clause);
  switch (s.layout) {
    case "body":
      return body;
    case "headline+body":
      return `${headline(clause)}\n${body}`;
    case "headline":
      return `${headline(clause)}\nوقالت مصادر محلية إن ${person.definite} وصلوا إلى مناطق آمنة.`;
    case "date-after":
      return date === "" ? body : `${bodySentence(s.kindForm, { ...clause, date: "" })}\nوأوضحت المصادر أن الانشقاق جرى ${date}، وأن ${person.definite} وصلوا إلى مناطق آمنة.`;
    case "and-another":
      return `${body}\nوفي سياق متصل، فرّ ${countPhrase("exact", 4, person)} من صفوف ${s.group.text} في ${s.otherTown ?? ""} ${date}.`.replace(/ \.$/, ".");
    case "background":
      return `${body}\nوكان ${countPhrase("exact", 4, person)} من ${s.group.text} قد انشقوا الشهر الماضي في منطقة أخرى من المحافظة.`;
  }
}

export interface Base {
  n: number;
  group: GroupSlot;
  place: PlaceSlot;
  day: IsoDay;
  aDate: DateForm;
  aOffset: number;
  i: number;
}

const FIGURES = [7, 15, 23, 40, 120];
const A_DATES: DateForm[] = ["yesterday", "today", "evening-weekday", "day-month"];

/** The incidents told first: every group × figure × place × A's date phrase, thinned evenly to `max`. */
export function bases(max: number): Base[] {
  const all: Base[] = [];
  let i = 0;
  for (const group of GROUPS) {
    for (const n of FIGURES) {
      for (const place of PLACES) {
        for (const aDate of A_DATES) {
          // Incidents spread over the war's years (2012–2024), landing on every weekday and day of the month.
          const day = addDaysIso("2012-01-03", (37 * i) % 4700);
          const offsets = offsetsFor(aDate, day, 0, 3);
          all.push({ n, group, place, day, aDate, aOffset: offsets[i % offsets.length], i: i++ });
        }
      }
    }
  }
  return spread(all, max);
}

export function tellingA(b: Base): TellingSpec {
  return {
    published: addDaysIso(b.day, b.aOffset),
    day: b.day,
    group: { id: b.group.id, text: b.group.name },
    count: { form: "exact", n: b.n },
    kindForm: "defection-verb",
    place: placeText(b.place, "village+district"),
    dateForm: b.aDate,
    layout: "body",
    person: b.i,
  };
}

export const otherFigure = (n: number) => (n >= 40 ? Math.round(n / 3) : 3 * n + 4);
