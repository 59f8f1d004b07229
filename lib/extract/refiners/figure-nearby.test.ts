/** A vague incident takes the figure a neighbouring sentence gives for soldiers "من" its group; never the killed. */
import { describe, expect, it } from "vitest";
import { brief, run } from "./corpus";

const FIGURE_EXAMPLES: Array<[string, Array<[number, number, number] | null>]> = [
  ["شهد الأسبوع الماضي فرار مئات الجنود من الجيش السوري نحو الحدود. وعبر ألفا جندي من الجيش السوري إلى العراق.", [[2000, 2000, 2000]]],
  // the figure of the killed is no figure of the flight
  ["شهد الأسبوع الماضي فرار مئات الجنود من الجيش السوري نحو الحدود. وقتل ألفا جندي من الجيش السوري في المعارك.", [[200, 300, 999]]],
  // … nor the figure of another incident told in its own sentence
  ["انشق طاقم دبابة عن قوات النظام في ريف إدلب أمس. وذكر ناشطون أن تسعة جنود من قوات النظام انشقوا في درعا ووصلوا إلى الأردن.", [null, [9, 9, 9]]],
];

describe("figure nearby", () => {
  it.each(FIGURE_EXAMPLES)("%s", (text, counts) => {
    expect(run(text).map((e) => brief(e).count)).toEqual(counts);
  });
});
