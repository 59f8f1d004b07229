/**
 * The "leftovers" family (round 9, issue 10): the language leftovers noticed in rounds 7–8, as the product of slot
 * lists written from Arabic news (never from a report). P = Wednesday 2022-03-16; slots shared with the discourse
 * family (./discourse-grammar.ts: groups, predicates, recent days, places).
 *
 * - unit-hour: an ordinal (or a number) that ends a unit's name, then a part of a named day ("عن الفرقة الرابعة مساء
 *   الاثنين"): that day, the ordinal no hour;
 * - restated-figure: a figure told with "نحو/قرابة/حوالي" and retold as a definite noun and its number ("العناصر
 *   الأربعون"): the first telling's approximation stands;
 * - another-incident: "وفي حادثة أخرى/منفصلة …" then the same group and figure, no date nor place: two events, the
 *   second undated ([P-7, P]);
 * - related-topic: "وفي سياق متصل"، "وفي الحادثة ذاتها" then the same: one event;
 * - retold-pluperfect: "وكان <the same figure> (من <group>) قد <verb> (<the same day>)": one event;
 * - bare-batch: a gapped batch that is only a figure (or a figure and its noun) and a day of its own ("… يوم السبت
 *   و3 يوم الأحد"): two events.
 */
import { about, ev, type ConventionCase, type Triple } from "../../extract/conventions/types";
import { DEFAULT_RANGE, GROUPS, P, PLACES, PREDICATES, RECENT, they, type DateForm } from "./discourse-grammar";
import { familyCases, product, spaced } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 120;

const cases = familyCases("leftovers", PER_TEMPLATE, P);

/** Units whose name ends with an ordinal (feminine, like an hour) or a number. */
const UNITS: ReadonlyArray<{ id: string; name: string }> = [
  { id: "4th-division", name: "الفرقة الرابعة" },
  { id: "9th-division", name: "الفرقة التاسعة" },
  { id: "17th-division", name: "الفرقة 17" },
  { id: "11th-division", name: "الفرقة 11" },
];
/** A part of a named day, resolved by hand against P. */
const PARTS_OF_DAYS: readonly DateForm[] = [
  { text: "مساء الاثنين", range: ["2022-03-14", "2022-03-14"] },
  { text: "مساء أمس", range: ["2022-03-15", "2022-03-15"] },
  { text: "صباح الأحد الماضي", range: ["2022-03-13", "2022-03-13"] },
  { text: "عصر الاثنين", range: ["2022-03-14", "2022-03-14"] },
  { text: "ليل الأحد", range: ["2022-03-13", "2022-03-13"] },
  { text: "فجر اليوم", range: ["2022-03-16", "2022-03-16"] },
];
const UNIT_FRAMES: ReadonlyArray<(unit: string, day: string, place: string) => string> = [
  (u, d, p) => spaced("انشق خمسة عناصر عن", u, d, p, "ووصلوا إلى مناطق المعارضة"),
  (u, d, p) => spaced("أفادت مصادر محلية بانشقاق ثلاثة عناصر من", u, d, p, "والتحاقهم بفصائل المعارضة"),
  (u, d, p) => spaced("ترك 12 عنصراً صفوف", u, d, p, "والتحقوا بفصائل المعارضة"),
];
const unitHour = cases(
  "unit-hour",
  product({ unit: UNITS, day: PARTS_OF_DAYS, frame: UNIT_FRAMES, place: ["", ...PLACES] }).map(({ unit, day, frame, place }) => ({
    text: `${frame(unit.name, day.text, place)}.`,
    events: [ev(unit.id, frame === UNIT_FRAMES[1] ? 3 : frame === UNIT_FRAMES[2] ? 12 : 5, "defection", day.range)],
  })),
);

/** An approximate figure and its definite retelling (nominative). */
const APPROXIMATE: ReadonlyArray<{ first: string; again: string; value: Triple }> = [
  { first: "نحو 40 عنصراً", again: "العناصر الأربعون", value: about(40) },
  { first: "قرابة 30 عنصراً", again: "العناصر الثلاثون", value: about(30) },
  { first: "حوالي 50 مقاتلاً", again: "المقاتلون الخمسون", value: about(50) },
  { first: "نحو عشرين جندياً", again: "الجنود العشرون", value: about(20) },
];
/** Retellings with a trigger of their own and no date. */
const RETELLINGS: ReadonlyArray<(people: string) => string> = [
  (x) => `وقد انشق ${x} بعد خلاف مع قادتهم`,
  (x) => `وأكد مصدر محلي أن ${x} فرّوا بأسلحتهم الخفيفة`,
  (x) => `وتمكن ${x} من الفرار رغم الحواجز`,
];
const restatedFigure = cases(
  "restated-figure",
  product({ g: GROUPS, n: APPROXIMATE, pred: PREDICATES, again: RETELLINGS, d: RECENT, place: PLACES }).map(({ g, n, pred, again, d, place }) => ({
    text: `${pred.say({ plain: n.first }, g.name, d.text, place)}. ${again(n.again)}.`,
    events: [ev(g.id, n.value, "defection", d.range)],
  })),
);

/** An exact figure of several (the first incidents' counts of the discourse family, without the approximation). */
const EXACT: ReadonlyArray<{ plain: string; value: number; dual?: true }> = [
  { plain: "خمسة عناصر", value: 5 },
  { plain: "12 عنصراً", value: 12 },
  { plain: "عنصران", value: 2, dual: true },
  { plain: "سبعة مقاتلين", value: 7 },
];
const ANOTHER_INCIDENT = ["وفي حادثة أخرى،", "وفي حادثة منفصلة،", "وفي واقعة مماثلة،", "وفي حادث آخر،", "وفي سياق آخر،", "وفي حادثة جديدة"];
const anotherIncident = cases(
  "another-incident",
  product({ g: GROUPS, n: EXACT, pred: PREDICATES, conn: ANOTHER_INCIDENT, d: RECENT, place: PLACES }).map(({ g, n, pred, conn, d, place }) => ({
    text: `${pred.say(n, g.name, d.text, place)}. ${conn} ${pred.say(n, g.name, "", "")}.`,
    events: [ev(g.id, n.value, "defection", d.range), ev(g.id, n.value, "defection", DEFAULT_RANGE)],
  })),
);
const relatedTopic = cases(
  "related-topic",
  product({ g: GROUPS, n: EXACT, pred: PREDICATES, conn: ["وفي سياق متصل،", "وفي الحادثة ذاتها،", "وفي الحادثة نفسها،"], d: RECENT, place: PLACES }).map(({ g, n, pred, conn, d, place }) => ({
    text: `${pred.say(n, g.name, d.text, place)}. ${conn} ${pred.say(n, g.name, "", "")}.`,
    events: [ev(g.id, n.value, "defection", d.range)],
  })),
);

/** The pluperfect retelling: with or without the group and the day. */
const RETOLD: ReadonlyArray<{ plain: string; value: number | Triple; dual?: true }> = [...EXACT, { plain: "نحو 40 عنصراً", value: about(40) }];
const retoldPluperfect = cases(
  "retold-pluperfect",
  product({ g: GROUPS, n: RETOLD, pred: PREDICATES, withGroup: [true, false], withDay: [true, false], d: RECENT, place: PLACES }).map(({ g, n, pred, withGroup, withDay, d, place }) => ({
    text: `${pred.say(n, g.name, d.text, place)}. ${spaced("وكان", n.plain, withGroup ? `من ${g.name}` : "", "قد", they(n, "انشق"), withDay ? d.text : "")}.`,
    events: [ev(g.id, n.value, "defection", d.range)],
  })),
);

/** A second batch with no verb, no "آخرون", no group: a figure (bare, a word, or with its noun) and a day. */
const BARE_BATCHES: ReadonlyArray<{ text: string; value: number }> = [
  { text: "و3", value: 3 },
  { text: "وثلاثة", value: 3 },
  { text: "و6 عناصر", value: 6 },
  { text: "ثم 4 عناصر", value: 4 },
  { text: "وعشرة", value: 10 },
];
const BATCH_VERBS: ReadonlyArray<{ verb: string; kind: "defection" | "desertion" }> = [
  { verb: "انشق", kind: "defection" },
  { verb: "فرّ", kind: "desertion" },
  { verb: "هرب", kind: "desertion" },
];
const dayPairs = RECENT.flatMap((a) => RECENT.filter((b) => b.range[0] !== a.range[0]).map((b): [DateForm, DateForm] => [a, b]));
const bareBatch = cases(
  "bare-batch",
  product({ g: GROUPS, n: EXACT.filter((x) => !x.dual), b: BARE_BATCHES, v: BATCH_VERBS, days: dayPairs, comma: ["", "،"] }).map(({ g, n, b, v, days: [d1, d2], comma }) => ({
    text: `${v.verb} ${n.plain} من ${g.name} ${d1.text}${comma} ${b.text} ${d2.text}.`,
    events: [ev(g.id, n.value, v.kind, d1.range), ev(g.id, b.value, v.kind, d2.range)],
  })),
);

export const LEFTOVER_CASES: ConventionCase[] = [...unitHour, ...restatedFigure, ...anotherIncident, ...relatedTopic, ...retoldPluperfect, ...bareBatch];
