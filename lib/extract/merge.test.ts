import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../arabic/normalize";
import { extractEventsStrict as extractEvents } from "./index";
import { findGroupMentions } from "./groups";
import { findPlaceMentions } from "./places";
import { splitSentences } from "./sentences";
import { tokenize } from "./tokens";
import { findTriggers } from "./triggers";
import { continuationDestination, destinationMentionOf, otherTellings, placeMentionOf, placeSpecificity, type PlacedMention } from "./merge";

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

// The sentence after a telling that only continues it ("والتحق هؤلاء بصفوف X") gives its destination.

function continuationOf(body: string, sentenceIndex: number): string | null {
  const text = normalizeArabic(body).text;
  const tokens = tokenize(text);
  const groups = findGroupMentions(text, tokens);
  const places = findPlaceMentions(tokens, groups, text);
  const triggers = findTriggers(tokens);
  const sentences = splitSentences(text);
  const own = triggers.filter((t) => t.start >= sentences[sentenceIndex].start && t.end <= sentences[sentenceIndex].end);
  const d = continuationDestination(tokens, groups, places, triggers, sentences, sentenceIndex, own[own.length - 1]);
  return d ? `${d.group_id ?? d.area ?? text.slice(d.start, d.end)}` : null;
}

describe("continuationDestination: a follow-up sentence says where they went", () => {
  it.each([
    ["انشق 12 عنصراً من قوات النظام في مدينة الميادين. والتحق هؤلاء بصفوف الجيش الحر بعد وصولهم.", "fsa"],
    ["فر تسعة عناصر من الدفاع الوطني ليلة أمس. وانضموا إلى قوات سوريا الديمقراطية في ريف الحسكة.", "sdf"],
    ["هرب أربعة جنود من الفرقة الرابعة يوم الجمعة. ووصل المنشقون إلى الشمال السوري صباح اليوم.", "الشمال السوري"],
  ])("%s → %s", (body, expected) => expect(continuationOf(body, 0)).toBe(expected));

  it.each([
    // the next sentence tells its own incident (a trigger of its own)
    ["انشق 12 عنصراً من قوات النظام. وانضم ثلاثة آخرون بعد انشقاقهم إلى الجيش الحر.", 0],
    // the next sentence is about someone else, not the people just told
    ["انشق 12 عنصراً من قوات النظام. وقالت مصادر إن الجيش الحر سيطر على البلدة.", 0],
    // another trigger follows in the same sentence: the continuation is that one's, not this one's
    ["انشق ضابط عن قوات النظام وفر خمسة عناصر من الدفاع الوطني. والتحق هؤلاء بصفوف الجيش الحر.", -1],
  ])("%s → none", (body, which) => {
    const text = normalizeArabic(body).text;
    const tokens = tokenize(text);
    const groups = findGroupMentions(text, tokens);
    const places = findPlaceMentions(tokens, groups, text);
    const triggers = findTriggers(tokens);
    const sentences = splitSentences(text);
    const trig = which === -1 ? triggers[0] : triggers[which];
    expect(continuationDestination(tokens, groups, places, triggers, sentences, 0, trig)).toBeNull();
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

// Through the whole extractor: buildEvent (index.ts) asks merge.ts which telling shows the place and
// the destination, and adds the other tellings to the evidence.
describe("with the buildEvent hook: the more specific part of a later mention wins", () => {
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
  it("a follow-up sentence ('والتحق هؤلاء بصفوف …') gives the destination of the incident before it", () => {
    const body =
      "وفي ريف حماة، انشق 12 عنصراً من قوات النظام في بلدة مورك. " +
      "والتحق هؤلاء بصفوف الجيش الحر في المنطقة.";
    const events = extract(body);
    expect(events).toHaveLength(1);
    expect(events[0].destination?.group_id).toBe("fsa");
    expect(events[0].count?.best).toBe(12);
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
