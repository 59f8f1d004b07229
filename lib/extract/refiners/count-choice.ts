/**
 * How many people a trigger is about: the figure it governs (`chooseCount`), or, with no figure,
 * what the verb itself says (`countOf`: a dual verb, "سلّم نفسه", a singular verb after a named
 * man). Examples and negatives: count-choice.test.ts.
 */
import type { CountMention } from "../counts";
import * as lexicon from "../lexicon";
import type { CandidateCount } from "../merge";
import * as tokenModule from "../tokens";
import type { Token } from "../tokens";
import type { Trigger } from "../triggers";
import * as roleRefiners from "./roles";
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, stems } = tokenModule;
const { AFTER_VERB_NO_SUBJECT, AN, ATTEMPT, SUCCESS, DUAL_VERBS, KILLED, KILLED_OR_HELD, ONE_MAN, PERSON_TITLES, REFLEXIVE_COUNT, SINGULAR_IMPERFECTS, SINGULAR_VERBS, TOOK_TO } = lexicon;
const { subjectStart } = roleRefiners;

/** The figure a trigger governs in its sentence: the nearest, preferring its own clause; never the killed or held. */
export function chooseCount(
  tokens: readonly Token[],
  counts: readonly CountMention[],
  trig: Trigger,
  sf: number,
  sl: number,
  clauseOf: (k: number) => number,
  attempted = false,
): CountMention | null {
  let best: CountMention | null = null;
  let bestScore = Infinity;
  const trigClause = clauseOf(trig.first);
  // "…، وكان الأخير قد انشق": the subject stands between "كان" and "قد"; a figure before "كان" is someone else's.
  const subjectFrom = subjectStart(tokens, trig, sf);
  // "عنصراً في الدفاع الوطني رتّب الانشقاق": a definite verbal noun as the object of another verb
  // takes no figure from before it (that figure is the other verb's subject). It does when it
  // completes a verb of the same people through a preposition or an attempt ("تمكنوا من الانشقاق",
  // "أثناء محاولتهم الفرار"), or is written against its figure ("عشرات حالات الانشقاق").
  const prev = tokens[trig.first - 1];
  // ("لاذ 4 عناصر من X بالفرار": the verbal noun completes "لاذ", whose subject is its people.)
  const definiteMasdar =
    trig.form === "masdar" && DEFINITE.test(tokens[trig.first].text) && !!prev && !COMPLEMENT.test(prev.text) && !anyIn(stems(prev), ATTEMPT) && !anyIn(stems(prev), SUCCESS) && !tookToBefore(tokens, trig, sf);
  // "فُقد الاتصال بـ14 عنصراً … بعد فرارهم": the missing are missing because they fled; the trigger's "their" is theirs.
  const lostAfterFlight = trig.form === "masdar" && /(هم|هما|ه)$/.test(tokens[trig.first].text) && /^(بعد|اثر|عقب)$/.test(prev?.text ?? "");
  for (const c of counts) {
    if (c.first < Math.max(sf, subjectFrom) || c.last > sl) continue;
    const before = c.last < trig.first;
    const spans = c.first <= trig.first && c.last >= trig.last;
    const d = spans ? 0 : before ? trig.first - c.last : c.first - trig.last;
    // The subject can run long before its verb; objects follow closely.
    if (d < 0 || d > (before ? 16 : 12)) continue;
    if (definiteMasdar && before && d > 1) continue;
    // "… بقيادة العميد فلان … دفع العناصر إلى الانشقاق": "the fighters" between the figure and the
    // trigger are the trigger's people (already told), not the figure's.
    if (before && peopleBetween(tokens, c.last + 1, trig.first)) continue;
    // Killed, wounded, arrested, sent: not the people who left.
    let other = false;
    // (Those caught while trying to leave are the incident's people.)
    const excluded = attempted ? KILLED : KILLED_OR_HELD;
    // (a figure after the trigger is the trigger's object: a word of killing before the trigger is another clause's, "… 15 قتيلاً، فيما فرّ 12 عنصراً")
    for (let k = Math.max(sf, c.first - 3, before || spans ? sf : trig.last + 1); k < c.first; k++) {
      if (stems(tokens[k]).some((w) => excluded.has(w)) && !(lostAfterFlight && LOST.has(tokens[k].text))) other = true;
    }
    for (let k = c.last + 1; k <= Math.min(sl, c.last + 2); k++) if (anyIn(stems(tokens[k]), KILLED_OR_HELD)) other = true;
    if (other || (!attempted && sufferedAfterItsGroup(tokens, c.last + 1, Math.min(sl, c.last + 6, before ? trig.first - 1 : sl)))) continue;
    let score = d + (clauseOf(c.first) !== trigClause ? 8 : 0) + (c.subset ? 3 : 0);
    if (c.kind === "none" || c.kind === "unit") score += 4;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  if (!best) return null;
  // "55 شخصاً بينهم 17 جندياً": the fighters, not the crowd; "أكثر من 1000 مسلح بينهم 700": the whole.
  const idx = counts.indexOf(best);
  if (best.generic && best.value) {
    const sub = counts[idx + 1];
    if (sub && sub.subset && !sub.generic && sub.value && sub.first - best.last <= 10) return sub;
  }
  if (best.subset) {
    for (let k = idx - 1; k >= 0 && counts[k].first >= sf; k--) {
      const outer = counts[k];
      if (!outer.subset && !outer.generic && outer.value) return outer;
    }
  }
  return best;
}

/** "لاذ" within the ten words before the verbal noun, in its sentence. */
function tookToBefore(tokens: readonly Token[], trig: Trigger, sf: number): boolean {
  for (let k = trig.first - 1; k >= Math.max(sf, trig.first - 10); k--) if (anyIn(stems(tokens[k]), TOOK_TO)) return true;
  return false;
}

/** "فُقد (الاتصال بـ / أثر)": people lost track of, who may have fled (see `lostAfterFlight`). */
const LOST = new Set("فقد فقدان".split(" "));

/** Verbs whose subject was killed, wounded or taken: "25 عنصراً من قوات النظام قتلوا في هجوم". */
const SUFFERED = new Set("قتلوا قتل قتلا لقوا لقي لقيا اصيبوا اصيب جرحوا اسروا اعتقلوا وقعوا قضوا".split(" "));
/** Words that open another clause: what follows them is not the figure's verb ("بعد مقتل قائدهم"). */
const OTHER_CLAUSE = /^(بعد|اثر|عقب|اثناء|خلال|بسبب|اثناء|قبل|اذ|حيث|الذين|الذي)$/;

/**
 * The figure's own verb, after its "من X" phrase, says its people were killed, wounded or taken
 * ("قال المرصد إن 25 عنصراً من قوات النظام قتلوا … بعد فرار آخرين"): they are not the people who left.
 */
function sufferedAfterItsGroup(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = stems(tokens[k]).at(-1) ?? "";
    if (OTHER_CLAUSE.test(w)) return false;
    if (SUFFERED.has(w)) return true;
  }
  return false;
}

const DEFINITE = /^(ال|وال|بال|فال|لل)/;
/** A preposition that makes the verbal noun the complement of the verb before it. */
const COMPLEMENT = /^(من|في|الي|علي|عن|و)$/;

/**
 * Definite plural nouns of people: "the fighters" already told — every plural of men, in both cases of the sound
 * plurals ("المنتسبين", "المتطوعون" as much as "العناصر": round 13, eval:perturb's noun → member).
 */
const THE_PEOPLE = new Set(
  `العناصر المقاتلين المقاتلون الجنود المنشقين المنشقون العسكريين العسكريون الضباط الافراد المسلحين المسلحون المجندين المجندون
  المنتسبين المنتسبون المتطوعين المتطوعون القياديين القياديون الاعضاء`.split(/\s+/),
);

/** … but "المنتسبين إليها/لـ" is the participle of belonging describing the figure's men ("٥ عناصر … المنتسبين إليها"). */
const BELONGING = new Set(["المنتسبين", "المنتسبون"]);

/** "إليها/له/للفرقة/إلى الفرقة": what one belongs to (not "إلى الانشقاق", where men are driven). */
const TO_IT = /^(اليها|اليه|اليهم|لها|له|لهم)$/;
const DRIVEN_TO = /^(الانشقاق|الفرار|الهروب|الانضمام|الالتحاق)$/;
function belongingTo(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.text ?? "";
  if (TO_IT.test(t)) return true;
  if (t === "الي") return !DRIVEN_TO.test(tokens[k + 1]?.text ?? "");
  return t.startsWith("لل");
}

function peopleBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!THE_PEOPLE.has(tokens[k].text)) continue;
    if (BELONGING.has(tokens[k].text) && belongingTo(tokens, k + 1)) continue;
    return true;
  }
  return false;
}

const ONE: CandidateCount = { low: 1, best: 1, high: 1, kind: "single" };
const TWO: CandidateCount = { low: 2, best: 2, high: 2, kind: "exact" };

/** The count of a candidate: its figure's, or the one its verb gives; null when nothing says. */
export function countOf(
  m: CountMention | null,
  tokens: readonly Token[],
  trig: Trigger,
  sf: number,
  sl: number = tokens.length - 1,
  startsGroup: (k: number) => boolean = () => false,
): CandidateCount | null {
  if (m) {
    if (!m.value) return { low: 0, best: 0, high: 0, kind: m.kind };
    // (fields written out: a spread of the value is a generic object copy, per trigger)
    return { low: m.value.low, best: m.value.best, high: m.value.high, kind: m.kind };
  }
  if (trig.form === "verb") {
    const verb = stems(tokens[trig.first]).at(-1) ?? "";
    if (DUAL_VERBS.has(verb)) return { ...TWO };
    if (trig.cls === "surrender") {
      for (let k = trig.first + 1; k <= Math.min(sl, trig.first + 15); k++) {
        const n = REFLEXIVE_COUNT[tokens[k].text];
        if (n === 1) return { ...ONE };
        if (n === 2) return { ...TWO };
        if (tokens[k].text === "انفسهم") break;
      }
    }
    // "وكان الأخير قد انشق", "وكان قائد المجموعة ويدعى فلان قد ترك صفوفها": a subject before "قد" and
    // a singular verb is one person — unless the subject is a unit ("وكان اللواء قد انشق").
    const k = subjectStart(tokens, trig, sf);
    if (SINGULAR_VERBS.has(verb) && k >= 0 && k < trig.first - 1 && !startsGroup(k)) return { ...ONE };
    // "وكان قائداً في الجبهة، قبل أن ينشق في مطلع 2014": "أن" + a singular verb with no subject of its
    // own (a preposition follows) continues a sentence about one man.
    if ((SINGULAR_VERBS.has(verb) || SINGULAR_IMPERFECTS.has(verb)) && AN.test(tokens[trig.first - 1]?.text ?? "") && AFTER_VERB_NO_SUBJECT.has(tokens[trig.last + 1]?.text ?? "")) {
      for (let j = trig.first - 2; j >= Math.max(sf, trig.first - 20); j--) if (PERSON_TITLES.has(tokens[j].text) || ONE_MAN.has(tokens[j].text)) return { ...ONE };
    }
  }
  // "انشقاق الضابط في قوات النظام فلان", "انشق القيادي في الهيئة أبو محمد": a definite title right after a
  // verb or verbal noun is its subject, one man (a plural or a unit would be "العناصر", "الكتيبة").
  const next = tokens[trig.last + 1];
  // ("اللواء" is a general only before a name: "اللواء 47", "اللواء الثامن" are brigades)
  const brigade = next?.text === "اللواء" && (!tokens[trig.last + 2] || tokens[trig.last + 2].digits || tokens[trig.last + 2].text.startsWith("ال"));
  if ((trig.form === "verb" || trig.form === "masdar") && next && trig.last + 1 <= sl && PERSON_TITLES.has(next.text) && !brigade && !/(ها|هم)$/.test(tokens[trig.first].text)) return { ...ONE };
  // "أعلن الأمير الشرعي … انشقاقه": one person announcing his own defection.
  const w = tokens[trig.first].text;
  if (trig.form === "masdar" && /ه$/.test(w) && !/(ها|هم)$/.test(w)) {
    for (let k = Math.max(sf, trig.first - 16); k < trig.first; k++) if (PERSON_TITLES.has(tokens[k].text)) return { ...ONE };
  }
  return null;
}
