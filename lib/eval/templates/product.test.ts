import { describe, expect, it } from "vitest";
import { familyCases, product, spaced, spread } from "./product";

describe("product", () => {
  it("makes every combination, the first slot varying slowest", () => {
    expect(product({ a: [1, 2], b: ["x", "y", "z"] })).toEqual([
      { a: 1, b: "x" }, { a: 1, b: "y" }, { a: 1, b: "z" },
      { a: 2, b: "x" }, { a: 2, b: "y" }, { a: 2, b: "z" },
    ]);
  });
  it("is empty when a slot has no form", () => {
    expect(product({ a: [1, 2], b: [] })).toEqual([]);
  });
});

describe("spread", () => {
  it("keeps everything under the cap", () => {
    expect(spread([1, 2, 3], 5)).toEqual([1, 2, 3]);
  });
  it("takes evenly spaced items over the cap, first included", () => {
    expect(spread([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
  });
});

describe("familyCases", () => {
  const rows = [0, 1, 2, 3].map((n) => ({ text: `t${n}`, events: [] }));
  it("numbers a template's thinned rows family/template/k, published the family's day", () => {
    expect(familyCases("fam", 2, "2022-03-16")("tpl", rows)).toEqual([
      { id: "fam/tpl/0", published: "2022-03-16", text: "t0", events: [] },
      { id: "fam/tpl/1", published: "2022-03-16", text: "t2", events: [] },
    ]);
  });
  it("takes another cap for one template, and a row's own day over the family's", () => {
    const cases = familyCases("fam", 2, "2022-03-16")("tpl", [...rows.slice(0, 2), { ...rows[2], published: "2020-01-01" }], 3);
    expect(cases.map((c) => [c.id, c.published])).toEqual([["fam/tpl/0", "2022-03-16"], ["fam/tpl/1", "2022-03-16"], ["fam/tpl/2", "2020-01-01"]]);
  });
  it("gives no day where the family has none: each row carries its own", () => {
    expect(familyCases("fam", 5)("tpl", rows.slice(0, 1))).toEqual([{ id: "fam/tpl/0", text: "t0", events: [] }]);
    expect(Object.keys(familyCases("fam", 5)("tpl", rows.slice(0, 1))[0])).toEqual(["id", "text", "events"]);
  });
});

describe("spaced", () => {
  it("joins parts by one space, skipping an empty slot", () => {
    expect(spaced("انشق", "", "عنصران", "عن", "قسد", "")).toBe("انشق عنصران عن قسد");
  });
});
