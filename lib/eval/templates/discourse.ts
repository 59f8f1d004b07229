/**
 * The "discourse" family (round 7): reports that tell several incidents, and which date belongs to which.
 * Multi-sentence templates whose slots are the incident sentences (./discourse-grammar.ts: group × count ×
 * predicate × place), the connectives, the order and the date expressions; every expected event carries
 * its day range resolved by hand against P (Wed 2022-03-16). Each template is a shape outlets use:
 *
 * - follow-up: a second incident told in a new sentence after a connective ("كما"، "وفي حادثة منفصلة"…);
 * - follow-up-clause: the second incident in a clause of the same sentence ("، فيما"، "، بينما");
 * - second-batch: the same group, another batch on another day, fronted date ("ويوم الأحد الماضي انشق … آخرون");
 * - pluperfect: a background incident "وكان … قد انشقوا … <earlier date>", of the same group or another;
 * - masdar-background: "وذلك/ويأتي ذلك بعد انشقاق … <earlier date>": the background incident with its date;
 * - subset: "بينهم/منهم N ضباط" is no event of its own;
 * - destination-hashtag: a hashtag spelling in the headline and the group joined are no second event;
 * - date-after / date-before: the incident's date told in the sentence after ("وجرى ذلك أمس") or before
 *   ("شهدت المنطقة حادثة جديدة أمس");
 * - other-happening: a date that belongs to shelling or a raid told before or after: the incident keeps [P-7, P];
 * - elliptic-batch: a second batch with no verb of its own ("، وثلاثة عناصر آخرون يوم الأحد الماضي");
 * - elliptic-other-group: another group's batch with no verb ("، و3 عناصر من الدفاع الوطني يوم الأحد");
 * - elliptic-after-masdar: a gapped batch after a background verbal noun, no comma ("بعد انشقاق … الشهر الماضي وسبعة
 *   آخرين في كانون الثاني");
 * - counted-back: "وقبل ذلك بيومين انشق …"، "وقبل يومين من ذلك، انشق …"، "وكان … قد انشقوا قبلها بأسبوع": the day
 *   named before minus N;
 * - counted-after: "… في الثالث من آذار، ثم انشق … بعد أسبوع": that day plus N;
 * - after-masdar: "انشق A أمس، بعد يومين من انشقاق B": B is A's day minus N;
 * - background-remark: a background incident in a remark ("يذكر أن"، "ويشار إلى أن X شهدت انشقاق"، "، علماً أن");
 * - happening-counted: the same with another happening governing ("قصفت المدفعية القرى يوم الأحد، بعد يومين من انشقاق …");
 * - day-of-that-month: "… في الثالث من آذار، وفي العاشر منه انشق …": a later day of the month named before.
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { addDaysIso } from "../../time/day";
import {
  COUNTS_A, COUNTS_B, DEFAULT_RANGE, EARLIER, EARLY_DAYS, FOLLOW_UPS, GROUPS, P, PLACES, PREDICATES, RECENT, SHIFTS, they,
  type CountForm, type DateForm, type GroupForm,
} from "./discourse-grammar";
import { familyCases, product } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 120;

const pairs = <T>(items: readonly T[]): Array<[T, T]> => items.flatMap((a) => items.filter((b) => b !== a).map((b): [T, T] => [a, b]));
const GROUP_PAIRS = pairs(GROUPS);
const RECENT_PAIRS = pairs(RECENT);

const cases = familyCases("discourse", PER_TEMPLATE, P);

const followUp = cases(
  "follow-up",
  product({ groups: GROUP_PAIRS, a: COUNTS_A, b: COUNTS_B, pred: PREDICATES, conn: FOLLOW_UPS, dates: RECENT_PAIRS, place: PLACES }).map(({ groups: [g1, g2], a, b, pred, conn, dates: [d1, d2], place }) => ({
    text: `${pred.say(a, g1.name, d1.text, place)}. ${conn} ${pred.say(b, g2.name, d2.text, "")}.`,
    events: [ev(g1.id, a.value, "defection", d1.range), ev(g2.id, b.value, "defection", d2.range)],
  })),
);

const followUpClause = cases(
  "follow-up-clause",
  product({ groups: GROUP_PAIRS, a: COUNTS_A, b: COUNTS_B, pred: PREDICATES, conn: ["فيما", "بينما"], dates: RECENT_PAIRS, place: PLACES }).map(({ groups: [g1, g2], a, b, pred, conn, dates: [d1, d2], place }) => ({
    text: `${pred.say(a, g1.name, d1.text, place)}، ${conn} ${pred.say(b, g2.name, d2.text, "")}.`,
    events: [ev(g1.id, a.value, "defection", d1.range), ev(g2.id, b.value, "defection", d2.range)],
  })),
);

/** "ويوم الأحد الماضي، انشق ثلاثة عناصر آخرون من G": the same group, a batch of its own on another day. */
const secondBatch = cases(
  "second-batch",
  product({ g: GROUPS, a: COUNTS_A, b: COUNTS_B, pred: PREDICATES, dates: RECENT_PAIRS, place: PLACES }).map(({ g, a, b, pred, dates: [d1, d2], place }) => ({
    text: `${pred.say(a, g.name, d1.text, place)}. و${d2.text}، انشق ${b.othersNom} من ${g.name} ${they(b, "وتوجه")} إلى المنطقة ذاتها.`,
    events: [ev(g.id, a.value, "defection", d1.range), ev(g.id, b.value, "defection", d2.range)],
  })),
);

/** The background subject: "N آخرون … عن G" for the same group, "N من G2" for another. */
const backgroundPeople = (b: CountForm, g1: GroupForm, g2: GroupForm | null, genitive: boolean): string =>
  g2 ? `${(genitive && b.plainGen) || b.plain} من ${g2.name}` : `${genitive ? b.othersGen : b.othersNom} من ${g1.name}`;

const pluperfect = cases(
  "pluperfect",
  product({ g1: GROUPS, other: [null, ...GROUPS], a: COUNTS_A, b: COUNTS_B, pred: PREDICATES, d1: RECENT, d2: EARLIER }).filter(({ g1, other }) => other !== g1).map(({ g1, other, a, b, pred, d1, d2 }) => ({
    text: `${pred.say(a, g1.name, d1.text, "")}. وكان ${backgroundPeople(b, g1, other, false)} قد ${they(b, "انشق")} ${d2.text} في المنطقة ذاتها.`,
    events: [ev(g1.id, a.value, "defection", d1.range), ev((other ?? g1).id, b.value, "defection", d2.range)],
  })),
);

const masdarBackground = cases(
  "masdar-background",
  product({ g1: GROUPS, other: [null, ...GROUPS], a: COUNTS_A, b: COUNTS_B, pred: PREDICATES, frame: ["، وذلك بعد", ". ويأتي ذلك بعد", ". وتأتي هذه الحادثة بعد"], d1: RECENT, d2: EARLIER }).filter(({ g1, other }) => other !== g1).map(({ g1, other, a, b, pred, frame, d1, d2 }) => ({
    text: `${pred.say(a, g1.name, d1.text, "")}${frame} انشقاق ${backgroundPeople(b, g1, other, true)} ${d2.text}.`,
    events: [ev(g1.id, a.value, "defection", d1.range), ev((other ?? g1).id, b.value, "defection", d2.range)],
  })),
);

const SUBSETS = ["، بينهم ثلاثة ضباط", "، بينهم ضابطان", "، منهم 4 صف ضباط", ". وأوضح المصدر أن بين المنشقين ثلاثة ضباط", ". وأشار المصدر إلى أن من بينهم ضابطاً برتبة نقيب"];
const subset = cases(
  "subset",
  product({ g: GROUPS, a: COUNTS_A.filter((c) => c.value[1] > 5), pred: PREDICATES, sub: SUBSETS, d: [...RECENT, null], place: PLACES }).map(({ g, a, pred, sub, d, place }) => ({
    text: `${pred.say(a, g.name, d?.text ?? "", place)}${sub}.`,
    events: [ev(g.id, a.value, "defection", d?.range ?? DEFAULT_RANGE)],
  })),
);

/** What they joined, by group: never the group left. */
const JOINED: Array<{ text: string; not: string }> = [
  { text: "ووصلوا إلى مناطق سيطرة الجيش الوطني", not: "" },
  { text: "وانضموا إلى صفوف هيئة تحرير الشام", not: "hts" },
  { text: "والتحقوا بقوات سوريا الديمقراطية", not: "sdf" },
];
const destinationHashtag = cases(
  "destination-hashtag",
  product({ g: GROUPS, a: COUNTS_A, joined: JOINED, headline: ["tag", "none"], d: RECENT, place: PLACES }).filter(({ g, joined }) => joined.not !== g.id).map(({ g, a, joined, headline, d, place }) => ({
    text: `${headline === "tag" ? `${g.tag}: انشقاق ${a.plain} ${place}\n` : ""}انشق ${a.plain} من ${g.name} ${d.text} ${place} ${joined.text}.`,
    events: [ev(g.id, a.value, "defection", d.range)],
  })),
);

/** A sentence after the incident that dates it by referring back to it, or tells the people's arrival. */
const REFER_BACK: Array<(d: DateForm) => string> = [
  (d) => `وجرى ذلك ${d.text}.`,
  (d) => `وكان ذلك ${d.text}.`,
  (d) => `وأوضح المصدر أن العملية جرت ${d.text}.`,
  (d) => `ووصل العناصر ${d.text} إلى مناطق المعارضة.`,
];
const dateAfter = cases(
  "date-after",
  product({ g: GROUPS, a: COUNTS_A, refer: REFER_BACK, d: RECENT, place: PLACES }).map(({ g, a, refer, d, place }) => ({
    text: `انشق ${a.plain} من ${g.name} ${place}. ${refer(d)}`,
    events: [ev(g.id, a.value, "defection", d.range)],
  })),
);

const INTRODUCE: Array<(d: DateForm) => string> = [
  (d) => `شهدت المنطقة حادثة جديدة ${d.text}.`,
  (d) => `وفي واقعة جديدة ${d.text}:`,
];
const dateBefore = cases(
  "date-before",
  product({ g: GROUPS, a: COUNTS_A, intro: INTRODUCE, d: RECENT, place: PLACES }).map(({ g, a, intro, d, place }) => ({
    text: `${intro(d)} انشق ${a.plain} من ${g.name} ${place} ووصلوا إلى مناطق المعارضة.`,
    events: [ev(g.id, a.value, "defection", d.range)],
  })),
);

/** Happenings that are not the incident, dated: shelling, a raid, clashes, an air strike. */
const OTHER_HAPPENINGS: Array<(d: DateForm) => string> = [
  (d) => `وقصفت المدفعية قرى المنطقة ${d.text}.`,
  (d) => `وشنت الطائرات الحربية غارات على المنطقة ${d.text}.`,
  (d) => `واندلعت اشتباكات عنيفة في المنطقة ${d.text}.`,
  (d) => `ونفذت دوريات حملة دهم طالت منازل في المنطقة ${d.text}.`,
];
const otherHappening = cases(
  "other-happening",
  product({ g: GROUPS, a: COUNTS_A, other: OTHER_HAPPENINGS, order: ["after", "before"], d: RECENT, place: PLACES }).map(({ g, a, other, order, d, place }) => {
    const incident = `انشق ${a.plain} من ${g.name} ${place} ووصلوا إلى مناطق المعارضة.`;
    const happening = other(d);
    return {
      text: order === "after" ? `${incident} ${happening}` : `${happening.replace(/^و/, "")} ${incident.replace(/^انشق/, "وانشق")}`,
      events: [ev(g.id, a.value, "defection", DEFAULT_RANGE)],
    };
  }),
);

/** A day range moved by `days` (the two ends are single days in these templates). */
const shifted = (range: [string, string], days: number): [string, string] => [addDaysIso(range[0], days), addDaysIso(range[1], days)];
const later = (a: DateForm, b: DateForm) => a.range[0] < b.range[0];

const ellipticBatch = cases(
  "elliptic-batch",
  product({ g: GROUPS, a: COUNTS_A, b: COUNTS_B, link: ["و", "ثم "], tail: ["", "، ووصلوا جميعاً إلى مناطق المعارضة"], dates: RECENT_PAIRS, place: PLACES })
    .filter(({ link, dates: [d1, d2] }) => (link === "و" ? d1.range[0] !== d2.range[0] : later(d1, d2)))
    .map(({ g, a, b, link, tail, dates: [d1, d2], place }) => ({
      text: `انشق ${a.plain} من ${g.name} ${place} ${d1.text}، ${link}${b.othersNom} ${d2.text}${tail}.`,
      events: [ev(g.id, a.value, "defection", d1.range), ev(g.id, b.value, "defection", d2.range)],
    })),
);

/** Third batches, told only by "و + count + آخرين" after a background verbal noun. */
const THIRD_BATCHES: Array<{ text: string; value: number }> = [{ text: "سبعة آخرين", value: 7 }, { text: "عشرة عناصر آخرين", value: 10 }];
/** "…، بعد انشقاق ثلاثة عناصر من X الشهر الماضي وسبعة آخرين في كانون الثاني": two background batches, one with no verb. */
const ellipticAfterMasdar = cases(
  "elliptic-after-masdar",
  product({ g1: GROUPS, other: [null, ...GROUPS], a: COUNTS_A, b: COUNTS_B, third: THIRD_BATCHES, d1: RECENT, earlier: pairs(EARLIER) })
    .filter(({ g1, other }) => other !== g1)
    .map(({ g1, other, a, b, third, d1, earlier: [d2, d3] }) => ({
      text: `انشق ${a.plain} من ${g1.name} ${d1.text}، بعد انشقاق ${backgroundPeople(b, g1, other, true)} ${d2.text} و${third.text} ${d3.text}.`,
      events: [ev(g1.id, a.value, "defection", d1.range), ev((other ?? g1).id, b.value, "defection", d2.range), ev((other ?? g1).id, third.value, "defection", d3.range)],
    })),
);

/** "…، و3 عناصر من الدفاع الوطني يوم الأحد": another group's batch with no verb of its own. */
const ellipticOtherGroup = cases(
  "elliptic-other-group",
  product({ groups: GROUP_PAIRS, a: COUNTS_A, b: COUNTS_B, dates: RECENT_PAIRS, place: PLACES }).map(({ groups: [g1, g2], a, b, dates: [d1, d2], place }) => ({
    text: `انشق ${a.plain} من ${g1.name} ${place} ${d1.text}، و${b.plain} من ${g2.name} ${d2.text}.`,
    events: [ev(g1.id, a.value, "defection", d1.range), ev(g2.id, b.value, "defection", d2.range)],
  })),
);

const COUNTED_BACK: Array<(people: string, b: CountForm, bi: string, plain: string) => string> = [
  (people, _b, bi) => `وقبل ذلك ${bi} انشق ${people}.`,
  (people, _b, _bi, plain) => `وقبل ${plain} من ذلك، انشق ${people}.`,
  (people, b, bi) => `وكان ${people} قد ${they(b, "انشق")} قبل ذلك ${bi}.`,
  (people, b, bi) => `وكان ${people} قد ${they(b, "انشق")} قبلها ${bi}.`,
];
const countedBack = cases(
  "counted-back",
  product({ g1: GROUPS, other: [null, ...GROUPS], a: COUNTS_A, b: COUNTS_B, pred: PREDICATES, frame: COUNTED_BACK, shift: SHIFTS, d1: RECENT }).filter(({ g1, other }) => other !== g1).map(({ g1, other, a, b, pred, frame, shift, d1 }) => ({
    text: `${pred.say(a, g1.name, d1.text, "")}. ${frame(backgroundPeople(b, g1, other, false), b, shift.bi, shift.plain)}`,
    events: [ev(g1.id, a.value, "defection", d1.range), ev((other ?? g1).id, b.value, "defection", shifted(d1.range, -shift.days))],
  })),
);

const COUNTED_AFTER: Array<(people: string, plain: string, bi: string) => string> = [
  (people, plain) => `، ثم انشق ${people} بعد ${plain}.`,
  (people, plain) => `. وبعد ${plain} انشق ${people}.`,
  (people, _plain, bi) => `. وبعد ذلك ${bi} انشق ${people}.`,
];
const countedAfter = cases(
  "counted-after",
  product({ g1: GROUPS, other: [null, ...GROUPS], a: COUNTS_A, b: COUNTS_B, frame: COUNTED_AFTER, shift: SHIFTS, d0: EARLY_DAYS, place: PLACES })
    .filter(({ g1, other, shift, d0 }) => other !== g1 && shifted(d0.range, shift.days)[1] <= P)
    .map(({ g1, other, a, b, frame, shift, d0, place }) => ({
      text: `انشق ${b.plain} من ${g1.name} ${place} ${d0.text}${frame(other ? `${a.plain} من ${other.name}` : `${a.othersNom} من ${g1.name}`, shift.plain, shift.bi)}`,
      events: [ev(g1.id, b.value, "defection", d0.range), ev((other ?? g1).id, a.value, "defection", shifted(d0.range, shift.days))],
    })),
);

const afterMasdar = cases(
  "after-masdar",
  product({ g1: GROUPS, other: [null, ...GROUPS], a: COUNTS_A, b: COUNTS_B, pred: PREDICATES, order: ["after", "fronted"], shift: SHIFTS, d1: RECENT }).filter(({ g1, other }) => other !== g1).map(({ g1, other, a, b, pred, order, shift, d1 }) => {
    const background = `بعد ${shift.plain} من انشقاق ${backgroundPeople(b, g1, other, true)}`;
    const incident = pred.say(a, g1.name, d1.text, "");
    return {
      text: order === "after" ? `${incident}، ${background}.` : `${background}، ${incident}.`,
      events: [ev(g1.id, a.value, "defection", d1.range), ev((other ?? g1).id, b.value, "defection", shifted(d1.range, -shift.days))],
    };
  }),
);

/** Another happening, dated, that governs the sentence: "قصفت المدفعية القرى يوم الأحد، بعد يومين من انشقاق …". */
const HAPPENINGS: Array<(d: DateForm) => string> = [
  (d) => `قصفت المدفعية قرى المنطقة ${d.text}`,
  (d) => `داهمت دوريات منازل ذويهم ${d.text}`,
  (d) => `أصدرت القيادة بياناً ${d.text}`,
];
const happeningCounted = cases(
  "happening-counted",
  product({ g: GROUPS, b: COUNTS_B, happening: HAPPENINGS, order: ["after", "fronted"], shift: SHIFTS, d1: RECENT, place: PLACES }).map(({ g, b, happening, order, shift, d1, place }) => {
    const background = `بعد ${shift.plain} من انشقاق ${b.plainGen ?? b.plain} من ${g.name} ${place}`;
    return {
      text: order === "after" ? `${happening(d1)}، ${background}.` : `${background}، ${happening(d1)}.`,
      events: [ev(g.id, b.value, "defection", shifted(d1.range, -shift.days))],
    };
  }),
);

/** A calendar day, then a later day of the same month said with "منه" ("of it"): [first day, later day, the later one's form]. */
const MONTH_DAYS: Array<[DateForm, string, string]> = [
  [{ text: "في الثالث من آذار", range: ["2022-03-03", "2022-03-03"] }, "2022-03-10", "العاشر"],
  [{ text: "في 2 شباط", range: ["2022-02-02", "2022-02-02"] }, "2022-02-20", "20"],
  [{ text: "في الخامس من كانون الثاني", range: ["2022-01-05", "2022-01-05"] }, "2022-01-15", "الخامس عشر"],
];
const dayOfThatMonth = cases(
  "day-of-that-month",
  product({ groups: GROUP_PAIRS, a: COUNTS_A, b: COUNTS_B, pred: PREDICATES, days: MONTH_DAYS, join: ["، وفي", ". وفي"], place: PLACES }).map(({ groups: [g1, g2], a, b, pred, days: [d0, later, form], join, place }) => ({
    text: `${pred.say(a, g1.name, d0.text, place)}${join} ${form} منه ${pred.say(b, g2.name, "", "")}.`,
    events: [ev(g1.id, a.value, "defection", d0.range), ev(g2.id, b.value, "defection", [later, later])],
  })),
);

/** A remark that tells a background incident: "يذكر أن …"، "ويشار إلى أن X شهد(ت) …"، "، علماً أن …". */
const REMARKS: Array<(b: CountForm, g: GroupForm, d: DateForm) => string> = [
  (b, g, d) => `. يذكر أن ${b.plain} من ${g.name} ${they(b, "انشق")} ${d.text}.`,
  (b, g, d) => `. ويشار إلى أن ${g.name} ${g.feminine ? "شهدت" : "شهد"} انشقاق ${b.plainGen ?? b.plain} ${d.text}.`,
  (b, g, d) => `. وتجدر الإشارة إلى أن ${g.name} ${g.feminine ? "شهدت" : "شهد"} انشقاق ${b.plainGen ?? b.plain} من ${g.feminine ? "عناصرها" : "عناصره"} ${d.text}.`,
  (b, g, d) => `، علماً أن ${b.plain} من ${g.name} ${they(b, "انشق")} ${d.text}.`,
];
const backgroundRemark = cases(
  "background-remark",
  product({ groups: GROUP_PAIRS, a: COUNTS_A, b: COUNTS_B, pred: PREDICATES, remark: REMARKS, d1: RECENT, d2: EARLIER }).map(({ groups: [g1, g2], a, b, pred, remark, d1, d2 }) => ({
    text: `${pred.say(a, g1.name, d1.text, "")}${remark(b, g2, d2)}`,
    events: [ev(g1.id, a.value, "defection", d1.range), ev(g2.id, b.value, "defection", d2.range)],
  })),
);

export const DISCOURSE_CASES: ConventionCase[] = [
  ...followUp, ...followUpClause, ...secondBatch, ...pluperfect, ...masdarBackground, ...subset,
  ...destinationHashtag, ...dateAfter, ...dateBefore, ...otherHappening, ...ellipticBatch, ...countedBack, ...countedAfter,
  ...afterMasdar, ...backgroundRemark, ...happeningCounted, ...dayOfThatMonth,
  ...ellipticOtherGroup, ...ellipticAfterMasdar,
];
