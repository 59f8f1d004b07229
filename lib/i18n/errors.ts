/**
 * Refusals of a review decision (a missing reason, an event gone, a bad form field) as message
 * references ("error.*" in messages.ts): the store throws them, /api/review carries them back in the
 * address, and the page writes them in its language. Pure: no React, no I/O.
 */
import { MESSAGES, t, type Lang, type MessageKey } from "./messages";

export type ErrorKey = Extract<MessageKey, `error.${string}`>;

export interface ErrorRef {
  key: ErrorKey;
  vars?: Record<string, string | number>;
}

/** The refusal in a language, its parts joined. */
export function errorText(refs: readonly ErrorRef[], lang: Lang): string {
  return refs.map((r) => t(lang, r.key, r.vars)).join(lang === "ar" ? "؛ " : "; ");
}

/** What a page says of a refusal: the address's references in its language, else the text as given. */
export function refusalIn(lang: Lang, text: string, refJson: string | undefined): string {
  const refs = parseErrorRefs(refJson);
  return refs ? errorText(refs, lang) : text;
}

/**
 * The references an address carries (`error_ref`, JSON), or null when it carries none or something
 * else: only known "error.*" keys with text or number values are read (the address is anyone's to write).
 */
export function parseErrorRefs(json: string | undefined): ErrorRef[] | null {
  if (!json) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length === 0 || value.length > 20) return null;
  const refs: ErrorRef[] = [];
  for (const item of value) {
    if (typeof item !== "object" || item === null) return null;
    const { key, vars } = item as { key?: unknown; vars?: unknown };
    if (typeof key !== "string" || !key.startsWith("error.") || !(key in MESSAGES)) return null;
    if (vars !== undefined && (typeof vars !== "object" || vars === null || Object.values(vars).some((v) => typeof v !== "string" && typeof v !== "number"))) return null;
    refs.push({ key: key as ErrorKey, vars: vars as ErrorRef["vars"] });
  }
  return refs;
}
