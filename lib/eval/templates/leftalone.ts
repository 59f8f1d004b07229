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
 * - `faction-split/…` (round 17): a group announcing its own split from another («أعلن داعش انشقاقه/انفصاله عن تنظيم
 *   القاعدة»): "a faction or bloc splitting with no head count → count null" (dev-reports-2 "Conventions"), and the
 *   declaration is the event (../shared/dev-reports/README.md "Announcements"); the group left is the one after «عن»,
 *   never the subject that split.
 * - `source-captor/…` (round 17): a source in S telling that a captor C caught «N من عناصره/عناصرها» trying to flee,
 *   where C's verb and the pronoun differ in gender («أن قسد اعتقلت ثلاثة من عناصره»): the pronoun cannot be C's, so
 *   the men are S's; "fighters executed or arrested for trying to flee → attempted" (dev-reports-2): S, attempted.
 *   Negatives (`source-captor-not/…`): the pronoun agrees with C's verb and not with S's name: C's own men, C.
 * - `leader-tens/…` (round 17): a named leader and tens of his men («وعشرات من عناصره»، «ومعه عشرات من عناصره»),
 *   also after the group he left («انشق القيادي … عن قسد وعشرات من عناصره»). The conventions add the man to an exact
 *   number ("فلان ومعه أربعة آخرون" → 5; "فلان ومعه N عنصر تقريباً" → the man plus N, then the approximation) and make
 *   the whole as vague as a vague number ("a named leader «ومعه عدد من عناصره» → count null", dev-reports-2): so tens
 *   of his men are «عشرات», {20, 30, 99} (dev-reports "Counts"), never the man alone. `leader-exact/…`: an exact
 *   number, the man plus N.
 */
import { ev, TENS, type ConventionCase } from "../../extract/conventions/types";
import { familyCases, GROUPS_LEFT, product, spaced, spread } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 40;

const cases = familyCases("leftalone", PER_TEMPLATE);


// ---- a leader and a vague number of his men ----
const LEADERS: readonly string[] = ["القيادي أبو بكر", "القائد أبو عمر الحموي", "الشيخ أبو عبد الله", "النقيب خالد العلي"];
const SOME_MEN: readonly string[] = ["وعدد من عناصره", "ومجموعة من عناصره", "وعدد من مقاتليه", "وبعض عناصره"];
const LEADER_SOME_MEN: ConventionCase[] = cases(
  "leader-some-men/announced",
  product({ man: LEADERS, men: SOME_MEN, group: GROUPS_LEFT }).map(({ man, men, group }) => ({
    text: `${spaced("أعلن", man, men, "انشقاقهم عن", group.name)}.`,
    events: [ev(group.id, null, "defection")],
  })),
);

// ---- one plain name ----
const ONE_NAMES: readonly string[] = ["أحمد", "خالد", "محمد", "عمر", "ياسر"];
const ADVERBIALS: readonly string[] = ["", "رسمياً", "في بيان مصور"];
const ONE_NAME: ConventionCase[] = cases(
  "one-name/announced",
  product({ man: ONE_NAMES, gap: ADVERBIALS, group: GROUPS_LEFT }).map(({ man, gap, group }) => ({
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
  product({ many: MANY, group: GROUPS_LEFT.filter((g) => g.id !== "sdf"), verb: ["انشق", "فرّ"] }).map(({ many, group, verb }) => ({
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

// ---- a group announcing its own split (round 17) ----
/** Groups that split, with the gender their verb and pronoun take. */
const SPLITTERS: ReadonlyArray<{ text: string; id: string; fem: boolean }> = [
  { text: "داعش", id: "isis", fem: false },
  { text: "تنظيم داعش", id: "isis", fem: false },
  { text: "جبهة النصرة", id: "nusra", fem: true },
  { text: "هيئة تحرير الشام", id: "hts", fem: true },
];
const SPLIT_FROM: ReadonlyArray<{ id: string; name: string }> = [
  { id: "al-qaeda", name: "تنظيم القاعدة" },
  { id: "sna", name: "الجيش الوطني" },
  { id: "hts", name: "هيئة تحرير الشام" },
];
const FACTION_SPLIT: ConventionCase[] = cases(
  "faction-split/announced",
  product({ who: SPLITTERS, noun: ["انشقاق", "انفصال"], gap: ["", "رسمياً", "في بيان"], from: SPLIT_FROM, head: [false, true] })
    .filter(({ who, from }) => who.id !== from.id)
    .map(({ who, noun, gap, from, head }) => {
      const verb = head ? (who.fem ? "تعلن" : "يعلن") : who.fem ? "أعلنت" : "أعلن";
      const lead = head ? `${who.text} ${verb}` : `${verb} ${who.text}`;
      return { text: `${spaced(lead, gap, `${noun}${who.fem ? "ها" : "ه"} عن`, from.name)}.`, events: [ev(from.id, null, "defection")] };
    }),
);

// ---- a source's own men caught by another group (round 17) ----
/** The source's group, and its gender. */
const SOURCE_SIDES: ReadonlyArray<{ id: string; name: string; fem: boolean }> = [
  { id: "5th-corps", name: "الفيلق الخامس", fem: false },
  { id: "sna", name: "الجيش الوطني", fem: false },
  { id: "sdf", name: "قسد", fem: true },
  { id: "hts", name: "هيئة تحرير الشام", fem: true },
];
/** The captor, with its verb of catching (the verb carries its gender). */
const CAPTORS: ReadonlyArray<{ id: string; name: string; fem: boolean; verb: string }> = [
  { id: "sdf", name: "قسد", fem: true, verb: "اعتقلت" },
  { id: "syrian-army", name: "قوات النظام", fem: true, verb: "اعتقلت" },
  { id: "sna", name: "الجيش الوطني", fem: false, verb: "اعتقل" },
  { id: "isis", name: "تنظيم داعش", fem: false, verb: "ألقى القبض على" },
];
const TELLERS: readonly string[] = ["أعلن مصدر في {S} أن", "قال المتحدث باسم {S} إن"];
const TRYING: readonly string[] = ["أثناء محاولتهم الفرار", "حاولوا الانشقاق"];
function captured(own: (s: (typeof SOURCE_SIDES)[number], c: (typeof CAPTORS)[number]) => boolean) {
  return product({ side: SOURCE_SIDES, captor: CAPTORS, teller: TELLERS, trying: TRYING })
    .filter(({ side, captor }) => side.id !== captor.id && side.fem !== captor.fem)
    .map(({ side, captor, teller, trying }) => {
      const whose = own(side, captor) ? side : captor;
      return {
        text: `${teller.replace("{S}", side.name)} ${captor.name} ${captor.verb} ثلاثة من عناصر${whose.fem ? "ها" : "ه"} ${trying}.`,
        events: [ev(whose.id, 3, "attempted")],
      };
    });
}
const SOURCE_CAPTOR: ConventionCase[] = cases("source-captor/source-own-men", captured(() => true));
const SOURCE_CAPTOR_NOT: ConventionCase[] = cases("source-captor-not/captor-own-men", captured(() => false));

// ---- a named leader and tens of his men (round 17) ----
const TENS_MEN: readonly string[] = ["وعشرات من عناصره", "ومعه عشرات من عناصره", "وبرفقته عشرات من مقاتليه", "ومعه العشرات من عناصره"];
const LEADER_TENS: ConventionCase[] = cases(
  "leader-tens/left",
  product({ man: LEADERS, men: TENS_MEN, group: GROUPS_LEFT }).map(({ man, men, group }) => ({
    text: `${spaced("انشق", man, "عن", group.name, men)}، ووصلوا إلى مناطق المعارضة.`,
    events: [ev(group.id, TENS, "defection")],
  })),
);
const EXACT_MEN: ReadonlyArray<{ text: string; n: number }> = [
  { text: "و15 من عناصره", n: 15 },
  { text: "ومعه 20 من عناصره", n: 20 },
  { text: "وبرفقته سبعة من مقاتليه", n: 7 },
];
const LEADER_EXACT: ConventionCase[] = cases(
  "leader-exact/left",
  product({ man: LEADERS, men: EXACT_MEN, group: GROUPS_LEFT }).map(({ man, men, group }) => ({
    text: `${spaced("انشق", man, "عن", group.name, men.text)}، ووصلوا إلى مناطق المعارضة.`,
    events: [ev(group.id, men.n + 1, "defection")],
  })),
);

export const LEFTALONE_CASES: ConventionCase[] = [...LEADER_SOME_MEN, ...ONE_NAME, ...ONE_NAME_NOT, ...THOUSANDS, ...TENS_OF_THOUSANDS, ...FACTION_SPLIT, ...SOURCE_CAPTOR, ...SOURCE_CAPTOR_NOT, ...LEADER_TENS, ...LEADER_EXACT];
