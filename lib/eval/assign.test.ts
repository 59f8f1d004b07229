import { describe, expect, it } from "vitest";
import { maxWeightAssignment } from "./assign";

const total = (w: (number | null)[][], pairs: Array<[number, number]>) => pairs.reduce((s, [i, j]) => s + (w[i][j] ?? 0), 0);

describe("maxWeightAssignment", () => {
  it("finds the best one-to-one pairing of a square matrix (4 + 5 + 2 = 11 beats the greedy 5 + 4 + 2)", () => {
    const w = [
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ];
    const pairs = maxWeightAssignment(w);
    expect(pairs).toEqual([
      [0, 0],
      [1, 2],
      [2, 1],
    ]);
    expect(total(w, pairs)).toBe(11);
  });

  it("never uses a forbidden pair and prefers two modest pairs to one large one", () => {
    // (0,1)=5 alone is worse than (0,2)=1 + (1,1)=6.
    const w = [
      [null, 5, 1],
      [null, 6, null],
    ];
    expect(maxWeightAssignment(w)).toEqual([
      [0, 2],
      [1, 1],
    ]);
  });

  it("leaves rows unpaired when every pair is forbidden, and handles empty sides", () => {
    expect(maxWeightAssignment([[null], [3]])).toEqual([[1, 0]]);
    expect(maxWeightAssignment([])).toEqual([]);
    expect(maxWeightAssignment([[], []])).toEqual([]);
  });
});
