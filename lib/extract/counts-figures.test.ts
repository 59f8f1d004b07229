/** Examples and negatives of counts-figures.ts (reading a figure: hedges, bounds, ranges, parts of a whole, breakdowns by rank, unit numbers), read through findCounts (counts-testing.ts). */
import { describe, it } from "vitest";
import { type CountExample, checkCountExample } from "./counts-testing";

/** A phrase and the figure read from it (null = no figure, undefined = not a count of people). */
const EXAMPLES: CountExample[] = [
  ["فر 21 عنصراً", [21, 21, 21]],
  ["ثمانية عناصر من ميليشيا", [8, 8, 8]],
  ["انشق قرابة 25 مقاتلاً", [20, 25, 30]],
  ["نحو مئتي عسكري", [160, 200, 240]],
  ["مئة وسبعين عسكرياً", [170, 170, 170]],
  ["أكثر من مئة عنصر", [100, 100, 150]],
  ["ما يزيد عن 40 عنصراً", [40, 40, 60]],
  ["فاقت الخمسين عنصراً", [50, 50, 75]],
  ["ألفي ضابط وجندي", [2000, 2000, 2000]],
  ["أحصت 65 حالة انشقاق بين مقاتليها", [65, 65, 65]],
  ["سجلت 7 حالات فرار", [7, 7, 7]],
  ["في 3 حالات مماثلة", undefined],
  ["ما يزيد على 300 مقاتل", [300, 300, 450]],
  // ranges, and qualifiers after the noun
  ["انشق ما بين 15 و20 عنصراً", [15, 18, 20]],
  ["انشق بين خمسة عشر وعشرين عنصراً", [15, 18, 20]],
  ["انشق 15 إلى 20 عنصراً", [15, 18, 20]],
  ["انشق 15-20 عنصراً", [15, 18, 20]],
  ["انشق 50 عنصراً تقريباً", [40, 50, 60]],
  ["انشق ما يقرب من 50 عنصراً", [40, 50, 60]],
  ["انشق عشرة عناصر على الأقل", [10, 10, 15]],
  ["انشق عشرون ونيف عنصراً", [20, 20, 30]],
  ["انشق 20 ونيف من عناصر الفرقة", [20, 20, 30]],
  // a breakdown by rank with no total: the sum of its parts
  ["انشق ضابطان و5 صف ضباط و10 مجندين", [17, 17, 17]],
  ["انشق ضابط و3 مجندين", [4, 4, 4]],
  ["انشق 3 ضباط و12 عنصراً", [15, 15, 15]],
  ["انشق نحو 10 ضباط و20 عنصراً", [28, 30, 32]],
  // … but parts of a total are not added to it, and two crowds are not soldiers
  ["انشق 15 عنصراً بينهم ضابطان و3 صف ضباط", [15, 15, 15]],
  ["وصل 20 شخصاً و5 عائلات", [20, 20, 20]],
  // a part out of a whole: the part
  ["انشق 30 من أصل 200 عنصر", [30, 30, 30]],
  ["انشق 30 عنصراً من أصل 200 عنصر في الكتيبة", [30, 30, 30]],
  // not ranges: two figures of two kinds, a year then a figure
  ["انشق 15 عنصراً و20 ضابطاً", [35, 35, 35]],
  ["في عام 2012 و40 عنصراً", [40, 40, 40]],
  ["من الفرقة 17 و25 عنصراً من اللواء", [25, 25, 25]],
  ["30 عربة عسكرية", undefined],
  ["115 ألف ليرة", undefined],
  ["على بعد نحو 30 كم", undefined],
  ["اللواء 47", undefined],
  // (round 17) after a fronted «عن/من» phrase, a unit word then men counted: the men's figure; a unit's number, a date, a strength are not
  ["وانشق عن الفرقة 12 عنصراً أمس", [12, 12, 12]],
  ["انشق من اللواء 23 مقاتلاً أمس", [23, 23, 23]],
  ["وفرّ من صفوف الفوج 15 جندياً", [15, 15, 15]],
  ["وانشق عن الكتيبة 7 عناصر أمس", [7, 7, 7]],
  ["انشق عن الفرقة 12 من عناصرها", [12, 12, 12]],
  ["فر عنصران من الفوج 46 أمس", [2, 2, 2]],
  ["انشق عن الفرقة 12 آذار", undefined],
  // (a strength, the unit word its verb's subject: 300 unread; the bare singular noun is read as one man, as before)
  ["ويضم اللواء 300 مقاتل في المنطقة", [1, 1, 1]],
  ["قصفت الفرقة 17 مواقع في ريف حماة", undefined],
  ["٢١ عنصراً", [21, 21, 21]],
  ["فرّ 12 إرهابياً من تنظيم داعش", [12, 12, 12]],
  // the opposition's "شبيحة" are fighters too
  ["فرّ خمسة عشر شبيحاً من قوات الأسد", [15, 15, 15]],
];

describe("counts: reading a figure: hedges, bounds, ranges, parts of a whole, breakdowns by rank, unit numbers", () => {
  it.each(EXAMPLES)("%s", checkCountExample);
});
