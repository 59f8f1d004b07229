/**
 * The "latedates" family (round 8): an incident told first and dated later, in the details — three to five
 * sentences after its telling, past sentences that add neither an incident nor a date. Arabic news often
 * opens with the incident and gives its day further down ("ووقعت الحادثة فجر الثلاثاء"، "وتعود الحادثة إلى
 * مطلع الشهر"، "وكان العناصر قد غادروا مواقعهم …"، "ولم يعرف مصيرهم منذ فرارهم يوم …"), or only bounds it by
 * an announcement ("وكانت الفرقة قد أعلنت في 12 من الشهر الجاري عن فقدان الاتصال بهم": [day − 7, day]).
 * The negatives put a later date on another thing (shelling, an arrest, the day the source spoke, a funeral,
 * another group's statement, the men's earlier service, a similar incident in the past): the incident keeps
 * [P-7, P]; a later sentence telling another incident of the same group with a figure and a date of its own
 * is a second event with that date. Every day range resolved by hand against P (Wed 2022-03-16) by the
 * conventions of data/dev/README.md. Slots: the incident sentence of ./discourse-grammar.ts (group × count ×
 * predicate × place), an optional headline, the gap (sentences of detail between), the late sentence's frame
 * and its date. Written from the grammar and vocabulary of Arabic news, not from a report.
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import type { EventKind } from "../../extract/types";
import { addDaysIso } from "../../time/day";
import { COUNTS_A, COUNTS_B, DEFAULT_RANGE, EARLIER, GROUPS, P, PLACES, PREDICATES, RECENT, they, type CountForm, type DateForm, type GroupForm } from "./discourse-grammar";
import { familyCases, product } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 120;

const cases = familyCases("latedates", PER_TEMPLATE, P);

/** Sentences of detail that tell no incident and give no date: the men, the mood, the place. */
const DETAILS: readonly string[] = [
  "وقال المصدر إن العناصر ينحدرون من بلدات المنطقة.",
  "وأضاف أن حالة من الاستياء تسود بين العناصر بسبب سوء المعاملة.",
  "ويشكو كثير من المجندين من قلة الإجازات وسوء الطعام.",
  "وتنتشر في المنطقة نقاط عسكرية عدة على طول الطريق الدولي.",
];
/** How many sentences of detail stand between the telling and the late date (so it stands 3–5 sentences after). */
const GAPS = [2, 3, 4];
const details = (gap: number) => DETAILS.slice(0, gap).join(" ");

/** No headline, or one that tells the incident with no date. */
type Headline = "none" | "plain";
const HEADLINES: readonly Headline[] = ["none", "plain"];
const headlineOf = (h: Headline, a: CountForm, g: GroupForm) => (h === "plain" ? `انشقاق ${a.plain} من ${g.name}\n` : "");

/** Days of the incident as the details give them (hand-resolved against P). */
const LATE_DAYS: readonly DateForm[] = [
  ...RECENT,
  { text: "مساء الخميس الماضي", range: ["2022-03-10", "2022-03-10"] }, // the latest Thursday strictly before P
  { text: "قبل ثلاثة أيام", range: ["2022-03-13", "2022-03-13"] },
  { text: "فجر الثلاثاء", range: ["2022-03-15", "2022-03-15"] }, // a bare weekday: the latest on or before P
];

/** Dates a happening "goes back to" ("تعود الحادثة إلى …"). */
const GOES_BACK_TO: readonly DateForm[] = [
  { text: "مطلع الشهر الجاري", range: ["2022-03-01", "2022-03-10"] },
  { text: "يوم الأحد الماضي", range: ["2022-03-13", "2022-03-13"] },
  { text: "مساء الخميس الماضي", range: ["2022-03-10", "2022-03-10"] },
  { text: "الخامس من الشهر الجاري", range: ["2022-03-05", "2022-03-05"] },
];

/** One case: a headline, the incident, the details, then the late sentence. */
function report(h: Headline, g: GroupForm, a: CountForm, pred: (typeof PREDICATES)[number], place: string, gap: number, late: string): string {
  return `${headlineOf(h, a, g)}${pred.say(a, g.name, "", place)}. ${details(gap)} ${late}`;
}

/** The incident's own anaphor with a verb of happening: "ووقعت الحادثة …"، "وجرى ذلك …". */
const ANAPHORIC: Array<(d: string) => string> = [
  (d) => `ووقعت الحادثة ${d}.`,
  (d) => `وأوضح المصدر أن عملية الانشقاق جرت ${d}.`,
  (d) => `وجرى ذلك ${d}.`,
  (d) => `وبحسب المصدر، فإن الفرار تمّ ${d}.`,
  (d) => `وأشار المصدر إلى أن العملية حصلت ${d} بعد تخطيط استمر أسابيع.`,
  (d) => `ونُفذت عملية الانشقاق ${d} بالتنسيق مع فصائل المعارضة.`,
  (d) => `ونفذ العناصر عملية الانشقاق ${d}.`,
];
const anaphoric = cases(
  "anaphor",
  product({ h: HEADLINES, g: GROUPS, a: COUNTS_A, pred: PREDICATES, gap: GAPS, frame: ANAPHORIC, d: LATE_DAYS, place: PLACES }).map(({ h, g, a, pred, gap, frame, d, place }) => ({
    text: report(h, g, a, pred, place, gap, frame(d.text)),
    events: [ev(g.id, a.value, "defection", d.range)],
  })),
);

/** "وتعود الحادثة إلى مطلع الشهر": the happening goes back to a day. */
const GOES_BACK: Array<(d: string) => string> = [
  (d) => `وتعود الحادثة إلى ${d}.`,
  (d) => `ويعود تاريخ الانشقاق إلى ${d}.`,
  (d) => `وتعود عملية الفرار إلى ${d}، بحسب المصدر.`,
  (d) => `وتعود تفاصيل الحادثة إلى ${d}.`,
];
const goesBack = cases(
  "goes-back",
  product({ h: HEADLINES, g: GROUPS, a: COUNTS_A, pred: PREDICATES, gap: GAPS, frame: GOES_BACK, d: GOES_BACK_TO, place: PLACES }).map(({ h, g, a, pred, gap, frame, d, place }) => ({
    text: report(h, g, a, pred, place, gap, frame(d.text)),
    events: [ev(g.id, a.value, "defection", d.range)],
  })),
);

/** The same men told again with the day: a pluperfect, a retelling, a quoted source. */
const RETOLD: Array<(a: CountForm, d: string) => string> = [
  (a, d) => `وكان العناصر قد ${they(a, "غادر")} مواقعهم ${d}.`,
  (a, d) => `وأكد المصدر أن العناصر ${they(a, "انشق")} ${d} بعد أن ${they(a, "نسق")} مع فصائل المعارضة.`,
  (_a, d) => `وقال أحد أقارب المنشقين: «خرجوا من الثكنة ${d} ولم يعودوا إليها».`,
  (a, d) => `وأوضح المصدر أن العناصر ${they(a, "تمكن")} من الفرار ${d} مستغلين انشغال الحواجز.`,
  (_a, d) => `وبحسب المصدر، فقد خرج العناصر من مواقعهم ${d} ولم يعودوا إليها.`,
  (a, d) => `وكان العناصر قد ${a.dual ? "اختفيا" : "اختفوا"} من ثكنتهم ${d}.`,
];
const retold = cases(
  "retold",
  product({ h: HEADLINES, g: GROUPS, a: COUNTS_A, pred: PREDICATES, gap: GAPS, frame: RETOLD, d: LATE_DAYS, place: PLACES }).map(({ h, g, a, pred, gap, frame, d, place }) => ({
    text: report(h, g, a, pred, place, gap, frame(a, d.text)),
    events: [ev(g.id, a.value, "defection", d.range)],
  })),
);

/** The men told again by a definite noun and their number ("العناصر الخمسة"), as outlets refer back to them. */
const DEFINITE: Record<number, string> = { 5: "العناصر الخمسة", 12: "العناصر الـ12" };
/** Days before the default window too: a retelling may date the incident well before the report. */
const RETOLD_DAYS: readonly DateForm[] = [
  ...LATE_DAYS.slice(0, 4),
  { text: "في الثالث من الشهر الجاري", range: ["2022-03-03", "2022-03-03"] },
  { text: "مطلع الشهر الجاري", range: ["2022-03-01", "2022-03-10"] },
];
/** A retelling that names the group again: a pluperfect of the group's own, or of the men referred back. */
const RETOLD_WITH_GROUP: Array<(a: CountForm, g: GroupForm, d: string) => string> = [
  (_a, g, d) => `وكانت ${g.name.startsWith("تنظيم") ? "صفوف " : ""}${g.name} قد شهدت انشقاق هؤلاء العناصر ${d}.`,
  // (an exact figure only: "نحو 40" told again as "العناصر الأربعون" leaves the figure honestly open)
  (a, g, d) => (a.value[0] === a.value[2] ? `وكان ${DEFINITE[a.value[1]]} قد ${they(a, "انشق")} عن ${g.name} ${d}.` : `وكان هؤلاء العناصر قد ${they(a, "انشق")} عن ${g.name} ${d}.`),
  (a, g, d) => `وأكد المصدر أن هؤلاء العناصر ${they(a, "انشق")} عن ${g.name} ${d}.`,
];
const retoldWithGroup = cases(
  "retold-with-group",
  product({ h: HEADLINES, g: GROUPS, a: COUNTS_A, pred: PREDICATES, gap: GAPS, frame: RETOLD_WITH_GROUP, d: RETOLD_DAYS, place: PLACES }).map(({ h, g, a, pred, gap, frame, d, place }) => ({
    text: report(h, g, a, pred, place, gap, frame(a, g, d.text)),
    events: [ev(g.id, a.value, "defection", d.range)],
  })),
);

/**
 * The incident's own sentence gives only a bound or a vague span — the day the sources spoke ("قالت مصادر اليوم
 * إن …": [P-7, P]) or "مؤخراً"/"خلال الأيام الماضية" — and the details give the day inside it: the day stands.
 */
const LOOSE_OPENINGS: Array<{ kind: EventKind; say: (a: CountForm, g: GroupForm, place: string) => string }> = [
  { kind: "defection", say: (a, g, place) => `قالت مصادر محلية اليوم إن ${a.plain} من ${g.name} ${they(a, "انشق")} ${place}.` },
  { kind: "defection", say: (a, g, place) => `أفاد ناشطون اليوم بانشقاق ${a.plain} من ${g.name} ${place}.` },
  { kind: "defection", say: (a, g, place) => `انشق ${a.plain} من ${g.name} مؤخراً ${place}.` },
  // (a flight told with nowhere reached is a desertion)
  { kind: "desertion", say: (a, g, place) => `فرّ ${a.plain} من صفوف ${g.name} خلال الأيام الماضية ${place}.` },
];
const looseThenLate = cases(
  "loose-then-late",
  product({ g: GROUPS, a: COUNTS_A, open: LOOSE_OPENINGS, gap: GAPS, frame: ANAPHORIC, d: LATE_DAYS.filter((d) => d.range[0] >= DEFAULT_RANGE[0]), place: PLACES }).map(({ g, a, open, gap, frame, d, place }) => ({
    text: `${open.say(a, g, place)} ${details(gap)} ${frame(d.text)}`,
    events: [ev(g.id, a.value, open.kind, d.range)],
  })),
);

/** "منذ فرارهم يوم …": the men's absence since the day they left, which is the incident's day. */
const SINCE: Array<(d: string) => string> = [
  (d) => `ولم يعرف مصير العناصر منذ فرارهم ${d}.`,
  (d) => `ولا تزال عائلاتهم تجهل مكانهم منذ انشقاقهم ${d}.`,
];
const since = cases(
  "since-leaving",
  product({ h: HEADLINES, g: GROUPS, a: COUNTS_A, pred: PREDICATES, gap: GAPS, frame: SINCE, d: LATE_DAYS, place: PLACES }).map(({ h, g, a, pred, gap, frame, d, place }) => ({
    text: report(h, g, a, pred, place, gap, frame(d.text)),
    events: [ev(g.id, a.value, "defection", d.range)],
  })),
);

/** Days the group announced the men missing: the announcement bounds the incident to the week before it. */
const ANNOUNCED_ON: readonly DateForm[] = [
  { text: "في 12 من الشهر الجاري", range: ["2022-03-12", "2022-03-12"] },
  { text: "يوم الأحد الماضي", range: ["2022-03-13", "2022-03-13"] },
  { text: "أمس", range: ["2022-03-15", "2022-03-15"] },
];
const ANNOUNCED: Array<(g: GroupForm, d: string) => string> = [
  (g, d) => `وكانت قيادة ${g.name} قد أعلنت ${d} عن فقدان الاتصال بهم.`,
  (g, d) => `وكانت ${g.name} قد ${g.feminine ? "أبلغت" : "أبلغ"} ${d} عن تغيب العناصر عن مواقعهم.`,
];
const announced = cases(
  "announced",
  product({ h: HEADLINES, g: GROUPS, a: COUNTS_A, pred: PREDICATES, gap: GAPS, frame: ANNOUNCED, d: ANNOUNCED_ON, place: PLACES }).map(({ h, g, a, pred, gap, frame, d, place }) => ({
    text: report(h, g, a, pred, place, gap, frame(g, d.text)),
    events: [ev(g.id, a.value, "defection", [addDaysIso(d.range[0], -7), d.range[1]])],
  })),
);

/** Another group reporting its own men missing: not this incident's announcement, which keeps [P-7, P]. */
const otherGroupMissing = cases(
  "other-group-missing",
  product({ h: HEADLINES, g: GROUPS, other: GROUPS, a: COUNTS_A, pred: PREDICATES, gap: GAPS, d: ANNOUNCED_ON, place: PLACES })
    .filter(({ g, other }) => g !== other)
    .map(({ h, g, other, a, pred, gap, d, place }) => ({
      text: report(h, g, a, pred, place, gap, `وفي سياق آخر، كانت ${other.name} قد أعلنت ${d.text} عن فقدان الاتصال بدورية تابعة لها.`),
      events: [ev(g.id, a.value, "defection", DEFAULT_RANGE)],
    })),
);

/** Later dates of other things: the incident keeps [P-7, P]. */
const OTHER_THINGS: Array<(d: DateForm) => string> = [
  (d) => `وكانت المدفعية قد قصفت قرى المنطقة ${d.text}.`,
  (d) => `واعتقلت دورية ثلاثة شبان من أبناء المنطقة ${d.text}.`,
  (d) => `وخرجت دورية من مقر القيادة ${d.text} للبحث عنهم.`,
  (d) => `وقال المصدر ${d.text} إن الأوضاع في المنطقة متوترة.`,
  (d) => `وشيّع الأهالي ${d.text} أحد أبناء البلدة الذي قتل في المعارك.`,
  (d) => `وأصدرت هيئة التفاوض بياناً ${d.text} حول الأوضاع الإنسانية.`,
  // "يعود ذلك إلى" gives a cause; "ذلك القرار" is a demonstrative before another noun.
  (d) => `ويعود ذلك إلى قرار صدر ${d.text} بمنع الإجازات.`,
  (d) => `وكانت القيادة قد ألغت الإجازات. وكان ذلك القرار قد صدر ${d.text}.`,
  // "الحادثة" after another happening is that happening.
  (d) => `واعتقلت دورية شاباً من أبناء البلدة على أحد الحواجز. ووقعت الحادثة ${d.text}.`,
];
const otherThing = cases(
  "other-thing",
  product({ h: HEADLINES, g: GROUPS, a: COUNTS_A, pred: PREDICATES, gap: GAPS, frame: OTHER_THINGS, d: RECENT, place: PLACES }).map(({ h, g, a, pred, gap, frame, d, place }) => ({
    text: report(h, g, a, pred, place, gap, frame(d)),
    events: [ev(g.id, a.value, "defection", DEFAULT_RANGE)],
  })),
);

/** The men's past and similar incidents in the past: dates of their own, not the incident's. */
const THE_PAST: Array<(d: DateForm) => string> = [
  (d) => `وكان العناصر قد تطوعوا في صفوف الميليشيا ${d.text}.`,
  (d) => `ويذكر أن المنطقة شهدت حادثة مماثلة ${d.text}.`,
  (d) => `وكان العناصر قد أجروا تسوية لأوضاعهم ${d.text}.`,
];
const thePast = cases(
  "the-past",
  product({ h: HEADLINES, g: GROUPS, a: COUNTS_A, pred: PREDICATES, gap: GAPS, frame: THE_PAST, d: EARLIER, place: PLACES }).map(({ h, g, a, pred, gap, frame, d, place }) => ({
    text: report(h, g, a, pred, place, gap, frame(d)),
    events: [ev(g.id, a.value, "defection", DEFAULT_RANGE)],
  })),
);

/** A later sentence about another incident of the same group, with its own figure and date: a second event. */
const ANOTHER_INCIDENT: Array<(b: CountForm, g: GroupForm, d: string) => string> = [
  (b, g, d) => `وكان ${b.othersNom} من ${g.name} قد ${they(b, "انشق")} ${d} في المنطقة ذاتها.`,
  (b, g, d) => `وليست هذه الحادثة الأولى، إذ انشق ${b.othersNom} من ${g.name} ${d}.`,
  (b, g, d) => `وكانت ${g.name.startsWith("تنظيم") ? "صفوف " : ""}${g.name} قد شهدت انشقاق ${b.othersGen} ${d}.`,
];
const anotherIncident = cases(
  "another-incident",
  product({ h: HEADLINES, g: GROUPS, a: COUNTS_A, b: COUNTS_B, pred: PREDICATES, gap: GAPS, frame: ANOTHER_INCIDENT, d: EARLIER, place: PLACES }).map(({ h, g, a, b, pred, gap, frame, d, place }) => ({
    text: report(h, g, a, pred, place, gap, frame(b, g, d.text)),
    events: [ev(g.id, a.value, "defection", DEFAULT_RANGE), ev(g.id, b.value, "defection", d.range)],
  })),
);

export const LATEDATE_CASES: ConventionCase[] = [...anaphoric, ...goesBack, ...retold, ...retoldWithGroup, ...looseThenLate, ...since, ...announced, ...otherGroupMissing, ...otherThing, ...thePast, ...anotherIncident];
