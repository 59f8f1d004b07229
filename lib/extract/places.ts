/**
 * Where an incident happened and where the people went.
 *
 * Place: a gazetteer place in the trigger's sentence (not inside a group name, not the object of
 * "إلى/نحو/باتجاه"), written with the words around it that make it a place phrase: the kind
 * ("قرية، بلدة، مدينة، ريف، منطقة، بادية، محيط"), a direction ("الشرقي") and "بريف X".
 * Destination: what follows "إلى/نحو/باتجاه/صوب" or a joining verb after the trigger: "مناطق
 * (سيطرة) X", a group, a place, or an area word ("الشمال السوري", "دول الجوار").
 */
import * as $normalize from "../arabic/normalize";
import * as $gazetteer from "./gazetteer";
import type { GazetteerMatch } from "./gazetteer";
import type { GroupMention } from "./groups";
import * as $lexicon from "./lexicon";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters, foldedWords } = $normalize;
const { groupById, placeById, placeIndex } = $gazetteer;
const { ANOTHER_WORDS, BELONGING_VERBS, OWN_POSTS, UNIT_NOUNS } = $lexicon;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, firstIn, stems, stemIn, wordMemo } = tokenModule;


const PLACE_KINDS = foldedWords("قريه بلده مدينه ريف منطقه بادية باديه محيط حي مخيم جبهات جبهه اطراف محافظه ضفاف معبر حقل ناحيه مدينتي بلدات قري مناطق ريفي");
const DIRECTIONS = foldedWords("الشرقي الغربي الشمالي الجنوبي الاوسط الشماليه الجنوبيه الشرقيه الغربيه الشمالي الغربي الجنوبي الشرقي");
const TOWARDS = foldedWords("الي نحو باتجاه صوب تجاه قاصدين قاصدا قاصده متجهين متجها");
const JOIN = foldedWords("التحاقها التحاقهما انضمامها انضمامهما بايعوا بايع مبايعه التحقوا التحق التحقت التحقا انضما عادوا عاد رجعوا يلتحق ينضم يلتحقوا ينضموا انضموا انضم انضمت التحاقهم انضمامهم انضمامه التحاقه وصلوا وصل وصول وصولهم ووصولهم عبروا عبر لجوء لجووهم لجؤوا لجأ لجأوا لجأت يلجأ يلجؤون احتموا احتمى احتمت يحتمي يحتمون توجهوا توجه توجههم وتوجههم سلموا سلمه");
/** Verbs of joining a side (not of moving): only their object is kept when it is no known name. */
const JOINING = foldedWords("التحقوا التحق التحقت التحقا انضما انضموا انضم انضمت يلتحق ينضم يلتحقوا ينضموا التحاقهم انضمامهم انضمامه التحاقه التحاقها انضمامها بايعوا بايع مبايعه");
const AREA_WORDS: Array<[string[], string]> = [
  [["دول", "الجوار"], "دول الجوار"],
  [["الشمال", "السوري"], "الشمال السوري"],
  [["جهه", "مجهوله"], "جهة مجهولة"],
  [["وجهه", "مجهوله"], "جهة مجهولة"],
  [["الاراضي", "التركيه"], "تركيا"],
  [["الاراضي", "الاردنيه"], "الأردن"],
  [["الاراضي", "العراقيه"], "العراق"],
  [["الاراضي", "اللبنانيه"], "لبنان"],
];
for (const entry of AREA_WORDS) entry[0] = entry[0].map((w) => foldLetters(w)); // folded once, not at every word of a destination window
/** Words that stand for the people themselves after a joining verb ("انضم قسم منهم"). */
const SUBJECT_QUANTIFIERS = foldedWords("قسم بعض بعضهم بعضها جزء اغلبهم معظمهم غالبيتهم اخرون");
/** Adverbs that may stand between the verb and its object. */
const ADVERBS = foldedWords("جميعا لاحقا ايضا سابقا مؤخرا فورا بدورهم كذلك");
/** "سلموا أنفسهم للجيش": the object of surrendering is the people themselves; whom to comes after. */
const REFLEXIVES = foldedWords("انفسهم نفسه نفسها انفسهما انفسهن");
/** "لسيطرة X" after a place: who holds it. */
const HELD_BY = foldedWords("سيطره سلطه نفوذ");
const OWNERSHIP = foldedWords("الخاضعه الخاضع التابعه التابع التابعين تابعين تابعون الموالي الموالية الموالين الموالون");
/** "المنتسبين إلى X", "ينتمون إلى X": the group the men belong to, not where they went (round 13, issue 10 class 1). */
const BELONGING_TO = BELONGING_VERBS;
/**
 * Round 12: an area told by whose control it is **outside** of — «إلى مناطق خارج سيطرة النظام», «فرّوا إلى خارج
 * مناطق سيطرة قسد», «هربوا خارج مناطق النظام», «إلى المناطق الخارجة عن سيطرة النظام», «المناطق غير الخاضعة لسيطرة
 * النظام» — is one destination, read whole: the word of outside, at least one word of area or control (or the area
 * word before it), and the owner (a group, or its words: «المعارضة», «الحكومة السورية»). The owner is not where they
 * went (no group id): the incident rules read the side across from it (data/sides.json `outside`). «خارج البلاد»,
 * «خارج سوريا», «خارج الخدمة», «خارج السيطرة» (no owner) are not such an area.
 */
const OUTSIDE = foldedWords("خارج");
/** «الخارجة عن سيطرة», «غير الخاضعة لسيطرة»: the adjective of outside and the word after it. */
const OUTSIDE_ADJECTIVES: ReadonlyArray<[Set<string>, Set<string>]> = [
  [foldedWords("الخارجه خارجه"), foldedWords("عن")],
  [foldedWords("غير"), foldedWords("الخاضعه خاضعه")],
];
/** Verbs of fleeing that «خارج …» may follow without «إلى» («هربوا خارج مناطق سيطرة قسد»). */
const FLED = foldedWords("فروا فر فرت فرار فرارهم هربوا هرب هربت هروب هروبهم خرجوا خرج خروجهم انتقلوا انتقل نزحوا");
const AREA_ARTICLE = foldedWords("المناطق المنطقه");
const CONTROL = foldedWords("مناطق المناطق منطقه المنطقه سيطره لسيطره نفوذ لنفوذ");
const HOME = foldedWords("منازلهم بيوتهم ذويهم اهاليهم قراهم عائلاتهم منازلها بلداتهم بلدتهم مناطقهم مدنهم منزله بيته منزليهما بيتيهما قريتهم قريتهما قريته بلادهم بلدهم بلدانهم اوطانهم وطنهم ديارهم");

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
/** "(صفوف|مناطق) (سيطرة)? X" before a destination group. */
const AREA_BEFORE_GROUP = /^(صفوف|مناطق|سيطره|منطقه|بصفوف|لصفوف|لمناطق|بمناطق|مناطقه|وحدات|كتائب|فصائل)$/;
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

export interface DestinationFound {
  first: number;
  last: number;
  start: number;
  end: number;
  group_id: string | null;
  area: string | null;
  /** abroad (a neighbour country), home (went home), unknown ("إلى جهة مجهولة": no side joined), or other. */
  kind: "abroad" | "home" | "unknown" | "other";
  /** (round 13) The area outside a side's control that names no one side («خارج مناطق سيطرة قسد»: `ownerNamesNoSide`). */
  noSide?: true;
}

/** What findDestination asks of every word after a trigger, once per word (0 for most words: passed over at once). */
const D_JOINING = 1;
const D_REFLEXIVE = 2;
const D_TOWARDS = 4;
const D_JOIN = 8;
/** "لمناطق قسد", "لقسد": the preposition glued to the object. */
const D_GLUED = 16;
/** "هربوا خارج مناطق سيطرة قسد": outside an owner's area, where they fled (only when read whole: outsideArea). */
const D_OUTSIDE = 32;
const destinationWordOf = wordMemo(
  (w) =>
    (anyIn(w.stems, JOINING) ? D_JOINING : 0) |
    (REFLEXIVES.has(w.text) ? D_REFLEXIVE : 0) |
    (anyIn(w.stems, TOWARDS) ? D_TOWARDS : 0) |
    (anyIn(w.stems, JOIN) ? D_JOIN : 0) |
    (w.text.startsWith("ل") && !w.text.startsWith("ال") ? D_GLUED : 0) |
    (OUTSIDE.has(w.text) ? D_OUTSIDE : 0),
);

/**
 * The last token of an area outside an owner's control that begins at token k («خارج مناطق سيطرة قسد», «الخارجة عن
 * سيطرة النظام», «غير الخاضعة لسيطرة النظام»), or -1: the word of outside, words of area or control — at least one,
 * unless an area word stands before it (`areaBefore`: «مناطق خارج سيطرة النظام») — then the owner: a group mention,
 * or a word with the article and its adjectives («الحكومة السورية»), one space apart.
 */
function outsideArea(tokens: readonly Token[], groups: readonly GroupMention[], k: number, sentenceLast: number, areaBefore: boolean): number {
  if (!tokens[k]) return -1;
  if (OUTSIDE.has(tokens[k].text)) k++;
  else {
    const adjective = OUTSIDE_ADJECTIVES.find(([w, next]) => w.has(tokens[k].text) && tokens[k + 1] && next.has(tokens[k + 1].text));
    if (!adjective) return -1;
    k += 2;
  }
  let control = 0;
  while (k <= sentenceLast && control < 3 && CONTROL.has(tokens[k].text)) {
    control++;
    k++;
  }
  if (k > sentenceLast || (control === 0 && !areaBefore)) return -1;
  const g = groups.find((m) => m.first === k);
  if (g) return g.last;
  const lastOf = (from: number): number => {
    let last = from;
    while (last + 1 <= sentenceLast && last < from + 2 && tokens[last + 1].text.startsWith("ال") && tokens[last + 1].start - tokens[last].end === 1) last++;
    return last;
  };
  // «لسيطرة النظام», «للنظام»: the owner with the preposition glued.
  const t = tokens[k].text;
  if ((t.startsWith("ال") || t.startsWith("لل")) && !CONTROL.has(t) && tokens[k].start - tokens[k - 1].end === 1) return lastOf(k);
  return -1;
}

/**
 * Sides whose areas border two or three others and countries abroad (the SDF's: the regime's, the SNA's, Turkey):
 * the area outside them names no one side (data/sides.json `outside` has no entry for them).
 */
const NO_SIDE_ACROSS = new Set(["sdf", "isis", "jihadist"]);
/** Owners written as a word of their own with the article: «سيطرة التنظيم» (ISIS), «سيطرة الهيئة» (HTS). */
const NO_SIDE_OWNERS = foldedWords("التنظيم الهيئة");

/**
 * (round 13) Does the area outside an owner's control, ending at token `last` with its owner, name no one side
 * («خارج مناطق سيطرة قسد», «… التنظيم», «… الهيئة»)? Then the men went where no side is said (refiners/kind.ts: a
 * flight there is a desertion, as with no destination); outside the regime's or the opposition's, a side is said.
 */
function noSideOf(tokens: readonly Token[], groups: readonly GroupMention[], last: number): { noSide?: true } {
  const owner = groups.find((m) => m.last === last);
  const side = owner && owner.id !== null ? groupById(owner.id)?.side : undefined;
  return (side !== undefined && NO_SIDE_ACROSS.has(side)) || (!owner && NO_SIDE_OWNERS.has(tokens[last].text)) ? { noSide: true } : {};
}

/**
 * The destination after a trigger, within the sentence: the object of the first "towards" word or
 * joining verb that is a group, a place, "مناطق (سيطرة) X", or an area word.
 */
export function findDestination(
  tokens: readonly Token[],
  groups: readonly GroupMention[],
  places: readonly PlaceMention[],
  fromToken: number,
  sentenceLast: number,
): DestinationFound | null {
  // The last joining verb seen: "انضموا جميعاً إلى X" joins X even though "إلى" is read apart.
  let joinedAt = -10;
  // (the trigger itself may be "سلّموا أنفسهم")
  let reflexiveAt = tokens[fromToken - 1] && REFLEXIVES.has(tokens[fromToken - 1].text) ? fromToken - 1 : -10;
  for (let i = fromToken; i <= sentenceLast; i++) {
    const d = destinationWordOf(tokens[i]);
    if (d === 0) continue;
    if (d & D_JOINING) joinedAt = i;
    // "سلّم 20 مسلحاً … أنفسهم وأسلحتهم للجهات المختصة": the reflexive object after the subject.
    if (d & D_REFLEXIVE) reflexiveAt = i;
    // "هربوا خارج مناطق سيطرة قسد": the area outside an owner's control, where they went.
    // (right after a verb of fleeing: «مقيم خارج مناطق سيطرة النظام» says where one lives, not where one went)
    if (d & D_OUTSIDE && tokens[i - 1] && stemIn(tokens[i - 1], FLED)) {
      const last = outsideArea(tokens, groups, i, sentenceLast, false);
      if (last >= 0) return { first: i, last, start: tokens[i].start, end: tokens[last].end, group_id: null, area: "", kind: "other", ...noSideOf(tokens, groups, last) };
    }
    const towards = (d & D_TOWARDS) !== 0;
    const join = (d & D_JOIN) !== 0;
    const glued = d & D_GLUED ? i : -1;
    if (!towards && !join && glued < 0) continue;
    const gluedOnly = glued >= 0 && !towards && !join;
    const objFirst = gluedOnly ? i : i + 1;
    let j = objFirst;
    // "بـ"/"لـ" written apart from the name ("والتحاقها بـ"كتائب…"").
    if (tokens[j] && (tokens[j].text === "ب" || tokens[j].text === "ل" || tokens[j].text === "الي")) j++;
    // skip "جانب" ("إلى جانب" is "alongside", not a destination)
    if (tokens[j] && tokens[j].text === "جانب") continue;
    // "(لم يعودوا|رفضوا العودة) إلى قطعهم": back to one's own unit or post, where they did not go; not a destination.
    if (towards && tokens[j] && OWN_POSTS.has(tokens[j].text)) continue;
    // "فانضم قسم منهم إلى…", "انضموا جميعاً إلى…": the subject or an adverb, the object comes later.
    if (tokens[j] && REFLEXIVES.has(tokens[j].text)) reflexiveAt = j;
    if (tokens[j] && (stemIn(tokens[j], SUBJECT_QUANTIFIERS) || ADVERBS.has(tokens[j].text) || REFLEXIVES.has(tokens[j].text))) continue;
    // "سلّموا أنفسهم (بدورهم) للجيش": the glued object is whom they surrendered to, whatever its role elsewhere.
    const surrenderedTo = gluedOnly && i - reflexiveAt <= 2;
    // "الخاضعة لسيطرة النظام", "التابعة لإيران": who holds or owns something, not where they went.
    if (gluedOnly && (stemIn(tokens[i], HELD_BY) || (tokens[i - 1] && stemIn(tokens[i - 1], OWNERSHIP)))) continue;
    if (towards && tokens[i - 1] && stemIn(tokens[i - 1], BELONGING_TO)) continue;
    // "(صفوف|مناطق) (سيطرة)? X"
    let areaFirst = -1;
    while (j <= sentenceLast && j < objFirst + 3 && AREA_BEFORE_GROUP.test(stems(tokens[j]).at(-1) ?? "") ) {
      if (areaFirst < 0) areaFirst = j;
      j++;
    }
    // «إلى (مناطق) خارج (مناطق) سيطرة النظام»: one destination, the area outside the owner's control (round 12).
    // («المناطق الخارجة عن سيطرة النظام»: the area word with the article, which the loop above does not take.)
    const areaArticle = areaFirst < 0 && tokens[j] !== undefined && AREA_ARTICLE.has(tokens[j].text);
    const outsideLast = outsideArea(tokens, groups, areaArticle ? j + 1 : j, sentenceLast, areaFirst >= 0 || areaArticle);
    if (outsideLast >= 0) {
      const first = areaFirst >= 0 ? areaFirst : j;
      return { first, last: outsideLast, start: tokens[first].start, end: tokens[outsideLast].end, group_id: null, area: "", kind: "other", ...noSideOf(tokens, groups, outsideLast) };
    }
    // «والتحقوا بتشكيل هيئة تحرير الشام»: a unit noun before a name is the name's head (UNIT_EXAMPLES).
    if (areaFirst < 0 && tokens[j] && stemIn(tokens[j], UNIT_NOUNS) && groups.some((m) => m.first === j + 1 && m.id !== null)) j++;
    const g = groups.find((m) => (m.first === j || (m.first <= j && m.last >= j) || (areaFirst < 0 && m.first === objFirst)) && (m.role === "destination" || ((!gluedOnly || surrenderedTo) && m.role === "member")));
    if (gluedOnly && !g && !surrenderedTo) continue;
    if (g && g.id !== null && g.first <= j + 1) {
      const first = areaFirst >= 0 ? areaFirst : g.first;
      return {
        first,
        last: g.last,
        start: areaFirst >= 0 ? tokens[areaFirst].start : g.start,
        end: g.end,
        group_id: g.id,
        area: areaFirst >= 0 ? "" : null,
        kind: "other",
      };
    }
    if (g && g.id === null && g.first <= j + 1) {
      return { first: areaFirst >= 0 ? areaFirst : g.first, last: g.last, start: areaFirst >= 0 ? tokens[areaFirst].start : g.start, end: g.end, group_id: null, area: null, kind: "other" };
    }
    // «والتحقوا بفصيل آخر», «إلى مجموعات أخرى»: a unit that names no group, kept as its words (UNIT_EXAMPLES).
    const unit = areaFirst < 0 && !(gluedOnly && !surrenderedTo) ? unitWords(tokens, j, join || towards) : null;
    if (unit) return unit;
    const p = places.find((m) => m.first <= j + 1 && m.last >= j);
    // "عبروا نهر الفرات": a route crossed, not where they went.
    if (p && NOT_INCIDENT_PLACES.has(p.match.id)) continue;
    if (p) {
      const entry = placeById(p.match.id);
      return {
        first: p.first,
        last: p.last,
        start: p.start,
        end: p.end,
        group_id: null,
        area: entry?.name_ar ?? null,
        kind: entry?.kind === "abroad" ? "abroad" : "other",
      };
    }
    for (const [words, area] of AREA_WORDS) {
      let ok = true;
      for (let k = 0; k < words.length; k++) {
        const t = tokens[j + k];
        if (!t || (t.text !== words[k] && stems(t).at(-1) !== words[k])) ok = false;
      }
      if (ok) {
        const last = j + words.length - 1;
        return { first: j, last, start: tokens[j].start, end: tokens[last].end, group_id: null, area, kind: area === "الشمال السوري" ? "other" : area === "جهة مجهولة" ? "unknown" : "abroad" };
      }
    }
    if (tokens[j] && stemIn(tokens[j], HOME)) {
      return { first: j, last: j, start: tokens[j].start, end: tokens[j].end, group_id: null, area: "home", kind: "home" };
    }
    if (areaFirst >= 0 && tokens[j]) {
      // "مناطق المعارضة", "مناطق الإدارة الذاتية": an area named by who holds it (with its adjective).
      let last = j;
      // (one space apart: a comma or a full stop ends the phrase)
      if (tokens[j + 1] && tokens[j + 1].text.startsWith("ال") && tokens[j + 1].start - tokens[j].end === 1) last = j + 1;
      return { first: areaFirst, last, start: tokens[areaFirst].start, end: tokens[last].end, group_id: null, area: "", kind: "other" };
    }
    // ("سلّموا أنفسهم للجهات المختصة", "سلموا أنفسهم وأسلحتهم إلى قوات الأمن": whom they surrendered to, likewise.)
    const joinsOrSurrenders = (join && (d & D_JOINING) !== 0) || (towards && (i - joinedAt <= 3 || i - reflexiveAt <= 3)) || surrenderedTo;
    if (joinsOrSurrenders && tokens[j] && !tokens[j].digits && !stemIn(tokens[j], HOME)) {
      // "انضموا إلى قوات العشائر العربية": whom they joined, kept as written even if not in the gazetteer.
      let last = j;
      while (last + 1 <= sentenceLast && last < j + 3 && tokens[last + 1].text.startsWith("ال") && tokens[last + 1].start - tokens[last].end === 1) last++;
      return { first: j, last, start: tokens[j].start, end: tokens[last].end, group_id: null, area: null, kind: "other" };
    }
  }
  return null;
}

/**
 * (round 13) A unit named by its noun alone, where men went: «فصيل آخر», «مجموعات أخرى», «كتيبة», «مجموعات المعارضة»
 * — no group of the gazetteer, so the destination is the words, without the preposition glued to the noun (as a
 * group's mention starts after it), with «آخر/أخرى» or the words with the article that follow it. «مجموعة من …» is "a number of", no unit; a unit with a name of its
 * own is a group mention (findGroupMentions), never read here.
 */
function unitWords(tokens: readonly Token[], j: number, joined: boolean): DestinationFound | null {
  const t = tokens[j];
  if (!t || !joined) return null;
  const noun = firstIn(stems(t), UNIT_NOUNS);
  if (!noun) return null;
  const next = tokens[j + 1];
  const other = next !== undefined && ANOTHER_WORDS.has(next.text) && next.start - t.end === 1;
  if (!other && next && next.text === "من") return null;
  let last = other ? j + 1 : j;
  // «مجموعات المعارضة»: the unit's owner or adjectives with the article, one space apart, as the words of a side.
  if (!other) while (last < j + 3 && tokens[last + 1] && tokens[last + 1].text.startsWith("ال") && tokens[last + 1].start - tokens[last].end === 1) last++;
  return { first: j, last, start: t.start + (t.text.length - noun.length), end: tokens[last].end, group_id: null, area: null, kind: "other" };
}

/** Words that open a unit's description: a place after them says where the unit is based, not where the incident was. */
const UNIT_DESCRIPTION = foldedWords("التابعه التابع التابعين التابعتين لشعبه شعبه فرع الفرع قائد قائدا قاده مقر مقرات قياده");
/** Landmarks that are routes, not places of an incident ("عبر نهر الفرات"). */
const NOT_INCIDENT_PLACES = new Set(["euphrates"]);
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

/**
 * The destination's area without the preposition glued to it in the text ("لمناطق سيطرة الحكومة" →
 * "مناطق سيطرة الحكومة", "للجيش الحر" → "الجيش الحر"). Only a clitic before "ال" or before a word that
 * opens an area or a force is removed, so names that begin with ل/ب ("لبنان", "بلدة") stay whole.
 */
export function stripPreposition(written: string): string {
  const m = /^(\S+)(.*)$/su.exec(written);
  if (!m) return written;
  const [, head, rest] = m;
  if (/^لل/.test(head) && head.length > 3) return "ال" + head.slice(2) + rest;
  if (/^[لب]ال/.test(head)) return head.slice(1) + rest;
  if (/^[لب](مناطق|منطقة|صفوف|قوات|وحدات|كتائب|فصائل|جيش|حركة|هيئة|تنظيم|لواء|ميليشيا|مليشيا)$/.test(head)) return head.slice(1) + rest;
  return written;
}
