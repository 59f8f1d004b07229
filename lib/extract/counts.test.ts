import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../arabic/normalize";
import { COUNT_EXAMPLES, findCounts } from "./counts";
import { tokenize } from "./tokens";

function countsIn(text: string) {
  const norm = normalizeArabic(text).text;
  return findCounts(norm, tokenize(norm));
}

describe("count phrases (COUNT_EXAMPLES)", () => {
  it.each(COUNT_EXAMPLES)("%s", (text, expected) => {
    const found = countsIn(text).filter((c) => !c.subset);
    if (expected === undefined) {
      expect(found.filter((c) => c.value !== null)).toEqual([]);
      return;
    }
    // the widest phrase is the count of the example
    const main = found.sort((a, b) => (b.value?.best ?? 0) - (a.value?.best ?? 0))[0];
    expect(main, text).toBeDefined();
    expect(main.value ? [main.value.low, main.value.best, main.value.high] : null).toEqual(expected);
  });

  it("reads one man opening a list's next conjunct after a comma, \"و\" glued; not without the comma", () => {
    const list = (text: string) => countsIn(text).map((c) => c.value?.best ?? null);
    expect(list("فرار ثلاثة عناصر من الفرقة في درعا، وعنصر من الفرقة في حماة")).toEqual([3, 1]);
    expect(list("فرّ عنصران من الفيلق أمس، ومجند آخر يوم الاثنين")).toEqual([2, 1]);
    expect(list("فرّ عنصران من الفيلق أمس، وعنصر ثالث من الفيلق اليوم")).toEqual([2, 1]);
    // (no comma: "ضابط وعنصر" is a pair of nouns, how many is not said by this rule)
    expect(list("فرّ ثلاثة عناصر وعنصر من الفرقة")).toEqual([3]);
  });

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

  it("tells a generic figure from a military one", () => {
    const found = countsIn("55 شخصاً بينهم 17 جندياً منشقاً");
    expect(found.map((c) => [c.value?.best, c.generic])).toEqual([
      [55, true],
      [17, false],
    ]);
  });
});
