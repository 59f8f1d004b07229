/**
 * Where an incident happened (where the people went: ./destinations.ts).
 *
 * Place: a gazetteer place in the trigger's sentence (not inside a group name, not the object of
 * "إلى/نحو/باتجاه"), written with the words around it that make it a place phrase: the kind
 * ("قرية، بلدة، مدينة، ريف، منطقة، بادية، محيط"), a direction ("الشرقي") and "بريف X".
 */
import * as $normalize from "../arabic/normalize";
import * as $gazetteer from "./gazetteer";
import type { GazetteerMatch } from "./gazetteer";
import type { GroupMention } from "./groups";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { placeById, placeIndex } = $gazetteer;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { firstIn, stems, stemIn } = tokenModule;


const PLACE_KINDS = foldedWords("قريه بلده مدينه ريف منطقه بادية باديه محيط حي مخيم جبهات جبهه اطراف محافظه ضفاف معبر حقل ناحيه مدينتي بلدات قري مناطق ريفي");
const DIRECTIONS = foldedWords("الشرقي الغربي الشمالي الجنوبي الاوسط الشماليه الجنوبيه الشرقيه الغربيه الشمالي الغربي الجنوبي الشرقي");
/** "إلى/نحو/باتجاه/صوب…": what follows is where they went (here: no place of the incident; ./destinations.ts: the destination). */
export const TOWARDS = foldedWords("الي نحو باتجاه صوب تجاه قاصدين قاصدا قاصده متجهين متجها");

export interface PlaceMention {
  match: GazetteerMatch;
  /** Token range of the place phrase and its normalised offsets. */
  first: number;
  last: number;
  start: number;
  end: number;
}

/** Kinds that introduce one settlement by its name ("مدينة "X"", "قرية "X""). */
const SETTLEMENT_KINDS = foldedWords("قريه بلده مدينه حي مخيم بلدتي قريتي");

/**
 * 'مدينة "X"': a settlement named in quotes after its kind is a place even when X is not in the
 * gazetteer (its id is then empty, and the event's place has id null). Up to three words in quotes.
 */
function quotedSettlements(tokens: readonly Token[], text: string, taken: Uint8Array): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const kind = tokens[k];
    // An opening quote right after the word (or after one space), then the kind of settlement: the
    // character test first, as it turns away almost every word.
    const gap = tokens[k + 1].start - kind.end;
    if (!(gap === 1 ? text.charCodeAt(kind.end) === 0x22 : gap === 2 && text.charCodeAt(kind.end) === 0x20 && text.charCodeAt(kind.end + 1) === 0x22)) continue;
    if (!stemIn(kind, SETTLEMENT_KINDS)) continue;
    let last = -1;
    for (let e = k + 1; e <= Math.min(tokens.length - 1, k + 3); e++) {
      if (taken[e] || tokens[e].digits) break;
      if (text[tokens[e].end] === '"') {
        last = e;
        break;
      }
    }
    if (last < 0 || taken[k + 1]) continue;
    const core = firstIn(stems(kind), SETTLEMENT_KINDS) ?? kind.text;
    const start = kind.start + (kind.text.length - core.length);
    out.push({ match: { id: "", first: k + 1, last, start: tokens[k + 1].start, end: tokens[last].end }, first: k, last, start, end: tokens[last].end });
  }
  return out;
}

/** Patterns of the loops below, made once (a regex literal inside a loop makes a new RegExp object at every turn). */
const PLACE_PREPOSITIONS = /^(في|من|الي|ب|وفي)$/;
/** "… بريف X": the place lies in X. */
const IN_COUNTRYSIDE = /^(بريف|في ريف|وريف|ريف|بمحافظه)$/;
const CLAUSE_PUNCTUATION = /[,;:]/;

/** Every place phrase of the text, not overlapping a group mention. */
export function findPlaceMentions(tokens: readonly Token[], groups: readonly GroupMention[], text?: string): PlaceMention[] {
  const inGroup = new Uint8Array(tokens.length);
  for (const g of groups) for (let k = g.first; k <= g.last; k++) inGroup[k] = 1;
  const out: PlaceMention[] = [];
  for (const m of placeIndex().findAll(tokens)) {
    let skip = false;
    for (let k = m.first; k <= m.last; k++) if (inGroup[k]) skip = true;
    if (skip) continue;
    let first = m.first;
    let start = m.start;
    const prev = tokens[first - 1];
    const introduced = !!prev && stemIn(prev, PLACE_KINDS) && m.start - prev.end <= 3;
    if (placeById(m.id)?.ambiguous && !introduced && !PLACE_PREPOSITIONS.test(prev?.text ?? "") && m.start === tokens[m.first].start) continue;
    if (introduced && prev) {
      first--;
      const st = stems(prev);
      const core = firstIn(st, PLACE_KINDS) ?? prev.text;
      start = prev.start + (prev.text.length - core.length);
    }
    let last = m.last;
    if (tokens[last + 1] && DIRECTIONS.has(tokens[last + 1].text)) last++;
    out.push({ match: m, first, last, start, end: tokens[last].end });
  }
  if (text !== undefined) {
    const taken = new Uint8Array(tokens.length);
    for (const g of groups) for (let k = g.first; k <= g.last; k++) taken[k] = 1;
    for (const m of out) for (let k = m.first; k <= m.last; k++) taken[k] = 1;
    const quoted = quotedSettlements(tokens, text, taken);
    if (quoted.length > 0) {
      out.push(...quoted);
      out.sort((x, y) => x.first - y.first);
    }
  }
  // "قرية الدوير بريف البوكمال": a place followed by "بريف X" is one phrase.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (b.first === a.last + 1 && IN_COUNTRYSIDE.test(tokens[b.first].text) && placeById(a.match.id)?.kind !== "governorate") {
      a.last = b.last;
      a.end = b.end;
      (a as PlaceMention & { within?: PlaceMention }).within = b;
      out.splice(k + 1, 1);
    }
  }
  return out;
}

/** Words that open a unit's description: a place after them says where the unit is based, not where the incident was. */
const UNIT_DESCRIPTION = foldedWords("التابعه التابع التابعين التابعتين لشعبه شعبه فرع الفرع قائد قائدا قاده مقر مقرات قياده");
/** Landmarks that are routes, not places of an incident ("عبر نهر الفرات"). */
export const NOT_INCIDENT_PLACES = new Set(["euphrates"]);
/** A bare compass word read as a region ("شمال منبج", "الشمال"): a direction, unless "السوري/سوريا" follows. */
const BARE_DIRECTIONS = foldedWords("شمال الشمال شرق الشرق غرب جنوب");

function specificity(p: PlaceMention): number {
  // (a settlement named in quotes but unknown to the gazetteer is a town)
  const kind = p.match.id === "" ? "town" : placeById(p.match.id)?.kind;
  return kind === "town" ? 0 : kind === "governorate" ? 1 : 2;
}

/** Is the place phrase only a compass word ("شمال" of "شمال منبج")? */
function bareDirection(tokens: readonly Token[], p: PlaceMention): boolean {
  return p.first === p.last && BARE_DIRECTIONS.has(tokens[p.first].text);
}

/** Is the place named inside a unit's description ("… التابعة لشعبة المخابرات في دمشق")? */
function inUnitDescription(tokens: readonly Token[], p: PlaceMention, sf: number, text?: string): boolean {
  for (let k = p.first - 1; k >= Math.max(sf, p.first - 5); k--) {
    if (text !== undefined && CLAUSE_PUNCTUATION.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
    if (stemIn(tokens[k], UNIT_DESCRIPTION)) return true;
  }
  return false;
}

/**
 * Is the place where someone went rather than where it happened: the object of a "towards" word
 * ("ثم يعود إلى إدلب", "نحو مدينة X") or a place joined by "و" to the destination ("نحو مدينتي إدلب وحلب")?
 */
function isHeadedTo(tokens: readonly Token[], p: PlaceMention, dest: { first: number; last: number } | null): boolean {
  const prev = tokens[p.first - 1];
  if (prev && stemIn(prev, TOWARDS)) return true;
  if (dest && p.first === dest.last + 1 && tokens[p.first].text.startsWith("و")) return true;
  return false;
}

/**
 * (round 12) The place binds an incident to one settlement: a town of the gazetteer, or a settlement it does not know
 * named after its kind ('قرية "X"'; id empty) — not a governorate, a region or a place abroad.
 */
export function isSettlement(place: PlaceMention | null | undefined): boolean {
  return !!place && (place.match.id === "" || placeById(place.match.id)?.kind === "town");
}

/**
 * The place of the incident told by a trigger, among the place phrases of its sentence: the nearest
 * one in the trigger's clause, never the destination, a place abroad, a route ("نهر الفرات"), a bare
 * direction, or a place describing a unit; a region only when nothing more precise is named; and a
 * town rather than the governorate or region that contains it ("في دير الزور … في قرية الدوير").
 */
export function choosePlace(
  tokens: readonly Token[],
  places: readonly PlaceMention[],
  trig: { first: number; last: number },
  sf: number,
  sl: number,
  dest: { first: number; last: number } | null,
  clauseOf: (k: number) => number,
  text?: string,
): PlaceMention | null {
  const scored: Array<{ p: PlaceMention; score: number }> = [];
  for (const p of places) {
    if (p.first < sf || p.last > sl) continue;
    if (dest && p.first >= dest.first && p.last <= dest.last) continue;
    const entry = placeById(p.match.id);
    if (entry?.kind === "abroad" || NOT_INCIDENT_PLACES.has(p.match.id)) continue;
    if (bareDirection(tokens, p)) continue;
    if (isHeadedTo(tokens, p, dest)) continue;
    const d = p.first > trig.last ? p.first - trig.last : trig.first - p.last;
    let score = d + (clauseOf(p.first) !== clauseOf(trig.first) ? 6 : 0);
    if (inUnitDescription(tokens, p, sf, text)) score += 40;
    if (entry?.kind === "region") score += 8;
    scored.push({ p, score });
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => a.score - b.score);
  const best = scored[0];
  if (specificity(best.p) === 0) return best.p;
  // A more specific place inside the chosen one (same governorate, or any town under a region).
  const bestEntry = placeById(best.p.match.id);
  const inner = scored.find(
    (s) =>
      specificity(s.p) < specificity(best.p) &&
      s.score < best.score + 24 &&
      !inUnitDescription(tokens, s.p, sf, text) &&
      (bestEntry?.kind === "region" ||
        placeById(s.p.match.id)?.governorate === bestEntry?.governorate ||
        // 'مدينة "X" في ريف دمشق': an unknown settlement written right beside the wider place.
        (s.p.match.id === "" && Math.abs(s.p.last - best.p.first) <= 2)),
  );
  return inner ? inner.p : best.p;
}
