/**
 * The "negated" family (round 14, issue 10 classes 5–6): the frames of real negatives (lib/eval/perturb/negated-*)
 * that still gave events, with a subject as long as real outlets write it (a group, its affiliation and a place
 * between the figure and what the sentence says of the men):
 * - men described as held («كانوا محتجزين/معتقلين في أحد السجون»): their flight is prisoners escaping, no one leaving
 *   a group (the conventions), however far the description stands from the verb. Positives: the same men described
 *   by what they did in their group («كانوا يقاتلون في صفوفها»), and a flight *to* those who held others.
 * - a denial of a perfect under «أن يكون … قد» («نفى مصدر أن يكون N … قد انشقوا»): the denial governs the perfect,
 *   however long its subject. Positive: a denial of something else, then a confirmation («نفى أن يكون الاجتماع قد عُقد …، وأكد أن N … انشقوا»).
 * - a fear or an expectation with «ترك … صفوف» as its object («تخشى القيادة ترك N … صفوفها»): «ترك» is the verbal
 *   noun there, as «انشقاق» is («تخشى القيادة انشقاق N»). Positive: «ترك N … صفوفهم أمس خشية …» (a motive after it).
 * - a negated verb of ability over the flight («لم يتمكنوا من الفرار», «لم يستطيعوا …»): no one left. Positive: «تمكنوا
 *   من الفرار» (an incident).
 * Written from the grammar of Arabic news, never from a report. Case ids "negated/<template>/<n>".
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { COUNTS_A, GROUPS, P, PLACES, RECENT } from "./discourse-grammar";
import { familyCases, product } from "./product";

const PER_TEMPLATE = 60;

const cases = familyCases("negated", PER_TEMPLATE, P);

/** What stands between the figure and the rest: the group alone, or with its affiliation and a place. */
const SUBJECTS: ReadonlyArray<(g: string) => string> = [
  (g) => `من ${g}`,
  (g) => `من ${g} المنتشرة ${PLACES[0]}`,
  (g) => `من ${g} ${PLACES[1]} قرب خطوط التماس`,
];
/** A subject as long as real outlets write under a denial: the group with its agencies, a place and a time. */
const LONG_SUBJECTS: ReadonlyArray<(g: string) => string> = [
  ...SUBJECTS,
  (g) => `من ${g} وأجهزتها الأمنية المنتشرة ${PLACES[0]} قرب خطوط التماس منذ مطلع العام الجاري`,
];
const HELD = ["كانوا محتجزين في أحد السجون", "كانوا معتقلين في سجن تابع للأمن العسكري", "كانوا موقوفين لدى الشرطة العسكرية"];
const FLED = [
  { name: "farra", say: (n: string) => `فرّ ${n}` },
  { name: "haraba", say: (n: string) => `هرب ${n}` },
  { name: "firar", say: (n: string) => `وأفادت مصادر محلية بفرار ${n}` },
];

/** Men held, escaping: no event. */
const HELD_ESCAPE: ConventionCase[] = FLED.flatMap((f) =>
  cases(
    `not/held-escape/${f.name}`,
    product({ group: GROUPS, count: COUNTS_A, subject: SUBJECTS, held: HELD, date: RECENT.slice(0, 2) }).map(({ group, count, subject, held, date }) => ({
      text: `${f.say(count.plain)} ${subject(group.name)} ${held} ${date.text}.`,
      events: [],
    })),
  ),
);
/** The same frame, the men described by their service: an event. */
const SERVING: ConventionCase[] = cases(
  "serving",
  product({ group: GROUPS, count: COUNTS_A, subject: SUBJECTS, date: RECENT.slice(0, 2) }).map(({ group, count, subject, date }) => ({
    text: `فرّ ${count.plain} ${subject(group.name)} كانوا يقاتلون في صفوفها ${date.text}.`,
    events: [ev(group.id, count.value, "desertion", date.range)],
  })),
);

const PERFECTS = [
  { name: "inshaqqu", verb: "انشقوا" },
  { name: "farru", verb: "فرّوا" },
];
/** A denial of a perfect under «أن يكون … قد»: no event. */
const DENIED_BEEN: ConventionCase[] = PERFECTS.flatMap((v) =>
  cases(
    `not/denied-been/${v.name}`,
    product({ group: GROUPS, count: COUNTS_A, subject: LONG_SUBJECTS, who: ["ونفى مصدر عسكري", "نفت قيادة الفصيل", "فيما نفى ناشطون"] }).map(({ group, count, subject, who }) => ({
      text: `${who} أن يكون ${count.plain} ${subject(group.name)} قد ${v.verb}.`,
      events: [],
    })),
  ),
);
/** A denial of something else, then the flight confirmed: an event. */
const DENIED_THEN_CONFIRMED: ConventionCase[] = cases(
  "denied-then-confirmed",
  product({ group: GROUPS, count: COUNTS_A, subject: SUBJECTS, date: RECENT.slice(0, 2) }).map(({ group, count, subject, date }) => ({
    text: `ونفى مصدر عسكري أن يكون الاجتماع قد عُقد في المدينة، وأكد أن ${count.plain} ${subject(group.name)} انشقوا ${date.text}.`,
    events: [ev(group.id, count.value, "defection", date.range)],
  })),
);

/** «ترك … صفوفها» as the object of a fear or an expectation: no event. */
const FEARED_LEAVING: ConventionCase[] = cases(
  "not/feared-leaving",
  product({ group: GROUPS, count: COUNTS_A, who: ["وتخشى قيادة الفصيل", "ويخشى القادة", "وتتوقع مصادر محلية"], where: ["", ` ${PLACES[0]}`] }).map(({ group, count, who, where }) => ({
    text: `${who} ترك ${count.plain} من ${group.name} صفوفها${where}.`,
    events: [],
  })),
);
/** «ترك … صفوفهم» told as done, a fear after it as the motive: an event. */
const LEFT_FEARING: ConventionCase[] = cases(
  "left-fearing",
  product({ group: GROUPS, count: COUNTS_A, date: RECENT.slice(0, 2) }).map(({ group, count, date }) => ({
    text: `ترك ${count.plain} من ${group.name} صفوفهم ${date.text} خشية إرسالهم إلى الجبهات.`,
    events: [ev(group.id, count.value, "desertion", date.range)],
  })),
);

/** A negated verb of ability governing the flight («لم يتمكنوا من الفرار», «لم يستطيعوا الانشقاق»): no event. */
const ABILITY = ["لم يتمكنوا من الفرار", "لم يتمكنوا من الانشقاق", "لم يستطيعوا الفرار", "لم ينجحوا في الفرار"];
const UNABLE: ConventionCase[] = cases(
  "not/unable",
  product({ group: GROUPS, count: COUNTS_A, subject: SUBJECTS, able: ABILITY }).map(({ group, count, subject, able }) => ({
    text: `وأفاد مصدر بأن ${count.plain} ${subject(group.name)} ${able} بسبب الحصار.`,
    events: [],
  })),
);
/** The same verb of ability, not negated: an event. */
const ABLE: ConventionCase[] = cases(
  "able",
  product({ group: GROUPS, count: COUNTS_A, subject: SUBJECTS, date: RECENT.slice(0, 2) }).map(({ group, count, subject, date }) => ({
    text: `وأفاد مصدر بأن ${count.plain} ${subject(group.name)} تمكنوا من الفرار ${date.text}.`,
    events: [ev(group.id, count.value, "desertion", date.range)],
  })),
);

export const NEGATED_CASES: ConventionCase[] = [...HELD_ESCAPE, ...SERVING, ...DENIED_BEEN, ...DENIED_THEN_CONFIRMED, ...FEARED_LEAVING, ...LEFT_FEARING, ...UNABLE, ...ABLE];
