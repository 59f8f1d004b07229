/**
 * Reading a figure (pass 1 of findCounts, counts.ts): every number the number reader finds, read with the person noun
 * after it ("21 عنصراً"), its hedge before it ("نحو"، "قرابة"، "ما يقارب") or after the noun ("تقريباً"), a lower bound
 * ("أكثر من"، "فاقت"، "على الأقل"، "ونيف"), a range ("بين 15 و20"), a part out of a whole ("30 من أصل 200"), a definite
 * noun before it ("العناصر الـ12"), others ("ومعه أربعة آخرون"، "4 آخرون"), cases ("65 حالة انشقاق") or a figure that
 * refers back ("وعددها 300"); a unit's number ("اللواء 47") and units ("7 مجموعات") give no figure of people. And the
 * refiner that sums a breakdown by rank with no total (sumRankBreakdowns). Examples: counts-figures.test.ts.
 */
import * as $normalize from "../arabic/normalize";
import * as $numbers from "../arabic/numbers";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import * as $lexicon from "./lexicon";
import * as $mention from "./counts-mention";
import type { CountKind, CountMention } from "./counts-mention";
import * as $nouns from "./counts-nouns";
import * as $anaphora from "./counts-anaphora";
import * as $companions from "./counts-companions";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { findNumbers } = $numbers;
const { MILITARY_NOUNS } = $lexicon;
const { stems, stemIn, tokenAt } = tokenModule;
const { mention } = $mention;
const { isUnitName, personNounAt, SINGULAR_PERSON, unitNounAt } = $nouns;
const { theMen } = $anaphora;
const { COMPANION } = $companions;

/** Words that make the people something other than a figure to read: vehicles, money, time… */
const APPROX = foldedWords("نحو قرابه حوالي زهاء تقريبا قرابة");
const BOUND_VERBS = foldedWords("فاقت فاق تجاوز تجاوزت تخطي تخطت يتجاوز يفوق");

/** What joins the two ends of a range: "و" glued to the second number, "إلى", "حتى", "أو", or a dash. */
function rangeBetween(text: string, lowEnd: number, highStart: number, highPrefix: string): boolean {
  const between = text.slice(lowEnd, highStart).trim();
  if (between === "") return highPrefix === "و";
  return /^(-|–|الي|حتي|او)$/.test(between);
}

/** The prepositions of the side left: «عن/من (صفوف)». */
const SIDE_SLOT = foldedWords("عن من صفوف وعن ومن");

/**
 * (round 17) "وانشق عن الفرقة 12 عنصراً": a unit word in the slot of the side left, then a number with its person noun
 * right after it (its tamyiz, or «من» + a plural: «12 من عناصرها»). A unit's name takes no noun counted by its number,
 * so the number counts the men — the verb's subject after its fronted «عن» phrase. Not a unit's number with no men noun
 * after it («عن الفوج 46 أمس»), nor a date («عن الفرقة 12 آذار»), nor a unit word that is no side («ويضم اللواء 300 مقاتل»:
 * a strength). Examples: counts-figures.test.ts.
 */
function countsMenAfterSide(tokens: readonly Token[], first: number, after: number): boolean {
  if (after !== first + 1) return false;
  const slot = tokens[first - 2];
  if (!slot || !SIDE_SLOT.has(slot.text)) return false;
  return personNounAt(tokens, after) !== null;
}

/**
 * Pass 1 of findCounts: the count phrase of every number of the text, pushed onto `out` in order; the tokens of each
 * phrase are marked in `used` (pass 2 reads no word of them again).
 */
export function readFigures(text: string, tokens: readonly Token[], out: CountMention[], used: Uint8Array): void {
  // The number just before, when no noun followed it: the low end of a range ("بين 15 و20 عنصراً").
  let bare: { value: number; first: number; end: number } | null = null;
  for (const num of findNumbers(text)) {
    const first = tokenAt(tokens, num.start);
    let after = tokenAt(tokens, num.end);
    if (first >= tokens.length) continue;
    const low = bare && bare.value < num.value && num.start - bare.end <= 6 && rangeBetween(text, bare.end, num.start, num.prefix) ? bare : null;
    bare = { value: num.value, first, end: num.end };
    // "عشرون ونيف عنصراً", "20 ونيف من عناصر": a few more than the figure.
    let nayyif = false;
    if (tokens[after]?.text === "ونيف" || tokens[after]?.text === "نيف") {
      nayyif = true;
      after++;
    }
    // A number right after a unit word is the unit's name ("اللواء 47", "الفرقة 17", "الفرع 227"), unless it counts men.
    const before = tokens[first - 1];
    if (before && isUnitName(before.text) && !countsMenAfterSide(tokens, first, after)) {
      bare = null;
      continue;
    }
    // "30 (عنصراً) من أصل 200 عنصر": the whole the people were part of, never their number.
    if (before && /^(اصل|مجموع)$/.test(before.text) && tokens[first - 2]?.text === "من") {
      bare = null;
      continue;
    }
    let kind: CountKind = "exact";
    let phraseFirst = first;
    const b1 = tokens[first - 1];
    const b2 = tokens[first - 2];
    if (b1 && (APPROX.has(b1.text) || stemIn(b1.text, APPROX))) {
      kind = "approx";
      phraseFirst = first - 1;
    } else if (b1 && b2 && b2.text === "ما" && /^(يقارب|يناهز)$/.test(b1.text)) {
      kind = "approx";
      phraseFirst = first - 2;
    } else if (b1 && b2 && (b1.text === "من" || b1.text === "عن" || b1.text === "علي") && (/^(اكثر|ازيد)$/.test(stems(b2.text).at(-1) ?? "") || b2.text === "يزيد" || b2.text === "يقل")) {
      kind = "bound";
      phraseFirst = first - 2;
      if (tokens[first - 3]?.text === "ما") phraseFirst = first - 3;
      if (tokens[first - 3]?.text === "لا" || tokens[first - 4]?.text === "لا") phraseFirst = Math.max(0, first - 4);
    } else if (b1 && stemIn(b1.text, BOUND_VERBS)) {
      kind = "bound";
      phraseFirst = first - 1;
    } else if (b1?.text === "من" && b2?.text === "يقرب" && tokens[first - 3]?.text === "ما") {
      // "ما يقرب من 50"
      kind = "approx";
      phraseFirst = first - 3;
    }
    if (nayyif && kind === "exact") kind = "bound";
    // "عددهم/وعددها 300" refers the number back to people named before it.
    const refersBack = b1 && /^(و?عدده[ما]?|و?عددها|و?عددهم)$/.test(b1.text);
    const person = personNounAt(tokens, after);
    const unit = person ? -1 : unitNounAt(tokens, after);
    if (person) {
      bare = null;
      let last = person.index;
      // "ضابط وجندي": a second noun joined by و belongs to the phrase.
      const nx = tokens[last + 1];
      if (nx && nx.text.startsWith("و") && stemIn(nx.text.slice(1), MILITARY_NOUNS)) last++;
      // "50 عنصراً تقريباً" (about), "عشرة عناصر على الأقل" (at least): the qualifier after the noun.
      if (kind === "exact" && tokens[last + 1]?.text === "تقريبا") {
        kind = "approx";
        last++;
      } else if (kind === "exact" && tokens[last + 1]?.text === "علي" && tokens[last + 2]?.text === "الاقل") {
        kind = "bound";
        last += 2;
      }
      const m = mention(num.value, kind, phraseFirst, last, tokens, person.generic);
      if (low) {
        // "(ما) بين 15 و20 عنصراً", "15 إلى 20 عنصراً": from the low figure to the high one.
        const from = /^(بين|ما)$/.test(tokens[low.first - 1]?.text ?? "") ? (tokens[low.first - 2]?.text === "ما" ? low.first - 2 : low.first - 1) : low.first;
        m.value = { low: low.value, best: Math.round((low.value + num.value) / 2), high: num.value };
        m.kind = "approx";
        m.first = from;
        m.start = tokens[from].start;
        phraseFirst = from;
      }
      out.push(m);
      for (let k = phraseFirst; k <= last; k++) used[k] = 1;
    } else if (tokens[after]?.text === "من" && /^(اصل|مجموع)$/.test(tokens[after + 1]?.text ?? "")) {
      // "انشق 30 من أصل 200 عنصر": the figure counts the noun of the whole after it.
      out.push(mention(num.value, kind, phraseFirst, after + 1, tokens, false));
      for (let k = phraseFirst; k <= after + 1; k++) used[k] = 1;
    } else if (num.prefix.endsWith("ال") && first > 0 && !used[first - 1] && theMen(tokens[first - 1])) {
      // "الضباط الثلاثة", "المنشقون الخمسة", "العناصر الـ12": a definite noun, then its number.
      const last = Math.max(first, tokenAt(tokens, num.end) - 1);
      // (the mark set on the mention, not spread into a copy: V8 gave the copies new maps round after round, so the
      // readers of count mentions met a map they had not seen — buildEvent deoptimized and compiled again; round 15)
      const m = mention(num.value, kind, first - 1, last, tokens, false);
      m.anaphoric = true;
      out.push(m);
      for (let k = first - 1; k <= last; k++) used[k] = 1;
    } else if (unit >= 0) {
      out.push({ value: null, kind: "unit", first: phraseFirst, last: unit, start: tokens[phraseFirst].start, end: tokens[unit].end, generic: false, subset: false });
      for (let k = phraseFirst; k <= unit; k++) used[k] = 1;
    } else if (b1 && COMPANION.has(b1.text) && tokens[after] && /^(اخرين|اخرون|اخران|اخر|اخري|غيره)$/.test(tokens[after].text)) {
      // "ومعه أربعة آخرون": companions of someone named before.
      out.push(mention(num.value, kind, phraseFirst, after, tokens, false));
      for (let k = phraseFirst; k <= after; k++) used[k] = 1;
    } else if (tokens[after] && /^(اخرين|اخرون|اخران)$/.test(tokens[after].text)) {
      // "فيما انشق 4 آخرون": the others are people like those before them.
      out.push(mention(num.value, kind, phraseFirst, after, tokens, false));
      for (let k = phraseFirst; k <= after; k++) used[k] = 1;
    } else if (tokens[after] && /^(حاله|حالات)$/.test(tokens[after].text) && /^(ال)?(انشقاق|فرار|هروب)$/.test(tokens[after + 1]?.text ?? "")) {
      // "65 حالة انشقاق": so many cases, so many people.
      out.push(mention(num.value, kind, phraseFirst, after, tokens, false));
      for (let k = phraseFirst; k <= after; k++) used[k] = 1;
    } else if (refersBack) {
      after = Math.max(after - 1, first);
      out.push(mention(num.value, kind, phraseFirst, after, tokens, false));
    }
  }
}

/** Does mention `b` follow `a` as the next part of one list ("3 ضباط و12 عنصراً", "ضابطان و5 صف ضباط و10 مجندين")? */
function nextPart(a: CountMention, b: CountMention, tokens: readonly Token[]): boolean {
  if (!tokens[b.first].text.startsWith("و")) return false;
  if (b.first === a.last + 1) return true;
  // "5 صف ضباط": the rank's second word after the counted one
  return b.first === a.last + 2 && stemIn(tokens[a.last + 1], MILITARY_NOUNS);
}

/**
 * A breakdown by rank with no total ("انشق ضابطان و5 صف ضباط و10 مجندين", "ضابط و3 مجندين") counts its parts
 * together; a lone rank noun before the first part ("ضابط و…") is one man. Parts of a crowd ("شخصاً") are not summed.
 */
export function sumRankBreakdowns(out: CountMention[], tokens: readonly Token[]): void {
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (!m.value || m.generic || m.anaphoric) continue;
    // "ضابط و3 مجندين": one man before the first part
    const before = tokens[m.first - 1];
    if (tokens[m.first].text.startsWith("و") && before && SINGULAR_PERSON.has(before.text) && (k === 0 || out[k - 1].last < m.first - 1)) {
      m.value = { low: m.value.low + 1, best: m.value.best + 1, high: m.value.high + 1 };
      m.first--;
      m.start = before.start;
    }
    while (k + 1 < out.length) {
      const n = out[k + 1];
      if (!n.value || n.generic || n.subset || !nextPart(m, n, tokens)) break;
      m.value = { low: m.value.low + n.value.low, best: m.value.best + n.value.best, high: m.value.high + n.value.high };
      if (n.kind !== "exact" && n.kind !== "single") m.kind = n.kind;
      m.last = n.last;
      m.end = n.end;
      out.splice(k + 1, 1);
    }
  }
}
