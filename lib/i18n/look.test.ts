import { describe, expect, it } from "vitest";
import type { LookReason } from "../review/types";
import { decisionWord, lookText, reviewStatusWord } from "./look";

describe("why a decision needs another look, in both languages", () => {
  it("names the changed fields and the lost passage in the page's language", () => {
    const changed: LookReason = { why: "machineChanged", fields: ["count", "date"] };
    expect(lookText(changed, "en")).toBe("the machine's count, date changed under this edit; the edit is still applied");
    expect(lookText(changed, "ar")).toBe("تغيّر لدى الآلة العدد، التاريخ تحت هذا التعديل؛ التعديل ما زال مطبّقاً");
    const gone: LookReason = { why: "passageGone", quote: "فر عشرة" };
    expect(lookText(gone, "en")).toBe("the passage of this added event is no longer in the report text (“فر عشرة”); the event is kept");
    expect(lookText(gone, "ar")).toBe("لم يعد مقطع هذه الحادثة المضافة في نص التقرير («فر عشرة»)؛ الحادثة باقية");
  });

  it("shows a reason stored as text before reasons were data, and an unknown word, as they are", () => {
    expect(lookText({ why: "stored", text: "the report r1 is no longer in the database" }, "ar")).toBe("the report r1 is no longer in the database");
    expect([decisionWord("ar", "split"), decisionWord("ar", "rename")]).toEqual(["فصل", "rename"]);
    expect([reviewStatusWord("ar", "accepted"), reviewStatusWord("en", "accepted")]).toEqual(["مقبولة", "accepted"]);
  });
});
