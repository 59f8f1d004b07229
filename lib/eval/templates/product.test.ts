import { describe, expect, it } from "vitest";
import { product, spread } from "./product";

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
