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

/** Best total over every one-to-one pairing, by exhaustive search (small matrices only). */
function bruteForceBest(w: (number | null)[][]): number {
  const cols = w[0]?.length ?? 0;
  const go = (row: number, used: number): number => {
    if (row === w.length) return 0;
    let best = go(row + 1, used); // leave this row unpaired
    for (let j = 0; j < cols; j++) {
      const x = w[row][j];
      if (x === null || used & (1 << j)) continue;
      best = Math.max(best, x + go(row + 1, used | (1 << j)));
    }
    return best;
  };
  return go(0, 0);
}

describe("maxWeightAssignment against exhaustive search", () => {
  it("reaches the best total on random small matrices with forbidden pairs, one-to-one", async () => {
    const fc = await import("fast-check");
    const cell = fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 20 }));
    const matrix = fc.integer({ min: 1, max: 5 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 5 }));
    fc.assert(
      fc.property(matrix, (w) => {
        const pairs = maxWeightAssignment(w);
        expect(new Set(pairs.map((p) => p[0])).size).toBe(pairs.length);
        expect(new Set(pairs.map((p) => p[1])).size).toBe(pairs.length);
        for (const [i, j] of pairs) expect(w[i][j]).not.toBeNull();
        expect(total(w, pairs)).toBe(bruteForceBest(w));
      }),
      { numRuns: 300 },
    );
  });
});
