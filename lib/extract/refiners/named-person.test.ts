/** A man told by his name (named-person.ts): the names it reads, and the fold it makes, with their negatives. */
import { describe, expect, it } from "vitest";
import { readReport } from "../index";
import { brief, PUBLISHED_DAY, run } from "./corpus";
import { otherMan, personNamed } from "./named-person";
import * as $normalize from "../../arabic/normalize";

const { foldLetters } = $normalize;

/** The name each trigger of the text tells, folded words joined by a space ("" for none), in text order. */
function namesOf(body: string): string[] {
  const read = readReport({ id: "named", body, published: { start: PUBLISHED_DAY, end: PUBLISHED_DAY } });
  return read.candidates.map((c) => (personNamed(read.tokens, c) ?? []).join(" "));
}
const folded = (s: string) => s.split(" ").map(foldLetters).join(" ");

/** [text, the name of each trigger ("" for none)]. */
const NAMES: Array<[string, string[]]> = [
  // after a verb of leaving, a rank of two words
  ["انشق الملازم أول أحمد العلي عن قوات النظام أمس.", ["أحمد العلي"]],
  // past an adverb, a rank of two words and a name of three
  ["وانشق أيضاً المساعد أول فادي العبد الله عن الفرقة الرابعة.", ["فادي العبد"]],
  // "المدعو" after a verb of flight; "الشاب" with a first name that folds like "على"
  ["وفرّ المدعو حسان الأحمد من صفوف قسد.", ["حسان الأحمد"]],
  ["كما انشق الشاب علي المصطفى عن الجيش الوطني.", ["علي المصطفى"]],
  // after a verbal noun; a kunya with its title, before a verbal noun with his pronoun
  ["وأفادت مصادر محلية بانشقاق العريف ماهر الخطيب عن قوات النظام.", ["ماهر الخطيب"]],
  ["كما أعلن القيادي أبو حمزة الديري انشقاقه عن هيئة تحرير الشام.", ["حمزة الديري"]],
  // a kunya with no title
  ["وانشق أبو عمر الشامي عن تنظيم داعش.", ["عمر الشامي"]],
  // a name in quotes or brackets after its designation
  ["وفرّ المدعو «أبو علي الحلبي» من صفوف قوات النظام.", ["علي الحلبي"]],
  ["وانشق القيادي (أبو حمزة) عن هيئة تحرير الشام.", ["حمزة"]],
  // negatives: a rank with no name, a post, a unit, a pronoun, a speaker before a verb of saying, people
  ["انشق الملازم أحمد العلي أمس. وقال النقيب المنشق عن قوات النظام إنه وصل إلى مناطق المعارضة.", ["أحمد العلي"]],
  ["وانشق القيادي في هيئة تحرير الشام عن الهيئة.", [""]],
  ["انشق اللواء الثامن عن الفيلق الخامس.", [""]],
  ["وأوضح أنه انشق عن قوات النظام احتجاجاً على الانتهاكات.", [""]],
  ["وقال الملازم العلي في تسجيل مصور إنه انشق عن قوات النظام.", [""]],
  ["كما انشق عناصر من الفرقة الرابعة.", [""]],
  // (round 14) before a verbal noun with his pronoun: a kunya with no family name ends at the trigger; an adverbial
  // between the name and the trigger (an indefinite accusative, a prepositional phrase)
  ["أعلن أبو بكر انشقاقه عن هيئة تحرير الشام.", ["بكر"]],
  ["أعلن القيادي أبو بكر انشقاقه عن هيئة تحرير الشام.", ["بكر"]],
  ["أعلن أبو بكر الشامي رسمياً انشقاقه عن هيئة تحرير الشام.", ["بكر الشامي"]],
  ["وأعلن أبو عمر في بيان مصور انشقاقه عن تنظيم داعش.", ["عمر"]],
  ["أعلن الشيخ أبو عبد الله عبر حسابه على تلغرام انشقاقه عن الجيش الوطني.", ["عبد الله"]],
  // negatives: the pronoun of men or of a unit; a figure or a clause between
  ["أعلن أبو بكر وعناصره رسمياً انشقاقهم عن هيئة تحرير الشام.", [""]],
  ["أعلن أبو بكر وعناصره انشقاقهم عن هيئة تحرير الشام.", [""]],
  ["أعلن أبو بكر في 3 بيانات انشقاقه عن هيئة تحرير الشام.", [""]],
  // (round 15) a plain name, no rank, title or kunya, as the subject of «أعلن» right before it, ending at the verbal noun
  // with his pronoun or at an adverbial before it: two or three words, the article only on the last
  ["أعلن أحمد العلي انشقاقه عن قوات النظام.", ["أحمد العلي"]],
  ["وأعلن خالد حسين رسمياً انشقاقه عن قسد.", ["خالد حسين"]],
  ["أعلن عمر محمد الحسن في بيان مصور انشقاقه عن هيئة تحرير الشام.", ["عمر محمد الحسن"]],
  // negatives: a unit or a group as the subject, a definite first word, the men's pronoun, no verb of announcing
  ["أعلن فصيل أحرار الشرقية انشقاقه عن الجيش الوطني.", [""]],
  ["أعلن تجمع ثوار الرقة انشقاقه عن قسد.", [""]],
  ["أعلن جيش العزة انشقاقه عن الجبهة الوطنية.", [""]],
  ["أعلن المجلس العسكري انشقاقه عن قسد.", [""]],
  ["أعلن أحمد العلي وعناصره انشقاقهم عن قوات النظام.", [""]],
  ["أكدت مصادر محلية انشقاقه عن قوات النظام.", [""]],
  // (round 16) a given name alone, when it names no group or place of the gazetteer and is no «بدوره/أيضاً»
  ["أعلن أحمد انشقاقه عن قوات النظام.", ["أحمد"]],
  ["وأعلن خالد رسمياً انشقاقه عن قسد.", ["خالد"]],
  ["أعلن ياسر في بيان مصور انشقاقه عن هيئة تحرير الشام.", ["ياسر"]],
  ["أعلن داعش انشقاقه عن تنظيم القاعدة.", [""]],
  ["أعلن بدوره انشقاقه عن قوات النظام.", [""]],
  ["أعلن أمس انشقاقه عن قوات النظام.", [""]],
  ["أعلن فصيل انشقاقه عن الجيش الوطني.", [""]],
  // (round 13) a kunya right after a unit noun is the unit's name: no man
  ["أعلنت كتيبة «أبو بكر» انشقاقها عن فيلق الشام.", [""]],
  ["أعلنت مجموعة أبو عمر الشامي انشقاقها عن هيئة تحرير الشام.", [""]],
];

describe("the name a designation gives a trigger's subject", () => {
  it.each(NAMES)("%s", (text, names) => expect(namesOf(text)).toEqual(names.map(folded)));
});

describe("two names of two men", () => {
  it.each([
    [["احمد", "العلي"], ["ياسر", "الحمود"], true],
    [["محمد", "العلي"], ["محمد", "الحسن"], true],
    // the same man: his family name again, or a part of his name
    [["احمد", "العلي"], ["العلي"], false],
    [["محمد", "الحلبي"], ["محمد"], false],
    [["خالد", "الحسن"], ["خالد", "الحسن"], false],
  ] as Array<[string[], string[], boolean]>)("%j %j", (a, b, other) => expect(otherMan(a, b)).toBe(other));
});

type Events = Array<[string, string[], [number, number, number] | null]>;
const ONE: [number, number, number] = [1, 1, 1];
const view = (text: string) => run(text).map((e) => { const b = brief(e); return [b.kind, b.groups, b.count]; });

/** A one-man incident, then another man told by his name: two incidents of one man each. */
const ANOTHER_MAN: Array<[string, Events]> = [
  ["انشق الملازم أول أحمد العلي عن قوات النظام أمس ووصل إلى مناطق المعارضة. كما انشق النقيب ياسر الحمود عن قوات النظام.", [["defection", ["syrian-army"], ONE], ["defection", ["syrian-army"], ONE]]],
  // a sentence between; "المدعو" (no rank the counts know) still counts one
  ["انشق الرقيب محمود الصالح عن الفرقة الرابعة أمس. وتشهد المنطقة توتراً أمنياً. وفرّ المدعو حسان الأحمد من صفوف الفرقة الرابعة وسلّم نفسه لفصائل المعارضة.", [["defection", ["4th-division"], ONE], ["defection", ["4th-division"], ONE]]],
  // a kunya before a verbal noun with his pronoun
  ["أعلن النقيب خالد الحسن انشقاقه عن هيئة تحرير الشام أمس. كما أعلن القيادي أبو حمزة الديري انشقاقه عن الهيئة.", [["defection", ["hts"], ONE], ["defection", ["hts"], ONE]]],
  // no group named: the group of the man before
  ["انشق الملازم أول أحمد العلي عن قوات النظام أمس. وأفادت مصادر محلية بانشقاق المدعو حسان الأحمد أيضاً.", [["defection", ["syrian-army"], ONE], ["defection", ["syrian-army"], ONE]]],
];

/** The same man told again: one incident. */
const SAME_MAN: Array<[string, Events]> = [
  ["انشق الملازم أول أحمد العلي عن قوات النظام أمس. وأفادت مصادر محلية بأن الملازم أول العلي انشق عن قوات النظام بعد خلافات مع قادته.", [["defection", ["syrian-army"], ONE]]],
  ["انشق النقيب خالد الحسن عن قسد أمس. وأكدت مصادر انشقاق النقيب خالد الحسن عن قسد.", [["defection", ["sdf"], ONE]]],
  ["انشق القيادي أبو محمد الحلبي عن هيئة تحرير الشام أمس. وأكد مقربون انشقاق أبو محمد عن الهيئة.", [["defection", ["hts"], ONE]]],
  // no group named, the man's own name again
  ["انشق الملازم أول أحمد العلي عن قوات النظام أمس. وأفادت مصادر محلية بانشقاق الملازم أول أحمد العلي بعد خلافات مع قادته.", [["defection", ["syrian-army"], ONE]]],
  // two men in one sentence are the counts' ("كل من"), not the fold's
  ["انشق كل من النقيب خالد العلي والملازم سعيد الحسن عن قوات النظام أمس.", [["defection", ["syrian-army"], [2, 2, 2]]]],
];

describe("another man told by his name is another incident", () => {
  it.each(ANOTHER_MAN)("%s", (text, events) => expect(view(text)).toEqual(events));
});
describe("… the same man told again is his incident", () => {
  it.each(SAME_MAN)("%s", (text, events) => expect(view(text)).toEqual(events));
});
