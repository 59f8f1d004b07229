/** Each role rule with its positives and negatives (ROLE_EXAMPLES in roles.ts). */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../arabic/normalize";
import { findGroupMentions } from "./groups";
import { ROLE_EXAMPLES } from "./roles";
import { tokenize } from "./tokens";

describe("group roles from the verb frame and the preposition", () => {
  it.each(ROLE_EXAMPLES)("%s", (input, expected) => {
    const text = normalizeArabic(input).text;
    const tokens = tokenize(text);
    const got = findGroupMentions(text, tokens).map((m) => `${m.id ?? text.slice(m.start, m.end)}:${m.role}`);
    expect(got).toEqual(expected);
  });
});
