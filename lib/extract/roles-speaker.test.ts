/** The speaker's group (roles-speaker.ts) with its positives and negatives. */
import { describe, expect, it } from "vitest";
import { rolesIn, type RoleExample } from "./roles-testing";

/** Examples: a text and the role of each group mention in it ("id:role", or the unknown unit's text). */
const EXAMPLES: RoleExample[] = [
  // the speaker's group
  ["قال مصدر عسكري في الجيش الوطني السوري إن خمسة عناصر انشقوا", ["sna:agent"]],
  ["وقال المتحدث باسم قسد إن عناصر فروا", ["sdf:agent"]],
  ["بحسب مصادر في هيئة تحرير الشام", ["hts:agent"]],
  ["انشق قيادي في هيئة تحرير الشام", ["hts:member"]],
  ["فرّ عناصر من الفرقة الرابعة بحسب مصدر محلي في درعا", ["4th-division:member"]],
  // … but a person inside X telling X's own men ("من عناصره"، "في صفوفه"): X is the group left (round 16)
  ["وأعلن مصدر في الفيلق الخامس انشقاق 30 من عناصره", ["5th-corps:member"]],
  ["أفاد المتحدث باسم قسد بانشقاق 12 عنصراً في صفوفها", ["sdf:member"]],
  ["وقال الناطق باسم الجيش الوطني إن سبعة من مقاتليه انشقوا", ["sna:member"]],
  // negatives: another group's men named, the side they reached, the men of another sentence
  ["أعلن مصدر في قسد انشقاق 30 عنصراً من قوات النظام", ["sdf:agent", "syrian-army:member"]],
  ["قال مصدر في الفيلق الخامس إن 30 عنصراً من الفرقة الرابعة انشقوا", ["5th-corps:agent", "4th-division:member"]],
  ["أعلن مصدر في الجيش الوطني انشقاق 12 عنصراً من قسد وانضمامهم إلى صفوفه", ["sna:agent", "sdf:member"]],
  ["أعلن مصدر في قسد أن قوات النظام اعتقلت ثلاثة من عناصرها", ["sdf:agent", "syrian-army:member"]],
  // (round 17) the captor's verb and the men's pronoun of different genders: the men are the speaker's group's, the
  // captor the force that caught them; a pronoun that agrees with the captor's verb is the captor's own men
  ["أعلن مصدر في الفيلق الخامس أن قسد اعتقلت ثلاثة من عناصره", ["5th-corps:member", "sdf:opponent"]],
  ["قال المتحدث باسم قسد إن الجيش الوطني اعتقل ثلاثة من عناصرها", ["sdf:member", "sna:opponent"]],
  ["أعلن مصدر في الفيلق الخامس أن قسد اعتقلت ثلاثة من عناصرها", ["5th-corps:agent", "sdf:member"]],
  ["أعلن مصدر في قسد أن الجيش الوطني اعتقل ثلاثة من عناصره", ["sdf:agent", "sna:member"]],
];

describe("the speaker's group, and its own men", () => {
  it.each(EXAMPLES)("%s", (input, expected) => {
    expect(rolesIn(input)).toEqual(expected);
  });
});
