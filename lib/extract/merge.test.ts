import { describe, expect, it } from "vitest";
import { extractEvents } from "./index";
import { destinationMentionOf, otherTellings, placeMentionOf, placeSpecificity, type PlacedMention } from "./merge";

type Dest = NonNullable<PlacedMention["destination"]>;
const at = (id: string | null, name = id ?? "none"): PlacedMention & { name: string } => ({ name, place: id === null ? null : { match: { id } }, destination: null });
const to = (group_id: string | null, kind: Dest["kind"] = "other", name = group_id ?? kind): PlacedMention & { name: string } => ({ name, place: null, destination: { group_id, kind } });

describe("placeSpecificity", () => {
  it.each([
    ["maadan", 0],
    ["", 0],
    ["raqqa", 1],
    ["north-syria", 2],
  ])("%s → %i", (id, rank) => expect(placeSpecificity(id)).toBe(rank));
});

describe("placeMentionOf: the place the merged incident shows", () => {
  it("keeps the primary's place when no other mention names one", () => {
    const a = at("raqqa");
    expect(placeMentionOf([a, at(null)], a)?.name).toBe("raqqa");
  });
  it("fills a missing place from a later mention", () => {
    const a = at(null, "first");
    expect(placeMentionOf([a, at("mayadin")], a)?.name).toBe("mayadin");
  });
  it("takes a town inside the primary's governorate ('محافظة الرقة' then 'بلدة معدان')", () => {
    const a = at("raqqa");
    expect(placeMentionOf([a, at("maadan")], a)?.name).toBe("maadan");
  });
  it("takes a town under a region ('الشمال السوري' then a town)", () => {
    const a = at("north-syria");
    expect(placeMentionOf([at("maadan"), a], a)?.name).toBe("maadan");
  });
  it("takes a settlement the gazetteer lacks over a governorate", () => {
    const a = at("hama");
    expect(placeMentionOf([a, at("", "quoted")], a)?.name).toBe("quoted");
  });
  it("keeps a town over a later governorate", () => {
    const a = at("maadan");
    expect(placeMentionOf([a, at("raqqa")], a)?.name).toBe("maadan");
  });
  it("does not swap a governorate for a town of another governorate (Palmyra is in Homs)", () => {
    const a = at("raqqa");
    expect(placeMentionOf([a, at("palmyra")], a)?.name).toBe("raqqa");
  });
  it("has no place when no mention names one", () => {
    const a = at(null);
    expect(placeMentionOf([a, at(null)], a)).toBeUndefined();
  });
});

describe("destinationMentionOf: where the merged incident's people went", () => {
  it("fills a missing destination from a later mention", () => {
    const a = at(null, "first");
    expect(destinationMentionOf([a, to("fsa")], a)?.name).toBe("fsa");
  });
  it("prefers a named side over a generic area ('الشمال السوري' then 'الجيش الحر')", () => {
    const a = to(null, "other", "north");
    expect(destinationMentionOf([a, to("fsa")], a)?.name).toBe("fsa");
  });
  it("prefers any area over 'جهة مجهولة'", () => {
    const a = to(null, "unknown", "unknown");
    expect(destinationMentionOf([a, to(null, "other", "north")], a)?.name).toBe("north");
  });
  it("keeps the primary's named side over a later generic area", () => {
    const a = to("sdf");
    expect(destinationMentionOf([a, to(null, "other", "north")], a)?.name).toBe("sdf");
  });
  it("keeps a country abroad: it says where they went and decides the kind", () => {
    const a = to(null, "abroad", "turkey");
    expect(destinationMentionOf([a, to("fsa")], a)?.name).toBe("turkey");
  });
});

describe("otherTellings: the mentions whose triggers join the evidence", () => {
  const m = (start: number, name: string) => ({ name, trigger: { start, end: start + 4 } });
  it("lists the other triggers in text order, without the primary's", () => {
    const primary = m(50, "primary");
    expect(otherTellings([m(90, "later"), primary, m(10, "earlier")], primary).map((x) => x.name)).toEqual(["earlier", "later"]);
  });
  it("lists a trigger once even when two mentions share it (a borrowed figure)", () => {
    const primary = m(50, "primary");
    expect(otherTellings([primary, m(50, "borrowed"), m(70, "a"), m(70, "b")], primary).map((x) => x.name)).toEqual(["a"]);
  });
});

const P = { start: "2021-05-14", end: "2021-05-14" };
const extract = (body: string) => extractEvents({ body, published: P } as Parameters<typeof extractEvents>[0]);

describe("a second mention of one incident adds its detail", () => {
  it("vague and undated-ish first, then figure, weekday, place and destination: one event with all of them", () => {
    const body =
      "أفادت مصادر محلية بفرار عدة عناصر من ميليشيا لواء الباقر قبل يومين. " +
      "وأوضحت المصادر أن سبعة عناصر من لواء الباقر هربوا يوم الأربعاء الماضي باتجاه مناطق سيطرة قسد في ريف دير الزور الشرقي.";
    const events = extract(body);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e.count?.best).toBe(7);
    expect([e.date.start, e.date.end]).toEqual(["2021-05-12", "2021-05-12"]);
    expect(e.place?.id).toBe("deir-ez-zor");
    expect(e.destination?.group_id).toBe("sdf");
    const roles = new Set(e.evidence.spans.map((s) => s.role));
    for (const role of ["trigger", "group", "count", "date", "place", "destination"]) expect(roles).toContain(role);
    const second = body.indexOf("وأوضحت");
    expect(e.evidence.sentence.end).toBeGreaterThan(second);
  });

  it("never takes a place from a background incident of the same group", () => {
    const body =
      "انشق ستة عناصر من قوات النظام يوم الثلاثاء الماضي. " +
      "وكان 40 عنصراً من قوات النظام قد انشقوا في مدينة تدمر مطلع عام 2016.";
    const events = extract(body);
    expect(events).toHaveLength(2);
    const recent = events.find((e) => e.count?.best === 6);
    expect(recent?.place).toBeNull();
  });

});

// These need buildEvent (index.ts, not owned here) to ask merge.ts which mention shows the place and
// the destination and to add the other tellings to the evidence — the hook described in merge.ts
// above placeMentionOf. Checked against a copy with the hook: they pass there and fail without it.
// Remove ".skip" when the hook lands.
describe.skip("with the buildEvent hook: the more specific part of a later mention wins", () => {
  it("a town named by a later mention replaces the governorate of the first", () => {
    const body =
      "انشق خمسة عناصر من الدفاع الوطني في محافظة الرقة يوم الخميس. " +
      "وأكد ناشطون أن العناصر الخمسة انشقوا في بلدة معدان ووصلوا إلى مناطق سيطرة قسد.";
    const events = extract(body);
    expect(events).toHaveLength(1);
    expect(events[0].place?.id).toBe("maadan");
    expect(events[0].destination?.group_id).toBe("sdf");
  });
  it("a named side from a later mention replaces a generic area", () => {
    const body =
      "فر ثلاثة عناصر من الفرقة الرابعة أمس نحو الشمال السوري. " +
      "وقال مصدر إن العناصر الثلاثة فروا أمس وانضموا إلى الجيش الحر في ريف حلب.";
    const events = extract(body);
    expect(events).toHaveLength(1);
    expect(events[0].destination?.group_id).toBe("fsa");
    expect(events[0].place?.id).toBe("aleppo");
  });
  it("the evidence keeps the trigger of every merged mention and spans their sentences", () => {
    const body =
      "أفادت مصادر محلية بفرار عدة عناصر من ميليشيا لواء الباقر قبل يومين. " +
      "وأوضحت المصادر أن سبعة عناصر من لواء الباقر هربوا يوم الأربعاء الماضي باتجاه مناطق سيطرة قسد في ريف دير الزور الشرقي.";
    const [e] = extract(body);
    const triggers = e.evidence.spans.filter((s) => s.role === "trigger").map((s) => body.slice(s.start, s.end));
    expect(triggers).toEqual(expect.arrayContaining(["بفرار", "هربوا"]));
    expect(e.evidence.sentence.start).toBe(0);
  });
});
