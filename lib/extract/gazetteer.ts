/**
 * The group and place gazetteers (data/groups.json, data/places.json), compiled once into a
 * word-sequence index and matched on the normalised text with word boundaries; the longest
 * entry wins at each position. Aliases are written in natural Arabic and folded here with
 * `foldLetters`, together with generated spelling variants (ميليشيا/مليشيا/ميلشيا, سوريا/سورية,
 * الديمقراطية/الديموقراطية) and the optional article on the first word.
 */
import groupsData from "../../data/groups.json";
import placesData from "../../data/places.json";
import * as $normalize from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters } = $normalize;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { tokenize, withoutArticle, wordMemo } = tokenModule;

export type GroupSide =
  | "regime-army"
  | "regime-security"
  | "regime-militia"
  | "iran-backed"
  | "russia-backed"
  | "sdf"
  | "opposition"
  | "islamist"
  | "jihadist"
  | "isis";

export interface GroupEntry {
  id: string;
  name_ar: string;
  name_en: string;
  side: GroupSide;
  /** A larger formation the group belongs to, if any (brigade-47 → irgc). */
  parent: string | null;
  aliases: string[];
  /** An umbrella outlets name for any group of this side («الميليشيات الإيرانية» for an Iran-backed militia). */
  umbrella_of?: GroupSide;
  /**
   * The group this one is also told as: its successor under a later name («جبهة النصرة» → «هيئة تحرير الشام», as
   * outlets still call it), or the first entry of a group entered twice. Read by the incident rules (a unit of it).
   */
  named_again_as?: string;
}

export interface PlaceEntry {
  id: string;
  name_ar: string;
  /** The Syrian governorate, null for regions and places abroad. */
  governorate: string | null;
  kind: "governorate" | "town" | "region" | "abroad";
  lat: number | null;
  lon: number | null;
  /** ISO country code: SY, or the neighbour for places abroad. */
  country: string;
  aliases: string[];
  /** The name is also a common word ("الباب" the door, "الكرامة" dignity): only a place after "مدينة/بلدة/في…". */
  ambiguous?: boolean;
}

export const GROUPS: readonly GroupEntry[] = (groupsData as { groups: GroupEntry[] }).groups;
export const PLACES: readonly PlaceEntry[] = (placesData as { places: PlaceEntry[] }).places;

const GROUP_BY_ID = new Map(GROUPS.map((g) => [g.id, g]));
const UMBRELLA_OF_SIDE = new Map(GROUPS.filter((g) => g.umbrella_of).map((g) => [g.umbrella_of!, g.id]));

/** The umbrella group outlets name for any group of `side` (data/groups.json `umbrella_of`), or null. */
export function sideUmbrella(side: GroupSide): string | null {
  return UMBRELLA_OF_SIDE.get(side) ?? null;
}
const PLACE_BY_ID = new Map(PLACES.map((p) => [p.id, p]));

export function groupById(id: string): GroupEntry | undefined {
  return GROUP_BY_ID.get(id);
}
export function placeById(id: string): PlaceEntry | undefined {
  return PLACE_BY_ID.get(id);
}

/** Spelling variants that outlets use interchangeably; each alias is expanded over them. */
const VARIANTS: Array<[RegExp, string[]]> = [
  [/ميليشيا|مليشيا|ميلشيا|ميليشا/g, ["ميليشيا", "مليشيا", "ميلشيا", "ميليشا"]],
  [/ميليشيات|مليشيات|ميلشيات/g, ["ميليشيات", "مليشيات", "ميلشيات"]],
  [/سوريا|سورية/g, ["سوريا", "سورية"]],
  [/الديمقراطية|الديموقراطية/g, ["الديمقراطية", "الديموقراطية"]],
];

function expandVariants(alias: string): string[] {
  let forms = [alias];
  for (const [re, alts] of VARIANTS) {
    const next: string[] = [];
    for (const f of forms) {
      if (!re.test(f)) {
        next.push(f);
        continue;
      }
      re.lastIndex = 0;
      for (const alt of alts) next.push(f.replace(re, alt));
      re.lastIndex = 0;
    }
    forms = next;
  }
  return [...new Set(forms)];
}

/**
 * The aliases that begin with one word, as a trie of their further words: `id` is the entry an alias ending here
 * names (see `written`), `next` the nodes of the words that may follow. A mention is the
 * deepest node with an id along the words of the text: one look-up per word of the name, not a comparison with
 * every alias that shares its first word ("قوات" begins 34 of them).
 */
interface AliasNode {
  id: string | null;
  /**
   * The length of the alias `id` was kept for, written out: of aliases with the same words after the first ("الجيش
   * الحر", "جيش الحر"), the longest written names the mention, and of equal ones the first listed.
   */
  written: number;
  next: Map<string, AliasNode> | null;
}

/** A reading of a word that begins aliases of the index, and the trie of those aliases. */
interface Head {
  stem: string;
  node: AliasNode;
}

/** A word-sequence index: first word (without article) → the trie of the aliases starting with it. */
export class Gazetteer {
  private readonly index = new Map<string, AliasNode>();
  /** Per distinct word: the readings that begin some alias, with their tries (null: none), computed once. */
  private readonly headsOf = wordMemo((word): Head[] | null => {
    const heads: Head[] = [];
    for (const stem of word.stems) {
      const node = this.index.get(stem);
      if (node) heads.push({ stem, node });
    }
    return heads.length > 0 ? heads : null;
  });

  constructor(entries: ReadonlyArray<{ id: string; name_ar: string; aliases: string[] }>) {
    for (const e of entries) {
      const seen = new Set<string>();
      for (const raw of [e.name_ar, ...e.aliases]) {
        for (const variant of expandVariants(raw)) {
          const words = tokenize(foldLetters(variant).toLowerCase()).map((t) => t.text);
          if (words.length === 0) continue;
          const key = words.join(" ");
          if (seen.has(key)) continue;
          seen.add(key);
          // Indexed under the first word with and without its article, so lookups need no slicing.
          const bare = withoutArticle(words[0]);
          for (const first of new Set([words[0], bare, "ال" + bare])) {
            let node = this.index.get(first);
            if (!node) this.index.set(first, (node = { id: null, written: 0, next: null }));
            for (let k = 1; k < words.length; k++) {
              node.next ??= new Map();
              let child = node.next.get(words[k]);
              if (!child) node.next.set(words[k], (child = { id: null, written: 0, next: null }));
              node = child;
            }
            // Aliases that differ only in their first word ("الجيش الحر", "جيش الحر"): the longer written one names
            // the mention, and of equal ones the first listed.
            if (node.id === null || key.length > node.written) {
              node.id = e.id;
              node.written = key.length;
            }
          }
        }
      }
    }
  }

  /**
   * Every gazetteer mention in the tokens, left to right, non-overlapping, longest first.
   * `first`/`last` are token indexes (inclusive); `start` skips a glued proclitic ("ولواء" → "لواء").
   */
  findAll(tokens: readonly Token[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      // (most words begin no alias: asked here, without a call)
      const heads = this.headsOf(tokens[i]);
      const m = heads === null ? null : this.matchAt(tokens, i, heads);
      if (m) {
        out.push(m);
        i = m.last + 1;
      } else i++;
    }
    return out;
  }

  /**
   * The longest mention starting at token `i`, whose word begins the aliases of `heads`, or null. A later reading
   * of the word wins only with a longer name.
   */
  private matchAt(tokens: readonly Token[], i: number, heads: readonly Head[]): GazetteerMatch | null {
    let bestId: string | null = null;
    let bestLength = 0;
    let bestStem = "";
    for (let h = 0; h < heads.length; h++) {
      let node: AliasNode | undefined = heads[h].node;
      let length = 1;
      let id: string | null = null;
      let idLength = 0;
      for (;;) {
        if (node.id !== null) {
          id = node.id;
          idLength = length;
        }
        const t = tokens[i + length];
        if (node.next === null || t === undefined || !adjacent(tokens[i + length - 1], t)) break;
        node = node.next.get(t.text);
        if (node === undefined) break;
        length++;
      }
      if (id !== null && idLength > bestLength) {
        bestId = id;
        bestLength = idLength;
        bestStem = heads[h].stem;
      }
    }
    if (bestId === null) return null;
    const tok = tokens[i];
    return {
      id: bestId,
      first: i,
      last: i + bestLength - 1,
      start: tok.start + Math.max(0, tok.text.length - bestStem.length),
      end: tokens[i + bestLength - 1].end,
    };
  }
}

/** Two words belong to one name only if nothing but spaces, quotes or a hyphen separates them. */
function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 3;
}

export interface GazetteerMatch {
  id: string;
  first: number;
  last: number;
  start: number;
  end: number;
}

let groupGazetteer: Gazetteer | null = null;
let placeGazetteer: Gazetteer | null = null;

export function groupIndex(): Gazetteer {
  groupGazetteer ??= new Gazetteer(GROUPS);
  return groupGazetteer;
}
export function placeIndex(): Gazetteer {
  placeGazetteer ??= new Gazetteer(PLACES);
  return placeGazetteer;
}
