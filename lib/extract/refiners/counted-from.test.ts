/** "بعد يومين من انشقاق …": an incident dated from the incident of its sentence. Examples and negatives (P = Wed 2022-03-16). */
import { describe, expect, it } from "vitest";
import { dated, run, type Dated } from "./corpus";

const EXAMPLES: Array<[string, Dated[]]> = [
  ["انشق خمسة عناصر من الفرقة الرابعة أمس ووصلوا إلى مناطق المعارضة، بعد يومين من انشقاق ثلاثة عناصر من الدفاع الوطني.", [["4th-division", 5, "2022-03-15", "2022-03-15"], ["ndf", 3, "2022-03-13", "2022-03-13"]]],
  ["بعد ثلاثة أيام من انشقاق ثمانية مقاتلين من الفرقة الرابعة، انشق خمسة عناصر من قوات سوريا الديمقراطية يوم الأحد الماضي.", [["4th-division", 8, "2022-03-10", "2022-03-10"], ["sdf", 5, "2022-03-13", "2022-03-13"]]],
  ["فرّ 12 عنصراً من تنظيم داعش فجر اليوم وسلّموا أنفسهم لقوات سوريا الديمقراطية، بعد أسبوع من انشقاق عنصرين آخرين من التنظيم.", [["isis", 12, "2022-03-16", "2022-03-16"], ["isis", 2, "2022-03-09", "2022-03-09"]]],
  // another happening governs the sentence: the incident is counted back from its day
  ["قصفت المدفعية قرى ريف درعا يوم الأحد الماضي، بعد يومين من انشقاق خمسة عناصر من الفرقة الرابعة في المنطقة.", [["4th-division", 5, "2022-03-11", "2022-03-11"]]],
  ["بعد أسبوع من انشقاق ثلاثة عناصر من قوات سوريا الديمقراطية، داهمت دوريات منازل ذويهم أمس.", [["sdf", 3, "2022-03-08", "2022-03-08"]]],
];

const NEGATIVES: Array<[string, Dated[]]> = [
  // "بعد يومين من وصولهم": counted from something that is no incident of its own
  ["انشق خمسة عناصر من الفرقة الرابعة يوم الأحد الماضي، وأعلنوا انشقاقهم بعد يومين من وصولهم إلى إدلب.", [["4th-division", 5, "2022-03-13", "2022-03-13"]]],
  // the verbal noun has a date of its own
  ["انشق خمسة عناصر من الفرقة الرابعة أمس، بعد يومين من انشقاق ثلاثة عناصر من الدفاع الوطني الشهر الماضي.", [["4th-division", 5, "2022-03-15", "2022-03-15"], ["ndf", 3, "2022-02-01", "2022-02-28"]]],
];

describe("dated from the incident of its sentence", () => {
  it.each(EXAMPLES)("%s", (text, want) => expect(dated(text)).toEqual(want));
});
describe("not dated from it", () => {
  it.each(NEGATIVES)("%s", (text, want) => expect(dated(text)).toEqual(want));
  // An uncounted span says no day: the rule moves nothing (what the background's date should be, the conventions do not say).
  it("بعد أيام من انشقاق …", () => {
    const events = run("انشق خمسة عناصر من الفرقة الرابعة أمس، بعد أيام من انشقاق ثلاثة عناصر من الدفاع الوطني.");
    expect(events.every((e) => !e.date.rule.includes("days-before-incident"))).toBe(true);
  });
});
