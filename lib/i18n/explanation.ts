/**
 * Date explanations as message references: lib/time and lib/extract describe how a date was
 * resolved as a list of `{ key, vars }` (keys "explain.*" in messages.ts), and this module writes
 * them out in a language. The English sentence stored for the CLI, CSV and API and the Arabic one
 * shown on `/ar/…` pages come from the same references. Pure: no React, no I/O.
 */
import { MESSAGES, type Lang, type MessageKey } from "./messages";

/** A key of the "date explanations" block. */
export type ExplanationKey = Extract<MessageKey, `explain.${string}`>;

/** One step of an explanation: a message key and the values of its placeholders. */
export interface ExplanationRef {
  key: ExplanationKey;
  vars: Record<string, string>;
}

/**
 * How a reference joins the ones before it: "explain.note.*" are remarks on the sentence before
 * them, grouped in one parenthesis; "explain.flag.*" stand in a parenthesis of their own; every other
 * key is a sentence, joined to the previous one by a semicolon.
 */
function placement(key: ExplanationKey): "note" | "flag" | "sentence" {
  if (key.startsWith("explain.note.")) return "note";
  if (key.startsWith("explain.flag.")) return "flag";
  return "sentence";
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/**
 * Values with no Arabic letter (ISO days, ranges, rule ids, counts) are isolated left-to-right inside
 * Arabic, so "2021-04-01..2021-04-30" does not read backwards (the same marks as ltrIsolate in
 * components/format.ts, which lib/ cannot import).
 */
function valuesFor(lang: Lang, vars: Record<string, string>): Record<string, string> {
  if (lang !== "ar") return vars;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(vars)) out[name] = ARABIC_LETTER.test(value) ? value : `\u2066${value}\u2069`;
  return out;
}

/**
 * A message split once at its placeholders (even indexes: text, odd: placeholder names). The date
 * engine writes an explanation for every match it finds, so this is `t()` without its per-call regex.
 */
const TEMPLATES: Record<Lang, Map<ExplanationKey, string[]>> = { en: new Map(), ar: new Map() };

function fill(lang: Lang, key: ExplanationKey, vars: Record<string, string>): string {
  let parts = TEMPLATES[lang].get(key);
  if (!parts) {
    parts = (MESSAGES[key][lang] || MESSAGES[key].en).split(/\{(\w+)\}/);
    TEMPLATES[lang].set(key, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    // As in t(): a missing variable stays visible as {name}.
    out += (name in vars ? vars[name] : `{${name}}`) + parts[i + 1];
  }
  return out;
}

/** The explanation in a language: "نيسان الفائت, published 2021-06-20 → 2021-04-01..2021-04-30 (future)". */
export function explanationText(refs: readonly ExplanationRef[], lang: Lang): string {
  const sentenceSeparator = lang === "ar" ? "؛ " : "; ";
  let out = "";
  let notes: string[] = [];
  const flushNotes = () => {
    if (notes.length) out += ` (${notes.join(sentenceSeparator)})`;
    notes = [];
  };
  for (const ref of refs) {
    const text = fill(lang, ref.key, valuesFor(lang, ref.vars));
    const where = placement(ref.key);
    if (where === "note") {
      notes.push(text);
      continue;
    }
    flushNotes();
    if (where === "flag") out += ` (${text})`;
    else out += out ? `${sentenceSeparator}${text}` : text;
  }
  flushNotes();
  return out;
}

/** A reference, typed so that a misspelt key fails to compile. */
export function ref(key: ExplanationKey, vars: Record<string, string> = {}): ExplanationRef {
  return { key, vars };
}

/**
 * A stored date's explanation in a language: from its references when it has them, else the English
 * sentence (events stored by an extractor before 1.14.0 have no references).
 */
export function dateExplanationIn(date: { explanation: string; explanationRefs?: readonly ExplanationRef[] }, lang: Lang): string {
  return date.explanationRefs ? explanationText(date.explanationRefs, lang) : date.explanation;
}
