/** How many people: the governed figure, never the killed or arrested; with no figure, what the verb says. */
import { describe, expect, it } from "vitest";
import { brief, run } from "./corpus";

/** [text, the count of each event]. */
const COUNT_EXAMPLES: Array<[string, Array<[number, number, number] | null>]> = [
  ["انشق خمسة عناصر من ميليشيا الدفاع الوطني أمس.", [[5, 5, 5]]],
  // a definite noun, then its number ("المنشقون الخمسة")
  ["وصل المنشقون الخمسة عن الفرقة الرابعة إلى إدلب أمس.", [[5, 5, 5]]],
  ["انشق الضباط الثلاثة عن قوات النظام أمس.", [[3, 3, 3]]],
  // a part of the people already told ("بينهم 3 قياديين") opens no incident of its own
  ["انشق 12 عنصراً من قسد أمس. وقال مصدر إن العناصر المنشقين بينهم 3 قياديين وصلوا إلى مدينة الباب.", [[12, 12, 12]]],
  ["وصل 22 شخصاً، بينهم 9 عسكريين منشقين عن قوات النظام، إلى إدلب أمس.", [[9, 9, 9]]],
  // a definite title right after the verb or verbal noun is one man
  ["انشقاق الضابط في قوات النظام أحمد الخالد ووصوله إلى إدلب أمس.", [[1, 1, 1]]],
  ["انشقّ القيادي في هيئة تحرير الشام أبو محمد الشامي عنها أمس.", [[1, 1, 1]]],
  ["انشقت الكتيبة عن حركة أحرار الشام أمس.", [null]],
  ["انشق اللواء عبد العزيز الشلال عن قوات النظام أمس.", [[1, 1, 1]]],
  ["انشق اللواء الثامن عن الفيلق الخامس أمس.", [null]],
  // a dual verb is two
  ["انشقا عن الفرقة الرابعة أمس.", [[2, 2, 2]]],
  // "سلّم نفسه" is one, "سلّما نفسيهما" two
  ["سلّم عنصر من تنظيم داعش نفسه لقوات قسد أمس.", [[1, 1, 1]]],
  ["سلّم عنصران من تنظيم داعش نفسيهما لقوات قسد أمس.", [[2, 2, 2]]],
  // a subject before قد and a singular verb: one man
  ["وكان القيادي أبو محمد قد انشق عن هيئة تحرير الشام مطلع عام 2020.", [[1, 1, 1]]],
  // the killed are not the people who left
  ["قُتل 12 عنصراً من الفرقة الرابعة أمس، وانشق عناصر آخرون عنها.", [null]],
  // … but a word of killing before the verb is another clause's: the figure after the verb is its people (round 10)
  ["وبلغ إجمالي قتلى قوات النظام خلال الشهر الماضي 15 قتيلاً، فيما فرّ 12 عنصراً من صفوفها أمس وانضموا إلى فصائل المعارضة.", [[12, 12, 12]]],
  // … also when their verb follows the group they belong to (the flight told in passing, with no figure of its own, opens nothing)
  ["قال المرصد إن 25 عنصراً من قوات النظام قتلوا في هجوم على مواقعهم بعد فرار عناصر آخرين من الفرقة الرابعة.", []],
  ["فرّ 25 عنصراً من قوات النظام بعد مقتل قائدهم في هجوم.", [[25, 25, 25]]],
  // the missing are the people who left when their flight is what they went missing after, not otherwise
  ["فُقد الاتصال بـ14 عنصراً من قوات النظام بعد فرارهم من مواقعهم أمس.", [[14, 14, 14]]],
  ["فُقد أثر 6 عناصر من قسد بعد تركهم قطعتهم العسكرية أمس.", [[6, 6, 6]]],
  ["فرّ عناصر من الفرقة الرابعة أمس بعد فقدان 9 من زملائهم في المعارك.", [null]],
  // "لاذ … بالفرار": the verbal noun completes لاذ, whose subject is its people
  ["لاذ 4 عناصر من قوات النظام بالفرار من ثكنتهم أمس.", [[4, 4, 4]]],
  // a headline's one man is no lead of the body's companions ("انشق مع ثلاثة عناصر" counts the body's man)
  ["انشقاق ضابط وعناصر\nقالت مصادر إن ضابطاً يدعى محمود انشق مع ثلاثة عناصر عن قوات النظام أمس.", [[4, 4, 4]]],
  // those caught while trying are the incident's people
  ["حاول أربعة عناصر من الفرقة الرابعة الفرار أمس لكن القبض عليهم تم.", [[4, 4, 4]]],
  // "the fighters" between a named commander and the trigger are the trigger's people, not the commander
  ["انشق 14 عنصراً من ميليشيا الدفاع الوطني أمس. وقال المصدر إن التوتر مع قوات الحرس الجمهوري بقيادة العميد عصام زهر الدين أسهم في دفع العناصر إلى الانشقاق.", [[14, 14, 14]]],
  // (every plural of men, "the members" and "the volunteers" too)
  ["انشق 14 عنصراً من ميليشيا الدفاع الوطني أمس. وقال المصدر إن التوتر مع قوات الحرس الجمهوري بقيادة العميد عصام زهر الدين أسهم في دفع المنتسبين إلى الانشقاق.", [[14, 14, 14]]],
  ["انشق 14 عنصراً من ميليشيا الدفاع الوطني أمس. وقال المصدر إن التوتر مع قوات الحرس الجمهوري بقيادة العميد عصام زهر الدين أسهم في دفع المتطوعين إلى الانشقاق.", [[14, 14, 14]]],
  // (… but "المنتسبين إليها" is the participle of belonging that describes the figure's men)
  ["ألقت مخابرات ميليشيا الحرس الثوري الإيراني القبض على خمسة عناصر من أبناء المنطقة المنتسبين إليها، حاولوا الفرار باتجاه مناطق قسد ليلة أمس.", [[5, 5, 5]]],
  // a definite verbal noun takes no figure from another verb's subject: one incident of 14, not a second of one
  ["انشق 14 عنصراً من ميليشيا الدفاع الوطني أمس. وأوضح الناشط أن عنصراً في الدفاع الوطني رتّب الانشقاق مع أحد أقاربه.", [[14, 14, 14]]],
  // a figure retold as a definite noun and its number ("العناصر الأربعون") adds no precision: the first telling's
  // approximation or bound stands (r9-leftovers)
  ["انشق نحو 40 عنصراً من الفرقة الرابعة يوم الاثنين. وانشق العناصر الأربعون بعد خلاف مع قائدهم.", [[32, 40, 48]]],
  ["انشق أكثر من 20 عنصراً من الدفاع الوطني أمس. وأكد المصدر فرار العناصر العشرين إلى إدلب.", [[20, 20, 30]]],
  ["فرّ قرابة 30 عنصراً من قسد أمس. وتمكن العناصر الثلاثون الفارون من الوصول إلى مدينة الباب.", [[24, 30, 36]]],
  ["انشق ما لا يقل عن 15 جندياً من قوات النظام أمس، وقد فرّ الجنود الخمسة عشر من ثكنتهم ليلاً.", [[15, 15, 23]]],
  // … but a vague quantity told first is made a figure by the definite number, and an exact figure stays exact
  ["انشق عشرات العناصر من الفرقة الرابعة أمس. وقالت مصادر إن المنشقين الأربعين وصلوا إلى إدلب.", [[40, 40, 40]]],
  ["انشق 24 عنصراً من قسد أمس. وانشق العناصر الـ24 بعد خلاف مع قائدهم.", [[24, 24, 24]]],
  // … and another number than the one told is news, not a retelling
  ["انشق أكثر من 20 عنصراً من الدفاع الوطني أمس. وانشق العناصر الـ25 بعد خلاف مع قائدهم.", [[25, 25, 25]]],
];

describe("count choice", () => {
  it.each(COUNT_EXAMPLES)("%s", (text, counts) => {
    expect(run(text).map((e) => brief(e).count)).toEqual(counts);
  });
});
