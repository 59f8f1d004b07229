import { describe, expect, it } from "vitest";
import { GAZETTEER } from "../gazetteer";
import { GROUP } from "../testing";
import { groupMatchKey, sameGroup } from "./groups";

// The rule's corpus: pairs of group lists told by two outlets, and whether they name one group.
const POSITIVES: Array<[string, Parameters<typeof sameGroup>[0], Parameters<typeof sameGroup>[1]]> = [
  ["the same gazetteer group", [GROUP.army], [GROUP.army]],
  ["a parent and its unit", [GROUP.army], [GROUP.corps5]],
  ["a unit and its parent", [GROUP.corps5], [GROUP.army]],
  ["a grandparent and its unit (syrian-army ⊃ 5th-corps ⊃ 8th-brigade)", [GROUP.army], [GROUP.brigade8]],
  ["one of two groups agrees", [GROUP.sdf, GROUP.div4], [GROUP.div4]],
  ["an unknown group by its name", [GROUP.unknown("كتيبة درع السخنة")], [GROUP.unknown("كتيبة درع السخنة")]],
  ["an unknown name with other hamza and taa marbuta", [GROUP.unknown("كتيبة أسود الشرقية")], [GROUP.unknown("كتيبه اسود الشرقيه")]],
];
const NEGATIVES: Array<[string, Parameters<typeof sameGroup>[0], Parameters<typeof sameGroup>[1]]> = [
  ["two units of one parent", [GROUP.div4], [GROUP.corps5]],
  ["different sides", [GROUP.army], [GROUP.sdf]],
  ["a gazetteer group and an unknown name", [GROUP.army], [GROUP.unknown("الجيش السوري")]],
  ["two unknown names", [GROUP.unknown("كتيبة درع السخنة")], [GROUP.unknown("لواء شهداء القريتين")]],
];

describe("rule: same group", () => {
  it.each(POSITIVES)("same: %s", (_, a, b) => {
    expect(sameGroup(a, b, GAZETTEER)).toBe(true);
    expect(sameGroup(b, a, GAZETTEER)).toBe(true);
  });
  it.each(NEGATIVES)("not the same: %s", (_, a, b) => {
    expect(sameGroup(a, b, GAZETTEER)).toBe(false);
    expect(sameGroup(b, a, GAZETTEER)).toBe(false);
  });
  it("keys an unknown group by its folded name", () => {
    expect(groupMatchKey(GROUP.unknown("كتيبة أسود الشرقية"))).toBe(groupMatchKey(GROUP.unknown("كتيبه اسود الشرقيه")));
    expect(groupMatchKey(GROUP.army)).toBe("syrian-army");
  });
});
