import { createHash } from "node:crypto";
import { normalizeArabic } from "../arabic/normalize";
import type { DefectionEvent } from "../extract/types";

/**
 * The identity of a machine event, independent of its position in the report: the report id, the
 * kind and a W3C-style text-quote selector (the evidence words plus a few words of context on each
 * side), normalised and hashed. Two extractions of the same text give the same key whatever the
 * order or number of the other events; a small edit elsewhere in the text leaves it unchanged.
 */

/** A text-quote selector (W3C Web Annotation) plus the offsets it had when it was taken. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Words of context kept on each side of the quote. */
export const CONTEXT_WORDS = 4;

/** The span the identity quotes: the trigger when the extractor marked one, else the whole evidence sentence. */
export function evidenceSpan(e: Pick<DefectionEvent, "evidence">): { start: number; end: number } {
  const trigger = e.evidence.spans.find((s) => s.role === "trigger");
  return trigger ? { start: trigger.start, end: trigger.end } : { start: e.evidence.sentence.start, end: e.evidence.sentence.end };
}

/**
 * The quote of `body[start, end)` with up to CONTEXT_WORDS words before and after, taken inside
 * `within` (the evidence sentence) so that an edit of a neighbouring sentence leaves it unchanged.
 */
export function quoteOf(body: string, start: number, end: number, within: { start: number; end: number } = { start: 0, end: body.length }): TextQuote {
  const before = body.slice(Math.min(within.start, start), start).split(/\s+/).filter(Boolean);
  const after = body.slice(end, Math.max(within.end, end)).split(/\s+/).filter(Boolean);
  return {
    exact: body.slice(start, end),
    prefix: before.slice(-CONTEXT_WORDS).join(" "),
    suffix: after.slice(0, CONTEXT_WORDS).join(" "),
    start,
    end,
  };
}

/** Folds a quote for comparison: Arabic normalisation, single spaces. */
export function foldQuote(text: string): string {
  return normalizeArabic(text).text.replace(/\s+/g, " ").trim();
}

/** The hashed identity of an event of `reportId` with the given kind and quote (16 hex digits). */
export function identityKey(reportId: string, kind: string, quote: Pick<TextQuote, "exact" | "prefix" | "suffix">): string {
  const material = [reportId, kind, foldQuote(quote.prefix), foldQuote(quote.exact), foldQuote(quote.suffix)].join("\u241f");
  return createHash("sha256").update(material).digest("hex").slice(0, 16);
}

export interface IdentifiedEvent {
  key: string;
  quote: TextQuote;
  event: DefectionEvent;
  /** Position in the extractor's output. */
  index: number;
}

/**
 * Keys of every machine event of a report. The same quote twice with the same context (rare: a
 * repeated sentence) gets "#2", "#3" in text order so that keys stay unique within the report.
 */
export function identify(reportId: string, body: string, events: readonly DefectionEvent[]): IdentifiedEvent[] {
  const seen = new Map<string, number>();
  return events.map((event, index) => {
    const span = evidenceSpan(event);
    const quote = quoteOf(body, span.start, span.end, event.evidence.sentence);
    const base = identityKey(reportId, event.kind, quote);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, quote, event, index };
  });
}
