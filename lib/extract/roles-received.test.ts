/** The side that received the men (roles-received.ts) with its positives and negatives. */
import { describe, expect, it } from "vitest";
import { rolesIn, type RoleExample } from "./roles-testing";

/** Examples: a text and the role of each group mention in it ("id:role", or the unknown unit's text). */
const EXAMPLES: RoleExample[] = [
  // the side that received them, told from that side (round 11): a verb of receiving, "صفوفه" after the telling
  ["استقبل الجيش الوطني السوري 12 عنصراً منشقاً عن قسد", ["sna:destination", "sdf:member"]],
  ["واحتضنت قسد عشرات المنشقين عن قوات النظام", ["sdf:destination", "syrian-army:member"]],
  ["انشق عناصر عن قسد واستقبلهم الجيش الوطني", ["sdf:member", "sna:destination"]],
  ["استقبلت مناطق سيطرة قسد خمسة منشقين", ["sdf:destination"]],
  ["أعلن الجيش الوطني انضمام 12 عنصراً من قسد إلى صفوفه", ["sna:destination", "sdf:member"]],
  ["أكدت هيئة تحرير الشام انشقاق ثلاثة ضباط عن الفرقة الرابعة والتحاقهم بصفوفها", ["hts:destination", "4th-division:member"]],
  ["رحبت قسد بوصول خمسة منشقين عن الدفاع الوطني إلى مناطق سيطرتها", ["sdf:destination", "ndf:member"]],
  // … securing it (a helper, the side they reached)
  ["تمكنت هيئة تحرير الشام من تأمين انشقاق سبعة جنود من قوات النظام", ["hts:helper", "syrian-army:member"]],
  ["نجح الجيش الحر في تسهيل انشقاق ضابطين عن الفرقة الرابعة", ["fsa:helper", "4th-division:member"]],
  // the side before its verb (a headline)
  ["الجيش الوطني يستقبل 12 عنصراً منشقاً عن قسد", ["sna:destination", "sdf:member"]],
  ["هيئة تحرير الشام تؤمّن انشقاق سبعة جنود من قوات النظام", ["hts:helper", "syrian-army:member"]],
  ["فر خمسة عناصر من قسد ساعدهم الجيش الوطني", ["sdf:member", "sna:helper"]],
  // negatives: ranks they left or came back to, an announcer alone, a subject after "من"
  ["اعترفت قسد بفرار 12 عنصراً من صفوفها", ["sdf:member"]],
  ["دعت قسد المنشقين عنها إلى العودة إلى صفوفها", ["sdf:member"]],
  ["أعلن الجيش الوطني انشقاق 12 عنصراً عن قسد", ["sna:member", "sdf:member"]],
  ["انشق عنصران من قسد وانضما إلى صفوفها المقاتلة", ["sdf:member"]],
  // the men told as affiliated to the group they left, the teller the side they joined (round 13, issue 10 class 1)
  ["أعلن الجيش الوطني انشقاق عدد من العناصر التابعين للفيلق الخامس وانضمامهم إلى صفوفه", ["sna:destination", "5th-corps:member"]],
  ["أكدت قسد انشقاق 40 مقاتلاً تابعين للدفاع الوطني وانضمامهم إلى صفوفها", ["sdf:destination", "ndf:member"]],
  ["أكدت قسد انشقاق نحو 40 مقاتلاً تابعين للدفاع الوطني وانضمامهم إلى صفوفها", ["sdf:destination", "ndf:member"]],
  [`أعلن الجيش الوطني انشقاق عدد من المنتسبين التابعين لـ"الفيلق الخامس" وانضمامهم إلى صفوفه`, ["sna:destination", "5th-corps:member"]],
  ["أكدت قسد انشقاق 40 مقاتلاً منتسبين إلى الدفاع الوطني وانضمامهم إلى صفوفها", ["sdf:destination", "ndf:member"]],
  // the receiving side announcing men told by their own group after «لـ» (round 15): «إليها» after a word of joining
  // refers back to the announcer as «إلى صفوفها» does; «للنظام» (ل + النظام) is a preposition's object, never a subject
  ["أعلنت قسد انشقاق 40 عنصراً لداعش وانضمامهم إليها", ["sdf:destination", "isis:member"]],
  ["أعلن الجيش الوطني انشقاق 12 مقاتلاً لقسد وانضمامهم إليه", ["sna:destination", "sdf:member"]],
  ["أعلنت قسد انشقاق 40 عنصراً للنظام ووصولهم إلى مناطق سيطرتها", ["sdf:destination", "syrian-army:member"]],
  // negatives: a third party announcing, «إليها» after coming back (their own ranks), «إليها» after no word of joining
  ["أعلن المرصد انشقاق 40 عنصراً لداعش", ["isis:member"]],
  ["دعت قسد المنشقين عنها إلى العودة إليها", ["sdf:member"]],
  ["أعلنت قسد انشقاق 40 عنصراً عن داعش وأشارت إليها", ["sdf:member", "isis:member"]],
  // … and a unit's umbrella after "التابع لـ" is no side either
  ["أعلنت قسد انشقاق خمسة عناصر من الدفاع الوطني التابع لقوات النظام وانضمامهم إلى صفوفها", ["sdf:destination", "ndf:member", "syrian-army:parent"]],
];

describe("the side that received them, told from that side", () => {
  it.each(EXAMPLES)("%s", (input, expected) => {
    expect(rolesIn(input)).toEqual(expected);
  });
});
