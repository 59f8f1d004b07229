/** Examples and negatives of counts-nouns.ts (what a figure counts: person nouns, duals, members of a force), read through findCounts (counts-testing.ts). */
import { describe, expect, it } from "vitest";
import { type CountExample, checkCountExample, countsIn } from "./counts-testing";

/** A phrase and the figure read from it (null = no figure, undefined = not a count of people). */
const EXAMPLES: CountExample[] = [
  ["انشقت 6 مجندات من وحدات حماية المرأة", [6, 6, 6]],
  ["فرّت ثلاث مقاتلات من وحدات حماية المرأة", [3, 3, 3]],
  ["انشقت مجندتان من وحدات حماية المرأة", [2, 2, 2]],
  ["انشقت مجندة من وحدات حماية المرأة", [1, 1, 1]],
  ["طائرة مقاتلة من طراز ميغ", undefined],
  ["سلّم تسعة مرتزقة أنفسهم", [9, 9, 9]],
  // (round 17) senior officers counted by the plural of their rank; a rank as a title, one man
  ["وكان سبعة جنرالات قد انشقوا", [7, 7, 7]],
  ["انشق 12 جنرالاً عن الجيش", [12, 12, 12]],
  ["انشق أربعة عقداء و3 عمداء", [7, 7, 7]],
  ["انشق الجنرال خالد الحسن", [1, 1, 1]],
  // "منتسبي/منتسبو" (members of) a force are its people, as "أفراد" and "أعضاء"
  ["انشق 5 من منتسبي الفرقة الرابعة", [5, 5, 5]],
  ["انشق خمسة من منتسبي الأمن العسكري", [5, 5, 5]],
  ["فرّ عشرات من منتسبي الحرس الجمهوري", [20, 30, 99]],
  ["انشق ثلاثة منتسبين إلى الفيلق الخامس", [3, 3, 3]],
  ["انشق منتسبو الفرقة الرابعة", undefined],
  // every sound plural of fighters governs its force with the ن dropped, as "منتسبي" does
  ["انشق العشرات من عسكريي قسد", [20, 30, 99]],
  ["فرّ 7 من مسلحي الفصيل", [7, 7, 7]],
  ["انشق خمسة من مجندي الفرقة الرابعة", [5, 5, 5]],
  ["انشق عسكريو الفرقة الرابعة", undefined],
  ["منتسبي الجامعة 12 كلية", undefined],
];

describe("counts: what a figure counts: person nouns, duals, members of a force", () => {
  it.each(EXAMPLES)("%s", checkCountExample);

  it("tells a generic figure from a military one", () => {
    const found = countsIn("55 شخصاً بينهم 17 جندياً منشقاً");
    expect(found.map((c) => [c.value?.best, c.generic])).toEqual([
      [55, true],
      [17, false],
    ]);
  });
});
