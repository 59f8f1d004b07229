/**
 * The CheckList template product (Ribeiro et al. 2020, "minimum functionality tests"): a sentence shape with
 * slots, each slot a list of forms the language offers; the cases are every combination of one form per slot.
 */

/** Every combination of one item from each list, in a fixed order (the first list varies slowest). */
export function product<L extends Record<string, readonly unknown[]>>(lists: L): Array<{ [K in keyof L]: L[K][number] }> {
  let rows: Array<Record<string, unknown>> = [{}];
  for (const [slot, forms] of Object.entries(lists)) {
    const next: Array<Record<string, unknown>> = [];
    for (const row of rows) for (const form of forms) next.push({ ...row, [slot]: form });
    rows = next;
  }
  return rows as Array<{ [K in keyof L]: L[K][number] }>;
}

/** At most `max` items spread evenly over `items` (a fixed, deterministic thinning of a large product). */
export function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const out: T[] = [];
  for (let k = 0; k < max; k++) out.push(items[Math.floor((k * items.length) / max)]);
  return out;
}
