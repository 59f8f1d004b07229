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
  // (r15) … after a sentence that only gives their number, which goes on with the same men
  ["أفادت مصادر بأن عناصر انشقوا عن الفرقة الرابعة أمس. وبلغ عددهم 12 عنصراً. وقالت مصادر إن المنشقين يختبئون في مزرعة قريبة.", "desertion"],
  // … but not after a sentence that tells something else between
  ["أفادت مصادر بأن عناصر انشقوا عن الفرقة الرابعة أمس. وبلغ عدد القتلى في المعارك 12 عنصراً. وقالت مصادر إن المنشقين يختبئون في مزرعة قريبة.", "defection"],
  // (r17) … and after sentences that go on about the same men: one of them quoted, others joining them
  ["انشق خمسة عناصر من الفرقة الرابعة أمس. وقال أحد المنشقين: \"قررنا ترك مواقعنا بعد أن تأخرت رواتبنا\". وقالت مصادر إن المنشقين يختبئون في مزرعة قريبة.", "desertion"],
  ["انشق خمسة عناصر من الفرقة الرابعة أمس. ثم لحق بهم آخرون في وقت لاحق. ولم تعرف وجهتهم حتى الآن.", "desertion"],
  // handed over at a border on the way home: desertion; to the other side's army: defection
  ["سلّم عشرة مقاتلين أفغان من لواء فاطميون أنفسهم للسلطات الإيرانية عند الحدود أمس وعادوا إلى بلدهم.", "desertion"],
  ["سلّم عشرة مسلحين من تنظيم داعش أنفسهم للجيش السوري أمس وعادوا إلى قراهم بعد تسوية أوضاعهم.", "defection"],
  // … not when the next sentence is about someone else, nor when the side is stated
  ["انشق خمسة عناصر من قسد أمس. وتختبئ خلايا داعش في البادية.", "defection"],
  ["انشق خمسة عناصر من قسد أمس والتحقوا بالجيش الوطني.", "defection"],
  // a crossing told in the next sentence by its own plural verb goes on with the same people (merge.ts)
  ["انشق 16 عسكرياً عن الجيش السوري أمس. وعبروا الحدود إلى تركيا.", "desertion"],
  // a part of them told in a later clause is no other incident: the destination after it is theirs (round 6)
  ["انشق خمسة عناصر من قسد أمس، بينهم ضابطان، ووصلوا إلى تركيا.", "desertion"],
  // (round 13) the area outside the SDF's, ISIS's or HTS's control names no one side: a flight there is a desertion,
  // a verb of defecting a defection, as with no destination (destinations-outside.ts noSideOf) …
  ["فرّ 7 عناصر من قسد أمس إلى خارج مناطق سيطرة قسد.", "desertion"],
  ["هرب 5 عناصر من صفوف تنظيم داعش أمس إلى خارج مناطق سيطرة التنظيم.", "desertion"],
  ["فرّ 4 عناصر من هيئة تحرير الشام أمس إلى المناطق الخارجة عن سيطرة الهيئة.", "desertion"],
  ["انشق 7 عناصر عن قسد أمس وتوجهوا إلى خارج مناطق سيطرة قسد.", "defection"],
  // … the area outside the regime's control is the opposition's, and outside the opposition's the regime's: a side
  ["فرّ 7 عناصر من قوات النظام أمس إلى خارج مناطق سيطرة النظام.", "defection"],
  ["هرب 5 عناصر من الجبهة الشامية أمس إلى خارج مناطق سيطرة المعارضة.", "defection"],
  // (r15) a headline «انشقاق» over a body that tells a flight with no side: the text calls it انشقاق, a defection
  // (dev-reports README); a headline «فرار» over a body «انشق», or a flight to a side: a defection too
  ["انشقاق عناصر من الفرقة الرابعة في ريف درعا\nفرّ خمسة عناصر من الفرقة الرابعة أمس في ريف درعا.", "defection"],
  ["فرار عناصر من الفرقة الرابعة في ريف درعا\nانشق خمسة عناصر من الفرقة الرابعة أمس في ريف درعا.", "defection"],
  ["انشقاق عناصر من الفرقة الرابعة في ريف درعا\nفرّ خمسة عناصر من الفرقة الرابعة أمس ووصلوا إلى مناطق سيطرة الجيش الوطني.", "defection"],
];

// Round 6 (run-on sentences): a second trigger with its own figure in a later clause opens another incident, and what
// follows it (its destination, "abroad") is that incident's, not the first one's.
const TWO_INCIDENT_EXAMPLES: Array<[string, Array<[string, string | null]>]> = [
  ["انشق طاقم دبابة عن قوات النظام في ريف إدلب أمس، وذكر ناشطون أن تسعة جنود من قوات النظام انشقوا في درعا ووصلوا إلى الأردن.", [["defection", null], ["desertion", "الأردن"]]],
  ["انشق طاقم دبابة عن قوات النظام في ريف إدلب أمس، وقال ناشطون إن سبعة جنود من الفرقة الرابعة فروا إلى لبنان.", [["defection", null], ["desertion", "لبنان"]]],
  // (r17) the men's hiding told after another incident is that incident's, not the first one's
  ["انشق خمسة عناصر من الفرقة الرابعة أمس. وانشق سبعة عناصر من قسد أمس في ريف الرقة. وقالت مصادر إن المنشقين يختبئون في مزرعة قريبة.", [["defection", null], ["desertion", null]]],
];

describe("kind of two incidents in one sentence", () => {
  it.each(TWO_INCIDENT_EXAMPLES)("%s", (text, kinds) => {
    expect(run(text).map((e) => [e.kind, e.destination?.text ?? null])).toEqual(kinds);
  });
});

describe("kind", () => {
  it.each(KIND_EXAMPLES)("%s → %s", (text, kind) => {
    expect(run(text).map((e) => e.kind)).toEqual([kind]);
  });
});
