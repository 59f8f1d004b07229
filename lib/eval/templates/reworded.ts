/**
 * The "reworded" family (round 13, issue 10): three classes of wording that `npm run -s eval:perturb` found broken
 * when real reports were said as another outlet says them, written here from the grammar of Arabic news, never from
 * a report. Case ids "reworded/<template>/<n>".
 * - soldiers in a story: a force's men are its soldiers too — "جنود/عسكريون/ضباط" with no group of their own, in a
 *   sentence after one that told a leaving from a group, are that group's (not the army `impliedArmy` gives soldiers
 *   told alone); negative: a sentence before that tells no leaving makes no story of its group.
 * - construct plurals: a sound plural of fighters governing its force drops its ن ("العشرات من عسكريي قسد",
 *   "خمسة من مسلحي الهيئة") and still counts the men.
 * - «لاذ بالفرار» said of a force's counted men is their flight ("فرّوا"), wherever the figure stands; negatives:
 *   people at a scene taking to flight ("لاذ المسلحون بالفرار من القرية"), and counted men routed in a fight
 *   ("لاذوا بالفرار بعد اشتباكات عنيفة").
 */
import { ev, TENS, type ConventionCase } from "../../extract/conventions/types";
import { GROUPS, P, PLACES, RECENT } from "./discourse-grammar";
import { familyCases, product } from "./product";

const PER_TEMPLATE = 60;

const cases = familyCases("reworded", PER_TEMPLATE, P);

/** Groups that are not the army (their soldiers are theirs only by the story). */
const FORCES = GROUPS.filter((g) => g.id !== "4th-division");
/** Counted soldiers: the army's when told alone. */
const SOLDIERS: ReadonlyArray<{ text: string; value: [number, number, number] }> = [
  { text: "خمسة جنود", value: [5, 5, 5] },
  { text: "12 جندياً", value: [12, 12, 12] },
  { text: "نحو 40 عسكرياً", value: [32, 40, 48] },
  { text: "ثلاثة ضباط", value: [3, 3, 3] },
];
const DATES = RECENT.slice(0, 3);

/** A leaving told without a figure, then its men counted as soldiers in the next sentence: one incident of the group. */
const SOLDIERS_IN_STORY: ConventionCase[] = cases(
  "soldiers-in-story",
  product({ group: FORCES, soldiers: SOLDIERS, date: DATES, place: PLACES }).map(({ group, soldiers, date, place }) => ({
    text: `أعلنت مصادر محلية انشقاق عدد من العناصر عن ${group.name} ${date.text} ${place}. وقالت المصادر إن ${soldiers.text} وصلوا بعد انشقاقهم إلى مناطق المعارضة.`,
    events: [ev(group.id, soldiers.value, "defection", date.range)],
  })),
);

/** Negative: a group told in a sentence of no leaving leaves the soldiers to the army. */
const SOLDIERS_ALONE: ConventionCase[] = cases(
  "soldiers-after-no-leaving",
  product({ group: FORCES, soldiers: SOLDIERS, date: DATES, place: PLACES }).map(({ group, soldiers, date, place }) => ({
    text: `قصفت ${group.name} القرية ${date.text}. وانشق ${soldiers.text} ${date.text} ${place}.`,
    events: [ev("syrian-army", soldiers.value, "defection", date.range)],
  })),
);

/** Construct plurals of fighters before their force. */
const CONSTRUCTS = ["عسكريي", "مسلحي", "مجندي", "مقاتلي", "منتسبي"];
const PARTITIVE_COUNTS: ReadonlyArray<{ text: string; value: [number, number, number] }> = [
  { text: "العشرات من", value: TENS },
  { text: "خمسة من", value: [5, 5, 5] },
  { text: "12 من", value: [12, 12, 12] },
];
const CONSTRUCT_PLURALS: ConventionCase[] = cases(
  "construct-plural",
  product({ group: GROUPS, noun: CONSTRUCTS, count: PARTITIVE_COUNTS, date: DATES }).map(({ group, noun, count, date }) => ({
    text: `انشق ${count.text} ${noun} ${group.name} ${date.text}.`,
    events: [ev(group.id, count.value, "defection", date.range)],
  })),
);

/** «لاذ بالفرار» of a force's counted men, the figure before the verb, between it and its noun, or after both. */
const COUNTED: ReadonlyArray<{ text: string; value: [number, number, number] }> = [
  { text: "أربعة عناصر", value: [4, 4, 4] },
  { text: "15 عنصراً", value: [15, 15, 15] },
  { text: "نحو 25 مقاتلاً", value: [20, 25, 30] },
];
const LADHA_FRAMES: ReadonlyArray<{ name: string; say: (n: string, g: string, d: string) => string }> = [
  { name: "subject-first", say: (n, g, d) => `أفاد مصدر محلي بأن ${n} من ${g} لاذوا بالفرار ${d} بأسلحتهم من إحدى النقاط العسكرية.` },
  { name: "subject-between", say: (n, g, d) => `لاذ ${n} من ${g} بالفرار ${d} بأسلحتهم من إحدى النقاط العسكرية.` },
  { name: "subject-after", say: (n, g, d) => `لاذ بالفرار ${n} من ${g} ${d} بأسلحتهم من إحدى النقاط العسكرية.` },
];
const LADHA: ConventionCase[] = LADHA_FRAMES.flatMap((f) =>
  cases(
    `ladha/${f.name}`,
    product({ group: GROUPS, count: COUNTED, date: DATES }).map(({ group, count, date }) => ({
      text: f.say(count.text, group.name, date.text),
      events: [ev(group.id, count.value, "desertion", date.range)],
    })),
  ),
);

/** Negatives: people at a scene taking to flight, after a robbery or an attack. */
const LADHA_SCENE: ConventionCase[] = cases(
  "not/ladha-scene",
  product({ who: ["المسلحون", "المهاجمون", "اللصوص", "مسلحان"], after: ["من القرية", "بعد السطو على المحل", "إلى جهة مجهولة"], date: DATES }).map(({ who, after, date }) => ({
    text: `لاذ ${who} بالفرار ${after} ${date.text}.`,
    events: [],
  })),
);

/** Negatives: a force's counted men who took to flight after a fight were routed. */
const LADHA_ROUTED: ConventionCase[] = cases(
  "not/ladha-after-fight",
  product({ group: GROUPS, count: COUNTED, date: DATES, fight: ["بعد اشتباكات عنيفة", "بعد معارك مع الفصائل"] }).map(({ group, count, date, fight }) => ({
    text: `قالت مصادر إن ${count.text} من ${group.name} لاذوا بالفرار ${date.text} ${fight}.`,
    events: [],
  })),
);

export const REWORDED_CASES: ConventionCase[] = [...SOLDIERS_IN_STORY, ...SOLDIERS_ALONE, ...CONSTRUCT_PLURALS, ...LADHA, ...LADHA_SCENE, ...LADHA_ROUTED];
