/**
 * Do a gold group name (free text a reader wrote) and a predicted group (gazetteer entry + words
 * as written) name the same group?
 *
 * Both sides are reduced to keys: Arabic-normalised (normalizeArabic), punctuation and quotes
 * dropped, the words ميليشيا/مليشيا/ميلشيا (and plurals) and قوات dropped, and the article ال
 * stripped from each word. A gold name "الجيش السوري (سلاح الجو)" gives the main key "جيش سوري"
 * and, as alternatives, each part inside the parentheses ("سلاح جو"), split on ، / and ",".
 * A key is resolved to a gazetteer id when it equals an alias key, or else through the longest
 * alias key it contains as whole words ("فرقه رابعه في جيش نظام" → the 4th Division).
 *
 * The two sides agree when they share a gazetteer id, when one id is a parent (through the
 * gazetteer's `parent` chain) of the other (the 4th Division is part of the army: an extractor that
 * names the unit, or only the army, found the same incident), when they share a key, or when one
 * key contains the other as whole words and the contained key has at least 4 letters (so "جيش"
 * alone never matches "جيش اسلام", but "داعش" matches "عناصر داعش").
 */
import { normalizeArabic } from "../arabic/normalize";
import type { EventGroup } from "../extract/types";

export interface GazetteerGroup {
  id: string;
  name_ar: string;
  aliases: string[];
  name_en: string | null;
  /** The id of the group this one is part of (a division of the army), or null. */
  parent: string | null;
}

const DROP_WORDS = new Set(["ميليشيا", "مليشيا", "ميلشيا", "ميليشيات", "مليشيات", "ميلشيات", "قوات", "قوه"].map((w) => normalizeArabic(w).text));

/** The comparable key of a group name (see the module doc). Parenthesised parts are removed. */
export function groupKey(name: string): string {
  const withoutParens = name.replace(/\([^)]*\)|\[[^\]]*\]/g, " ");
  const norm = normalizeArabic(withoutParens).text;
  const words = norm
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .map((w) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w))
    .filter((w) => w !== "" && !DROP_WORDS.has(w));
  return words.join(" ");
}

/** The gold name's keys: the main key plus each parenthesised alternative. */
export function goldKeys(name: string): string[] {
  const keys = [groupKey(name)];
  for (const m of name.matchAll(/\(([^)]*)\)/g)) {
    for (const part of m[1].split(/[،,/]| - /)) keys.push(groupKey(part));
  }
  return [...new Set(keys.filter((k) => k !== ""))];
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

function letters(key: string): number {
  return key.replace(/\s/g, "").length;
}

/** Reads data/groups.json content (an array, or {groups: [...]}) tolerantly; malformed entries are skipped. */
export function parseGazetteer(json: unknown): GazetteerGroup[] {
  const list = Array.isArray(json) ? json : typeof json === "object" && json !== null && Array.isArray((json as { groups?: unknown }).groups) ? (json as { groups: unknown[] }).groups : [];
  const out: GazetteerGroup[] = [];
  for (const g of list) {
    if (typeof g !== "object" || g === null) continue;
    const e = g as Record<string, unknown>;
    if (typeof e.id !== "string" || typeof e.name_ar !== "string") continue;
    const aliases = Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === "string") : [];
    out.push({ id: e.id, name_ar: e.name_ar, aliases, name_en: typeof e.name_en === "string" ? e.name_en : null, parent: typeof e.parent === "string" ? e.parent : null });
  }
  return out;
}

export class GroupMatcher {
  private readonly idByKey = new Map<string, string>();
  private readonly keysById = new Map<string, string[]>();
  private readonly parentById = new Map<string, string>();
  /** Alias keys longest first, for containment lookups. */
  private readonly aliasKeys: string[];

  constructor(gazetteer: GazetteerGroup[]) {
    for (const g of gazetteer) {
      if (g.parent) this.parentById.set(g.id, g.parent);
      const keys = [...new Set([g.name_ar, ...g.aliases].map(groupKey).filter((k) => k !== ""))];
      this.keysById.set(g.id, keys);
      for (const k of keys) if (!this.idByKey.has(k)) this.idByKey.set(k, g.id);
    }
    this.aliasKeys = [...this.idByKey.keys()].sort((a, b) => b.length - a.length);
  }

  /** The gazetteer id a key names: exact alias first, else the longest alias contained as whole words. */
  resolveKey(key: string): string | null {
    const exact = this.idByKey.get(key);
    if (exact) return exact;
    for (const alias of this.aliasKeys) {
      if (letters(alias) >= 3 && containsWords(key, alias)) return this.idByKey.get(alias) ?? null;
    }
    return null;
  }

  /** The id itself and every group it is part of, nearest first (cycles are cut). */
  lineage(id: string): string[] {
    const out = [id];
    let cur = this.parentById.get(id);
    while (cur && !out.includes(cur)) {
      out.push(cur);
      cur = this.parentById.get(cur);
    }
    return out;
  }

  /** Ids and keys for one gold group name. */
  goldSide(name: string): { ids: Set<string>; keys: string[] } {
    const keys = goldKeys(name);
    const ids = new Set<string>();
    for (const k of keys) {
      const id = this.resolveKey(k);
      if (id) ids.add(id);
    }
    return { ids, keys };
  }

  /** Ids and keys for one predicted group. */
  predictedSide(group: Pick<EventGroup, "id" | "name_ar" | "text">): { ids: Set<string>; keys: string[] } {
    const keys = new Set<string>();
    const ids = new Set<string>();
    for (const k of [groupKey(group.name_ar ?? ""), groupKey(group.text ?? "")]) {
      if (k === "") continue;
      keys.add(k);
      const id = this.resolveKey(k);
      if (id) ids.add(id);
    }
    if (group.id) {
      ids.add(group.id);
      keys.add(groupKey(group.id));
      for (const k of this.keysById.get(group.id) ?? []) keys.add(k);
    }
    return { ids, keys: [...keys] };
  }

  /** True when a gold group name and a predicted group name the same group (see the module doc). */
  agrees(goldName: string, predicted: Pick<EventGroup, "id" | "name_ar" | "text">): boolean {
    const g = this.goldSide(goldName);
    const p = this.predictedSide(predicted);
    for (const gid of g.ids) {
      for (const pid of p.ids) {
        if (this.lineage(pid).includes(gid) || this.lineage(gid).includes(pid)) return true;
      }
    }
    for (const gk of g.keys) {
      for (const pk of p.keys) {
        if (gk === pk) return true;
        if (letters(pk) >= 4 && containsWords(gk, pk)) return true;
        if (letters(gk) >= 4 && containsWords(pk, gk)) return true;
      }
    }
    return false;
  }
}
