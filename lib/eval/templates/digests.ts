/**
 * The "digests" family (round 15, r15-digest): classes `npm run -s eval:digest` found when real reports are joined into
 * one round-up, one template each, written from the grammar of Arabic news, never copied from a report.
 *
 * - `turn-soldiers/…` (class 1, which group): an incident of a group, then a turn to another story («وفي سياق آخر،»،
 *   «وفي سياق منفصل،»، «من جهة أخرى،»، «على صعيد آخر،», or the next item of a bulleted list) that tells soldiers with
 *   no group of their own: the army's soldiers (impliedArmy), not the group of the story before the turn.
 *   Negatives (`turn-soldiers-not/…`): no turn, or «وفي سياق متصل،» (a related topic): the story goes on, and soldiers
 *   of it are the story's group's (roles.ts storyGroupOfSoldiers, round 13).
 * - `turn-same-group/…` (classes 2 and 3, follow-up incidents and one incident told twice): an incident of a group,
 *   then a turn to another story, and in that story a telling of the same group with no figure («وقال مصدر إن مجموعة
 *   من X انشقت أيضاً»، «وأوضح ناشطون أن فرار مجموعة من X جرى ليلاً»), or the next item of a list telling it: another
 *   incident, not the one before the turn (which keeps its own date). Negatives (`turn-same-group-not/…`): with no turn
 *   the telling continues the incident of its group told before (incidents.ts).
 */
import { ev, type ConventionCase } from "../../extract/conventions/types";
import { familyCases, product } from "./product";

/** Cases kept per template (an even, fixed thinning of each product). */
const PER_TEMPLATE = 40;
const P = "2021-03-18";

const cases = familyCases("digests", PER_TEMPLATE, P);

/** Groups that are not the army, as written after «من». */
const GROUPS: ReadonlyArray<{ id: string; name: string }> = [
  { id: "sdf", name: "قسد" },
  { id: "hts", name: "هيئة تحرير الشام" },
  { id: "isis", name: "تنظيم داعش" },
  { id: "sna", name: "الجيش الوطني" },
];
/** The first story: a figure of a group's men, its day and place. */
const FIRST: ReadonlyArray<{ text: (g: string) => string; n: number }> = [
  { text: (g) => `انشق 4 عناصر من ${g} أمس في ريف الحسكة.`, n: 4 },
  { text: (g) => `أفادت مصادر محلية بانشقاق 6 مقاتلين عن ${g} في ريف حلب الشمالي.`, n: 6 },
  { text: (g) => `وصل 3 منشقين عن ${g} إلى مناطق المعارضة أمس.`, n: 3 },
];
/** Soldiers told with no group of their own, their figure, in another place. */
const SOLDIERS: ReadonlyArray<{ text: string; n: number }> = [
  { text: "انشق 30 عسكرياً في ريف القنيطرة.", n: 30 },
  { text: "أعلن ناشطون انشقاق 25 جندياً في ريف درعا الغربي.", n: 25 },
  { text: "تمكن 12 عسكرياً من الانشقاق في ريف حماة.", n: 12 },
];
/** Turns to another story at a sentence's opening. */
const TURNS: readonly string[] = ["وفي سياق آخر، ", "وفي سياق منفصل، ", "من جهة أخرى، ", "على صعيد آخر، "];

const TURN_SOLDIERS: ConventionCase[] = [
  ...cases(
    "turn-soldiers/turn",
    product({ g: GROUPS, first: FIRST, turn: TURNS, soldiers: SOLDIERS, sep: [" ", "\n"] }).map(({ g, first, turn, soldiers, sep }) => ({
      text: `عنوان الخبر\n${first.text(g.name)}${sep}${turn}${soldiers.text}`,
      events: [ev(g.id, first.n), ev("syrian-army", soldiers.n)],
    })),
  ),
  ...cases(
    "turn-soldiers/bullets",
    product({ g: GROUPS, first: FIRST, soldiers: SOLDIERS, mark: ["- ", "• ", "* "] }).map(({ g, first, soldiers, mark }) => ({
      text: `أبرز الأحداث:\n${mark}${first.text(g.name)}\n${mark}${soldiers.text}`,
      events: [ev(g.id, first.n), ev("syrian-army", soldiers.n)],
    })),
  ),
];
/** The story goes on (no turn, or a related topic): its soldiers are its group's. */
const TURN_SOLDIERS_NOT: ConventionCase[] = cases(
  "turn-soldiers-not/story-goes-on",
  product({ g: GROUPS, first: FIRST, turn: ["", "وفي سياق متصل، "], soldiers: SOLDIERS }).map(({ g, first, turn, soldiers }) => ({
    text: `عنوان الخبر\n${first.text(g.name)} ${turn}${soldiers.text}`,
    events: [ev(g.id, first.n), ev(g.id, soldiers.n)],
  })),
);

/** The default range of a telling with no date of its own, published on P: the week before and the day itself. */
const WEEK: [string, string] = ["2021-03-11", "2021-03-18"];
const TODAY: [string, string] = ["2021-03-18", "2021-03-18"];
/** A telling of the group with no figure, after the other incident of the new story. */
const SAME_GROUP_AGAIN: ReadonlyArray<{ text: (g: string) => string; kind: "defection" | "desertion" }> = [
  { text: (g) => `وقال مصدر إن مجموعة من ${g} انشقت أيضاً في المدينة.`, kind: "defection" },
  { text: (g) => `وأوضح ناشطون أن فرار مجموعة من ${g} جرى ليلاً.`, kind: "desertion" },
];
const TURN_SAME_GROUP: ConventionCase[] = [
  ...cases(
    "turn-same-group/later-sentence",
    product({ g: GROUPS, n: [4, 5, 7], turn: TURNS, again: SAME_GROUP_AGAIN, sep: [" ", "\n"] }).map(({ g, n, turn, again, sep }) => ({
      text: `عنوان الخبر\nانشق ${n} عناصر من ${g.name} في ريف الحسكة.${sep}${turn}انشق اليوم 14 عنصراً من قوات النظام في مدينة دير الزور. ${again.text(g.name)}`,
      events: [ev(g.id, n, "defection", WEEK), ev("syrian-army", 14, "defection", TODAY), ev(g.id, null, again.kind)],
    })),
  ),
  ...cases(
    "turn-same-group/bullets",
    product({ g: GROUPS, n: [4, 5, 7], mark: ["- ", "• ", "* "], second: ["أعلن ناشطون انشقاق مجموعة من", "انشق عناصر من"] }).map(({ g, n, mark, second }) => ({
      text: `أبرز الأحداث:\n${mark}انشق ${n} عناصر من ${g.name} في ريف الحسكة.\n${mark}${second} ${g.name} في ريف دير الزور.`,
      events: [ev(g.id, n), ev(g.id, null)],
    })),
  ),
];
/** No turn: the telling of the same group continues the incident told before. */
const TURN_SAME_GROUP_NOT: ConventionCase[] = cases(
  "turn-same-group-not/no-turn",
  product({ g: GROUPS, n: [4, 5, 7], lead: ["", "وفي سياق متصل، "] }).map(({ g, n, lead }) => ({
    text: `عنوان الخبر\nانشق ${n} عناصر من ${g.name} في ريف الحسكة. ${lead}وانشق اليوم 14 عنصراً من قوات النظام في مدينة دير الزور. وقال مصدر إن مجموعة من ${g.name} انشقت أيضاً.`,
    events: [ev(g.id, n), ev("syrian-army", 14, "defection", TODAY)],
  })),
);

/**
 * (r15-digest2) «كما» chaining: «كما» adds to the story, but «كما» with a verb of telling and a teller of its own (an
 * indefinite «ناشطون»، «نشطاء»، «مصادر», or a body named by its name) brings a new item of news: another story.
 */
const KAMA_TELLER: ReadonlyArray<{ text: (what: string) => string }> = [
  { text: (what) => `كما أعلن ناشطون ${what}` },
  { text: (what) => `كما تحدث نشطاء، الجمعة، عن ${what}` },
  { text: (what) => `كما أعلن اتحاد تنسيقيات الثورة السورية ${what}` },
  { text: (what) => `كما ذكرت وكالة الأناضول أمس ${what}` },
];
const KAMA_SOLDIERS: ReadonlyArray<{ text: string; n: number }> = [
  { text: "انشقاق 30 عسكرياً في ريف القنيطرة.", n: 30 },
  { text: "انشقاق 25 جندياً في ريف درعا الغربي.", n: 25 },
  { text: "تأمين انشقاق 12 عسكرياً في ريف حماة.", n: 12 },
];
const KAMA: ConventionCase[] = [
  ...cases(
    "kama-teller/soldiers",
    product({ g: GROUPS, first: FIRST, teller: KAMA_TELLER, soldiers: KAMA_SOLDIERS }).map(({ g, first, teller, soldiers }) => ({
      text: `عنوان الخبر\n${first.text(g.name)} ${teller.text(soldiers.text)}`,
      events: [ev(g.id, first.n), ev("syrian-army", soldiers.n)],
    })),
  ),
  ...cases(
    "kama-teller/same-group",
    product({ g: GROUPS, n: [4, 5, 7], teller: KAMA_TELLER }).map(({ g, n, teller }) => ({
      text: `عنوان الخبر\nانشق ${n} عناصر من ${g.name} في ريف الحسكة. ${teller.text(`انشقاق مجموعة من ${g.name} في ريف دير الزور.`)} وأوضح ناشطون أن فرار المجموعة جرى ليلاً.`,
      events: [ev(g.id, n), ev(g.id, null)],
    })),
  ),
];
/** «كما» with no teller of its own, or the story's own («المصادر»، «المصدر», a pronoun): the story goes on. */
const KAMA_NOT: ConventionCase[] = cases(
  "kama-teller-not/story-goes-on",
  product({
    g: GROUPS,
    first: FIRST,
    more: [
      { text: "كما انشق 30 عسكرياً آخرون في المنطقة.", n: 30 },
      { text: "كما أفادت المصادر بانشقاق 25 جندياً في المنطقة.", n: 25 },
      { text: "كما ذكر المصدر أن 12 عسكرياً انشقوا أيضاً.", n: 12 },
      { text: "كما أكدت انشقاق 20 جندياً آخرين.", n: 20 },
    ],
  }).map(({ g, first, more }) => ({
    text: `عنوان الخبر\n${first.text(g.name)} ${more.text}`,
    events: [ev(g.id, first.n), ev(g.id, more.n)],
  })),
);

/**
 * (r15-digest2) «كما» with a day of its own put before its subject («كما انشق اليوم 14 عنصراً …»): the clause anchors a
 * new happening in time, another story; not with «آخرون» (more of the story's men), nor with no day of its own.
 */
const OWN_DAYS: readonly string[] = ["اليوم", "أمس", "الخميس"];
const KAMA_DAY: ConventionCase[] = [
  ...cases(
    "kama-own-day/soldiers",
    product({ g: GROUPS, first: FIRST, day: OWN_DAYS, soldiers: SOLDIERS }).map(({ g, first, day, soldiers }) => ({
      text: `عنوان الخبر\n${first.text(g.name)} كما ${soldiers.text.replace(/^(\S+) /, `$1 ${day} `)}`,
      events: [ev(g.id, first.n), ev("syrian-army", soldiers.n)],
    })),
  ),
  ...cases(
    "kama-own-day/same-group",
    product({ g: GROUPS, n: [4, 5, 7], day: OWN_DAYS, again: SAME_GROUP_AGAIN }).map(({ g, n, day, again }) => ({
      text: `عنوان الخبر\nانشق ${n} عناصر من ${g.name} في ريف الحسكة. كما انشق ${day} 14 عنصراً من قوات النظام في مدينة دير الزور. ${again.text(g.name)}`,
      events: [ev(g.id, n), ev("syrian-army", 14), ev(g.id, null, again.kind)],
    })),
  ),
];
const KAMA_DAY_NOT: ConventionCase[] = cases(
  "kama-own-day-not/story-goes-on",
  product({
    g: GROUPS,
    first: FIRST,
    more: [
      { text: "كما انشق اليوم 30 عسكرياً آخرون في المنطقة.", kind: "defection" as const },
      { text: "كما انشق 30 عسكرياً في المنطقة.", kind: "defection" as const },
      { text: "كما فر أمس 30 جندياً آخرين من المنطقة.", kind: "desertion" as const },
    ],
  }).map(({ g, first, more }) => ({
    text: `عنوان الخبر\n${first.text(g.name)} ${more.text}`,
    events: [ev(g.id, first.n), ev(g.id, 30, more.kind)],
  })),
);

/**
 * (r15-digest2) A recall «ويأتي ذلك بعد انشقاق 7 عناصر عن الفرقة الرابعة»: «يأتي/جاء ذلك بعد/عقب/إثر» puts what
 * follows before the story, an earlier happening, not a retelling of the story's incident (a unit's men are no retelling
 * of their army's). Negatives: the unit's men told with no such clause retell the army's incident.
 */
const UNITS: ReadonlyArray<{ id: string; name: string }> = [
  { id: "4th-division", name: "الفرقة الرابعة" },
  { id: "republican-guard", name: "الحرس الجمهوري" },
  { id: "5th-corps", name: "الفيلق الخامس" },
];
const ARMY_LEADS: ReadonlyArray<{ text: string; n: number; kind: "defection" | "desertion"; noun: string }> = [
  { text: "فرّ 40 جندياً من قوات النظام أمس في ريف حمص.", n: 40, kind: "desertion", noun: "الفرار" },
  { text: "انشق 30 عسكرياً من قوات النظام أمس في ريف درعا.", n: 30, kind: "defection", noun: "الانشقاق" },
];
const RECALL: ConventionCase[] = cases(
  "recall-after/unit-after-army",
  product({ u: UNITS, lead: ARMY_LEADS, after: ["ويأتي ذلك بعد", "وجاء ذلك عقب", "ويأتي هذا إثر"] }).map(({ u, lead, after }) => ({
    text: `عنوان الخبر\n${lead.text} ${after} انشقاق 7 عناصر عن ${u.name}.`,
    events: [ev("syrian-army", lead.n, lead.kind), ev(u.id, 7)],
  })),
);
const RECALL_NOT: ConventionCase[] = cases(
  "recall-after-not/retelling",
  product({ u: UNITS, lead: ARMY_LEADS, said: ["وأوضحت مصادر أن", "وأفاد ناشطون بأن"] }).map(({ u, lead, said }) => ({
    text: `عنوان الخبر\n${lead.text} ${said} ${lead.noun} شمل 7 عناصر من ${u.name}.`,
    events: [ev(u.id, lead.n, lead.kind)],
  })),
);

/**
 * (r15-digest3) «إلى ذلك،» at a sentence's head (a preposition and a demonstrative, then a comma: "besides that") adds
 * another item of news, as a round-up joins its stories: what follows continues nothing told before it. Negatives:
 * «وبالإضافة إلى ذلك،»، «وإضافة إلى ذلك،» (a noun of adding governs it: more of the same story).
 */
const ILA_DHALIKA: ConventionCase[] = [
  ...cases(
    "ila-dhalika/soldiers",
    product({ g: GROUPS, first: FIRST, lead: ["إلى ذلك، ", "وإلى ذلك، "], soldiers: SOLDIERS, sep: [" ", "\n"] }).map(({ g, first, lead, soldiers, sep }) => ({
      text: `عنوان الخبر\n${first.text(g.name)}${sep}${lead}${soldiers.text}`,
      events: [ev(g.id, first.n), ev("syrian-army", soldiers.n)],
    })),
  ),
  ...cases(
    "ila-dhalika/same-group",
    product({ g: GROUPS, n: [4, 5, 7], lead: ["إلى ذلك، ", "وإلى ذلك، "], again: SAME_GROUP_AGAIN }).map(({ g, n, lead, again }) => ({
      text: `عنوان الخبر\nانشق ${n} عناصر من ${g.name} في ريف الحسكة. ${lead}انشق اليوم 14 عنصراً من قوات النظام في مدينة دير الزور. ${again.text(g.name)}`,
      events: [ev(g.id, n, "defection", WEEK), ev("syrian-army", 14, "defection", TODAY), ev(g.id, null, again.kind)],
    })),
  ),
];
const ILA_DHALIKA_NOT: ConventionCase[] = cases(
  "ila-dhalika-not/story-goes-on",
  product({ g: GROUPS, first: FIRST, lead: ["وبالإضافة إلى ذلك، ", "وإضافة إلى ذلك، "], soldiers: SOLDIERS }).map(({ g, first, lead, soldiers }) => ({
    text: `عنوان الخبر\n${first.text(g.name)} ${lead}${soldiers.text}`,
    events: [ev(g.id, first.n), ev(g.id, soldiers.n)],
  })),
);

export const DIGEST_CASES: ConventionCase[] = [...TURN_SOLDIERS, ...TURN_SOLDIERS_NOT, ...TURN_SAME_GROUP, ...TURN_SAME_GROUP_NOT, ...KAMA, ...KAMA_NOT, ...KAMA_DAY, ...KAMA_DAY_NOT, ...RECALL, ...RECALL_NOT, ...ILA_DHALIKA, ...ILA_DHALIKA_NOT];
