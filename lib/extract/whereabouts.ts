/**
 * Whether the people of a trigger went where nobody knows, or into hiding (a desertion, not a defection): told after
 * the trigger in its own sentence, or in a sentence after it that goes on about the same men (moved out of
 * candidates.ts in round 17). Examples: kind.test.ts, shapes family `hiding/…`.
 */
import * as lexicon from "./lexicon";
import type { Segment } from "./sentences";
import * as tokenModule from "./tokens";
import type { Token } from "./tokens";
import type { Trigger } from "./triggers";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { anyIn, stems, tokenAt } = tokenModule;
const { ABOUT_THEM, BACK_REFERENCE, HIDDEN, SPEAKERS_OWN, UNKNOWN_WHERE } = lexicon;

/**
 * Their whereabouts are unknown or they went into hiding: said after the trigger in sentence `si`, or in a sentence after
 * it that refers back to them ("وعدّ اللواء هؤلاء العناصر في حكم الفارين", "كان المنشقون يختبئون فيها"). (r17-shapes) The
 * sentences between may go on about the same men — one of them quoted («وقال أحد المنشقين: "…"»), their number or
 * origin («وبلغ عددهم 12 عنصراً»، «ثم لحق بهم آخرون»), their defection («وجاء انشقاقهم بعد…») — up to
 * WHEREABOUTS_SENTENCES on (aboutThem). A sentence on anything else (the dead of a battle, reinforcements) or telling
 * other men leaving ends the reading. Examples: kind.test.ts, shapes family `hiding/…`.
 */
export function whereaboutsUnknown(text: string, tokens: readonly Token[], sentences: readonly Segment[], triggers: readonly Trigger[], si: number, toldUnknownIn: (boolean | undefined)[], from: number, to: number): boolean {
  // (in its own sentence, only what follows the trigger up to the next one: "انشق 5 …، فيما فرّ 3 آخرون إلى جهة مجهولة")
  const own = text.slice(from, to);
  if (UNKNOWN_WHERE.test(own) || HIDDEN.test(own)) return true;
  let told = toldUnknownIn[si + 1];
  if (told === undefined) {
    told = false;
    for (let k = si + 1; k < Math.min(sentences.length, si + 1 + WHEREABOUTS_SENTENCES); k++) {
      const next = text.slice(sentences[k].start, sentences[k].end);
      const back = BACK_REFERENCE.test(next);
      if (back && (UNKNOWN_WHERE.test(next) || HIDDEN.test(next))) {
        told = true;
        break;
      }
      if (!aboutThem(tokens, triggers, sentences[k], back)) break;
    }
    toldUnknownIn[si + 1] = told;
  }
  return told;
}

/** The sentences after a trigger's that a back reference to its men reaches (whereaboutsUnknown). */
const WHEREABOUTS_SENTENCES = 3;
/** A verbal noun's plural possessive: «انشقاقهم»، «فرارهما» tell of men told before. */
const THEIR = /(هم|هما)$/;

/**
 * Sentence `s` goes on about the men just told (`back`: it refers back to them, BACK_REFERENCE), or has their pronoun
 * (ABOUT_THEM), or a trigger of theirs: a participle («المنشقين»), the speakers' own («انشققنا»), a verbal noun of
 * theirs («انشقاقهم»). Any other trigger verb or verbal noun tells other men leaving: not about them.
 */
function aboutThem(tokens: readonly Token[], triggers: readonly Trigger[], s: Segment, back: boolean): boolean {
  let theirs = back;
  for (const t of triggers) {
    const at = tokens[t.first].start;
    if (at < s.start) continue;
    if (at >= s.end) break;
    if (!(t.form === "participle" || anyIn(stems(tokens[t.first]), SPEAKERS_OWN) || (t.form === "masdar" && THEIR.test(tokens[t.last].text)))) return false;
    theirs = true;
  }
  if (theirs) return true;
  for (let k = tokenAt(tokens, s.start); k < tokens.length && tokens[k].start < s.end; k++) if (ABOUT_THEM.has(tokens[k].text)) return true;
  return false;
}
