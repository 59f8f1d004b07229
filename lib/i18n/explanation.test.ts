/**
 * Date explanations in both languages from one list of message references: the English sentence
 * is the one the CLI, CSV and API have always shown; the Arabic one has no Latin word, and keeps
 * ISO days left-to-right.
 */
import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "../extract";
import { resolveExpression } from "../time";
import { explanationText, ref, type ExplanationKey, type ExplanationRef } from "./explanation";
import { MESSAGES, placeholders, t } from "./messages";

const day = (d: string) => ({ start: d, end: d });
const LATIN = /[A-Za-z]/;
const LRI = "\u2066";
const PDI = "\u2069";
/** The Arabic text with its left-to-right isolates removed, for reading in assertions. */
const plain = (s: string) => s.replace(/[\u2066\u2069]/g, "");

function refsOf(phrase: string, published: string): ExplanationRef[] {
  const m = resolveExpression(phrase, day(published));
  if (!m) throw new Error(`no match in ${phrase}`);
  expect(explanationText(m.explanationRefs, "en")).toBe(m.explanation);
  return m.explanationRefs;
}

describe("date explanations from the date engine", () => {
  it("a month named with a past word: the English sentence as before, an Arabic one", () => {
    const refs = refsOf("نيسان الفائت", "2021-06-20");
    expect(explanationText(refs, "en")).toBe("نيسان الفائت, published 2021-06-20 → 2021-04-01..2021-04-30");
    const ar = explanationText(refs, "ar");
    expect(ar).not.toMatch(LATIN);
    expect(ar).toContain("نيسان الفائت");
    expect(ar).toContain(`${LRI}2021-04-01..2021-04-30${PDI}`);
    expect(ar).toContain(`${LRI}2021-06-20${PDI}`);
  });

  it("a weekday that disagrees with the day it names is noted in both languages", () => {
    // 2021-06-20 is a Sunday: "أمس الأحد" is the 19th, a Saturday.
    const refs = refsOf("أمس الأحد", "2021-06-20");
    expect(explanationText(refs, "en")).toBe("أمس الأحد, published 2021-06-20 → 2021-06-19..2021-06-19 (weekday conflict: the text says الأحد, 2021-06-19 is السبت)");
    const ar = explanationText(refs, "ar");
    expect(ar).not.toMatch(LATIN);
    expect(plain(ar)).toContain("تعارض في يوم الأسبوع: يذكر النص الأحد، لكن 2021-06-19 يوافق السبت");
  });

  it("a future expression is flagged", () => {
    const refs = refsOf("غداً", "2021-06-20");
    expect(explanationText(refs, "en")).toBe("غداً, published 2021-06-20 → 2021-06-21..2021-06-21 (future)");
    const ar = explanationText(refs, "ar");
    expect(ar).not.toMatch(LATIN);
    expect(ar).toMatch(/\(في المستقبل\)$/);
  });

  it("a count followed by من says it may count from another event", () => {
    const refs = refsOf("قبل يومين من", "2021-06-20");
    expect(explanationText(refs, "en")).toMatch(/ \(followed by من: may count from another event\)$/);
    const ar = explanationText(refs, "ar");
    expect(ar).not.toMatch(LATIN);
    expect(ar).toContain("(تليه «من»: قد يُعدّ من حدث آخر)");
  });
});

describe("date explanations from the extractor", () => {
  const run = (body: string) => extractEventsStrict({ id: "t", body, published: day("2022-03-16") });

  it("the default range, when no expression dates the incident", () => {
    const [e] = run("انشق ستة عناصر من الفرقة الرابعة في ريف درعا.");
    expect(e.date.basis).toBe("default");
    expect(e.date.explanation).toBe("no expression dates the incident: [P-7, P] over the publication window 2022-03-16..2022-03-16 → 2022-03-09..2022-03-16");
    expect(explanationText(e.date.explanationRefs!, "en")).toBe(e.date.explanation);
    const ar = explanationText(e.date.explanationRefs!, "ar");
    expect(ar).not.toMatch(LATIN);
    expect(ar).toContain(`${LRI}2022-03-09..2022-03-16${PDI}`);
  });

  it("an expression that dates the report bounds the incident by the week before it", () => {
    const [e] = run("قالت مصادر محلية، أمس الثلاثاء، إن 14 عنصراً من قوات النظام انشقوا في ريف إدلب.");
    expect(e.date.rule).toMatch(/report-day/);
    expect(e.date.explanation).toMatch(
      /, published 2022-03-16 → 2022-03-15\.\.2022-03-15; the expression dates the report, so the incident is bounded by the week before it → 2022-03-08\.\.2022-03-15$/,
    );
    expect(explanationText(e.date.explanationRefs!, "en")).toBe(e.date.explanation);
    const ar = explanationText(e.date.explanationRefs!, "ar");
    expect(ar).not.toMatch(LATIN);
    expect(plain(ar)).toMatch(/؛ التعبير يؤرّخ التقرير لا الحادثة، فالحادثة محصورة في الأسبوع الذي سبقه ← 2022-03-08\.\.2022-03-15$/);
  });
});

describe("explanationText", () => {
  it("groups notes in one parenthesis after their sentence, flags in their own, sentences by semicolons", () => {
    const refs = [
      ref("explain.resolved", { text: "x", published: "2021-01-02", range: "a..b" }),
      ref("explain.note.since", { rule: "r1" }),
      ref("explain.note.range", { from: "r2", to: "r3" }),
      ref("explain.flag.future"),
      ref("explain.anchored", { range: "c..d" }),
    ];
    expect(explanationText(refs, "en")).toBe(
      "x, published 2021-01-02 → a..b (since r1; r2 to r3) (future); the expression dates the report, so the incident is bounded by the week before it → c..d",
    );
    expect(plain(explanationText(refs, "ar"))).toBe(
      "«x» في تقرير نُشر 2021-01-02 ← الفترة a..b (منذ r1؛ مدى من r2 إلى r3) (في المستقبل)؛ التعبير يؤرّخ التقرير لا الحادثة، فالحادثة محصورة في الأسبوع الذي سبقه ← c..d",
    );
  });

  it("writes each sentence as t() does, in both languages", () => {
    const sentenceKeys = (Object.keys(MESSAGES) as ExplanationKey[]).filter((k) => /^explain\.(?!note\.|flag\.)/.test(k));
    expect(sentenceKeys.length).toBeGreaterThan(3);
    for (const key of sentenceKeys) {
      const vars = Object.fromEntries(placeholders(MESSAGES[key].en).map((name, i) => [name, `v${i}-${name}`]));
      expect(explanationText([ref(key, vars)], "en"), key).toBe(t("en", key, vars));
      expect(plain(explanationText([ref(key, vars)], "ar")), key).toBe(t("ar", key, vars));
    }
  });
});
