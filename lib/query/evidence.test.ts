import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "../extract";
import type { EventEvidence } from "../extract/types";
import { ownEvidence } from "./evidence";

const HEADLINE = "انشقاق 7 عناصر من قوات النظام في درعا";
const FILLER = "أفادت مصادر محلية، اليوم الأربعاء، بأن المنطقة تشهد توتراً أمنياً متزايداً منذ أسابيع. وتواصل الفصائل المحلية تعزيز مواقعها.";
const TOLD = "وقالت المصادر إن 7 عناصر من قوات النظام انشقوا أمس عن مواقعهم في مدينة بصرى الشام بريف درعا الشرقي، ووصلوا إلى مناطق آمنة.";
/** A headline and a body sentence telling one incident, with sentences between them that tell nothing of it. */
const BODY = `${HEADLINE}\n\n${FILLER}\n\n${TOLD}\n\nولم يصدر أي تعليق رسمي.`;

describe("a telling's own evidence (the incident page)", () => {
  it("is the sentence of its own words, not the extractor's range from the headline over the sentences between", () => {
    const [event] = extractEventsStrict({ id: "x", body: BODY, published: { start: "2021-03-10", end: "2021-03-10" } });
    // The extractor's evidence covers the headline (the other telling's trigger) and everything up to the body sentence.
    expect(BODY.slice(event.evidence.sentence.start, event.evidence.sentence.end)).toContain(FILLER);
    const own = ownEvidence(BODY, event.evidence);
    expect(own.map((s) => s.text)).toEqual([TOLD]);
    const roles = own[0].spans.map((s) => s.role).sort();
    expect(roles).toEqual(["count", "date", "destination", "group", "place", "trigger"]);
    // Spans are relative to the sentence: the count's words are «7 عناصر».
    const count = own[0].spans.find((s) => s.role === "count")!;
    expect(own[0].text.slice(count.start, count.end)).toBe("7 عناصر");
  });

  it("keeps each sentence that holds its words once, in the order of the report", () => {
    const at = (text: string) => BODY.indexOf(text);
    const evidence: EventEvidence = {
      sentence: { start: 0, end: BODY.length },
      spans: [
        { role: "trigger", start: at("انشقوا"), end: at("انشقوا") + 6 },
        { role: "date", start: at("اليوم الأربعاء"), end: at("اليوم الأربعاء") + 14 },
        { role: "count", start: at("7 عناصر من قوات النظام انشقوا"), end: at("7 عناصر من قوات النظام انشقوا") + 7 },
      ],
    };
    const own = ownEvidence(BODY, evidence);
    expect(own.map((s) => s.text)).toEqual(["أفادت مصادر محلية، اليوم الأربعاء، بأن المنطقة تشهد توتراً أمنياً متزايداً منذ أسابيع.", TOLD]);
    expect(own.map((s) => s.spans.map((x) => x.role))).toEqual([["date"], ["trigger", "count"]]);
    // The second sentence of the paragraph stands between them, left out.
    expect(own.map((s) => s.gapBefore)).toEqual([false, true]);
  });

  it("falls back to the evidence range when it holds no span", () => {
    expect(ownEvidence(BODY, { sentence: { start: 0, end: HEADLINE.length }, spans: [] }).map((s) => s.text)).toEqual([HEADLINE]);
  });
});
