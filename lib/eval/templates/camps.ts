/**
 * The "camps" family (round 12, issue 10): a camp named beside a flight. A camp the men went to — after a preposition
 * of direction, "إلى/نحو/باتجاه مخيم X" — is their destination, a place: the flight is an incident of the group they
 * left, and the figure before it counts the men ("فرّ 12 عنصراً من X إلى مخيم الركبان أمس"), as it does with a town
 * ("… إلى بلدة الركبان"). Negatives: a camp as what the men fled ("هرب … من مخيم الهول": an escape from a camp, no one
 * leaving a group), a camp's population ("يقطن مخيم الركبان نحو 8 آلاف نازح"), and, after a flight to a camp, the
 * camp's population told in the next clause (its figure is the camp's, not the men's).
 * Written from the grammar and vocabulary of Arabic news, never from a report. Case ids "camps/<template>/<n>".
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { COUNTS_A, GROUPS, P, RECENT } from "./discourse-grammar";
import { familyCases, product, spaced } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 60;

const cases = familyCases("camps", PER_TEMPLATE, P);

/** Prepositions of direction: what follows is where the men went. */
const TOWARD = ["إلى", "نحو", "باتجاه"] as const;
/**
 * Camps as outlets name them: a camp of the gazetteer (a destination the event names: a flight there is a defection,
 * as to a town), or one of the camps near a border (a place the event does not know: a flight there is a desertion,
 * as to an unnamed town; a verb of defecting is a defection wherever the men went).
 */
const CAMPS: ReadonlyArray<{ text: string; known: boolean }> = [
  { text: "مخيم الركبان", known: true },
  { text: "مخيم حندرات", known: true },
  { text: "أحد المخيمات قرب الحدود التركية", known: false },
];
/** Verbs of flight and defection with the preposition of the group left. */
const FLIGHTS: ReadonlyArray<{ name: string; say: (n: string, g: string) => string }> = [
  { name: "farra", say: (n, g) => `فرّ ${n} من ${g}` },
  { name: "inshaqqa", say: (n, g) => `انشق ${n} عن ${g}` },
  { name: "haraba", say: (n, g) => `هرب ${n} من صفوف ${g}` },
];

/** A flight to a camp: one event of the group left, the figure the men's, on the flight's day. */
const TO_CAMP: ConventionCase[] = FLIGHTS.flatMap((f) =>
  TOWARD.flatMap((to, t) =>
    cases(
      `to-camp/${f.name}/${t}`,
      product({ group: GROUPS, count: COUNTS_A, camp: CAMPS, date: RECENT.slice(0, 3) }).map(({ group, count, camp, date }) => ({
        text: `${spaced(f.say(count.plain, group.name), to, camp.text, date.text)}.`,
        events: [ev(group.id, count.value, f.name === "inshaqqa" || camp.known ? "defection" : "desertion", date.range)],
      })),
    ),
  ),
);

/** The camp's population told in the clause after the flight: still the men's figure. */
const WITH_POPULATION: ConventionCase[] = cases(
  "to-camp-with-population",
  product({ group: GROUPS, count: COUNTS_A, date: RECENT.slice(0, 3), to: TOWARD }).map(({ group, count, date, to }) => ({
    text: `فرّ ${count.plain} من ${group.name} ${to} مخيم الركبان ${date.text}، الذي يقطنه نحو 8 آلاف نازح.`,
    events: [ev(group.id, count.value, "defection", date.range)],
  })),
);

/** Negatives: an escape from a camp (what was fled), and a camp's population with no flight of men. */
const FROM_CAMP: ConventionCase[] = cases(
  "not/from-camp",
  product({ count: COUNTS_A, date: RECENT.slice(0, 3), camp: ["مخيم الهول", "مخيم روج"] }).map(({ count, date, camp }) => ({
    text: `هرب ${count.plain} من تنظيم داعش من ${camp} ${date.text}.`,
    events: [],
  })),
);
const POPULATION: ConventionCase[] = cases(
  "not/population",
  product({ camp: ["مخيم الركبان", "مخيم حندرات"], verb: ["يقطن", "يؤوي"] }).map(({ camp, verb }) => ({
    text: `${verb} ${camp} نحو 8 آلاف نازح فرّوا من المعارك.`,
    events: [],
  })),
);

export const CAMP_CASES: ConventionCase[] = [...TO_CAMP, ...WITH_POPULATION, ...FROM_CAMP, ...POPULATION];
