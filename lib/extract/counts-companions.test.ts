/** Examples and negatives of counts-companions.ts (companions joined to their lead), read through findCounts (counts-testing.ts). */
import { describe, it } from "vitest";
import { type CountExample, checkCountExample } from "./counts-testing";

/** A phrase and the figure read from it (null = no figure, undefined = not a count of people). */
const EXAMPLES: CountExample[] = [
  ["انشق قياديان ومعهما ثلاثة عناصر", [5, 5, 5]],
  ["أحد عناصر ميليشيا لواء القدس الذي تمكن من الفرار برفقة خمسة عشر شخصاً", [16, 16, 16]],
  ["أبرزهم بلال الشواش ومعه أربعة آخرون", [5, 5, 5]],
  ["أعلن المقدم انشقاقه برفقة ستة من عناصره", [7, 7, 7]],
  ["فرّ النقيب عمر الخطيب من قطعته العسكرية في ريف اللاذقية ليلة أمس، وبرفقته خمسة آخرون", [6, 6, 6]],
  ["أعلن الرائد وليد السعدي انشقاقه وبصحبته جنديان", [3, 3, 3]],
  ["انشق الملازم سعيد الحسن ومعه اثنان آخران", [3, 3, 3]],
  // the companions' qualifier applies to the whole; vague companions make the whole vague
  ["انشق النقيب سعيد الحسن ومعه 20 عنصراً تقريباً", [16, 21, 26]],
  ["انشق النقيب سعيد الحسن ومعه أكثر من 10 عناصر", [11, 11, 17]],
  ["انشق النقيب سعيد الحسن ومعه عدد من عناصره", null],
  ["وصل العقيد ماهر السالم وأربعة من عناصره إلى إدلب", [5, 5, 5]],
  // a bare "مع": his own men are his companions; anyone else's are not
  ["انشق أبو محمد الحسن مع 30 من عناصره", [31, 31, 31]],
  ["اشتبكت الفرقة الرابعة مع 25 عنصراً من الفيلق الخامس", [25, 25, 25]],
  // … and after one man's verb of leaving, with or without his rank between: in digits as in words
  ["قالت مصادر إن ضابطاً انشق مع 3 عناصر", [4, 4, 4]],
  ["قالت مصادر إن ضابطاً انشق مع ثلاثة عناصر", [4, 4, 4]],
  ["انشق ضابط مع 3 عناصر من الفرقة", [4, 4, 4]],
  ["اشتبكت الفرقة الرابعة مع ثلاثة عناصر من الفيلق الخامس", [3, 3, 3]],
  ["تفاوضت الهيئة مع 40 مقاتلاً من الفصيل", [40, 40, 40]],
  // a named leader with figureless companions ("برفقة" as "ومعه"): the whole has no figure
  ["انشق النقيب خالد العلي برفقة عناصر من مجموعته", null],
  ["انشق النقيب خالد العلي برفقة عدد من عناصره", null],
  ["أعلن القيادي أبو محمد انشقاقه وبرفقته مقاتلون من مجموعته", null],
  ["انشق الملازم سعيد الحسن ومعه عناصره", null],
  ["انشق النقيب خالد العلي برفقة أربعة من عناصره", [5, 5, 5]],
  // … not a bare "مع" (fighting with), nor companions with no lead, nor a lead in another sentence
  ["اشتبك النقيب خالد العلي مع عناصر من الفرقة", [1, 1, 1]],
  ["وصل عناصر برفقة عناصر آخرين", undefined],
  ["انشق النقيب خالد العلي. وبرفقة عناصر من الفرقة وصلت الآليات", [1, 1, 1]],
  // (round 17) a leader's own men joined by «و» after the group he left («عن قسد و15 من عناصره»): his companions too;
  // tens of them make the whole as vague as they are (as «ومعه عدد من عناصره» makes it null)
  ["انشق النقيب سعيد الحسن ومعه عشرات من عناصره", [20, 30, 99]],
  ["انشق القيادي أبو بكر عن قسد وعشرات من عناصره", [20, 30, 99]],
  ["انشق القيادي أبو محمد الحمصي عن هيئة تحرير الشام و15 من عناصره", [16, 16, 16]],
  // … not the men of the group named there («عناصرها»), nor a group's men with no man before
  ["انشق القيادي أبو بكر عن قسد و15 من عناصرها", [15, 15, 15]],
  ["انشق عشرات العناصر عن الفيلق الخامس", [20, 30, 99]],
];

describe("counts: companions joined to their lead", () => {
  it.each(EXAMPLES)("%s", checkCountExample);
});
