import { describe, expect, it } from "vitest";
import { firstEvent as only } from "./places-testing";

/** Each rule of place choice with its own example sentences (written for these tests; destinations: destinations.test.ts). */
const PLACE_RULES: Array<{ rule: string; examples: Array<[string, string | null]> }> = [
  {
    rule: "a place in a unit's description (التابعة ل… في X، الفرع…) is not the incident's place",
    examples: [
      ["انشق نحو 30 عنصراً من ميليشيا الدفاع الوطني التابعة لفرع الأمن العسكري في حلب، عن مواقعهم المنتشرة في ريف حماة الشرقي أمس.", "حماة"],
      ["فرّ 12 عنصراً من لواء القدس التابع لقيادة الأركان في دمشق من نقاطهم في بادية تدمر أمس الأحد.", "تدمر"],
    ],
  },
  {
    rule: "a town is preferred to the governorate that contains it",
    examples: [
      ["وفي حلب التي تشهد توتراً أمنياً انشق 9 عناصر من الدفاع الوطني أمس، وذلك في بلدة السفيرة جنوبي المدينة.", "السفيرة"],
      ["وفي ريف دمشق انشق 14 مجنداً من قوات النظام أمس، وذلك في مدينة النبك.", "النبك"],
    ],
  },
  {
    rule: 'a settlement named in quotes after its kind (مدينة "X") is the place even when the gazetteer lacks it',
    examples: [
      ['شهدت بلدة "كفر عويد" في ريف إدلب أمس انشقاق 6 عناصر من قوات النظام.', "كفر عويد"],
      ["انشق 10 عناصر من الدفاع الوطني أمس في قرية «الشيخ حديد» بريف حلب.", "الشيخ حديد"],
    ],
  },
  {
    rule: "a place they went to (after إلى/نحو, or joined by و to the destination) is not where it happened",
    examples: [
      ["انشق قائد من جبهة النصرة عام 2015 وانضم إلى تنظيم الدولة ثم عاد إلى حماة، وكان يقيم في مدينة سلقين.", "سلقين"],
      ["فرّ 14 عنصراً من تنظيم الدولة أمس نحو مدينتي الباب وجرابلس.", null],
    ],
  },
  {
    rule: "a route (a river) or a bare compass word is no place of the incident",
    examples: [
      ["انشق 6 عناصر من قوات النظام أمس وعبروا نهر الفرات باتجاه مناطق سيطرة قسد.", null],
      ["انشق 8 عناصر من فرقة الحمزة أمس قرب قرية تل جيجان شمال منبج.", "منبج"],
    ],
  },
];

describe("place of the incident", () => {
  for (const { rule, examples } of PLACE_RULES) {
    describe(rule, () => {
      for (const [body, want] of examples) {
        it(body.slice(0, 60), () => {
          const e = only(body);
          if (want === null) expect(e.place).toBeNull();
          else expect(`${e.place?.text ?? ""} ${e.place?.name_ar ?? ""}`).toContain(want);
        });
      }
    });
  }
});
