/**
 * The CheckList template product (Ribeiro et al. 2020, "minimum functionality tests"): a sentence shape with
 * slots, each slot a list of forms the language offers; the cases are every combination of one form per slot.
 * Also what every family writes its cases with: `familyCases` (a template's rows, thinned, become numbered cases)
 * and `spaced` (a sentence from parts, an empty slot leaving no double space).
 */
import type { ConventionCase } from "../../extract/conventions/types";

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

/** A case before it has its id: its text and events, and its own `published` where the family gives none. */
export type CaseRow = Omit<ConventionCase, "id">;

/**
 * A family's case maker: `cases(template, rows, max = perTemplate)` thins the rows (`spread`) and numbers them
 * `family/template/0…`; with `published`, every case is published that day unless its row says otherwise.
 * A family writes `const cases = familyCases("camps", PER_TEMPLATE, P);`.
 */
export function familyCases(family: string, perTemplate: number, published?: string) {
  return (template: string, rows: readonly CaseRow[], max = perTemplate): ConventionCase[] =>
    spread(rows, max).map((r, k) => {
      const id = `${family}/${template}/${k}`;
      return published === undefined ? { id, ...r } : { id, published, ...r };
    });
}

/** Words and phrases joined by single spaces; an empty part (a slot left out) is skipped. */
export const spaced = (...parts: string[]): string => parts.filter(Boolean).join(" ");

/** Groups left, as written after «عن»: the slot of the families of a man or a unit announcing his leaving (left, leftalone, noticed). */
export const GROUPS_LEFT: ReadonlyArray<{ id: string; name: string }> = [
  { id: "hts", name: "هيئة تحرير الشام" },
  { id: "isis", name: "تنظيم داعش" },
  { id: "syrian-army", name: "قوات النظام" },
  { id: "sna", name: "الجيش الوطني" },
  { id: "sdf", name: "قسد" },
];
