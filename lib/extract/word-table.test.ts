import { describe, expect, it } from "vitest";
import { extractEventsStrict } from "./index";
import { memoSlots } from "./word-table";

describe("the word memos", () => {
  it("keeps every memo of the extractor in the word's own fields (a memo past them reads an array beside every word)", () => {
    // (the gazetteers make their memos when first used: extract once)
    extractEventsStrict({ id: "t", body: "انشق 5 عناصر من الفرقة الرابعة في درعا أمس.", published: { start: "2021-06-14", end: "2021-06-14" } });
    const { made, inline } = memoSlots();
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThanOrEqual(inline);
  });
});
