/**
 * The "stories" family (round 16, r16-digest): classes `npm run -s eval:digest` found in its new shapes (backgrounders
 * that recall old incidents, timelines, long reports with context), one template each, written from the grammar of
 * Arabic news, never copied from a report.
 *
 * - `numbered-unit/…`: a formation named by its number («اللواء 93»، «الفوج 46»، «الفرقة 30»: a definite unit noun and
 *   a figure in apposition, the figure its name) is the group the men left, known to the gazetteer or not, and no
 *   group of a sentence before it stands for it. Told in a piece about something else, dated absolutely
 *   («وفي 3 حزيران/يونيو 2021 انشق 5 عناصر عن اللواء 93.»، «وكان 5 عناصر قد انشقوا عن اللواء 93 في …»).
 * - Negatives (`numbered-unit-not/…`): the figure after the unit noun counts the men («وانشق عن الفرقة 12 عنصراً
 *   أمس»: the verb, its «عن» phrase, then its subject) or the unit's strength («ويضم اللواء 300 مقاتل»): the unit
 *   noun refers back to the group told before.
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { familyCases, product } from "./product";

const PER_TEMPLATE = 40;
const P = "2023-04-10";

const cases = familyCases("stories", PER_TEMPLATE, P);

/** The frame: a piece about something else, with a group of its own or none. */
const FRAMES: readonly string[] = [
  "قصفت قوات النظام مواقع للمعارضة في ريف إدلب الجنوبي.",
  "شنّت قسد حملة اعتقالات في ريف الحسكة طالت عشرات الشبان.",
  "انتشرت عناصر من ميليشيا لواء فاطميون في البادية السورية بين الميادين والبوكمال.",
  "تشهد المنطقة توتراً أمنياً منذ أسابيع وسط انتشار للحواجز.",
];
/** Formations named by their number and no name the gazetteer knows. */
const UNITS: readonly string[] = ["اللواء 93", "الفوج 46", "الفرقة 30", "اللواء 104"];
/** Absolute dates, with the range each tells. */
const DATES: ReadonlyArray<{ text: string; range: [string, string] }> = [
  { text: "في 3 حزيران/يونيو 2021", range: ["2021-06-03", "2021-06-03"] },
  { text: "في آذار/مارس 2019", range: ["2019-03-01", "2019-03-31"] },
  { text: "في أواخر تشرين الأول/أكتوبر 2018", range: ["2018-10-21", "2018-10-31"] },
];
/** The recall, one sentence: a date fronted, the pluperfect with its subject first, or with its verb first. */
const RECALLS: ReadonlyArray<{ text: (unit: string, date: string, n: number) => string; kind: "defection" | "desertion" }> = [
  { text: (u, d, n) => `و${d} انشق ${n} عناصر عن ${u}.`, kind: "defection" },
  { text: (u, d, n) => `وكان ${n} عناصر قد انشقوا عن ${u} ${d}.`, kind: "defection" },
  { text: (u, d, n) => `وكان قد فرّ ${n} عناصر من ${u} ${d}.`, kind: "desertion" },
];

const NUMBERED_UNIT: ConventionCase[] = cases(
  "numbered-unit/background",
  product({ frame: FRAMES, unit: UNITS, date: DATES, recall: RECALLS, n: [3, 7], sep: [" ", "\n"] }).map(({ frame, unit, date, recall, n, sep }) => ({
    text: `عنوان التقرير\n${frame}${sep}${recall.text(unit, date.text, n)}`,
    events: [ev(unit, n, recall.kind, date.range)],
  })),
);

/** Groups told before, with a unit noun that refers back to them. */
const TOLD: ReadonlyArray<{ id: string; name: string; head: string }> = [
  { id: "4th-division", name: "الفرقة الرابعة", head: "الفرقة" },
  { id: "8th-brigade", name: "اللواء الثامن", head: "اللواء" },
];
const NUMBERED_UNIT_NOT: ConventionCase[] = cases(
  "numbered-unit-not/count-after-head",
  product({ g: TOLD, n: [12, 15, 23], noun: ["عنصراً", "مقاتلاً", "جندياً"], sep: [" ", "\n"] }).map(({ g, n, noun, sep }) => ({
    text: `عنوان التقرير\nقصفت ${g.name} مواقع في ريف درعا.${sep}وانشق عن ${g.head} ${n} ${noun} أمس.`,
    events: [ev(g.id, n)],
  })),
);

/** A figure after the unit noun that is its strength: no unit named by it, the incident's group unchanged. */
const STRENGTH: ConventionCase[] = cases(
  "numbered-unit-not/strength",
  product({ g: TOLD, n: [4, 6], verb: ["ويضم", "ويبلغ عديد", "وكان يضم"], size: ["300 مقاتل", "1200 عنصر", "450 عنصراً"] }).map(({ g, n, verb, size }) => ({
    text: `عنوان التقرير\nانشق ${n} عناصر عن ${g.name} أمس في ريف درعا. ${verb} ${g.head} ${size} في المنطقة.`,
    events: [ev(g.id, n)],
  })),
);

export const STORY_CASES: ConventionCase[] = [...NUMBERED_UNIT, ...NUMBERED_UNIT_NOT, ...STRENGTH];
