/**
 * The "shapes" family (round 16, r16-shapes): one story told in the shapes `npm run -s eval:shapes` found failing on
 * real-tune, one template or more each, written from the grammar of Arabic news, never copied from a report.
 * P = 2022-03-16 (the corpus default, a Wednesday).
 *
 * - `testimony/…`: a defector's own words quoted after the incident («وقال أحد المنشقين لـ"عنب بلدي": "قررنا ترك
 *   مواقعنا…"»): «أحد المنشقين» picks one of the men told already (a partitive of a definite plural), and the quote,
 *   in the first person, retells their own incident: one event, its figure the incident's ("There is one event per
 *   distinct incident", ../shared/dev-reports/README.md "Events"). Negative (`testimony-not/…`): «انشق أحد عناصر X»
 *   (a partitive of the group's men, not of the defectors) is a one-man incident, count 1.
 * - `update/…`: a later sentence that confirms the figure («وأكد مصدر … أن عدد المنشقين بلغ N») or raises it
 *   («وارتفع عدد المنشقين لاحقاً إلى M»، «ثم لحق بهم آخرون، ليصل عددهم إلى M»): "A running total replaces an earlier
 *   figure" (../shared/dev-reports/README.md "Counts"): one event, counted N or M. (A total with a period of its own
 *   after an incident is left out: docs/extraction.md calls it honestly ambiguous.)
 * - `bullets/…`: one story's sentences as list items («- »), the later ones coordinated by «و» and telling the incident
 *   again: one event (a retelling folds). Negative (`bullets-not/…`): items with incidents of their own (a group and a
 *   figure each), with or without «و»: one event each. (r17) The list's first item after a headline with the figure
 *   (`bullets/first-item-after-headline`), items linked by «وقد»، «كما» (no teller or day of its own)، «أما … فـ»
 *   (`bullets/linked-items`): one event; «كما» with a day of its own (`bullets-not/kama-with-a-day`): two.
 * - `hiding/…` (round 17, d33 in eval:shapes): a plain defection, a sentence between that goes on about the men (one
 *   of them quoted, their origin, number or defection), then their hiding or unknown whereabouts told by a definite back reference («كان
 *   المنشقون يختبئون»، «ولم تعرف وجهتهم»): they "went into hiding, or somewhere unknown": a desertion (README "Kinds").
 *   Negatives (`hiding-not/…`): a sentence on something else between (reinforcements, the dead of a battle; as
 *   kind.test.ts' round-15 row), or another incident told between: the first stays a defection.
 * - `update/undated-beside-a-dated-part` (round 17, d31): an undated update of the figure, then one of the men's own
 *   flight with a narrower day: the incident keeps the range of the telling whose figure the update takes up.
 * - `dateline/…`: a date line at the head of the body («الأربعاء 16 آذار 2022 — ») names the day of publication, not
 *   the incident's: an incident with no date of its own keeps the default [P−7, P] (dev-reports README "Dates").
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { familyCases, product } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 40;

const cases = familyCases("shapes", PER_TEMPLATE);

/** Groups left, as written after «عن/من». */
const LEFT: ReadonlyArray<{ id: string; name: string }> = [
  { id: "syrian-army", name: "قوات النظام" },
  { id: "sdf", name: "قسد" },
  { id: "isis", name: "تنظيم داعش" },
  { id: "hts", name: "هيئة تحرير الشام" },
  { id: "ndf", name: "ميليشيا الدفاع الوطني" },
];

/** The incident's sentence: a defection told with its figure and day. */
const INCIDENTS: ReadonlyArray<{ text: (g: string) => string; count: number }> = [
  { text: (g) => `انشق 12 عنصراً من ${g} أمس ووصلوا إلى مناطق سيطرة المعارضة.`, count: 12 },
  { text: (g) => `وانشق أمس 5 عناصر عن ${g}، والتحقوا بفصائل المعارضة في ريف حلب.`, count: 5 },
  { text: (g) => `قال ناشطون إن 30 عنصراً انشقوا عن ${g} أمس ووصلوا إلى إدلب.`, count: 30 },
];

// ---- testimony ----
const SPEAKERS: readonly string[] = ["وقال أحد المنشقين", "وقال أحد الفارين", "وروى أحد المنشقين", "وقال أحد العناصر المنشقين"];
const OUTLETS: readonly string[] = ["لـ\"عنب بلدي\"", "لموقع \"السورية نت\"", "في حديث لـ\"تلفزيون سوريا\""];
const QUOTES: readonly string[] = [
  "قررنا ترك مواقعنا بعد أن تأخرت رواتبنا أشهراً، ولم نعد نحتمل الإهانات",
  "انشققنا لأننا رفضنا قتال أهلنا، وخرجنا ليلاً دون أن يرانا أحد",
  "مشينا ثلاثة أيام بين القرى والبساتين، وكان الخوف يرافقنا طوال الطريق",
  "هربنا من الحاجز عند منتصف الليل، وكان معنا سلاحنا الفردي فقط",
];
const TESTIMONY: ConventionCase[] = cases(
  "testimony/after-incident",
  product({ incident: INCIDENTS, speaker: SPEAKERS, outlet: OUTLETS, quote: QUOTES, group: LEFT }).map(({ incident, speaker, outlet, quote, group }) => ({
    text: `${incident.text(group.name)} ${speaker} ${outlet}: "${quote}".`,
    events: [ev(group.id, incident.count, "defection")],
  })),
);
const TESTIMONY_NOT: ConventionCase[] = cases(
  "testimony-not/one-of-the-men",
  product({ men: ["عناصر", "مقاتلي", "جنود"], group: LEFT, tail: ["ووصل إلى مناطق سيطرة المعارضة", "والتحق بفصائل المعارضة"] }).map(({ men, group, tail }) => ({
    text: `انشق أحد ${men} ${group.name} أمس ${tail}.`,
    events: [ev(group.id, 1, "defection")],
  })),
);

// ---- update ----
const SOURCES: readonly string[] = ["مصدر محلي", "ناشطون", "المرصد"];
const confirmed = (who: string, n: number) => `${who === "ناشطون" ? "وأكد ناشطون" : `وأكد ${who}`} في وقت لاحق أن عدد المنشقين بلغ ${n} ${n <= 10 ? "عناصر" : "عنصراً"}.`;
const UPDATES: ConventionCase[] = [
  ...cases(
    "update/confirmed",
    product({ incident: INCIDENTS, who: SOURCES, group: LEFT }).map(({ incident, who, group }) => ({
      text: `${incident.text(group.name)}\n${confirmed(who, incident.count)}`,
      events: [ev(group.id, incident.count, "defection")],
    })),
  ),
  ...cases(
    "update/raised",
    product({ incident: INCIDENTS, tail: ["", "، بحسب المصدر ذاته"], group: LEFT }).map(({ incident, tail, group }) => ({
      text: `${incident.text(group.name)}\nوارتفع عدد المنشقين لاحقاً إلى ${incident.count + 6} عنصراً${tail}.`,
      events: [ev(group.id, incident.count + 6, "defection")],
    })),
  ),
  ...cases(
    "update/joined",
    product({ incident: INCIDENTS, later: ["", " في وقت لاحق"], group: LEFT }).map(({ incident, later, group }) => ({
      text: `${incident.text(group.name)}\nثم لحق بهم آخرون${later}، ليصل عددهم إلى ${incident.count + 6} عنصراً.`,
      events: [ev(group.id, incident.count + 6, "defection")],
    })),
  ),
];

// ---- hiding told after a sentence between (round 17) ----
/** An incident with no side reached, told plainly (a defection by its verb alone). */
const PLAIN_INCIDENTS: ReadonlyArray<(g: string) => string> = [
  (g) => `انشق 18 عنصراً عن ${g} أمس.`,
  (g) => `قالت مصادر محلية إن 18 عنصراً انشقوا عن ${g} أمس.`,
];
/** A sentence between the incident and its men's hiding: their own words, their origin, or nothing of them. */
const BETWEEN: readonly string[] = [
  "وقال أحد المنشقين لـ\"عنب بلدي\": \"قررنا ترك مواقعنا بعد أن تأخرت رواتبنا أشهراً\".",
  "وأوضح المصدر أن المنشقين ينحدرون من ريف حلب الجنوبي.",
  "وجاء انشقاقهم بعد أشهر من تأخر الرواتب.",
  "وبلغ عددهم 18 عنصراً بحسب المصدر.",
];
/** A sentence between on something else: the reference no longer reaches the men (kind.test.ts, round 15). */
const OTHER_TOPIC: readonly string[] = ["وكانت الميليشيا قد نشرت تعزيزات في المنطقة.", "وبلغ عدد القتلى في المعارك 12 عنصراً."];
/** The men's whereabouts, told of them by a definite back reference. */
const HIDING: readonly string[] = [
  "وأضاف أن دورية دهمت منازل كان المنشقون يختبئون فيها.",
  "ولا يزال المنشقون متوارين عن الأنظار حتى الآن.",
  "ولم تعرف وجهتهم حتى الآن.",
];
const HIDDEN_AFTER: ConventionCase[] = cases(
  "hiding/told-after-another-sentence",
  product({ incident: PLAIN_INCIDENTS, between: BETWEEN, hiding: HIDING, group: LEFT }).map(({ incident, between, hiding, group }) => ({
    text: `${incident(group.name)} ${between} ${hiding}`,
    events: [ev(group.id, 18, "desertion", ["2022-03-15", "2022-03-15"])],
  })),
);
/** Negatives: a sentence on something else between: the first incident stays a defection (kind.test.ts, round 15). */
const HIDDEN_AFTER_TOPIC: ConventionCase[] = cases(
  "hiding-not/another-topic-between",
  product({ incident: PLAIN_INCIDENTS, between: OTHER_TOPIC, hiding: HIDING.slice(0, 2), group: LEFT }).map(({ incident, between, hiding, group }) => ({
    text: `${incident(group.name)} ${between} ${hiding}`,
    events: [ev(group.id, 18, "defection", ["2022-03-15", "2022-03-15"])],
  })),
);
/** Negatives: another incident told between: the hiding is its men's, the first incident stays a defection. */
const HIDDEN_AFTER_NOT: ConventionCase[] = cases(
  "hiding-not/another-incident-between",
  product({ group: LEFT.slice(0, 3), other: LEFT.slice(3), hiding: HIDING }).map(({ group, other, hiding }) => ({
    text: `انشق 12 عنصراً عن ${group.name} أمس. وفي ريف دير الزور، فرّ 5 عناصر من ${other.name} أمس. ${hiding.replace("المنشقون", "الفارون")}`,
    events: [ev(group.id, 12, "defection", ["2022-03-15", "2022-03-15"]), ev(other.id, 5, "desertion", ["2022-03-15", "2022-03-15"])],
  })),
);

// ---- an undated update of the figure beside a part with a day of its own (round 17) ----
const UNDATED_UPDATES: ReadonlyArray<{ text: string; count: number }> = [
  { text: "وأكد مصدر محلي في وقت لاحق أن عدد المنشقين بلغ 25 عنصراً.", count: 25 },
  { text: "وارتفع عدد المنشقين لاحقاً إلى 31 عنصراً، بحسب المصدر ذاته.", count: 31 },
  { text: "ثم لحق بهم آخرون في وقت لاحق، ليصل عددهم إلى 31 عنصراً.", count: 31 },
];
const PART_WITH_DAY: readonly string[] = [
  "وتمكّن أحد المنشقين، ويدعى \"فهد\"، من الفرار مع عدد من رفاقه إلى مناطق سيطرة المعارضة قبل يومين.",
  "وكان أحدهم قد فرّ مع عدد من رفاقه إلى مناطق سيطرة المعارضة أول أمس.",
];
const UPDATE_UNDATED: ConventionCase[] = cases(
  "update/undated-beside-a-dated-part",
  product({ update: UNDATED_UPDATES, part: PART_WITH_DAY, group: LEFT }).map(({ update, part, group }) => ({
    text: `انشق نحو 25 عنصراً عن ${group.name} في ريف حلب خلال اليومين الماضيين.\n${update.text}\n${part}`,
    events: [ev(group.id, update.count, "defection", ["2022-03-14", "2022-03-16"])],
  })),
);

// ---- dateline ----
const DATELINES: readonly string[] = ["الأربعاء 16 آذار 2022 — ", "الأربعاء 16 مارس 2022 — ", "دمشق - الأربعاء 16 آذار/مارس 2022 — "];
const UNDATED: ReadonlyArray<(g: string) => string> = [
  (g) => `انشق 12 عنصراً من ${g} ووصلوا إلى مناطق سيطرة المعارضة، بحسب ناشطين.`,
  (g) => `قالت مصادر محلية إن 12 عنصراً انشقوا عن ${g} والتحقوا بفصائل المعارضة.`,
];
const DATELINE: ConventionCase[] = cases(
  "dateline/undated-incident",
  product({ line: DATELINES, incident: UNDATED, group: LEFT }).map(({ line, incident, group }) => ({
    text: `${line}${incident(group.name)}`,
    events: [ev(group.id, 12, "defection", ["2022-03-09", "2022-03-16"])],
  })),
);

// ---- bullets ----
/** One story's sentences as list items, the later ones coordinated by «و» and telling the incident again. */
const RETOLD_ITEMS: ReadonlyArray<(g: string) => string> = [
  () => "- وأكد ناشطون انشقاق العناصر الـ12 ووصولهم إلى إدلب.",
  () => "- وذكرت مصادر محلية أن المنشقين الـ12 فروا بأسلحتهم الفردية.",
  (g) => `- وأفاد المصدر بأن العناصر انشقوا عن ${g} بعد تأخر رواتبهم.`,
];
const BULLETS: ConventionCase[] = cases(
  "bullets/one-story",
  product({ group: LEFT, middle: ["", "- وتوجه المنشقون إلى مناطق سيطرة المعارضة.\n"], retold: RETOLD_ITEMS }).map(({ group, middle, retold }) => ({
    text: `انشقاق عناصر من ${group.name}\n- انشق 12 عنصراً من ${group.name} أمس في ريف حلب.\n${middle}${retold(group.name)}`,
    events: [ev(group.id, 12, "defection")],
  })),
);
/** (r17) The list's first item after a headline that tells the story with its figure (and a byline between or not). */
const BULLETS_FIRST: ConventionCase[] = cases(
  "bullets/first-item-after-headline",
  product({ group: LEFT, byline: ["", "إسطنبول - وكالات\n"], item: ["انشق 12 عنصراً من", "أفادت مصادر محلية بانشقاق 12 عنصراً من"] }).map(({ group, byline, item }) => ({
    text: `انشقاق 12 عنصراً من ${group.name}\n${byline}- ${item} ${group.name} أمس في ريف حلب.\n- ولم تُعرف أسباب انشقاقهم حتى الآن.`,
    events: [ev(group.id, 12, "defection", ["2022-03-15", "2022-03-15"])],
  })),
);
/**
 * (r17) … told by an outlet on a weekday (the day only bounds it, [day−7, day]; dev-reports README "Announcements"),
 * under a headline with a kicker or not («وصلوا إلى إدلب.. انشقاق …», as d30, r02).
 */
const BULLETS_FIRST_TOLD: ConventionCase[] = cases(
  "bullets/first-item-told-by-an-outlet",
  product({ group: LEFT, kicker: ["", "وصلوا إلى إدلب.. ", "في ضربة جديدة.. "], byline: ["", "إسطنبول - وكالات\n"], tail: ["ووصلوا إلى محافظة إدلب", "والتحقوا بفصائل المعارضة"] }).map(({ group, kicker, byline, tail }) => ({
    text: `${kicker}انشقاق 12 عنصراً من ${group.name}\n${byline}- نقلت وكالة الأناضول عن مصادر خاصة، الأحد، أن 12 عنصراً من ${group.name} انشقوا ${tail}.\n- وسلّم المنشقون أسلحتهم لفصائل المعارضة.`,
    events: [ev(group.id, 12, "defection", ["2022-03-06", "2022-03-13"])],
  })),
);
/** (r17) Later items linked to the one before by a particle: «وقد»، «كما» with no teller or day of its own, «أما … فـ». */
const LINKED_ITEMS: ReadonlyArray<(g: string) => string> = [
  (g) => `- وقد أعلن العناصر الـ12 انشقاقهم عن ${g} في تسجيل مصور.`,
  () => "- كما أكدت المصادر ذاتها انشقاق العناصر الـ12 ووصولهم إلى إدلب.",
  () => "- أما العناصر الـ12 فقد انشقوا بعد تأخر رواتبهم أشهراً.",
];
const BULLETS_LINKED: ConventionCase[] = cases(
  "bullets/linked-items",
  product({ group: LEFT, linked: LINKED_ITEMS }).map(({ group, linked }) => ({
    text: `أبرز الأحداث:\n- انشق 12 عنصراً من ${group.name} أمس في ريف حلب.\n- وتوجه المنشقون إلى مناطق سيطرة المعارضة.\n${linked(group.name)}`,
    events: [ev(group.id, 12, "defection", ["2022-03-15", "2022-03-15"])],
  })),
);
/** Negatives: «كما» with a day of its own opens another incident of the same group, in a list as in prose. */
const BULLETS_KAMA_NOT: ConventionCase[] = cases(
  "bullets-not/kama-with-a-day",
  product({ group: LEFT }).map(({ group }) => ({
    text: `أبرز الأحداث:\n- انشق 12 عنصراً من ${group.name} أمس في ريف حلب.\n- كما انشق اليوم 7 عناصر من ${group.name} في ريف إدلب.`,
    events: [ev(group.id, 12, "defection", ["2022-03-15", "2022-03-15"]), ev(group.id, 7, "defection", ["2022-03-16", "2022-03-16"])],
  })),
);
/** Negatives: items that tell incidents of their own, with and without «و», are other stories. */
const BULLETS_NOT: ConventionCase[] = cases(
  "bullets-not/own-incidents",
  product({ group: LEFT.slice(0, 3), other: LEFT.slice(3), wa: ["", "و"] }).map(({ group, other, wa }) => ({
    text: `أبرز الأحداث:\n- انشق 12 عنصراً من ${group.name} أمس في ريف حلب.\n- ${wa}فرّ 5 عناصر من ${other.name} أمس في ريف دير الزور.`,
    events: [ev(group.id, 12, "defection"), ev(other.id, 5, "desertion")],
  })),
);

export const SHAPE_CASES: ConventionCase[] = [...TESTIMONY, ...TESTIMONY_NOT, ...UPDATES, ...DATELINE, ...BULLETS, ...BULLETS_FIRST, ...BULLETS_FIRST_TOLD, ...BULLETS_LINKED, ...BULLETS_NOT, ...BULLETS_KAMA_NOT, ...HIDDEN_AFTER, ...HIDDEN_AFTER_TOPIC, ...HIDDEN_AFTER_NOT, ...UPDATE_UNDATED];
