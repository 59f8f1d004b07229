/** The kind: attempted when caught trying; desertion abroad, home or unknown; defection to another side. */
import { describe, expect, it } from "vitest";
import { run } from "./corpus";

const KIND_EXAMPLES: Array<[string, string]> = [
  ["انشق خمسة عناصر من ميليشيا الدفاع الوطني أمس والتحقوا بقوات قسد.", "defection"],
  ["فر عشرة عناصر من قوات النظام أمس وتوجهوا إلى الأردن.", "desertion"],
  ["حاول أربعة عناصر من الفرقة الرابعة الفرار أمس لكن القبض عليهم تم.", "attempted"],
  ["فرّ سبعة عناصر من الفرقة الرابعة أمس ولم تعرف وجهتهم.", "desertion"],
  ["انشق سبعة عناصر من الفرقة الرابعة أمس.", "defection"],
  // only some of them reached the other side, told after the flight: mainly abandonment
  ["فرّ 15 عنصراً من الفرقة الرابعة أمس، ووصل بعضهم إلى مناطق المعارضة.", "desertion"],
  ["فرّ 15 عنصراً من الفرقة الرابعة أمس، وتوجه قسم منهم إلى الأردن.", "desertion"],
  // … but all of them reaching it is a defection
  ["فرّ 15 عنصراً من الفرقة الرابعة أمس، ووصلوا جميعاً إلى مناطق المعارضة.", "defection"],
  // in hiding, or only supposed to have joined a side, here or in the next sentence about them
  ["انشق خمسة عناصر من الفرقة الرابعة أمس ثم تواروا عن الأنظار.", "desertion"],
  ["انشق خمسة عناصر من الفرقة الرابعة أمس. وقالت مصادر إن المنشقين يختبئون في مزرعة قريبة.", "desertion"],
  ["انشق خمسة عناصر من قسد أمس، ويعتقد أنهم التحقوا بالجيش الوطني.", "desertion"],
  // handed over at a border on the way home: desertion; to the other side's army: defection
  ["سلّم عشرة مقاتلين أفغان من لواء فاطميون أنفسهم للسلطات الإيرانية عند الحدود أمس وعادوا إلى بلدهم.", "desertion"],
  ["سلّم عشرة مسلحين من تنظيم داعش أنفسهم للجيش السوري أمس وعادوا إلى قراهم بعد تسوية أوضاعهم.", "defection"],
  // … not when the next sentence is about someone else, nor when the side is stated
  ["انشق خمسة عناصر من قسد أمس. وتختبئ خلايا داعش في البادية.", "defection"],
  ["انشق خمسة عناصر من قسد أمس والتحقوا بالجيش الوطني.", "defection"],
  // a crossing told in the next sentence by its own plural verb goes on with the same people (merge.ts)
  ["انشق 16 عسكرياً عن الجيش السوري أمس. وعبروا الحدود إلى تركيا.", "desertion"],
];

describe("kind", () => {
  it.each(KIND_EXAMPLES)("%s → %s", (text, kind) => {
    expect(run(text).map((e) => e.kind)).toEqual([kind]);
  });
});
