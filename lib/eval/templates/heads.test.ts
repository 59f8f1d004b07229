/**
 * The "heads" family over a fixed sample (evenly spread cases of each template, each its own test). The whole family:
 * `npx tsx scripts/templates.ts heads`. Conventions (../shared/dev-reports/README.md), quoted where a template rests on them:
 * - the telling's day: «Sometimes the day dates when a ministry, outlet, page, agency or activist reported the defection,
 *   not when it happened … The range is then `[anchor-7, anchor]`» (source-label, feminine-present, not/light-verb-teller);
 *   «A named day is that one day `[d, d]`» when no teller is named (light-verb-day);
 * - the kind: «`desertion`: the people abandoned service and went home, went abroad …, went into hiding, or went somewhere
 *   unknown» and «`defection` … It is also used when the text calls it انشقاق and gives no destination» (body-kind:
 *   the headline calls it انشقاق and no side is reached, so a defection whatever verb the body uses; their-number/
 *   hiding-after: «went into hiding»);
 * - «There is one event per distinct incident» (their-number/two-tellings: a tank crew and eight officers who reached
 *   Jordan are two).
 */
import { describe, expect, it } from "vitest";
import { describeTemplates } from "./conformance-tests";
import { HEAD_CASES } from "./heads";

const PER_TEMPLATE = 4;

describe("the heads family", () => {
  it("has unique ids", () => {
    const ids = HEAD_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describeTemplates(HEAD_CASES, PER_TEMPLATE);
