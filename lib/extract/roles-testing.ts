/** Reading the role examples in their tests (roles*.test.ts): each text's group mentions and their roles. */
import { normalizeArabic } from "../arabic/normalize";
import { findGroupMentions } from "./groups";
import { tokenize } from "./tokens";

/** A text and the role of each group mention in it ("id:role", or the unknown unit's text). */
export type RoleExample = [string, string[]];

/** Every group mention of a text with its role, normalised and tokenised as the extractor does. */
export function rolesIn(input: string): string[] {
  const text = normalizeArabic(input).text;
  const tokens = tokenize(text);
  return findGroupMentions(text, tokens).map((m) => `${m.id ?? text.slice(m.start, m.end)}:${m.role}`);
}
