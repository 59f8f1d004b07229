/** A plural telling with no figure (plural-telling.ts): its examples and negatives, [text, events as kind/groups/count]. */
import { describe, expect, it } from "vitest";
import { brief, run } from "./corpus";

type Events = Array<[string, string[], [number, number, number] | null]>;

const ONE: [number, number, number] = [1, 1, 1];

/** A named man's story, then people of his lineage with no figure: two incidents. */
const PLURAL_AFTER_ONE_MAN: Array<[string, Events]> = [
  // the verb before its plural subject ("انشق عناصر")
  ["انشق الملازم أحمد العلي عن قوات النظام أمس. كما انشق عناصر من الفرقة الرابعة ولجؤوا إلى مناطق المعارضة.", [["defection", ["syrian-army"], ONE], ["defection", ["4th-division"], null]]],
  // a flight of soldiers from the same group, a sentence between
  ["فرّ النقيب خالد الحسن من صفوف قسد أمس وسلّم نفسه لفصائل المعارضة. وتشهد المنطقة توتراً أمنياً. وفرّ جنود من صفوف قسد باتجاه مناطق المعارضة.", [["defection", ["sdf"], ONE], ["defection", ["sdf"], null]]],
  // a verbal noun with no figure, date or place, kept apart from the man's story, opens its own incident
  ["انشق الملازم أحمد العلي عن قوات النظام أمس. وأفادت مصادر محلية بانشقاق عناصر من الفرقة الرابعة.", [["defection", ["syrian-army"], ONE], ["defection", ["4th-division"], null]]],
  // the subject first, the verb's own plural ending
  ["انشق الرقيب محمود الصالح عن الجيش الوطني يوم الأحد. وقال مصدر إن مقاتلين من فرقة السلطان مراد انشقوا ولجؤوا إلى مناطق قسد.", [["defection", ["sna"], ONE], ["defection", ["sultan-murad"], null]]],
];

/** The same man told again, or people who left with him: one incident. */
const ONE_MAN_STORY: Array<[string, Events]> = [
  ["انشق الملازم أحمد العلي عن قوات النظام أمس. وقال مصدر إن الضابط المنشق عن قوات النظام وصل إلى مناطق المعارضة.", [["defection", ["syrian-army"], ONE]]],
  ["انشق الملازم أحمد العلي عن الفرقة الرابعة أمس. وأكدت مصادر انشقاق الملازم أحمد العلي عن قوات النظام.", [["defection", ["4th-division"], ONE]]],
  // with him: his companions, unnumbered — the same incident, whose head count is unknown (conventions: null)
  ["انشق النقيب خالد الحسن عن قسد أمس. وانشق معه عناصر من الأسايش ولجؤوا إلى مناطق المعارضة.", [["defection", ["asayish"], null]]],
  ["أعلن القيادي أبو محمد الحلبي انشقاقه عن هيئة تحرير الشام أمس. وانشق برفقته عناصر من مجموعته.", [["defection", ["hts"], null]]],
];

/** People with no figure after a telling of people: the fold as before (no one man to keep apart). */
const PLURAL_AFTER_PEOPLE: Array<[string, Events]> = [
  ["انشق 12 عنصراً من قوات النظام أمس. كما انشق عناصر من الفرقة الرابعة ولجؤوا إلى مناطق المعارضة.", [["defection", ["4th-division"], [12, 12, 12]]]],
];

const view = (text: string) => run(text).map((e) => { const b = brief(e); return [b.kind, b.groups, b.count]; });

describe("a plural telling with no figure folds into no one-man incident", () => {
  it.each(PLURAL_AFTER_ONE_MAN)("%s", (text, events) => expect(view(text)).toEqual(events));
});
describe("… the man told again, or people with him, are his incident", () => {
  it.each(ONE_MAN_STORY)("%s", (text, events) => expect(view(text)).toEqual(events));
});
describe("… and people after people fold as before", () => {
  it.each(PLURAL_AFTER_PEOPLE)("%s", (text, events) => expect(view(text)).toEqual(events));
});
