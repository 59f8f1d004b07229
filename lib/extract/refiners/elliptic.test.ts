/** A second batch with no verb of its own ("، وأربعة آخرون يوم الاثنين"): examples and negatives (P = Wed 2022-03-16). */
import { describe, expect, it } from "vitest";
import { brief, run } from "./corpus";

/** [text, the events as group/count/day range]. */
type Seen = [string | null, number | null, string, string];
const seen = (text: string): Seen[] => run(text).map((e) => [brief(e).groups[0], e.count?.best ?? null, e.date.start, e.date.end]);

const EXAMPLES: Array<[string, Seen[]]> = [
  ["انشق خمسة عناصر من الفرقة الرابعة يوم الأحد الماضي، وأربعة آخرون يوم الاثنين، ووصلوا جميعاً إلى مناطق المعارضة.", [["4th-division", 5, "2022-03-13", "2022-03-13"], ["4th-division", 4, "2022-03-14", "2022-03-14"]]],
  ["فرّ 6 عناصر من قوات سوريا الديمقراطية فجر الأحد، ثم ثلاثة آخرون أمس، وسلّموا أنفسهم لفصائل الجيش الوطني.", [["sdf", 6, "2022-03-13", "2022-03-13"], ["sdf", 3, "2022-03-15", "2022-03-15"]]],
  ["انشق عنصران من الدفاع الوطني أول أمس، و3 آخرون أمس.", [["ndf", 2, "2022-03-14", "2022-03-14"], ["ndf", 3, "2022-03-15", "2022-03-15"]]],
  // two gapped batches after one telling
  ["انشق 7 عناصر من الفيلق الخامس يوم الأحد الماضي، وخمسة آخرون يوم الاثنين، وعنصران آخران أمس.", [["5th-corps", 7, "2022-03-13", "2022-03-13"], ["5th-corps", 5, "2022-03-14", "2022-03-14"], ["5th-corps", 2, "2022-03-15", "2022-03-15"]]],
  // another group's batch: its own group
  ["انشق ثمانية عناصر من قوات سوريا الديمقراطية أمس، و3 عناصر من الدفاع الوطني أول أمس.", [["sdf", 8, "2022-03-15", "2022-03-15"], ["ndf", 3, "2022-03-14", "2022-03-14"]]],
  ["فرّ 12 عنصراً من الفرقة الرابعة فجر اليوم وسلّموا أنفسهم للمعارضة، وعنصران من الفيلق الخامس في اليوم ذاته.", [["4th-division", 12, "2022-03-16", "2022-03-16"], ["5th-corps", 2, "2022-03-16", "2022-03-16"]]],
];

const NEGATIVES: Array<[string, Seen[]]> = [
  // the companions of one man: one incident (counts.ts adds them)
  ["انشق الملازم أول خالد العلي من الفرقة الرابعة أمس ومعه أربعة آخرون.", [["4th-division", 5, "2022-03-15", "2022-03-15"]]],
  // no date of its own, or the same day: no batch of its own
  ["انشق خمسة عناصر من الفرقة الرابعة أمس، وأربعة آخرون من المنطقة ذاتها.", [["4th-division", 5, "2022-03-15", "2022-03-15"]]],
  ["انشق خمسة عناصر من الفرقة الرابعة أمس، وأربعة آخرون في اليوم ذاته.", [["4th-division", 5, "2022-03-15", "2022-03-15"]]],
  // no "آخرون": a figure of something else ("و15 منزلاً")
  ["انشق خمسة عناصر من الفرقة الرابعة أمس، و15 منزلاً دوهمت يوم الاثنين.", [["4th-division", 5, "2022-03-15", "2022-03-15"]]],
  // "و3 منازل في …": no people of a group
  ["انشق ثمانية عناصر من قوات سوريا الديمقراطية أمس، و3 منازل من القرية دوهمت أول أمس.", [["sdf", 8, "2022-03-15", "2022-03-15"]]],
  // a subset is part of the figure, not a batch
  ["انشق 12 عنصراً من الفرقة الرابعة أمس، بينهم أربعة ضباط.", [["4th-division", 12, "2022-03-15", "2022-03-15"]]],
];

describe("gapped batches", () => {
  it.each(EXAMPLES)("%s", (text, want) => expect(seen(text)).toEqual(want));
});
describe("not gapped batches", () => {
  it.each(NEGATIVES)("%s", (text, want) => expect(seen(text)).toEqual(want));
});
