import { describe, expect, it } from "vitest";
import type { EventDestination } from "../extract/types";
import { GAZETTEER } from "../incidents/gazetteer";
import { count, GROUP, PLACE, telling } from "../incidents/testing";
import { groupsFacet, lookingBackFacet, rolesFacet, storyFacets } from "./incident-why";

describe("why two tellings stayed apart (counts only)", () => {
  it("names how the groups differ", () => {
    const t = (groups: Parameters<typeof telling>[0]["groups"]) => telling({ report: "a", published: "2021-03-10", date: ["2021-03-09", "2021-03-09"], groups });
    expect(groupsFacet(t([GROUP.div4]), t([GROUP.corps5]), GAZETTEER)).toBe("groups: two units of one parent");
    expect(groupsFacet(t([GROUP.army]), t([GROUP.unknown("كتيبة درع السخنة")]), GAZETTEER)).toBe("groups: a gazetteer group and an unknown name");
    expect(groupsFacet(t([GROUP.army]), t([GROUP.sdf]), GAZETTEER)).toBe("groups: unrelated gazetteer groups (sides differ)");
    // Air Force Intelligence and Military Security are both the regime's security (data/groups.json side), neither the other's parent
    const afi = { id: "air-force-intelligence", name_ar: "المخابرات الجوية", name_en: "Air Force Intelligence", text: "المخابرات الجوية", known: true };
    const ms = { id: "military-security", name_ar: "الأمن العسكري", name_en: "Military Security", text: "الأمن العسكري", known: true };
    expect(groupsFacet(t([afi]), t([ms]), GAZETTEER)).toBe("groups: unrelated gazetteer groups (one side)");
    expect(groupsFacet(t([GROUP.army]), t([GROUP.corps5]), GAZETTEER)).toBe("one group");
  });
  it("names the publication gap, the dates, the places and the figures", () => {
    const a = telling({ report: "a", published: "2021-03-10", date: ["2021-03-09", "2021-03-09"], count: count(15, 15, 15), place: PLACE.mayadin });
    const dated = telling({ report: "b", published: "2021-03-22", date: ["2021-03-15", "2021-03-22"], count: null, place: PLACE.deirezzor });
    const b = { ...dated, event: { ...dated.event, date: { ...dated.event.date, basis: "default" as const } } };
    expect(storyFacets(a, b, GAZETTEER)).toEqual(["published 8–30 days apart", "one undated", "a town and its governorate", "one figure unknown"]);
    const c = telling({ report: "c", published: "2021-03-11", date: ["2021-02-09", "2021-02-09"], count: count(12, 15, 18, "نحو 15"), place: PLACE.mayadin });
    expect(storyFacets(a, c, GAZETTEER)).toEqual(["published 0–3 days apart", "both dated", "the same town", "the same figure (10 or more)"]);
  });
  it("names where the men of two groups' tellings went (round 10: crossed roles)", () => {
    const to = (id: string): EventDestination => ({ text: id, group_id: id, area: null });
    const fsa = { id: "fsa", name_ar: "الجيش الحر", name_en: "FSA", text: "الجيش الحر", known: true };
    const sna = { id: "sna", name_ar: "الجيش الوطني السوري", name_en: "SNA", text: "الجيش الوطني", known: true };
    const t = (report: string, groups: Parameters<typeof telling>[0]["groups"], destination: EventDestination | null) => telling({ report, published: "2021-03-10", date: ["2021-03-09", "2021-03-09"], groups, destination });
    const left = t("a", [GROUP.army], to("fsa"));
    expect(rolesFacet(left, t("b", [fsa], to("fsa")), GAZETTEER)).toBe("roles: one's group is where the other's men went (its own group again as destination)");
    expect(rolesFacet(t("b", [fsa], null), left, GAZETTEER)).toBe("roles: one's group is where the other's men went (no destination of its own)");
    expect(rolesFacet(left, t("b", [fsa], to("syrian-army")), GAZETTEER)).toBe("roles: one's group is where the other's men went, but its own men went elsewhere or back");
    // «الجيش الحر» as where they went stands for the opposition (data/sides.json side_names): the SNA is on that side.
    expect(rolesFacet(left, t("b", [sna], null), GAZETTEER)).toBe("roles: one's group is on the side the other's men went to (no destination of its own)");
    // Round 11: the side told by its words.
    const area = (text: string): EventDestination => ({ text, group_id: null, area: text });
    expect(rolesFacet(t("a", [GROUP.army], area("مناطق سيطرة المعارضة")), t("b", [sna], area("مناطق المعارضة")), GAZETTEER)).toBe("roles: one's group is on the side the other's men went to (its own side again as destination)");
    expect(rolesFacet(t("a", [GROUP.army], to("hamza-division")), t("b", [fsa], null), GAZETTEER)).toMatch(/^roles: one's group is on the side the other's men went to, but not crossed/);
    expect(rolesFacet(t("a", [GROUP.army], null), t("b", [GROUP.sdf], area("مناطق المعارضة")), GAZETTEER)).toBe("roles: not crossed (destinations: a side's words and none)");
    expect(rolesFacet(t("a", [GROUP.army], null), t("b", [GROUP.sdf], { text: "تركيا", group_id: null, area: "تركيا" }), GAZETTEER)).toBe("roles: not crossed (destinations: an area and none)");
  });
  it("says whether a date vaguer than a quarter looks back at the other telling (round 10)", () => {
    const news = telling({ report: "a", published: "2020-06-11", date: ["2020-06-10", "2020-06-10"], count: count(15, 15, 15) });
    const back = (start: string, end: string, c: ReturnType<typeof count> | null) => telling({ report: "b", published: "2021-02-10", date: [start, end], count: c });
    expect(lookingBackFacet(news, back("2020-01-01", "2020-12-31", count(15, 15, 15)))).toBe("looking back: linked");
    expect(lookingBackFacet(back("2020-01-01", "2020-12-31", count(20, 20, 20)), news)).toBe("looking back: proposed");
    expect(lookingBackFacet(news, back("2019-01-01", "2019-12-31", count(15, 15, 15)))).toBe("looking back: the other's days outside its range");
    expect(lookingBackFacet(news, back("2016-01-01", "2020-12-31", count(15, 15, 15)))).toBe("looking back: a range longer than a year");
    expect(lookingBackFacet(news, back("2020-01-01", "2020-12-31", null))).toBe("looking back: a figure unknown");
    expect(lookingBackFacet(news, news)).toBeNull();
  });
});
