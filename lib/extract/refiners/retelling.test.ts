/** A second telling told loosely (retelling.ts): its examples and negatives, [text, events as kind/groups/count]. */
import { describe, expect, it } from "vitest";
import { brief, dated, run } from "./corpus";

type Events = Array<[string, string[], [number, number, number] | null]>;

const RETELLINGS: Array<[string, Events]> = [
  // a part of the people, told with the unit's name in the details: one incident, the lead's figure, the unit shown
  ["انشق 12 عنصراً من قوات النظام أمس في ريف درعا. وقالت مصادر ميدانية إن خمسة عناصر من الفرقة الرابعة انشقوا وسلّموا أنفسهم.", [["defection", ["4th-division"], [12, 12, 12]]]],
  // the unit first, the parent in the details, a sentence between, the date told again
  ["انشق نحو 40 عنصراً من الأسايش فجر اليوم. وتعاني المنطقة من انقطاع الكهرباء. وبحسب ناشطين فإن عشرة عناصر من قوات سوريا الديمقراطية انشقوا فجر اليوم.", [["defection", ["asayish"], [32, 40, 48]]]],
  // another name of the same group (an alias), the same place again
  ["انشق 20 عنصراً من تنظيم الدولة الإسلامية يوم الأحد الماضي في ريف دير الزور. وأكد مصدر أن ثمانية عناصر من داعش انشقوا في ريف دير الزور.", [["defection", ["isis"], [20, 20, 20]]]],
  // an undated lead takes the day the retelling tells
  ["انشق 12 عنصراً من قوات النظام في ريف درعا. وقالت مصادر ميدانية إن خمسة عناصر من الفرقة الرابعة انشقوا يوم الثلاثاء.", [["defection", ["4th-division"], [12, 12, 12]]]],
  // past another group's incident that has no figure (round 10): the latest incident of its lineage
  ["انشق 12 عنصراً من قوات النظام أمس. كما انشق عناصر من قسد في ريف الحسكة. وقالت مصادر ميدانية إن خمسة عناصر من الفرقة الرابعة انشقوا.", [["defection", ["4th-division"], [12, 12, 12]], ["defection", ["sdf"], null]]],
  // the town, then its governorate; a later approximation that holds the exact figure (round 10)
  ["انشق 27 عنصراً من قوات النظام أمس في مدينة نوى. وقالت مصادر إن نحو 30 عنصراً من الفرقة الرابعة انشقوا في ريف درعا.", [["defection", ["4th-division"], [27, 27, 27]]]],
  // a lead told with a vague quantity, retold with a figure below it and no day of its own (round 11): one incident
  ["انشق عشرات العناصر من قوات النظام أمس في ريف درعا. وقال مصدر محلي إن ثلاثة عناصر من الفرقة الرابعة انشقوا ولجؤوا إلى مناطق المعارضة.", [["defection", ["4th-division"], [20, 30, 99]]]],
];

const NOT_RETELLINGS: Array<[string, Events]> = [
  // … but told with a day of its own, a figure below a vague quantity is a batch of that day
  ["انشق عشرات العناصر من قوات النظام في ريف درعا. وقال مصدر محلي إن ثلاثة عناصر من الفرقة الرابعة انشقوا يوم الاثنين.", [["defection", ["syrian-army"], [20, 30, 99]], ["defection", ["4th-division"], [3, 3, 3]]]],
  // more people than were told
  ["انشق خمسة عناصر من الفرقة الرابعة أمس. وقالت مصادر إن 30 عنصراً من قوات النظام انشقوا.", [["defection", ["4th-division"], [5, 5, 5]], ["defection", ["syrian-army"], [30, 30, 30]]]],
  // another day
  ["انشق 12 عنصراً من قوات النظام أمس. وقالت مصادر إن خمسة عناصر من الفرقة الرابعة انشقوا الشهر الماضي.", [["defection", ["syrian-army"], [12, 12, 12]], ["defection", ["4th-division"], [5, 5, 5]]]],
  // an undated lead, a retelling of another day
  ["انشق 12 عنصراً من قوات النظام في ريف درعا. وقالت مصادر إن خمسة عناصر من الفرقة الرابعة انشقوا في كانون الثاني الماضي.", [["defection", ["syrian-army"], [12, 12, 12]], ["defection", ["4th-division"], [5, 5, 5]]]],
  // another destination: those who crossed abroad are not those who gave themselves up at home
  ["عبر 200 عسكري من جيش النظام الحدود إلى العراق أمس. وقالت مصادر إن 30 عنصراً من قوات النظام انشقوا وسلّموا أنفسهم لفصائل المعارضة.", [["desertion", ["syrian-army"], [200, 200, 200]], ["defection", ["syrian-army"], [30, 30, 30]]]],
  // an earlier happening ("وسبق أن")
  ["انشق 12 عنصراً من الدفاع الوطني في ريف حمص. وسبق أن انشق عنصران من الميليشيا ذاتها في ريف حمص.", [["defection", ["ndf"], [12, 12, 12]], ["defection", ["ndf"], [2, 2, 2]]]],
  // an undated retelling is of the report's last days: a lead dated months before is another incident
  ["انشق قرابة 25 مقاتلاً من الدفاع الوطني في نيسان الماضي. وأفادت مصادر بانشقاق 5 عناصر من الدفاع الوطني.", [["defection", ["ndf"], [20, 25, 30]], ["defection", ["ndf"], [5, 5, 5]]]],
  // another place
  ["انشق 12 عنصراً من قوات النظام أمس في ريف درعا. وقالت مصادر إن خمسة عناصر من الفرقة الرابعة انشقوا في ريف حلب.", [["defection", ["syrian-army"], [12, 12, 12]], ["defection", ["4th-division"], [5, 5, 5]]]],
  // another batch ("آخرين")
  ["انشق 12 عنصراً من قوات النظام أمس. وقالت مصادر إن خمسة عناصر آخرين من الفرقة الرابعة انشقوا.", [["defection", ["syrian-army"], [12, 12, 12]], ["defection", ["4th-division"], [5, 5, 5]]]],
  // a connective of another incident
  ["انشق 12 عنصراً من قوات النظام أمس. وفي حادثة أخرى، انشق خمسة عناصر من الفرقة الرابعة.", [["defection", ["syrian-army"], [12, 12, 12]], ["defection", ["4th-division"], [5, 5, 5]]]],
  // a sister unit is no lineage of the lead's group
  ["انشق 12 عنصراً من الفرقة الرابعة أمس. وقالت مصادر إن خمسة عناصر من الحرس الجمهوري انشقوا.", [["defection", ["4th-division"], [12, 12, 12]], ["defection", ["republican-guard"], [5, 5, 5]]]],
  // a day inside a tally's period is an incident of that period (conventions: two-tally-since-period)
  ["أحصت مصادر 40 حالة انشقاق في صفوف قسد منذ بداية الشهر الجاري. وسجلت الأسايش اليوم خمس حالات انشقاق بين عناصرها.", [["defection", ["sdf"], [40, 40, 40]], ["defection", ["asayish"], [5, 5, 5]]]],
  // another group's incident with its own figure told between: the retelling would reach past it
  ["انشق 12 عنصراً من قوات النظام أمس. وانشق ثلاثة عناصر من قسد فجر اليوم. وقالت مصادر إن خمسة عناصر من الفرقة الرابعة انشقوا.", [["defection", ["syrian-army"], [12, 12, 12]], ["defection", ["sdf"], [3, 3, 3]], ["defection", ["4th-division"], [5, 5, 5]]]],
  // two towns of one governorate are two places
  ["انشق 12 عنصراً من قوات النظام أمس في مدينة نوى. وقالت مصادر إن خمسة عناصر من الفرقة الرابعة انشقوا في مدينة طفس.", [["defection", ["syrian-army"], [12, 12, 12]], ["defection", ["4th-division"], [5, 5, 5]]]],
  // an approximation whose range does not hold the exact figure: more people
  ["انشق 12 عنصراً من قوات النظام أمس. وقالت مصادر إن نحو 30 عنصراً من الفرقة الرابعة انشقوا.", [["defection", ["syrian-army"], [12, 12, 12]], ["defection", ["4th-division"], [24, 30, 36]]]],
];

describe("a loose retelling folds into the latest incident of its lineage", () => {
  it.each(RETELLINGS)("%s", (text, events) => {
    expect(run(text).map((e) => { const b = brief(e); return [b.kind, b.groups, b.count]; })).toEqual(events);
  });
  it("dates the incident by the retelling's day when the lead told none", () => {
    expect(dated(RETELLINGS[3][0])).toEqual([["4th-division", 12, "2022-03-15", "2022-03-15"]]);
  });
});

describe("… not when something says it is another incident", () => {
  it.each(NOT_RETELLINGS)("%s", (text, events) => {
    expect(run(text).map((e) => { const b = brief(e); return [b.kind, b.groups, b.count]; })).toEqual(events);
  });
});
