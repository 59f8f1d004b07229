/**
 * Where a report names a group of the gazetteer (data/groups.json), found on its own terms (not the
 * extractor's finder): every alias as whole words, with a proclitic (و ب ل ف) or the contraction ل + ال → لل,
 * longest first, without overlaps; spans point at the raw text.
 */
import { normalizeArabic } from "../../arabic/normalize";
import { GROUPS, type GroupEntry } from "../../extract/gazetteer";
import type { GoldEvent } from "../gold";
import { GroupMatcher } from "../group-match";

export interface GroupName {
  /** Raw span of the whole word run, proclitic included. */
  start: number;
  end: number;
  /** The proclitic as written before the name ("", "و", "ب", "ل", "ول"…); with `contracted`, ل + ال written لل. */
  clitic: string;
  contracted: boolean;
  group: GroupEntry;
  /** The alias that matched, as the gazetteer writes it. */
  alias: string;
}

const ARABIC = (s: string): boolean => /[\u0621-\u064a]/.test(s);

/** Aliases too generic to stand for one group in a rewrite ("النظام" is the regime as a whole). */
const TOO_GENERIC = new Set(["النظام"]);

const ALIASES: Array<{ norm: string; alias: string; group: GroupEntry }> = GROUPS.flatMap((g) =>
  [g.name_ar, ...g.aliases].filter((a) => ARABIC(a) && !TOO_GENERIC.has(a)).map((alias) => ({ norm: normalizeArabic(alias).text, alias, group: g })),
).sort((a, b) => b.norm.length - a.norm.length);

const MATCHER = new GroupMatcher(GROUPS.map((g) => ({ id: g.id, name_ar: g.name_ar, aliases: g.aliases, name_en: g.name_en, parent: g.parent })));

/** The gazetteer ids the gold events name as the group left. */
export function goldGroupIds(events: readonly GoldEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const e of events) for (const name of e.groups) for (const id of MATCHER.goldSide(name).ids) ids.add(id);
  return ids;
}

const LETTER = "\u0621-\u064a";

/** Every gazetteer name in the text (optionally only of the given ids), longest first, no overlaps, in text order. */
export function groupNames(text: string, only?: ReadonlySet<string>): GroupName[] {
  const norm = normalizeArabic(text);
  const taken = new Uint8Array(norm.text.length);
  const out: GroupName[] = [];
  for (const a of ALIASES) {
    if (only && !only.has(a.group.id)) continue;
    const rest = a.norm.startsWith("ال") ? a.norm.slice(2) : null;
    const body = escape(a.norm) + (rest ? `|لل${escape(rest)}` : "");
    const re = new RegExp(`(?<![${LETTER}])((?:وب|ول|فب|و|ف|ب|ل)?)(${body})(?![${LETTER}])`, "g");
    for (const m of norm.text.matchAll(re)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.subarray(s, e).some((x) => x)) continue;
      taken.fill(1, s, e);
      const contracted = m[2].startsWith("لل") && !a.norm.startsWith("لل");
      out.push({ start: norm.map[s], end: norm.map[e - 1] + 1, clitic: contracted ? m[1] + "ل" : m[1], contracted, group: a.group, alias: a.alias });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The name as written, without its proclitic ("للجيش السوري" → "الجيش السوري"), spaces made single. */
export function nameOf(text: string, n: GroupName): string {
  const written = text.slice(n.start + n.clitic.length, n.end);
  return (n.contracted ? `ا${written}` : written).trim().split(/\s+/).join(" ");
}

/** The name with its proclitic: "ل" + "الجيش" is written "للجيش". */
export function withClitic(clitic: string, name: string): string {
  return clitic.endsWith("ل") && name.startsWith("ال") ? `${clitic}${name.slice(1)}` : `${clitic}${name}`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
