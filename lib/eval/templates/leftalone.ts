/**
 * The "leftalone" family (round 16, r16-roles): the roles and counts round 15 noticed and left alone, one template or
 * more each, written from the grammar of Arabic news, never copied from a report. P = 2022-03-16 (the corpus default).
 *
 * - `leader-some-men/…`: a leader by his title and name, then a vague number of his men joined by «و» («أعلن القيادي
 *   أبو بكر وعدد من عناصره انشقاقهم»): "a named leader «ومعه عدد من عناصره» → count null" (../shared/dev-reports-2/
 *   README.md "Conventions"). Never one man.
 * - `one-name/…`: a man told by one plain name announcing his own defection («أعلن أحمد انشقاقه عن X»): one man ("A
 *   named individual counts as 1", ../shared/dev-reports/README.md "Counts"). Negatives (`one-name-not/…`): a one-word
 *   subject that is a group («أعلن داعش انشقاقه»): no man, count null; a unit's noun («أعلن فصيل …»).
 * - `thousands/…`: «الآلاف» with the article as «المئات» is read ("«المئات» / «مئات» with no better figure → {200, 300,
 *   999}", dev-reports-2): {2000, 3000, 9999}; with a hedge before it («نحو الآلاف»، «نحو المئات») the same — a hedge
 *   and a quantity word are never a man's name (it was read «انشق نحو المئات» as a man called so, count 1).
 * - `tens-of-thousands/…`: «عشرات الآلاف» ("tens of thousands"), a cumulative total since 2011: the figure beyond one
 *   incident, set aside for review (no count; issue 10 class 6), never a count at the chart.
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { familyCases, product, spaced } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 40;

const cases = familyCases("leftalone", PER_TEMPLATE);

/** Groups left, as written after «عن». */
const LEFT: ReadonlyArray<{ id: string; name: string }> = [
  { id: "hts", name: "هيئة تحرير الشام" },
  { id: "isis", name: "تنظيم داعش" },
  { id: "syrian-army", name: "قوات النظام" },
  { id: "sna", name: "الجيش الوطني" },
  { id: "sdf", name: "قسد" },
];

// ---- a leader and a vague number of his men ----
const LEADERS: readonly string[] = ["القيادي أبو بكر", "القائد أبو عمر الحموي", "الشيخ أبو عبد الله", "النقيب خالد العلي"];
const SOME_MEN: readonly string[] = ["وعدد من عناصره", "ومجموعة من عناصره", "وعدد من مقاتليه", "وبعض عناصره"];
const LEADER_SOME_MEN: ConventionCase[] = cases(
  "leader-some-men/announced",
  product({ man: LEADERS, men: SOME_MEN, group: LEFT }).map(({ man, men, group }) => ({
    text: `${spaced("أعلن", man, men, "انشقاقهم عن", group.name)}.`,
    events: [ev(group.id, null, "defection")],
  })),
);

// ---- one plain name ----
const ONE_NAMES: readonly string[] = ["أحمد", "خالد", "محمد", "عمر", "ياسر"];
const ADVERBIALS: readonly string[] = ["", "رسمياً", "في بيان مصور"];
const ONE_NAME: ConventionCase[] = cases(
  "one-name/announced",
  product({ man: ONE_NAMES, gap: ADVERBIALS, group: LEFT }).map(({ man, gap, group }) => ({
    text: `${spaced("أعلن", man, gap, "انشقاقه عن", group.name)}، ووصل إلى مناطق المعارضة.`,
    events: [ev(group.id, 1, "defection")],
  })),
);
/** A one-word subject that is no man: a group by its short name, a unit's noun. */
const ONE_NAME_NOT: ConventionCase[] = cases(
  "one-name-not/group",
  product({ who: [{ text: "داعش", id: "isis" }, { text: "فصيل", id: null }], gap: ADVERBIALS, from: [{ id: "hts", name: "هيئة تحرير الشام" }, { id: "syrian-army", name: "قوات النظام" }] })
    .filter(({ who, from }) => who.id !== from.id)
    .map(({ who, gap, from }) => ({
      text: `${spaced("أعلن", who.text, gap, "انشقاقه عن", from.name)}.`,
      events: [ev(from.id, null, "defection")],
    })),
);

// ---- «الآلاف», «نحو الآلاف», «نحو المئات» ----
const PERIOD = { text: "خلال الشهر الماضي", date: ["2022-02-01", "2022-02-28"] as [string, string] };
const MANY: ReadonlyArray<{ text: string; value: [number, number, number] }> = [
  { text: "الآلاف", value: [2000, 3000, 9999] },
  { text: "نحو الآلاف", value: [2000, 3000, 9999] },
  { text: "نحو المئات", value: [200, 300, 999] },
  { text: "قرابة المئات", value: [200, 300, 999] },
];
const THOUSANDS: ConventionCase[] = cases(
  "thousands/of-men",
  product({ many: MANY, group: LEFT.filter((g) => g.id !== "sdf"), verb: ["انشق", "فرّ"] }).map(({ many, group, verb }) => ({
    text: `${verb} ${many.text} من عناصر ${group.name} ${PERIOD.text}، بحسب مصادر محلية.`,
    events: [ev(group.id, many.value, verb === "فرّ" ? "desertion" : "defection", PERIOD.date)],
  })),
);

// ---- «عشرات الآلاف» since 2011: set aside ----
const TENS_OF_THOUSANDS: ConventionCase[] = cases(
  "tens-of-thousands/since-2011",
  product({ lead: ["انشق عن جيش النظام منذ اندلاع الثورة عام 2011", "وكان قد انشق عن جيش النظام منذ عام 2011"], men: ["عشرات الآلاف من الجنود والضباط", "عشرات الآلاف من العسكريين"] }).map(({ lead, men }) => ({
    text: `${lead} ${men}.`,
    events: [ev("syrian-army", null, "defection")],
  })),
);

export const LEFTALONE_CASES: ConventionCase[] = [...LEADER_SOME_MEN, ...ONE_NAME, ...ONE_NAME_NOT, ...THOUSANDS, ...TENS_OF_THOUSANDS];
