/** A vague incident takes the figure a neighbouring sentence gives for soldiers "من" its group; never the killed. */
import { describe, expect, it } from "vitest";
import { brief, run } from "./corpus";

const FIGURE_EXAMPLES: Array<[string, Array<[number, number, number] | null>]> = [
  ["شهد الأسبوع الماضي فرار مئات الجنود من الجيش السوري نحو الحدود. وعبر ألفا جندي من الجيش السوري إلى العراق.", [[2000, 2000, 2000]]],
  // the figure of the killed is no figure of the flight
  ["شهد الأسبوع الماضي فرار مئات الجنود من الجيش السوري نحو الحدود. وقتل ألفا جندي من الجيش السوري في المعارك.", [[200, 300, 999]]],
  // … nor the figure of another incident told in its own sentence
  ["انشق طاقم دبابة عن قوات النظام في ريف إدلب أمس. وذكر ناشطون أن تسعة جنود من قوات النظام انشقوا في درعا ووصلوا إلى الأردن.", [null, [9, 9, 9]]],
  // … nor in the same sentence: a figure another incident counts as its own stays with it (round 6: run-on sentences)
  ["انشق طاقم دبابة عن قوات النظام في ريف إدلب أمس، وذكر ناشطون أن تسعة جنود من قوات النظام انشقوا في درعا ووصلوا إلى الأردن.", [null, [9, 9, 9]]],
  ["انشق طاقم دبابة عن قوات النظام في ريف إدلب أمس، كما انشق تسعة جنود من قوات النظام في درعا.", [null, [9, 9, 9]]],
  // (a figure of its own sentence that no other incident counts is still taken)
  ["انشق طاقم دبابة عن قوات النظام في ريف إدلب أمس، وهم خمسة جنود من قوات النظام.", [[5, 5, 5]]],
  // (round 14) the sentence right after that opens with "their number" counts the people just told, with no group
  ["انشق عناصر من قوات النظام في ريف إدلب أمس. وبلغ عددهم 12 عنصراً.", [[12, 12, 12]]],
  ["فرّ جنود من الفرقة الرابعة أمس. ويُقدّر عددهم بنحو 40 عنصراً.", [[32, 40, 48]]],
  ["انشق عناصر من قوات النظام أمس. وعددهم سبعة.", [[7, 7, 7]]],
  // … but not a sentence that opens otherwise, counting another set, nor one that comes before the incident's
  ["انشق عناصر من قوات النظام أمس. وبلغ عدد القتلى في المعارك 12 عنصراً.", [null]],
  ["انشق عناصر من قوات النظام أمس. ويبلغ عدد عناصر الحاجز نحو 40 عنصراً.", [null]],
  ["وبلغ عددهم 12 عنصراً. انشق عناصر من قوات النظام أمس.", [null]],
  // (r15, withTheirNumber) two figureless tellings of one group: "their number" is the second's, before they are folded
  ["انشق طاقم دبابة من قوات النظام أمس. وذكرت مصادر أن ضباطاً من قوات النظام انشقوا ووصلوا إلى الأردن. وبلغ عددهم ثمانية ضباط.", [null, [8, 8, 8]]],
  // … not a sentence that counts another set, nor "their number" inside reported speech: the tellings fold, no figure
  ["انشق طاقم دبابة من قوات النظام أمس. وذكرت مصادر أن ضباطاً من قوات النظام انشقوا ووصلوا إلى الأردن. وبلغ عدد القتلى في المعارك ثمانية.", [null]],
  ["انشق طاقم دبابة من قوات النظام أمس. وذكرت مصادر أن ضباطاً من قوات النظام انشقوا ووصلوا إلى الأردن. وقال ناشطون إن عددهم ثمانية ضباط.", [null]],
];

/**
 * (round 11, issue 10 class 6) A figure taken nearby passes the same doubts as a trigger's own (plausibility.ts
 * `doubtCount`): [text, the event's count (best) or null, the figure set aside (best) or null].
 */
const DOUBTED_EXAMPLES: Array<[string, number | null, number | null]> = [
  // a statistic's figure with no day of its own, beside killing: set aside, the event flagged (not 150 at 0.95)
  ["وبحسب إحصائية للمرصد السوري، فرّ أكثر من 150 عنصراً من صفوف قوات النظام، بينما قتل 40 عنصراً في المعارك.", null, 150],
  ["وبحسب إحصاءات المرصد، فرّ أكثر من 200 عنصر من صفوف الجيش السوري، بينما قتل 60 آخرون في المعارك.", null, 200],
  // negatives: the same figure with a day of its own is an incident's, and so is a nearby figure no doubt touches
  ["وبحسب إحصائية للمرصد السوري، فرّ أكثر من 150 عنصراً من صفوف قوات النظام أمس، بينما قتل 40 عنصراً في المعارك.", 150, null],
  ["شهد الأسبوع الماضي فرار مئات الجنود من الجيش السوري نحو الحدود. وعبر ألفا جندي من الجيش السوري إلى العراق.", 2000, null],
  ["فرّ عشرات العناصر من قوات النظام في درعا، وهم 300 عنصر من قوات النظام.", 300, null],
];

describe("a nearby figure passes doubtCount", () => {
  it.each(DOUBTED_EXAMPLES)("%s", (text, best, setAside) => {
    const events = run(text);
    expect(events).toHaveLength(1);
    expect(events[0].count?.best ?? null).toBe(best);
    expect(events[0].countSetAside?.best ?? null).toBe(setAside);
  });
});

describe("figure nearby", () => {
  it.each(FIGURE_EXAMPLES)("%s", (text, counts) => {
    expect(run(text).map((e) => brief(e).count)).toEqual(counts);
  });
});

/**
 * (round 16, r16-shapes) A running total told as "their number" after a verb of rising or reaching replaces the figure
 * told (risingTotal): [text, the counts (best) of the events].
 */
const RISING_EXAMPLES: Array<[string, Array<number | null>]> = [
  ["انشق 12 عنصراً من قوات النظام أمس ووصلوا إلى إدلب.\nثم لحق بهم آخرون، ليصل عددهم إلى 18 عنصراً.", [18]],
  ["انشق 12 عنصراً من قوات النظام أمس ووصلوا إلى إدلب، ثم لحق بهم آخرون ليرتفع عددهم إلى 20 عنصراً.", [20]],
  ["انشق 12 عنصراً من قوات النظام أمس. وفي المساء انضم إليهم ستة آخرون، فارتفع عددهم إلى 18 عنصراً.", [18]],
  // negatives: a smaller figure is no total of theirs; another set's number; a figure amounting, not rising (the rule above)
  ["انشق 12 عنصراً من قوات النظام أمس ووصلوا إلى إدلب.\nثم قتل بعضهم، ليصل عددهم إلى 9 عناصر.", [12]],
  ["انشق 12 عنصراً من قوات النظام أمس ووصلوا إلى إدلب.\nوارتفع عدد القتلى في المعارك إلى 30 عنصراً.", [12]],
];

describe("a running total of their number", () => {
  it.each(RISING_EXAMPLES)("%s", (text, counts) => {
    expect(run(text).map((e) => e.count?.best ?? null)).toEqual(counts);
  });
});
