/**
 * The "tallies" family (round 11, issue 10 class 6): figures of a period or of a whole read as one incident. Monitors
 * and outlets count over a span or in a statistic ("وثّق المرصد فرار أكثر من 300 عنصر من X منذ بداية العام"، "بلغ
 * عدد المنشقين عن X خلال العام الماضي …"، "تشير إحصائية … إلى …"، "ارتفعت حصيلة …"), sometimes with a death toll in
 * the same statistic; and, as its negatives, real single incidents with large figures and a day of their own
 * ("انشق أمس 300 عنصر من الفرقة 17"، "فرار 150 عنصراً من X ليل الأحد"), also beside a word of killing that is no tally.
 *
 * What the conventions (../shared/dev-reports*\/README.md, data/dev/README.md) decide, and so what each template expects:
 * - a total with its own period ("منذ <a day>", "خلال العام الماضي") is an event dated by that period, its figure
 *   counted ("a cumulative figure with its own period … kept separate as written"): `period/…`;
 * - a total over the whole war is none ("تشير تقديرات … خلال سنوات الحرب": no incident, no date): `whole-war/…`;
 * - a statistic of a whole's losses — flights counted beside deaths, no day of their own — is no specific incident
 *   (trend sentences and statements about casualties are not events): `losses-statistic/…`;
 * - a single incident with its own day keeps its figure, however large: `incident/…`.
 * One shape the conventions leave open: a statistic of flights alone with no day or period of its own ("تشير
 * إحصائية للمرصد إلى فرار أكثر من 300 عنصر من X"). It may be one incident or a total of an untold span, so it stays
 * an event whose figure is set aside for review (count null, flag "implausible-count", reason "statistic", confidence
 * at most 0.2): `statistic/…` expects the event with no count, and tallies.test.ts also asks for the flag.
 * Round 12 (r12-tally): a tally of another set elsewhere in the sentence («وسط ارتفاع عدد القتلى في صفوفها»، «في حين وصل
 * عدد الحواجز …») beside an undated, placeless flight (`statistic/count-of-…`, `losses-statistic/count-of-killed…`), the
 * leavers' own tally away from the trigger (`statistic/count-of-leavers`, an expected failure: tallies.test.ts), and the
 * negatives «عدد من»/«أعداد كبيرة من», a day, a town or a named post, a figure under 100, «عدد» in another sentence.
 * Left out as honestly ambiguous: an incident followed by a running total ("فرّ 20 … أمس، ليصل عدد الفارين منذ مطلع
 * الشهر إلى 180"), which the conventions read either as one figure replaced or as two tellings.
 * (round 12, changed in round 13) A running total of a period after an incident of the same group told before it in
 * the report ("فرّ 12 … أمس. وبذلك ارتفعت حصيلة الفارين منذ بداية العام إلى 340") is an event of its period beside the
 * incident's, which keeps its figure and day — the gold keeps such a total "separate as written" (dev-reports d41) —
 * `after-incident/…`, as after an incident of another group: `after-other-group/…`. "إجمالي" and "مجموع" head a total as "عدد" and "حصيلة" do: `period/grand-total-reached`,
 * `period/sum-rose`.
 * Written from the language, never from a report of data/. Case ids "tallies/<template>/<n>"; published 2022-03-16 (a
 * Wednesday).
 */
import { about, ev, HUNDREDS, moreThan, type ConventionCase, type ExpectedEvent, type Triple } from "../../extract/conventions/types";
import { product } from "./product";
import { GROUPS, thin, VERBS, type GroupForm, type LeavingVerb } from "./negatives-slots";

/** A large figure of people, in the forms a count takes after a verb or a verbal noun. */
interface Figure {
  text: string;
  count: Triple;
}
const FIGURES: readonly Figure[] = [
  { text: "أكثر من 300 عنصر", count: moreThan(300) },
  { text: "نحو 250 مقاتلاً", count: about(250) },
  { text: "420 عنصراً", count: [420, 420, 420] },
  { text: "ما يزيد على 500 عنصر", count: moreThan(500) },
  { text: "1200 عنصر", count: [1200, 1200, 1200] },
  { text: "المئات من العناصر", count: HUNDREDS },
];

/** Who counts: a monitor, a network, a documentation centre; as the subject of "وثّق", after "إحصائية" and after "بحسب". */
interface Counter {
  documented: string;
  statistic: string;
  per: string;
  /** (round 13) The subject of «رصد» ("observed, reported"). */
  observed: string;
}
const COUNTERS: readonly Counter[] = [
  { documented: "وثّق المرصد السوري لحقوق الإنسان", statistic: "إحصائية للمرصد السوري لحقوق الإنسان", per: "بحسب المرصد السوري لحقوق الإنسان", observed: "رصد المرصد السوري لحقوق الإنسان" },
  { documented: "وثّقت شبكة الرصد المحلية", statistic: "إحصائية نشرتها شبكة الرصد المحلية", per: "وفق شبكة الرصد المحلية", observed: "رصدت شبكة الرصد المحلية" },
  { documented: "وثّق مركز توثيق حقوقي", statistic: "إحصائيات مركز توثيق حقوقي", per: "حسب مركز توثيق حقوقي", observed: "رصد مركز توثيق حقوقي" },
];

/** A period of the count's own, and the day range the conventions give it (P = 2022-03-16). */
interface Period {
  text: string;
  date: [string, string];
}
const PERIODS: readonly Period[] = [
  { text: "منذ بداية العام", date: ["2022-01-01", "2022-03-16"] },
  { text: "منذ مطلع الشهر الجاري", date: ["2022-03-01", "2022-03-16"] },
  { text: "خلال العام الماضي", date: ["2021-01-01", "2021-12-31"] },
  { text: "خلال الشهر الماضي", date: ["2022-02-01", "2022-02-28"] },
  { text: "منذ مطلع عام 2021", date: ["2021-01-01", "2022-03-16"] },
];

/** A day of the incident's own. */
const DAYS: readonly Period[] = [
  { text: "أمس", date: ["2022-03-15", "2022-03-15"] },
  { text: "ليل الأحد", date: ["2022-03-13", "2022-03-13"] },
  { text: "فجر اليوم", date: ["2022-03-16", "2022-03-16"] },
  { text: "يوم الاثنين الماضي", date: ["2022-03-14", "2022-03-14"] },
];

/** Words of killing in the same statistic: a counted toll, and killing with no figure. */
const KILLINGS: readonly string[] = ["مقتل 40 آخرين", "مقتل العشرات من عناصره", "سقوط قتلى في صفوفه", "عمليات قتل واغتيال طالت عناصره"];

/**
 * (round 12, r12-tally) A tally of another set in the flight's sentence: «عدد/أعداد» heading a definite noun or
 * carrying a pronoun ("عدد القتلى"، "عدد الحواجز التي …"، "عددهم"، "أعداد الفارين") — a construct that names the
 * number of a set, never "several" («عدد من»، «عددٌ من»، «أعداد كبيرة من»). With killing (no figure of its own, so no
 * counted toll): a statistic of a whole's losses; of something else: a statistic.
 */
const COUNT_OF_KILLED: readonly string[] = ["وسط ارتفاع عدد القتلى في صفوفها", "في وقت تضاعف فيه عدد القتلى من عناصرها", "بينما يتزايد عدد الذين قُتلوا من عناصرها"];
const COUNT_OF_OTHER: readonly string[] = [
  "في حين وصل عدد الحواجز التي أخلتها في المنطقة إلى 40",
  "في وقت ارتفع فيه عدد المعتقلين في سجونها",
  "بينما تراجع عدد المتطوعين في صفوفها",
  "بينما تضاعف عدد المطلوبين للخدمة الإلزامية",
];
/** … and of the leavers themselves: «عدد المنشقين»، «أعداد الفارين»، «عددهم» (split from COUNT_OF_OTHER after the before). */
const COUNT_OF_LEAVERS: readonly string[] = ["في ظل تزايد أعداد الفارين من الخدمة في المنطقة", "ويتوقع ناشطون أن يرتفع عددهم", "بينما يتزايد عدد المنشقين عنها"];
/** «عدد» and «أعداد» that mean "several", "many": no tally. */
const SEVERAL: readonly string[] = [
  "بحسب عدد من المصادر المحلية",
  "وفق ما أفاد به عددٌ من الناشطين",
  "بينما تشهد المنطقة انتشار أعداد كبيرة من عناصر الميليشيات",
  "بعد مقتل عدد من رفاقهم في قصف",
];
/** A place of the incident's own: a town, a city, a checkpoint. */
const PLACES: readonly string[] = ["في بلدة الصور بريف دير الزور", "في مدينة الميادين", "من حاجز السبع بحرات", "في قرية الشحيل"];
/** Figures under a hundred. */
const SMALL: readonly Figure[] = [
  { text: "40 عنصراً", count: [40, 40, 40] },
  { text: "نحو 60 مقاتلاً", count: about(60) },
  { text: "أكثر من 25 عنصراً", count: moreThan(25) },
];

/** The whole war as a period. */
const WHOLE_WAR: readonly string[] = ["منذ بداية الثورة", "خلال سنوات الحرب", "منذ عام 2011"];

interface Row {
  g: GroupForm;
  n: Figure;
  v: LeavingVerb;
  c: Counter;
  t: Period;
  d: Period;
  k: string;
  /** (round 12) a tally of killing, a tally of another set, "several", a place, a figure under a hundred */
  ck: string;
  co: string;
  cl: string;
  sv: string;
  p: string;
  sm: Figure;
}

/** Cases kept per template. */
const CAP = 36;
/** Every slot crossed, then thinned with a step prime to its length so that each slot varies from case to case. */
const ROWS: Row[] = thin<Omit<Row, "ck" | "co" | "cl" | "sv" | "p" | "sm">>(product({ g: GROUPS, n: FIGURES, v: VERBS, c: COUNTERS, t: PERIODS, d: DAYS, k: KILLINGS }), CAP).map((r, i) => ({
  ...r,
  // (round 12: the new slots turn with the row, each list in its own rhythm; the round-11 rows stay as they were)
  ck: COUNT_OF_KILLED[i % COUNT_OF_KILLED.length],
  co: COUNT_OF_OTHER[i % COUNT_OF_OTHER.length],
  cl: COUNT_OF_LEAVERS[i % COUNT_OF_LEAVERS.length],
  sv: SEVERAL[(i + 1) % SEVERAL.length],
  p: PLACES[(i + 2) % PLACES.length],
  sm: SMALL[(i + 1) % SMALL.length],
}));

/** The figure of a single incident told before a total. */
const ONE_BATCH: Figure = { text: "12 عنصراً", count: [12, 12, 12] };
/** A group of no lineage shared with `g`'s (the other group of an incident told before a total). */
const otherThan = (g: GroupForm): GroupForm => (g.id === "isis" ? { text: "هيئة تحرير الشام", id: "hts" } : { text: "تنظيم داعش", id: "isis" });

type Template = [name: string, sentence: (r: Row) => string, events: (r: Row) => ExpectedEvent[]];

const counted = (r: Row, date?: [string, string]): ExpectedEvent[] => [ev(r.g.id, r.n.count, r.v.kind, date)];
const setAside = (r: Row): ExpectedEvent[] => [ev(r.g.id, null, r.v.kind)];
const none = (): ExpectedEvent[] => [];

const TEMPLATES: Template[] = [
  // A total with its own period: an event of that period, its figure counted.
  ["period/documented", (r) => `${r.c.documented} ${r.v.masdarOf(r.n.text, r.g.text)} ${r.t.text}.`, (r) => counted(r, r.t.date)],
  ["period/verb-per", (r) => `${r.v.perfect(r.n.text, r.g.text)} ${r.t.text}، ${r.c.per}.`, (r) => counted(r, r.t.date)],
  ["period/statistic", (r) => `تشير ${r.c.statistic} إلى ${r.v.masdarOf(r.n.text, r.g.text)} ${r.t.text}.`, (r) => counted(r, r.t.date)],
  ["period/count-reached", (r) => `بلغ عدد ${r.v.plural(r.g.text)} ${r.t.text} ${r.n.text}، ${r.c.per}.`, (r) => counted(r, r.t.date)],
  ["period/toll-rose", (r) => `ارتفعت حصيلة ${r.v.plural(r.g.text)} ${r.t.text} إلى ${r.n.text}، ${r.c.per}.`, (r) => counted(r, r.t.date)],
  // (round 12) "إجمالي"، "مجموع" head the participle's people as "عدد" and "حصيلة" do.
  ["period/grand-total-reached", (r) => `بلغ إجمالي ${r.v.plural(r.g.text)} ${r.t.text} ${r.n.text}، ${r.c.per}.`, (r) => counted(r, r.t.date)],
  ["period/sum-rose", (r) => `ارتفع مجموع ${r.v.plural(r.g.text)} ${r.t.text} إلى ${r.n.text}، ${r.c.per}.`, (r) => counted(r, r.t.date)],
  // A total of a period after an incident of its group told in the report: the incident's event, and the total an
  // event of its own period, as after an incident of another group. (Round 12 expected the incident's event only;
  // round 13 follows the gold, dev-reports d41: "a cumulative figure with its own period … it is a running total that
  // may include event 1, kept separate as written". The README's "A running total replaces an earlier figure" is the
  // same people's figure growing, with no period of its own: conventions events/one-running-total.)
  ["after-incident/toll-rose", (r) => `${r.v.perfect(ONE_BATCH.text, r.g.text)} ${r.d.text}. وبذلك ارتفعت حصيلة ${r.v.plural(r.g.text)} ${r.t.text} إلى ${r.n.text}، ${r.c.per}.`, (r) => [ev(r.g.id, ONE_BATCH.count, r.v.kind, r.d.date), ...counted(r, r.t.date)]],
  ["after-incident/sum-reached", (r) => `${r.v.perfect(ONE_BATCH.text, r.g.text)} ${r.d.text}. وبلغ مجموع ${r.v.plural(r.g.text)} ${r.t.text} ${r.n.text}، ${r.c.per}.`, (r) => [ev(r.g.id, ONE_BATCH.count, r.v.kind, r.d.date), ...counted(r, r.t.date)]],
  ["after-incident/count-reached", (r) => `${r.v.perfect(ONE_BATCH.text, r.g.text)} ${r.d.text}. وبلغ عدد ${r.v.plural(r.g.text)} ${r.t.text} ${r.n.text}، ${r.c.per}.`, (r) => [ev(r.g.id, ONE_BATCH.count, r.v.kind, r.d.date), ...counted(r, r.t.date)]],
  ["after-other-group/toll-rose", (r) => `${r.v.perfect(ONE_BATCH.text, otherThan(r.g).text)} ${r.d.text}. وارتفعت حصيلة ${r.v.plural(r.g.text)} ${r.t.text} إلى ${r.n.text}، ${r.c.per}.`, (r) => [ev(otherThan(r.g).id, ONE_BATCH.count, r.v.kind, r.d.date), ...counted(r, r.t.date)]],
  // A statistic of flights alone, with no day or period of its own: kept for review, its figure set aside.
  ["statistic/documented", (r) => `${r.c.documented} ${r.v.masdarOf(r.n.text, r.g.text)}.`, setAside],
  ["statistic/points-to", (r) => `تشير ${r.c.statistic} إلى ${r.v.masdarOf(r.n.text, r.g.text)}.`, setAside],
  ["statistic/according", (r) => `وبحسب ${r.c.statistic}، ${r.v.perfect(r.n.text, r.g.text)}.`, setAside],
  ["statistic/count-reached", (r) => `بلغ عدد ${r.v.plural(r.g.text)} ${r.n.text}، ${r.c.per}.`, setAside],
  ["statistic/toll-rose", (r) => `ارتفعت حصيلة ${r.v.plural(r.g.text)} إلى ${r.n.text}، ${r.c.per}.`, setAside],
  // (round 12) «عدد» heading a definite noun or carrying a pronoun elsewhere in the sentence: a tally of another set.
  ["statistic/count-of-after", (r) => `${r.v.perfect(r.n.text, r.g.text)}، ${r.co}.`, setAside],
  ["statistic/count-of-leavers", (r) => `${r.v.perfect(r.n.text, r.g.text)}، ${r.cl}.`, setAside],
  ["statistic/count-of-before", (r) => `وبلغ عدد الحواجز التي أخلتها ${r.g.text} في المنطقة 40 حاجزاً، فيما ${r.v.perfect(r.n.text, r.g.text)}.`, setAside],
  // A statistic of a whole's losses: flights beside deaths, no day of their own.
  ["losses-statistic/beside", (r) => `${r.c.documented} ${r.v.masdarOf(r.n.text, r.g.text)}، إلى جانب ${r.k}.`, none],
  ["losses-statistic/and", (r) => `تشير ${r.c.statistic} إلى ${r.v.masdarOf(r.n.text, r.g.text)} و${r.k}.`, none],
  ["losses-statistic/while", (r) => `وبحسب ${r.c.statistic}، ${r.v.perfect(r.n.text, r.g.text)}، في وقت تتواصل فيه ${r.k.startsWith("عمليات") ? r.k : `أنباء ${r.k}`}.`, none],
  ["losses-statistic/killed-first", (r) => `${r.c.documented} ${r.k}، فضلاً عن ${r.v.masdarOf(r.n.text, r.g.text)}.`, none],
  // (round 12) … or beside a tally of killing with no figure of its own («عدد القتلى» elsewhere in the sentence).
  ["losses-statistic/count-of-killed", (r) => `${r.v.perfect(r.n.text, r.g.text)}، ${r.ck}.`, none],
  ["losses-statistic/count-of-killed-before", (r) => `في وقت ارتفع فيه عدد القتلى في صفوف ${r.g.text}، ${r.v.perfect(r.n.text, r.g.text)}.`, none],
  // (round 13) «رصد» ("observed, reported") with the verbal noun of one flight: with a period, an event of that
  // period; with no period, one incident reported («رصدت شبكة انشقاق 300 عنصر»), its figure counted. (It heads a tally
  // only over a plural of incidents, «رصد … حالات/عمليات انشقاق …»: plausibility.ts OBSERVED_TALLY.)
  ["period/observed", (r) => `${r.c.observed} ${r.v.masdarOf(r.n.text, r.g.text)} ${r.t.text}.`, (r) => counted(r, r.t.date)],
  ["incident/observed", (r) => `${r.c.observed} ${r.v.masdarOf(r.n.text, r.g.text)}.`, (r) => counted(r)],
  // (round 14, r14-left) «رصد» over a plural of incidents with the men's figure («رصدت الشبكة حالات انشقاق في صفوف X
  // بلغت 300 عنصر»، «رصد المرصد انشقاقات طالت 300 عنصر من X»): a tally, read as every tally of this family — with a
  // period of its own an event of that period, its figure counted ("a cumulative figure with its own period … kept
  // separate as written"); with none, an event whose figure is set aside for review (the open shape above).
  ["period/observed-cases", (r) => `${r.c.observed} حالات انشقاق في صفوف ${r.g.text} ${r.t.text} بلغت ${r.n.text}.`, (r) => [ev(r.g.id, r.n.count, "defection", r.t.date)]],
  ["period/observed-defections", (r) => `${r.c.observed} انشقاقات ${r.t.text} طالت ${r.n.text} من ${r.g.text}.`, (r) => [ev(r.g.id, r.n.count, "defection", r.t.date)]],
  ["statistic/observed-cases", (r) => `${r.c.observed} حالات انشقاق في صفوف ${r.g.text} بلغت ${r.n.text}.`, (r) => [ev(r.g.id, null, "defection")]],
  ["statistic/observed-defections", (r) => `${r.c.observed} انشقاقات طالت ${r.n.text} من ${r.g.text}.`, (r) => [ev(r.g.id, null, "defection")]],
  // A total over the whole war: no incident.
  ["whole-war/count-reached", (r) => `بلغ عدد ${r.v.plural(r.g.text)} ${WHOLE_WAR[r.n.text.length % WHOLE_WAR.length]} ${r.n.text}، ${r.c.per}.`, none],
  // Single incidents with a large figure and a day of their own, also beside a statistic or a word of killing.
  ["incident/verb-day", (r) => `${r.v.perfect(r.n.text, r.g.text)} ${r.d.text}.`, (r) => counted(r, r.d.date)],
  ["incident/masdar-day", (r) => `${r.v.masdarOf(r.n.text, r.g.text)} ${r.d.text}.`, (r) => counted(r, r.d.date)],
  ["incident/documented-day", (r) => `${r.c.documented} ${r.v.masdarOf(r.n.text, r.g.text)} ${r.d.text}.`, (r) => counted(r, r.d.date)],
  ["incident/statistic-after", (r) => `${r.v.perfect(r.n.text, r.g.text)} ${r.d.text}، بحسب ${r.c.statistic}.`, (r) => counted(r, r.d.date)],
  ["incident/after-killing", (r) => `${r.v.perfect(r.n.text, r.g.text)} ${r.d.text} بعد مقتل قائدهم في قصف.`, (r) => counted(r, r.d.date)],
  ["incident/beside-killed", (r) => `قُتل ثلاثة عناصر من ${r.g.text} في قصف، فيما ${r.v.perfect(r.n.text, r.g.text)} ${r.d.text}.`, (r) => counted(r, r.d.date)],
  // (round 12) «عدد/أعداد» that mean "several/many"; a tally beside a dated incident, a place-bound one, a figure under a
  // hundred, or in another sentence: the incident keeps its figure.
  ["incident/several", (r) => `${r.v.perfect(r.n.text, r.g.text)}، ${r.sv}.`, (r) => counted(r)],
  ["incident/count-of-day", (r) => `${r.v.perfect(r.n.text, r.g.text)} ${r.d.text}، ${r.ck}.`, (r) => counted(r, r.d.date)],
  ["incident/count-of-place", (r) => `${r.v.perfect(r.n.text, r.g.text)} ${r.p}، ${r.ck}.`, (r) => counted(r)],
  ["incident/count-of-small", (r) => `${r.v.perfect(r.sm.text, r.g.text)}، ${r.ck}.`, (r) => [ev(r.g.id, r.sm.count, r.v.kind)]],
  ["incident/count-of-other-sentence", (r) => `${r.v.perfect(r.n.text, r.g.text)}. وارتفع عدد القتلى في صفوفها إلى 450 عنصراً.`, (r) => counted(r)],
];

/** A template's sentences, each text once (a template that reads few slots repeats itself). */
function casesOf([name, sentence, events]: Template): ConventionCase[] {
  const seen = new Set<string>();
  const out: ConventionCase[] = [];
  for (const r of ROWS) {
    const text = sentence(r);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ id: `tallies/${name}/${out.length}`, text, events: events(r) });
  }
  return out;
}

export const TALLY_CASES: ConventionCase[] = TEMPLATES.flatMap(casesOf);

/** The templates whose event must also carry the review flag (its figure set aside as a statistic's). */
export const REVIEW_TEMPLATES: readonly string[] = TEMPLATES.map(([name]) => name).filter((n) => n.startsWith("statistic/"));
