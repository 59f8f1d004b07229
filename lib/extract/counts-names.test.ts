/** Examples and negatives of counts-names.ts (names of men), read through findCounts (counts-testing.ts). */
import { describe, it } from "vitest";
import { type CountExample, checkCountExample } from "./counts-testing";

/** A phrase and the figure read from it (null = no figure, undefined = not a count of people). */
const EXAMPLES: CountExample[] = [
  // a man's name with no title, told by its frame: the relative "الذي" + a verb of leaving, or right after that verb
  ["اعتقلت الدورية أحمد العلي الذي انشق عن قسد", [1, 1, 1]],
  ["أبو محمد الحلبي الذي فر من صفوف التنظيم", [1, 1, 1]],
  ["انشق محمد الخالد عن قوات النظام", [1, 1, 1]],
  ["فر خالد الأحمد من صفوف قسد", [1, 1, 1]],
  // (round 12) "علي" opening the name is Ali, not "على" folded: a verb of leaving takes "على" only in an adverbial
  ["انشق علي الحسن عن قوات النظام أمس", [1, 1, 1]],
  ["فرّ علي المصطفى من صفوف قسد", [1, 1, 1]],
  ["فرّ على الفور من صفوف قسد", undefined],
  ["انشق على الأرجح عن قوات النظام", undefined],
  ["فرّ على الأقدام من الحاجز", undefined],
  ["انشق لواء الحسن عن قوات النظام", undefined],
  ["جيش الإسلام الذي انشق عنه", undefined],
  ["يوم الأحد الذي انشق فيه", undefined],
  ["انشق جنود النظام عن قطعهم", undefined],
  ["انشق أبناء العشائر عن قسد", undefined],
  ["انشق بعض العناصر عن الفرقة", undefined],
  ["فر سكان القرية من القصف", undefined],
  ["انشق لواء التوحيد عن الجبهة", undefined],
  ["فر صباح الاثنين من موقعه", undefined],
  ["المسلح الذي فر من السجن", undefined],
  ["خلال السنوات الخمس الماضية", undefined],
  ["وكان شقيقه النقيب خالد العلي قد انشق", [1, 1, 1]],
  // "كل من" then named men, each with his rank, joined by و: each one counts (round 6)
  ["انشق كل من النقيب خالد العلي والملازم سعيد الحسن عن قوات النظام", [2, 2, 2]],
  ["أعلن كل من العقيد ماهر السالم والرائد وليد السعدي والنقيب عمر الخطيب انشقاقهم", [3, 3, 3]],
  ["انشقاق كل من الملازم أحمد و الملازم محمد الخالد", [2, 2, 2]],
  ["وفر كل من المجند سامر حسن والمجند محمود الأحمد، وهما من ريف حماة", [2, 2, 2]],
  // … not a conditional ("whoever"), nor a list of groups, nor the men after the list's end
  ["وهدد الفصيل كل من ينشق عن صفوفه", undefined],
  ["انشق عناصر من كل من الجيش والأمن", undefined],
  ["انشق كل من النقيب خالد العلي والملازم سعيد الحسن، والتقى العقيد ماهر السالم بهما", [2, 2, 2]],
  // (round 11, counts) "علي" (the name Ali) folds as the preposition "على": after a rank it is a name when the word
  // after it cannot follow the preposition, or the rank is the subject of a verb of leaving
  ["انشق المجند علي الحسن عن قوات النظام", [1, 1, 1]],
  ["انشقاق الملازم علي حسين عن الفرقة الرابعة", [1, 1, 1]],
  ["فرّ العنصر علي من الفرقة الرابعة", [1, 1, 1]],
  ["وكان النقيب علي قد انشق عن قوات النظام", [1, 1, 1]],
  ["وصل المجند علي، وهو من ريف حماة، إلى إدلب", [1, 1, 1]],
  ["حصل المجند على إجازة لمدة أسبوع", undefined],
  ["شدد العميد على أن الانضباط واجب", undefined],
  ["وافق القيادي على الهدنة", undefined],
  // … or his men joined to his name by و (round 15): "the leader and his men" has no figure; not a name's own و-word
  ["أعلن القيادي أبو بكر وعناصره انشقاقهم عن الهيئة", null],
  ["أعلن القيادي أبو عمر الحموي ومقاتلوه انشقاقهم", null],
  ["انشق النقيب خالد العلي ومجموعته عن الفرقة", null],
  ["أعلن القيادي أبو بكر انشقاقه وعناصره في المعركة", [1, 1, 1]],
  // (round 16) … or a vague number of his men: «وعدد من عناصره» as «ومعه عدد من عناصره» (dev-reports-2: count null)
  ["أعلن القيادي أبو بكر وعدد من عناصره انشقاقهم عن الهيئة", null],
  ["أعلن الشيخ أبو عبد الله ومجموعة من مقاتليه انشقاقهم", null],
  ["انشق النقيب خالد العلي وبعض عناصره عن الفرقة", null],
  // negatives: a number of others, not his men; another man's
  ["انشق النقيب خالد العلي وعدد من الضباط عن الفرقة", [1, 1, 1]],
  ["انشق النقيب خالد العلي وعدد من أقاربه عن الفرقة", [1, 1, 1]],
];

describe("counts: names of men", () => {
  it.each(EXAMPLES)("%s", checkCountExample);
});
