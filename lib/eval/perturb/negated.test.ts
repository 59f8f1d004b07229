/**
 * What each frame of `npm run -s eval:negated` writes (lib/eval/perturb/negated-frames.ts): fixed sentences in, the
 * negated sentence out, and the sentences a frame must leave alone (null). The extractor is not involved here.
 */
import { describe, expect, it } from "vitest";
import { claimKey, claimOf, NEGATIONS } from "./negated-frames";

const frame = (name: string) => NEGATIONS.find((n) => n.name === name)!;

describe("the claim of a sentence: its verbal noun of leaving and the men it governs, cut before a second clause", () => {
  it.each([
    // a verbal noun before its count
    ["أعلن الاتحاد تأمين انشقاق مئة وسبعين عسكرياً في ريف القنيطرة.", "انشقاق", "مئة وسبعين عسكرياً في ريف القنيطرة"],
    ["جاءت الاعتقالات عقب انشقاق نحو 44 عنصراً في المنطقة وانتقالهم إلى مناطق الحكومة.", "انشقاق", "نحو 44 عنصراً في المنطقة"],
    // a perfect before its counted subject (a day word between them is left out)
    ["انشق اليوم 14 عنصراً من مليشيا الدفاع الوطني في مدينة دير الزور، والتحقوا بتنظيم الدولة.", "انشقاق", "14 عنصراً من مليشيا الدفاع الوطني في مدينة دير الزور"],
    ["فرّ 25 عنصراً من تنظيم داعش نحو إدلب بعد انشقاقهم عنه.", "فرار", "25 عنصراً من تنظيم داعش نحو إدلب"],
    // a counted subject after «أن/إن/فإن» and its perfect: the words after the verb follow the subject
    ["وأفاد مصدر بأن 4 عناصر من الدفاع الوطني فرّوا بأسلحتهم من إحدى النقاط، دون أن تُعرف وجهتهم.", "فرار", "4 عناصر من الدفاع الوطني بأسلحتهم من إحدى النقاط"],
    ["فإن خمسة عناصر من الدفاع الوطني انشقوا فجر اليوم في ريف الحسكة، واتجهوا نحو مناطق المعارضة.", "انشقاق", "خمسة عناصر من الدفاع الوطني فجر اليوم في ريف الحسكة"],
  ])("%s", (sentence, masdar, rest) => expect(claimOf(sentence)).toMatchObject({ masdar, rest }));

  it.each([
    // no count after the words of leaving, or no words of leaving
    ["أعلنت مجموعة من فرقة الحمزة انشقاقها عن الفصيل."],
    ["قتل 12 عنصراً من قوات النظام في قصف على ريف إدلب."],
  ])("none in %s", (sentence) => expect(claimOf(sentence)).toBeNull());

  it("keys a claim by its figure, not its hedge (the same men told «15» in a headline and «نحو 15» below)", () => {
    expect(claimKey(claimOf("انشقاق 15 عنصراً عن جيش النظام")!)).toBe("15");
    expect(claimKey(claimOf("أن نحو 15 عنصراً من ميليشيات النظام انشقوا مساء أمس")!)).toBe("15");
  });
});

const SENTENCE = "وأفاد مصدر بأن 4 عناصر من الدفاع الوطني فرّوا من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب نحو مناطق قسد.";

describe("the frames", () => {
  it.each([
    ["denial", "ونفت مصادر محلية صحة الأنباء عن فرار 4 عناصر من الدفاع الوطني من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب نحو مناطق قسد."],
    ["denied-clause", "ونفى مصدر عسكري أن يكون 4 عناصر من الدفاع الوطني من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب قد فرّوا."],
    ["rumour", "وتداولت صفحات محلية شائعات عن فرار 4 عناصر من الدفاع الوطني من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب نحو مناطق قسد، لم تؤكدها أي جهة."],
    ["fear", "وتخشى قيادة الفصيل فرار 4 عناصر من الدفاع الوطني من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب نحو مناطق قسد."],
    ["warning", "وحذّرت مصادر موالية من فرار 4 عناصر من الدفاع الوطني من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب نحو مناطق قسد."],
    ["condition", "وفي حال فرار 4 عناصر من الدفاع الوطني من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب نحو مناطق قسد، ستفقد القيادة السيطرة على المنطقة."],
    ["intent", "وكشفت مصادر محلية أن 4 عناصر من الدفاع الوطني من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب يعتزمون الفرار."],
    ["unable", "وأفادت مصادر محلية بأن 4 عناصر من الدفاع الوطني من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب لم يتمكنوا من الفرار."],
    // another set: where they went is dropped, «عن X» becomes «من X»
    ["killed", "وأفادت مصادر محلية بمقتل 4 عناصر من الدفاع الوطني من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب."],
    ["killed-verb", "وقُتل 4 عناصر من الدفاع الوطني من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب."],
    ["arrested", "وأفادت مصادر محلية باعتقال 4 عناصر من الدفاع الوطني من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب."],
    ["prisoners", "وفرّ 4 عناصر من الدفاع الوطني من إحدى النقاط العسكرية في مدينة مسكنة شرقي حلب كانوا محتجزين في أحد السجون."],
    // civilians: the group dropped, the place kept
    ["civilians", "وأفادت مصادر محلية بفرار 4 مدنيين من مدينة مسكنة شرقي حلب نحو مناطق قسد."],
  ])("%s", (name, out) => expect(frame(name).rewrite(SENTENCE)).toBe(out));

  it("«عن X» of the men's group becomes «من X» once they are another set", () => {
    expect(frame("killed").rewrite("أن قرابة 18 عنصراً انشقوا عن ميليشيا حركة النجباء التابعة لإيران.")).toBe("وأفادت مصادر محلية بمقتل قرابة 18 عنصراً من ميليشيا حركة النجباء التابعة لإيران.");
  });

  it.each([
    // a fear, a warning, a case supposed, an intent cannot hold what is dated in the past
    ["fear", "انشق 5 عناصر من الفرقة الرابعة أمس في ريف درعا."],
    ["condition", "أن خمسة عناصر من الدفاع الوطني انشقوا فجر اليوم في ريف الحسكة."],
    ["intent", "وشهد ريف دير الزور خلال شهر أيلول الماضي انشقاق 7 عناصر عن نظام الأسد في 19 أيلول 2020."],
    // civilians need a place to flee (a group is no place), and a construct «أحد عناصر» is no counted noun
    ["civilians", "أن قرابة 18 عنصراً انشقوا عن ميليشيا حركة النجباء التابعة لإيران."],
    ["civilians", "تمكنت الفصائل من تأمين انشقاق أحد عناصر تنظيم الدولة القادم من منطقة حوض اليرموك."],
    // prisoners escaping is not a total since a day
    ["prisoners", "عن فرار وانشقاق أكثر من 5 آلاف عنصر من قسد منذ سقوط نظام الأسد."],
  ])("%s leaves alone: %s", (name, sentence) => expect(frame(name).rewrite(sentence)).toBeNull());

  it("every frame removes the event from the gold", () => {
    for (const n of NEGATIONS) expect(n.gold).toBe("removed");
  });
});
