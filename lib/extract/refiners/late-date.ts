/**
 * Late dates, looser (round 9): an incident told with no date expression of its own (the report's default) takes
 * the first date expression of a later sentence of the same story, at any distance — "انشق خمسة عناصر من X
 * ووصلوا إلى مناطق المعارضة. [details…] وأفاد المصدر بأن العناصر بلغوا مناطق سيطرة المعارضة فجر الثلاثاء." — when
 * no other incident or candidate stands between them and the expression does not date another happening told in
 * its sentence. date-nearby.ts (strict: an anaphor or a verb of arrival, six sentences) runs first; this one only
 * when it found nothing.
 *
 * The story ends at a sentence with a word of leaving (another telling, or a candidate set aside), at a turn to
 * another story ("وفي سياق آخر"، "من جهة أخرى"، "إلى ذلك"), at a sentence that tells another happening, dated or
 * not (an attack, a battle, shelling, an arrest, a death: dates.ts namesAnotherHappening; a meeting, a statement, a
 * funeral, the men's enlistment or settlement, a similar incident: OTHER_HAPPENINGS; other people counted), and at
 * a date that is the day a source spoke (a reporting verb just before it, no "أن" between) or an open span ("منذ …").
 * The event's date explanation says which sentence gave it (explain.note.lateSentence). Examples and negatives:
 * late-date.test.ts and the "loose" template family (late/, late-other/, late-past-telling).
 */
import * as $normalize from "../../arabic/normalize";
import * as $explanation from "../../i18n/explanation";
import type { DateMatch } from "../../time/types";
import type { Candidate } from "../candidate";
import * as $dates from "../dates";
import * as tokenModule from "../tokens";
import * as $date_nearby from "./date-nearby";
import type { NearbyContext } from "./nearby";
// Bound once at load: under tsx every call through a named import is a getter call (bench/README.md, round 9).
const { foldedWords } = $normalize;
const { ref } = $explanation;
const { namesAnotherHappening, REPORTING_VERBS } = $dates;
const { dateOnly } = $date_nearby;
// Bound once: a call through a transpiled import is a getter call on the module object every time.
const { anyIn, stems, tokenAt } = tokenModule;


/**
 * Happenings a late date may belong to besides those of dates.ts: a meeting, a statement, a death or funeral,
 * the men's enlistment, service or settlement, a search, a similar incident ("حادثه مماثله"، "حادثه سابقه"), shelling
 * told by its verb ("قصفت")، a decision issued ("قرار صدر"); and a verb of happening ("وجرت عملية تبادل أسرى أمس"):
 * date-nearby.ts reads those that refer back to the incident by an anaphor, so one it left tells something else.
 */
const OTHER_HAPPENINGS = foldedWords(`اجتماع اجتماعا اجتمع اجتمعت لقاء التقى التقت مباحثات زياره زار زارت
  بيان بيانا تصريح تصريحات صرح صرحت مؤتمر
  توفي توفيت وفاه وفاته حتفه حتفهم حتفها شيع شيعت تشييع جنازه عزاء دفن
  تطوع تطوعوا تطوعت التحقوا انتسب انتسبوا جند جندوا تجنيد خدمه يخدم يخدمون خدموا تسويه سويت
  بحث البحث مماثله مماثل سابقه مشابهه
  جرت جري جرى وقعت وقع حدث حدثت حصل حصلت
  قصفت قصفوا استهدفت قرار قرارا صدر صدرت اصدر اصدرت تعميم`);
/** A turn to another story. */
const TURNS = [/(^| )و?في سياق (اخر|منفصل|متصل)/, /(^| )من جهه (اخري|ثانيه)/, /(^| )الي ذلك/, /(^| )و?في حادثه (اخري|منفصله)/];
/** How many words before the date a reporting verb makes it the day the source spoke ("وقال مسؤول أمس إن …"). */
const SPOKE_SPAN = 4;

/** A date-only telling from a later sentence of the story, or null. */
export function lateDate(ev: readonly Candidate[], ctx: NearbyContext): Candidate | null {
  if (ev.some((c) => c.dateChoice)) return null;
  const own = new Set(ev.map((c) => c.sentenceIndex));
  const from = Math.max(...own) + 1;
  const { text, tokens, sentences, dates, triggers } = ctx;
  // (cheap: no date after the incident's last telling, nothing to take)
  const start = sentences[from]?.start ?? text.length;
  if (!dates.some((d) => d.normOffset! >= start)) return null;
  for (let si = from; si < sentences.length; si++) {
    const sentence = sentences[si];
    const sf = tokenAt(tokens, sentence.start);
    const sl = tokenAt(tokens, sentence.end) - 1;
    if (ctx.told.has(si) || triggers.some((t) => t.first >= sf && t.first <= sl)) return null;
    const said = text.slice(sentence.start, sentence.end);
    if (TURNS.some((re) => re.test(said))) return null;
    // (a sentence that tells another happening, dated or not, ends the story: "واعتقلت دورية أحد أقاربهم. ووقعت الحادثة …")
    if (tellsAnother(ctx, sf, sl + 1)) return null;
    const d = dates.find((x) => x.normOffset! >= sentence.start && x.normOffset! < sentence.end);
    if (!d) continue;
    if (d.rule === "since" || daySourceSpoke(ctx, sf, d)) return null;
    const match: DateMatch = { ...d, explanationRefs: [...d.explanationRefs, ref("explain.note.lateSentence", { sentences: String(si - from + 1) })] };
    return dateOnly(ev, sentence, si, match);
  }
  return null;
}

/**
 * Words [from, to) tell another happening: named by dates.ts (an attack, a battle, shelling, an arrest, a death) or
 * by OTHER_HAPPENINGS, or other people counted ("لقي ثلاثة أشخاص حتفهم يوم السبت"; "العناصر الخمسة" are the
 * incident's own).
 */
function tellsAnother({ tokens, counts }: NearbyContext, from: number, to: number): boolean {
  if (namesAnotherHappening(tokens, from, to)) return true;
  for (let k = from; k < to; k++) if (anyIn(stems(tokens[k]), OTHER_HAPPENINGS)) return true;
  return counts.some((m) => m.value && m.first >= from && m.last < to && !m.anaphoric);
}

/** "وقال مسؤول أمس إن …": a reporting verb just before the date (no "أن" between) makes it the day the source spoke. */
function daySourceSpoke({ tokens }: NearbyContext, from: number, d: DateMatch): boolean {
  const first = tokenAt(tokens, d.normOffset!);
  for (let k = first - 1; k >= Math.max(from, first - SPOKE_SPAN); k--) {
    if (tokens[k].text === "ان" || tokens[k].text === "بان") return false;
    if (anyIn(stems(tokens[k]), REPORTING_VERBS)) return true;
  }
  return false;
}
