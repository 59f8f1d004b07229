import { describe, expect, it } from "vitest";
import { codeUnitReader } from "./code-units";

const unitsOf = (s: string) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

describe("codeUnitReader", () => {
  it("gives a string's code units, lone surrogates and all, in the first s.length elements", () => {
    const read = codeUnitReader();
    for (const s of ["", "انشق 5 عناصر", "\ud800x\udc00ا", "abc", "😀ـ.،"]) expect(Array.from(read(s).subarray(0, s.length))).toEqual(unitsOf(s));
  });
  it("grows for a long text and still reads short ones after it", () => {
    const read = codeUnitReader();
    const long = "انشق عناصر من الفرقة الرابعة. ".repeat(1000);
    expect(Array.from(read(long).subarray(0, long.length))).toEqual(unitsOf(long));
    expect(Array.from(read("ف.ر").subarray(0, 3))).toEqual(unitsOf("ف.ر"));
  });
  it("keeps a scratch array per reader: one reader's call leaves another's units alone", () => {
    const a = codeUnitReader();
    const b = codeUnitReader();
    const first = a("قسد");
    b("داعش");
    expect(Array.from(first.subarray(0, 3))).toEqual(unitsOf("قسد"));
  });
});
