/**
 * A plural telling with no figure (round 10, r10-fold): "كما انشق عناصر من …"، "وفرّ عناصر من صفوف …"، "وأفادت مصادر
 * بانشقاق عناصر من …"، "… انشقوا": people, unnumbered, told by the trigger — its subject or object a plural person
 * noun next to it, or the trigger's own plural ending (a verb's "-وا", a participle's "-ون/-ين"). Such a telling is not
 * a named man's own story: refiners/incidents.ts folds it into no one-man incident ("انشق الملازم X …" then "كما
 * انشق عناصر من …" are two incidents), unless the sentence says they left *with him* ("وانشق معه عناصر"،
 * "برفقته"): his companions, the same incident, whose head count is then unknown (round 11; build-event.ts).
 * Examples and negatives: plural-telling.test.ts; the "folds" template family (lib/eval/templates/folds.ts, "plural/…"
 * and "one/…").
 */
import type { Candidate } from "../candidate";
import * as $normalize from "../../arabic/normalize";
import * as $tokens from "../tokens";
import type { Token } from "../tokens";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { anyIn, stems } = $tokens;

/** Plural person nouns (broken and sound plurals), bare or definite; their proclitics ("و"، "ب") are the stems'. */
const PLURAL_PEOPLE = foldedWords(
  "عناصر العناصر جنود الجنود مقاتلون مقاتلين المقاتلون المقاتلين مسلحون مسلحين المسلحون المسلحين عسكريون عسكريين العسكريون العسكريين " +
    "ضباط الضباط مجندون مجندين المجندون المجندين أفراد الأفراد منتسبون منتسبين المنتسبون المنتسبين شبيحة الشبيحة",
);
/** "معه"، "برفقته"، "رفقته"، "يرافقه": people who left with the man told before. */
const WITH_HIM = foldedWords("معه ومعه برفقته وبرفقته رفقته ورفقته يرافقه ويرافقه رافقه ورافقه");
/** A plural ending on the trigger word itself ("انشقوا"، "فرّوا"، "المنشقون"، "الفارين"). */
const PLURAL_ENDING = /(وا|ون|ين)$/;

/** How far from the trigger a plural person noun is read as its subject or object (words, inside the sentence). */
const REACH = 2;

/** `c` tells people with no figure (see the module comment), not with him. */
export function pluralWithoutFigure(tokens: readonly Token[], c: Candidate): boolean {
  return peopleTold(tokens, c) === "plural";
}

/**
 * `c` tells people with no figure who left with the man told before ("وانشق معه عناصر من …"): the conventions
 * make the incident's head count unknown (build-event.ts).
 */
export function companionsWithoutFigure(tokens: readonly Token[], c: Candidate): boolean {
  return peopleTold(tokens, c) === "with-him";
}

/** Unnumbered people told by `c`'s trigger, on their own ("plural") or with the man told before ("with-him"), or null. */
function peopleTold(tokens: readonly Token[], c: Candidate): "plural" | "with-him" | null {
  if (c.count !== null && c.count.kind !== "none") return null;
  const first = Math.max(c.trigger.first - REACH - 1, 0);
  const last = Math.min(c.trigger.last + REACH + 1, tokens.length - 1);
  let plural = PLURAL_ENDING.test(tokens[c.trigger.last].text) && tokens[c.trigger.last].text.length > 3;
  let withHim = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (t.start < c.sentence.start || t.end > c.sentence.end) continue;
    if (WITH_HIM.has(t.text)) withHim = true;
    else if (!plural && k >= c.trigger.first - REACH && k <= c.trigger.last + REACH && anyIn(stems(t), PLURAL_PEOPLE)) plural = true;
  }
  return !plural ? null : withHim ? "with-him" : "plural";
}
