/** Background sentences: a founding, a birth or a flashback does not lend its date to the incident told before it. */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../arabic/normalize";
import { splitSentences } from "../sentences";
import { tokenize } from "../tokens";
import { findTriggers } from "../triggers";
import { backgroundOf, type Background } from "./background";
import { run } from "./corpus";

// Published on Wednesday 2022-03-16: the default range is [2022-03-09, 2022-03-16]; last Sunday is 2022-03-13.
type Dated = [start: string, end: string, basis: string];
/** [text, every event's date]: the incident keeps its own date (or the default), not the background's. */
const EXAMPLES: Array<[string, Dated[]]> = [
  // a founding: "الانشقاق" is a word of the office's name, and mid last year the founding's date
  ["وصل 6 عناصر منشقين عن الفرقة الرابعة إلى ريف إدلب. وكان ناشطون قد أسسوا مكتب دعم الانشقاق في إدلب منتصف العام الماضي.", [["2022-03-09", "2022-03-16", "default"]]],
  // … also with no group in the sentence before (nothing to borrow a group from)
  [
    "أعلن مكتب معارض تأمين انشقاق 10 عناصر من قوات النظام. وتم ذلك دفعة واحدة من إحدى الجبهات. وكان عدد من الناشطين قد أنشؤوا مكتب دعم الانشقاق مطلع العام الماضي.",
    [["2022-03-09", "2022-03-16", "default"]],
  ],
  // a flashback with a subject of its own: an earlier incident, not the date of the three officers
  [
    "انشق 3 ضباط من قوات النظام ووصلوا إلى الشمال السوري. وكان عدد من العناصر قد فروا مطلع الشهر الماضي.",
    [["2022-03-09", "2022-03-16", "default"], ["2022-02-01", "2022-02-10", "context"]],
  ],
  // a flashback with a group of its own is its own incident: it neither joins the ten nor dates them
  [
    "أمّن المركز انشقاق 10 عناصر من قوات النظام على جبهات الشمال. وكانت فصائل المعارضة قد أعلنت أواخر العام الماضي انشقاق عدد من عناصر الفيلق الخامس في ريف إدلب.",
    [["2022-03-09", "2022-03-16", "default"], ["2021-09-24", "2021-12-31", "expression"]],
  ],
  // … and the triggers of one flashback sentence are one incident (the flight and the declaration)
  [
    "فرّ 5 عناصر من الدفاع الوطني أمس. وكان قائد المجموعة قد فرّ من صفوف الدفاع الوطني معلناً انشقاقه يوم الأحد.",
    [["2022-03-15", "2022-03-15", "expression"], ["2022-03-13", "2022-03-13", "expression"]],
  ],
];
/** Negatives: the same story told on lends its date. */
const NEGATIVES: Array<[string, Dated[]]> = [
  ["أعلن المركز تأمين انشقاق 10 عناصر من قوات النظام. وتم الانشقاق يوم الأحد الماضي من إحدى جبهات ريف حلب.", [["2022-03-13", "2022-03-13", "context"]]],
  ["وصل 10 عناصر منشقين عن قوات النظام إلى إدلب. وكانوا قد فروا من مواقعهم ليلة الأحد.", [["2022-03-13", "2022-03-13", "context"]]],
  ["وصل 10 عناصر منشقين عن قوات النظام إلى إدلب. وكان العناصر قد فروا من مواقعهم ليلة الأحد.", [["2022-03-13", "2022-03-13", "context"]]],
  // "تشكيل" is also a formation people leave, not a founding
  ["فرّ 5 عناصر من تشكيل تابع للفرقة الرابعة. وتم الفرار يوم الأحد الماضي من ريف حماة.", [["2022-03-13", "2022-03-13", "context"]]],
];

describe("background sentences do not lend their date", () => {
  it.each([...EXAMPLES, ...NEGATIVES])("%s", (text, dates) => {
    expect(run(text).map((e): Dated => [e.date.start, e.date.end, e.date.basis])).toEqual(dates);
  });
});

/** The classification of the one trigger of a sentence. */
function classify(sentence: string, triggerWord: string): Background {
  const norm = normalizeArabic(sentence);
  const tokens = tokenize(norm.text);
  const trig = findTriggers(tokens).find((t) => tokens[t.first].text.includes(triggerWord));
  if (!trig) throw new Error(`no trigger ${triggerWord} in ${sentence}`);
  return backgroundOf(tokens, trig, splitSentences(norm.text)[0]);
}

describe("backgroundOf", () => {
  it.each<[string, string, Background]>([
    ["ويعمل المكتب على تسهيل الانشقاق منذ تأسيسه في آذار 2019.", "الانشقاق", "another-story"],
    ["وهو من مواليد حمص عام 1970 وبقي في صفوف المعارضة منذ انشقاقه.", "انشقاقه", "another-story"],
    ["وتشكل الانشقاقات الأخيرة ضربة للنظام.", "الانشقاقات", "none"],
    ["وكان العناصر العشرة قد فروا من مواقعهم ليلة الأحد.", "فروا", "none"],
    ["وكان قائد المجموعة قد فر من مواقعه ليلة الأحد.", "فر", "flashback"],
    ["وكان ناشطون قد أطلقوا حملة لتشجيع الانشقاق مطلع العام.", "الانشقاق", "flashback"],
    ["وكان عدد من العناصر قد فروا مطلع الشهر الماضي.", "فروا", "flashback"],
    ["وكانوا قد فروا من مواقعهم ليلة الأحد.", "فروا", "none"],
    ["وكان هؤلاء قد فروا من مواقعهم ليلة الأحد.", "فروا", "none"],
    ["وتم الانشقاق يوم الأحد الماضي.", "الانشقاق", "none"],
    ["وقد فروا من مواقعهم ليلة الأحد.", "فروا", "none"],
    // a verbal noun whose people are the people just told, whatever the frame's subject
    ["وكانت الفرقة الرابعة قد شهدت انشقاق هؤلاء العناصر مساء الخميس.", "انشقاق", "none"],
    ["وكانت قسد قد شهدت فرار العناصر الخمسة مطلع الشهر.", "فرار", "none"],
    ["وكانت قسد قد شهدت فرار العناصر من صفوفها مطلع الشهر.", "فرار", "flashback"],
    ["وكانت الفرقة الرابعة قد شهدت انشقاق ثلاثة عناصر آخرين الشهر الماضي.", "انشقاق", "flashback"],
    // r9-leftovers: a figure told in the pluperfect may retell the people told (incidents.ts decides), "آخرون" may not
    ["وكان 12 عنصراً قد فروا من الفرقة الرابعة يوم الاثنين.", "فروا", "retold-figure"],
    ["وكان خمسة جنود من قوات النظام قد انشقوا.", "انشقوا", "retold-figure"],
    ["وكان عنصران من قسد قد انشقا أمس.", "انشقا", "retold-figure"],
    ["وكان 12 عنصراً آخرين قد فروا من مواقعهم.", "فروا", "flashback"],
    // a connective that says the incident is another one, before the trigger
    ["وفي حادثة أخرى، انشق 5 عناصر من الفرقة الرابعة.", "انشق", "another-incident"],
    ["وفي حادثة منفصلة فرّ 3 عناصر من الدفاع الوطني.", "فر", "another-incident"],
    ["وفي سياق آخر، أفادت مصادر بانشقاق 4 عناصر.", "بانشقاق", "another-incident"],
    ["وفي سياق متصل، انشق 5 عناصر من الفرقة الرابعة.", "انشق", "none"],
    ["وفي الحادثة ذاتها، انشق 5 عناصر من الفرقة الرابعة.", "انشق", "none"],
    ["انشق 5 عناصر من الفرقة الرابعة في حادثة أخرى هي الثانية هذا الأسبوع.", "انشق", "none"],
  ])("%s → %s", (sentence, word, expected) => {
    expect(classify(sentence, word)).toBe(expected);
  });
});
