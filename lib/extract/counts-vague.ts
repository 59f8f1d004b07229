/**
 * Vague quantities (counts.ts): words of a quantity with no figure of their own — عشرات {20, 30, 99}، مئات {200, 300,
 * 999}، آلاف {2000, 3000, 9999}; عدة، بضعة، عدد (من/كبير)، أعداد: no figure — and the collectives (مجموعة، فصائل: no
 * figure) before a person noun ("عشرات العناصر"), "منهم" ("فرّ المئات منهم") or cases ("عشرات حالات الانشقاق").
 * Examples: counts-vague.test.ts.
 */
import type { Token } from "./tokens";
import * as $mention from "./counts-mention";
import type { CountMention } from "./counts-mention";
import * as $nouns from "./counts-nouns";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { PHRASE_BREAK } = $mention;
const { personNounAt } = $nouns;

/**
 * Vague quantities: words of a quantity with no figure of their own. Their keys are also the words a hedge («نحو»،
 * «قرابة») may precede as it precedes a numeral («نحو عشرات العناصر»: roles.ts `hedgeAt`, QUANTITY_WORDS below).
 */
const VAGUE_QUANTITIES = new Map<string, { low: number; best: number; high: number } | null>([
  // "عدة / بضعة" (several, a few) are vague quantities like "عدد من": no figure (the conventions' count null).
  ["عده", null],
  ["بضعه", null],
  ["بضع", null],
  ["عشرات", { low: 20, best: 30, high: 99 }],
  ["العشرات", { low: 20, best: 30, high: 99 }],
  ["مئات", { low: 200, best: 300, high: 999 }],
  ["المئات", { low: 200, best: 300, high: 999 }],
  ["ميات", { low: 200, best: 300, high: 999 }],
  ["الميات", { low: 200, best: 300, high: 999 }],
  ["الاف", { low: 2000, best: 3000, high: 9999 }],
  // (round 16) with the article, as «المئات» («انشق الآلاف من عناصر …»)
  ["الالاف", { low: 2000, best: 3000, high: 9999 }],
  ["عدد", null],
  ["عددا", null],
  ["اعداد", null],
  ["اعدادا", null],
]);
/** Collectives read as vague quantities ("مجموعة من العناصر"): no figure, and no quantity a hedge precedes («نحو فصائل X»). */
const VAGUE_COLLECTIVES = new Map<string, null>([
  ["مجموعه", null],
  ["مجموعات", null],
  ["فصايل", null],
]);
export const VAGUE = new Map<string, { low: number; best: number; high: number } | null>([...VAGUE_QUANTITIES, ...VAGUE_COLLECTIVES]);
/**
 * (round 15: one list) The words of a quantity with no figure of their own, as VAGUE_QUANTITIES reads them: a hedge
 * before one is "about" (roles.ts `hedgeAt`); a number word after «نحو» («نحو مئة») is read by parseNumberAt there.
 */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set(VAGUE_QUANTITIES.keys());

/** (round 16) Quantities that «الآلاف» may follow («عشرات الآلاف»، «مئات الآلاف»), and «آلاف/الآلاف» as written after them. */
const THOUSANDS_OF: ReadonlySet<string> = new Set(["عشرات", "العشرات", "مئات", "المئات", "ميات", "الميات"]);
const THOUSANDS: ReadonlySet<string> = new Set(["الاف", "الالاف"]);

/**
 * The vague quantity at token `i` (`vagueKey`: its reading in VAGUE) and what it counts, pushed onto `out`; returns the
 * token pass 2 of findCounts goes on after (the person noun the phrase ends at, or `i`).
 */
export function readVague(text: string, tokens: readonly Token[], i: number, vagueKey: string, out: CountMention[]): number {
  const t = tokens[i];
  // (round 11) a mark of punctuation after the word closes its phrase: "في مناطق عدة، عنصر من الفرقة" is "several
  // areas", then one man — no vague phrase reads across it.
  if (PHRASE_BREAK.test(text.slice(t.end, tokens[i + 1]?.start ?? t.end))) return i;
  // (round 16) «عشرات/مئات الآلاف»: tens or hundreds of thousands, the quantity times a thousand, its noun after «الآلاف»
  const thousands = THOUSANDS_OF.has(vagueKey) && THOUSANDS.has(tokens[i + 1]?.text ?? "") && !PHRASE_BREAK.test(text.slice(tokens[i + 1].end, tokens[i + 2]?.start ?? tokens[i + 1].end));
  if (thousands) {
    const value = VAGUE.get(vagueKey)!;
    const person = personNounAt(tokens, i + 2);
    const last = person ? person.index : i + 1;
    out.push({ value: { low: value.low * 1000, best: value.best * 1000, high: value.high * 1000 + 999 }, kind: "vague", first: i, last, start: t.start, end: tokens[last].end, generic: person?.generic ?? false, subset: false });
    return last;
  }
  const person = personNounAt(tokens, i + 1) ?? (vagueKey === "عدد" && tokens[i + 1]?.text === "كبير" ? personNounAt(tokens, i + 2) : null);
  const value = VAGUE.get(vagueKey) ?? null;
  if (person) {
    out.push({ value, kind: value ? "vague" : "none", first: i, last: person.index, start: t.start, end: tokens[person.index].end, generic: person.generic, subset: false });
    return person.index;
  } else if (value && /^(منهم|منها|منه)$/.test(tokens[i + 1]?.text ?? "")) {
    // "فرّ المئات منهم": so many of the people named before.
    out.push({ value, kind: "vague", first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, generic: false, subset: false });
  } else if (value && (tokens[i + 1]?.text === "حالات" || /^(ال)?حالات$/.test(tokens[i + 1]?.text ?? ""))) {
    // "عشرات حالات الانشقاق": so many cases, so many people.
    out.push({ value, kind: "vague", first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, generic: false, subset: false });
  } else if (value === null && /^(عدد|اعداد)/.test(vagueKey) && tokens[i + 1] && /^(كبير|كبيره|من)$/.test(tokens[i + 1].text)) {
    out.push({ value: null, kind: "none", first: i, last: i + 1, start: t.start, end: tokens[i + 1].end, generic: false, subset: false });
  } else if ((vagueKey === "مجموعه" || vagueKey === "مجموعات" || vagueKey === "فصايل") && tokens[i + 1] && /^(من|مؤلفه|مولفه)$/.test(tokens[i + 1].text)) {
    out.push({ value: null, kind: "none", first: i, last: i, start: t.start, end: t.end, generic: false, subset: false });
  }
  return i;
}
