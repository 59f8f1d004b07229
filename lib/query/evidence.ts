/**
 * A telling's own evidence, for the incident page. An event's evidence "sentence" (lib/extract/build-event.ts) is
 * the hull of every sentence its parts come from — and of the other tellings of the incident in its report (the
 * headline, a later paragraph) — so on a page that lists several reports' tellings it can be most of an article.
 * Each telling shows instead **the sentences that hold its own words**: its trigger, group, count, date, place and
 * destination (not the other tellings' triggers), each sentence once, in the order of the report, with those words'
 * spans relative to it; rendered as text by the page.
 */
import type { EventEvidence, SpanRole } from "../extract/types";
import { splitSentences } from "../extract/sentences";

export interface EvidenceSentence {
  /** The sentence as written in the report. */
  text: string;
  /** Where it stands in the report body (UTF-16 offsets). */
  start: number;
  end: number;
  /** Words of the report the page leaves out stand between the previous sentence shown and this one. */
  gapBefore: boolean;
  /** The telling's words in it, relative to the sentence. */
  spans: Array<{ role: SpanRole; start: number; end: number }>;
}

/** The sentences of `body` that hold the telling's own words (see above); falls back to its evidence range. */
export function ownEvidence(body: string, evidence: EventEvidence): EvidenceSentence[] {
  // The first trigger is the telling's own; later ones are the other tellings of its incident in the report.
  const ownTrigger = evidence.spans.findIndex((x) => x.role === "trigger");
  const own = evidence.spans.filter((s, i) => s.role !== "trigger" || i === ownTrigger);
  const sentences = splitSentences(body);
  // Each span's sentence (or run of sentences, for a span across a break); then overlapping ranges merged.
  const ranges: Array<{ start: number; end: number }> = [];
  for (const span of own) {
    const first = sentences.findIndex((s) => s.end > span.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < sentences.length && sentences[last].end < span.end) last++;
    ranges.push({ start: Math.min(sentences[first].start, span.start), end: Math.max(sentences[last].end, span.end) });
  }
  const merged = ranges
    .sort((a, b) => a.start - b.start)
    .reduce<Array<{ start: number; end: number }>>((out, r) => {
      const prev = out.at(-1);
      if (prev && r.start < prev.end) prev.end = Math.max(prev.end, r.end);
      else out.push({ ...r });
      return out;
    }, []);
  const chosen = merged.length > 0 ? merged : [evidence.sentence];
  return chosen.map((r, i) => ({
    text: body.slice(r.start, r.end),
    start: r.start,
    end: r.end,
    gapBefore: i > 0 && body.slice(chosen[i - 1].end, r.start).trim() !== "",
    spans: own.filter((s) => s.start >= r.start && s.end <= r.end).map((s) => ({ role: s.role, start: s.start - r.start, end: s.end - r.start })),
  }));
}
