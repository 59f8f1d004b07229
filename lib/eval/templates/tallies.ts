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
 * (round 12) A running total after an incident of the same group told before it in the report ("فرّ 12 … أمس. وبذلك
 * ارتفعت حصيلة الفارين منذ بداية العام إلى 340") is no new event — it would count that incident twice — and the
 * incident keeps its figure and day: `after-incident/…`; after an incident of another group it is an event of its
 * period: `after-other-group/…`. "إجمالي" and "مجموع" head a total as "عدد" and "حصيلة" do: `period/grand-total-reached`,
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
}
const COUNTERS: readonly Counter[] = [
  { documented: "وثّق المرصد السوري لحقوق الإنسان", statistic: "إحصائية للمرصد السوري لحقوق الإنسان", per: "بحسب المرصد السوري لحقوق الإنسان" },
  { documented: "وثّقت شبكة الرصد المحلية", statistic: "إحصائية نشرتها شبكة الرصد المحلية", per: "وفق شبكة الرصد المحلية" },
  { documented: "وثّق مركز توثيق حقوقي", statistic: "إحصائيات مركز توثيق حقوقي", per: "حسب مركز توثيق حقوقي" },
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
}

/** Cases kept per template. */
const CAP = 36;
/** Every slot crossed, then thinned with a step prime to its length so that each slot varies from case to case. */
const ROWS: Row[] = thin(product({ g: GROUPS, n: FIGURES, v: VERBS, c: COUNTERS, t: PERIODS, d: DAYS, k: KILLINGS }), CAP);

/** The figure of a single incident told before a total. */
const SMALL: Figure = { text: "12 عنصراً", count: [12, 12, 12] };
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
  // (round 12) A total of a period after an incident of its group told in the report counts that incident again: the
  // incident's event only, its figure and day; after an incident of another group, an event of its own period.
  ["after-incident/toll-rose", (r) => `${r.v.perfect(SMALL.text, r.g.text)} ${r.d.text}. وبذلك ارتفعت حصيلة ${r.v.plural(r.g.text)} ${r.t.text} إلى ${r.n.text}، ${r.c.per}.`, (r) => [ev(r.g.id, SMALL.count, r.v.kind, r.d.date)]],
  ["after-incident/sum-reached", (r) => `${r.v.perfect(SMALL.text, r.g.text)} ${r.d.text}. وبلغ مجموع ${r.v.plural(r.g.text)} ${r.t.text} ${r.n.text}، ${r.c.per}.`, (r) => [ev(r.g.id, SMALL.count, r.v.kind, r.d.date)]],
  ["after-incident/count-reached", (r) => `${r.v.perfect(SMALL.text, r.g.text)} ${r.d.text}. وبلغ عدد ${r.v.plural(r.g.text)} ${r.t.text} ${r.n.text}، ${r.c.per}.`, (r) => [ev(r.g.id, SMALL.count, r.v.kind, r.d.date)]],
  ["after-other-group/toll-rose", (r) => `${r.v.perfect(SMALL.text, otherThan(r.g).text)} ${r.d.text}. وارتفعت حصيلة ${r.v.plural(r.g.text)} ${r.t.text} إلى ${r.n.text}، ${r.c.per}.`, (r) => [ev(otherThan(r.g).id, SMALL.count, r.v.kind, r.d.date), ...counted(r, r.t.date)]],
  // A statistic of flights alone, with no day or period of its own: kept for review, its figure set aside.
  ["statistic/documented", (r) => `${r.c.documented} ${r.v.masdarOf(r.n.text, r.g.text)}.`, setAside],
  ["statistic/points-to", (r) => `تشير ${r.c.statistic} إلى ${r.v.masdarOf(r.n.text, r.g.text)}.`, setAside],
  ["statistic/according", (r) => `وبحسب ${r.c.statistic}، ${r.v.perfect(r.n.text, r.g.text)}.`, setAside],
  ["statistic/count-reached", (r) => `بلغ عدد ${r.v.plural(r.g.text)} ${r.n.text}، ${r.c.per}.`, setAside],
  ["statistic/toll-rose", (r) => `ارتفعت حصيلة ${r.v.plural(r.g.text)} إلى ${r.n.text}، ${r.c.per}.`, setAside],
  // A statistic of a whole's losses: flights beside deaths, no day of their own.
  ["losses-statistic/beside", (r) => `${r.c.documented} ${r.v.masdarOf(r.n.text, r.g.text)}، إلى جانب ${r.k}.`, none],
  ["losses-statistic/and", (r) => `تشير ${r.c.statistic} إلى ${r.v.masdarOf(r.n.text, r.g.text)} و${r.k}.`, none],
  ["losses-statistic/while", (r) => `وبحسب ${r.c.statistic}، ${r.v.perfect(r.n.text, r.g.text)}، في وقت تتواصل فيه ${r.k.startsWith("عمليات") ? r.k : `أنباء ${r.k}`}.`, none],
  ["losses-statistic/killed-first", (r) => `${r.c.documented} ${r.k}، فضلاً عن ${r.v.masdarOf(r.n.text, r.g.text)}.`, none],
  // A total over the whole war: no incident.
  ["whole-war/count-reached", (r) => `بلغ عدد ${r.v.plural(r.g.text)} ${WHOLE_WAR[r.n.text.length % WHOLE_WAR.length]} ${r.n.text}، ${r.c.per}.`, none],
  // Single incidents with a large figure and a day of their own, also beside a statistic or a word of killing.
  ["incident/verb-day", (r) => `${r.v.perfect(r.n.text, r.g.text)} ${r.d.text}.`, (r) => counted(r, r.d.date)],
  ["incident/masdar-day", (r) => `${r.v.masdarOf(r.n.text, r.g.text)} ${r.d.text}.`, (r) => counted(r, r.d.date)],
  ["incident/documented-day", (r) => `${r.c.documented} ${r.v.masdarOf(r.n.text, r.g.text)} ${r.d.text}.`, (r) => counted(r, r.d.date)],
  ["incident/statistic-after", (r) => `${r.v.perfect(r.n.text, r.g.text)} ${r.d.text}، بحسب ${r.c.statistic}.`, (r) => counted(r, r.d.date)],
  ["incident/after-killing", (r) => `${r.v.perfect(r.n.text, r.g.text)} ${r.d.text} بعد مقتل قائدهم في قصف.`, (r) => counted(r, r.d.date)],
  ["incident/beside-killed", (r) => `قُتل ثلاثة عناصر من ${r.g.text} في قصف، فيما ${r.v.perfect(r.n.text, r.g.text)} ${r.d.text}.`, (r) => counted(r, r.d.date)],
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
