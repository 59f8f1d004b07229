/**
 * The real-negatives measure (issue 10): each frame of negated-frames.ts applied to the sentence of one gold event
 * of a real report at a time, the rest of the report as it is, and the gold changed to match (that event removed).
 * The sentence of a gold event is the one holding the trigger of the event the extractor matched to it on the
 * report unchanged; a sentence holding two gold events' triggers, or the event's telling in another sentence too
 * (a headline), is left out. Scored with lib/eval/score; per class the false events the variant adds over the
 * report unchanged, their confidence and the people they add.
 */
import type { DefectionEvent } from "../../extract/types";
import type { GoldReport } from "../gold";
import type { GroupMatcher } from "../group-match";
import { scoreReport, summarize, type EvalSummary, type Extractor, type ReportScore } from "../score";
import { claimKey, claimOf, NEGATIONS, type Negation } from "./negated-frames";
import { hasTrigger, sentencesOf, wordsOf } from "./words";

export interface NegatedSite {
  report: string;
  /** Index of the gold event the rewrite takes away. */
  gold: number;
  negation: string;
  before: string;
  after: string;
  text: string;
  expected: GoldReport;
}

/** Sites left out after reading them, with the reason: "report#gold" (all classes) or "report#gold/class". */
export const DROPPED: Record<string, string> = {
  // read on every frame (npm run -s eval:negated -- --show): the story goes on telling the same men after the
  // rewritten sentence, so a reader would still code the incident and the expected gold (none) is arguable
  "d01#0": "«نقلت الطيارين الثلاثة فور وصولهم … للعسكريين السوريين المنشقين» tells them again",
  "d21#0": "«أن العنصر … فرّ من مناطق سيطرة التنظيم وسلّم نفسه للجيش الحر» tells him again",
  "d27#0": "«فإن المنشقين من مرتبات الفرقة 17 … وقد عبروا» tells them again",
  "d30#0": "«وسلّم المنشقون أسلحتهم طوعاً» tells them again",
  "d31#0": "«وتأتي هذه الحالات …» and Fahd's flight «مع عدد من رفاقه» tell them again",
  "d32#0": "the headline «فرار عناصر لميليشيا الدفاع الوطني من مسكنة» and «ويُرجَّح أن العناصر قصدوا …» tell them again",
  "d33#0": "«دهم منازل كان المنشقون يختبئون فيها» tells them again",
  "r09#0": "«ما سهّل فرار المجموعة … بلغ العناصر منطقة المزارع» tells them again",
  "r34#0": "«قبل ساعات، انشق عدد من عناصر جيش نظام الأسد» and «أن المنشقين خرجوا» tell them again",
  "r34#2": "«وعدّ اللواء 47 هؤلاء العناصر في حكم الفارين» tells them again",
  "r37#0": "«أن الانشقاق … وقع قرب صوامع العالية» tells it again",
  "r38#0": "«أن العناصر الخمسة … ففرّوا منها» tells them again",
  // not Arabic a newspaper prints: «مئة وسبعين» where the subject wants the nominative «مئة وسبعون»
  "d04#0/denied-clause": "«أن يكون مئة وسبعين عسكرياً» (the case of the number word)",
  "d04#0/prisoners": "«وفرّ مئة وسبعين عسكرياً» (the case of the number word)",
  "d04#0/killed-verb": "«وقُتل مئة وسبعين عسكرياً» (the case of the number word)",
};

const dropped = (s: { report: string; gold: number; negation: string }) => DROPPED[`${s.report}#${s.gold}`] ?? DROPPED[`${s.report}#${s.gold}/${s.negation}`];

/** The first line of a report that has more, with no end mark: a headline. */
const isHeadline = (text: string, s: { start: number; end: number }) => s.start === 0 && text[s.end - 1] === "\n";

const triggerStart = (e: DefectionEvent) => (e.evidence.spans.find((s) => s.role === "trigger") ?? e.evidence.sentence).start;

/**
 * Every (gold event, frame) site of the reports: the rewritten text and its expected gold. With `onlyDropped`, the
 * sites DROPPED leaves out instead (their expected gold is arguable: they are listed by the script, never scored).
 */
export function negatedSites(gold: readonly GoldReport[], extract: Extractor, matcher: GroupMatcher, negations: readonly Negation[] = NEGATIONS, onlyDropped = false): NegatedSite[] {
  const out: NegatedSite[] = [];
  for (const r of gold) {
    const predicted = extract({ id: r.id, body: r.text, published: r.published });
    const score = scoreReport(r.id, r.events, predicted, matcher);
    const sentences = sentencesOf(r.text);
    const sentenceAt = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);
    const pairs = score.pairs.filter((p) => !p.optional).map((p) => ({ gold: p.gold, sentence: sentenceAt(triggerStart(predicted[p.predicted])) }));
    for (const p of pairs) {
      if (p.sentence < 0) continue;
      if (pairs.some((q) => q !== p && q.sentence === p.sentence)) continue;
      const s = sentences[p.sentence];
      const before = r.text.slice(s.start, s.end);
      const claim = claimOf(before);
      if (!claim) continue;
      // the same men told in another sentence too (a headline, a summary) are rewritten with it; if that sentence's
      // claim cannot be taken out, the site is left out (the event would still be told)
      const key = claimKey(claim);
      const told = sentences.filter((t, k) => k !== p.sentence && hasTrigger(r.text, t) && key !== null && wordsOf(r.text.slice(t.start, t.end)).some((w) => w.plain === key));
      if (told.some((t) => !claimOf(r.text.slice(t.start, t.end)))) continue;
      // a headline is never the only telling: its story is told again below, perhaps with another figure
      if (isHeadline(r.text, s) && told.length === 0) continue;
      for (const n of negations) {
        const site = { report: r.id, gold: p.gold, negation: n.name };
        if (!!dropped(site) !== onlyDropped) continue;
        const spans = [s, ...told].sort((a, b) => b.start - a.start);
        const rewrites = spans.map((t) => n.rewrite(r.text.slice(t.start, t.end)));
        if (rewrites.some((x) => x === null)) continue;
        let text = r.text;
        spans.forEach((t, k) => {
          const old = r.text.slice(t.start, t.end);
          text = text.slice(0, t.start) + old.match(/^\s*/)![0] + rewrites[k] + old.match(/\s*$/)![0] + text.slice(t.end);
        });
        const after = rewrites[spans.indexOf(s)]!;
        out.push({ ...site, before: before.trim(), after: told.length ? `${after} [+ ${told.length} more]` : after, text, expected: { ...r, text, events: r.events.filter((_, k) => k !== p.gold) } });
      }
    }
  }
  return out;
}

export interface NegationFigures {
  name: string;
  description: string;
  sites: number;
  /** Events the variants give beyond the report unchanged that match no gold: count, sum of confidence, people (best). */
  falseEvents: number;
  confidence: number;
  highConfidence: number;
  people: number;
  /** Figures of lib/eval/score on the variants against their changed gold. */
  after: EvalSummary;
  /** Each false event: report, gold index, its line. */
  details: Array<{ report: string; gold: number; events: DefectionEvent[] }>;
}

/** The events of a site's variant whose trigger lies in a rewritten sentence (what the frame did not stop). */
export function eventsInRewritten(site: NegatedSite, extract: Extractor): DefectionEvent[] {
  const after = site.after.replace(/ \[\+ \d+ more\]$/, "");
  const at = site.text.indexOf(after);
  return extract({ id: site.report, body: site.text, published: site.expected.published }).filter((e) =>
    e.evidence.spans.some((sp) => sp.role === "trigger" && sp.start >= at && sp.start < at + after.length),
  );
}

/** Scores every site; the false events of a variant are those its score calls false beyond the report unchanged's. */
export function runNegations(gold: readonly GoldReport[], extract: Extractor, matcher: GroupMatcher, negations: readonly Negation[] = NEGATIONS): NegationFigures[] {
  const sites = negatedSites(gold, extract, matcher, negations);
  const baseFalse = new Map<string, number>();
  for (const r of gold) baseFalse.set(r.id, scoreReport(r.id, r.events, extract({ id: r.id, body: r.text, published: r.published }), matcher).fp);
  return negations.map((n) => {
    const mine = sites.filter((s) => s.negation === n.name);
    const scores: ReportScore[] = [];
    const details: NegationFigures["details"] = [];
    let falseEvents = 0;
    let confidence = 0;
    let highConfidence = 0;
    let people = 0;
    for (const s of mine) {
      const e = s.expected;
      const sc = scoreReport(e.id, e.events, extract({ id: e.id, body: e.text, published: e.published }), matcher);
      scores.push(sc);
      const extra = sc.fp - (baseFalse.get(e.id) ?? 0);
      if (extra <= 0) continue;
      // the false events added: those whose trigger lies in the rewritten sentence
      const at = e.text.indexOf(s.after.replace(/ \[\+ \d+ more\]$/, ""));
      const inside = sc.falseAlarms.map((i) => sc.predicted[i]).filter((ev) => ev.evidence.spans.some((sp) => sp.role === "trigger" && sp.start >= at && sp.start < at + s.after.length));
      const added = inside.length ? inside : sc.falseAlarms.map((i) => sc.predicted[i]).slice(-extra);
      falseEvents += added.length;
      for (const ev of added) {
        confidence += ev.confidence;
        if (ev.confidence >= 0.9) highConfidence++;
        people += ev.count?.best ?? 0;
      }
      details.push({ report: s.report, gold: s.gold, events: added });
    }
    return { name: n.name, description: n.description, sites: mine.length, falseEvents, confidence, highConfidence, people, after: summarize(scores), details };
  });
}
