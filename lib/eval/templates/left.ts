/**
 * The "left" family (round 15, r15-roles): classes of Arabic round 14 noticed and left, one template or more each,
 * written from the grammar of Arabic news, never copied from a report. P = 2022-03-16 (the corpus default).
 *
 * - `announced/…` (class 1): a man told by a plain name, no rank or title («أعلن أحمد العلي انشقاقه عن X»), announcing
 *   his own defection: one man, count 1 ("A named individual counts as 1", ../shared/dev-reports/README.md "Counts").
 *   Negatives (`announced-not/…`): a leader and his men («أعلن القيادي أبو بكر وعناصره انشقاقهم»): "a named leader
 *   «ومعه عدد من عناصره» → count null" (../shared/dev-reports-2/README.md "Conventions"); a unit named after its noun
 *   («أعلن فصيل أحرار الشرقية انشقاقه»): "a faction or bloc splitting with no head count → count null".
 * - `receiving/…` (class 2): the side that received the men announcing them, the men told by their own group after
 *   «لـ» («أعلنت قسد انشقاق 40 عنصراً لداعش وانضمامهم إليها»): the group left is the men's (داعش), the announcer the
 *   destination ("`group`: the group the people left"; "defection: the people went over to, or joined, another side").
 *   Negative (`receiving-not/…`): a third party announcing (a monitor): the men's group left, no destination.
 * - `refuge/…` (class 3): a refuge as where the men went («لجأوا لقسد»، «لجأوا إلى مناطق سيطرة قسد»، «احتموا بقسد»،
 *   «احتموا بمناطق سيطرة قسد»):
 *   the destination ("`destination`: where they went"). Negatives (`refuge-not/…`): «لجأ إلى القضاء/الحيلة/التهريب»
 *   take a recourse, no place: no destination.
 * - `recorded/…` (class 4): «سُجّلت/سجّل … حالات انشقاق في صفوف X … بلغت N» read as «رصد … حالات انشقاق … بلغت N»
 *   (round 14, tallies `period/observed-cases`): with a period of its own an event of that period, its figure counted
 *   ("a cumulative figure with its own period … kept separate as written", d41; gold r27 «أحصت … منذ مطلع الشهر الحالي
 *   65 حالة انشقاق» counts 65); with none, a figure under a hundred counted (tallies `statistic/…` set aside only 100 and
 *   more). `vague-cases/…`: a vague quantity of *cases* («رصد المرصد عشرات حالات الانشقاق») with no period and no
 *   figure of men is a trend, no event ("Trend sentences with no specific incident are not events … «لوحظ حالات انشقاق
 *   …»"); with a period of its own it is a total of that period, «عشرات» → {20, 30, 99}.
 */
import { ev, type ConventionCase, type ExpectedEvent } from "../../extract/conventions/types";
import { familyCases, GROUPS_LEFT, product, spaced } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 40;

const cases = familyCases("left", PER_TEMPLATE);


// ---- class 1: a man by a plain name announcing his own defection ----
/** Plain names: a given name and a family name (with or without the article), or three words. */
const PLAIN_MEN: readonly string[] = ["أحمد العلي", "محمد الخالد", "خالد حسين", "عمر محمد الحسن", "ياسر الحمود"];
/** Adverbials between the subject and the verbal noun. */
const ADVERBIALS: readonly string[] = ["", "رسمياً", "في بيان مصور", "عبر حسابه على تلغرام"];
const ANNOUNCED: ConventionCase[] = ["أعلن", "وأعلن"].flatMap((lead) =>
  cases(
    `announced/${lead === "أعلن" ? "opening" : "and"}`,
    product({ man: PLAIN_MEN, gap: ADVERBIALS, group: GROUPS_LEFT }).map(({ man, gap, group }) => ({
      text: `${spaced(lead, man, gap, "انشقاقه عن", group.name)}، ووصل إلى مناطق المعارضة.`,
      events: [ev(group.id, 1, "defection")],
    })),
  ),
);
/** Not one man: a leader (plain, titled or by a kunya) with his men; a unit named after its noun. */
const ANNOUNCED_NOT: ConventionCase[] = [
  ...cases(
    "announced-not/leader-and-men",
    product({ man: ["القيادي أبو بكر", "القائد أبو عمر الحموي", "أحمد العلي", "الشيخ أبو عبد الله"], men: ["وعناصره", "ومقاتلوه", "ومجموعته"], group: GROUPS_LEFT }).map(({ man, men, group }) => ({
      text: `${spaced("أعلن", man, men, "انشقاقهم عن", group.name)}.`,
      events: [ev(group.id, null, "defection")],
    })),
  ),
  ...cases(
    "announced-not/unit",
    product({ unit: ["فصيل أحرار الشرقية", "تجمع ثوار الرقة", "كتيبة الفاروق"], gap: ADVERBIALS.slice(0, 2), group: GROUPS_LEFT.filter((g) => g.id !== "sdf") }).map(({ unit, gap, group }) => ({
      text: `${spaced("أعلن", unit, gap, "انشقاقه عن", group.name)}.`,
      events: [ev(group.id, null, "defection")],
    })),
  ),
];

// ---- class 2: the receiving side announcing men of another group ----
/** The side that received them, as the subject of «أعلن(ت)», and its pronoun in «إليها/إليه». */
const RECEIVERS: ReadonlyArray<{ id: string; name: string; verb: string; to: string }> = [
  { id: "sdf", name: "قسد", verb: "أعلنت", to: "إليها" },
  { id: "sna", name: "الجيش الوطني", verb: "أعلن", to: "إليه" },
  { id: "hts", name: "هيئة تحرير الشام", verb: "أعلنت", to: "إليها" },
  { id: "syrian-army", name: "قوات النظام", verb: "أعلنت", to: "إليها" },
];
/** The men's own group after «لـ». */
const OWNERS: ReadonlyArray<{ id: string; glued: string }> = [
  { id: "isis", glued: "لداعش" },
  { id: "isis", glued: "لتنظيم داعش" },
  { id: "sdf", glued: "لقسد" },
  { id: "syrian-army", glued: "للنظام" },
  { id: "hts", glued: "لهيئة تحرير الشام" },
];
const MEN: ReadonlyArray<{ text: string; count: number }> = [
  { text: "40 عنصراً", count: 40 },
  { text: "12 مقاتلاً", count: 12 },
  { text: "سبعة عناصر", count: 7 },
];
const JOINED: ReadonlyArray<(to: string) => string> = [(to) => `وانضمامهم ${to}`, () => "ووصولهم إلى مناطق سيطرتها", () => "وانضمامهم إلى صفوفها"];
const RECEIVING: ConventionCase[] = cases(
  "receiving/announced",
  product({ r: RECEIVERS, o: OWNERS, men: MEN, joined: JOINED })
    .filter(({ r, o }) => r.id !== o.id)
    .map(({ r, o, men, joined }) => ({
      text: `${r.verb} ${r.name} انشقاق ${men.text} ${o.glued} ${joined(r.to)}.`.replace("سيطرتها", r.to === "إليه" ? "سيطرته" : "سيطرتها").replace("صفوفها", r.to === "إليه" ? "صفوفه" : "صفوفها"),
      events: [{ ...ev(o.id, men.count, "defection"), destination: r.id }],
    })),
);
/** A third party announcing: the men's group is the group left, no one received them in the text. */
const RECEIVING_NOT: ConventionCase[] = cases(
  "receiving-not/third-party",
  product({ who: ["أعلن المرصد السوري", "أفادت شبكة محلية"], o: OWNERS, men: MEN }).map(({ who, o, men }) => ({
    text: `${who} ${who.startsWith("أفادت") ? "بانشقاق" : "انشقاق"} ${men.text} ${o.glued} في ريف دير الزور.`,
    events: [{ ...ev(o.id, men.count, "defection"), destinationText: null }],
  })),
);

// ---- class 3: a refuge as where the men went ----
const REFUGES: ReadonlyArray<{ name: string; say: (g: string) => string }> = [
  { name: "lajaa-li", say: (g) => `ولجأوا ل${g}` },
  { name: "lajaa-ila-areas", say: (g) => `ولجأوا إلى مناطق سيطرة ${g}` },
  { name: "ihtamaw-bi", say: (g) => `واحتموا ب${g}` },
  { name: "ihtamaw-bi-areas", say: (g) => `واحتموا بمناطق سيطرة ${g}` },
];
const REFUGE_SIDES: ReadonlyArray<{ id: string; name: string; from: { id: string; name: string } }> = [
  { id: "sdf", name: "قسد", from: { id: "syrian-army", name: "قوات النظام" } },
  { id: "sna", name: "الجيش الوطني", from: { id: "sdf", name: "قسد" } },
  { id: "hts", name: "هيئة تحرير الشام", from: { id: "syrian-army", name: "قوات النظام" } },
];
const REFUGE_VERBS: ReadonlyArray<{ say: (n: string, g: string) => string; kind: ExpectedEvent["kind"] }> = [
  { say: (n, g) => `فرّ ${n} من ${g} في ريف دير الزور أمس`, kind: "defection" },
  { say: (n, g) => `انشق ${n} عن ${g} في ريف دير الزور أمس`, kind: "defection" },
];
const REFUGE: ConventionCase[] = REFUGES.flatMap((refuge) =>
  cases(
    `refuge/${refuge.name}`,
    product({ side: REFUGE_SIDES, v: REFUGE_VERBS, men: MEN }).map(({ side, v, men }) => ({
      text: `${v.say(men.text, side.from.name)} ${refuge.say(side.name)}.`,
      events: [{ ...ev(side.from.id, men.count, v.kind), destination: side.id }],
    })),
  ),
);
/** A recourse, no place: «لجأ إلى القضاء/الحيلة/التهريب». */
const REFUGE_NOT: ConventionCase[] = cases(
  "refuge-not/recourse",
  product({ side: REFUGE_SIDES, men: MEN, recourse: ["بعد أن لجأوا إلى الحيلة", "ولجأوا إلى المهربين للخروج", "بعد أن لجأ ذووهم إلى القضاء"] }).map(({ side, men, recourse }) => ({
    text: `انشق ${men.text} عن ${side.from.name} في ريف دير الزور أمس ${recourse}.`,
    events: [{ ...ev(side.from.id, men.count, "defection"), destinationText: null }],
  })),
);

// ---- class 4: tallies told with «سُجّلت/سجّل» and vague quantities of cases ----
/** A period of the count's own, and the day range the conventions give it (P = 2022-03-16). */
const PERIODS: ReadonlyArray<{ text: string; date: [string, string] }> = [
  { text: "خلال الشهر الماضي", date: ["2022-02-01", "2022-02-28"] },
  { text: "منذ مطلع الشهر الجاري", date: ["2022-03-01", "2022-03-16"] },
  { text: "منذ بداية العام", date: ["2022-01-01", "2022-03-16"] },
];
const TALLIED: ReadonlyArray<{ id: string; name: string }> = [
  { id: "syrian-army", name: "قوات النظام" },
  { id: "sdf", name: "قسد" },
  { id: "ndf", name: "ميليشيا الدفاع الوطني" },
];
const SMALL: ReadonlyArray<{ text: string; count: number }> = [
  { text: "22 عنصراً", count: 22 },
  { text: "35 مقاتلاً", count: 35 },
  { text: "خمسين عنصراً", count: 50 },
];
/** «سُجّلت» (passive), «سجّل المرصد» (active), «سجلت شبكة» (active, feminine). */
const RECORDED_SAY: ReadonlyArray<(rest: string) => string> = [(rest) => `سُجّلت ${rest}`, (rest) => `سجّل المرصد السوري لحقوق الإنسان ${rest}`, (rest) => `وسجلت شبكة محلية ${rest}`];
const RECORDED: ConventionCase[] = [
  ...cases(
    "recorded/period",
    product({ say: RECORDED_SAY, g: TALLIED, t: PERIODS, n: SMALL }).map(({ say, g, t, n }) => ({
      text: say(`حالات انشقاق في صفوف ${g.name} ${t.text} بلغت ${n.text}.`),
      events: [ev(g.id, n.count, "defection", t.date)],
    })),
  ),
  ...cases(
    "recorded/no-period",
    product({ say: RECORDED_SAY, g: TALLIED, n: SMALL }).map(({ say, g, n }) => ({
      text: say(`حالات انشقاق في صفوف ${g.name} بلغت ${n.text}.`),
      events: [ev(g.id, n.count, "defection")],
    })),
  ),
];
const OBSERVERS: readonly string[] = ["رصد المرصد السوري لحقوق الإنسان", "رصدت شبكة محلية", "سجّل المرصد السوري لحقوق الإنسان"];
const VAGUE_CASES: ConventionCase[] = [
  ...cases(
    "vague-cases/period",
    product({ who: OBSERVERS, g: TALLIED, t: PERIODS, cases: ["عشرات حالات الانشقاق", "عشرات حالات الفرار"] }).map(({ who, g, t, cases: c }) => ({
      text: `${who} ${c} في صفوف ${g.name} ${t.text}.`,
      events: [ev(g.id, [20, 30, 99], c.includes("الفرار") ? "desertion" : "defection", t.date)],
    })),
  ),
  ...cases(
    "vague-cases-not/no-period",
    product({ who: OBSERVERS, g: TALLIED, cases: ["عشرات حالات الانشقاق", "عشرات حالات الفرار", "مئات حالات الانشقاق"] }).map(({ who, g, cases: c }) => ({
      text: `${who} ${c} في صفوف ${g.name}.`,
      events: [],
    })),
  ),
];

export const LEFT_CASES: ConventionCase[] = [...ANNOUNCED, ...ANNOUNCED_NOT, ...RECEIVING, ...RECEIVING_NOT, ...REFUGE, ...REFUGE_NOT, ...RECORDED, ...VAGUE_CASES];
