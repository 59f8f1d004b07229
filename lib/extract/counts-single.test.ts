/** Examples and negatives of counts-single.ts (one man by a singular person noun), read through findCounts (counts-testing.ts). */
import { describe, expect, it } from "vitest";
import { type CountExample, checkCountExample, countsIn } from "./counts-testing";

/** A phrase and the figure read from it (null = no figure, undefined = not a count of people). */
const EXAMPLES: CountExample[] = [
  ["عقيداً من القوى الجوية", [1, 1, 1]],
  ["انشق عنصر يتبع للفرقة الرابعة", [1, 1, 1]],
  ["انشق عنصر واحد من الفرقة الرابعة", [1, 1, 1]],
  // one man right after a verb or verbal noun of leaving, whatever follows him; not a man who speaks "about" something
  ["انشق جندي عن الفرقة الرابعة", [1, 1, 1]],
  ["وفي صفوف الفرقة، فرّ جندي فجر اليوم", [1, 1, 1]],
  ["شهدت صفوف الفيلق انشقاق صف ضابط أمس", [1, 1, 1]],
  ["تسرّب جندي أمس", [1, 1, 1]],
  ["انشقاق ضابط وعناصر من الفرقة", undefined],
  ["تحدث جندي عن الأوضاع في الفرقة", undefined],
  ["قال جندي إن الأوضاع سيئة", undefined],
  ["وصل إلى إدلب جندي منشق عن قوات النظام", [1, 1, 1]],
  ["وصل جندي مصاب إلى المستشفى", undefined],
  // an accusative singular person noun: with the participle of leaving, or after a verb of arriving or joining
  ["وصل عنصراً منشقاً إلى إدلب", [1, 1, 1]],
  ["وصل إلى الشمال ضابطاً فاراً من الفرقة", [1, 1, 1]],
  ["انضم ضابطاً إلى الجيش الحر", [1, 1, 1]],
  ["التحق مجنداً بصفوف الفصيل", [1, 1, 1]],
  ["وصل جندي مصاب إلى المستشفى", undefined],
  ["وصل الضابط إلى المقر", undefined],
  ["وصلت عناصر من الفرقة إلى الحاجز", undefined],
];

describe("counts: one man by a singular person noun", () => {
  it.each(EXAMPLES)("%s", checkCountExample);

  it("reads one man opening a list's next conjunct after a comma, \"و\" glued; not without the comma", () => {
    const list = (text: string) => countsIn(text).map((c) => c.value?.best ?? null);
    expect(list("فرار ثلاثة عناصر من الفرقة في درعا، وعنصر من الفرقة في حماة")).toEqual([3, 1]);
    expect(list("فرّ عنصران من الفيلق أمس، ومجند آخر يوم الاثنين")).toEqual([2, 1]);
    expect(list("فرّ عنصران من الفيلق أمس، وعنصر ثالث من الفيلق اليوم")).toEqual([2, 1]);
    // (no comma: "ضابط وعنصر" is a pair of nouns, how many is not said by this rule)
    expect(list("فرّ ثلاثة عناصر وعنصر من الفرقة")).toEqual([3]);
  });
});
