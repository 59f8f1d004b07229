import { describe, expect, it } from "vitest";
import { GAZETTEER, SIDE_TABLE } from "../gazetteer";
import { destinationSide, groupSides } from "./sides";

const words = (text: string) => ({ text, group_id: null, area: text });

describe("data/sides.json: every phrase's examples name its side", () => {
  const examples = SIDE_TABLE.phrases.flatMap((p) => (p.examples ?? []).map((e) => [e, p.side] as const));
  it("has examples for every phrase", () => {
    for (const p of SIDE_TABLE.phrases) expect(p.examples?.length ?? 0, p.words).toBeGreaterThan(0);
  });
  it.each(examples)("«%s» → %s", (text, side) => {
    expect(GAZETTEER.sideNamed(text)).toBe(side);
  });
});

describe("data/sides.json `outside`: an area outside a side's control names the side across from it (round 12)", () => {
  const examples = (SIDE_TABLE.outside?.examples ?? []).map(([text, side]) => [text, side] as const);
  it("has examples for both sides it names", () => expect(new Set(examples.map(([, side]) => side)).size).toBe(Object.keys(SIDE_TABLE.outside?.sides ?? {}).length));
  it.each(examples)("«%s» → %s", (text, side) => {
    expect(destinationSide(words(text), GAZETTEER)).toBe(side);
  });
});

describe("destinations that name no side", () => {
  const none = [...(SIDE_TABLE.no_side ?? []), ...(SIDE_TABLE.negations.examples ?? [])];
  it("the table keeps negatives", () => expect(none.length).toBeGreaterThan(5));
  it.each(none)("«%s» → none", (text) => {
    expect(destinationSide(words(text), GAZETTEER)).toBeNull();
  });
});

describe("the side of a destination and of a group", () => {
  it("reads a gazetteer group's side as its camp", () => {
    expect(destinationSide({ text: "فصائل المعارضة", group_id: "opposition-factions", area: null }, GAZETTEER)).toBe("opposition");
    expect(destinationSide({ text: "مناطق النظام", group_id: "syrian-army", area: "مناطق النظام" }, GAZETTEER)).toBe("regime");
    expect(destinationSide({ text: "الحشد الشعبي", group_id: "pmf", area: null }, GAZETTEER)).toBe("regime");
    expect(destinationSide({ text: "أحرار الشام", group_id: "ahrar-al-sham", area: null }, GAZETTEER)).toBe("opposition");
  });
  it("reads the words when the extractor kept no group («مناطق سيطرة الحكومة السورية»)", () => {
    expect(destinationSide(words("مناطق سيطرة الحكومة السورية"), GAZETTEER)).toBe("regime");
    expect(destinationSide({ text: "لمناطق الإدارة الذاتية", group_id: null, area: null }, GAZETTEER)).toBe("sdf");
  });
  it("none without a destination", () => expect(destinationSide(null, GAZETTEER)).toBeNull());
  it("groups fight on the camp of their side: the regime's militias with its army, HTS apart from the opposition", () => {
    const g = (id: string | null) => ({ id });
    expect([...groupSides([g("ndf"), g("4th-division")], GAZETTEER)]).toEqual(["regime"]);
    expect([...groupSides([g("hts")], GAZETTEER)]).toEqual(["jihadist"]);
    expect([...groupSides([g(null)], GAZETTEER)]).toEqual([]);
    expect(GAZETTEER.groupsOf("sdf")).toContain("asayish");
    expect(GAZETTEER.groupsOf("opposition")).not.toContain("syrian-army");
  });
});
