import { describe, expect, it } from "vitest";
import { stripPreposition } from "./destinations";
import { firstEvent as only } from "./places-testing";

/** Each rule of destination choice with its own example sentences (written for these tests; places: places.test.ts). */
const DESTINATION_RULES: Array<{ rule: string; examples: Array<[string, string | null]> }> = [
  {
    rule: "a quantifier after a joining verb (قسم، بعض) is the subject, not whom they joined",
    examples: [["انشق 20 عنصراً من حركة أحرار الشام أمس، فانضم قسم منهم إلى هيئة تحرير الشام.", "هيئة تحرير الشام"]],
  },
  {
    rule: "the side that holds a place (الخاضعة لسيطرة X) is not where they went",
    examples: [["انشق 5 عناصر من الفرقة الرابعة أمس في بلدة معدان الخاضعة لسيطرة النظام.", null]],
  },
  {
    rule: "an adverb between the verb and 'إلى' (جميعاً، لاحقاً) is skipped",
    examples: [["انشق 11 جندياً من قوات النظام أمس وانضموا جميعاً إلى الجيش الحر.", "الجيش الحر"]],
  },
  {
    rule: "after 'سلّموا أنفسهم' the destination is whom they surrendered to",
    examples: [
      ["هرب 7 مسلحين من جيش الإسلام أمس وسلّموا أنفسهم للجيش السوري عند معبر مخيم الوافدين.", "جيش السوري"],
      ["فرّ عنصر من تنظيم الدولة أمس وسلّم نفسه لوحدات الجيش الحر في ريف درعا.", "الجيش الحر"],
      ["هرب 8 مسلحين من جبهة النصرة أمس وسلّموا أنفسهم للسلطات المحلية في المدينة.", "سلطات المحلية"],
      ["فرّ 5 عناصر من تنظيم الدولة أمس وسلموا أنفسهم وأسلحتهم إلى الشرطة العسكرية.", "الشرطة العسكرية"],
      // … also with the subject between the verb and its reflexive object
      ["سلّم عشرون مسلحاً من تنظيم داعش أنفسهم وأسلحتهم للجهات المختصة في ريف حمص أمس.", "جهات المختصة"],
    ],
  },
  {
    rule: "a unit noun before the group joined is part of the destination (كتائب/فصائل/وحدات X)",
    examples: [["انشق 13 جندياً من قوات النظام أمس وانضموا جميعاً إلى كتائب الجيش الحر في المنطقة.", "الجيش الحر"]],
  },
  {
    rule: "(round 15) a refuge is where they went: «لجأوا لـX»، «لجأوا إلى مناطق سيطرة X»، «احتموا بـX»; a recourse (القضاء، الحيلة، المهربين) is no place",
    examples: [
      ["فرّ 12 عنصراً من قوات النظام في ريف دير الزور أمس ولجأوا لقسد.", "قسد"],
      ["انشق سبعة عناصر عن قسد أمس ولجأوا إلى مناطق سيطرة الجيش الوطني.", "الجيش الوطني"],
      ["فرّ 12 عنصراً من قسد أمس واحتموا بالجيش الوطني.", "الجيش الوطني"],
      ["انشق 12 عنصراً عن قوات النظام أمس بعد أن لجأوا إلى الحيلة.", null],
      ["انشق 12 عنصراً عن قوات النظام أمس ولجأوا إلى المهربين للخروج.", null],
      ["انشق 12 عنصراً عن قوات النظام أمس بعد أن لجأ ذووهم إلى القضاء.", null],
    ],
  },
  {
    rule: "'قاصدين X' names where they headed",
    examples: [["هرب 30 عنصراً من تنظيم الدولة خلال الأسبوع الماضي قاصدين الأراضي التركية.", "التركية"]],
  },
  {
    rule: "back to one's own unit (إلى قطعهم) is not where they went; a place after it still is",
    examples: [
      ["عناصر من الفيلق الخامس لم يعودوا إلى قطعهم\nدرعا – مراسلنا\nلم يعد 25 عنصراً من الفيلق الخامس إلى قطعهم بعد انتهاء إجازاتهم أمس.", null],
      ["رفض 9 عناصر من قسد العودة إلى قطعهم أمس وتوجهوا إلى الأردن.", "الأردن"],
    ],
  },
  {
    rule: "'إلى جهة مجهولة' is an unknown destination, written as such",
    examples: [["فرّ 9 عناصر من لواء فاطميون أمس من مواقعهم في بادية السخنة إلى جهة مجهولة.", "جهة مجهولة"]],
  },
  {
    rule: "a river crossed is a route, not a destination",
    examples: [["انشق 4 عناصر من الدفاع الوطني أمس وعبروا نهر الفرات.", null]],
  },
  {
    rule: "an area outside an owner's control (خارج/الخارجة عن/غير الخاضعة ل + area or control + owner) is one destination, read whole",
    examples: [
      ["انشق 5 عناصر من قوات النظام أمس ووصلوا إلى مناطق خارج سيطرة النظام.", "مناطق خارج سيطرة النظام"],
      ["فرّ 7 عناصر من قسد أمس إلى خارج مناطق سيطرة قسد.", "خارج مناطق سيطرة قسد"],
      ["انشق 3 عناصر من الفرقة الرابعة أمس وفروا إلى خارج مناطق النظام.", "خارج مناطق النظام"],
      ["انشق 5 عناصر من الدفاع الوطني أمس وهربوا خارج مناطق سيطرة النظام.", "خارج مناطق سيطرة النظام"],
      ["انشق 6 عناصر من قوات النظام أمس وفروا إلى المناطق الخارجة عن سيطرة النظام.", "المناطق الخارجة عن سيطرة النظام"],
      ["انشق 3 عناصر من قوات النظام في حلب أمس ووصلوا إلى مناطق خارجة عن سيطرة النظام.", "مناطق خارجة عن سيطرة النظام"],
      ["انشق 5 عناصر من قوات النظام أمس ووصلوا إلى المناطق غير الخاضعة لسيطرة النظام في ريف حلب.", "المناطق غير الخاضعة لسيطرة النظام"],
      ["انشق 5 عناصر من قوات النظام أمس وفروا إلى مناطق خارج سيطرة الحكومة السورية.", "مناطق خارج سيطرة الحكومة السورية"],
      ["انشق 5 عناصر من الجبهة الشامية أمس وفروا إلى خارج مناطق سيطرة المعارضة.", "خارج مناطق سيطرة المعارضة"],
    ],
  },
  {
    rule: "«خارج» abroad, out of service, or out of control with no owner is no such area",
    examples: [
      ["انشق 4 عناصر من قوات النظام أمس وفروا إلى خارج البلاد.", null],
      ["انشق 6 عناصر من قوات النظام أمس وفروا خارج سوريا.", null],
      ["انشق 5 عناصر من قوات النظام أمس بعد أن أصبحت مواقعهم خارج السيطرة.", null],
      ["انشق 5 عناصر من قوات النظام أمس وأصبحت دباباتهم خارج الخدمة.", null],
      // (not after a verb of fleeing: where one lives, not where one went)
      ["انشق ضابط من قوات النظام أمس، وهو مقيم خارج مناطق سيطرة النظام منذ سنوات.", null],
    ],
  },
];

describe("destination", () => {
  for (const { rule, examples } of DESTINATION_RULES) {
    describe(rule, () => {
      for (const [body, want] of examples) {
        it(body.slice(0, 60), () => {
          const e = only(body);
          if (want === null) expect(e.destination).toBeNull();
          else expect(e.destination?.text ?? "").toContain(want);
        });
      }
    });
  }
});

describe("an unknown destination joins no side", () => {
  it("'فرّوا إلى جهة مجهولة' is a desertion", () => {
    expect(only("فرّ 9 عناصر من لواء فاطميون أمس من مواقعهم في بادية السخنة إلى جهة مجهولة.").kind).toBe("desertion");
  });
});

describe("the resolved area drops the glued preposition, the written text keeps it", () => {
  const cases: Array<[string, string]> = [
    ["لمناطق سيطرة الحكومة", "مناطق سيطرة الحكومة"],
    ["للجيش الحر", "الجيش الحر"],
    ["بصفوف قوات العشائر", "صفوف قوات العشائر"],
    ["لبنان", "لبنان"],
    ["بلدة الباب", "بلدة الباب"],
    ["مناطق قسد", "مناطق قسد"],
  ];
  for (const [written, area] of cases) it(written, () => expect(stripPreposition(written)).toBe(area));
  it("in an event", () => {
    const e = only("انشق 7 عناصر من الدفاع الوطني أمس وانضموا لمناطق سيطرة الحكومة.");
    expect(e.destination?.text).toBe("لمناطق سيطرة الحكومة");
    expect(e.destination?.area).toBe("مناطق سيطرة الحكومة");
  });
});

/**
 * (round 13) A unit named by its noun alone where the men went (destinations.ts `unitWords`): the words of the text, without
 * the clitic, with «آخر/أخرى», and no group; a unit noun before a name is that group. [text, destination text, group id].
 */
export const UNIT_EXAMPLES: Array<[string, string | null, string | null]> = [
  ["انشق 12 عنصراً من قسد أمس والتحقوا بفصيل آخر.", "فصيل آخر", null],
  ["انشق 5 عناصر من فيلق الشام وانضموا إلى فصائل أخرى ضمن الجبهة الوطنية للتحرير.", "فصائل أخرى", null],
  ["فرّ 8 عناصر من الفرقة الرابعة قبل أن يلتحقوا بمجموعة أخرى.", "مجموعة أخرى", null],
  ["أعلنت كتلة عسكرية انشقاقها عن فيلق الشام والتحاقها بتشكيل آخر داخل الجيش ذاته.", "تشكيل آخر", null],
  ["انشق 5 عناصر من جيش الإسلام والتحقوا بكتيبة.", "كتيبة", null],
  // negatives: a unit noun before a name is the name's head, a unit with a name of its own is that unit
  ["انشق 5 عناصر من قسد والتحقوا بتشكيل هيئة تحرير الشام.", "هيئة تحرير الشام", "hts"],
  ["انشق 5 عناصر من قسد والتحقوا بفصيل فيلق الشام.", "فصيل فيلق الشام", "faylaq-al-sham"],
  ["انشق 5 عناصر من قسد والتحقوا بلواء الفتح.", "لواء الفتح", null],
];

describe("a unit named by its noun alone is where they went as words, never a bare noun with its clitic", () => {
  for (const [text, words, id] of UNIT_EXAMPLES) {
    it(text, () => {
      const e = only(text);
      expect(e.destination?.text ?? null).toBe(words);
      expect(e.destination?.group_id ?? null).toBe(id);
    });
  }
});
