/** Modality (modality.ts): each example's first trigger is, or is not, the complement of a call, fear, plan or question. */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../arabic/normalize";
import { splitSentences } from "../sentences";
import { tokenAt, tokenize } from "../tokens";
import { findTriggers } from "../triggers";
import { isModal, MODALITY_EXAMPLES } from "./modality";

describe("modality", () => {
  it.each(MODALITY_EXAMPLES)("%s → %s", (text, modal) => {
    const norm = normalizeArabic(text).text;
    const tokens = tokenize(norm);
    const trigger = findTriggers(tokens)[0];
    expect(trigger).toBeDefined();
    const sentence = splitSentences(norm).find((s) => s.start <= tokens[trigger.first].start && tokens[trigger.first].start < s.end)!;
    expect(isModal(tokens, trigger, tokenAt(tokens, sentence.start))).toBe(modal);
  });
});
