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

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/**
 * A value with no Arabic letter (ISO days, ranges, rule ids, counts) is isolated left-to-right inside
 * Arabic, so "2021-04-01..2021-04-30" does not read backwards (the same marks as ltrIsolate in
 * components/format.ts, which lib/ cannot import).
 */
function valueIn(lang: Lang, value: string): string {
  return lang === "ar" && !ARABIC_LETTER.test(value) ? `\u2066${value}\u2069` : value;
}

/**
 * A message split once at its placeholders (`parts`: even indexes text, odd indexes placeholder
 * names), and how it joins the references before it: "explain.note.*" are remarks on the sentence
 * before them, grouped in one parenthesis; "explain.flag.*" stand in a parenthesis of their own;
 * every other key is a sentence, joined to the previous one by a semicolon. The date engine writes an
 * explanation for every match it finds, so this is `t()` without its per-call regex.
 */
interface Template {
  parts: string[];
  placement: "note" | "flag" | "sentence";
}
const TEMPLATES: Record<Lang, Map<ExplanationKey, Template>> = { en: new Map(), ar: new Map() };

function templateOf(lang: Lang, key: ExplanationKey): Template {
  let template = TEMPLATES[lang].get(key);
  if (!template) {
    const placement = key.startsWith("explain.note.") ? "note" : key.startsWith("explain.flag.") ? "flag" : "sentence";
    template = { parts: (MESSAGES[key][lang] || MESSAGES[key].en).split(/\{(\w+)\}/), placement };
    TEMPLATES[lang].set(key, template);
  }
  return template;
}

function fill(lang: Lang, parts: string[], vars: Record<string, string>): string {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    // As in t(): a missing variable stays visible as {name}.
    out += (name in vars ? valueIn(lang, vars[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

/** The explanation in a language: "نيسان الفائت, published 2021-06-20 → 2021-04-01..2021-04-30 (future)". */
export function explanationText(refs: readonly ExplanationRef[], lang: Lang): string {
  const separator = lang === "ar" ? "؛ " : "; ";
  let out = "";
  let inNotes = false;
  for (const ref of refs) {
    const template = templateOf(lang, ref.key);
    const text = fill(lang, template.parts, ref.vars);
    if (template.placement === "note") {
      out += inNotes ? `${separator}${text}` : ` (${text}`;
      inNotes = true;
      continue;
    }
    if (inNotes) out += ")";
    inNotes = false;
    if (template.placement === "flag") out += ` (${text})`;
    else out += out ? `${separator}${text}` : text;
  }
  return inNotes ? `${out})` : out;
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
