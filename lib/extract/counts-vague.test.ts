/** Examples and negatives of counts-vague.ts (vague quantities), read through findCounts (counts-testing.ts). */
import { describe, it } from "vitest";
import { type CountExample, checkCountExample } from "./counts-testing";

/** A phrase and the figure read from it (null = no figure, undefined = not a count of people). */
const EXAMPLES: CountExample[] = [
  ["عدة عناصر", null],
  // (round 11) a vague word closed by a comma counts no one after it: the man after it is his own phrase
  ["انتشرت قوات النظام في مناطق عدة، عنصر من الفرقة الرابعة انشق أمس", [1, 1, 1]],
  ["انتشرت قوات النظام في مناطق عدة، عناصر من الفرقة الرابعة انشقوا أمس", undefined],
  ["بضعة جنود", null],
  ["عشرات العناصر", [20, 30, 99]],
  ["مئات الجنود", [200, 300, 999]],
  ["فرّ المئات منهم", [200, 300, 999]],
  ["انشق العشرات منهم", [20, 30, 99]],
  ["المئات من الناس", undefined],
  ["عدد كبير من المقاتلين", null],
  ["مجموعة من المقاتلين", null],
  ["انشقاق مجموعات من الجبهة", null],
  ["7 مجموعات من القوات الخاصة", null],
];

describe("counts: vague quantities", () => {
  it.each(EXAMPLES)("%s", checkCountExample);
});
