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
  // (round 16) «الآلاف» with the article, as «المئات»; a hedge before a quantity is no man's name («نحو المئات» was one man)
  ["انشق الآلاف من عناصر قوات النظام", [2000, 3000, 9999]],
  ["انشق نحو الآلاف من عناصر قوات النظام", [2000, 3000, 9999]],
  ["انشق نحو المئات من عناصر قوات النظام", [200, 300, 999]],
  ["انشق قرابة المئات من عناصر قوات النظام", [200, 300, 999]],
  // … and «عشرات/مئات الآلاف»: the quantity times a thousand (a figure beyond one incident: plausibility.ts sets it aside)
  ["انشق عشرات الآلاف من الجنود", [20000, 30000, 99999]],
  ["عشرات آلاف العناصر", [20000, 30000, 99999]],
  ["مئات الآلاف من الجنود", [200000, 300000, 999999]],
  // negatives: «آلاف» after another word; a break after «عشرات»
  ["في مناطق عدة، آلاف الجنود", [2000, 3000, 9999]],
  ["الآلاف من الناس", undefined],
];

describe("counts: vague quantities", () => {
  it.each(EXAMPLES)("%s", checkCountExample);
});
