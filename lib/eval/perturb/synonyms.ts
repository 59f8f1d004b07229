/**
 * Other words for the same thing: a flight verb, verbal noun or participle for its synonym (فرّ ↔ هرب),
 * a leaving verb for its synonym (غادر ↔ ترك), a group for another of its names in data/groups.json
 * (قوات النظام ↔ الجيش السوري, قسد ↔ قوات سوريا الديمقراطية), a group with or without the word that
 * says what it is (ميليشيا الدفاع الوطني ↔ الدفاع الوطني), and a group written as a hashtag.
 * Only the groups the gold names are rewritten: the test is about the group left.
 */
import { foldLetters } from "../../arabic/normalize";
import type { GroupEntry } from "../../extract/gazetteer";
import type { GoldEvent } from "../gold";
import { goldGroupIds, groupNames, nameOf, withClitic } from "./group-names";
import { textOnly, type Perturbation } from "./types";
import { applyEdits, readings, wordsOf, type Edit } from "./words";

/** Pairs of words of the same kind and form; each is rewritten to the other. */
const SYNONYM_PAIRS: Array<[string, string]> = [
  ["فر", "هرب"], ["فروا", "هربوا"], ["فرت", "هربت"], ["يفر", "يهرب"], ["يفرون", "يهربون"], ["تفر", "تهرب"],
  ["فرار", "هروب"], ["الفرار", "الهروب"], ["فرارهم", "هروبهم"], ["فراره", "هروبه"], ["فرارها", "هروبها"],
  ["الفارين", "الهاربين"], ["الفارون", "الهاربون"], ["فارين", "هاربين"], ["فارون", "هاربون"],
  ["غادر", "ترك"], ["غادروا", "تركوا"], ["غادرت", "تركت"],
];
const SYNONYM = new Map<string, string>(SYNONYM_PAIRS.flatMap(([a, b]) => [[foldLetters(a), b], [foldLetters(b), a]]));

/** Every trigger word that has a synonym of the same kind and form replaced by it (its proclitic kept). */
export function triggerSynonyms(text: string): string {
  const edits: Edit[] = [];
  for (const w of wordsOf(text)) {
    const r = readings(w.plain).find((x) => SYNONYM.has(x));
    if (r === undefined) continue;
    edits.push({ start: w.start, end: w.end, insert: w.plain.slice(0, w.plain.length - r.length) + SYNONYM.get(r)! });
  }
  return applyEdits(text, edits);
}

const arabicNames = (g: GroupEntry): string[] => [g.name_ar, ...g.aliases].filter((a) => /[\u0621-\u064a]/.test(a) && a !== "النظام");

/** Another name of the same group: the next one in the gazetteer's list, cyclically, that folds differently. */
export function otherName(g: GroupEntry, alias: string): string {
  const names = arabicNames(g);
  const at = Math.max(0, names.indexOf(alias));
  for (let k = 1; k < names.length; k++) {
    const cand = names[(at + k) % names.length];
    if (foldLetters(cand) !== foldLetters(alias)) return cand;
  }
  return alias;
}

/** Each name of a gold group replaced by another of its names. */
export function swapGroupNames(text: string, events: readonly GoldEvent[]): string {
  const edits = groupNames(text, goldGroupIds(events)).map((n) => ({ start: n.start, end: n.end, insert: withClitic(n.clitic, otherName(n.group, n.alias)) }));
  return applyEdits(text, edits);
}

/** The word that says what kind of force a group is, by the gazetteer's side. */
const KIND_WORD: Record<GroupEntry["side"], string> = {
  "regime-army": "قوات",
  "regime-security": "جهاز",
  "regime-militia": "ميليشيا",
  "iran-backed": "ميليشيا",
  "russia-backed": "ميليشيا",
  sdf: "قوات",
  opposition: "فصيل",
  islamist: "فصيل",
  jihadist: "تنظيم",
  isis: "تنظيم",
};
/** Words of that kind a writer puts before a group's name (folded). */
const KIND_WORDS = new Set(["ميليشيا", "مليشيا", "ميليشيات", "مليشيات", "فصيل", "تنظيم", "جهاز", "قوات"].map((w) => foldLetters(w)));

/** Before each name of a gold group with none, its kind word ("الدفاع الوطني" → "ميليشيا الدفاع الوطني"). */
export function addKindWord(text: string, events: readonly GoldEvent[]): string {
  const words = wordsOf(text);
  const edits: Edit[] = [];
  for (const n of groupNames(text, goldGroupIds(events))) {
    const kind = KIND_WORD[n.group.side];
    const firstWord = foldLetters(n.alias.split(" ")[0]);
    const prev = words.filter((w) => w.end <= n.start).at(-1);
    const prevIsKind = prev !== undefined && text.slice(prev.end, n.start).trim() === "" && readings(prev.plain).some((r) => KIND_WORDS.has(r));
    if (KIND_WORDS.has(firstWord) || prevIsKind) continue;
    edits.push({ start: n.start, end: n.end, insert: `${n.clitic}${kind} ${nameOf(text, n)}` });
  }
  return applyEdits(text, edits);
}

/**
 * The kind word before a gold group's name taken away ("من ميليشيا الدفاع الوطني" → "من الدفاع الوطني"); its
 * proclitic moves to the name. Not where the rest is no name of the group ("تنظيم الدولة" → "الدولة", the state).
 */
export function dropKindWord(text: string, events: readonly GoldEvent[]): string {
  const words = wordsOf(text);
  const edits: Edit[] = [];
  for (const n of groupNames(text, goldGroupIds(events))) {
    // a name that starts with its kind word ("ميليشيا الدفاع الوطني"): the rest stays
    const [head, ...rest] = nameOf(text, n).split(" ");
    const restIsAName = arabicNames(n.group).some((a) => foldLetters(a) === foldLetters(rest.join(" ")));
    if (rest.length > 0 && restIsAName && KIND_WORDS.has(foldLetters(head)) && foldLetters(head) !== foldLetters("قوات")) {
      edits.push({ start: n.start, end: n.end, insert: withClitic(n.clitic, rest.join(" ")) });
      continue;
    }
    if (n.clitic !== "") continue;
    const prev = words.filter((w) => w.end <= n.start).at(-1);
    if (!prev || text.slice(prev.end, n.start).trim() !== "") continue;
    const r = readings(prev.plain).find((x) => KIND_WORDS.has(x));
    // "قوات" is part of many names ("قوات النظام"): only the words that never are.
    if (r === undefined || r === foldLetters("قوات")) continue;
    const clitic = prev.plain.slice(0, prev.plain.length - r.length);
    edits.push({ start: prev.start, end: n.end, insert: withClitic(clitic, text.slice(n.start, n.end)) });
  }
  return applyEdits(text, edits);
}

/** Each name of a gold group of two words or more written as a hashtag ("#الدفاع_الوطني"). */
export function asHashtag(text: string, events: readonly GoldEvent[]): string {
  const edits: Edit[] = [];
  for (const n of groupNames(text, goldGroupIds(events))) {
    const words = nameOf(text, n).split(" ");
    // the kind word stays outside the tag: "ميليشيا #الدفاع_الوطني"
    const kind = words.length > 2 && KIND_WORDS.has(foldLetters(words[0])) ? `${words.shift()} ` : "";
    if (words.length < 2) continue;
    edits.push({ start: n.start, end: n.end, insert: `${withClitic(n.clitic, kind)}#${words.join("_")}` });
  }
  return applyEdits(text, edits);
}

/** Each name of a gold group in guillemets («الدفاع الوطني»), the proclitic left outside. */
export function quoted(text: string, events: readonly GoldEvent[]): string {
  const edits: Edit[] = [];
  for (const n of groupNames(text, goldGroupIds(events))) {
    const before = text[n.start - 1] ?? "";
    if (/["«“]/.test(before)) continue;
    edits.push({ start: n.start, end: n.end, insert: `${n.clitic}«${nameOf(text, n)}»` });
  }
  return applyEdits(text, edits);
}

/**
 * Names outlets of one side or another give a group that the gazetteer's list may lack: pejoratives of the
 * opposition press ("عصابات الأسد", "حزب اللات"), the plural of a member for the group ("الدواعش"), an adjective
 * for the army ("الجيش الأسدي"). The first name of each gold group listed here replaces its names.
 */
export const REGISTER_NAMES: Record<string, string[]> = {
  "syrian-army": ["عصابات الأسد", "الجيش الأسدي"],
  isis: ["الدواعش"],
  hezbollah: ["حزب اللات"],
  sdf: ["عصابات قسد"],
  ndf: ["ميليشيات الدفاع الوطني"],
  ypg: ["الوحدات الكردية"],
};

/** Each name of a gold group replaced by the name another register of the press uses for it. */
export function registerName(text: string, events: readonly GoldEvent[]): string {
  const edits = groupNames(text, goldGroupIds(events)).flatMap((n) => {
    const names = REGISTER_NAMES[n.group.id];
    return names ? [{ start: n.start, end: n.end, insert: withClitic(n.clitic, names[(n.start >> 3) % names.length]) }] : [];
  });
  return applyEdits(text, edits);
}

export const SYNONYMS: Perturbation[] = [
  textOnly("trigger-synonym", "synonyms", "a flight or leaving word for its synonym of the same form (فرّ ↔ هرب, فرار ↔ هروب, غادر ↔ ترك)", triggerSynonyms),
  textOnly("group-alias", "synonyms", "a gold group's name for another of its names in data/groups.json", swapGroupNames),
  textOnly("group-register", "synonyms", "a gold group named as another register of the press names it (عصابات الأسد، الدواعش، حزب اللات)", registerName),
  textOnly("group-kind-word-added", "synonyms", "a gold group's name with its kind word before it (ميليشيا، قوات، فصيل، تنظيم)", addKindWord),
  textOnly("group-kind-word-dropped", "synonyms", "a gold group's name without its kind word (ميليشيا، فصيل، تنظيم)", dropKindWord),
  textOnly("group-quoted", "synonyms", "a gold group's name in guillemets («…»)", quoted),
  textOnly("group-hashtag", "synonyms", "a gold group's name of 2+ words written as a hashtag", asHashtag),
];
