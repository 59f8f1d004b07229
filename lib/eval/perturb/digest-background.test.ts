/**
 * What the builder of the backgrounder, timeline and context shapes writes (lib/eval/perturb/digest-background.ts):
 * fixed reports in, the text and its gold out. The extractor is not involved.
 */
import { describe, expect, it } from "vitest";
import type { GoldEvent, GoldReport } from "../gold";
import { goldEventWith, goldReport as report } from "./gold-testing";
import { absoluteDate, backgroundClause, buildStories, composeContext, composeRecalls, insertInto, recallable, tellable, timelineLine } from "./digest-background";

const event = goldEventWith({
  groups: ["اللواء 93 (كتيبة الاقتحام)"],
  count: { low: 5, best: 5, high: 5 },
  date: { start: "2021-06-03", end: "2021-06-03" },
  dateText: "فجر اليوم الخميس",
});

const frame = report("n1", "2023-04-10", "عنوان\nتناول تقرير فصيلاً مسلحاً في سوريا. ووصف الموقع الفصيل بأنه داعم للأسد.", []);
const frame2 = report("n2", "2022-01-05", "عنوان\nقصفت قوات النظام مواقع في ريف إدلب.", []);
const positive = report("p1", "2021-06-03", "عنوان\nانشق 5 عناصر من اللواء 93 فجر اليوم الخميس.", [event()]);
const desertion = report("p2", "2019-03-20", "عنوان\nفرّ 12 عنصراً من قوات النظام في آذار الماضي.", [
  event({ groups: ["قوات النظام"], count: { low: 12, best: 12, high: 12 }, date: { start: "2019-03-01", end: "2019-03-31" }, kind: "desertion" }),
]);

describe("the absolute date of a range", () => {
  it.each([
    [{ start: "2021-06-03", end: "2021-06-03" }, "في 3 حزيران/يونيو 2021"],
    [{ start: "2019-03-01", end: "2019-03-31" }, "في آذار/مارس 2019"],
    [{ start: "2020-02-01", end: "2020-02-29" }, "في شباط/فبراير 2020"],
    [{ start: "2019-03-01", end: "2019-03-10" }, "في مطلع آذار/مارس 2019"],
    [{ start: "2019-03-11", end: "2019-03-20" }, "في منتصف آذار/مارس 2019"],
    [{ start: "2018-10-21", end: "2018-10-31" }, "في أواخر تشرين الأول/أكتوبر 2018"],
    [{ start: "2018-01-01", end: "2018-12-31" }, "عام 2018"],
    // none of ours tells a week, a span across months or years
    [{ start: "2021-05-27", end: "2021-06-03" }, null],
    [{ start: "2021-03-25", end: "2021-04-05" }, null],
    [{ start: "2018-12-20", end: "2019-01-05" }, null],
    [null, null],
  ])("%j → %s", (range, phrase) => expect(absoluteDate(range)).toBe(phrase));
});

describe("what may be recalled", () => {
  it("an exact count or none, a defection or a desertion, a date told exactly and ending before the day", () => {
    expect(tellable(event(), "2023-04-10")).toMatchObject({ men: "5 عناصر", group: "اللواء 93", when: "في 3 حزيران/يونيو 2021", defection: true });
    expect(tellable(event({ count: null }), "2023-04-10")?.men).toBe("عناصر");
    expect(tellable(event({ count: { low: 4, best: 5, high: 6 } }), "2023-04-10")).toBeNull();
    expect(tellable(event({ kind: "attempted" }), "2023-04-10")).toBeNull();
    expect(tellable(event({ optional: true }), "2023-04-10")).toBeNull();
    expect(tellable(event(), "2021-06-03")).toBeNull();
    expect(tellable(event({ date: { start: "2021-05-27", end: "2021-06-03" } }), "2023-04-10")).toBeNull();
  });
  it("a report joins only when every gold event can be told", () => {
    expect(recallable(positive, "2023-04-10")).toHaveLength(1);
    expect(recallable(report("x", "2021-06-03", "ع\nنص.", [event(), event({ count: { low: 4, best: 5, high: 6 } })]), "2023-04-10")).toBeNull();
    expect(recallable(frame, "2023-04-10")).toBeNull();
  });
});

describe("the sentences", () => {
  const told = tellable(event(), "2023-04-10")!;
  const deserted = tellable(desertion.events[0], "2023-04-10")!;
  it("three recall forms", () => {
    expect(backgroundClause(told, 0)).toBe("وفي 3 حزيران/يونيو 2021 انشق 5 عناصر عن اللواء 93.");
    expect(backgroundClause(told, 1)).toBe("وكان 5 عناصر قد انشقوا عن اللواء 93 في 3 حزيران/يونيو 2021.");
    expect(backgroundClause(told, 2)).toBe("وكان قد انشق 5 عناصر عن اللواء 93 في 3 حزيران/يونيو 2021.");
    expect(backgroundClause(deserted, 1)).toBe("وكان 12 عنصراً قد فرّوا من قوات النظام في آذار/مارس 2019.");
  });
  it("a timeline line", () => {
    expect(timelineLine(told)).toBe("- 3 حزيران/يونيو 2021: انشقاق 5 عناصر عن اللواء 93.");
    expect(timelineLine(deserted)).toBe("- آذار/مارس 2019: فرار 12 عنصراً من قوات النظام.");
  });
  it("inserted after the frame's first sentence, or at its end", () => {
    expect(insertInto("أ ب. ج د.", "X.", true)).toBe("أ ب. X. ج د.");
    expect(insertInto("أ ب. ج د.", "X.", false)).toBe("أ ب. ج د.\nX.");
    expect(insertInto("أ ب", "X.", true)).toBe("أ ب\nX.");
  });
});

describe("composing", () => {
  it("a backgrounder and a timeline: the frame's passage and the recalled incidents, the gold unchanged", () => {
    const [bg, tl] = composeRecalls("k", frame, [positive, desertion], () => 0.9);
    expect(bg.shape).toBe("backgrounder");
    expect(bg.published).toEqual(frame.published);
    expect(bg.text).toBe("تناول تقرير فصيلاً مسلحاً في سوريا. ووصف الموقع الفصيل بأنه داعم للأسد.\nوكان قد انشق 5 عناصر عن اللواء 93 في 3 حزيران/يونيو 2021. وكان قد فرّ 12 عنصراً من قوات النظام في آذار/مارس 2019.");
    expect(bg.events).toEqual([positive.events[0], desertion.events[0]]);
    expect(bg.parts.map((p) => p.report)).toEqual(["n1", "p1", "p2"]);
    expect(bg.parts[0].events).toEqual([]);
    expect(tl.text).toBe("تناول تقرير فصيلاً مسلحاً في سوريا. ووصف الموقع الفصيل بأنه داعم للأسد.\n- 3 حزيران/يونيو 2021: انشقاق 5 عناصر عن اللواء 93.\n- آذار/مارس 2019: فرار 12 عنصراً من قوات النظام.");
    expect(tl.events).toEqual(bg.events);
  });
  it("a context: the lead's passage between two frames, the lead's day and gold", () => {
    const c = composeContext("k", positive, frame, frame2);
    expect(c.text).toBe("تناول تقرير فصيلاً مسلحاً في سوريا. ووصف الموقع الفصيل بأنه داعم للأسد.\nانشق 5 عناصر من اللواء 93 فجر اليوم الخميس.\nقصفت قوات النظام مواقع في ريف إدلب.");
    expect(c.published).toEqual(positive.published);
    expect(c.events).toEqual(positive.events);
    expect(c.parts.map((p) => p.events.length)).toEqual([0, 1, 0]);
  });
  it("builds the same stories from the same seed; frames are negatives, recalls end before the frame's day", () => {
    const reports = [frame, frame2, positive, desertion];
    const a = buildStories(reports, 15, 10);
    expect(buildStories(reports, 15, 10)).toEqual(a);
    for (const s of a.filter((x) => x.shape !== "context")) {
      expect(["n1", "n2"]).toContain(s.parts[0].report);
      for (const e of s.events) expect(e.date!.end < s.published.start).toBe(true);
    }
    // n2 (2022-01-05) can recall both; a context needs two frames and one lead
    expect(a.some((s) => s.shape === "context")).toBe(true);
    expect(a.filter((s) => s.shape === "context").every((s) => s.parts[0].report !== s.parts[2].report)).toBe(true);
  });
});
