/**
 * One-to-one assignment that maximises the total weight (Hungarian algorithm, O(n³)).
 * `weight[i][j]` is the gain of pairing row i with column j, or null when the pair is not allowed.
 * Returns the chosen [row, column] pairs; rows or columns may stay unpaired.
 */
export function maxWeightAssignment(weight: (number | null)[][]): Array<[number, number]> {
  const rows = weight.length;
  const cols = rows === 0 ? 0 : weight[0].length;
  if (rows === 0 || cols === 0) return [];
  const n = Math.max(rows, cols);
  let maxW = 0;
  for (const row of weight) for (const w of row) if (w !== null && w > maxW) maxW = w;
  // Minimise cost = maxW - weight; a forbidden pair costs as much as leaving both unpaired (weight 0),
  // so it is never preferred to a real pair and is dropped afterwards.
  const cost = (i: number, j: number): number => {
    const w = i < rows && j < cols ? weight[i][j] : null;
    return maxW - (w ?? 0);
  };
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0); // p[j] = row matched to column j (1-based)
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(INF);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: Array<[number, number]> = [];
  for (let j = 1; j <= n; j++) {
    const i = p[j] - 1;
    const c = j - 1;
    if (i >= 0 && i < rows && c < cols && weight[i][c] !== null) pairs.push([i, c]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
