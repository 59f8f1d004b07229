import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "../extract";
import { groupsField, readEventForm } from "./form";
import { errorText } from "../i18n/errors";
import { gazetteerLookup } from "./lookup";

const body = "أفادت مصادر محلية بانشقاق خمسة عناصر من قوات النظام في مدينة درعا يوم الأحد الماضي.";
const [event] = extractEventsStrict({ id: "f", body, published: { start: "2021-06-20", end: "2021-06-20" } });
const shown = {
  kind: event.kind,
  groups: groupsField(event.groups),
  count_low: String(event.count!.low),
  count_best: String(event.count!.best),
  count_high: String(event.count!.high),
  date_start: event.date.start,
  date_end: event.date.end,
  place: event.place?.text ?? "",
  destination: "",
};

describe("the edit form", () => {
  it("gives back the machine's own objects for fields left as shown", () => {
    const r = readEventForm(shown, event, gazetteerLookup());
    expect(r.ok && r.values).toEqual({ kind: event.kind, groups: event.groups, count: event.count, date: event.date, place: event.place, destination: null });
  });

  it("builds changed fields from the gazetteer, a new group by name, and no count from empty fields", () => {
    const r = readEventForm({ ...shown, groups: "ndf\nكتيبة الأمل", count_low: "", count_best: "", count_high: "", date_start: "2021-06-01", date_end: "2021-06-05", destination: "قسد" }, event, gazetteerLookup());
    if (!r.ok) throw new Error(errorText(r.errors, "en"));
    expect(r.values.groups.map((g) => [g.id, g.known])).toEqual([["ndf", true], [null, false]]);
    expect(r.values.count).toBeNull();
    expect(r.values.date).toMatchObject({ start: "2021-06-01", end: "2021-06-05", grain: "span", rule: "review" });
    expect(r.values.destination).toMatchObject({ text: "قسد", group_id: "sdf" });
  });

  it("names every wrong field", () => {
    const r = readEventForm({ ...shown, kind: "party", groups: "", count_low: "9", count_best: "5", date_start: "2021-13-01" }, event, gazetteerLookup());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => errorText([e], "en").split(":")[0])).toEqual(["kind", "groups", "count", "date"]);
  });
});
