import { GROUPS, PLACES } from "../extract/gazetteer";
import { foldQuote } from "./identity";
import type { GazetteerLookup } from "./form";

/** Finds gazetteer entries by id, Arabic or English name, or alias (Arabic folded as everywhere else). */
function indexBy<T extends { id: string; name_ar: string; aliases: string[] }>(entries: readonly T[], extra: (e: T) => string[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const e of entries) {
    for (const name of [e.id, e.name_ar, ...e.aliases, ...extra(e)]) {
      const k = foldQuote(name).toLowerCase();
      if (k && !m.has(k)) m.set(k, e);
    }
  }
  return m;
}

let cached: GazetteerLookup | null = null;

export function gazetteerLookup(): GazetteerLookup {
  if (!cached) {
    const groups = indexBy(GROUPS, (g) => [g.name_en]);
    const places = indexBy(PLACES, () => []);
    cached = {
      group: (n) => groups.get(foldQuote(n).toLowerCase()) ?? null,
      place: (n) => places.get(foldQuote(n).toLowerCase()) ?? null,
    };
  }
  return cached;
}
