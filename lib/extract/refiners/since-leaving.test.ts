/** Examples and negatives of since-leaving.ts: which "منذ" date is the day of the leaving itself. */
import { describe, expect, it } from "vitest";
import { extractEventsStrict, readReport } from "..";

const published = { start: "2022-03-16", end: "2022-03-16" };
const datesOf = (body: string) => readReport({ id: "t", body, published }).dates.map((d) => [d.text, d.start, d.end]);
const eventDates = (body: string) => extractEventsStrict({ id: "t", body, published }).map((e) => [e.date.start, e.date.end]);

describe("منذ + a verbal noun of leaving + a day is the day of the leaving", () => {
  it.each<[string, string[][]]>([
    ["ولم يعرف مصيرهم منذ فرارهم يوم الأحد الماضي.", [["يوم الأحد الماضي", "2022-03-13", "2022-03-13"]]],
    ["ولا تزال عائلاتهم تجهل مكانهم منذ انشقاقهم الشهر الماضي.", [["الشهر الماضي", "2022-02-01", "2022-02-28"]]],
    ["وانقطعت أخبارهم منذ هروبهم من الثكنة مساء الخميس.", [["مساء الخميس", "2022-03-10", "2022-03-10"]]],
    // negatives: "منذ" + a day, or + a noun that is no leaving, stays a span to P
    ["ويقيم العناصر في إدلب منذ يوم الأحد.", [["منذ يوم الأحد", "2022-03-13", "2022-03-16"]]],
    ["وكان أحدهم يخدم في الفرقة منذ تطوعه عام 2019.", [["منذ تطوعه عام 2019", "2019-01-01", "2022-03-16"]]],
  ])("%s", (body, expected) => {
    expect(datesOf(body)).toEqual(expected);
  });

  it("dates the incident told before by the day of the men's flight", () => {
    expect(eventDates("فرّ 4 عناصر من الفرقة الرابعة نحو الشمال. ولم يعرف مصيرهم منذ فرارهم يوم الأحد الماضي.")).toEqual([["2022-03-13", "2022-03-13"]]);
  });
});
