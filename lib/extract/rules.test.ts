/** Each rule module's examples are its tests (Duckling style). */
import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../arabic/normalize";
import { CUE_EXAMPLES, judgeTrigger } from "./cues";
import { findGroupMentions, NUMBERED_UNIT_EXAMPLES } from "./groups";
import { ATTACH_EXAMPLES, attachGroups } from "./groups-attach";
import { UNRESOLVED_HEAD_EXAMPLES, unresolvedHead } from "./groups-heads";
import { MERGE_EXAMPLES, sameIncident } from "./merge";
import { SENTENCE_EXAMPLES, segmentOf, splitClauses, splitSentences } from "./sentences";
import { tokenize } from "./tokens";
import { TRIGGER_EXAMPLES, findTriggers } from "./triggers";

const prepared = (s: string) => {
  const text = normalizeArabic(s).text;
  return { text, tokens: tokenize(text) };
};

describe("sentences", () => {
  it.each(SENTENCE_EXAMPLES)("%s", (input, expected) => {
    const norm = normalizeArabic(input).text;
    expect(splitSentences(norm).map((s) => norm.slice(s.start, s.end))).toEqual(expected.map((e) => normalizeArabic(e).text));
  });
  it("splits clauses at commas but not inside 1,000", () => {
    const text = "قال المصدر، أمس، إن 1,000 عنصر فروا";
    const [s] = splitSentences(text);
    expect(splitClauses(text, s).map((c) => text.slice(c.start, c.end).trim())).toEqual(["قال المصدر", "أمس", "إن 1,000 عنصر فروا"]);
  });
});

describe("triggers", () => {
  it.each(TRIGGER_EXAMPLES)("%s", (input, expected) => {
    const { tokens } = prepared(input);
    expect(findTriggers(tokens).map((t) => `${t.cls}:${t.form}`)).toEqual(expected);
  });
});

describe("non-event cues", () => {
  it.each(CUE_EXAMPLES)("%s → %s", (input, verdict) => {
    const { tokens } = prepared(input);
    const [first] = findTriggers(tokens);
    expect(first, "the example must contain a trigger").toBeDefined();
    expect(judgeTrigger(tokens, first, 0)).toBe(verdict);
  });
});

describe("group attachment", () => {
  it.each(ATTACH_EXAMPLES)("%s", (input, expected) => {
    const { text, tokens } = prepared(input);
    const mentions = findGroupMentions(text, tokens);
    const [trigger] = findTriggers(tokens).filter((t) => t.form !== "participle");
    const sentence = splitSentences(text)[0];
    const clauses = splitClauses(text, sentence);
    const got = attachGroups(tokens, mentions, trigger, { first: 0, last: tokens.length - 1 }, (k) => segmentOf(clauses, tokens[k].start));
    expect(got.map((m) => m.id ?? text.slice(m.start, m.end))).toEqual(expected.map((e) => (/^[a-z0-9-]+$/.test(e) ? e : normalizeArabic(e).text)));
  });

  // (round 14) a group named again by a head that refers back to none: no group of another head stands for it
  it.each(UNRESOLVED_HEAD_EXAMPLES)("%s → %s", (input, expected) => {
    const { text, tokens } = prepared(input);
    const mentions = findGroupMentions(text, tokens);
    const triggers = findTriggers(tokens).filter((t) => t.form !== "participle");
    const trigger = triggers[triggers.length - 1];
    expect(unresolvedHead(tokens, mentions, trigger.last, tokens.length - 1)).toBe(expected);
  });

  // (round 16) a formation named by its number is a group, known or not; not a figure of men or of strength
  it.each(NUMBERED_UNIT_EXAMPLES)("%s → %s", (input, expected) => {
    const { text, tokens } = prepared(input);
    const numbered = findGroupMentions(text, tokens).filter((m) => !m.known && /[0-9]/.test(text.slice(m.start, m.end)));
    expect(numbered.map((m) => text.slice(m.start, m.end))[0] ?? null).toBe(expected === null ? null : normalizeArabic(expected).text);
  });

  it("keeps an unknown unit as written and not in the gazetteer", () => {
    const { text, tokens } = prepared("انشق مسلحو لواء الصقور الحمر عن الفرقة");
    const unknown = findGroupMentions(text, tokens).filter((m) => !m.known);
    expect(unknown.map((m) => text.slice(m.start, m.end))).toEqual([normalizeArabic("لواء الصقور الحمر").text]);
  });

  it("gives destinations, parents and origins their roles", () => {
    const { text, tokens } = prepared("فر عناصر من جيش العشائر التابعة لقوات النظام من مناطق سيطرة الدفاع الوطني إلى مناطق قسد");
    const roles = findGroupMentions(text, tokens).map((m) => `${m.id}:${m.role}`);
    expect(roles).toEqual(["jaysh-al-ashair:member", "syrian-army:parent", "ndf:origin", "sdf:destination"]);
  });
});

describe("merging", () => {
  it.each(MERGE_EXAMPLES)("%s", (_label, a, b, same) => {
    expect(sameIncident(a, b)).toBe(same);
  });
});
