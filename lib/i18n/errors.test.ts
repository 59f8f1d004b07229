import { describe, expect, it } from "vitest";
import { errorText, parseErrorRefs, refusalIn, type ErrorRef } from "./errors";

describe("refusals of a review decision, in both languages", () => {
  const refs: ErrorRef[] = [{ key: "error.reasonRequired.split" }, { key: "error.onlyTelling", vars: { event: "r1~0" } }];

  it("writes the references in English (the API's text) and in Arabic", () => {
    expect(errorText(refs, "en")).toBe('reason: a short reason is required to split a telling out of its incident; event: "r1~0" is the only telling of its incident; there is nothing to split it from');
    expect(errorText(refs, "ar")).toBe("السبب: يلزم سبب قصير لفصل رواية عن حادثتها؛ الحادثة: «r1~0» هي الرواية الوحيدة لحادثتها؛ لا شيء تُفصل عنه");
  });

  it("reads back what /api/review puts in the address, and only that", () => {
    expect(parseErrorRefs(JSON.stringify(refs))).toEqual(refs);
    for (const bad of ["", "not json", "{}", "[]", '[{"key":"review.title"}]', '[{"key":"error.nope"}]', '[{"key":"error.noEvent","vars":{"event":{"x":1}}}]', '[null]']) {
      expect(parseErrorRefs(bad), bad).toBeNull();
    }
    // Without references (or with unreadable ones) the page shows the text it was given.
    expect(refusalIn("ar", "some text", undefined)).toBe("some text");
    expect(refusalIn("ar", "some text", '[{"key":"error.nope"}]')).toBe("some text");
    expect(refusalIn("ar", "x", JSON.stringify([{ key: "error.nothingToUndo" }]))).toBe("التراجع: ليس لك قرار تتراجع عنه");
  });
});
