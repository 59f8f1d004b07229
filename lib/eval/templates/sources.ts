/**
 * The "sources" family (round 16, r16-source): a person inside a group (a source, an official, a leader, an officer,
 * its spokesman) announcing the defection of the group's own men («وأعلن مصدر في الفيلق الخامس انشقاق 30 من
 * عناصره»). The person is inside X, the men are X's («من عناصره»، «من مقاتليه»، «في صفوفه»، «من عناصر X»): X is the
 * group left ("`group`: the group the people left"). Written from the grammar of Arabic news, never copied from a report.
 *
 * - `own/…`: persons × verbs of telling (أعلن، أكد، كشف، أفاد بـ) × the men × figures.
 * - Negatives (`sources-not/…`): the group itself announcing men of another group who joined it («أعلن الفيلق الخامس
 *   انشقاق 30 من عناصر داعش وانضمامهم إليه»: داعش left, X received them); a source in X naming another group as left
 *   («أعلن مصدر في قسد انشقاق 30 عنصراً من قوات النظام»); a source in X saying a unit named in the clause left («قال
 *   مصدر في الفيلق الخامس إن 30 عنصراً من الفرقة الرابعة انشقوا»).
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { familyCases, product } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 40;

const cases = familyCases("sources", PER_TEMPLATE);

/** Groups, their name and the pronoun that refers back to them («عناصره»، «عناصرها»). */
const GROUPS: ReadonlyArray<{ id: string; name: string; its: string }> = [
  { id: "5th-corps", name: "الفيلق الخامس", its: "ه" },
  { id: "sna", name: "الجيش الوطني", its: "ه" },
  { id: "sdf", name: "قسد", its: "ها" },
  { id: "hts", name: "هيئة تحرير الشام", its: "ها" },
];
/** A person inside the group, and the word that puts them in it. */
const PERSONS: readonly string[] = ["مصدر في", "مصدر عسكري في", "مسؤول في", "قيادي في", "ضابط في", "الناطق باسم", "المتحدث باسم"];
/** Verbs of telling, and how each takes the verbal noun («أفاد بانشقاق»). */
const VERBS: ReadonlyArray<{ verb: string; noun: string }> = [
  { verb: "وأعلن", noun: "انشقاق" },
  { verb: "أكد", noun: "انشقاق" },
  { verb: "كشف", noun: "عن انشقاق" },
  { verb: "أفاد", noun: "بانشقاق" },
];
/** Figures: as a numeral before «من», and with a noun of men before «في صفوفه». */
const FIGURES: ReadonlyArray<{ num: string; men: string; count: number }> = [
  { num: "30", men: "30 عنصراً", count: 30 },
  { num: "سبعة", men: "سبعة عناصر", count: 7 },
  { num: "12", men: "12 مقاتلاً", count: 12 },
];
/** The group's own men. */
const MEN: ReadonlyArray<{ name: string; say: (f: (typeof FIGURES)[number], g: (typeof GROUPS)[number]) => string }> = [
  { name: "of-its-members", say: (f, g) => `${f.num} من عناصر${g.its}` },
  { name: "of-its-fighters", say: (f, g) => `${f.num} من مقاتلي${g.its}` },
  { name: "in-its-ranks", say: (f, g) => `${f.men} في صفوف${g.its}` },
  { name: "of-the-group", say: (f, g) => `${f.num} من عناصر ${g.name}` },
];

const OWN: ConventionCase[] = MEN.flatMap((men) =>
  cases(
    `own/${men.name}`,
    product({ who: PERSONS, v: VERBS, f: FIGURES, g: GROUPS }).map(({ who, v, f, g }) => ({
      text: `${v.verb} ${who} ${g.name} ${v.noun} ${men.say(f, g)} في ريف دير الزور.`,
      events: [{ ...ev(g.id, f.count, "defection"), destinationText: null }],
    })),
  ),
);

/** Another group's men. */
const OTHERS: ReadonlyArray<{ id: string; name: string }> = [
  { id: "isis", name: "داعش" },
  { id: "syrian-army", name: "قوات النظام" },
  { id: "4th-division", name: "الفرقة الرابعة" },
];
const SOURCES_NOT: ConventionCase[] = [
  ...cases(
    "sources-not/group-receives",
    product({ g: GROUPS, o: OTHERS, f: FIGURES, v: VERBS.slice(0, 2) }).map(({ g, o, f, v }) => ({
      text: `${v.verb}${g.its === "ها" ? "ت" : ""} ${g.name} ${v.noun} ${f.num} من عناصر ${o.name} وانضمامهم إلي${g.its}.`,
      events: [{ ...ev(o.id, f.count, "defection"), destination: g.id }],
    })),
  ),
  ...cases(
    "sources-not/another-named",
    product({ who: PERSONS, v: VERBS, g: GROUPS, o: OTHERS, f: FIGURES }).map(({ who, v, g, o, f }) => ({
      text: `${v.verb} ${who} ${g.name} ${v.noun} ${f.men} من ${o.name}.`,
      events: [ev(o.id, f.count, "defection")],
    })),
  ),
  ...cases(
    "sources-not/clause-names-unit",
    product({ who: PERSONS, g: GROUPS, o: OTHERS, f: FIGURES }).map(({ who, g, o, f }) => ({
      text: `قال ${who} ${g.name} إن ${f.men} من ${o.name} انشقوا.`,
      events: [ev(o.id, f.count, "defection")],
    })),
  ),
];

export const SOURCE_CASES: ConventionCase[] = [...OWN, ...SOURCES_NOT];
