import { describe, expect, it } from "vitest";
import { GAZETTEER } from "../gazetteer";
import { GROUP } from "../testing";
import type { EventGroup } from "../../extract/types";
import { groupMatchKey, sameGroup } from "./groups";

/** A gazetteer group by its id (the rule reads only ids and data/groups.json). */
const g = (id: string): EventGroup => ({ id, name_ar: id, name_en: null, text: id, known: true });

// The rule's corpus: pairs of group lists told by two outlets, and whether they name one group.
const POSITIVES: Array<[string, Parameters<typeof sameGroup>[0], Parameters<typeof sameGroup>[1]]> = [
  ["the same gazetteer group", [GROUP.army], [GROUP.army]],
  ["a parent and its unit", [GROUP.army], [GROUP.corps5]],
  ["a unit and its parent", [GROUP.corps5], [GROUP.army]],
  ["a grandparent and its unit (syrian-army ⊃ 5th-corps ⊃ 8th-brigade)", [GROUP.army], [GROUP.brigade8]],
  ["one of two groups agrees", [GROUP.sdf, GROUP.div4], [GROUP.div4]],
  ["an unknown group by its name", [GROUP.unknown("كتيبة درع السخنة")], [GROUP.unknown("كتيبة درع السخنة")]],
  ["an unknown name with other hamza and taa marbuta", [GROUP.unknown("كتيبة أسود الشرقية")], [GROUP.unknown("كتيبه اسود الشرقيه")]],
  // Round 9: two levels the gazetteer's parents do not say.
  ["«الميليشيات الإيرانية» and «لواء فاطميون» (the umbrella outlets name an Iran-backed militia by)", [g("iranian-militias")], [g("fatemiyoun")]],
  ["«الميليشيات الإيرانية» and «اللواء 47» (a unit of the IRGC, under the umbrella through it)", [g("iranian-militias")], [g("brigade-47")]],
  ["«جبهة النصرة» and «هيئة تحرير الشام» (the former name outlets still use)", [g("nusra")], [g("hts")]],
  ["«لواء الباقر» and «لواء الإمام الباقر» (one group entered twice)", [g("liwa-al-baqir")], [g("liwa-imam-baqir")]],
];
const NEGATIVES: Array<[string, Parameters<typeof sameGroup>[0], Parameters<typeof sameGroup>[1]]> = [
  ["two units of one parent", [GROUP.div4], [GROUP.corps5]],
  ["different sides", [GROUP.army], [GROUP.sdf]],
  ["a gazetteer group and an unknown name", [GROUP.army], [GROUP.unknown("الجيش السوري")]],
  ["two unknown names", [GROUP.unknown("كتيبة درع السخنة")], [GROUP.unknown("لواء شهداء القريتين")]],
  ["two militias under the Iranian umbrella («فاطميون» and «زينبيون»)", [g("fatemiyoun")], [g("zainabiyoun")]],
  ["an Iran-backed militia and the regime army", [g("hezbollah")], [GROUP.army]],
  ["the Russia-backed 5th Corps and the Iranian umbrella", [GROUP.corps5], [g("iranian-militias")]],
  ["«جبهة النصرة» and «حركة أحرار الشام»", [g("nusra")], [g("ahrar-al-sham")]],
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
