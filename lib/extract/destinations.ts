/**
 * Where the people went (where the incident happened: ./places.ts).
 *
 * Destination: what follows "إلى/نحو/باتجاه/صوب" or a joining verb after the trigger: "مناطق
 * (سيطرة) X", a group, a place, or an area word ("الشمال السوري", "دول الجوار"); an area outside an
 * owner's control is read whole (./destinations-outside.ts).
 */
import * as $normalize from "../arabic/normalize";
import * as $outside from "./destinations-outside";
import * as $gazetteer from "./gazetteer";
import type { GroupMention } from "./groups";
import * as $lexicon from "./lexicon";
import * as $places from "./places";
import type { PlaceMention } from "./places";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldLetters, foldedWords } = $normalize;
const { AREA_ARTICLE, FLED, noSideOf, OUTSIDE, outsideArea } = $outside;
const { placeById } = $gazetteer;
const { ANOTHER_WORDS, BELONGING_VERBS, OWN_POSTS, UNIT_NOUNS } = $lexicon;
const { NOT_INCIDENT_PLACES, TOWARDS } = $places;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, firstIn, stems, stemIn, wordMemo } = tokenModule;


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
const HOME = foldedWords("منازلهم بيوتهم ذويهم اهاليهم قراهم عائلاتهم منازلها بلداتهم بلدتهم مناطقهم مدنهم منزله بيته منزليهما بيتيهما قريتهم قريتهما قريته بلادهم بلدهم بلدانهم اوطانهم وطنهم ديارهم");
/** "(صفوف|مناطق) (سيطرة)? X" before a destination group (made once: a regex literal inside a loop makes a new RegExp object at every turn). */
const AREA_BEFORE_GROUP = /^(صفوف|مناطق|سيطره|منطقه|بصفوف|لصفوف|لمناطق|بمناطق|مناطقه|وحدات|كتائب|فصائل)$/;

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
