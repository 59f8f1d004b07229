/**
 * The "battles" family (round 8, issue 10): battle and tally reports, whose words of flight and surrender
 * are no one leaving a group. A unit routed under fire or before an advance, with its dead counted beside it
 * ("فرّ عناصر X من مواقعهم بعد مقتل 15 منهم"); fighters who surrender in the fight and are taken prisoner;
 * the tally of a battle or of a year's battles, killed, captured and fled ("حصيلة المعارك: 40 قتيلاً و20
 * أسيراً وفرار العشرات"); a casualty statement with a clause of flight. Conventions (../shared/dev-reports*
 * /README.md, data/dev/README.md): killed, wounded, captured are never defector counts; captured enemy fighters,
 * an ordered withdrawal and attackers who "fled" a battle are no event; armed men handing themselves over to the
 * other side outside a fight are a defection to that side — the minimal pairs at the end tell those, and a
 * defection told in the same sentence as a battle's dead. Round 10: a tally of losses told in a later sentence, with a
 * flight of a hundred or more in it and no word of the fight in its own sentence (`later-tally/…`), and its pairs.
 *
 * Left out as honestly ambiguous: a besieged group's fighters surrendering en masse (the conventions make it an
 * optional defection, which a ConventionCase cannot say), and a year's count of deserters (a running total
 * with its own period is an event; a battle tally is not).
 * Written from the language, never from a report of data/. Case ids "battles/<template>/<n>".
 */
import { about, ev, TENS, type ConventionCase, type ExpectedEvent, type Triple } from "../../extract/conventions/types";
import { product } from "./product";
import { CAP, distinct, thin } from "./negatives-slots";

interface Side {
  /** The group fought, as outlets name it. */
  text: string;
  id: string;
  /** Its enemy in the fight, and the side its men hand themselves over to. */
  enemy: string;
}

const SIDES: readonly Side[] = [
  { text: "قوات النظام", id: "syrian-army", enemy: "فصائل المعارضة" },
  { text: "قسد", id: "sdf", enemy: "فصائل الجيش الوطني" },
  { text: "تنظيم داعش", id: "isis", enemy: "قوات سوريا الديمقراطية" },
  { text: "هيئة تحرير الشام", id: "hts", enemy: "قوات النظام" },
  { text: "الفرقة الرابعة", id: "4th-division", enemy: "الفصائل المقاتلة" },
  { text: "ميليشيا الدفاع الوطني", id: "ndf", enemy: "فصائل المعارضة" },
  { text: "الجيش الوطني السوري", id: "sna", enemy: "قوات سوريا الديمقراطية" },
  { text: "حزب الله", id: "hezbollah", enemy: "الفصائل المقاتلة" },
];

/** The dead: a figure after "مقتل" (genitive), and the same as a subject of the passive "قُتل". */
const KILLED: ReadonlyArray<{ gen: string; nom: string; tally: string }> = [
  { gen: "15 عنصراً", nom: "15 عنصراً", tally: "15 قتيلاً" },
  { gen: "ثمانية عناصر", nom: "ثمانية عناصر", tally: "ثمانية قتلى" },
  { gen: "أكثر من 40 مقاتلاً", nom: "أكثر من 40 مقاتلاً", tally: "أكثر من 40 قتيلاً" },
  { gen: "120 عنصراً", nom: "120 عنصراً", tally: "120 قتيلاً" },
];

/** Those who fled or surrendered: a figure, a vague plural, the rest. */
const FLED: readonly string[] = ["العشرات", "المئات", "50 آخرون", "الباقون", "عدد من العناصر"];
/** The same in the genitive, after a verbal noun ("وفرار العشرات"). */
const FLED_GEN: readonly string[] = ["العشرات", "المئات", "50 آخرين", "الباقين", "عدد من العناصر"];
/** The captured, in a tally; and as the object of "أسر" (captured 20 others). */
const CAPTURED: readonly string[] = ["20 أسيراً", "سبعة أسرى", "عشرات الأسرى"];
const CAPTURED_OBJ: readonly string[] = ["20 آخرين", "سبعة آخرين", "عشرات آخرين"];
/** Part of a unit, before "من عناصر X". */
const SOME_OF: readonly string[] = ["العشرات", "المئات", "نحو 50", "أكثر من 100", "عشرات"];
/** Verbs of flight in a fight. */
const FLEE: readonly string[] = ["فرّ", "هرب", "انسحب وفرّ", "لاذ بالفرار"];
const PLACES: readonly string[] = ["ريف حماة الشمالي", "ريف دير الزور الشرقي", "محيط مدينة الباب", "بادية تدمر"];

interface Row {
  s: Side;
  k: (typeof KILLED)[number];
  f: number;
  v: string;
  p: string;
}
const ROWS: Row[] = product({ s: SIDES, k: KILLED, f: FLED.map((_, i) => i), v: FLEE, p: PLACES });
/** "لاذ بالفرار" takes its subject between its two words: "لاذ العشرات بالفرار". */
const fled = (r: Row, subject: string): string => (r.v === "لاذ بالفرار" ? `لاذ ${subject} بالفرار` : `${r.v} ${subject}`);

type NoEventTemplate = [name: string, sentence: (r: Row) => string];

/** Routs, surrenders in the fight, tallies and casualty statements: no one left a group. */
const NO_EVENT: NoEventTemplate[] = [
  // a rout, with the unit's dead beside it
  ["rout-after-killed", (r) => `فرّ عناصر ${r.s.text} من مواقعهم في ${r.p} تحت القصف بعد مقتل ${r.k.gen} منهم.`],
  ["rout-before-advance", (r) => `انسحب وفرّ ${SOME_OF[r.f]} من عناصر ${r.s.text} أمام تقدم ${r.s.enemy} في ${r.p} أمس.`],
  ["killed-and-fled", (r) => `قُتل ${r.k.nom} من ${r.s.text} و${fled(r, FLED[r.f])} من مواقعهم خلال المعارك في ${r.p} أمس.`],
  ["resulted-killed-captured-fled", (r) => `أسفرت المعارك في ${r.p} عن مقتل ${r.k.gen} من ${r.s.text} وأسر ${CAPTURED_OBJ[r.f % CAPTURED_OBJ.length]}، فيما ${fled(r, FLED[r.f])} من مواقعهم.`],
  ["attack-killed-rest-fled", (r) => `شنت ${r.s.enemy} هجوماً على مواقع ${r.s.text} في ${r.p} أسفر عن مقتل ${r.k.gen}، بينما ${fled(r, FLED[r.f])} تاركين أسلحتهم.`],
  ["ambush-killed-fled", (r) => `قُتل ${r.k.nom} من ${r.s.text} في كمين نصبته ${r.s.enemy} في ${r.p}، و${fled(r, FLED[r.f])} تحت نيران المهاجمين.`],
  // tallies of a battle or of a year's battles
  ["tally-battle", (r) => `حصيلة المعارك في ${r.p}: ${r.k.tally} و${CAPTURED[r.f % CAPTURED.length]} من ${r.s.text} وفرار ${FLED_GEN[r.f]} من أرض المعركة.`],
  ["tally-losses", (r) => `بلغت حصيلة خسائر ${r.s.text} في معارك ${r.p} ${r.k.tally} و${CAPTURED[r.f % CAPTURED.length]}، فضلاً عن فرار ${FLED_GEN[r.f]} من مواقعهم.`],
  ["tally-year", (r) => `وثّق المرصد خلال العام الماضي مقتل ${r.k.gen} من ${r.s.text} في المعارك مع ${r.s.enemy}، وأسر ${CAPTURED[r.f % CAPTURED.length]}، وفرار ${FLED_GEN[r.f]} من جبهات ${r.p} أثناء الهجمات.`],
  ["toll-statement", (r) => `أعلنت ${r.s.enemy} في بيان حصيلة عملياتها في ${r.p}: مقتل ${r.k.gen} من ${r.s.text} وفرار ${FLED_GEN[r.f]} من أرض المعركة.`],
  // surrender in the fight: prisoners taken, not men going over
  ["surrendered-in-fight", (r) => `استسلم ${r.k.nom} من ${r.s.text} ل${r.s.enemy} خلال المعارك في ${r.p} ووقعوا في الأسر.`],
  ["white-flag", (r) => `رفع ${r.k.nom} من مقاتلي ${r.s.text} الراية البيضاء واستسلموا بعد اشتباكات عنيفة في ${r.p} أسفرت عن مقتل عدد من رفاقهم.`],
  ["surrendered-and-killed", (r) => `أسفر الهجوم على ${r.p} عن مقتل ${r.k.gen} من ${r.s.text} واستسلام ${FLED_GEN[r.f]} ووقوعهم في الأسر.`],
];

/**
 * A tally of losses told in a later sentence of a report about the fighting, with a flight of a hundred or more in it
 * and no word of the fight in its own sentence (round 10): the count of dead is a tally's ("ارتفع عدد قتلى X إلى …"،
 * "بلغ إجمالي قتلى X …"، "تشير حصيلة … إلى مقتل …"، "وفق إحصائية …"، "تكبدت X خسائر بلغت …"), the men who fled
 * are counted among its losses — a rout, no one leaving a group.
 */
const LEAD: (r: Row) => string = (r) => `تتواصل المواجهات بين ${r.s.text} و${r.s.enemy} في ${r.p} منذ أسابيع.`;
/** A hundred or more who fled: nominative after a verb, and after a verbal noun (the same forms). */
const MANY_FLED: readonly string[] = ["أكثر من 150 عنصراً", "نحو 200 عنصر", "300 عنصر", "المئات من العناصر", "120 آخرين"];
const manyFled = (r: Row): string => MANY_FLED[(r.f + r.p.length) % MANY_FLED.length];
const LATER_TALLIES: NoEventTemplate[] = [
  ["later-tally/count-rose", (r) => `${LEAD(r)} وارتفع عدد قتلى ${r.s.text} منذ مطلع الشهر إلى ${r.k.gen}، فيما ${fled(r, manyFled(r))} من مواقعهم.`],
  ["later-tally/total", (r) => `${LEAD(r)} وبلغ إجمالي قتلى ${r.s.text} خلال الشهر الماضي ${r.k.tally}، إلى جانب فرار ${manyFled(r)}.`],
  ["later-tally/toll", (r) => `${LEAD(r)} وتشير حصيلة الأسبوع إلى مقتل ${r.k.gen} من ${r.s.text} وفرار ${manyFled(r)} من نقاطهم.`],
  ["later-tally/statistics", (r) => `${LEAD(r)} ووفق إحصائية للمرصد، قُتل ${r.k.nom} من ${r.s.text} منذ بداية العام، بينما ${fled(r, manyFled(r))} من مواقعهم.`],
  ["later-tally/losses", (r) => `${LEAD(r)} وتكبدت ${r.s.text} خسائر بلغت ${r.k.tally}، كما ${fled(r, manyFled(r))} من مواقعهم.`],
  // the flight first, the tally of the dead after it in the same sentence
  ["later-tally/flight-first", (r) => `${LEAD(r)} و${fled(r, manyFled(r))} من مواقعهم خلال الأسبوع الماضي، في حين بلغ عدد قتلى ${r.s.text} ${r.k.gen}.`],
];

/** The people of a pair: a subject and the count it carries. */
const MEN: ReadonlyArray<{ text: string; count: Triple | null }> = [
  { text: "12 عنصراً", count: [12, 12, 12] },
  { text: "سبعة عناصر", count: [7, 7, 7] },
  { text: "نحو 60 مقاتلاً", count: about(60) },
  { text: "عشرات العناصر", count: TENS },
];

type EventTemplate = [name: string, sentence: (r: Row, m: (typeof MEN)[number]) => string, event: (r: Row, m: (typeof MEN)[number]) => ExpectedEvent];
const defected = (r: Row, m: (typeof MEN)[number]) => ev(r.s.id, m.count, "defection");

/** Minimal pairs: the same battle words, and an incident of leaving that the conventions count. */
const PAIRS: EventTemplate[] = [
  // handing oneself over to the other side outside a fight is a defection to that side
  ["handed-over", (r, m) => `سلّم ${m.text} من ${r.s.text} أنفسهم ل${r.s.enemy} في ${r.p} أمس.`, defected],
  ["handed-over-settlement", (r, m) => `سلّم ${m.text} من ${r.s.text} أنفسهم مع أسلحتهم ل${r.s.enemy} في ${r.p} أمس بعد التواصل معها.`, defected],
  // a defection told beside a battle's dead
  ["killed-while-others-defected", (r, m) => `قُتل ${r.k.nom} من ${r.s.text} في المعارك، بينما انشق ${m.text} عن ${r.s.text} وانضموا إلى ${r.s.enemy} في ${r.p} أمس.`, defected],
  ["fled-ranks-joined-enemy", (r, m) => `فرّ ${m.text} من صفوف ${r.s.text} خلال المعارك في ${r.p} أمس وانضموا إلى ${r.s.enemy}.`, defected],  // (round 10) a defection told beside a toll, and beside a later tally of losses: still an incident
  ["killed-three-defected", (r, m) => `قُتل ثلاثة عناصر من ${r.s.text} وانشق ${m.text} في ${r.p} أمس.`, defected],
  ["later-tally-defected", (r, m) => `${LEAD(r)} وارتفع عدد قتلى ${r.s.text} منذ مطلع الشهر إلى ${r.k.gen}، فيما انشق ${m.text} عن ${r.s.text} أمس وانضموا إلى ${r.s.enemy}.`, defected],
  ["later-tally-fled-first-over", (r, m) => `${LEAD(r)} وفرّ ${m.text} من صفوف ${r.s.text} إلى مناطق سيطرة ${r.s.enemy} أمس، في حين بلغ عدد قتلى ${r.s.text} ${r.k.gen}.`, defected],
  ["later-tally-fled-over", (r, m) => `${LEAD(r)} وبلغ إجمالي قتلى ${r.s.text} خلال الشهر الماضي ${r.k.tally}، فيما فرّ ${m.text} من صفوف ${r.s.text} أمس وانضموا إلى ${r.s.enemy}.`, defected],
];

const rowsOf = (n: number) => thin(ROWS, n);

export const BATTLE_CASES: ConventionCase[] = [
  ...[...NO_EVENT, ...LATER_TALLIES].flatMap(([name, sentence]) => distinct(rowsOf(CAP).map(sentence)).map((text, k) => ({ id: `battles/${name}/${k}`, text, events: [] }))),
  ...PAIRS.flatMap(([name, sentence, event]) => {
    const cases = rowsOf(CAP).map((r, k) => ({ text: sentence(r, MEN[k % MEN.length]), events: [event(r, MEN[k % MEN.length])] }));
    // (a template that reads few slots repeats itself: each text once)
    return cases.filter((c, k) => cases.findIndex((d) => d.text === c.text) === k).map((c, k) => ({ id: `battles/pairs/${name}/${k}`, ...c }));
  }),
];
