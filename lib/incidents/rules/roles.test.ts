import { describe, expect, it } from "vitest";
import type { EventGroup } from "../../extract/types";
import { GAZETTEER } from "../gazetteer";
import { combine } from "../combine";
import { groupIncidents } from "../index";
import { GROUP, PLACE, count, telling, type TellingSpec } from "../testing";
import type { Telling } from "../types";
import { readAsJoined, rolesCrossed } from "./roles";

const g = (id: string): EventGroup => ({ id, name_ar: id, name_en: null, text: id, known: true });
const to = (id: string) => ({ text: id, group_id: id, area: null });
const undated = (t: Telling): Telling => ({ ...t, event: { ...t.event, date: { ...t.event.date, start: "2021-03-03", end: "2021-03-10", basis: "default" } } });

/** «انشق 5 عناصر عن قوات النظام أمس وانضموا إلى الجيش الحر», published 10 March 2021. */
const LEFT: TellingSpec = { report: "a", published: "2021-03-10", groups: [GROUP.army], count: count(5, 5, 5), date: ["2021-03-09", "2021-03-09"], destination: to("fsa") };
/** Another outlet's telling, the group that received them read as the men's group. */
const JOINER: TellingSpec = { report: "b", published: "2021-03-11", groups: [g("fsa")], count: count(5, 5, 5), date: ["2021-03-09", "2021-03-09"] };

/** Where the men went, told as a side («… ووصلوا إلى مناطق سيطرة المعارضة»): no gazetteer group. */
const area = (text: string) => ({ text, group_id: null, area: text });
const TO_OPPOSITION: TellingSpec = { ...LEFT, destination: area("مناطق سيطرة المعارضة") };
/** The SNA, one group of the side they went to, that received them, read as the men's group. */
const SNA: TellingSpec = { ...JOINER, groups: [g("sna")] };

/** The misreading's echo: the group joined read as the men's group and as where they went. */
const echo = (t: Telling): Telling => ({ ...t, event: { ...t.event, destination: to(t.event.groups[0].id as string) } });

// [what, a, b, how]: one incident read in crossed roles — merged with the misreading's echo, proposed without it.
const POSITIVES: Array<[string, Telling, Telling, "echo" | "bare"]> = [
  ["«استقبل الجيش الحر 5 عناصر انشقوا عن قوات النظام» read as the FSA's five, the next day", telling(LEFT), telling(JOINER), "bare"],
  ["«انضم 5 من قوات النظام إلى الجيش الحر» read as the FSA's five going to the FSA (the echo)", telling(LEFT), echo(telling(JOINER)), "echo"],
  ["the echo, undated (its report's week) and no place in either", telling(LEFT), undated(echo(telling(JOINER))), "echo"],
  ["undated, no echo", telling(LEFT), undated(telling(JOINER)), "bare"],
  ["«نحو 40» and «40», three days apart, one in الميادين", telling({ ...LEFT, count: count(32, 40, 48, "نحو 40"), place: PLACE.mayadin }), echo(telling({ ...JOINER, published: "2021-03-13", count: count(40, 40, 40) })), "echo"],
  ["a unit of the group joined («اللواء الثامن» for «الفيلق الخامس»)", telling({ ...LEFT, groups: [GROUP.sdf], destination: to("5th-corps") }), telling({ ...JOINER, groups: [GROUP.brigade8] }), "bare"],
  // Round 11: the side they went to, and a group of that side.
  ["«ووصلوا إلى مناطق سيطرة المعارضة» and «استقبل الجيش الوطني 5 منشقين» read as the SNA's five", telling(TO_OPPOSITION), telling(SNA), "bare"],
  ["the SNA's five read as going to their own side («مناطق سيطرة المعارضة»: the echo by side)", telling(TO_OPPOSITION), telling({ ...SNA, destination: area("مناطق سيطرة المعارضة") }), "echo"],
  ["the echo by side, undated, no place in either", telling(TO_OPPOSITION), undated(telling({ ...SNA, destination: to("sna") })), "echo"],
  ["«وانضموا إلى فصائل المعارضة» (a name that stands for the side) and the Levant Front", telling({ ...LEFT, destination: to("opposition-factions") }), telling({ ...SNA, groups: [g("levant-front")] }), "bare"],
  ["«فرّوا إلى مناطق سيطرة الحكومة السورية» from the SDF and the NDF, a militia of the regime's side", telling({ ...LEFT, groups: [GROUP.sdf], destination: area("مناطق سيطرة الحكومة السورية") }), telling({ ...JOINER, groups: [g("ndf")] }), "bare"],
];
// [what, a, b]: kept apart.
const NEGATIVES: Array<[string, Telling, Telling]> = [
  ["the opposite flow: «انشق 5 عن الجيش الحر وانضموا إلى قوات النظام» the next day", telling(LEFT), telling({ ...JOINER, destination: to("syrian-army") })],
  ["the group joined went elsewhere («… وانضموا إلى قسد»)", telling(LEFT), telling({ ...JOINER, destination: to("sdf") })],
  ["another figure (5 and 7)", telling(LEFT), telling({ ...JOINER, count: count(7, 7, 7) })],
  ["a figure unknown («عدد من»)", telling(LEFT), telling({ ...JOINER, count: null })],
  ["a vague quantity on both sides («عشرات»)", telling({ ...LEFT, count: count(20, 30, 99, "عشرات") }), telling({ ...JOINER, count: count(20, 30, 99, "عشرات") })],
  ["published four days apart", telling(LEFT), telling({ ...JOINER, published: "2021-03-14", date: ["2021-03-09", "2021-03-09"] })],
  ["dates that do not meet (a week apart)", telling(LEFT), telling({ ...JOINER, date: ["2021-03-02", "2021-03-02"] })],
  ["places apart (الميادين and الرقة)", telling({ ...LEFT, place: PLACE.mayadin }), telling({ ...JOINER, place: PLACE.raqqa })],
  ["no destination told: nothing crosses", telling({ ...LEFT, destination: null }), telling(JOINER)],
  ["a sibling of the group joined (the 4th Division for the 5th Corps)", telling({ ...LEFT, groups: [GROUP.sdf], destination: to("5th-corps") }), telling({ ...JOINER, groups: [GROUP.div4] })],
  ["one report", telling(LEFT), telling({ ...JOINER, report: "a", index: 1 })],
  ["one group (the group rule decides)", telling(LEFT), telling({ ...JOINER, groups: [GROUP.army] })],
  // Round 11: sides.
  ["the opposite flow by sides: the SNA's five «عادوا إلى مناطق النظام»", telling(TO_OPPOSITION), telling({ ...SNA, destination: area("مناطق النظام") })],
  ["the group of the side went to a third side («إلى مناطق قسد»)", telling(TO_OPPOSITION), telling({ ...SNA, destination: area("مناطق قسد") })],
  ["a group of another side than where the men went (the SDF for «مناطق المعارضة»)", telling(TO_OPPOSITION), telling({ ...JOINER, groups: [GROUP.sdf] })],
  ["no crossing: men of one opposition group to «مناطق المعارضة», and the SNA", telling({ ...TO_OPPOSITION, groups: [g("levant-front")] }), telling(SNA)],
  ["an area of no side («الشمال السوري»)", telling({ ...LEFT, destination: area("الشمال السوري") }), telling(SNA)],
  ["a side under a negation («مناطق خارج سيطرة النظام»), for a regime group", telling({ ...LEFT, groups: [GROUP.sdf], destination: area("مناطق خارج سيطرة النظام") }), telling({ ...JOINER, groups: [g("ndf")] })],
  ["a side told, but another figure (5 and 7)", telling(TO_OPPOSITION), telling({ ...SNA, count: count(7, 7, 7) })],
  ["a side told, published four days apart", telling(TO_OPPOSITION), telling({ ...SNA, published: "2021-03-14" })],
];

describe("rule: a group read in crossed roles", () => {
  it.each(POSITIVES)("one incident: %s", (_, a, b, how) => {
    expect(rolesCrossed(a, b, GAZETTEER)).toBe(how);
    expect(rolesCrossed(b, a, GAZETTEER)).toBe(how);
  });
  it.each(NEGATIVES)("apart: %s", (_, a, b) => {
    expect(rolesCrossed(a, b, GAZETTEER)).toBeNull();
    expect(rolesCrossed(b, a, GAZETTEER)).toBeNull();
  });
  it("reads the joiner, not the leaver", () => {
    expect(readAsJoined(telling(LEFT), telling(JOINER), GAZETTEER)).toBe(true);
    expect(readAsJoined(telling(JOINER), telling(LEFT), GAZETTEER)).toBe(false);
  });
  it("keeps the group the men left as the incident's group, not the group joined", () => {
    const values = combine([telling(LEFT), telling(JOINER)], GAZETTEER);
    expect(values.groups.map((x) => x.id)).toEqual(["syrian-army"]);
    expect(values.destination?.group_id).toBe("fsa");
  });
});

describe("crossed roles in the clustering (each outlet's report found whatever the order)", () => {
  it("merges the echo, whichever telling comes first, and keeps the group left", () => {
    for (const order of [[telling(LEFT), echo(telling(JOINER))], [echo(telling(JOINER)), telling(LEFT)]]) {
      const incidents = groupIncidents(order, GAZETTEER);
      expect(incidents).toHaveLength(1);
      expect(incidents[0].groups.map((x) => x.id)).toEqual(["syrian-army"]);
    }
  });
  it("only proposes a bare reading, and leaves the opposite flow apart", () => {
    const bare = groupIncidents([telling(LEFT), telling(JOINER)], GAZETTEER);
    expect(bare).toHaveLength(2);
    expect(bare[0].proposed).toEqual([bare[1].id]);
    const opposite = groupIncidents([telling(LEFT), telling({ ...JOINER, destination: to("syrian-army") })], GAZETTEER);
    expect(opposite.map((i) => i.proposed)).toEqual([[], []]);
  });
  it("reads sides too (round 11): the echo by side merged whichever comes first, the group left kept; bare only proposed", () => {
    const echoed = telling({ ...SNA, destination: area("مناطق سيطرة المعارضة") });
    for (const order of [[telling(TO_OPPOSITION), echoed], [echoed, telling(TO_OPPOSITION)]]) {
      const incidents = groupIncidents(order, GAZETTEER);
      expect(incidents).toHaveLength(1);
      expect(incidents[0].groups.map((x) => x.id)).toEqual(["syrian-army"]);
    }
    const bare = groupIncidents([telling(SNA), telling(TO_OPPOSITION)], GAZETTEER);
    expect(bare.map((i) => i.proposed.length)).toEqual([1, 1]);
  });
});
