/**
 * The destination of a defection told from the side that received the men (received.ts): its examples and negatives,
 * [text, events as [groups left, destination group or text (null: none)]]. The destination is the side, never a group
 * left; the group left is never the side.
 */
import { describe, expect, it } from "vitest";
import { readExtractInput, extractLine } from "../../../scripts/cli/extract";
import { brief, PUBLISHED_DAY, run } from "./corpus";

type Told = Array<[groups: (string | null)[], destination: string | null]>;

const view = (text: string): Told => run(text).map((e) => [brief(e).groups, e.destination ? (e.destination.group_id ?? e.destination.text) : null]);

/** The pronoun of "صفوفه / مناطق سيطرته" refers back to the telling's subject. */
const OWN_RANKS: Array<[string, Told]> = [
  ["أعلن الجيش الوطني السوري انضمام 12 عنصراً من قسد إلى صفوفه.", [[["sdf"], "sna"]]],
  ["أكدت هيئة تحرير الشام التحاق ثلاثة ضباط من الفرقة الرابعة بصفوفها.", [[["4th-division"], "hts"]]],
  ["كشفت قسد عن انشقاق سبعة جنود عن قوات النظام والتحاقهم بصفوفها.", [[["syrian-army"], "sdf"]]],
  ["رحّب الجيش الحر بوصول عشرين عسكرياً منشقاً عن الدفاع الوطني إلى مناطق سيطرته.", [[["ndf"], "fsa"]]],
  // the subject after "أن", the verb of joining finite
  ["وأعلنت هيئة تحرير الشام أن خمسة عناصر من حزب الله انضموا إلى صفوفها.", [[["hezbollah"], "hts"]]],
];

/** The subject of a verb of receiving, before or after the telling. */
const RECEIVED: Array<[string, Told]> = [
  ["استقبل الجيش الوطني السوري 12 عنصراً منشقاً عن قسد.", [[["sdf"], "sna"]]],
  ["احتضنت قسد أمس سبعة جنود فرّوا من قوات النظام.", [[["syrian-army"], "sdf"]]],
  ["انشق 12 عنصراً عن قسد، واستقبلهم الجيش الوطني السوري في مدينة الباب.", [[["sdf"], "sna"]]],
];

/** The side that secured it. */
const SECURED: Array<[string, Told]> = [
  ["تمكّنت هيئة تحرير الشام من تأمين انشقاق سبعة جنود من قوات النظام.", [[["syrian-army"], "hts"]]],
  ["أمّن الجيش الحر انشقاق ضابطين عن الفرقة الرابعة.", [[["4th-division"], "fsa"]]],
  ["ساعدت قسد 15 عنصراً من تنظيم داعش على الفرار.", [[["isis"], "sdf"]]],
];

/** The object of a verb of joining after its subject, with the side named. */
const NAMED: Array<[string, Told]> = [
  ["أفادت مصادر محلية بانضمام 12 من عناصر قسد إلى صفوف الجيش الوطني السوري.", [[["sdf"], "sna"]]],
  ["التحق سبعة جنود من قسد بصفوف الجيش الوطني السوري.", [[["sdf"], "sna"]]],
];

/**
 * The men told as affiliated to the group they left, right after the people noun (round 13, issue 10 class 1): the
 * object of "التابعين لـ / المنتسبين إلى" is the group left, never the side; the teller owns "صفوفه".
 */
const AFFILIATED: Array<[string, Told]> = [
  [`أعلن الجيش الوطني السوري انشقاق عدد من المنتسبين التابعين لـ"الفيلق الخامس" وانضمامهم إلى صفوفه.`, [[["5th-corps"], "sna"]]],
  ["أكدت قسد انشقاق نحو 40 مقاتلاً تابعين للدفاع الوطني وانضمامهم إلى صفوفها.", [[["ndf"], "sdf"]]],
  ["أعلنت هيئة تحرير الشام انشقاق عشرات العناصر المنتسبين إلى الفرقة الرابعة وانضمامهم إلى صفوفها.", [[["4th-division"], "hts"]]],
  // negatives: posts or villages belonging to a side, the men told elsewhere
  ["أعلنت قسد انشقاق 12 عنصراً عن قوات النظام عند الحواجز التابعة للفرقة الرابعة وانضمامهم إلى صفوفها.", [[["syrian-army"], "sdf"]]],
  ["أعلنت قسد انشقاق 12 عنصراً من الدفاع الوطني في القرى التابعة لمدينة منبج وانضمامهم إلى صفوفها.", [[["ndf"], "sdf"]]],
  ["انشق 12 عنصراً من قسد في القرى التابعة لمدينة منبج.", [[["sdf"], null]]],
];

/** Negatives: no side received them, or no one left a group. */
const NOT_RECEIVED: Array<[string, Told]> = [
  // an announcer alone is no destination
  ["أعلن الجيش الوطني السوري انشقاق 12 عنصراً عن قسد.", [[["sdf"], null]]],
  // "صفوفها" after "من": the ranks they left
  ["اعترفت قسد بفرار 12 عنصراً من صفوفها.", [[["sdf"], null]]],
  // a place named first is where they went
  ["أعلن الجيش الحر وصول خمسة منشقين عن قوات النظام إلى إدلب قبل انضمامهم إلى صفوفه.", [[["syrian-army"], "إدلب"]]],
  // another telling between the side and this one: that one's
  ["استقبل الجيش الوطني السوري 12 منشقاً عن قسد، فيما فرّ خمسة عناصر من الفرقة الرابعة إلى الأردن.", [[["sdf"], "sna"], [["4th-division"], "الأردن"]]],
  // recruits, a merger, the displaced: no event
  ["أعلن الجيش الحر انضمام 50 شاباً من أبناء المنطقة إلى صفوفه.", []],
  ["أعلن لواء صقور الشمال انضمامه الكامل إلى الجيش الوطني السوري.", []],
  ["استقبلت قسد 300 نازح قادمين من مناطق سيطرة النظام.", []],
  ["احتضنت قوات النظام مئات المدنيين الفارين من مناطق سيطرة قسد.", []],
];

describe("the destination told by the side that received them (received.ts)", () => {
  it.each(OWN_RANKS)("own ranks: %s", (text, told) => expect(view(text)).toEqual(told));
  it.each(RECEIVED)("received: %s", (text, told) => expect(view(text)).toEqual(told));
  it.each(SECURED)("secured: %s", (text, told) => expect(view(text)).toEqual(told));
  it.each(NAMED)("named: %s", (text, told) => expect(view(text)).toEqual(told));
  it.each(AFFILIATED)("affiliated: %s", (text, told) => expect(view(text)).toEqual(told));
  it.each(NOT_RECEIVED)("not: %s", (text, told) => expect(view(text)).toEqual(told));
});

describe("cli extract shows the side as the destination", () => {
  it("gives its gazetteer id and its name as written, the group left apart", () => {
    const text = "أعلن الجيش الوطني السوري انضمام 12 عنصراً من قسد إلى صفوفه.";
    const input = readExtractInput("told.txt", new TextEncoder().encode(text), { start: PUBLISHED_DAY, end: PUBLISHED_DAY }, PUBLISHED_DAY);
    if (!input.ok) throw new Error(input.error);
    const [event] = JSON.parse(extractLine(input)).events;
    expect(event.destination).toEqual({ text: "الجيش الوطني السوري", group_id: "sna", area: null });
    expect(event.groups.map((g: { id: string }) => g.id)).toEqual(["sdf"]);
  });
});
