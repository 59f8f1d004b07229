/**
 * Companions (counts.ts): a man (or two) and the people with him — "برفقة خمسة عشر شخصاً"، "ومعه أربعة آخرون"،
 * "وأربعة من عناصره"، a bare "مع" only with his own men or after one man's verb of leaving — add to him, with their
 * qualifier on the whole; figureless companions ("برفقة عناصر من مجموعته") make the whole figureless. The refiner that
 * joins them (joinCompanions) also marks subsets ("بينهم") and parts of people already told (counts-anaphora.ts).
 * Examples: counts-companions.test.ts.
 */
import * as $normalize from "../arabic/normalize";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import * as $lexicon from "./lexicon";
import * as $mention from "./counts-mention";
import type { CountKind, CountMention } from "./counts-mention";
import * as $nouns from "./counts-nouns";
import * as $anaphora from "./counts-anaphora";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { CONSTRUCT_PLURALS, SINGULAR_VERBS } = $lexicon;
const { stemIn } = tokenModule;
const { approxRange, boundRange } = $mention;
const { SINGULAR_PERSON } = $nouns;
const { partOfTold, SUBSET } = $anaphora;

/** Words of company ("برفقة"، "ومعه"، "بصحبته"…): the people after them are with a man told before. */
export const COMPANION = foldedWords("برفقه رفقه ومعه معه بصحبه مع برفقته وبرفقته بصحبته وبصحبته رفقته ومعهما معهما برفقتهما وبرفقتهما بصحبتهما");
/** The prepositions of the group a man left ("عن قسد", "من الفرقة"), which may stand between him and his men. */
const LEFT_FROM = new Set(["عن", "من"]);
/** "عن قسد" right after the lead («القيادي أبو بكر عن …», within his name's last words): the group he left. */
function leftFromAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= Math.min(tokens.length - 1, last + 3); k++) if (LEFT_FROM.has(tokens[k].text)) return true;
  return false;
}
/** A line break or a full stop: what ends a sentence between two figures. */
const SENTENCE_END = /[\n.!?؟]/;

/**
 * A man (or `lead` men) and his counted companions: the sum, then the companions' qualifier on the whole
 * ("فلان ومعه 20 عنصراً تقريباً" → about 21: {16, 21, 26}; "ومعه أكثر من 10" → {11, 11, 17}).
 */
function withCompanions(lead: number, m: CountMention): [CountMention["value"], CountKind] {
  const n = lead + (m.value?.best ?? 0);
  if (m.kind === "approx") return [approxRange(n), "approx"];
  if (m.kind === "bound") return [boundRange(n), "bound"];
  return [{ low: n, best: n, high: n }, "exact"];
}

/** Plural fighter nouns (possessive stripped: "عناصره" → "عناصر"): companions of a lead, how many not said. */
const PLURAL_FIGHTERS = foldedWords(`عناصر مقاتلين مقاتلون مقاتلي جنود عسكريين عسكريون مسلحين مسلحون مسلحي مجندين مجندون مجندي افراد اعضاء
  متطوعين متطوعون مرافقين مرافقون مرافقي رفاق حراس ضباط منتسبين منتسبون منتسبي ${[...CONSTRUCT_PLURALS].join(" ")}`);

/** "مع" with no pronoun: a companion only of a man whose men these are; also "fighting with", "together with". */
const BARE_WITH = foldedWords("مع ومع");

/**
 * The counted noun, or the word after it, is "his" ("عناصره", "رفاقه", "مرافقيه"): a man's own companions.
 * (Not the number word itself: "ثلاثة" folds to "ثلاثه", which is no possessive.)
 */
function ownMen(tokens: readonly Token[], m: CountMention): boolean {
  for (let k = Math.max(m.first + 1, m.last); k <= Math.min(tokens.length - 1, m.last + 1); k++) if (/[^ه]ه$/.test(tokens[k].text) && !/(هم|ها)$/.test(tokens[k].text)) return true;
  return false;
}

/**
 * A bare "مع" right after a one man's verb of leaving, or after that verb and its one-man subject ("انشق مع 3
 * عناصر", "انشق ضابط مع 3 عناصر", "وفرّ مع عشرة من رفاقه"): he went with them.
 */
function oneManLeftWith(tokens: readonly Token[], withAt: number): boolean {
  const before = tokens[withAt - 1];
  if (!before) return false;
  if (stemIn(before, SINGULAR_VERBS)) return true;
  return SINGULAR_PERSON.has(before.text) && !!tokens[withAt - 2] && stemIn(tokens[withAt - 2], SINGULAR_VERBS);
}

/**
 * "برفقة عناصر من مجموعته", "ومعه عناصره" at token `i`: companions with no figure (pass 2 of findCounts makes them a
 * phrase with none, kept only when it joins a lead: the lead's count is null).
 */
export function figurelessCompanionsAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return i > 0 && COMPANION.has(tokens[i - 1].text) && !BARE_WITH.has(tokens[i - 1].text) && stemIn(t.text.replace(/(هم|ها|ه)$/, ""), PLURAL_FIGHTERS);
}

/**
 * The refiner after both passes (mentions in order): companions add to a single person (or a pair) told before them
 * in the same sentence; "بينهم" marks a subset; a part of people already told is marked.
 */
export function joinCompanions(out: CountMention[], text: string, tokens: readonly Token[]): void {
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    const prev = tokens[m.first - 1];
    if (prev && SUBSET.has(prev.text)) m.subset = true;
    if (tokens[m.first - 2] && (tokens[m.first - 1]?.text === "بينهم") && tokens[m.first - 2].text === "من") m.subset = true;
    if (m.value && partOfTold(tokens, m)) m.partOfTold = true;
    // "العقيد فلان (الفلاني) وأربعة من عناصره": his own men joined to him by و, right after his name, are his companions too.
    const joinedOwnMen = tokens[m.first].text.startsWith("و") && !!m.value && ownMen(tokens, m);
    if (prev && (COMPANION.has(prev.text) || joinedOwnMen) && (m.value || m.kind === "none")) {
      // (the lead's own sentence can run long: "أعلن النقيب فلان انشقاقه عن … فجر اليوم، وبرفقته ثلاثة آخرون")
      // (in the same sentence: a headline's "انشقاق ضابط" is no lead of the body's "انشق مع ثلاثة عناصر")
      // (round 17) "انشق القيادي فلان عن قسد وعشرات/و15 من عناصره": the group he left may stand between
      const lead = [...out.slice(0, k)].reverse().find((x) => (x.kind === "single" || (x.kind === "exact" && x.first === x.last && x.value?.best === 2)) && m.first - x.last <= (joinedOwnMen ? (leftFromAfter(tokens, x.last) ? 7 : 3) : 20) && !SENTENCE_END.test(text.slice(x.end, m.start)));
      if (lead && lead.value) {
        // "ومعه عدد من عناصره": the whole is as vague as the companions (null, or عشرات).
        if (!m.value || m.kind === "vague") [lead.value, lead.kind] = [m.value, m.kind];
        else [lead.value, lead.kind] = withCompanions(lead.value.best, m);
        lead.last = m.last;
        lead.end = m.end;
        out.splice(k, 1);
        k--;
      } else if (m.value && !joinedOwnMen && (!BARE_WITH.has(prev.text) || ownMen(tokens, m) || oneManLeftWith(tokens, m.first - 1))) {
        // The companions of a person named before the phrase (not a counted "أحد"): add that person.
        // A bare "مع" only with "his" men ("مع 30 من عناصره") or after one man's flight ("انشق مع 3 عناصر"):
        // "اشتبكت الفرقة مع 25 عنصراً" adds no one.
        [m.value, m.kind] = m.kind === "vague" ? [m.value, m.kind] : withCompanions(1, m);
      }
    }
  }
}
