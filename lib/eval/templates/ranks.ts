/**
 * The "ranks" family (round 17, r17-counts): men counted by the plural of their rank («وكان سبعة جنرالات قد انشقوا»,
 * «انشق 12 عقيداً»), as outlets count senior officers, written from the grammar of Arabic news, never copied from a
 * report. P = 2022-03-16 (the corpus default). A rank noun after a figure is the figure's person noun like «ضباط»:
 * "An exact number … gives low = best = high = N" (../shared/dev-reports/README.md "Counts"). Found on real-tune (r02's
 * background batch of generals, count null). Negatives: a rank as a title before a man's name is one man.
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { familyCases, product } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 40;

const cases = familyCases("ranks", PER_TEMPLATE);

const LEFT: ReadonlyArray<{ id: string; name: string }> = [
  { id: "syrian-army", name: "الجيش السوري" },
  { id: "syrian-army", name: "قوات النظام" },
  { id: "4th-division", name: "الفرقة الرابعة" },
];
/** A figure and its rank noun: a plural after 3–10, the accusative singular after 11–99. */
const COUNTED: ReadonlyArray<{ text: string; n: number }> = [
  { text: "سبعة جنرالات", n: 7 },
  { text: "5 جنرالات", n: 5 },
  { text: "12 جنرالاً", n: 12 },
  { text: "أربعة عقداء", n: 4 },
  { text: "3 عمداء", n: 3 },
  { text: "ستة عمداء", n: 6 },
];

const PERFECT: ConventionCase[] = cases(
  "counted/perfect",
  product({ c: COUNTED, g: LEFT }).map(({ c, g }) => ({
    text: `انشق ${c.text} عن ${g.name} أمس ووصلوا إلى تركيا.`,
    events: [ev(g.id, c.n, "desertion")],
  })),
);
const PLUPERFECT: ConventionCase[] = cases(
  "counted/pluperfect",
  product({ c: COUNTED, g: LEFT }).map(({ c, g }) => ({
    text: `وكان ${c.text} قد انشقوا بدورهم عن ${g.name} ولجؤوا إلى تركيا يوم الثلاثاء الماضي.`,
    events: [ev(g.id, c.n, "desertion", ["2022-03-15", "2022-03-15"])],
  })),
);
/** A rank as a title before a man's name: one man. */
const TITLE: ConventionCase[] = cases(
  "title-not/one-man",
  product({ t: ["الجنرال", "العميد", "العقيد"], g: LEFT }).map(({ t, g }) => ({
    text: `أعلن ${t} خالد الحسن انشقاقه عن ${g.name} أمس.`,
    events: [ev(g.id, 1, "defection")],
  })),
);

export const RANK_CASES: ConventionCase[] = [...PERFECT, ...PLUPERFECT, ...TITLE];
