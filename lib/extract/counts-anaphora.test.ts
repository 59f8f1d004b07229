/** Examples and negatives of counts-anaphora.ts (people already told), read through findCounts (counts-testing.ts). */
import { describe, expect, it } from "vitest";
import { type CountExample, checkCountExample, countsIn } from "./counts-testing";

/** A phrase and the figure read from it (null = no figure, undefined = not a count of people). */
const EXAMPLES: CountExample[] = [
  // a definite noun, then its number
  ["وصل المنشقون الخمسة إلى إدلب", [5, 5, 5]],
  ["انشق الضباط الثلاثة عن قوات النظام", [3, 3, 3]],
  ["وصل العناصر الـ12 إلى الشمال", [12, 12, 12]],
  ["الفرقة الرابعة", undefined],
  ["وعددها 300 عنصر", [300, 300, 300]],
  ["فيما انشق 4 آخرون", [4, 4, 4]],
];

describe("counts: people already told", () => {
  it.each(EXAMPLES)("%s", checkCountExample);

  it("marks a subset introduced by بينهم", () => {
    const found = countsIn("أكثر من 1000 مسلح بينهم 700 مسلح");
    expect(found.map((c) => [c.value?.best, c.subset])).toEqual([
      [1000, false],
      [700, true],
    ]);
  });

  it("marks a part of people already told («ثلاثة من العناصر الفارين»), not soldiers at a post", () => {
    const part = (text: string) => countsIn(text).map((c) => [c.value?.best, !!c.partOfTold]);
    expect(part("وتمكن ثلاثة من العناصر الفارين من الوصول")).toEqual([[3, true]]);
    expect(part("ووصل اثنان من المنشقين إلى إدلب")).toEqual([[2, true]]);
    expect(part("ووصل 3 عناصر من الفارين إلى إدلب")).toEqual([[3, true]]);
    expect(part("انشق خمسة من الجنود المتمركزين على الحاجز")).toEqual([[5, false]]);
    expect(part("انشق خمسة من عناصر الفرقة الرابعة")).toEqual([[5, false]]);
  });
});
