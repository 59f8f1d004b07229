/** Each role rule of roles.ts with its positives and negatives (the speaker's group: roles-speaker.test.ts; the side that received them: roles-received.test.ts). */
import { describe, expect, it } from "vitest";
import { rolesIn, type RoleExample } from "./roles-testing";

/** Examples: a text and the role of each group mention in it ("id:role", or the unknown unit's text). */
const EXAMPLES: RoleExample[] = [
  // left
  ["انشق عشرة عناصر عن الفرقة الرابعة", ["4th-division:member"]],
  ["فرّ خمسة عناصر من صفوف قسد", ["sdf:member"]],
  ["أفرجت السلطات عن العناصر الفارين من الفرقة الرابعة", ["4th-division:member"]],
  ["أعلن القيادي انشقاقه عن هيئة تحرير الشام", ["hts:member"]],
  // joined
  ["انشق عناصر من الفرقة الرابعة والتحقوا بقوات قسد", ["4th-division:member", "sdf:destination"]],
  ["فر عناصر من الدفاع الوطني باتجاه مناطق قسد", ["ndf:member", "sdf:destination"]],
  ["انشق عنصر من قسد وانضم إلى الجيش الوطني السوري", ["sdf:member", "sna:destination"]],
  ["انشق عنصران عن داعش وانضما لصفوف هيئة تحرير الشام", ["isis:member", "hts:destination"]],
  ["فر عناصر من قسد إلى صفوف الجيش الوطني السوري", ["sdf:member", "sna:destination"]],
  ["التحق 5 جنود من قوات النظام بالجيش الحر", ["syrian-army:member", "fsa:destination"]],
  ["والتحاق عشرة عناصر من قسد بالجيش الوطني السوري", ["sdf:member", "sna:destination"]],
  // "إلى أن" opens a clause (round 7, discourse): its subject is no destination
  ["ويشار إلى أن الفرقة الرابعة شهدت انشقاق ثلاثة عناصر الشهر الماضي", ["4th-division:member"]],
  ["وأشار المصدر إلى أن قسد شهدت انشقاقات عدة", ["sdf:member"]],
  ["فر عناصر من قسد إلى الجيش الوطني السوري", ["sdf:member", "sna:destination"]],
  // helper
  ["انشق سبعة عناصر من الفرقة الرابعة بمساعدة الجيش الوطني السوري", ["4th-division:member", "sna:helper"]],
  ["فر عناصر من الدفاع الوطني بتأمين من قسد", ["ndf:member", "sdf:helper"]],
  ["انشق ضابط عن الفرقة الرابعة بالتنسيق مع هيئة تحرير الشام", ["4th-division:member", "hts:helper"]],
  ["موضحين أنهم انشقوا بالتنسيق مع مكتب العلاقات العسكرية في مجلس منبج العسكري", ["manbij-military-council:helper"]],
  ["انشق عنصر من مكتب العلاقات العسكرية في مجلس منبج العسكري", ["manbij-military-council:member"]],
  ["أمّنت هيئة تحرير الشام انشقاق عشرة عناصر من الفرقة الرابعة", ["hts:helper", "4th-division:member"]],
  // opponent or captor
  ["فر عناصر من الفرقة الرابعة على جبهات القتال في مواجهة هيئة تحرير الشام", ["4th-division:member", "hts:opponent"]],
  ["اعتقلت قسد خمسة عناصر فروا من الدفاع الوطني", ["sdf:opponent", "ndf:member"]],
  ["حاول عناصر من الدفاع الوطني الفرار لكن ضبطتهم الفرقة الرابعة", ["ndf:member", "4th-division:opponent"]],
  // belonging, though after "إلى"
  ["سلّم 43 مسلحاً ينتمون إلى جيش الإسلام أنفسهم للجيش", ["jaysh-al-islam:member", "syrian-army:destination"]],
  ["وذكر المراسل أن المسلحين ينتمون إلى ما يسمى جيش الإسلام", ["jaysh-al-islam:member"]],
  ["وينتمي العناصر المنشقون إلى الفرقة الرابعة", ["4th-division:member"]],
  ["وينتمي جميعهم إلى لواء فاطميون", ["fatemiyoun:member"]],
  ["وصل العناصر المنشقون إلى مناطق الجيش الوطني", ["sna:destination"]],
  ["فر عناصر من قسد إلى جيش الإسلام", ["sdf:member", "jaysh-al-islam:destination"]],
  // … but not past the end of its sentence (round 11)
  ["وصل المنشقون إلى مناطق قسد. الفرقة الرابعة شهدت انشقاقات عدة", ["sdf:destination", "4th-division:member"]],
  // parent
  ["انشق عناصر من ميليشيا الدفاع الوطني التابعة لقوات النظام", ["ndf:member", "syrian-army:parent"]],
  ["انشق عدد من العناصر التابعين للفيلق الخامس", ["5th-corps:member"]],
  ["انشق عنصر يتبع للفرقة الرابعة", ["4th-division:member"]],
  ["انشق ضابط تابع للفرقة الرابعة", ["4th-division:member"]],
  ["انشق عناصر من الدفاع الوطني التابع لقوات النظام", ["ndf:member", "syrian-army:parent"]],
  ["انشق القائد العسكري السابق لجبهة النصرة عن داعش", ["nusra:parent", "isis:member"]],
  // negatives: a help or arrest word that governs another noun leaves the group its own role
  ["انشق عناصر بمساعدة أقاربهم عن الفرقة الرابعة", ["4th-division:member"]],
  ["اعتقلت الشرطة عناصر من الدفاع الوطني", ["ndf:member"]],
  // a captor whose object is its own men ("N من عناصرها"): they tried to leave it
  ["اعتقلت قوات النظام ثلاثة من جنودها أثناء محاولتهم الانشقاق", ["syrian-army:member"]],
  ["ألقت قسد القبض على أربعة من عناصرها حاولوا الفرار", ["sdf:member"]],
  ["اعتقلت قسد أربعة من عناصر الدفاع الوطني حاولوا الفرار", ["sdf:opponent", "ndf:member"]],
  ["أمّنت الفصائل طريق العناصر الفارين من قسد", ["sdf:member"]],
  ["انشق عناصر من قسد بالتزامن مع هجوم للجيش الوطني", ["sdf:member", "sna:opponent"]],
  ["فر عناصر من الفرقة الرابعة خلال هجوم لتنظيم داعش", ["4th-division:member", "isis:opponent"]],
  // «نحو» right before a figure or a quantity word is a hedge, never "towards" the group after it (round 14); before
  // the group it is towards
  ["انشق نحو 50 عنصراً لقسد في ريف دير الزور", ["sdf:member"]],
  ["فرّ نحو خمسين جندياً للنظام أمس", ["syrian-army:member"]],
  ["فرّ نحو عشرات العناصر لتنظيم داعش", ["isis:member"]],
  ["فرّ 50 عنصراً من قوات النظام نحو قسد", ["syrian-army:member", "sdf:destination"]],
  // a refuge (round 15): the glued object of «لجأ/احتمى» right after the verb is where they went; the side's own
  // recourse («لجأت قسد إلى …») and a recourse of the men name no side
  ["فرّ 12 عنصراً من قوات النظام ولجأوا لقسد", ["syrian-army:member", "sdf:destination"]],
  ["انشق سبعة عناصر عن قسد واحتموا بالجيش الوطني", ["sdf:member", "sna:destination"]],
  ["لجأت قسد إلى اعتقال المنشقين عن الدفاع الوطني", ["sdf:member", "ndf:member"]],
  ["لجأ عناصر من قسد إلى الحيلة للفرار", ["sdf:member"]],
  ["فرّ 12 عنصراً من قوات النظام واحتموا بمناطق سيطرة قسد", ["syrian-army:member", "sdf:destination"]],
  ["فرّ 12 عنصراً من قوات النظام بمناطق سيطرة قسد", ["syrian-army:member", "sdf:origin"]],
  // a group that declares its own split (round 17): the subject of «أعلن/يعلن» with its own «انشقاقه/انفصالها عن» is the
  // faction leaving; the group after «عن» is the one left
  ["أعلن داعش انشقاقه عن تنظيم القاعدة", ["isis:agent", "al-qaeda:member"]],
  ["أعلنت جبهة النصرة رسمياً انفصالها عن تنظيم القاعدة", ["nusra:agent", "al-qaeda:member"]],
  ["هيئة تحرير الشام تعلن انشقاقها عن الجيش الوطني", ["hts:agent", "sna:member"]],
  // negatives: another's pronoun (a man's split), a split with no «عن» (roles-received.test.ts: an announcer of others' men)
  ["أعلنت قسد انشقاقه عن داعش", ["sdf:member", "isis:member"]],
  ["أعلن الجيش الوطني انشقاقه", ["sna:member"]],
  // (round 17) the captor's own men only if the pronoun agrees with its verb: «اعتقلت قسد ثلاثة من عناصره» are another's
  ["اعتقلت قسد ثلاثة من عناصره أثناء محاولتهم الفرار", ["sdf:opponent"]],
  ["أعلن الفيلق الخامس أن قسد اعتقلت ثلاثة من عناصره", ["5th-corps:member", "sdf:opponent"]],
  ["أعلن الفيلق الخامس أن قسد اعتقلت ثلاثة من عناصرها", ["5th-corps:member", "sdf:member"]],
  ["ألقى الجيش الوطني القبض على أربعة من عناصره", ["sna:member"]],
];

describe("group roles from the verb frame and the preposition", () => {
  it.each(EXAMPLES)("%s", (input, expected) => {
    expect(rolesIn(input)).toEqual(expected);
  });
});
