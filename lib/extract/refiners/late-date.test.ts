/** Late dates, looser (refiners/late-date.ts): examples and negatives (P = Wed 2022-03-16, default [P-7, P]). */
import { describe, expect, it } from "vitest";
import { dated, run, type Dated } from "./corpus";

const TOLD = "انشق خمسة عناصر من الفرقة الرابعة في ريف درعا الغربي ووصلوا إلى مناطق المعارضة.";
const DETAILS = ["ويشكو كثير من المجندين من قلة الإجازات وسوء الطعام.", "وتعاني البلدات المجاورة من انقطاع الكهرباء والمياه.", "ويعمل معظم الأهالي في الزراعة وتربية المواشي."];
const story = (gap: number, late: string) => `${TOLD} ${[...DETAILS, ...DETAILS].slice(0, gap).join(" ")} ${late}`;
const on = (start: string, end = start): Dated[] => [["4th-division", 5, start, end]];
const DEFAULT = on("2022-03-09", "2022-03-16");

const EXAMPLES: Array<[string, Dated[]]> = [
  // the men told again doing what leaving took, the source's words about it: 2 to 7 sentences of detail between
  [story(2, "وتمكن العناصر من عبور خطوط التماس فجر الثلاثاء مستغلين سوء الأحوال الجوية."), on("2022-03-15")],
  [story(4, "وأفاد المصدر بأن العناصر بلغوا مناطق سيطرة المعارضة يوم الأحد الماضي."), on("2022-03-13")],
  [story(7, "واستغل العناصر انشغال الحواجز في الثالث من الشهر الجاري للتسلل نحو مناطق المعارضة."), on("2022-03-03")],
  // "أن" between the reporting verb and the date: the date is inside what is reported
  [story(3, "وأوضح المصدر أن العناصر غادروا مواقعهم مساء الخميس الماضي."), on("2022-03-10")],
  // the men referred back with their number are the incident's own
  [story(2, "وبحسب المصدر، فإن العناصر الخمسة بلغوا ريف إدلب فجر الثلاثاء."), on("2022-03-15")],
];

const NEGATIVES: Array<[string, Dated[]]> = [
  // the day of another happening: a meeting, a battle, a statement, the day a source spoke, a death, shelling, a decision
  [story(2, "وعقد وجهاء المنطقة اجتماعاً مع مسؤولين أمنيين فجر الثلاثاء."), DEFAULT],
  [story(4, "ودارت اشتباكات متقطعة على أطراف المنطقة يوم الأحد الماضي."), DEFAULT],
  [story(2, "وأصدرت قيادة المنطقة بياناً أمس حول الأوضاع الأمنية."), DEFAULT],
  [story(3, "وقال مسؤول محلي أمس إن الأوضاع مستقرة."), DEFAULT],
  [story(2, "وتوفي أحد وجهاء البلدة أمس إثر أزمة قلبية."), DEFAULT],
  [story(2, "وكانت المدفعية قد قصفت قرى المنطقة أمس."), DEFAULT],
  [story(2, "ويعود ذلك إلى قرار صدر أمس بمنع الإجازات."), DEFAULT],
  // other people counted in the date's clause
  [story(2, "وفي محيط المدينة لقي ثلاثة أشخاص حتفهم أمس."), DEFAULT],
  // the men's past, a similar incident
  [story(2, "وكان العناصر قد تطوعوا في صفوف الميليشيا عام 2019."), DEFAULT],
  [story(2, "ويذكر أن المنطقة شهدت حادثة مماثلة مطلع الشهر الجاري."), DEFAULT],
  // an open span ("منذ …"): the men's absence, not a day
  [story(2, "ولا يعرف مكان العناصر منذ يوم الأحد."), DEFAULT],
  // a turn to another story
  [story(2, "وفي سياق آخر، شهدت المنطقة توتراً أمنياً أمس."), DEFAULT],
];

describe("a late date of the story", () => {
  it.each(EXAMPLES)("%s", (text, want) => expect(dated(text)).toEqual(want));
  it("says which sentence gave the date", () => {
    const [event] = run(story(4, "وأفاد المصدر بأن العناصر بلغوا مناطق سيطرة المعارضة يوم الأحد الماضي."));
    expect(event.date.basis).toBe("context");
    expect(event.date.explanationRefs?.map((r) => r.key)).toContain("explain.note.lateSentence");
    expect(event.date.explanation).toMatch(/told 5 sentence\(s\) after the incident/);
  });
});
describe("not a late date of the story", () => {
  it.each(NEGATIVES)("%s", (text, want) => expect(dated(text)).toEqual(want));
  it("stops at another telling: the later day is not the first incident's", () => {
    const text = `${TOLD} ${DETAILS[0]} وفي سياق منفصل، فرّ عنصران من قوات النظام في ريف حماة أول أمس. ${DETAILS[1]} وأفاد المصدر بأن العناصر بلغوا مناطق سيطرة المعارضة فجر الثلاثاء.`;
    expect(dated(text)[0]).toEqual(DEFAULT[0]);
  });
});
